// The Batch tab with a 50-row sheet, keyboard and phone (a11y QA): every row was a Tab stop of its own (50 between
// Clear and the export's formats); the list a fixed 288 px, taller than the window at 320 × 256 (400% zoom); on a phone
// only the name in a row took a tap (103 × 20 px of a 51 px row); the start was announced in files ("1 file") and
// the rest in records; the summary was read twice in browse mode; a touch screen was told to drop files.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, newRecordedContext, openApp, openTab, recordLiveRegions, screenshot, waitForModelReady } from '../helpers.mjs'

const ROWS = 50
const NAMES = ['张伟', '李娜', '王刚', '刘洋', '陈静']
const text = (i) => `第${i}条：今天${NAMES[i % 5]}和${NAMES[(i + 2) % 5]}去杭州开会。`
const CSV = { name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(['id,text', ...Array.from({ length: ROWS }, (_, i) => `${9000 + i},${text(i)}`)].join('\n')) }

async function batchOfRows(page) {
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', CSV)
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=batch-list] li[data-status=done]').length === n && !document.querySelector('[data-testid=batch-stop]'), ROWS, { timeout: 120_000 })
  await page.waitForTimeout(400)
}

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement
  return { row: el?.dataset.row ?? null, testid: el?.dataset.testid ?? null, inList: Boolean(el?.closest('[data-testid=batch-list]')), name: el?.getAttribute('name') ?? null }
})

test('Batch: the list of 50 rows is one Tab stop, the arrow keys move among its rows, Enter opens one', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 1280, height: 900 } })
  await context.addInitScript(recordLiveRegions)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await page.evaluate(() => window.__announced.splice(0))
  await batchOfRows(page)

  // The start is said in records, as the rest is (it said "1 file" for one .csv, then "25% of the records"). Where the
  // first quarter of the rows is done before the region's text is next rendered (a fast machine: clean-clone CI), the
  // start is never in the page and the first words are that quarter's; either way nothing counts files.
  const said = (await page.evaluate(() => window.__announced.splice(0))).filter((a) => a.region === 'batch-announcement').map((a) => a.text)
  assert.match(said[0] ?? '', /^(正在分析 50 条记录|批量分析：已完成 25% 的记录)/u, said.join(' | '))
  assert.ok(said.every((s) => !/个文件/u.test(s)), said.join(' | '))
  assert.match(said.at(-1) ?? '', /^已分析 50 \/ 50 条记录/u, said.join(' | '))
  // The summary once in browse mode: the status line holds it, the visible copy is hidden from screen readers.
  const summary = page.locator('[data-testid=batch-summary]')
  assert.equal((await page.textContent('[data-testid=batch-announcement]')).trim(), (await summary.textContent()).trim())
  assert.equal(await summary.getAttribute('aria-hidden'), 'true')

  assert.equal(await page.locator('[data-testid=batch-list] [tabindex="0"], [data-testid=batch-list] button:not([tabindex])').count(), 1, 'one Tab stop in the list')
  await page.focus('[data-testid=batch-clear]')
  await page.keyboard.press('Tab')
  assert.deepEqual(await focused(page), { row: '0', testid: null, inList: true, name: null })
  await page.keyboard.press('Tab')
  const after = await focused(page)
  assert.equal(after.inList, false, 'one Tab leaves the list')
  assert.equal(after.name, 'batch-format', 'for the export\'s formats')
  await page.keyboard.press('Shift+Tab')
  assert.equal((await focused(page)).row, '0')

  await page.keyboard.press('ArrowDown')
  assert.equal((await focused(page)).row, '1')
  await page.keyboard.press('End')
  assert.equal((await focused(page)).row, String(ROWS - 1))
  // The row moved to is scrolled into the list's box.
  const inBox = () => page.evaluate(() => {
    const box = document.querySelector('[data-testid=batch-list]').getBoundingClientRect()
    const row = document.activeElement.getBoundingClientRect()
    return row.top >= box.top - 1 && row.bottom <= box.bottom + 1
  })
  assert.equal(await inBox(), true, 'the last row in sight')
  await page.locator('[data-testid=batch-list]').screenshot({ path: await screenshot(ctx, page, 'batch-50-focused-row') })
  await page.keyboard.press('PageUp')
  const up = Number((await focused(page)).row)
  assert.ok(up < ROWS - 2 && up > 0, `Page Up went to ${up}`)
  assert.equal(await inBox(), true)
  await page.keyboard.press('Home')
  assert.equal((await focused(page)).row, '0')
  await page.keyboard.press('PageDown')
  assert.ok(Number((await focused(page)).row) > 1)
  await page.keyboard.press('ArrowUp')
  const at = Number((await focused(page)).row)
  // Tab out and back: the row last moved to is the stop.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Tab')
  assert.equal((await focused(page)).row, String(at))
  assert.equal(await page.locator('[data-testid=batch-list] [tabindex="0"]').count(), 1)

  // Enter opens it, as before.
  await analysisAfter(page, () => page.keyboard.press('Enter'))
  assert.equal(await page.inputValue(SELECTORS.editor), text(at))

  // The export's formats under a heading, as the copies are.
  await openTab(page, 'batch')
  assert.equal(await page.locator('section[aria-labelledby=batch-names-heading] input[name=batch-format]').count(), 4)
  assert.equal((await page.textContent('h4#batch-names-heading')).trim(), '找到的名称')
  await screenshot(ctx, page, 'batch-50-desktop', { fullPage: true })
  await context.close()
})

test('Batch on a phone: a whole row is its button, no word of dragging; at 320 × 256 the list leaves room to scroll past', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse) and (hover: none)').matches), true)
  assert.doesNotMatch(await page.textContent('[data-testid=batch-intro]'), /拖到这里/u)
  assert.equal(await page.locator('[data-testid=batch-drop-words]').count(), 0, 'no "drop files here" on a touch screen')
  await batchOfRows(page)

  const row = page.locator('[data-testid=batch-list] li').nth(3)
  const [li, button] = await Promise.all([row.boundingBox(), row.locator('button').boundingBox()])
  assert.ok(button.height >= li.height - 2 && button.width >= li.width - 2, `button ${button.width}×${button.height} of row ${li.width}×${li.height}`)
  // A tap on the row's counts, under its name, opens it.
  await row.locator('[data-count]').first().scrollIntoViewIfNeeded()
  await screenshot(ctx, page, 'batch-50-phone')
  await screenshot(ctx, page, 'batch-50-phone-full', { fullPage: true })
  await analysisAfter(page, () => row.locator('[data-count]').first().tap())
  assert.equal(await page.inputValue(SELECTORS.editor), text(3))

  // 400% zoom of a 1280 × 1024 window: the list is no taller than 60% of the window.
  await page.setViewportSize({ width: 320, height: 256 })
  await openTab(page, 'batch')
  const list = await page.locator('[data-testid=batch-list]').evaluate((el) => el.getBoundingClientRect().height)
  assert.ok(list <= 256 * 0.6 + 1, `list ${list} px tall in a 256 px window`)
  await context.close()
})

test('Batch on a desktop still says the files can be dropped', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await openTab(page, 'batch')
  assert.match(await page.textContent('[data-testid=batch-intro]'), /可选择文件，或拖到这里。$/u)
  assert.equal(await page.locator('[data-testid=batch-drop-words]').count(), 1)
  await context.close()
})
