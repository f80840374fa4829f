// Clipboard QA: Copy of a CSV export (entity CSV, name list, name pairs) put only the comma-separated text on the
// clipboard, and Excel, WPS and Google Sheets, which split a pasted text on tabs, put every row in column A. Now the
// copy carries an HTML table of the same cells too (what spreadsheets fill columns from), while its text/plain stays
// the download less its byte-order mark. The table's cells are the CSV's, the formula guard's leading ' included, and
// a name with markup in it is text in its cell.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { downloadText, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

// Names from the dictionary, so that the rows do not depend on the model under test: one a spreadsheet would run as
// a formula, one that is markup.
const HOSTILE = '<img src=x onerror=alert(1)>'
const DICTIONARY = `林海峰 人名\n王小红 人名\n=SUM(A1) 机构名\n${HOSTILE} 机构名\n深圳 地名`
const TEXT = `${HOSTILE}与=SUM(A1)合作，林海峰和王小红在深圳表示欢迎。\n林海峰再次发言。`

/** RFC 4180 rows (quoted cells, quotes doubled, CR LF), read here apart from the app's own reader. */
function csvRows(csv) {
  const rows = []
  for (const [, line] of csv.matchAll(/((?:"(?:[^"]|"")*"|[^"\r\n])*)\r\n/g)) {
    rows.push([...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell)))
  }
  return rows
}

/** The clipboard's flavours, and the cells of the HTML one's table as the page reads them (and any <img> in it). */
const readClipboard = (page) => page.evaluate(async () => {
  const out = {}
  for (const item of await navigator.clipboard.read()) for (const type of item.types) out[type] = await (await item.getType(type)).text()
  const doc = new DOMParser().parseFromString(out['text/html'] ?? '', 'text/html')
  out.cells = [...doc.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))
  out.header = [...doc.querySelectorAll('tr:first-child > th')].length
  out.elements = [...doc.querySelectorAll('table *')].map((el) => el.localName).filter((name) => !['thead', 'tbody', 'tr', 'th', 'td', 'br'].includes(name))
  return out
})

/** Downloads and copies each CSV format of `panel` (its radios named `radios`), and checks the copy's two flavours;
 *  `nameColumn`: where each format's rows hold the name. */
async function checkCsvCopies(page, panel, radios, nameColumn) {
  for (const format of ['csv', 'names', 'pairs']) {
    await page.check(`${panel} input[name=${radios}][value=${format}]`)
    const file = await downloadText(page, () => page.click(`${panel} [data-testid=download]`))
    assert.ok(file.bom, `${format}: the file keeps its byte-order mark`)
    await page.evaluate(() => navigator.clipboard.writeText('SENTINEL'))
    // (the last format's "copied" gone first, or it would be taken for this one's)
    await page.waitForFunction((status) => document.querySelector(status)?.textContent === '', `${panel} [data-testid=copy] + [role=status]`)
    await page.click(`${panel} [data-testid=copy]`)
    await page.locator(`${panel} [data-testid=copy] + [role=status]`).filter({ hasText: '已复制' }).waitFor()
    const clip = await readClipboard(page)
    assert.equal(clip['text/plain'], file.text, `${format}: text/plain is the download without its byte-order mark`)
    assert.ok(clip['text/html'], `${format}: an HTML flavour too, types ${Object.keys(clip)}`)
    assert.match(clip['text/html'], /<table>/, format)
    const rows = csvRows(file.text)
    assert.ok(rows.length > 2, `${format}: rows ${JSON.stringify(rows)}`)
    assert.deepEqual(clip.cells, rows, `${format}: the table's cells are the CSV's`)
    assert.equal(clip.header, rows[0].length, `${format}: the first row is the header`)
    assert.deepEqual(clip.elements, [], `${format}: no markup from the names`)
    if (format !== 'pairs') {
      const names = rows.map((row) => row[nameColumn[format]])
      assert.ok(names.includes("'=SUM(A1)"), `${format}: the formula guard kept in the table: ${names}`)
      assert.ok(names.includes(HOSTILE), `${format}: the markup is a name's text: ${names}`)
      assert.ok(names.includes('林海峰'), format)
    }
  }
}

async function openWithDictionary(ctx) {
  const { context } = await newRecordedContext(ctx, { locale: 'zh-CN' })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', DICTIONARY)
  return { context, page }
}

test('Copy of a CSV export: text/plain is the download, text/html a table of the same cells', async (ctx) => {
  const { context, page } = await openWithDictionary(ctx)
  await setTextAndWait(page, TEXT)
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length >= 6)
  await openTab(page, 'export')
  await checkCsvCopies(page, '[data-testid=export-panel]', 'export-format', { csv: 3, names: 1 })
  await context.close()
})

test('the Batch tab\'s CSV copies carry the same table', async (ctx) => {
  const { context, page } = await openWithDictionary(ctx)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [{ name: '会议.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }])
  await page.waitForFunction(() => document.querySelector('[data-testid=batch-list] li')?.dataset.status === 'done', null, { timeout: 120_000 })
  await checkCsvCopies(page, '[data-testid=batch-panel]', 'batch-format', { csv: 4, names: 1 })
  await context.close()
})
