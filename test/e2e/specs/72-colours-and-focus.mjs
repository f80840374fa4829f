// Colours axe cannot judge: forced colours (Windows' contrast themes), a legend type switched off, focus rings
// on the highlighted names and on the row of tabs, which scrolls sideways and so clips what lies outside it.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const TEXT = '国务院总理李强在北京会见了客人。'
// Names from the dictionary, so that every type is marked whatever the model under test finds.
const DICTIONARY = '李强 人名\n北京 地名\n国务院 机构名'

/** `rgb(r, g, b)` or `rgba(r, g, b, a)` as numbers. */
function rgba(css) {
  const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number)
  return { r, g, b, a }
}

/** `top` (possibly translucent) drawn over the opaque `bottom`, as rgb(). */
function over(top, bottom) {
  const t = rgba(top)
  const b = rgba(bottom)
  const mix = (x, y) => Math.round(x * t.a + y * (1 - t.a))
  return `rgb(${mix(t.r, b.r)}, ${mix(t.g, b.g)}, ${mix(t.b, b.b)})`
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(one, two) {
  const luminance = (css) => {
    const { r, g, b } = rgba(css)
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * R + 0.7152 * G + 0.0722 * B
  }
  const [hi, lo] = [luminance(one), luminance(two)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The page with every type marked; `light`: the light theme. */
async function markedPage(ctx, options, { light = false } = {}) {
  const { context } = await newRecordedContext(ctx, { reducedMotion: 'reduce', ...options })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  if (light) await page.click('[data-testid=theme-toggle]')
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', DICTIONARY)
  await setTextAndWait(page, TEXT)
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 3)
  return { context, page }
}

test('forced colours: highlighted names are solid Mark on MarkText, the selected tab keeps a visible underline', async (ctx) => {
  for (const colorScheme of ['dark', 'light']) {
    const { context, page } = await markedPage(ctx, { forcedColors: 'active', colorScheme })
    await openTab(page, 'entities')
    const marks = await page.$$eval('mark.entity', (all) => all.map((m) => {
      const style = getComputedStyle(m)
      return { text: m.textContent, background: style.backgroundColor, color: style.color }
    }))
    assert.ok(marks.length >= 3)
    for (const mark of marks) {
      assert.equal(rgba(mark.background).a, 1, `${colorScheme}: ${mark.text}'s background is solid, not ${mark.background}`)
      const ratio = contrast(mark.color, mark.background)
      assert.ok(ratio >= 4.5, `${colorScheme}: ${mark.text} is ${ratio.toFixed(2)}:1`)
    }
    // Each tab's underline as drawn over the panel (Chromium's Highlight is 80 % opaque).
    const tabs = await page.$$eval('[role=tab]', (all) => {
      const canvas = getComputedStyle(all[0].closest('.panel')).backgroundColor
      return all.map((tab) => ({ selected: tab.getAttribute('aria-selected') === 'true', line: getComputedStyle(tab).borderBottomColor, canvas }))
    })
    for (const { selected, line, canvas } of tabs) {
      const ratio = contrast(over(line, canvas), canvas)
      if (selected) assert.ok(ratio >= 3, `${colorScheme}: the selected tab's underline ${line} stands out from ${canvas} (${ratio.toFixed(2)}:1)`)
      else assert.ok(ratio < 1.5, `${colorScheme}: another tab has an underline too (${line}), the selected one is not told apart`)
    }
    await screenshot(ctx, page, `72-forced-colours-${colorScheme}`)
    await context.close()
  }
})

test('forced colours: the language in use stands out from the other two; the analysis bar keeps a track and a value', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { forcedColors: 'active', colorScheme: 'dark' })
  const page = await openApp(ctx, context)
  const languages = await page.$$eval('[data-locale]', (all) => all.map((button) => {
    const style = getComputedStyle(button)
    return { pressed: button.getAttribute('aria-pressed') === 'true', background: style.backgroundColor, decoration: style.textDecorationLine }
  }))
  const pressed = languages.find((l) => l.pressed)
  const others = languages.filter((l) => !l.pressed)
  assert.equal(others.length, 2)
  for (const other of others) {
    assert.ok(contrast(pressed.background, other.background) >= 3, `the pressed language (${pressed.background}) stands out from ${other.background}`)
    assert.equal(other.decoration, 'none')
  }
  assert.match(pressed.decoration, /underline/, 'and is underlined: not told by colour alone')
  // (AnalysisProgress's bar, drawn with background colours that forced colours drop: QA saw none at all)
  const bar = await page.evaluate(() => {
    const probe = Object.assign(document.createElement('progress'), { className: 'analysis-bar', max: 2, value: 1 })
    document.body.append(probe)
    const style = getComputedStyle(probe)
    const out = { adjust: style.forcedColorAdjust, border: `${style.borderTopStyle} ${style.borderTopWidth}` }
    probe.remove()
    return out
  })
  assert.deepEqual(bar, { adjust: 'none', border: 'solid 1px' })
  await context.close()
})

