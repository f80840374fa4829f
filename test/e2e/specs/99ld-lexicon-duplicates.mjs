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
  // Said in the language shown, not the one it was first said in (re-check QA: it stayed in Chinese).
  await page.click('[data-locale="en"]')
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-file-added]')?.textContent.includes('Added'))
  assert.equal(await said(page), 'Added 2 lines from clients.txt. Skipped as already in the dictionary: 1.')
  await page.click('[data-locale="zh-Hant"]')
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-file-added]')?.textContent.includes('新增'))
  assert.equal(await said(page), '已從 clients.txt 新增 2 行。詞典中已有的 1 行已跳過。')
  await page.click('[data-locale="zh"]')
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-file-added]')?.textContent.includes('添加'))

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

  // Re-check QA: a list emptied by hand is offered back; a file of as many other names added then took the offer
  // away (counted as the list typed back), the list lost for good. A file is weighed as a paste now.
  const ten = Array.from({ length: 10 }, (_, i) => `客户${i}号 人名`).join('\n') + '\n'
  const twelve = Array.from({ length: 12 }, (_, i) => `供应商${i}号 机构名`).join('\n') + '\n'
  await page.fill(BOX, ten)
  if (await page.locator('[data-testid=lexicon-restore-dismiss]').count()) await page.click('[data-testid=lexicon-restore-dismiss]')
  await page.fill(BOX, '')
  await page.waitForSelector('[data-testid=lexicon-restore]')
  await page.setInputFiles('[data-testid=lexicon-file]', { name: 'suppliers.txt', mimeType: 'text/plain', buffer: Buffer.from(twelve) })
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-file-added]')?.textContent.includes('suppliers.txt'))
  assert.equal(await said(page), '已从 suppliers.txt 添加 12 行。')
  assert.equal(await page.locator('[data-testid=lexicon-restore]').count(), 1, 'the offer stays after the file')
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('shiti.lexicon.restore'))).before, ten)
  await page.click('[data-testid=lexicon-restore]')
  assert.equal(await box(page), ten)
})
