// The journey of one user in one browser profile: first visit (download with progress, model stored),
// analysis, a second visit from the stored model, the worker released after idle, reload and analysis
// with the network off, and the privacy guarantees over the whole session. Tests build on each other.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import {
  SELECTORS, analysisAfter, appRequestsWhileOffline, appUrl, assertPrivate, cspViolations, newRecordedContext, openApp, openTab,
  pdfWithPredefinedCMap, screenshot, setTextAndWait, visibleMarks, waitFor, waitForModelReady,
} from '../helpers.mjs'

const SECRET_TEXT = '机密：张三丰于昨日在重庆与北京某公司代表秘密会面，讨论收购事宜。'
let session // { context, requests, page }

function modelFilesFetched(ctx) {
  return ctx.server.state.log.filter((r) => /\/model\.onnx(\?|$)/.test(r.url))
}

test('first visit: the model downloads with progress in MB and percent, then is stored in the browser', async (ctx) => {
  session = await newRecordedContext(ctx)
  // Stream model.onnx slowly so the download progress is on screen long enough to check.
  ctx.server.state.slow = { pattern: /model\.onnx$/, bytesPer100ms: ctx.realModel ? 300_000 : 2_000 }
  // Records the view's moves (layout shifts), to check that it stays put when the model becomes ready.
  await session.context.addInitScript(() => {
    window.__viewShifts = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        for (const source of entry.sources ?? []) {
          if (source.node?.dataset?.testid === 'highlight-view') window.__viewShifts.push(source.currentRect.y - source.previousRect.y)
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const page = await openApp(ctx, session.context, { idle: '4000' })
  session.page = page
  try {
    // The real model is megabytes; the tiny fixture is shown in KB. The first frame of a download says
    // "0 B / 8.0 MB", so wait for one with bytes done in the model's unit, and read it in the same tick
    // it matched: the phase moves on quickly. Other files (lexicon.txt, 2.3 MB) are fetched too and can
    // show MB progress of their own on a slow machine, so wait for a frame about model.onnx.
    const unit = ctx.realModel ? 'MB' : '(KB|MB)'
    const progressPattern = `model\\.onnx.*\\d+(\\.\\d)? ${unit}.*\\d+(\\.\\d)? ${unit}.*\\d+%`
    // Above the view: the sizes, the percent and that it happens once, not the file's name (design QA: what a first
    // visitor reads there, where the empty view had invited typing as if the model were ready).
    const panePattern = `^正在下载模型（\\d+(\\.\\d)? ${unit}\\s/\\s\\d+(\\.\\d)? ${unit}，\\d+%），只在首次使用时下载一次$`
    const downloadShown = async (where, pattern = progressPattern) => (
      await page.waitForFunction(
        ({ pattern, where }) => {
          const text = document.querySelector(`${where} [data-testid=load-phase]`)?.textContent ?? ''
          return new RegExp(pattern).test(text) ? text : null
        },
        { pattern, where },
        { timeout: 60_000, polling: 20 },
      )
    ).jsonValue()
    // Before any text, the view says the model is downloading (a slow line showed only "starting").
    assert.match(await downloadShown('[data-testid=analysis-progress]', panePattern), new RegExp(panePattern))
    await page.locator('[data-testid=worker-download]').filter({ hasText: /正在下载模型，\d+%/u }).waitFor({ timeout: 10_000 })
    // Text typed while the model downloads: the view says what it waits for, not "0 of 10 characters".
    await page.fill(SELECTORS.editor, '新华社北京电')
    assert.match(await downloadShown('[data-testid=analysis-progress]', panePattern), new RegExp(panePattern))
    // No name is highlighted yet, so no "click a name to correct it" (QA: it showed while the model downloaded).
    assert.equal(await page.locator('[data-testid=correction-hint]').count(), 0, 'no correction hint while the model downloads')
    await screenshot(ctx, page, '01-first-visit-downloading-text')
    await openTab(page, 'model')
    const shown = await downloadShown('[data-testid=model-manager]')
    assert.match(shown, /model\.onnx/)
    assert.match(shown, new RegExp(progressPattern))
    if (ctx.realModel) {
      // In the news model's own row, in place of "not stored yet: 11 MB to download" (design QA: both at once).
      assert.match(await downloadShown('[data-testid=model-option-shiti-news-v1]'), new RegExp(progressPattern))
      assert.equal(await page.locator('[data-testid=stored-shiti-news-v1]').count(), 0, 'the row does not say the model waits to be downloaded')
      assert.equal(await page.locator('[data-testid=model-manager] [data-testid=model-load]').count(), 1, 'one progress on the tab')
    }
    await screenshot(ctx, page, '01-first-visit-downloading')
  } finally {
    ctx.server.state.slow = null
  }
  await waitForModelReady(page)
  await page.locator('[data-testid=analysis-progress][data-run-state=done]').waitFor({ timeout: 30_000 })
  // The model's dev figures and the result line take the room kept for them (QA: the view moved down 43 px, then up
  // 11). Only with the real model: the test fixture has no dev figures, so the line kept for them goes.
  if (ctx.realModel) assert.deepEqual(await page.evaluate(() => window.__viewShifts), [], 'the highlighted view did not move')
  await page.locator('[data-testid=model-cached]').filter({ hasText: '是' }).waitFor()
  const facts = await page.textContent('[data-testid=model-facts]')
  for (const type of ['PER', 'LOC', 'ORG']) assert.ok(facts.includes(type), `model facts list ${type}`)
  if (ctx.realModel) {
    // The F1 shown is the shipped INT8 file's dev score, not the training-time FP32 one.
    const manifest = JSON.parse(readFileSync(join(ctx.distDir, 'models/shiti-news-v1/manifest.json'), 'utf8'))
    const int8 = manifest.metrics.dev_int8_onnx.overall.f1
    assert.equal((await page.textContent('[data-testid=model-f1]')).trim(), int8.toFixed(3))
  }
  assert.match(await page.textContent('[data-testid=storage-used]'), /\d/)
  assert.equal(modelFilesFetched(ctx).length, 1, 'model.onnx is downloaded exactly once')
  // The stored copy is in IndexedDB, readable by the engine's own listing.
  const stored = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))
  assert.ok(stored.length > 0, 'an IndexedDB database holds the model')
  await screenshot(ctx, page, '02-first-visit-ready')
})

test('analysis of text typed by the user highlights entities as text nodes', async (ctx) => {
  const { page } = session
  await setTextAndWait(page, SECRET_TEXT)
  // The status line asks the worker for its memory after the run; give it a moment to answer.
  await page.waitForFunction(
    () => /\d+ (KB|MB)|无法测量/.test(document.querySelector('[data-testid=memory]')?.textContent ?? ''),
    null, { timeout: 10_000 },
  ).catch(() => assert.fail('the running worker reports its memory'))
  const marks = await visibleMarks(page)
  const view = await page.textContent(SELECTORS.view)
  assert.equal(view, SECRET_TEXT, 'the highlighted view shows exactly the text')
  for (const mark of marks) {
    assert.ok(SECRET_TEXT.includes(mark.text), `mark "${mark.text}" is a piece of the text`)
    assert.match(mark.title, /·.*\d\.\d\d/, 'hover title shows type and score')
  }
  if (ctx.realModel) {
    assert.ok(marks.some((m) => m.text === '张三丰' && m.type === 'PER'), 'finds the person')
    assert.ok(marks.some((m) => m.text === '重庆' && m.type === 'LOC'), 'finds the place')
  }
  await screenshot(ctx, page, '03-analysed')
})

test('the worker is released after the idle timeout set by the test, and the UI says so', async (ctx) => {
  const { page } = session
  // ?idle=4000 was set on this page: the countdown shows (under the status line's Details), then the worker is terminated.
  if (await page.getAttribute('[data-testid=status-details]', 'aria-expanded') === 'false') await page.click('[data-testid=status-details]')
  await page.locator('[data-testid=idle-countdown]').waitFor({ timeout: 10_000 })
  await page.locator(`${SELECTORS.workerState}[data-state=released]`).waitFor({ timeout: 15_000 })
  assert.match(await page.textContent(SELECTORS.workerState), /释放/)
  assert.equal(await page.textContent('[data-testid=memory]'), '已归还给浏览器', 'the memory went back with the worker')
  await screenshot(ctx, page, '05-worker-released')
  // Typing again starts a fresh worker from the stored model, without any download.
  const fetchedBefore = modelFilesFetched(ctx).length
  await setTextAndWait(page, `${SECRET_TEXT}\n上海`)
  assert.equal(await page.getAttribute(SELECTORS.workerState, 'data-state'), 'ready')
  assert.equal(modelFilesFetched(ctx).length, fetchedBefore, 'the fresh worker reads the stored model')
})

test('second visit: the model loads from the browser with no download', async (ctx) => {
  const { page } = session
  const before = modelFilesFetched(ctx).length
  await page.reload()
  await waitForModelReady(page)
  await openTab(page, 'model')
  await page.locator('[data-testid=from-cache]').waitFor()
  assert.equal(modelFilesFetched(ctx).length, before, 'no model file is requested again')
})

test('with the network off, a reload still opens the app and analysis works with zero requests', async (ctx) => {
  const { page, context } = session
  // Wait until the service worker controls the page (it precached the app shell on the first visit).
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 })
  ctx.server.state.offline = true
  await context.setOffline(true)
  try {
    await page.reload()
    await waitForModelReady(page)
    const requestsBefore = session.requests.length
    const refusedBefore = ctx.server.state.refused.length
    await setTextAndWait(page, `${SECRET_TEXT}\n离线分析：广州`)
    const madeWhileAnalysing = session.requests.slice(requestsBefore)
    assert.deepEqual(madeWhileAnalysing.map((r) => r.url), [], 'no request at all while analysing offline')
    const refused = ctx.server.state.refused.slice(refusedBefore)
    if (refused.length > 0) console.log(`    refused while offline: ${refused.map((r) => r.url).join(' ')}`)
    assert.deepEqual(appRequestsWhileOffline(refused), [], 'nothing tried to reach the server')
    assert.equal(await page.textContent(SELECTORS.view), `${SECRET_TEXT}\n离线分析：广州`)
    await screenshot(ctx, page, '04-offline')
    // A PDF opens offline too: pdf.js, its worker and the Chinese CMaps came with the app shell.
    const refusedBeforePdf = ctx.server.state.refused.length
    await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', {
      name: '离线.pdf', mimeType: 'application/pdf', buffer: pdfWithPredefinedCMap('离线打开的文件：新华社在上海'),
    }))
    assert.equal(await page.inputValue(SELECTORS.editor), '离线打开的文件：新华社在上海')
    assert.deepEqual(appRequestsWhileOffline(ctx.server.state.refused.slice(refusedBeforePdf)), [], 'the PDF needed nothing from the server')
  } finally {
    ctx.server.state.offline = false
    await context.setOffline(false)
  }
})