test('a legend type switched off is struck through in a colour that keeps 4.5:1, not faded', async (ctx) => {
  for (const light of [false, true]) {
    const { context, page } = await markedPage(ctx, {}, { light })
    await page.click('[data-legend-type=LOC]')
    assert.equal(await page.getAttribute('[data-legend-type=LOC]', 'aria-pressed'), 'false')
    await page.mouse.move(0, 0) // no hover colour
    const button = await page.$eval('[data-legend-type=LOC]', (el) => {
      let opacity = 1
      for (let node = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity)
      const style = getComputedStyle(el)
      const texts = [el, ...el.querySelectorAll('span:not([aria-hidden])')].map((node) => getComputedStyle(node).color)
      return { opacity, texts, background: style.backgroundColor, decoration: style.textDecorationLine }
    })
    const theme = light ? 'light' : 'dark'
    assert.equal(button.opacity, 1, `${theme}: the button is not faded`)
    assert.match(button.decoration, /line-through/)
    for (const color of button.texts) {
      const ratio = contrast(color, button.background)
      assert.ok(ratio >= 4.5, `${theme}: the switched-off type's text is ${ratio.toFixed(2)}:1`)
    }
    await context.close()
  }
})

test('focus rings: a highlighted name\'s reaches 3:1 against the view in both themes; a tab\'s is not clipped by its row', async (ctx) => {
  for (const light of [false, true]) {
    const { context, page } = await markedPage(ctx, {}, { light })
    const theme = light ? 'light' : 'dark'
    const background = await page.$eval(SELECTORS.view, (el) => getComputedStyle(el).backgroundColor)
    await page.focus(SELECTORS.view)
    const seen = new Set()
    for (let i = 0; i < (await page.locator(SELECTORS.marks).count()); i++) {
      await page.keyboard.press('ArrowRight')
      const ring = await page.evaluate(() => {
        const el = document.activeElement
        const style = getComputedStyle(el)
        return { type: el.dataset.type, style: style.outlineStyle, color: style.outlineColor }
      })
      seen.add(ring.type)
      assert.equal(ring.style, 'solid', `${theme}: ${ring.type} shows a ring`)
      const ratio = contrast(ring.color, background)
      assert.ok(ratio >= 3, `${theme}: the ring on a ${ring.type} name is ${ratio.toFixed(2)}:1 against the view`)
    }
    for (const type of ['PER', 'LOC', 'ORG']) assert.ok(seen.has(type), `${theme}: a ${type} name was focused`)

    // The first tab, reached with the keyboard: its whole ring lies inside the row, which clips.
    await page.focus('[data-tab=export]')
    await page.keyboard.press('ArrowLeft')
    const fit = await page.evaluate(() => {
      const tab = document.activeElement
      const style = getComputedStyle(tab)
      const reach = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth))
      const box = tab.getBoundingClientRect()
      const row = tab.parentElement.getBoundingClientRect()
      return {
        tab: tab.dataset.tab,
        style: style.outlineStyle,
        outside: Math.max(row.left - (box.left - reach), row.top - (box.top - reach), box.right + reach - row.right, box.bottom + reach - row.bottom),
      }
    })
    assert.deepEqual([fit.tab, fit.style], ['entities', 'solid'])
    assert.ok(fit.outside <= 0, `${theme}: the first tab's ring reaches ${fit.outside}px outside the row that clips it`)
    const row = await page.locator('[role=tablist]').boundingBox()
    await screenshot(ctx, page, `72-tab-focus-${theme}`, { clip: { x: row.x - 8, y: row.y - 8, width: row.width + 16, height: row.height + 16 } })
    await context.close()
  }
})

