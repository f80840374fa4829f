// A first visit on a slow line (QA, 1.5 Mbps): the service worker, registered at once, precached the app shell while
// the page was still downloading it, so onnxruntime's 15 MB WASM (and index.js, the CSS, the NER worker) was fetched
// twice at the same time, 47 MB instead of 12 before a ready model. Now the page registers it once the model has
// loaded (or failed to): its precache comes after the page's own downloads (from the HTTP cache where the server's
// headers allow; this test server says no-cache, so here it downloads again, but no longer alongside). And the page
// is not blank before index.js has loaded: index.html holds the header's title and tagline.
import assert from 'node:assert/strict'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import { SELECTORS, appRequestsWhileOffline, cspViolations, newRecordedContext, openApp, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const WASM = /\/assets\/[^/?]+\.wasm(\?|$)/
let session

/** The bytes of a logged request's file in the site under test (0 for the model fixtures and 404s). */
function sizeOf(ctx, url) {
  try {
    return statSync(join(ctx.distDir, new URL(url, ctx.origin).pathname)).size
  } catch {
    return 0
  }
}

test('first visit: the service worker registers once the model is ready, and the WASM is not fetched twice at once', async (ctx) => {
  session = await newRecordedContext(ctx)
  const { context } = session
  // When the page asks for the service worker, and whether the model was ready then.
  await context.addInitScript(() => {
    // The moment the page first shows the model ready, taken in the page: waitForModelReady returns a poll later, and a
    // registration made in between (its /sw.js) read as "before ready" (a clean-clone CI run failed so).
    const watch = new MutationObserver(() => {
      if (document.querySelector('[data-testid=backend]')?.textContent?.includes('WASM')) {
        window.__readyAt = Date.now()
        watch.disconnect()
      }
    })
    watch.observe(document, { subtree: true, childList: true, characterData: true })
    window.__registered = []
    const register = ServiceWorkerContainer.prototype.register
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registered.push({ at: Date.now(), ready: document.querySelector('[data-testid=backend]')?.textContent?.includes('WASM') ?? false })
      return register.apply(this, args)
    }
  })
  // The WASM's requests: the page's (its worker's) and the service worker's precache, when each starts and ends.
  const wasmRequests = []
  context.on('request', (request) => {
    if (WASM.test(request.url())) wasmRequests.push({ request, byServiceWorker: Boolean(request.serviceWorker()), at: Date.now() })
  })
  context.on('requestfinished', (request) => {
    const entry = wasmRequests.find((r) => r.request === request)
    if (entry) entry.finished = Date.now()
  })
  const logStart = ctx.server.state.log.length
  // The WASM slowly (about 2 s), so that a precache running alongside the engine's download would overlap it.
  ctx.server.state.slow = { pattern: /\.wasm$/, bytesPer100ms: 750_000 }
  let page
  let readyAt
  try {
    page = await openApp(ctx, context)
    session.page = page
    // Vue's mount replaced index.html's static header (the first paint before index.js): one heading, not two.
    assert.equal(await page.locator('h1').count(), 1, 'one heading')
    await waitForModelReady(page)
    readyAt = await page.evaluate(() => window.__readyAt)
  } finally {
    ctx.server.state.slow = null
  }
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 })
  const log = ctx.server.state.log.slice(logStart)
  const untilReady = log.filter((r) => r.at <= readyAt)
  const mb = (entries) => `${(entries.reduce((sum, r) => sum + sizeOf(ctx, r.url), 0) / 1e6).toFixed(2)} MB`
  // The service worker's own requests (its precache) the recorder saw before the model was ready.
  const precacheBeforeReady = session.requests.filter((r) => r.fromServiceWorkerScope && r.at <= readyAt)
    .map((r) => ({ url: new URL(r.url).pathname }))
  const wasm = log.filter((r) => WASM.test(r.url))
  console.log(`    until the model was ready: ${untilReady.length} requests, of them by the service worker's precache ${precacheBeforeReady.length} (${mb(precacheBeforeReady)}); the WASM requested ${wasm.length} times in all, ${wasmRequests.filter((r) => r.byServiceWorker).length} by the service worker`)

  const registered = await page.evaluate(() => window.__registered)
  assert.ok(registered.length >= 1, 'the service worker was registered')
  const overlapping = wasmRequests.filter((r) => r.byServiceWorker && r.at < Math.min(...wasmRequests.filter((p) => !p.byServiceWorker && p.finished).map((p) => p.finished)))
  console.log(`    the service worker's WASM requests while the page's was in flight: ${overlapping.length}`)
  assert.equal(registered[0].ready, true, 'registered only once the model was ready')
  assert.deepEqual(precacheBeforeReady.map((r) => r.url), [], 'the precache downloads nothing before the model is ready')
  // The precache's request for the WASM (this server says no-cache: it downloads it again) starts after the page's
  // has ended. (The worker asks twice itself: its early compile, and onnxruntime's request, cancelled at once.)
  const pageDone = wasmRequests.filter((r) => !r.byServiceWorker && r.finished).map((r) => r.finished)
  assert.ok(pageDone.length > 0, 'the page downloaded the WASM')
  for (const precache of wasmRequests.filter((r) => r.byServiceWorker)) {
    assert.ok(precache.at >= Math.min(...pageDone), 'no second WASM download while the page\'s is in flight')
  }
  assert.deepEqual(await cspViolations(page), [])
})

test('after the first visit the app reloads with the network off', async (ctx) => {
  const { page, context } = session
  ctx.server.state.offline = true
  await context.setOffline(true)
  try {
    const refusedBefore = ctx.server.state.refused.length
    await page.reload()
    await waitForModelReady(page)
    await setTextAndWait(page, '离线再访：李明在杭州')
    assert.equal(await page.textContent(SELECTORS.view), '离线再访：李明在杭州')
    assert.deepEqual(appRequestsWhileOffline(ctx.server.state.refused.slice(refusedBefore)), [], 'nothing tried to reach the server')
  } finally {
    ctx.server.state.offline = false
    await context.setOffline(false)
    await context.close()
  }
})

test('before index.js has run the page shows the title and tagline, styled by the stylesheet (no blank page)', async (ctx) => {
  // Without JavaScript the page stays as index.html drew it: what a first visitor sees while index.js downloads.
  const context = await ctx.browser.newContext({ locale: 'zh-CN', colorScheme: 'dark', javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.goto(`${ctx.origin}/`)
    assert.equal(await page.locator('#app h1').textContent(), 'Shiti 实体')
    assert.match(await page.locator('#app header p').textContent(), /^完全在浏览器中运行的中文命名实体识别。/)
    const font = await page.locator('#app h1').evaluate((h1) => getComputedStyle(h1).fontFamily)
    assert.match(font, /mono/i, 'the header\'s classes apply (the stylesheet, not inline style)')
  } finally {
    await context.close()
  }
})
