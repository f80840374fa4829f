// Copying from the Entities tab (clipboard QA): a selection over the name chips copied every count twice
// ("林海峰 2 次2 次", the visible count and the screen reader's), one over the pairs a hidden "与" after each ↔;
// and a pair's sentence count was not grouped by thousands ("同在 1201 句") where the chips read "1,201 次".
// What a screen reader hears stays as it was.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { accessible, axeViolations, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

// Names from the dictionary, so that the chips and pairs do not depend on the model under test.
const DICTIONARY = '林海峰 人名\n王小红 人名\n外交部 机构名\n上海 地名'
// 1,201 sentences naming 林海峰 and 王小红 together: a count that needs a thousands separator.
const TEXT = `外交部发言人林海峰在上海表示欢迎。${'林海峰和王小红在上海。'.repeat(1200)}`

let context
let page

/** Selects the contents of `selector` (a DOM Range, as a drag over it would), copies with the keyboard and
 *  returns what the browser put on the clipboard as plain text. */
async function copyOf(selector) {
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await page.$eval(selector, (el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    getSelection().removeAllRanges()
    getSelection().addRange(range)
  })
  await page.keyboard.press('Control+C')
  return page.evaluate(() => navigator.clipboard.readText())
}

test('the entity list: a name and its count copied once, no hidden words in the copy', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx, { locale: 'zh-CN' }))
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', DICTIONARY)
  await setTextAndWait(page, TEXT)
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length > 3)
  await openTab(page, 'entities')
  await page.locator('[data-testid=name-pair]').first().waitFor()

  // The chips, dragged over with the mouse from the first heading to its group's last name.
  const first = page.locator('[data-testid=entity-groups] section').first()
  const from = await first.locator('h4').boundingBox()
  const to = await first.locator('[data-testid=mention]').last().boundingBox()
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await page.mouse.move(from.x - 3, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width + 3, to.y + to.height / 2, { steps: 12 })
  await page.mouse.up()
  await page.keyboard.press('Control+C')
  const dragged = await page.evaluate(() => navigator.clipboard.readText())
  assert.match(dragged, /林海峰 1,201 次/, JSON.stringify(dragged))
  assert.doesNotMatch(dragged, /(\d[\d,]* 次)\s*\1/, `a count copied twice: ${JSON.stringify(dragged)}`)

  // Every chip, each on its line as "name N 次".
  const chips = await copyOf('[data-testid=entity-groups]')
  const chipLines = chips.split('\n').filter((line) => / 次$/.test(line))
  assert.equal(chipLines.length, await page.locator('[data-testid=mention]').count(), JSON.stringify(chips))
  for (const line of chipLines) assert.match(line, /^\S+ \d[\d,]* 次$/, JSON.stringify(chips))

  // The pairs: the arrow, and no hidden "与" after it.
  const pairs = await copyOf('[data-testid=name-pairs] ol')
  assert.match(pairs, /林海峰（人名）\s*↔\s*王小红（人名）|王小红（人名）\s*↔\s*林海峰（人名）/, JSON.stringify(pairs))
  assert.doesNotMatch(pairs, /与/, `a hidden word in the copy: ${JSON.stringify(pairs)}`)
  // Its count grouped by thousands as the chips' counts are (was "同在 1200 句").
  assert.match(pairs, /同在 1,200 句/, JSON.stringify(pairs))
  assert.doesNotMatch(pairs, /\d{4}/, JSON.stringify(pairs))
  const pair = page.locator('[data-testid=name-pair]', { hasText: '王小红' }).first()
  assert.match(await pair.getAttribute('title'), /共 1,200 句/)
})

test('what a screen reader hears of the chips and pairs is unchanged: the count in words, "与" between the names', async () => {
  const chip = await accessible(page, '[data-testid=mention]')
  assert.match(chip.name, /^\S+ \d[\d,]* 次$/, JSON.stringify(chip.name))
  const pairs = await page.$$eval('[data-testid=name-pair]', (all) => all.map((b) => b.textContent.includes('王小红')))
  const pair = await accessible(page, `[data-testid=name-pairs] li:nth-child(${pairs.indexOf(true) + 1}) [data-testid=name-pair]`)
  assert.match(pair.name, /^(林海峰|王小红)（人名） ?↔? ?与 ?(林海峰|王小红)（人名） ?同在 1,200 句$/, JSON.stringify(pair.name))
  assert.deepEqual(await axeViolations(page), [])
  await context.close()
})