test('privacy: no request left the site, none carried the text, no CSP violation', async (ctx) => {
  const { page } = session
  assertPrivate(session.requests, ctx.origin, [SECRET_TEXT.slice(0, 6), '张三丰', '离线分析'])
  // The recorder saw the dedicated worker's and the service worker's own traffic too, not just the page's.
  assert.ok(session.requests.some((r) => r.fromServiceWorkerScope), 'service-worker requests were recorded')
  assert.ok(session.requests.some((r) => /ner\.worker.*\.js$/.test(r.url)), 'the worker script request was recorded')
  assert.ok(session.requests.some((r) => /\.wasm$/.test(r.url)), 'the WASM request (made inside the worker) was recorded')
  for (const entry of [...ctx.server.state.log, ...ctx.server.state.refused]) {
    assert.ok(!decodeURIComponent(entry.url).includes('张三丰') && !entry.body.includes('张三丰'), `server saw user text: ${entry.url}`)
  }
  // Nothing the site asked for was missing (a 404 would be a broken path in the build). Going back
  // online makes the app look for a new model version, so wait for the server to answer that request.
  await waitFor(() => ctx.server.state.log.every((r) => r.status !== undefined), 5_000, 'the server answered every request')
  assert.deepEqual(ctx.server.state.log.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.url}`), [])
  assert.deepEqual(await cspViolations(page), [])
  assert.deepEqual(page.events.pageErrors, [])
  assert.ok(appUrl(ctx).startsWith(ctx.origin))
})

test('clearing the cached model removes it from the browser', async () => {
  const { page, context } = session
  await openTab(page, 'model')
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.textContent.trim())
  await page.click('[data-testid=clear-model]')
  assert.equal(await focused(), 'cancel-clear', 'the confirmation takes focus, on its safe answer')
  await page.click('[data-testid=cancel-clear]')
  assert.equal(await focused(), 'clear-model', 'cancelling gives it back')
  await page.click('[data-testid=clear-model]')
  await page.click('[data-testid=confirm-clear]')
  await page.locator('[data-testid=model-cached]').filter({ hasText: '否' }).waitFor()
  assert.match(await focused(), /^已删除存储的模型/, 'then the message saying it is done')
  assert.equal(await page.locator('[data-testid=from-cache]').count(), 0, 'no longer "loaded from this browser\'s storage"')
  await context.close()
})
