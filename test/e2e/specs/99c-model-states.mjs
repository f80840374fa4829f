// What the highlighted view's pane says about the model (design QA): while it downloads, a line with the sizes and that
// it is downloaded once, not an empty view inviting typing; once ready with no text, that it is ready, in the room
// that was a blank band; no room kept for a run or a picked name while there is no text, and the view still does not
// move while a paragraph is typed and analysed. A failed download: one message with one Try again, in the pane, no
// switch to the Model tab and no scroll; a missing file (HTTP 404) worded apart from a lost connection; and text
// typed meanwhile told that its names are not highlighted.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, waitForModelReady } from '../helpers.mjs'

const LAPTOP = { viewport: { width: 1366, height: 768 }, colorScheme: 'light' }
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
const PARAGRAPH = '今天上午，王小明在成都参加了一个关于城市交通的座谈会。'

/** Boxes of the pane's parts, in CSS px. */
function paneBoxes(page) {
  return page.evaluate(() => {
    const box = (selector) => {
      const el = document.querySelector(selector)
      if (!el) return null
      const r = el.getBoundingClientRect()
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height, shown: r.height > 0 && getComputedStyle(el).display !== 'none' }
    }
    return { progress: box('[data-testid=analysis-progress]'), picked: box('[data-testid=picked-entity]'), view: box('[data-testid=highlight-view]') }
  })
}

test('first visit: the pane says the model downloads, then that it is ready, with no blank band; the view keeps its place while typing', async (ctx) => {
  const { context } = await newRecordedContext(ctx, LAPTOP)
  ctx.server.state.slow = { pattern: /model\.onnx$/, bytesPer100ms: ctx.realModel ? 300_000 : 2_000 }
  let page
  try {
    page = await openApp(ctx, context)
    // The sizes, the percent and "once": not the file's name (it was "正在下载模型（model.onnx）：…").
    const line = await (await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid=analysis-progress] [data-testid=load-phase]')?.textContent ?? ''
      return /[1-9]\d*%/.test(text) ? text : null // (some bytes in: "0 B" has no unit of the model's)
    }, null, { timeout: 60_000, polling: 20 })).jsonValue()
    assert.match(line, /^正在下载模型（[\d.]+\s[KM]B\s\/\s[\d.]+\s[KM]B，\d+%），只在首次使用时下载一次$/u)
    assert.doesNotMatch(line, /model\.onnx/)
    // The view does not invite typing as if the model were ready (it said "输入文字后，…会在这里高亮显示").
    assert.equal((await page.textContent(SELECTORS.view)).trim(), '', 'the empty view says nothing while the model downloads')
  } finally {
    ctx.server.state.slow = null
  }
  await waitForModelReady(page)
  const ready = page.locator('[data-testid=model-ready-hint]')
  await ready.waitFor()
  assert.equal((await ready.textContent()).trim(), '模型已就绪：粘贴文字或点一个示例开始。')
  // No blank band above the view: the line (52 px, 20 of them text) and an empty correction row (24 px) were 96 px to
  // the view's top; now one box with the model's state in it, then the view.
  const empty = await paneBoxes(page)
  console.log(`  empty, ready: status box ${empty.progress.height} px, correction row shown ${empty.picked.shown}, box bottom to view top ${empty.view.top - empty.progress.bottom} px`)
  assert.equal(empty.picked.shown, false, 'no empty correction row')
  assert.ok(empty.view.top - empty.progress.bottom <= 13, `one gap between the box and the view: ${empty.view.top - empty.progress.bottom} px`)

  // A paragraph typed key by key, each pause analysed: the view's top on the page (the click in the editor may scroll
  // the window) at every frame.
  await page.evaluate(() => {
    window.__tops = []
    const tick = () => {
      window.__tops.push(Math.round(document.querySelector('[data-testid=highlight-view]').getBoundingClientRect().top * 10 + scrollY * 10) / 10)
      if (!window.__stopTops) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  await page.click(SELECTORS.editor)
  for (const char of PARAGRAPH) {
    await page.keyboard.type(char)
    await page.waitForTimeout(char === '，' ? 700 : 60) // pauses long enough for runs to start and end
  }
  await page.locator(`${SELECTORS.progress}[data-run-state=done]`).waitFor({ timeout: 30_000 })
  await page.waitForTimeout(500)
  const tops = [...new Set(await page.evaluate(() => {
    window.__stopTops = true
    return window.__tops
  }))]
  const runs = Number(await page.getAttribute(SELECTORS.progress, 'data-completed-runs'))
  console.log(`  typing ${PARAGRAPH.length} characters, ${runs} runs: view tops ${tops.join(', ')} (empty: ${empty.view.top})`)
  assert.ok(runs >= 2, `runs while typing: ${runs}`)
  assert.deepEqual(tops, [Math.round(empty.view.top * 10) / 10], 'the view does not move from the empty page through the paragraph typed and analysed')
  await context.close()
}, { timeoutMs: 120_000 })

test('model download blocked on a phone: one message with one Try again in the pane, no tab switch, no scroll; typed text told why it is plain', async (ctx) => {
  const { context } = await newRecordedContext(ctx, PHONE)
  await context.route('**/model.onnx', (route) => route.abort('internetdisconnected'))
  const page = await openApp(ctx, context)
  const error = page.locator('[data-testid=analysis-error]')
  await error.filter({ hasText: '请检查网络连接' }).waitFor({ timeout: 30_000 })
  await page.waitForTimeout(2500) // (the download is tried once more after 1 s)
  const retries = await page.locator('button:visible', { hasText: /^\s*重试\s*$/u }).count()
  const scrollY = await page.evaluate(() => scrollY)
  const modelTab = await page.getAttribute('[data-tab=model]', 'aria-selected')
  console.log(`  blocked: ${retries} Try again shown, scrollY ${scrollY}, Model tab selected ${modelTab}`)
  assert.equal(retries, 1, 'one Try again (there was a second on the Model tab, which the page switched to)')
  assert.equal(modelTab, 'false', 'the page does not switch to the Model tab')
  assert.equal(scrollY, 0, 'the page does not scroll to a Try again')
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'analysis-retry', 'focus, which was nowhere, is on Try again')
  const alerts = await page.$$eval('[role=alert]', (all) => all.map((a) => a.textContent.trim()).filter(Boolean))
  assert.equal(alerts.length, 1, `one alert: ${alerts}`)
  assert.match(alerts[0], /请检查网络连接/)
  // Text typed with the model failed shows plain: the line near the view says why.
  await page.fill(SELECTORS.editor, PARAGRAPH)
  await page.locator(`${SELECTORS.progress}[data-run-state=error]`).waitFor({ timeout: 30_000 })
  await page.locator('[data-testid=not-highlighted]').filter({ hasText: '模型加载之前，文本中的名称不会高亮显示。' }).waitFor()
  assert.equal(await page.locator('button:visible', { hasText: /^\s*重试\s*$/u }).count(), 1, 'still one Try again')
  await context.close()
})

