// The Entities tab's steps bar on a small phone (a11y QA, 375x667): another tab closes it (it stayed over the Batch
// list and its downloads); while it shows the page keeps room for it and scrolls what the focus goes to clear of it
// (WCAG 2.4.11); Escape closes it wherever the focus is, after the corrections sheet laid over it when that is open,
// and after the list's search field has cleared itself with it when that holds text; and Escape closes the sheet of
// a tapped name, the focus left on the view (it did nothing).
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const CITIES = ['北京', '上海', '广州', '成都', '西安']
/** Sixty paragraphs, a different person in one of five cities each: the list's 广州 is screens below the view. */
function text() {
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙']
  const given = ['建国', '雪梅', '志强', '海燕', '文博']
  let out = ''
  for (let i = 0; i < 60; i++) out += `第${i + 1}段：${surnames[i % 12]}${given[Math.floor(i / 12)]}出席了在${CITIES[i % 5]}举行的会议，对此表示感谢。\n`
  return out
}
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true }
const bar = '[data-testid=reveal-steps]'
const sheetOpen = (page) => page.$eval('[data-testid=picked-entity]', (row) => row.classList.contains('is-open'))

async function showFromList(page) {
  const chip = page.locator('[data-testid=mention]').filter({ hasText: '广州' }).first()
  await chip.scrollIntoViewIfNeeded()
  await chip.tap()
  await page.locator(bar).waitFor()
  await page.waitForTimeout(600)
  return chip
}

test('on a small phone the steps bar keeps room for itself, closes on another tab and with Escape from anywhere', async (ctx) => {
  const { context } = await newRecordedContext(ctx, PHONE)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, text())
  await openTab(page, 'entities')
  const chip = await showFromList(page)
  await screenshot(ctx, page, '91b-reveal-steps-375')

  // Room kept: the page's foot and focus scrolling clear of the bar.
  const room = await page.evaluate((selector) => ({
    bar: document.querySelector(selector).offsetHeight,
    scrollPadding: getComputedStyle(document.documentElement).scrollPaddingBottom,
    padding: getComputedStyle(document.body).paddingBottom,
  }), bar)
  assert.ok(room.bar > 40, `the bar: ${room.bar} px`)
  assert.deepEqual([room.scrollPadding, room.padding], [`${room.bar}px`, `${room.bar}px`], 'scroll padding and room at the page\'s foot')
  // A list button at the foot of the page, reached by Tab, is scrolled clear of the bar.
  const last = page.locator('[data-testid=mention]').last()
  await last.evaluate((el) => {
    scrollTo(0, el.getBoundingClientRect().bottom + scrollY - innerHeight + 10) // just above the window's foot, under the bar
    el.focus()
  })
  await page.waitForTimeout(300)
  const [lastBox, barBox] = [await last.boundingBox(), await page.locator(bar).boundingBox()]
  assert.ok(lastBox.y + lastBox.height <= barBox.y + 1, `the focused button is above the bar: ${JSON.stringify({ lastBox, barBox })}`)
  await chip.focus()

  // Escape from the list (not in the bar): closed.
  assert.equal(await chip.evaluate((el) => el === document.activeElement), true)
  await page.keyboard.press('Escape')
  assert.equal(await page.locator(bar).count(), 0, 'Escape with the focus on the list closes the bar')
  assert.deepEqual(await page.evaluate(() => [document.documentElement.style.scrollPaddingBottom, document.body.style.paddingBottom]), ['', ''], 'its room given back')

  // Escape in the bar: closed, the focus on the name shown.
  await showFromList(page)
  await page.focus('[data-testid=reveal-next]')
  await page.keyboard.press('Escape')
  assert.equal(await page.locator(bar).count(), 0)
  assert.equal(await page.evaluate(() => document.activeElement?.closest('mark')?.textContent), '广州', 'the focus goes to the name shown, not the page')

  // Escape in the list's search field with text in it: the field's, which clears it (the bar took it, and the field
  // kept its text); the next Escape there closes the bar.
  await showFromList(page)
  const filter = page.locator('[data-testid=mention-filter]')
  await filter.fill('广')
  assert.equal(await filter.evaluate((el) => el === document.activeElement), true)
  assert.equal(await page.locator(bar).count(), 1, 'the bar is up while the filter is typed in')
  await page.keyboard.press('Escape')
  await page.waitForTimeout(100)
  assert.equal(await filter.inputValue(), '', 'the first Escape in the filter clears it')
  assert.equal(await page.locator(bar).count(), 1, 'and leaves the bar')
  await page.keyboard.press('Escape')
  assert.equal(await page.locator(bar).count(), 0, 'the next Escape, the filter empty, closes the bar')

  // Another tab: closed, nothing over the Batch tab.
  await showFromList(page)
  await page.locator('[data-tab=batch]').scrollIntoViewIfNeeded()
  await page.tap('[data-tab=batch]')
  await page.waitForTimeout(300)
  assert.equal(await page.locator(bar).count(), 0, 'the bar closes when the Batch tab is chosen')
  assert.deepEqual(await page.evaluate(() => [document.documentElement.style.scrollPaddingBottom, document.body.style.paddingBottom]), ['', ''])
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight))
  await screenshot(ctx, page, '91b-batch-after-steps-375')
  await context.close()
})

test('on a phone Escape closes the sheet of a tapped name with the focus on the view, and the steps bar only after it', async (ctx) => {
  const { context } = await newRecordedContext(ctx, PHONE)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, text())
  await openTab(page, 'entities')
  await page.locator(SELECTORS.view).scrollIntoViewIfNeeded()
  await page.locator(SELECTORS.marks).first().tap()
  await page.locator('[data-correct=never]').waitFor()
  assert.equal(await sheetOpen(page), true)
  assert.equal(await page.evaluate(() => !document.querySelector('[data-correction-sheet]').contains(document.activeElement)), true, 'the focus is not in the sheet after a tap')
  await page.keyboard.press('Escape')
  assert.equal(await sheetOpen(page), false, 'Escape closes the sheet')

  // With the steps bar up: the first Escape closes the sheet laid over it, the second the bar.
  await showFromList(page)
  await page.locator(SELECTORS.marks).filter({ hasText: '广州' }).first().tap()
  await page.locator('[data-correct=never]').waitFor()
  await page.keyboard.press('Escape')
  assert.equal(await sheetOpen(page), false)
  assert.equal(await page.locator(bar).count(), 1, 'the bar stays after the first Escape')
  await page.keyboard.press('Escape')
  assert.equal(await page.locator(bar).count(), 0, 'and goes with the second')
  await context.close()
})
