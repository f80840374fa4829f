// A 100,000-character document: streamed progress, a cancel button that keeps what was done, and a page
// that stays responsive while the worker analyses and the view fills in.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, assertPrivate, downloadText, newRecordedContext, openApp, screenshot, setTextAndWait, visibleMarks, waitFor, waitForModelReady, waitForRunState } from '../helpers.mjs'

let context
let page

/** Records every value the progress bar shows (it is re-created per run, so watch the whole panel). */
async function recordProgressValues() {
  await page.evaluate((selector) => {
    window.__progressValues = []
    const panel = document.querySelector(selector)
    new MutationObserver(() => {
      const bar = panel.querySelector('progress')
      if (bar) window.__progressValues.push(Number(bar.value) / Number(bar.max))
    }).observe(panel, { subtree: true, childList: true, attributes: true })
  }, SELECTORS.progress)
}

test('a 100,000-character document can be cancelled mid-way, keeping what was analysed and all the text', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx))
  page = await openApp(ctx, context)
  await waitForModelReady(page)
  await recordProgressValues()
  await page.click('[data-testid=sample-long]')
  assert.equal((await page.inputValue(SELECTORS.editor)).length, 100_000)
  // Cancel as soon as the first streamed results arrive.
  await page.waitForFunction(() => window.__progressValues.some((v) => v > 0), null, { polling: 10, timeout: 60_000 })
  await page.click('[data-testid=cancel]')
  await waitForRunState(page, 'cancelled', 10_000)
  assert.match(await page.textContent('[data-testid=analysis-status]'), /取消/)
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName)
  assert.equal(await focused(), 'analysis-status', 'Cancel hands focus to the status line (which holds Resume), not to <body>')
  assert.equal((await page.inputValue(SELECTORS.editor)).length, 100_000, 'cancelling loses no text')
  assert.ok((await page.locator(SELECTORS.marks).count()) > 0, 'the part analysed before cancelling stays highlighted')
  await screenshot(ctx, page, '20-long-document-cancelled')
  // What is built from the analysis says it covers part of the text only.
  for (const [tab, panel] of [['redact', 'redaction-panel'], ['export', 'export-panel']]) {
    await page.click(`[data-tab=${tab}]`)
    const warning = page.locator(`[data-testid=${panel}] [data-testid=partial-analysis][role=alert]`)
    const [, done, total] = (await warning.textContent()).match(/只分析了 ([\d,]+) \/ ([\d,]+) 个字符/)
    const count = (digits) => Number(digits.replaceAll(',', ''))
    assert.ok(count(done) > 0 && count(done) < count(total), `${done} of ${total}`)
  }
  await screenshot(ctx, page, '20-long-document-cancelled-export')
  await page.click('[data-tab=entities]')
  // Resume goes on with the rest (stopped again here: the next test resumes by typing).
  await page.click('[data-testid=resume]')
  await waitForRunState(page, 'running', 10_000)
  assert.equal(await focused(), 'analysis-status', 'so does Resume')
  await page.click('[data-testid=cancel]')
  await waitForRunState(page, 'cancelled', 10_000)
}, { timeoutMs: 180_000 })

test('resuming analyses the rest with streamed progress while the page stays responsive', async (ctx) => {
  // Measure the main thread: the longest gap between timer ticks while the analysis runs.
  await page.evaluate(() => {
    window.__progressValues.length = 0
    window.__maxGap = 0
    let last = performance.now()
    window.__probe = setInterval(() => {
      const now = performance.now()
      window.__maxGap = Math.max(window.__maxGap, now - last)
      last = now
    }, 20)
  })
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('Control+End')
  await page.keyboard.type('。')
  await waitForRunState(page, 'running', 10_000)
  // A keystroke while the run is going must still show up quickly.
  const started = Date.now()
  await page.keyboard.type('好')
  await page.waitForFunction((s) => document.querySelector(s).value.endsWith('。好'), SELECTORS.editor, { polling: 10 })
  const keystrokeMs = Date.now() - started
  await screenshot(ctx, page, '21-long-document-progress')
  await waitForRunState(page, 'done', 170_000)
  const maxGap = await page.evaluate(() => {
    clearInterval(window.__probe)
    return window.__maxGap
  })
  const values = await page.evaluate(() => window.__progressValues)
  console.log(`    progress updates: ${values.length}; longest main-thread stall: ${Math.round(maxGap)} ms; keystroke: ${keystrokeMs} ms`)
  assert.ok(new Set(values.filter((v) => v > 0 && v < 1)).size >= 2, 'the bar moved through intermediate values')
  // Generous bounds for a 2-core machine shared with model training; a frozen page would blow them.
  assert.ok(maxGap < 1500, `the page stalled for ${Math.round(maxGap)} ms`)
  assert.ok(keystrokeMs < 1500, `a keystroke took ${keystrokeMs} ms`)
  const view = await page.textContent(SELECTORS.view)
  assert.equal(view, await page.inputValue(SELECTORS.editor), 'the whole document is displayed')
  // Every paragraph is analysed: the last one has its highlights too (the samples all contain entities).
  const lastBlockMarks = await page.$$eval(`${SELECTORS.view} [data-block]`, (blocks) => {
    const withText = blocks.filter((b) => b.textContent.trim().length > 20)
    return withText.at(-1).querySelectorAll('mark').length
  })
  assert.ok(lastBlockMarks > 0, 'the end of the document is highlighted')
  await screenshot(ctx, page, '22-long-document-done')
  await context.close()
}, { timeoutMs: 180_000 })

