// Leak QA of the Batch tab's redacted copies: they kept phone, ID and e-mail numbers without a word while the
// rules' switch was off (the Redact tab said so in red, the Batch tab nothing); their entries kept the files'
// names (张伟华_劳动仲裁调查.redacted.txt), which undid the pseudonyms shared across the batch; and a name found in
// one file stayed readable in another (a roster's 司徒静). Now the Batch tab counts what the rules would find, with
// the same switch, and its copies' names and texts replace every name the batch found; with the rules on, the
// numbers in the files' names too, and the copies may be named by number (a name only a file's name holds).
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { axeViolations, newRecordedContext, openApp, openTab, screenshot, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

const MINUTES = '调查组约谈了张伟华、李明辉、王秀英、欧阳春晓和司徒静。\n'
const ROSTER = '| 欧阳春晓 | 女 | 32 |\n司徒静\t财务部\n'
const CONTACTS = '李明辉的电话：13912345678，身份证号：110101199003074514，邮箱：liminghui@example.com。\n'
const NUMBERS = ['13912345678', '110101199003074514', 'liminghui@example.com']
const NAMES = ['张伟华', '李明辉', '欧阳春晓', '司徒静']

/** The redacted copies' .zip as { entry name: text }. */
async function redactedCopies(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted]')])
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  return Object.fromEntries(await Promise.all(Object.entries(zip.files).map(async ([name, file]) => [name, await file.async('string')])))
}

