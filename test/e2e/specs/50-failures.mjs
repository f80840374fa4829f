// Things going wrong: the model cannot be downloaded, the browser has no room to store it. Each gets a
// clear message, nothing the user typed is lost, and the app recovers.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, axeViolations, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady, screenshot } from '../helpers.mjs'

test('model download fails: a clear error, the text is kept, and retry recovers', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  // The model folder is unreachable (as on a flaky network); the app shell itself loads.
  await context.route('**/manifest.json', (route) => route.abort('internetdisconnected'))
  const page = await openApp(ctx, context)
  // Nothing stored yet, so the message says that, not only "check the connection". Above the highlighted view, with
  // its retry, before anything is typed (QA: it invited typing, and told why nothing would be highlighted only after
  // the user had typed). Only there: the page no longer switches to the Model tab, whose copy of the sentence and of
  // Try again made two of each (design QA); the tab still says it, for a visitor who opens it.
  await page.locator('[data-testid=analysis-error]').filter({ hasText: '此模型尚未存储在本浏览器，且无法下载：请检查网络连接' }).waitFor({ timeout: 30_000 })
  assert.equal(await page.locator('[data-testid=analysis-error] button').count(), 1, 'with its retry')
  assert.equal(await page.getAttribute('[data-tab=model]', 'aria-selected'), 'false', 'the Model tab is not switched to')
  assert.equal(await page.textContent(SELECTORS.view), '', 'no "type and names are highlighted here" under the error')
  await page.fill(SELECTORS.editor, '断网时输入的文字：李娜在武汉。')
  // (The error is on screen already: wait for the run of the text to fail in its turn.)
  await page.locator('[data-testid=analysis-progress][data-run-state=error] [data-testid=analysis-error]').waitFor({ timeout: 30_000 })
  await assertNoResultOffered(page, /分析在读到任何文本之前就已停止/)
  // No name to click, so no "click a name to correct it" (QA: it showed under the error).
  assert.equal(await page.locator('[data-testid=correction-hint]').count(), 0, 'no correction hint when the model failed')
  await openTab(page, 'entities')
  await screenshot(ctx, page, '40-download-failed')
  assert.deepEqual(await axeViolations(page), [], 'the error state passes the accessibility audit')
  assert.equal(await page.inputValue(SELECTORS.editor), '断网时输入的文字：李娜在武汉。')
  await context.unroute('**/manifest.json')
  await analysisAfter(page, () => page.click('[data-testid=analysis-error] button'))
  await waitForModelReady(page)
  assert.equal(await page.textContent(SELECTORS.view), '断网时输入的文字：李娜在武汉。')
  // Names highlighted at last: now the line says what a click on one does.
  await page.locator(SELECTORS.marks).first().waitFor()
  await page.locator('[data-testid=correction-hint]').waitFor()
  await context.close()
})

test('model download fails: Try again on the Model tab also analyses the text that was waiting', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  await context.route('**/model.onnx', (route) => route.abort('internetdisconnected'))
  const page = await openApp(ctx, context)
  await page.fill(SELECTORS.editor, '马云在杭州创办了阿里巴巴。')
  // (The load's error shows before any text: wait for the run of the text to fail too.)
  await page.locator('[data-testid=analysis-progress][data-run-state=error] [data-testid=analysis-error]').waitFor({ timeout: 30_000 })
  await context.unroute('**/model.onnx')
  await openTab(page, 'model')
  await page.click('[data-testid=load-retry]')
  await waitForModelReady(page)
  // It used to load the model and leave the text under the old error, unanalysed, until it was edited.
  await page.locator('[data-testid=analysis-progress][data-run-state=done]').waitFor({ timeout: 30_000 })
  assert.equal(await page.locator('[data-testid=analysis-error]').count(), 0, 'the stale error is gone')
  assert.equal(await page.textContent(SELECTORS.view), '马云在杭州创办了阿里巴巴。')
  await context.close()
})

test('no room to store the model: the app says so and still analyses', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await context.newPage()
  // Chromium's DevTools protocol can shrink this origin's storage quota below the model's size.
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: ctx.origin, quotaSize: 1024 })
  const params = new URLSearchParams(ctx.modelParams).toString()
  await page.goto(`${ctx.origin}/${params ? `?${params}` : ''}`)
  await waitForModelReady(page)
  // The status line says it too, in sight whatever the tab (lifecycle QA: only the Model tab did), and leads there.
  const notStored = page.locator('[data-testid=status-bar] [data-testid=not-stored]')
  await notStored.waitFor({ timeout: 30_000 })
  assert.equal((await notStored.textContent()).trim(), '未能保存到本浏览器：存储空间不足，无法离线使用')
  await notStored.click()
  assert.equal(await page.getAttribute('[data-tab=model]', 'aria-selected'), 'true', 'it opens the Model tab')
  await page.locator('[data-testid=cache-error]').waitFor({ timeout: 30_000 })
  assert.match(await page.textContent('[data-testid=cache-error]'), /存储空间不足/)
  assert.match(await page.textContent('[data-testid=model-cached]'), /否/)
  await setTextAndWait(page, '存储已满时仍可分析：王毅在北京。')
  assert.equal(await page.textContent(SELECTORS.view), '存储已满时仍可分析：王毅在北京。')
  await screenshot(ctx, page, '41-storage-full')
  assert.deepEqual(await axeViolations(page), [], 'the error state passes the accessibility audit')
  await context.close()
})

/**
 * With no analysis of the editor's text: the Redact tab shows no result and offers no download or copy,
 * the Export tab none of its exports, each with a warning matching `why`.
 */
async function assertNoResultOffered(page, why) {
  for (const [tab, panel, buttons] of [
    ['redact', 'redaction-panel', ['download', 'copy', 'download-docx']],
    ['export', 'export-panel', ['download', 'copy', 'download-annotated-docx', 'print']],
  ]) {
    await openTab(page, tab)
    const note = page.locator(`[data-testid=${panel}] [data-testid=not-analysed][role=alert]`)
    assert.match(await note.textContent(), why, tab)
    for (const button of buttons) assert.ok(await page.isDisabled(`[data-testid=${panel}] [data-testid=${button}]`), `${tab}: ${button} is disabled`)
  }
  await openTab(page, 'redact')
  assert.equal(await page.inputValue('[data-testid=redacted-text]'), '', 'no text passes for redacted')
}

test('a text too large to analyse live stays in the editor, with a clear message', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  // Paste just over a million characters (set directly: typing them would take hours).
  await page.locator(SELECTORS.editor).evaluate((textarea) => {
    textarea.value = `${'新华社北京电，习近平会见古特雷斯。\n'.repeat(55_556)}`.slice(0, 1_000_001)
    textarea.dispatchEvent(new Event('input'))
  })
  await page.locator('[data-testid=analysis-error]').waitFor({ timeout: 30_000 })
  assert.match(await page.textContent('[data-testid=analysis-error]'), /超过 1,000,000 个字符/)
  assert.equal((await page.inputValue(SELECTORS.editor)).length, 1_000_001, 'nothing was cut off')
  // Not analysed, its names are not known: Redact offers no "redacted" copy (it would be the text itself),
  // Export no analysis of it, and both say why.
  await assertNoResultOffered(page, /超过 1,000,000 个字符/)
  // Back under the limit, live analysis resumes.
  await setTextAndWait(page, '缩短以后：王毅在北京。')
  assert.equal(await page.textContent(SELECTORS.view), '缩短以后：王毅在北京。')
  await context.close()
}, { timeoutMs: 120_000 })