test('marks take their type\'s hue from a CSS rule, so a threshold step restyles no mark', async (ctx) => {
  const { context, page } = await markedPage(ctx, {})
  // The hue per type (src/app/entityColors.ts), no inline style on the mark: Vue set every key of a mark's
  // inline style again at each re-render, 27,000 setProperty calls per slider step on a 200,000-character text.
  const marks = await page.$$eval('mark.entity', (all) => all.map((m) => ({
    type: m.dataset.type, style: m.getAttribute('style'), hue: getComputedStyle(m).getPropertyValue('--hue').trim(), background: getComputedStyle(m).backgroundColor,
  })))
  assert.deepEqual(marks.map((m) => [m.type, m.hue, m.style]).sort(), [['LOC', '236', null], ['ORG', '54', null], ['PER', '342', null]])
  assert.equal(new Set(marks.map((m) => m.background)).size, 3, `three types, three backgrounds: ${marks.map((m) => m.background)}`)
  const before = await page.evaluate(() => {
    const styles = new Set([...document.querySelectorAll('mark.entity')].map((m) => m.style))
    const original = CSSStyleDeclaration.prototype.setProperty
    window.__markStyleCalls = 0
    CSSStyleDeclaration.prototype.setProperty = function (...args) {
      if (styles.has(this)) window.__markStyleCalls++
      return original.apply(this, args)
    }
    const slider = document.querySelector('[data-testid=threshold]')
    slider.focus()
    return slider.value
  })
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
  const after = await page.evaluate(() => ({ value: document.querySelector('[data-testid=threshold]').value, calls: window.__markStyleCalls }))
  assert.notEqual(after.value, before, 'the slider moved')
  assert.equal(await page.locator('mark.entity').count(), 3, 'the dictionary\'s names stay marked')
  assert.equal(after.calls, 0, 'no style property set on a mark during two threshold steps')
  await context.close()
})

test('a name\'s type is told by its underline\'s style too, and its label is 11 px or more without taller lines', async (ctx) => {
  for (const width of [1366, 390]) {
    const { context, page } = await markedPage(ctx, { viewport: { width, height: 800 } }, { light: true })
    const marks = await page.$$eval('[data-testid=highlight-view] mark.entity', (all) => all.map((m) => {
      const style = getComputedStyle(m)
      return { type: m.dataset.type, line: style.borderBottomStyle, label: parseFloat(getComputedStyle(m, '::after').fontSize) }
    }))
    // A cue that needs no colour: 人名 and 地名 were two greys under deuteranopia (design QA).
    assert.deepEqual(marks.map((m) => [m.type, m.line]).sort(), [['LOC', 'dotted'], ['ORG', 'double'], ['PER', 'solid']])
    // 0.62em of the view's 16 px was 9.92 px at 1366, where 机构名 blurred at 1x (design QA).
    for (const mark of marks) assert.ok(mark.label >= 11, `${width}: ${mark.type}'s label is ${mark.label}px`)
    // The bigger label leaves the view's lines at its line height (2.1 × 16 px), with and without a name on them.
    await setTextAndWait(page, `${TEXT}今天天气很好，我们在公园里散步，然后回家吃饭，晚上早点休息。`.repeat(4))
    const pitches = await page.$eval('[data-testid=highlight-view]', (view) => {
      // The text's own glyph boxes, in and out of the marks (a mark's box, with its padding, ends off its line).
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT)
      const bottoms = new Set()
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) if (rect.height > 0) bottoms.add(Math.round(rect.bottom))
      }
      const sorted = [...bottoms].sort((a, b) => a - b)
      return sorted.slice(1).map((b, i) => b - sorted[i])
    })
    assert.ok(pitches.length >= 3, `${width}: several lines`)
    for (const pitch of pitches) assert.ok(pitch >= 33 && pitch <= 34, `${width}: a line ${pitch}px below the one before`)
    await context.close()
  }
})

