// Both shipped models for a laptop without a network: the Model tab stores the fine-grained model in
// IndexedDB without switching to it (with progress, and a cancel), and then, offline, switching to it
// and back makes no request. Removed again, an offline pick of it says that it is not stored, and
// the stored news model is still one click away. Nothing typed leaves the page.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import {
  SELECTORS, analysisAfter, appRequestsWhileOffline, assertPrivate, newRecordedContext, openApp, openTab, screenshot,
  setTextAndWait, visibleMarks, waitFor, waitForModelReady,
} from '../helpers.mjs'

const NEWS_ID = 'shiti-news-v1'
const FINE_ID = 'shiti-cluener-v1'
const NEWS_TYPES = ['PER', 'LOC', 'ORG']
const TEXT = '腾讯公司总经理马化腾昨天在深圳出席发布会，会后去了故宫博物院。'

test('storing the other model for offline use: no switch, cancel, then offline switching with no request to the server; removed, an offline pick says why', async (ctx) => {
  const { context, requests } = await newRecordedContext(ctx)
  const setOffline = async (offline) => {
    ctx.server.state.offline = offline
    await context.setOffline(offline)
  }
  try {
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, TEXT)
    const newsMarks = await visibleMarks(page)
    assert.ok(newsMarks.length > 0 && newsMarks.every((m) => NEWS_TYPES.includes(m.type)), JSON.stringify(newsMarks))

    await openTab(page, 'model')
    const newsLine = page.locator(`[data-testid=stored-${NEWS_ID}]`)
    const fineLine = page.locator(`[data-testid=stored-${FINE_ID}]`)
    await newsLine.filter({ hasText: /已存储在本浏览器（11\.8 MB）/ }).waitFor()
    await fineLine.filter({ hasText: /尚未存储在本浏览器：需下载 11\.7 MB/ }).waitFor()
    assert.equal(await page.locator(`[data-testid=store-${NEWS_ID}], [data-testid=remove-${NEWS_ID}]`).count(), 0,
      'the model in use is cleared below, not on its line')

    // A slow download can be cancelled; nothing is recorded as stored.
    ctx.server.state.slow = { pattern: new RegExp(`/models/${FINE_ID}/model\\.onnx$`), bytesPer100ms: 64 * 1024 }
    await page.click(`[data-testid=store-${FINE_ID}]`)
    await fineLine.filter({ hasText: /正在存储……\d+%/ }).waitFor()
    await page.click(`[data-testid=cancel-store-${FINE_ID}]`)
    await page.locator(`[data-testid=store-error-${FINE_ID}]`).filter({ hasText: '已取消存储。' }).waitFor()
    await fineLine.filter({ hasText: '尚未存储' }).waitFor()
    // Each button there replaces the one pressed; focus follows it rather than falling to <body>.
    const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName)
    await waitFor(async () => (await focused()) === `store-${FINE_ID}`, 5_000, 'focus on Store after Cancel')
    ctx.server.state.slow = null

    await page.click(`[data-testid=store-${FINE_ID}]`)
    await fineLine.filter({ hasText: /已存储在本浏览器（11\.7 MB）/ }).waitFor({ timeout: 60_000 })
    await waitFor(async () => (await focused()) === `remove-${FINE_ID}`, 5_000, 'focus on Remove once stored')
    assert.equal(await page.locator(`[data-testid=store-error-${FINE_ID}]`).count(), 0, 'the cancel message goes with the next attempt')
    assert.equal(await page.isChecked(`[data-testid=choose-${NEWS_ID}]`), true, 'storing did not switch models')
    assert.deepEqual(await visibleMarks(page), newsMarks, 'nor did it touch the analysis')
    await screenshot(ctx, page, '15-models-stored')

    // Offline: the service worker serves the page; both models come from IndexedDB.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 })
    await setOffline(true)
    const refusedBefore = ctx.server.state.refused.length
    const requestsBefore = requests.length
    await analysisAfter(page, () => page.check(`[data-testid=choose-${FINE_ID}]`))
    await page.locator('[data-testid=model-facts]').filter({ hasText: FINE_ID }).waitFor()
    const fineMarks = await visibleMarks(page)
    assert.ok(fineMarks.some((m) => !NEWS_TYPES.includes(m.type)), `the fine model's types, offline: ${JSON.stringify(fineMarks)}`)
    await analysisAfter(page, () => page.check(`[data-testid=choose-${NEWS_ID}]`))
    assert.deepEqual(await visibleMarks(page), newsMarks, 'the news model again, offline')
    assert.deepEqual(appRequestsWhileOffline(ctx.server.state.refused.slice(refusedBefore)), [], 'no request tried to reach the server')
    // The new workers' script and WASM come from the service worker's cache; no model file is asked for.
    assert.deepEqual(requests.slice(requestsBefore).map((r) => r.url).filter((u) => u.includes('/models/')), [],
      'the models come from IndexedDB')

    // Removed while offline, the fine model cannot be picked; the message says why and what still works.
    await page.click(`[data-testid=remove-${FINE_ID}]`)
    await fineLine.filter({ hasText: /尚未存储在本浏览器：需下载 11\.7 MB/ }).waitFor()
    await page.check(`[data-testid=choose-${FINE_ID}]`)
    const loadError = page.locator('[data-testid=load-error]')
    await loadError.waitFor()
    assert.match(await loadError.textContent(), /此模型尚未存储在本浏览器，且无法下载.*可以在“模型”标签页选择已存储在本浏览器的模型/s)
    assert.equal(await page.inputValue(SELECTORS.editor), TEXT, 'the text stays')
    await page.locator('[data-testid=analysis-error]').filter({ hasText: '此模型尚未存储在本浏览器' }).waitFor()
    await screenshot(ctx, page, '15b-offline-model-not-stored')
    await analysisAfter(page, () => page.check(`[data-testid=choose-${NEWS_ID}]`))
    assert.deepEqual(await visibleMarks(page), newsMarks, 'back to the stored news model, offline')
    assert.deepEqual(page.events.pageErrors, [])
  } finally {
    ctx.server.state.slow = null
    await setOffline(false)
    await context.close()
  }
  assertPrivate(requests, ctx.origin, [TEXT, '腾讯公司总经理'])
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped models'), timeoutMs: 180_000 })