test('Batch copies: the rules\' switch and count next to them, the files\' names redacted, a name found in one file replaced in all', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  const files = [['张伟华_调查.txt', MINUTES], ['李明辉-体检报告.txt', CONTACTS], ['roster.md', ROSTER]]
  await page.setInputFiles('[data-testid=batch-files]', files.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })))
  await waitForBatchDone(page, files.length)

  // The rules are off by default: the tab says in red how many numbers the copies keep, under the switches.
  const left = page.locator('[data-testid=batch-patterns-left]')
  const patternsSwitch = page.locator('[data-testid=batch-find-patterns]')
  assert.equal(await patternsSwitch.isChecked(), false)
  // Its help folded behind 说明, as on the Redact tab (casework QA 12: open, 20 lines above the downloads).
  const helpToggle = page.locator('[data-testid=batch-patterns-help-toggle]')
  assert.equal(await helpToggle.getAttribute('aria-expanded'), 'false')
  assert.equal(await page.locator('[data-testid=batch-patterns-help]').isVisible(), false, 'the help starts folded')
  assert.equal(await helpToggle.getAttribute('aria-controls'), await page.locator('[data-testid=batch-patterns-help]').getAttribute('id'))
  await helpToggle.click()
  assert.ok(await page.locator('[data-testid=batch-patterns-help]').isVisible(), 'and opens')
  await helpToggle.click()
  assert.equal((await left.textContent()).trim(), `文件中有 ${NUMBERS.length} 处像电话号码、证件号、出生日期、昵称等个人信息，副本中不会替换，仍保留原文。勾选上面对应的一项即可替换。`)
  assert.ok(await left.evaluate((p) => p.compareDocumentPosition(document.querySelector('[data-testid=batch-redacted]')) & Node.DOCUMENT_POSITION_FOLLOWING), 'above the download buttons')
  await page.locator('[data-testid=batch-redacted]').scrollIntoViewIfNeeded()
  await screenshot(ctx, page, '95-batch-patterns-left')
  assert.deepEqual(await axeViolations(page), [])
  const off = await redactedCopies(page)
  const contacts = Object.entries(off).find(([, text]) => text.includes('电话'))
  for (const number of NUMBERS) assert.ok(contacts[1].includes(number), `off, the copy keeps ${number}, as the line says`)

  // The copies' names: no name the batch found; the extension and the ending kept.
  const names = Object.keys(off)
  for (const name of NAMES) assert.ok(names.every((entry) => !entry.includes(name)), `${name} in ${names.join(', ')}`)
  assert.ok(names.some((entry) => /^\[人名\]_调查\.redacted\.txt$/.test(entry)), names.join(', '))
  assert.ok(names.some((entry) => /^\[人名\]-体检报告\.redacted\.txt$/.test(entry)), names.join(', '))
  // And in the texts: the roster's names, found in the minutes, are replaced there too.
  for (const [entry, text] of Object.entries(off)) for (const name of NAMES) assert.ok(!text.includes(name), `${name} in ${entry}: ${text}`)

  // On (the Redact tab's setting, one for both tabs): the line goes and the copies keep no number.
  await patternsSwitch.check()
  assert.equal(await left.count(), 0)
  const on = await redactedCopies(page)
  for (const text of Object.values(on)) for (const number of NUMBERS) assert.ok(!text.includes(number), `${number} replaced: ${text}`)
  await openTab(page, 'redact')
  assert.equal(await page.isChecked('[data-testid=find-patterns]'), true, 'the Redact tab shows the same setting')
  await page.uncheck('[data-testid=find-patterns]')
  await openTab(page, 'batch')
  assert.equal(await patternsSwitch.isChecked(), false, 'and the Batch tab follows it')
  assert.equal(await left.count(), 1)

  // A number in a file's name (leak QA 2: 13812345678_通话记录.txt's copy kept it with the rules on, and the red line
  // counted the text's number only), and a name no text holds (赵小红), which the model now finds in the file's name
  // (re-check QA: it was left readable unless the copies were numbered).
  const named = [['13812345678_通话记录.txt', '通话记录如下：李明辉于上午致电13900001111。\n'], ['赵小红_证明.txt', '本人证明上述情况属实。\n']]
  await page.setInputFiles('[data-testid=batch-files]', named.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })))
  await waitForBatchDone(page, named.length)
  assert.match(await left.textContent(), /文件中有 2 处/, 'the name\'s number counted with the text\'s')
  const numbered = page.locator('[data-testid=batch-numbered]')
  assert.equal(await numbered.isChecked(), false, 'off by default')
  const help = await page.locator(`[id="${await numbered.getAttribute('aria-describedby')}"]`).textContent()
  assert.ok(help.includes('模型在文件名和文件夹名中找到的名称也替换'), help)
  await patternsSwitch.check()
  assert.equal(await left.count(), 0)
  const byName = await redactedCopies(page)
  assert.deepEqual(Object.keys(byName).sort(), ['[人名]_证明.redacted.txt', '[电话]_通话记录.redacted.txt'])
  assert.ok(!Object.values(byName).some((text) => text.includes('13900001111')))
  await numbered.check()
  const byNumber = await redactedCopies(page)
  assert.deepEqual(Object.keys(byNumber), ['001.redacted.txt', '002.redacted.txt'], 'no name, no folder, and no list of which is which')
  assert.deepEqual(Object.values(byNumber), Object.values(byName), 'the same texts')
  // Numbered, the names keep no number: the red line counts the text's alone.
  await patternsSwitch.uncheck()
  assert.match(await left.textContent(), /文件中有 1 处/)
  await context.close()
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped model (the fixture\'s random weights find no stable names)') })

// Re-check F3: with the rules off a copy kept 小名“豆豆” and 外号“小胖墩”, which only the rules find, and the Batch tab
// showed no red line at all; F4: 豆豆 again in another file stays readable too, and counts (a place each).
test('Batch copies: the red line counts the nicknames only the rules find, each place the copies keep', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  const files = [['case.txt', '王小明的小名“豆豆”，今年五岁，外号“小胖墩”。\n'], ['note.txt', '周五下午豆豆没有来上课。\n']]
  await page.setInputFiles('[data-testid=batch-files]', files.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })))
  await waitForBatchDone(page, files.length)
  const left = page.locator('[data-testid=batch-patterns-left]')
  const off = Object.values(await redactedCopies(page)).join('')
  const kept = off.split('豆豆').length - 1 + off.split('小胖墩').length - 1
  assert.ok(kept >= 2, off)
  assert.equal((await left.textContent()).trim(), `文件中有 ${kept} 处像电话号码、证件号、出生日期、昵称等个人信息，副本中不会替换，仍保留原文。勾选上面对应的一项即可替换。`, off)
  await page.check('[data-testid=batch-find-patterns]')
  assert.equal(await left.count(), 0)
  const on = Object.values(await redactedCopies(page)).join('')
  assert.ok(!on.includes('豆豆') && !on.includes('小胖墩'), on)
  await context.close()
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped model (the fixture\'s random weights find no stable names)') })