test('the threshold\'s "?" stays with the sentence\'s last words instead of wrapping alone', async (ctx) => {
  if (!ctx.realModel) return // (the figures come from the real model's manifest)
  for (const locale of ['zh-CN', 'zh-TW', 'en']) {
    const { context } = await newRecordedContext(ctx, { locale, viewport: { width: 1366, height: 768 } })
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, TEXT)
    // The sentence's box made exactly as wide as the sentence on one line: the "?" then no longer fits after it, the
    // case that left it alone on a line in zh-CN and zh-Hant at 1366 and 1920 px (design QA).
    const where = await page.$eval('[data-testid=threshold-help]', (box) => {
      const sentence = box.querySelector('[data-testid=threshold-quality]')
      sentence.style.whiteSpace = 'nowrap'
      const width = sentence.getBoundingClientRect().width
      sentence.style.whiteSpace = ''
      box.style.width = `${Math.ceil(width)}px`
      const last = [...sentence.getClientRects()].at(-1)
      const help = box.querySelector('.help-mark').getBoundingClientRect()
      return { lines: sentence.getClientRects().length, lastTop: last.top, lastBottom: last.bottom, helpTop: help.top, helpBottom: help.bottom, lastRight: last.right, helpLeft: help.left }
    })
    assert.ok(where.helpTop < where.lastBottom && where.helpBottom > where.lastTop && where.helpLeft >= where.lastRight - 1,
      `${locale}: the "?" is on the sentence's last line, after it: ${JSON.stringify(where)}`)
    await context.close()
  }
})

test('the pairs of names are a grid: one column of arrows, each name wrapping in its own cell', async (ctx) => {
  const long = '法兰克福新建数据中心'
  for (const width of [1366, 390]) {
    const { context, page } = await markedPage(ctx, { viewport: { width, height: 900 } }, { light: true })
    await openTab(page, 'lexicon')
    await page.fill('[data-testid=lexicon-source]', `${DICTIONARY}\n${long} 地名\n董事会 机构名`)
    await setTextAndWait(page, `${TEXT}董事会决定在${long}会见李强。`)
    await openTab(page, 'entities')
    await page.locator('[data-testid=name-pair]').first().waitFor()
    const rows = await page.$$eval('[data-testid=name-pair]', (all) => all.map((pair) => {
      // Each name is its chip and its type in words (北京（地名）), wherever they wrapped.
      const chips = [...pair.querySelectorAll('.entity')]
      const types = [...pair.querySelectorAll('[data-testid=pair-type]')]
      const [a, b] = [0, 1].map((i) => {
        const rects = [chips[i], types[i]].flatMap((el) => [...el.getClientRects()])
        return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)), top: Math.min(...rects.map((r) => r.top)) }
      })
      const arrow = [...pair.querySelectorAll('span')].find((el) => el.textContent === '↔').getBoundingClientRect()
      const box = (el) => el.getBoundingClientRect()
      return { text: pair.textContent.replace(/\s+/g, ''), a, b, arrow, button: box(pair) }
    }))
    assert.ok(rows.length >= 4, `${width}: ${rows.length} pairs`)
    // The arrows were wherever each pair's first name ended, and a long pair broke as 「董事会（机构名）↔」 over
    // 「法兰克福新建数据中心（地名）」 (design QA).
    assert.equal(new Set(rows.map((r) => Math.round(r.arrow.left))).size, 1, `${width}: one column of arrows`)
    for (const { text, a, b, arrow, button } of rows) {
      assert.ok(a.right <= arrow.left && arrow.right <= b.left, `${width}: ${text}: name, arrow, name side by side`)
      assert.ok(arrow.top < a.top + 12 && arrow.top < b.top + 12, `${width}: ${text}: the arrow on the names' first line`)
      assert.ok(b.right <= button.right + 0.5, `${width}: ${text}: the second name inside its row`)
    }
    await screenshot(ctx, page, `72-name-pairs-${width}`)
    await context.close()
  }
})
