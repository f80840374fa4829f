// A new model version on the site reaches a returning visitor: the stored model starts at once, with no
// wait on the network; then one request for its manifest.json finds the new version, which the status
// line and the Model tab offer. Updating downloads only what changed, restarts the worker on it and reads
// the text again. The site's new manifest is played here by a route that bumps the shipped one's version.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import {
  analysisAfter, assertPrivate, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, visibleMarks, waitForModelReady,
} from '../helpers.mjs'

const TEXT = '新华社记者在上海报道，王毅会见了客人。'

test('a new model version on the site: offered after the stored model starts, applied in place, the text read again', async (ctx) => {
  const { context, requests } = await newRecordedContext(ctx)
  try {
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, TEXT)
    const before = await visibleMarks(page)
    assert.equal(await page.locator('[data-testid=update-available]').count(), 0, 'a model downloaded just now is current')

    // The site now serves a new version of the manifest (the files unchanged).
    const shipped = JSON.parse(readFileSync(join(ctx.distDir, 'models/shiti-news-v1/manifest.json'), 'utf8'))
    const newer = { ...shipped, version: `${shipped.version}-next` }
    await context.route('**/models/shiti-news-v1/manifest.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(newer) }))
    const modelFilesBefore = ctx.server.state.log.filter((r) => r.url.includes('/models/')).length
    await page.reload()
    await waitForModelReady(page)
    await page.locator('[data-testid=update-available]').filter({ hasText: `有新版本 ${newer.version}` }).waitFor()
    assert.equal(ctx.server.state.log.filter((r) => r.url.includes('/models/')).length, modelFilesBefore,
      'the stored model started without a model file from the server (the manifest came from the route)')

    await setTextAndWait(page, TEXT)
    await page.click('[data-testid=update-available]')
    await page.locator('[data-testid=model-update]').filter({ hasText: `此模型有新版本 ${newer.version}，无需下载新文件` }).waitFor()
    await screenshot(ctx, page, '16-model-update')
    await analysisAfter(page, () => page.click('[data-testid=apply-update]'))
    await page.locator('[data-testid=model-facts]').filter({ hasText: newer.version }).waitFor()
    assert.equal(await page.locator('[data-testid=model-update]').count(), 0)
    assert.equal(await page.locator('[data-testid=update-available]').count(), 0)
    assert.deepEqual(await visibleMarks(page), before, 'the same weights find the same names')

    // The next visit starts with the new version, and finds nothing newer.
    await page.reload()
    await waitForModelReady(page)
    await openTab(page, 'model')
    await page.locator('[data-testid=model-facts]').filter({ hasText: newer.version }).waitFor()
    await page.waitForTimeout(500)
    assert.equal(await page.locator('[data-testid=update-available]').count(), 0)
    assert.deepEqual(page.events.pageErrors, [])
  } finally {
    await context.close()
  }
  assertPrivate(requests, ctx.origin, [TEXT, '王毅会见'])
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped model'), timeoutMs: 120_000 })
