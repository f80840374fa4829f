// The steps bar (and the list's "6/24") when the name it steps through stops being marked, on a phone (390x844):
// its type hidden with the legend, or the name itself never marked. The bar kept "6/24" and its ‹ › stepped through
// marks no longer shown (phone QA). Now it closes where none of the name's occurrences is marked; the list's button
// keeps its place, so that the type shown again goes on from 6/24; a name never marked beside it changes nothing.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { PHONE_CONTEXT, SELECTORS, cityParagraphs, newRecordedContext, openApp, screenshot, showFromList, stepsBarText, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const text = cityParagraphs
const BAR = '[data-testid=reveal-steps]'
const marked = (page, name) => page.$$eval(SELECTORS.marks, (marks, name) => marks.filter((m) => m.textContent === name).length, name)

/** The phone page with 广州 shown from the list and stepped on to its 6th of 24 occurrences. */
async function atSixth(ctx) {
  const { context } = await newRecordedContext(ctx, PHONE_CONTEXT)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, text())
  const chip = await showFromList(page, '广州')
  for (let i = 0; i < 5; i++) await page.tap('[data-testid=reveal-next]')
  await page.waitForTimeout(400)
  assert.match(await stepsBarText(page), /广州 ?6\/24/)
  return { context, page, chip }
}

test('on a phone the steps bar closes when the legend hides its name\'s type, and the list goes on from 6/24 once it is shown again', async (ctx) => {
  const { context, page, chip } = await atSixth(ctx)
  await page.locator('[data-legend-type=LOC]').scrollIntoViewIfNeeded()
  await page.tap('[data-legend-type=LOC]')
  await page.waitForTimeout(300)
  assert.equal(await marked(page, '广州'), 0, 'places hidden')
  await screenshot(ctx, page, '91c-loc-hidden-390')
  assert.equal(await stepsBarText(page), null, 'no bar stepping through hidden names')
  assert.deepEqual(await page.evaluate(() => [document.documentElement.style.scrollPaddingBottom, document.body.style.paddingBottom]), ['', ''], 'its room given back')

  await page.tap('[data-legend-type=LOC]')
  await page.waitForTimeout(300)
  assert.equal(await marked(page, '广州'), 24, 'places shown again')
  assert.equal(await stepsBarText(page), null, 'the bar does not come back by itself')
  assert.equal(await chip.locator('[data-testid=mention-position]').textContent(), '6/24', 'the list button keeps the place reached')
  await chip.scrollIntoViewIfNeeded()
  await chip.tap()
  await page.locator(BAR).waitFor()
  await page.waitForTimeout(400)
  assert.match(await stepsBarText(page), /广州 ?7\/24/, 'and goes on from it')
  // Another type hidden: the bar and its count stay.
  await page.locator('[data-legend-type=PER]').evaluate((b) => b.click())
  await page.waitForTimeout(300)
  assert.match(await stepsBarText(page), /广州 ?7\/24/)
  await page.tap('[data-testid=reveal-next]')
  await page.waitForTimeout(300)
  assert.match(await stepsBarText(page), /广州 ?8\/24/)
  assert.deepEqual(page.events.pageErrors, [])
  await context.close()
})

test('on a phone "never mark" on the name the steps bar goes through closes the bar; on another name it keeps it', async (ctx) => {
  const { context, page } = await atSixth(ctx)
  // 北京, never marked: 广州's bar and count unchanged.
  await page.locator(SELECTORS.marks).filter({ hasText: '北京' }).first().tap()
  await page.tap('[data-correct=never]')
  await page.waitForFunction((marks) => ![...document.querySelectorAll(marks)].some((m) => m.textContent === '北京'), SELECTORS.marks)
  await page.waitForTimeout(300)
  await screenshot(ctx, page, '91c-other-never-marked-390')
  assert.match(await stepsBarText(page), /广州 ?6\/24/, 'another name never marked: the bar stays at its place')
  // (the sheet saying so lies over the bar until closed)
  await page.tap('[data-testid=correction-close]')
  await page.waitForTimeout(300)
  await page.tap('[data-testid=reveal-next]')
  await page.waitForTimeout(300)
  assert.match(await stepsBarText(page), /广州 ?7\/24/)

  // 广州 itself, tapped in the view where the bar shows it.
  await page.locator(`${SELECTORS.view} mark[tabindex="0"]`).tap()
  await page.tap('[data-correct=never]')
  await page.waitForFunction((marks) => ![...document.querySelectorAll(marks)].some((m) => m.textContent === '广州'), SELECTORS.marks)
  await page.waitForTimeout(300)
  await screenshot(ctx, page, '91c-never-marked-390')
  assert.equal(await stepsBarText(page), null, 'no bar stepping through a name no longer marked')
  assert.deepEqual(page.events.pageErrors, [])
  await context.close()
})
