// GitHub Pages serves the site under /<repository>/. This builds the site the way the Pages workflow
// does (--base=/<name>/) and checks that the app, its model, its service worker (scope, isolation) and
// offline use all work under the sub-path.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import { FIXTURE_PREFIX, startServer } from '../server.mjs'
import { SELECTORS, appRequestsWhileOffline, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const BASE = '/shiti/'

test('a build for GitHub Pages works under its sub-path, including the service worker and offline use', async (ctx) => {
  const outDir = await mkdtemp(join(tmpdir(), 'shiti-pages-'))
  let pages
  let context
  try {
    const build = spawnSync('npx', ['vite', 'build', `--base=${BASE}`, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ctx.root,
      encoding: 'utf8',
    })
    assert.equal(build.status, 0, build.stderr)
    pages = await startServer({ distDir: outDir, fixturesDir: join(ctx.root, 'test/fixtures'), basePath: BASE })
    // The real model is in this build too; without it, the fixture is served under the sub-path.
    const query = ctx.realModel ? '' : `?model=${encodeURIComponent(`${BASE}${FIXTURE_PREFIX.slice(1)}models/tiny/`)}`
    context = await ctx.browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${pages.origin}${BASE}${query}`)
    await waitForModelReady(page)
    assert.equal(await page.getAttribute('link[rel=icon]', 'href'), `${BASE}icon.svg`)
    assert.equal(await page.getAttribute('link[rel=apple-touch-icon]', 'href'), `${BASE}apple-touch-icon.png`)
    // The install icons: every PNG the web app manifest lists loads under the sub-path at its stated size.
    const icons = await page.evaluate(async () => {
      const link = document.querySelector('link[rel=manifest]')
      const manifest = await (await fetch(link.href)).json()
      return Promise.all(manifest.icons.filter((i) => i.type === 'image/png').map(async (icon) => {
        const response = await fetch(new URL(icon.src, link.href))
        const bitmap = await createImageBitmap(await response.blob())
        return { sizes: icon.sizes, type: response.headers.get('content-type'), actual: `${bitmap.width}x${bitmap.height}` }
      }))
    })
    assert.deepEqual(icons.map((i) => i.sizes), ['192x192', '512x512'])
    for (const icon of icons) {
      assert.equal(icon.actual, icon.sizes)
      assert.match(icon.type, /^image\/png/)
    }
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 })
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), `${pages.origin}${BASE}`)
    const reloadedAt = Date.now()
    await page.reload()
    await waitForModelReady(page)
    assert.equal(await page.evaluate(() => crossOriginIsolated), true)
    // The model now comes from the browser, so the page asks once, while online, whether the site has a newer
    // version (useModelUpdate). Let that request arrive before the network goes, or it counts as tried offline.
    const asked = () => pages.state.log.some((r) => r.at >= reloadedAt && new URL(r.url, pages.origin).pathname.endsWith('/manifest.json'))
    for (const stop = Date.now() + 10_000; !asked() && Date.now() < stop;) await new Promise((done) => setTimeout(done, 50))
    assert.ok(asked(), 'the update check asked for the manifest once online')
    pages.state.offline = true
    await context.setOffline(true)
    await page.reload()
    await waitForModelReady(page)
    await setTextAndWait(page, '子路径离线：王毅在北京。')
    assert.equal(await page.textContent(SELECTORS.view), '子路径离线：王毅在北京。')
    if (pages.state.refused.length > 0) console.log(`    refused while offline: ${pages.state.refused.map((r) => r.url).join(' ')}`)
    assert.deepEqual(appRequestsWhileOffline(pages.state.refused, BASE), [], 'nothing but the browser tried the network while offline')
  } finally {
    await context?.close()
    await pages?.close()
    await rm(outDir, { recursive: true, force: true })
  }
}, { timeoutMs: 180_000 })
