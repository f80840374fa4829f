// School QA: a teacher's roster.csv, opened in the editor, became `列名：值` lines, and Redact gave back only
// roster.redacted.txt in that shape; in the Batch tab every row was an item of its own (roster.csv#1 … #10), each a
// .txt in the .zip, and rows with no line break at the file's end ran together. Now the Redact tab also downloads the
// file back as its table (roster.redacted.csv: the same header and columns, each cell redacted, the .txt's
// pseudonyms), not once the text is edited outside its cells; and the Batch tab's .zip holds one <file>.redacted.csv
// per sheet in place of a .txt per row.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, axeViolations, downloadText, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

/** A class list of my own: pupils, their 学号, a parent and the parent's phone. */
const PUPILS = [
  ['1', '林嘉怡', '20250401', '初一（2）班', '林国栋', '13812340001'],
  ['2', '何子轩', '20250402', '初一（2）班', '何美玲', '13912340002'],
  ['3', '谢雨彤', '20250403', '初一（2）班', '谢振华', '15012340003'],
  ['4', '曾浩宇', '20250404', '初一（2）班', '曾丽萍', '18612340004'],
]
const HEADER = ['序号', '姓名', '学号', '班级', '家长姓名', '家长电话']
const ROSTER = [HEADER, ...PUPILS].map((row) => row.join(',')).join('\r\n') + '\r\n'
const FILE = { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) }
/** Scores with no line break after the last row (QA: such rows ran together in the .zip). */
const SCORES = { name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from('学号,姓名,语文,数学\n20250401,林嘉怡,108,112\n20250402,何子轩,99,120') }
const SECRETS = PUPILS.flatMap((row) => [row[1], row[4], row[5]])

/** A CSV's rows as cells (the cells here hold no comma or quote). */
const cellsOf = (text) => text.trimEnd().split('\r\n').map((line) => line.split(','))

test('Redact: a roster opened from a .csv downloads as roster.redacted.csv, its columns kept and every name and phone replaced', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', FILE))
  await openTab(page, 'redact')
  await page.check('[data-testid=find-patterns]')
  await page.check('[data-redact-mode=pseudonym]')
  const button = page.locator('[data-testid=download-table]')
  await button.waitFor()
  assert.equal((await button.textContent()).trim(), '下载为表格（.csv）')
  assert.match(await page.textContent('[data-testid=table-help]'), /^\s*roster\.redacted\.csv：表头、单元格的位置与原文件相同/u)
  await page.waitForFunction(() => !document.querySelector('[data-testid=download-table]').disabled)
  assert.deepEqual(await axeViolations(page), [], 'the table download and its note pass the audit')

  const { name, text, bom } = await downloadText(page, () => button.click())
  assert.equal(name, 'roster.redacted.csv')
  assert.ok(bom, 'a byte-order mark for Excel, as the other CSV downloads')
  const rows = cellsOf(text)
  assert.deepEqual(rows[0], HEADER, 'the same header, in the same order')
  assert.equal(rows.length, PUPILS.length + 1, text)
  for (const row of rows) assert.equal(row.length, HEADER.length, `every row keeps its ${HEADER.length} columns: ${row.join(',')}`)
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${secret} is not readable in the table:\n${text}`)
  assert.deepEqual(rows.slice(1).map((row) => row[0]), PUPILS.map((row) => row[0]), 'the rows in the file’s order')
  assert.ok(rows.slice(1).every((row) => row[3] === '初一（2）班'), 'a cell with no name stays as it was')

  // The same pseudonyms as the .txt download: each pupil's 姓名 cell is the name the text gives them.
  const { text: txt } = await downloadText(page, () => page.click('[data-testid=redaction-panel] [data-testid=download]'))
  const txtNames = [...txt.matchAll(/^姓名：(.+)$/gmu)].map((m) => m[1])
  assert.deepEqual(rows.slice(1).map((row) => row[1]), txtNames)

  // An edit inside a cell is followed: the table holds it.
  const edited = (await page.inputValue(SELECTORS.editor)).replace('初一（2）班', '初一（5）班')
  await setTextAndWait(page, edited)
  await page.waitForFunction(() => !document.querySelector('[data-testid=download-table]')?.disabled)
  const again = cellsOf((await downloadText(page, () => button.click())).text)
  assert.deepEqual(again.slice(1).map((row) => row[3]), ['初一（5）班', '初一（2）班', '初一（2）班', '初一（2）班'])

  // An edit across a label (学号： removed): no table is offered, and the tab says why.
  await setTextAndWait(page, edited.replace('学号：', ''))
  await page.locator('[data-testid=table-lost]').waitFor()
  assert.equal(await button.count(), 0)
  await context.close()
})

test('Batch: the redacted .zip holds one <file>.redacted.csv per sheet, its rows in order, not a .txt per row', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'redact')
  await page.check('[data-testid=find-patterns]')
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [FILE, SCORES])
  await waitForBatchDone(page, PUPILS.length + 2)
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted]')])
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  assert.deepEqual(Object.keys(zip.files), ['roster.redacted.csv', 'scores.redacted.csv'])
  const roster = await zip.file('roster.redacted.csv').async('string')
  assert.ok(roster.startsWith('\uFEFF'))
  const rows = cellsOf(roster.slice(1))
  assert.deepEqual(rows[0], HEADER)
  assert.equal(rows.length, PUPILS.length + 1)
  for (const row of rows) assert.equal(row.length, HEADER.length)
  for (const secret of SECRETS) assert.ok(!roster.includes(secret), `${secret} in:\n${roster}`)
  const scores = cellsOf((await zip.file('scores.redacted.csv').async('string')).slice(1))
  assert.deepEqual(scores.map((row) => row.length), [4, 4, 4], 'the last row, with no line break after it, is a row of its own')
  assert.deepEqual(scores.map((row) => [row[2], row[3]]), [['语文', '数学'], ['108', '112'], ['99', '120']])
  assert.ok(!scores.flat().some((cell) => ['林嘉怡', '何子轩'].includes(cell)))
  await context.close()
})
