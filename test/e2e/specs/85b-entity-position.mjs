// QA (2026-12-07): stepping through a name's occurrences from the Entities tab said which one ("北京国安，第 3/30 处")
// only in the screen-reader region; a sighted user saw a thin outline in the view and "共 30 处" in a tooltip, no
// place. The button clicked now shows it ("3/30", in place of its count), hidden from screen readers (said once),
// and only on the one button last clicked, until the text changes.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { accessible, newRecordedContext, openApp, openTab, pageWithDictionary, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const TEXT = '国务院总理李强在北京会见了客人。\n李强随后离开北京，前往上海和南京，再回北京。'
// Names from the dictionary, so that the occurrences do not depend on the model under test.
const DICTIONARY = '李强 人名\n北京 地名\n国务院 机构名'

/** What the Entities panel shows in sight: each visible position, with the text of the row it is in. */
const positions = (page) => page.$$eval('[data-testid=mention-position]', (all) => all.map((p) => {
  const row = p.closest('[data-testid=mention], [data-testid=review-name], [data-testid=name-pair]')
  return `${row.dataset.testid} ${row.querySelector('[lang]').textContent}: ${p.textContent.trim()}`
}))
const chip = (page, name) => page.locator('[data-testid=mention]', { hasText: name }).first()
const announcement = (page) => page.$eval('[data-testid=view-announcement]', (el) => el.textContent.replace(/\s+/g, ' ').trim())

test('a click on a name shows which occurrence it went to on the button (1/2, 2/2), once, till the text changes', async (ctx) => {
  const { context, page } = await pageWithDictionary(ctx, {
    dictionary: DICTIONARY, text: TEXT, marks: 6, reducedMotion: 'reduce', viewport: { width: 1280, height: 800 },
  })
  assert.deepEqual(await positions(page), [], 'no position before a click')
  const liQiang = chip(page, '李强')
  const nameBefore = await accessible(page, '[data-testid=mention]:has([lang])')
  await liQiang.click()
  assert.deepEqual(await positions(page), ['mention 李强: 1/2'])
  assert.equal(await liQiang.evaluate((b) => b.querySelector('[aria-hidden=true]').textContent.trim()), '1/2', 'in place of the count')
  await page.waitForFunction(() => /1\/2/.test(document.querySelector('[data-testid=view-announcement]').textContent), null, { timeout: 3_000 }).catch(() => {})
  assert.equal(await announcement(page), '李强，第 1/2 处', 'still said to screen readers')
  assert.deepEqual(await accessible(page, '[data-testid=mention]:has([lang])'), nameBefore, 'the button\'s name is not changed: said once, by the view')
  await liQiang.click()
  assert.deepEqual(await positions(page), ['mention 李强: 2/2'])
  await liQiang.click()
  assert.deepEqual(await positions(page), ['mention 李强: 1/2'], 'round again')
  // Another name: its button shows its place, the first one its count again.
  const beijing = chip(page, '北京')
  await beijing.click()
  assert.deepEqual(await positions(page), ['mention 北京: 1/3'])
  assert.match(await liQiang.textContent(), /2 次/)
  await beijing.click()
  assert.deepEqual(await positions(page), ['mention 北京: 2/3'])
  // A pair steps through both names' occurrences in its sentences.
  const pair = page.locator('[data-testid=name-pair]').first()
  await pair.click()
  const [pairShown] = await positions(page)
  assert.match(pairShown ?? '', /^name-pair .+: 1\/\d+$/)
  await screenshot(ctx, page.locator('[data-testid=entity-panel]'), 'entity-position-pair')
  await beijing.click()
  assert.deepEqual(await positions(page), ['mention 北京: 3/3'], 'the name goes on from where it was')
  const panel = page.locator('[data-testid=entity-panel]')
  await screenshot(ctx, panel, `entity-position-${await page.evaluate(() => document.documentElement.className)}`)
  await page.click('[data-testid=theme-toggle]')
  await screenshot(ctx, panel, `entity-position-${await page.evaluate(() => document.documentElement.className)}`)
  // The text changed: no place any more, and a click starts from the first occurrence.
  await setTextAndWait(page, `北京。${TEXT}`)
  await openTab(page, 'entities')
  assert.deepEqual(await positions(page), [], 'gone with the text')
  await chip(page, '北京').click()
  assert.deepEqual(await positions(page), ['mention 北京: 1/4'])
  await context.close()
})

