// Long-session QA: a 2,000-name client list pasted into the Dictionary tab with a 3,000-character text loaded, then
// typing in the box. Each key re-parsed the list into new entries, so every block was scanned for every name again,
// the view re-rendered and the tab's report went over every entry: 50-77 ms long tasks at most keys. Now a key that
// changes only the line being typed keeps the entries (useUserLexicon) and redoes none of that. (QA's 12 s "paste"
// was playwright's fill, which inserts the text as typed: a plain textarea outside the app takes as long; a real
// paste takes some 100 ms. This spec pastes.)
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳'
const GIVEN = '建国海燕志强丽华德明秀英文博晓峰春梅国栋子轩雨桐浩然思远一鸣嘉怡'
/** 2,000 different three-character names. */
const NAMES = []
for (let k = 0; NAMES.length < 2000; k++) {
  const name = SURNAMES[k % 64] + GIVEN[Math.floor(k / 64) % 40] + GIVEN[(k * 7 + Math.floor(k / 2560)) % 40]
  if (!NAMES.includes(name)) NAMES.push(name)
}
/** About 3,000 characters naming 50 of them, once each. */
const TEXT = Array.from({ length: 50 }, (_, i) =>
  `第${i + 1}项：经办人${NAMES[i * 40]}已于本月按要求提交了全部材料，窗口工作人员当场核对无误，并告知后续的办理流程和所需时间。`).join('\n')

test('a 2,000-name dictionary pasted into the box, then typed after: no long task, the summary right', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, TEXT)
  await openTab(page, 'lexicon')
  const box = page.locator('[data-testid=lexicon-source]')
  await page.evaluate((names) => navigator.clipboard.writeText(names.map((n) => `${n} PER`).join('\n') + '\n'), NAMES)
  await page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)) }).observe({ type: 'longtask' })
  })
  await box.focus()
  await page.keyboard.press('Control+V')
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-summary]')?.textContent.includes('2000'))
  assert.equal((await page.textContent('[data-testid=lexicon-summary]')).trim(), '2000 个词条 · 文中标出 50 处')
  await page.waitForTimeout(500)
  const pasted = await page.evaluate(() => window.__longTasks.splice(0))
  assert.ok(pasted.every((ms) => ms < 1000), `long tasks of the paste: ${pasted}`)

  // A new line typed after the list: the marks and the report stay; the line is a problem until it is done.
  await page.keyboard.press('Control+End')
  await page.keyboard.type('字字字字字字字字')
  await page.waitForTimeout(500)
  const typed = await page.evaluate(() => window.__longTasks.splice(0))
  assert.ok(typed.every((ms) => ms < 1000), `long tasks of typing: ${typed}`)
  await page.locator('[data-testid=lexicon-problems] li').waitFor()
  assert.equal((await page.textContent('[data-testid=lexicon-summary]')).trim(), '2000 个词条 · 文中标出 50 处')
  await page.keyboard.type(' PER')
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-summary]')?.textContent.includes('2001'))
  assert.equal(await page.locator('[data-testid=lexicon-problems]').count(), 0)
})
