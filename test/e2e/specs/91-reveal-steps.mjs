// Showing a name from the Entities list where the list is below the view (a phone): the page goes up to the view,
// and a bar at the foot of the window steps through the name's occurrences there and goes back to the list
// (mobile QA #8: every next occurrence meant a long scroll down to the list and back up). Where the list is in
// sight beside the view, no bar.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, cityParagraphs, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const text = cityParagraphs
/** The paragraphs (1-based) that name 广州, in order: in cityParagraphs every fifth from the third. */
const GUANGZHOU = Array.from({ length: 120 }, (_, i) => i).filter((i) => i % 5 === 2).map((i) => String(i + 1))

const revealedMark = (page) => page.$eval(SELECTORS.view, (view) => {
  const mark = view.querySelector('mark[tabindex="0"]')
  return mark && { text: mark.textContent, paragraph: mark.closest('[data-block]').textContent.match(/^第(\d+)段/)[1] }
})

test('on a phone a name shown from the list is stepped through from a bar at the foot of the window, which leads back to the list', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, text())
  await openTab(page, 'entities')
  const chip = page.locator('[data-testid=mention]').filter({ hasText: '广州' }).first()
  await chip.scrollIntoViewIfNeeded()
  const view = await page.locator(SELECTORS.view).boundingBox()
  assert.ok(view.y + view.height < 0, `the view is above the window while the list button is in sight (view ${Math.round(view.y)}..${Math.round(view.y + view.height)})`)
  assert.equal(await page.locator('[data-testid=reveal-steps]').count(), 0, 'no bar before a name is shown')
  await chip.tap()
  const bar = page.locator('[data-testid=reveal-steps]')
  await bar.waitFor()
  await page.waitForTimeout(600)
  assert.ok((await chip.boundingBox()).y > 844 || (await chip.boundingBox()).y < 0, 'the list button is out of sight after the page went up to the view')
  const barBox = await bar.boundingBox()
  assert.ok(barBox.y + barBox.height <= 844 + 1 && barBox.y > 600, `bar at the foot of the window: ${JSON.stringify(barBox)}`)
  const total = GUANGZHOU.length
  assert.match(await bar.textContent(), new RegExp(`广州\\s*1/${total}`))
  assert.deepEqual(await revealedMark(page), { text: '广州', paragraph: GUANGZHOU[0] })
  await page.tap('[data-testid=reveal-next]')
  await page.waitForTimeout(400)
  assert.match(await bar.textContent(), new RegExp(`2/${total}`))
  assert.deepEqual(await revealedMark(page), { text: '广州', paragraph: GUANGZHOU[1] })
  // Back from the first goes round to the last.
  await page.tap('[data-testid=reveal-previous]')
  await page.tap('[data-testid=reveal-previous]')
  await page.waitForTimeout(400)
  assert.match(await bar.textContent(), new RegExp(`${total}/${total}`))
  assert.deepEqual(await revealedMark(page), { text: '广州', paragraph: GUANGZHOU[total - 1] })
  await screenshot(ctx, page, '91-reveal-steps-phone')
  await page.tap('[data-testid=reveal-back]')
  await page.waitForTimeout(600)
  const back = await chip.boundingBox()
  assert.ok(back.y >= 0 && back.y + back.height <= 844, `the list button is in sight again: ${JSON.stringify(back)}`)
  assert.equal(await chip.evaluate((el) => el === document.activeElement), true, 'and focused')
  assert.equal(await bar.count(), 0, 'the bar is gone')
  // Shown again and closed with ×.
  await chip.tap()
  await bar.waitFor()
  await page.tap('[data-testid=reveal-close]')
  assert.equal(await bar.count(), 0)
  await context.close()
})

test('where the list is in sight beside the view, showing a name brings no bar', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 1440, height: 900 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  // (ten paragraphs: the whole list in sight beside the view; a long list scrolled down to its foot moves the page
  // to the view, and gets the bar there too)
  await setTextAndWait(page, text().split('\n').slice(0, 10).join('\n'))
  await openTab(page, 'entities')
  await page.locator('[data-testid=mention]').filter({ hasText: '广州' }).first().click()
  await page.waitForTimeout(600)
  assert.deepEqual(await revealedMark(page), { text: '广州', paragraph: GUANGZHOU[0] })
  assert.equal(await page.locator('[data-testid=reveal-steps]').count(), 0)
  await context.close()
})