test('two tabs: a model stored in one shows as stored in the other once it is back in front; the model in use cleared in one shows as cleared in the other at once', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const lineOf = (page) => page.textContent(`[data-testid=stored-${FINE_ID}]`)
  const [first, second] = [await openApp(ctx, context), await openApp(ctx, context)]
  for (const page of [first, second]) {
    await waitForModelReady(page)
    await openTab(page, 'model')
  }
  await waitFor(async () => /尚未存储/.test(await lineOf(first)), 10_000, 'the first tab says the fine model is not stored')
  await second.click(`[data-testid=store-${FINE_ID}]`)
  await waitFor(async () => /^已存储/.test(await lineOf(second)), 90_000, 'the second tab stores it')
  // Back in front (headless Chromium gives no window focus of its own: the event is what a click on the tab
  // brings), the first tab looks at the shared storage again.
  await first.bringToFront()
  await first.evaluate(() => {
    window.dispatchEvent(new Event('blur'))
    window.dispatchEvent(new Event('focus'))
  })
  await waitFor(async () => /^已存储/.test(await lineOf(first)), 10_000, 'the first tab follows')

  // The model in use cleared on the second tab's Model tab: the first, not brought to the front again, follows too
  // (the clear went through the engine alone and told no other tab: the first went on saying "stored here", review).
  const newsLineOf = (page) => page.textContent(`[data-testid=stored-${NEWS_ID}]`)
  await waitFor(async () => /^已存储/.test(await newsLineOf(first)), 10_000, 'the first tab says the news model is stored')
  await second.click('[data-testid=clear-model]')
  await second.click('[data-testid=confirm-clear]')
  await waitFor(async () => /^尚未存储/.test(await newsLineOf(second)), 10_000, 'the second tab says it is cleared')
  await waitFor(async () => /^尚未存储/.test(await newsLineOf(first)), 10_000, 'the first tab follows the clear')
  assert.match(await lineOf(first), /^已存储/, 'the fine model stays stored')
  // Its facts below say the same (they said "stored here: yes", with the Clear button, beside "not stored": tabs QA).
  const factOf = async (page) => (await page.textContent('[data-testid=model-cached]')).trim()
  await waitFor(async () => (await factOf(first)) === '否', 10_000, 'the first tab\'s facts follow the clear')
  assert.equal(await first.locator('[data-testid=clear-model]').count(), 0, 'no Clear for a model no longer stored')
  // Stored again by an ordinary load in the second tab: the first says so too (it went on saying "not stored").
  await second.reload()
  await waitForModelReady(second)
  await waitFor(async () => /^已存储/.test(await newsLineOf(first)), 30_000, 'the first tab follows the load that stored it again')
  await waitFor(async () => (await factOf(first)) === '是', 10_000, 'and its facts too')
  await context.close()
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped models'), timeoutMs: 120_000 })
