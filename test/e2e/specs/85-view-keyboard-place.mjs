// Keyboard and screen-reader QA (a11y-report items 1-3, 10): the highlighted view keeps one current name, its roving
// tab stop. A name shown from the Entities tab becomes it (said politely, focus left on the button so that Enter goes
// on to the next occurrence), Tab and Shift+Tab come back to it, → goes on from it, "Never mark" says what it did in
// words and Escape then lands on the nearest name after it; a focused name says its type once.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, accessible, pageWithDictionary } from '../helpers.mjs'

const TEXT = '国务院总理李强在北京会见了客人。\n李强随后离开北京，前往上海和南京，再回北京。'
// Names from the dictionary, so that the occurrences do not depend on the model under test.
const DICTIONARY = '李强 人名\n北京 地名\n国务院 机构名'

const pageWithNames = (ctx, options = {}) => pageWithDictionary(ctx, { dictionary: DICTIONARY, text: TEXT, marks: 6, ...options })

/** The focused element: a name of the view as "text@block:offset", else its test id or tag. */
const focusedName = (page) => page.evaluate(() => {
  const el = document.activeElement
  if (el.tagName === 'MARK') return `${el.textContent}@${el.closest('[data-block]').dataset.block}:${el.dataset.offset}`
  return el.dataset.testid ?? el.tagName
})
/** Every name of the view, as focusedName gives them, in the text's order. */
const allNames = (page) => page.$$eval(SELECTORS.marks, (marks) => marks.map((m) => `${m.textContent}@${m.closest('[data-block]').dataset.block}:${m.dataset.offset}`))
/** The view's tab stops: its names with a tabindex of 0 (as above), and whether the view itself is one. */
const tabStops = (page) => page.evaluate((view) => ({
  names: [...document.querySelectorAll(`${view} mark[tabindex="0"]`)].map((m) => `${m.textContent}@${m.closest('[data-block]').dataset.block}:${m.dataset.offset}`),
  view: document.querySelector(view).tabIndex === 0,
  buttons: document.querySelectorAll(`${view} mark[role], ${view} mark[aria-label]`).length,
}), SELECTORS.view)
const announcement = (page) => page.$eval('[data-testid=view-announcement]', (el) => el.textContent.replace(/\s+/g, ' ').trim())

/** Shift+Tab until the focus is in the view (at most `limit` presses); the name or element it lands on. */
async function shiftTabIntoView(page, limit = 8) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Shift+Tab')
    if (await page.evaluate((view) => document.querySelector(view).contains(document.activeElement), SELECTORS.view)) return focusedName(page)
  }
  return null
}

test('Enter on a name of the Entities tab makes its occurrence the view\'s current name and says which, focus staying on the button', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, { reducedMotion: 'reduce' })
  const occurrences = (await allNames(page)).filter((n) => n.startsWith('李强@'))
  assert.equal(occurrences.length, 2, JSON.stringify(await allNames(page)))
  await page.fill('[data-testid=mention-filter]', '李强')
  const button = page.locator('[data-testid=mention]', { hasText: '李强' }).first()
  await button.focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelector('[data-testid=view-announcement]')?.textContent.trim().length > 0, null, { timeout: 3_000 })
    .catch(() => {})
  assert.equal(await announcement(page), '李强，第 1/2 处', 'the occurrence shown is said')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'mention', 'focus stays on the button')
  assert.deepEqual(await tabStops(page), { names: [occurrences[0]], view: false, buttons: 1 }, 'the occurrence is the view\'s one tab stop')
  // With reduced motion no flash (it lasted 1 ms): a static outline on the name shown instead.
  const outline = await page.$eval(`${SELECTORS.marks}[data-revealed]`, (m) => [getComputedStyle(m).outlineStyle, getComputedStyle(m).outlineWidth])
  assert.deepEqual(outline, ['solid', '3px'], 'the name shown is outlined')
  // Enter again: the next occurrence, said and current; the first one is no button any more.
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => /2\/2/.test(document.querySelector('[data-testid=view-announcement]').textContent), null, { timeout: 3_000 }).catch(() => {})
  assert.equal(await announcement(page), '李强，第 2/2 处')
  assert.deepEqual(await tabStops(page), { names: [occurrences[1]], view: false, buttons: 1 })
  // Back into the view with Shift+Tab: on the name shown, and → goes on from it.
  assert.equal(await shiftTabIntoView(page), occurrences[1], 'Shift+Tab comes back to the name shown, not to the view\'s start')
  const names = await allNames(page)
  await page.keyboard.press('ArrowRight')
  assert.equal(await focusedName(page), names[names.indexOf(occurrences[1]) + 1])
  // The view focused itself (a click on its text): → goes to the current name, not to the first.
  await button.focus()
  await page.keyboard.press('Enter') // the first occurrence again
  await page.focus(SELECTORS.view)
  await page.keyboard.press('ArrowRight')
  assert.equal(await focusedName(page), occurrences[0], '→ from the view goes on from the name shown')
  // In English too, the name in Chinese.
  await button.focus()
  await page.$eval('[data-locale=en]', (b) => b.click())
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => /of 2/.test(document.querySelector('[data-testid=view-announcement]').textContent), null, { timeout: 3_000 }).catch(() => {})
  assert.equal(await announcement(page), '李强, 2 of 2')
  assert.equal(await page.$eval('[data-testid=view-announcement] [lang]', (el) => `${el.lang} ${el.textContent}`), 'zh 李强')
  await context.close()
})

