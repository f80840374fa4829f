// QA (2026-12-07): stepping through a name's occurrences from the Entities tab said which one ("北京国安，第 3/30 处")
// only in the screen-reader region; a sighted user saw a thin outline in the view and "共 30 处" in a tooltip, no
// place. The button clicked now shows it ("3/30", in place of its count), hidden from screen readers (said once),
// and only on the one button last clicked, until the text changes.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { accessible, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

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
  const { context } = await newRecordedContext(ctx, { locale: 'zh-CN', reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', DICTIONARY)
  await setTextAndWait(page, TEXT)
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 6)
  await openTab(page, 'entities')
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