test('a model file missing on the site (HTTP 404) is not worded as a lost connection', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { ...LAPTOP, colorScheme: 'dark' })
  await context.route('**/model.onnx', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }))
  const page = await openApp(ctx, context)
  const error = page.locator('[data-testid=analysis-error]')
  await error.waitFor({ timeout: 30_000 })
  const text = await error.textContent()
  assert.match(text, /网站上找不到模型文件，请稍后再试。/u)
  assert.doesNotMatch(text, /网络连接/u, 'not "check the connection"')
  await context.close()
})

/** The view's top on the page, in CSS px. */
const viewTop = (page) => page.evaluate(() => Math.round(document.querySelector('[data-testid=highlight-view]').getBoundingClientRect().top + scrollY))

test('the first character typed does not move the view: after a failed download (1366 and 390 px), and on a phone with the model ready; no blank band around the failure; the Entities tab says the names wait for the model', async (ctx) => {
  // Re-check QA: the failure's message and Try again were taller than the box's least height, and the (empty)
  // correction row came back at the first character: 14 px at 1366 px, 34 at 390 px (zh-CN); with the model ready on
  // a phone the hint came in two lines, taller than the room kept for it: 8 px at 390 px (en-US).
  const cases = [
    { name: '1366 zh-CN failed', options: LAPTOP, fail: true },
    { name: '1366 en-US failed', options: { ...LAPTOP, locale: 'en-US' }, fail: true },
    { name: '390 zh-CN failed', options: PHONE, fail: true },
    { name: '390 en-US ready', options: { ...PHONE, locale: 'en-US' }, fail: false },
  ]
  const shifts = []
  let phoneFailed = null
  for (const { name, options, fail } of cases) {
    const { context } = await newRecordedContext(ctx, options)
    if (fail) await context.route('**/model.onnx', (route) => route.abort('internetdisconnected'))
    const page = await openApp(ctx, context)
    if (fail) await page.locator('[data-testid=analysis-error]').waitFor({ timeout: 30_000 })
    else await waitForModelReady(page)
    await page.waitForTimeout(fail ? 2500 : 500) // (a failed download is tried once more after 1 s)
    const before = await viewTop(page)
    await page.focus(SELECTORS.editor)
    await page.keyboard.type('张')
    if (fail) await page.locator(`${SELECTORS.progress}[data-run-state=error]`).waitFor({ timeout: 30_000 })
    else await page.locator(`${SELECTORS.progress}[data-run-state=done]`).waitFor({ timeout: 30_000 })
    await page.waitForTimeout(1500)
    const after = await viewTop(page)
    shifts.push(`${name}: ${before} → ${after}`)
    if (fail && options === PHONE) {
      // No blank band above or below the message: the line kept free for the model's dev figures was one above it,
      // and the empty correction row one below (~48 px each at 390 px).
      const bands = await page.evaluate(() => {
        const box = (selector) => document.querySelector(selector).getBoundingClientRect()
        const view = box('[data-testid=highlight-view]')
        const slider = document.querySelector('#highlight-heading').closest('section').querySelector('input[type=range]').getBoundingClientRect()
        const pane = box('[data-testid=analysis-progress]')
        const error = box('[data-testid=analysis-error]')
        return { above: Math.round(pane.top - slider.bottom), inside: Math.round(error.top - pane.top), below: Math.round(view.top - pane.bottom) }
      })
      console.log(`  ${name}, typed: slider to box ${bands.above} px, box top to message ${bands.inside} px, box to view ${bands.below} px`)
      phoneFailed = { bands, none: (await page.textContent('[data-testid=entities-none]')).trim() }
    }
    await context.close()
  }
  console.log(`  view top before → after the first character: ${shifts.join('; ')}`)
  assert.deepEqual(shifts.filter((s) => { const [a, b] = s.split(': ')[1].split(' → '); return a !== b }), [], 'the view does not move')
  const { bands, none } = phoneFailed
  assert.ok(bands.above <= 24 && bands.inside <= 16 && bands.below <= 13, `no blank band: ${JSON.stringify(bands)}`)
  // The Entities tab: the text is there, the model is not (it asked to type or paste some text).
  assert.equal(none, '模型加载之后，这里会列出文中的名称。')
}, { timeoutMs: 150_000 })