test('leaving the view keeps its place: Tab and Shift+Tab come back to the name last focused, one name is a button', async (ctx) => {
  const { context, page } = await pageWithNames(ctx)
  const names = await allNames(page)
  assert.ok(names.length >= 4, JSON.stringify(names))
  await page.focus(SELECTORS.view)
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  assert.equal(await focusedName(page), names[2])
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate((view) => document.querySelector(view).contains(document.activeElement), SELECTORS.view), false, 'Tab leaves the view')
  await page.keyboard.press('Shift+Tab')
  assert.equal(await focusedName(page), names[2], 'Shift+Tab comes back to the same name')
  await page.keyboard.press('ArrowRight')
  assert.equal(await focusedName(page), names[3], '→ goes on from it')
  // Started from the view itself (a click on its text): on from the current name, whose attributes it alone keeps.
  await page.focus(SELECTORS.view)
  await page.keyboard.press('ArrowLeft')
  assert.equal(await focusedName(page), names[3])
  await page.keyboard.press('ArrowLeft')
  assert.equal(await focusedName(page), names[2])
  assert.deepEqual(await tabStops(page), { names: [names[2]], view: false, buttons: 1 }, 'one name is the tab stop and a button')
  // Its name says its type, its description its confidence or source, not the type again.
  const spoken = await accessible(page, `${SELECTORS.view} mark[tabindex="0"]`)
  assert.equal(spoken.role, 'button')
  assert.match(spoken.name, /^.+，(人名|地名|机构名)$/)
  assert.match(spoken.description, /^(置信度 \d\.\d\d|来自自定义词典|按规则识别，非模型结果)$/, `description: ${spoken.description}`)
  await context.close()
})

test('"Never mark" from the keyboard says what it did in words; Escape returns to the nearest name after it', async (ctx) => {
  const { context, page } = await pageWithNames(ctx)
  const names = await allNames(page)
  const model = await page.$$eval(SELECTORS.marks, (marks) => marks.map((m) => m.dataset.source === undefined))
  // A name of the model's with two names of other texts after it.
  const k = names.findIndex((n, i) => model[i] && names.slice(i + 1).filter((m) => m.split('@')[0] !== n.split('@')[0]).length >= 2)
  if (k < 0) {
    assert.ok(!ctx.realModel, `the news model marks a name of its own in ${TEXT}: ${JSON.stringify(names)}`)
    await context.close()
    return // (the tiny fixture model marked nothing of its own here)
  }
  const text = names[k].split('@')[0]
  const expected = names.slice(k + 1).find((n) => n.split('@')[0] !== text)
  await page.focus(SELECTORS.view)
  await page.keyboard.press('Home')
  for (let i = 0; i < k; i++) await page.keyboard.press('ArrowRight')
  assert.equal(await focusedName(page), names[k])
  await page.keyboard.press('Enter')
  await page.focus('[data-testid=picked-entity] [data-correct=never]')
  await page.keyboard.press('Enter')
  await page.locator('[data-testid=correction-done]').waitFor()
  assert.equal((await page.textContent('[data-testid=correction-done]')).trim(), `不再标注：${text}（已加入词典，保存在本浏览器中）`, 'in words, not the dictionary line "-name"')
  await page.waitForFunction((t) => ![...document.querySelectorAll('mark')].some((m) => m.textContent === t), text)
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'correction-undo')
  // Meanwhile the view is the tab stop again (its current name is gone), and → from it goes on from that place.
  assert.deepEqual(await tabStops(page), { names: [], view: true, buttons: 0 })
  await page.keyboard.press('Escape')
  assert.equal(await focusedName(page), expected, 'Escape lands on the nearest name after the one no longer marked')
  assert.equal(await page.locator('[data-testid=correction-done]').count(), 0, 'the correction line is let go')
  await page.keyboard.press('ArrowRight')
  const after = await allNames(page)
  assert.equal(await focusedName(page), after[after.indexOf(expected) + 1])
  await context.close()
})
