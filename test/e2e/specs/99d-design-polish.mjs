// Design QA, polish of the Redact and Export tabs, the editor and the Entities tab:
// - the "everywhere" switch's 9-line help was always open: folded behind Details as the rules' switch's, its count
//   kept in the label; the result box cut its 4th line in half; 遮盖 ■■■ wrapped alone onto the radios' 2nd line;
// - Download differed from Copy only by a thin outline: now filled with the accent, its text 4.5:1 or more;
// - in English "Long document (100,000 characters)" took a third row of samples at 1366 px;
// - at 768 x 1024 the Text card had ~170 px empty under a short box; the types read 人名, 机构名 / 地名 (CSS columns);
// - in the Traditional interface the user's text was marked zh: ，。 drawn bottom-left (mainland), not centred.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { analysisAfter, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const TEXT = '张伟在北京的联合国大楼见了李娜，张伟说下周再来。\n'

/** WCAG contrast of two computed rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/gu).slice(0, 3).map((v) => {
      const s = Number(v) / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

for (const locale of ['zh-CN', 'en']) {
  test(`${locale}, Redact tab at 1366 x 768: the everywhere help folded, whole lines in the result box, each mode on one line`, async (ctx) => {
    const { context } = await newRecordedContext(ctx, { locale, colorScheme: 'light', viewport: { width: 1366, height: 768 } })
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    // (QA: the long sample's label alone on a third row in English)
    const rows = await page.$$eval('[data-testid=samples] button', (bs) => new Set(bs.map((b) => Math.round(b.getBoundingClientRect().top))).size)
    assert.ok(rows <= 2, `samples on ${rows} rows`)
    await setTextAndWait(page, TEXT)
    await openTab(page, 'redact')
    const panel = '[data-testid=redaction-panel]'
    const box = page.locator(`${panel} [data-testid=everywhere-help]`)
    assert.equal(await box.isVisible(), false, 'the help is folded')
    const checkbox = page.locator(`${panel} [data-testid=redact-everywhere]`)
    assert.equal(await checkbox.getAttribute('aria-describedby'), await box.getAttribute('id'), 'folded, it still describes the box')
    assert.match(await page.locator('label', { has: page.locator('[data-testid=redact-everywhere]') }).textContent(), /\d/u, 'the count stays in sight, in the label')
    const toggle = page.locator(`${panel} [data-testid=everywhere-help-toggle]`)
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
    await toggle.click()
    assert.equal(await box.isVisible(), true)
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true')
    // The box shows whole lines: its height less padding and border a multiple of its line height.
    const lines = await page.$eval(`${panel} [data-testid=redacted-text]`, (el) => {
      const s = getComputedStyle(el)
      const inner = el.offsetHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth)
      return inner / parseFloat(s.lineHeight)
    })
    assert.ok(Math.abs(lines - Math.round(lines)) < 0.05, `${lines} lines in the box`)
    // Each mode whole on one line; in Chinese the three on one row.
    const modes = await page.$$eval('[data-redact-mode]', (inputs) => inputs.map((i) => ({ top: Math.round(i.getBoundingClientRect().top), label: i.closest('label').getClientRects().length, height: i.closest('label').getBoundingClientRect().height })))
    assert.ok(modes.every((m) => m.height < 30), JSON.stringify(modes))
    if (locale === 'zh-CN') assert.equal(new Set(modes.map((m) => m.top)).size, 1, `the modes on one row: ${JSON.stringify(modes)}`)
    await context.close()
  }, { timeoutMs: 120_000 })
}

for (const colorScheme of ['light', 'dark']) {
  test(`${colorScheme}: Download is filled with the accent, its text 4.5:1, Copy beside it is not`, async (ctx) => {
    const { context } = await newRecordedContext(ctx, { colorScheme, viewport: { width: 1366, height: 768 } })
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, TEXT)
    for (const tab of ['export', 'redact']) {
      await openTab(page, tab)
      const [download, copy] = await Promise.all(['download', 'copy'].map((id) => page.$eval(`[role=tabpanel]:not([hidden]) [data-testid=${id}]`, (b) => {
        const s = getComputedStyle(b)
        return { bg: s.backgroundColor, color: s.color, accent: getComputedStyle(document.documentElement).getPropertyValue('--neon').trim() }
      })))
      const accent = await page.evaluate((hex) => { const d = document.createElement('div'); d.style.color = hex; document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c }, download.accent)
      assert.equal(download.bg, accent, `${tab}: Download filled with the accent`)
      assert.notEqual(copy.bg, accent, `${tab}: Copy is not`)
      assert.ok(contrast(download.bg, download.color) >= 4.5, `${tab}: ${download.color} on ${download.bg}: ${contrast(download.bg, download.color).toFixed(2)}`)
    }
    await context.close()
  }, { timeoutMs: 120_000 })
}

test('768 x 1024: a short text\'s box fills its card; the types read row by row in the legend\'s order', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { colorScheme: 'light', viewport: { width: 768, height: 1024 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  // (the news sample: its highlights, label above each name, make their card taller than the text's)
  await analysisAfter(page, () => page.click('[data-testid=sample-news]'))
  const empty = await page.evaluate(() => document.querySelector('#editor').getBoundingClientRect().bottom - document.querySelector('[data-testid=char-count]').getBoundingClientRect().bottom)
  assert.ok(empty < 40, `${empty} px under the character count`)
  await openTab(page, 'entities')
  const groups = await page.$$eval('[data-testid=entity-groups] [data-group]', (gs) => gs.map((g) => ({ type: g.dataset.group, x: g.getBoundingClientRect().left, y: Math.round(g.getBoundingClientRect().top) })))
  assert.ok(groups.length >= 3, JSON.stringify(groups))
  const read = [...groups].sort((a, b) => a.y - b.y || a.x - b.x).map((g) => g.type)
  assert.deepEqual(read, groups.map((g) => g.type), 'reading order (rows, then left to right) is the document\'s')
  assert.equal(new Set(groups.map((g) => Math.round(g.x))).size, 2, 'two columns')
  await context.close()
}, { timeoutMs: 120_000, skip: (ctx) => (ctx.realModel ? undefined : 'needs three types found: the shipped model') })

test('the user\'s text is marked zh-Hant in the Traditional interface, zh in the Simplified one', async (ctx) => {
  for (const [locale, lang] of [['zh-TW', 'zh-Hant'], ['zh-CN', 'zh']]) {
    const { context } = await newRecordedContext(ctx, { locale })
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, '臺北，你好。')
    await openTab(page, 'redact')
    assert.equal(await page.getAttribute('[data-testid=editor]', 'lang'), lang, `${locale}: the editor`)
    assert.equal(await page.getAttribute('[data-testid=redacted-text]', 'lang'), lang, `${locale}: the result`)
    await context.close()
  }
}, { timeoutMs: 120_000 })
