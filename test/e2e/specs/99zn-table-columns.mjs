// School QA: a class roster pasted from Excel (tab-separated, a header row 姓名⇥学号⇥出生日期 …) kept every 学号, 准考证号
// and birth date readable in the redacted copy with the rules on; the rules read a value only after its label. Now a
// column headed with a rule's label has its cells read as that label's values, and a column under any other heading
// (班级, 总分) stays as written. The people and numbers are made up.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const TEXT = [
  '初一（2）班学生信息表',
  '姓名\t学号\t班级\t出生日期\t准考证号\t总分',
  '赵一鸣\t20249911\t初一（2）班\t2013-04-05\t3201052025061207\t413',
  '钱小雨\t20249912\t初一（2）班\t2012-12-30\t3201052025061208\t398',
].join('\n')

test('a pasted table\'s columns headed 学号, 出生日期 and 准考证号 are replaced, 班级 and 总分 kept', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, TEXT)
  await openTab(page, 'redact')
  await page.check('[data-testid=find-patterns]')
  await page.waitForFunction(() => !document.querySelector('[data-testid=redaction-panel] [data-testid=download]')?.disabled, null, { timeout: 10_000 })
  const copy = await page.inputValue('[data-testid=redacted-text]')
  // Before: all six readable.
  for (const value of ['20249911', '20249912', '2013-04-05', '2012-12-30', '3201052025061207', '3201052025061208']) {
    assert.ok(!copy.includes(value), `${value} left in: ${copy}`)
  }
  for (const kept of ['姓名\t学号\t班级\t出生日期\t准考证号\t总分', '初一（2）班\t', '\t413', '\t398']) assert.ok(copy.includes(kept), `${kept} gone: ${copy}`)
  await screenshot(ctx, page, '99zn-table-columns-redacted')
  await context.close()
}, { timeoutMs: 180_000 })