test('shared between two workers (?lanes=2), the document gets the same highlights, sooner, with no request', async (ctx) => {
  const { context: shared, requests } = await newRecordedContext(ctx)
  // A batch of six files of 1,500 to 2,000 characters, from the long sample's paragraphs.
  const paragraphs = []
  /** The long sample analysed from the start in a fresh page, then the batch; times, marks, NER workers. */
  async function analyseLongSample(lanes) {
    const tab = await openApp(ctx, shared, { lanes: String(lanes), idle: '3000' })
    await waitForModelReady(tab)
    const started = Date.now()
    await tab.click('[data-testid=sample-long]')
    await waitForRunState(tab, 'done', 170_000)
    const ms = Date.now() - started
    const marks = await visibleMarks(tab)
    if (paragraphs.length === 0) paragraphs.push(...(await tab.inputValue(SELECTORS.editor)).split('\n').slice(0, 120))
    const files = Array.from({ length: 6 }, (_, i) => ({
      name: `${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(paragraphs.slice(i * 20, i * 20 + 20).join('\n')),
    }))
    await tab.click('[data-tab=batch]')
    await tab.setInputFiles('[data-testid=batch-files]', files)
    await tab.waitForFunction(() => document.querySelectorAll('[data-testid=batch-list] li[data-status=done]').length === 6, null, { timeout: 120_000 })
    const batchEntities = await tab.textContent('[data-testid=batch-summary]')
    const nerWorkers = () => tab.workers().filter((w) => /ner\.worker/.test(w.url())).length
    const workers = nerWorkers()
    // Idle, every worker (helpers included) is terminated, so the browser gets their memory back.
    await waitFor(() => nerWorkers() === 0, 15_000, 'every NER worker released after 3 s idle')
    await tab.close()
    return { ms, marks, workers, batchEntities }
  }
  const one = await analyseLongSample(1) // also stores the model in this context's IndexedDB
  const requestsBefore = requests.length
  const two = await analyseLongSample(2)
  console.log(`    100,000 characters: ${one.ms} ms on one worker, ${two.ms} ms on two (${(one.ms / two.ms).toFixed(2)}x; one run each, page load included)`)
  assert.equal(one.workers, 1)
  assert.equal(two.workers, 2, 'the helper worker ran')
  assert.ok(one.marks.length > 1000, `${one.marks.length} marks`)
  assert.deepEqual(two.marks, one.marks, 'two workers find exactly what one finds')
  assert.match(one.batchEntities, /已分析 6 \/ 6 个文件 · [\d,]+ 个名称/)
  assert.equal(two.batchEntities, one.batchEntities, 'a batch on two workers finds as many entities')
  // The helper read the stored model: of the model folder only manifest.json was asked for (the page's
  // documented update check), no model file was downloaded again, and no request carries the text.
  const later = requests.slice(requestsBefore).map((r) => new URL(r.url).pathname)
  const modelFiles = later.filter((path) => path.includes('/models/') && !path.endsWith('/manifest.json'))
  assert.deepEqual(modelFiles, [], 'no model file downloaded again')
  assertPrivate(requests, ctx.origin, ['习近平', '新华社'].filter((s) => one.marks.some((m) => m.text === s)))
  await shared.close()
}, { timeoutMs: 400_000 })

test('while a new document is being analysed, Redact and Export offer nothing built from the old one', async (ctx) => {
  const { context: tab } = await newRecordedContext(ctx)
  const app = await openApp(ctx, tab)
  await waitForModelReady(app)
  await setTextAndWait(app, '文档甲：记者张伟在上海报道，李娜在深圳。')
  const panels = [['redact', 'redaction-panel', ['download', 'copy', 'download-docx']], ['export', 'export-panel', ['download', 'copy', 'download-annotated-docx', 'print']]]
  const disabled = async (panel, button) => app.isDisabled(`[data-testid=${panel}] [data-testid=${button}]`)
  await app.click('[data-tab=redact]')
  // The tab's Download waits for the common words, fetched when the tab is first shown (a 2-core CI machine took
  // longer than the click's round trip: 'document A, analysed: offered' failed one run of 2026-12-07, passed its retry).
  await app.waitForFunction((s) => document.querySelector(s)?.disabled === false, '[data-testid=redaction-panel] [data-testid=download]', { timeout: 10_000 })
    .catch(() => undefined)
  assert.equal(await disabled('redaction-panel', 'download'), false, 'document A, analysed: offered')
  // Document B replaces it whole: 30,000 characters, many seconds of analysis here.
  const documentB = Array.from({ length: 600 }, (_, i) => `第${i + 1}段：王芳在杭州会见了华为公司的代表。`).join('\n')
  await app.fill(SELECTORS.editor, documentB)
  await waitForRunState(app, 'running', 10_000)
  for (const [tabId, panel, buttons] of panels) {
    await app.click(`[data-tab=${tabId}]`)
    for (const button of buttons) assert.ok(await disabled(panel, button), `${tabId}: ${button} waits for the analysis`)
    assert.match(await app.textContent(`[data-testid=${panel}] [data-testid=partial-analysis]`), /分析尚未完成：完成后即可下载和复制/)
  }
  await screenshot(ctx, app, '23-export-waits-for-analysis')
  await waitForRunState(app, 'done', 170_000)
  const { text } = await downloadText(app, () => app.click('[data-testid=export-panel] [data-testid=download]'))
  assert.equal(JSON.parse(text).text, documentB)
  await app.click('[data-tab=redact]')
  const redacted = await downloadText(app, () => app.click('[data-testid=redaction-panel] [data-testid=download]'))
  assert.ok(!redacted.text.includes('文档甲') && redacted.text.startsWith('第1段：'), redacted.text.slice(0, 40))
  assert.ok(!/王芳|杭州/.test(redacted.text), 'document B redacted whole')
  await tab.close()
}, { timeoutMs: 240_000 })

test('in a 20,000-character document the highlighted view follows the editor to the same paragraph, at 1280 and 360 px', async (ctx) => {
  // QA: the view scrolled by its height, in which the paragraphs not laid out yet had a guessed height: with the
  // editor at half-way on paragraph 109 the view showed 89 (95 and 40 at 360 px), and once nothing at all.
  const sentences = [
    '今年春天，青禾市文化局局长周明远在市图书馆主持了一场关于古籍保护的座谈会，来自南州大学和东岭研究院的专家参加了讨论。',
    '会后，周明远与东岭研究院副院长韩素琴一同前往白鹭湖畔的档案馆，查看了新近修复的地方志。',
    '据悉，星河科技有限公司将为该项目提供数字化扫描设备，公司创始人唐一鸣表示愿意长期合作。',
    '与此同时，西岚县政府宣布在云栖镇修建一座新的博物馆，预计明年秋季向公众开放。',
    '记者林晓雨从现场发回报道说，许多市民专程从邻近的江宁市赶来参观。',
  ]
  let text = ''
  for (let i = 0; text.length < 20_000; i++) text += `第${i + 1}段\u3000${sentences[i % 5]}${sentences[(i + 2) % 5]}\n`
  text = text.slice(0, 20_000)
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 800 }]) {
    const { context: wide } = await newRecordedContext(ctx, { viewport })
    const app = await openApp(ctx, wide)
    await waitForModelReady(app)
    await setTextAndWait(app, text)
    for (const ratio of [0.25, 0.5, 0.75, 0.1, 0.9, 0.95]) {
      await app.locator(SELECTORS.editor).scrollIntoViewIfNeeded()
      await app.locator(SELECTORS.editor).evaluate((area, r) => { area.scrollTop = r * (area.scrollHeight - area.clientHeight) }, ratio)
      await app.waitForTimeout(300)
      // The paragraph at the editor's middle, from a copy of its text laid out line by line at its width.
      const inEditor = await app.locator(SELECTORS.editor).evaluate((area) => {
        const style = getComputedStyle(area)
        const copy = document.createElement('div')
        for (const p of ['font', 'lineHeight', 'letterSpacing', 'wordBreak', 'overflowWrap', 'paddingLeft', 'paddingRight']) copy.style[p] = style[p]
        Object.assign(copy.style, { whiteSpace: 'pre-wrap', position: 'absolute', visibility: 'hidden', boxSizing: 'border-box', width: `${area.clientWidth}px`, paddingTop: '0', paddingBottom: '0' })
        document.body.append(copy)
        const middle = area.scrollTop + area.clientHeight / 2 - parseFloat(style.paddingTop)
        let y = 0
        let found = ''
        for (const line of area.value.split('\n')) {
          copy.textContent = line || ' '
          y += copy.getBoundingClientRect().height
          if (y > middle) { found = line; break }
        }
        copy.remove()
        return Number(found.match(/^第(\d+)段/)?.[1])
      })
      // The paragraph at the view's middle, where the visitor sees it (scrolled into sight on a phone).
      await app.locator(SELECTORS.view).scrollIntoViewIfNeeded()
      await app.waitForTimeout(300)
      const inView = await app.locator(SELECTORS.view).evaluate((view) => {
        const box = view.getBoundingClientRect()
        const line = document.elementFromPoint(box.left + 30, box.top + box.height / 2)?.closest('.view-line')
        return Number(line?.textContent.match(/^第(\d+)段/)?.[1])
      })
      assert.ok(Math.abs(inView - inEditor) <= 2, `${viewport.width} px, editor at ${ratio}: paragraph ${inEditor} in the editor, ${inView} in the view`)
    }
    await wide.close()
  }
}, { timeoutMs: 240_000 })

test('in a 300,000-character document, select all, delete and undo in the editor take well under seconds', async (ctx) => {
  // QA: with the view's off-screen chunks skipped (content-visibility), Chromium checked each of them against every
  // new selection in the editor: Ctrl+A froze the tab 5-7 s at 300,000 characters (61-73 s at 990,000), deleting
  // the selection 3.5 s (at 990,000 characters, the undo that brings it back selected took 92-129 s); a bare
  // textarea takes 0.1 s.
  const { context: tab } = await newRecordedContext(ctx, { viewport: { width: 1440, height: 900 } })
  const app = await openApp(ctx, tab)
  await waitForModelReady(app)
  const paragraph = '新华社北京电，国务院总理李强在人民大会堂会见了来访的法国总统马克龙。\n双方就中法关系交换了意见，外交部长王毅参加了会见。\n'
  const text = paragraph.repeat(Math.ceil(300_000 / paragraph.length)).slice(0, 300_000)
  // Set as a paste would (page.fill types it in through the editor's input, over 30 s here).
  await analysisAfter(app, () => app.locator(SELECTORS.editor).evaluate((area, value) => {
    area.value = value
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, text), 170_000)
  const chunks = await app.locator(`${SELECTORS.view} .view-chunk`).count()
  const frame = () => app.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const timed = async (key) => {
    const started = Date.now()
    await app.keyboard.press(key)
    await frame()
    return Date.now() - started
  }
  /** The line at the middle of the view, where the visitor sees it. */
  const middleLine = () => app.locator(SELECTORS.view).evaluate((view) => {
    const box = view.getBoundingClientRect()
    return document.elementFromPoint(box.left + 30, box.top + box.height / 2)?.closest('.view-line')?.textContent ?? ''
  })
  await app.locator(SELECTORS.editor).evaluate((area) => { area.scrollTop = (area.scrollHeight - area.clientHeight) / 2 })
  await app.waitForTimeout(500)
  await app.focus(SELECTORS.editor)
  const selectAll = await timed('Control+A')
  assert.equal(await app.locator(SELECTORS.editor).evaluate((area) => area.selectionEnd - area.selectionStart), text.length)
  assert.ok((await middleLine()).length > 10, 'the view still shows its text while the editor holds the selection')
  const remove = await timed('Delete')
  assert.equal(await app.inputValue(SELECTORS.editor), '')
  const undo = await timed('Control+Z')
  assert.equal(await app.inputValue(SELECTORS.editor), text, 'the undo brings the text back, selected')
  const collapse = await timed('ArrowRight')
  console.log(`    ${chunks} chunks; Ctrl+A ${selectAll} ms, Delete ${remove} ms, Ctrl+Z ${undo} ms, caret ${collapse} ms`)
  // Generous bounds for a 2-core machine shared with model training; the old code took several times as long.
  for (const [what, ms] of [['Ctrl+A', selectAll], ['Delete', remove], ['Ctrl+Z', undo], ['collapsing the selection', collapse]]) {
    assert.ok(ms < 2000, `${what} took ${ms} ms`)
  }
  // With the selection gone, the view is as before: all the text, off-screen chunks skipped again.
  await waitForRunState(app, 'done', 60_000)
  const after = await app.locator(`${SELECTORS.view} [lang=zh]`).evaluate((root) => ({
    text: root.textContent,
    skipped: [...root.children].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length,
    open: root.querySelectorAll('[data-open]').length,
    hiddenLines: [...root.querySelectorAll('.view-line')].filter((line) => getComputedStyle(line).display === 'none').length,
  }))
  assert.equal(after.text, text, "the view's text is the document's")
  assert.equal(after.skipped, chunks, 'every chunk skips layout off screen again')
  assert.equal(after.open + after.hiddenLines, 0, 'no chunk is left opened or shelved')
  await tab.close()
}, { timeoutMs: 240_000 })
