// A spreadsheet of posts (QA: a researcher's 2,000 Weibo posts in one .csv): the page refused .csv, .tsv and .jsonl,
// and the one way to results per post with its id was a .txt file per post. Now a .csv in the Batch tab is an item
// per row, named file#id, with the names found in each; opened in the editor, its texts come a blank line apart,
// and the notice says how many records were read from which column.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, downloadText, newRecordedContext, openApp, openTab, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

/** Five posts, each with two or three people; one with a comma and a line break inside its quoted cell. */
const POSTS = [
  { id: '5001', text: '张伟和王芳昨天在成都吃火锅。', names: ['张伟', '王芳'] },
  { id: '5002', text: '李强、刘洋和陈静一起去爬了泰山。', names: ['李强', '刘洋', '陈静'] },
  { id: '5003', text: '记者赵敏采访了校长周建华，\n两人谈了很久。', names: ['赵敏', '周建华'] },
  { id: '5004', text: '黄晓明说他和杨颖下个月去上海。', names: ['黄晓明', '杨颖'] },
  { id: '5005', text: '孙丽把书借给了马超和吴磊。', names: ['孙丽', '马超', '吴磊'] },
]
const quote = (cell) => (/[",\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
const CSV = ['mid,发布时间,微博正文', ...POSTS.map((p, i) => [p.id, `2026-12-0${i + 1}`, p.text].map(quote).join(','))].join('\r\n') + '\r\n'
const FILE = { name: 'weibo.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }

test('Batch: a .csv of five posts gives five items named file#id, each with its names', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', FILE)
  await waitForBatchDone(page, POSTS.length)
  const names = await page.locator('[data-testid=batch-list] [data-name]').evaluateAll((els) => els.map((el) => el.dataset.name))
  assert.deepEqual(names, POSTS.map((p) => `weibo.csv#${p.id}`))

  // The CSV export: a row per name, its record (file#id) first.
  const { text } = await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))
  const rows = text.trim().split(/\r?\n/u).slice(1).map((line) => line.split(','))
  for (const post of POSTS) {
    const found = rows.filter((row) => row[0] === `weibo.csv#${post.id}`).map((row) => row.join(','))
    for (const name of post.names) assert.ok(found.some((row) => row.includes(name)), `${name} in ${post.id}: ${found.join(' / ')}`)
  }

  // Its summary counts rows, not files (QA: a sheet's posts read 「已分析 4 / 5,000 个文件」); with a .txt file beside
  // the sheet it counts items; a batch of plain files still says files.
  assert.match(await page.textContent('[data-testid=batch-summary]'), /^已分析 5 \/ 5 条记录 · \d+ 个名称/)
  // The columns not read are named once for the file, as the editor names them (QA: the tab read the same sheets and
  // never said which columns, an order export's names or notes among them, it left out).
  const columnsLeftOut = () => page.locator('[data-testid=batch-columns-left-out] li').allTextContents().then((lines) => lines.map((line) => line.trim()))
  assert.deepEqual(await columnsLeftOut(), ['weibo.csv：每行只读取了“微博正文”列，未读取的列：mid和发布时间。'])
  assert.equal((await page.textContent('[data-testid=batch-open-hint]')).trim(), '点记录名（文件名#编号）即可在编辑器中打开，查看高亮的名称；用方向键在记录间移动。')
  const txt = (name) => ({ name, mimeType: 'text/plain', buffer: Buffer.from('王明和李华去了北京。') })
  const summaryOf = async (files, n) => {
    await page.setInputFiles('[data-testid=batch-files]', files)
    await waitForBatchDone(page, n)
    return page.textContent('[data-testid=batch-summary]')
  }
  assert.match(await summaryOf([FILE, txt('note.txt')], POSTS.length + 1), /^已分析 6 \/ 6 项 · \d+ 个名称/)
  assert.deepEqual(await columnsLeftOut(), ['weibo.csv：每行只读取了“微博正文”列，未读取的列：mid和发布时间。'])
  // Sheets of the same header share one line naming three of them and how many (re-check QA: 20 such sheets gave 20
  // lines, 876 px); a column name of 240 characters is cut to 30, the whole line in the title (it took 12 lines).
  const sheet = (name, head) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${head}\n4801,2026-12-01,张伟去了成都。\n`) })
  const long = '备注'.repeat(120)
  await summaryOf([...Array.from({ length: 6 }, (_, i) => sheet(`weibo-${i + 1}.csv`, 'mid,发布时间,微博正文')), sheet('long.csv', `mid,${long},微博正文`)], 7)
  assert.deepEqual(await columnsLeftOut(), [
    'weibo-1.csv、weibo-2.csv、weibo-3.csv等 6 个文件：每行只读取了“微博正文”列，未读取的列：mid和发布时间。',
    `long.csv：每行只读取了“微博正文”列，未读取的列：mid和${'备注'.repeat(15)}…。`,
  ])
  const lines = page.locator('[data-testid=batch-columns-left-out] li')
  assert.equal(await lines.nth(1).getAttribute('title'), `long.csv：每行只读取了“微博正文”列，未读取的列：mid和${long}。`)
  assert.equal(await lines.nth(0).getAttribute('title'), null)
  // Quiet where nothing was left out: a sheet read whole (an order export's every column, a line each), plain files.
  const orders = { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from('订单号,收货人,电话,备注\n8800123456780001,韦嘉欣,13766554433,交给前台小林\n') }
  await summaryOf([orders, txt('c.txt'), txt('d.txt')], 3)
  assert.equal(await page.locator('[data-testid=batch-columns-left-out]').count(), 0)
  assert.match(await summaryOf([txt('a.txt'), txt('b.txt')], 2), /^已分析 2 \/ 2 个文件 · \d+ 个名称/)
  assert.equal(await page.locator('[data-testid=batch-columns-left-out]').count(), 0)
  await context.close()
})

test('the editor: a .csv opens as its texts a blank line apart, and says how many records from which column', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', FILE))
  assert.equal(await page.inputValue(SELECTORS.editor), POSTS.map((p) => p.text).join('\n\n'))
  // The columns not read are named (e-commerce QA: an order export's recipients and phones were dropped without a word).
  assert.equal((await page.textContent('[data-testid=import-message]')).trim(), '已从 weibo.csv 的“微博正文”列读取 5 条记录，每两条之间空一行。未读取的列：mid和发布时间。')

  // A .jsonl line that is no JSON object is named by its number, and the editor keeps its text.
  await page.setInputFiles('[data-testid=file-input]', { name: 'bad.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from('{"text":"张伟"}\n\n{"text": oops}\n') })
  await page.waitForFunction(() => /第 3 行不是 JSON 对象/u.test(document.querySelector('#editor')?.textContent ?? ''), null, { timeout: 10_000 })
  assert.equal(await page.inputValue(SELECTORS.editor), POSTS.map((p) => p.text).join('\n\n'))

  // A quote opened and never closed is refused with its line (read so, every later row was one record).
  await page.setInputFiles('[data-testid=file-input]', { name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from('id,text\n1,张伟\n2,"李娜去上海\n3,王刚\n') })
  await page.waitForFunction(() => /第 3 行某个单元格开头的引号/u.test(document.querySelector('#editor')?.textContent ?? ''), null, { timeout: 10_000 })

  // A sheet with no header row: its first post is a record too (it was taken for the column's name), and the notice says so.
  const noHeader = POSTS.slice(0, 3).map((p) => p.text.replace('\n', '')).join('\n') + '\n'
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', { name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(noHeader) }))
  assert.equal(await page.inputValue(SELECTORS.editor), noHeader.trim().split('\n').join('\n\n'))
  assert.equal((await page.textContent('[data-testid=import-message]')).trim(), '已从 posts.csv 的第 1 列读取 3 条记录，每两条之间空一行。文件没有表头行，第一行也作为记录读取。')

  // A table of records with no text column (an order export): every column read, a `name：value` line each, so that
  // its recipients' names and phones are analysed too (only its 地址 column was read).
  const orders = ['订单号,收货人,电话,地址,备注', '8800123456780001,韦嘉欣,13766554433,福建省厦门市思明区湖滨南路9号,交给前台小林', '8800123456780002,邵一鸣,18899001122,天津市南开区卫津路3号,'].join('\n') + '\n'
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(orders) }))
  assert.equal((await page.textContent('[data-testid=import-message]')).trim(), '已从 orders.csv 读取 2 条记录的全部 5 列，每列一行，每两条记录之间空一行。')
  const ordersText = await page.inputValue(SELECTORS.editor)
  for (const line of ['收货人：韦嘉欣', '电话：13766554433', '收货人：邵一鸣', '电话：18899001122']) assert.ok(ordersText.split('\n').includes(line), `${line} in ${ordersText}`)
  await context.close()
})