// Re-check QA: on a phone the view's steps bar (‹ ›) went on through the occurrences while the button still said
// 1/24, and its next click went to 2/24, backwards; the figure widened the button as its digits grew (71, 74, 81 px).
// Now the button shows the occurrence the view shows, whichever control moved it, and goes on from there.
const CITIES = ['北京', '上海', '广州', '成都', '西安']
function paragraphs(count) {
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙']
  const given = ['建国', '雪梅', '志强', '海燕', '文博', '晓东', '丽华', '国庆', '春生', '秀英']
  let out = ''
  for (let i = 0; i < count; i++) out += `第${i + 1}段：${surnames[i % 12]}${given[Math.floor(i / 12) % 10]}出席了在${CITIES[i % 5]}举行的会议，对此表示感谢。\n`
  return out
}

test('on a phone the steps bar moves the button\'s place too, and the next click goes on from it; its width holds', async (ctx) => {
  const { context, page } = await pageWithDictionary(ctx, {
    dictionary: '广州 地名', text: paragraphs(120), reducedMotion: 'reduce', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
  })
  const guangzhou = chip(page, '广州')
  await guangzhou.scrollIntoViewIfNeeded()
  await guangzhou.tap()
  const bar = page.locator('[data-testid=reveal-steps]')
  await bar.waitFor()
  const [first] = await positions(page)
  const total = Number(/^mention 广州: 1\/(\d+)$/.exec(first ?? '')?.[1])
  assert.ok(total >= 10, `a two-digit count: ${first}`)
  const width = () => guangzhou.evaluate((b) => b.getBoundingClientRect().width)
  const widthAtFirst = await width()
  for (let i = 0; i < 3; i++) await page.tap('[data-testid=reveal-next]')
  assert.match(await bar.textContent(), new RegExp(`4\\s*/\\s*${total}`))
  assert.deepEqual(await positions(page), [`mention 广州: 4/${total}`], 'the bar\'s place, on the button too')
  await page.tap('[data-testid=reveal-back]')
  await guangzhou.tap()
  assert.deepEqual(await positions(page), [`mention 广州: 5/${total}`], 'on from the bar\'s place, not 2/N')
  await page.tap('[data-testid=reveal-previous]')
  assert.deepEqual(await positions(page), [`mention 广州: 4/${total}`])
  for (let i = 0; i < 4; i++) await page.tap('[data-testid=reveal-previous]')
  assert.deepEqual(await positions(page), [`mention 广州: ${total}/${total}`], 'round to the last')
  assert.equal(await width(), widthAtFirst, `the button keeps its width from 1/${total} to ${total}/${total}`)
  await context.close()
})

test('while a long text is read, repeated clicks go on (1/N, 2/N, 3/N), the figure staying', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'zh-CN', reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  // (the model's names, found as the text is read: a dictionary's are all there at once)
  await page.fill('[data-testid=editor]', paragraphs(1500))
  await openTab(page, 'entities')
  const beijing = chip(page, '北京')
  await beijing.waitFor({ timeout: 60_000 })
  const running = () => page.getAttribute('[data-testid=analysis-progress]', 'data-run-state').then((state) => state === 'running')
  const totalOf = (shown) => Number(/\/(\d+)$/.exec(shown[0] ?? '')?.[1])
  /** Clicks made while the text was read, with their totals: more occurrences between two of them is what reset the
   *  count before. */
  const during = []
  for (let i = 1; i <= 5; i++) {
    const before = await running()
    await beijing.click()
    const shown = await positions(page)
    if (before && await running()) during.push(totalOf(shown))
    assert.match(shown[0] ?? '', new RegExp(`^mention 北京: ${i}/\\d+$`), `click ${i}: ${JSON.stringify(shown)}`)
    // (more of the text read between clicks, the buttons drawn again)
    await page.waitForTimeout(1_200)
    assert.match((await positions(page))[0] ?? '', new RegExp(`^mention 北京: ${i}/\\d+$`), `still there after a while: click ${i}`)
  }
  assert.ok(during.length >= 2 && during.at(-1) > during[0], `clicks while more of the text was read: totals ${during}`)
  await context.close()
})
