// Dictionary QA: adding the same dictionary file twice ("Add from file…") doubled the box, every line twice; and
// duplicate or conflicting lines about one name (王小明 人名 twice, 腾讯 ORG then -腾讯) were resolved with no word
// said. Now a file adds only the lines the box does not already hold, and says how many it skipped; the problem list
// names each line a later line about the same name sets aside, and which line takes effect (the last).
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { newRecordedContext, openApp, openTab, waitForModelReady } from '../helpers.mjs'

const BOX = '[data-testid=lexicon-source]'
const FILE = '# 客户\n王小明 人名\n腾讯 机构名\n'
const box = (page) => page.inputValue(BOX)
const said = async (page) => (await page.textContent('[data-testid=lexicon-file-added]')).trim()

test('a dictionary file added twice is in the box once; duplicate and conflicting lines are named, with the line in effect', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  const addFile = () => page.setInputFiles('[data-testid=lexicon-file]', { name: 'clients.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE) })

  await page.fill(BOX, '王小明 PER\n')
  await addFile()
  await page.waitForFunction((s) => document.querySelector(s).value.includes('腾讯'), BOX)
  // 王小明 PER is in the box already (人名 is PER): left out.
  assert.equal(await box(page), '王小明 PER\n# 客户\n腾讯 机构名\n')
  assert.equal(await said(page), '已从 clients.txt 添加 2 行。词典中已有的 1 行已跳过。')

  await addFile()
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-file-added]')?.textContent.includes('未从'))
  assert.equal(await box(page), '王小明 PER\n# 客户\n腾讯 机构名\n', 'the second time adds nothing')
  assert.equal(await said(page), '未从 clients.txt 添加任何内容。词典中已有的 3 行已跳过。')
  assert.equal((await page.textContent('[data-testid=lexicon-summary]')).trim().split(' ')[0], '2')
  assert.equal(await page.locator('[data-testid=lexicon-problems]').count(), 0)

  // Typed: a duplicate and a conflict, each named with the line that takes effect; the message of the file goes.
  await page.fill(BOX, '王小明 人名\n王小明 PER\n腾讯 ORG\n张三 人名\n-腾讯\n')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=lexicon-problems] li').length === 2)
  assert.deepEqual((await page.locator('[data-testid=lexicon-problems] li').allTextContents()).map((p) => p.trim()), [
    '第 1 行：“王小明 人名”与第 2 行重复，保留一行即可。',
    '第 3 行：“腾讯 ORG”与第 5 行“-腾讯”冲突，以第 5 行为准（同一名称以最后一行为准）。',
  ])
  assert.equal(await page.locator('[data-testid=lexicon-file-added]').count(), 0)
  assert.equal((await page.textContent('[data-testid=lexicon-summary]')).trim().split(' ')[0], '3')
  // Said politely too, with the bad lines, once typing pauses.
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-problems-announcement]')?.textContent.includes('第 5 行为准'))
})
