// The service worker answers the app's own address with the cached app, and only it. It answered every navigation in
// its scope: a model card, sw.js, a mistyped path, and with the site at a user site's root, another project of that
// owner opened later (/other/) got Shiti, the server never asked (deploy QA). Workbox's NavigationRoute now has an
// allowlist: the scope's path, index.html, any query.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { appUrl, newRecordedContext, openApp, waitForModelReady } from '../helpers.mjs'

test('under the service worker, a model card and an unknown path reach the server; the app\'s address stays offline-ready', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  try {
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 })

    const card = await page.goto(`${ctx.origin}/models/shiti-news-v1/MODEL_CARD.md`)
    assert.equal(card.status(), 200)
    assert.match(card.headers()['content-type'] ?? '', /text\/markdown/, 'the card itself, not the app')
    assert.doesNotMatch(await card.text(), /<!doctype html/i)

    const logged = ctx.server.state.log.length
    const missing = await page.goto(`${ctx.origin}/other-project/`)
    assert.equal(missing.status(), 404, 'an address that is not the app goes to the server (and its 404)')
    assert.ok(ctx.server.state.log.slice(logged).some((r) => r.url === '/other-project/'), 'the server was asked')

    // The app's own address, with a query and as index.html, still opens with the network off.
    ctx.server.state.offline = true
    await context.setOffline(true)
    for (const url of [appUrl(ctx, { idle: '30000' }), `${ctx.origin}/index.html`]) {
      const response = await page.goto(url)
      assert.equal(response.status(), 200, `${url} offline`)
      assert.match(await page.title(), /Shiti/)
    }
    await waitForModelReady(page)
  } finally {
    ctx.server.state.offline = false
    await context.setOffline(false)
    await context.close()
  }
})
