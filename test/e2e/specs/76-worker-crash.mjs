// The analysis worker dying mid-job, the two ways a browser worker dies: with an uncaught error (an
// `error` event reaches the page) and silently (closed or killed: nothing reaches the page, and only the
// bridge's watchdog notices). Each time the user gets a clear message, keeps the text, and the next run
// starts a fresh worker. The real built worker is used, with a few lines put in front of it on its first
// download only.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, newRecordedContext, openApp, screenshot, visibleMarks, waitForModelReady } from '../helpers.mjs'

const TEXT = '崩溃测试：李娜在武汉参加了中国网球公开赛。'

/**
 * Serves the worker script with `prelude` in front of it the first time it is requested, unchanged after
 * that, never cacheable, so a restarted worker is the real one. The service worker is blocked so the
 * request reaches the route. Resolves `crashes.served` once the changed script went out.
 */
async function crashingWorkerContext(ctx, prelude) {
  const { context } = await newRecordedContext(ctx, { serviceWorkers: 'block' })
  let served = 0
  await context.route('**/assets/ner.worker-*.js', async (route) => {
    const response = await route.fetch()
    const script = await response.text()
    served++
    await route.fulfill({
      response,
      body: served === 1 ? `${prelude}\n${script}` : script,
      headers: { ...response.headers(), 'cache-control': 'no-store' },
    })
  })
  return { context, workerScripts: () => served }
}

// Comlink's call message for the worker's `analyze`: the first one makes the worker die.
const ON_FIRST_ANALYZE = (die) => `
self.addEventListener('message', (event) => {
  const call = event.data
  if (self.__died || call?.type !== 'APPLY' || call.path?.[0] !== 'analyze') return
  self.__died = true
  ${die}
})`

async function assertCrashReportedAndRecovered(ctx, page, workerScripts, name) {
  const error = page.locator('[data-testid=analysis-error]')
  await error.waitFor({ timeout: 60_000 })
  assert.match(await error.textContent(), /分析线程崩溃/)
  assert.equal(await page.inputValue(SELECTORS.editor), TEXT, 'the text is kept')
  assert.equal(await page.getAttribute(SELECTORS.progress, 'data-run-state'), 'error', 'the progress shows the failure, not a run stuck at 0 %')
  await screenshot(ctx, page, name)
  await analysisAfter(page, () => page.click('[data-testid=analysis-error] button'))
  assert.equal(workerScripts(), 2, 'the retry ran in a fresh worker')
  const names = (await visibleMarks(page)).map((m) => m.text)
  assert.ok(names.includes('李娜') && names.includes('武汉'), `names found after the restart: ${names}`)
}

test('the worker dies of an uncaught error mid-analysis: a clear error, the text is kept, retry runs in a fresh worker', async (ctx) => {
  const { context, workerScripts } = await crashingWorkerContext(ctx,
    // Before Comlink sees the call, so no result comes back first (a finished block would be kept).
    ON_FIRST_ANALYZE(`event.stopImmediatePropagation()\n  throw new Error('simulated: out of memory')`))
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await page.fill(SELECTORS.editor, TEXT)
  await assertCrashReportedAndRecovered(ctx, page, workerScripts, '76-worker-crashed')
  await context.close()
})

test('the worker dies silently mid-analysis (no error event): the watchdog reports it, retry runs in a fresh worker', async (ctx) => {
  const { context, workerScripts } = await crashingWorkerContext(ctx,
    // Closing itself before Comlink sees the call: the page hears nothing, ever.
    ON_FIRST_ANALYZE('event.stopImmediatePropagation()\n  self.close()'))
  // The watchdog waits for 30 s of silence; the page's clock is moved on rather than the test waiting.
  await context.clock.install()
  const app = await openApp(ctx, context)
  await waitForModelReady(app)
  await app.fill(SELECTORS.editor, TEXT)
  await app.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('data-run-state') === 'running', SELECTORS.progress)
  await app.clock.runFor(45_000)
  await assertCrashReportedAndRecovered(ctx, app, workerScripts, '76-worker-vanished')
  await context.close()
}, { timeoutMs: 180_000 })

// Lifecycle QA: every worker the page ever stopped stayed in memory (Comlink's finalization registry held the worker
// until its remote proxy was collected, and the worker's error listeners held the proxy): 13 Worker objects after 12
// model switches, 10 after 10 idle releases. Released, only the live one (or none) is left.
test('a worker released after idle is freed: after four release cycles the heap holds at most one Worker', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context, { idle: '1000' })
  await waitForModelReady(page)
  for (let i = 0; i < 4; i++) {
    await analysisAfter(page, () => page.fill(SELECTORS.editor, `第${i + 1}轮：张伟在北京见到了李娜。`))
    await page.locator(`${SELECTORS.workerState}[data-state=released]`).waitFor({ timeout: 20_000 })
  }
  const cdp = await context.newCDPSession(page)
  const chunks = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk))
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  const { snapshot: { meta }, nodes, strings } = JSON.parse(chunks.join(''))
  const fields = meta.node_fields.length
  const nameAt = meta.node_fields.indexOf('name')
  const typeAt = meta.node_fields.indexOf('type')
  let workers = 0
  for (let i = 0; i < nodes.length; i += fields) {
    if (strings[nodes[i + nameAt]] === 'Worker' && meta.node_types[0][nodes[i + typeAt]] === 'native') workers++
  }
  assert.ok(workers <= 1, `${workers} Worker objects in the heap after 4 idle releases`)
  await context.close()
}, { timeoutMs: 120_000 })