test('a phone\'s download line keeps its percent in full at 320–390 px in each language', async (ctx) => {
  // Re-check QA: the bar kept its 96 px and the line lost the rest: "Downloading the model… 2…" at 390 px (192 px of
  // text in 190), the box's border and padding having taken 26 px of the row.
  ctx.server.state.slow = { pattern: /model\.onnx$/, bytesPer100ms: ctx.realModel ? 120_000 : 1_000 }
  try {
    for (const width of [320, 390]) {
      for (const locale of ['en-US', 'zh-CN', 'zh-TW']) {
        const { context } = await newRecordedContext(ctx, { ...PHONE, viewport: { width, height: 800 }, locale })
        const page = await openApp(ctx, context)
        const line = await (await page.waitForFunction(() => {
          const el = document.querySelector('[data-testid=analysis-progress] [data-testid=load-phase-short]')
          return el && /\d\d%/.test(el.textContent) ? { text: el.textContent.trim(), scroll: el.scrollWidth, client: el.clientWidth } : null
        }, null, { timeout: 60_000, polling: 50 })).jsonValue()
        const bar = await page.locator('[data-testid=analysis-progress] [data-testid=load-progress]').boundingBox()
        console.log(`  ${width} px ${locale}: "${line.text}" ${line.scroll} px in ${line.client}, bar ${Math.round(bar.width)} px`)
        assert.ok(line.scroll <= line.client, `the line in full: ${JSON.stringify(line)}`)
        assert.ok(bar.width >= 96, `the bar still there: ${bar.width} px`)
        await context.close()
      }
    }
  } finally {
    ctx.server.state.slow = null
  }
}, { timeoutMs: 150_000 })
