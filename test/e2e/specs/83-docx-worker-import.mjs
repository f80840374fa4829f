// Findings of a second QA pass on file import: a .docx that unpacks to hundreds of MB (a zip bomb) took the tab
// down, in the Text tab and in Batch; a large .docx froze the page for half a minute with Stop dead (mammoth ran
// on the page's thread); several files dropped on the editor whose first could not be read left the rest untried;
// a damaged .docx said only "could not be read"; Word text boxes, ruby and fields were dropped and hidden text
// read; UTF-32 was refused; an HTML page's visibility:hidden text was read and a <textarea> ran into its button.
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab, screenshot } from '../helpers.mjs'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A .docx of `body` (WordprocessingML), as the unit tests' builder makes it. */
async function docx(body) {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
}
const p = (...runs) => `<w:p>${runs.map((r) => r.startsWith('<') ? `<w:r>${r}</w:r>` : `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`

/** A small zip that unpacks to 150 MB of XML (QA's bomb.docx: 1.36 MB to 400 MB). */
async function bomb() {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<Types/>')
  zip.file('word/document.xml', `<w:document ${W}><w:body>${'<w:p/>'.repeat(150e6 / 6)}</w:body></w:document>`)
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
}

/** A document that takes mammoth seconds: 20,000 paragraphs of ten runs, each run formatted (about 23 MB of XML). */
function large() {
  const run = '<w:r><w:rPr><w:rFonts w:ascii="SimSun" w:eastAsia="SimSun"/><w:b/><w:sz w:val="24"/></w:rPr><w:t>张伟</w:t></w:r>'
  return docx(`<w:p>${run.repeat(10)}</w:p>`.repeat(20_000))
}

/** Starts recording the page's longest task (the main thread busy without a break). */
const watchLongTasks = (page) => page.evaluate(() => {
  window.__longest = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration)
  }).observe({ type: 'longtask' })
})

test('a .docx bomb is refused at once (editor and Batch keep their text); a large .docx is read off the page, which stays responsive, and Stop ends it', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const message = page.locator('[data-testid=import-message]')
  await page.fill(SELECTORS.editor, '用户的笔记：张伟在北京。')
  const started = Date.now()
  await page.setInputFiles('[data-testid=file-input]', { name: 'bomb.docx', mimeType: DOCX, buffer: await bomb() })
  await message.filter({ hasText: 'bomb.docx 解压后超过 100 MB' }).waitFor({ timeout: 15_000 })
  assert.ok(Date.now() - started < 15_000)
  assert.equal(await page.inputValue(SELECTORS.editor), '用户的笔记：张伟在北京。')

  // A large document: the page answers while it is read (before: one 26 s task), and Stop answers at once.
  const buffer = await large()
  await watchLongTasks(page)
  await page.setInputFiles('[data-testid=file-input]', { name: '大文档.docx', mimeType: DOCX, buffer })
  await page.waitForTimeout(1_000)
  await page.click('[data-testid=import-stop]', { timeout: 2_000 })
  await message.filter({ hasText: '已停止读取 大文档.docx；编辑器内容未改变。' }).waitFor({ timeout: 2_000 })
  await page.waitForTimeout(2_000)
  assert.equal(await page.inputValue(SELECTORS.editor), '用户的笔记：张伟在北京。')

  const reading = Date.now()
  await page.setInputFiles('[data-testid=file-input]', { name: '大文档.docx', mimeType: DOCX, buffer })
  await page.waitForFunction((s) => document.querySelector(s).value.startsWith('张伟张伟'), SELECTORS.editor, { timeout: 120_000 })
  const longest = await page.evaluate(() => window.__longest)
  ctx.log?.(`large .docx read in ${Date.now() - reading} ms; longest main-thread task ${Math.round(longest)} ms`)
  assert.equal((await page.inputValue(SELECTORS.editor)).length, 20_000 * 21 - 1)
  assert.ok(longest < 1_500, `the page's thread was busy for ${Math.round(longest)} ms at a stretch`)

  // Batch: the bomb among good files fails alone, with its reason; the others are analysed.
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [
    { name: '甲.txt', mimeType: 'text/plain', buffer: Buffer.from('李娜在武汉。') },
    { name: 'bomb.docx', mimeType: DOCX, buffer: await bomb() },
    { name: '乙.txt', mimeType: 'text/plain', buffer: Buffer.from('王芳在上海。') },
  ])
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-list] li[data-status=done]').length === 2, null, { timeout: 90_000 })
  const failed = page.locator('[data-testid=batch-list] li[data-status=failed]')
  assert.equal(await failed.count(), 1)
  assert.match(await failed.textContent(), /bomb\.docx[\s\S]*解压后过大/)
  await screenshot(ctx, page, '83-batch-bomb')
  // The worker runs under the site's Content-Security-Policy (worker-src 'self'), without an error.
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [])
  assert.deepEqual(page.events.pageErrors, [])
  await context.close()
})

test('files dropped on the editor: an unreadable first one, the next is opened; none readable, the first reason and the Batch tab; a damaged .docx says so', async (ctx) => {
  const folder = await mkdtemp(join(tmpdir(), 'shiti-83-'))
  await writeFile(join(folder, 'damaged.docx'), 'PK not really a zip')
  await writeFile(join(folder, 'damaged.pdf'), 'not a pdf')
  await writeFile(join(folder, 'good.txt'), '记者在北京报道：李娜出席会议。')
  await writeFile(join(folder, 'other.txt'), '王芳在上海。')
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const cdp = await context.newCDPSession(page)
  const message = page.locator('[data-testid=import-message]')
  const drop = async (names) => {
    const box = await page.locator(SELECTORS.editor).boundingBox()
    const at = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) }
    for (const type of ['dragEnter', 'dragOver', 'drop']) {
      await cdp.send('Input.dispatchDragEvent', { type, ...at, data: { items: [], dragOperationsMask: 1, files: names.map((name) => join(folder, name)) } })
    }
  }
  await page.fill(SELECTORS.editor, '原来的文本。')

  await drop(['damaged.docx', 'good.txt', 'other.txt'])
  await page.waitForFunction((s) => document.querySelector(s).value === '记者在北京报道：李娜出席会议。', SELECTORS.editor, { timeout: 10_000 })
    .catch(async () => assert.fail(`editor: ${await page.inputValue(SELECTORS.editor)}; message: ${await message.textContent().catch(() => null)}`))
  await message.filter({ hasText: '无法打开 “damaged.docx”，已改为打开 good.txt。' }).waitFor({ timeout: 5_000 })
  assert.match(await message.textContent(), /已打开 good\.txt；一同拖入的另外 1 个文件没有打开（“批量”标签页可一次分析多个文件）。$/)

  await drop(['damaged.docx', 'damaged.pdf'])
  await message.filter({ hasText: '拖入的 2 个文件都无法打开' }).waitFor({ timeout: 10_000 })
  assert.equal(await message.textContent(), '无法读取 damaged.docx：不是有效的 Word 文档（.docx），或已损坏。编辑器内容未改变。 拖入的 2 个文件都无法打开；“批量”标签页可一次读取多个文件，并逐一说明无法读取的原因。')
  assert.equal(await page.inputValue(SELECTORS.editor), '记者在北京报道：李娜出席会议。')
  await screenshot(ctx, page, '83-editor-none-opened')
  await context.close()
  await rm(folder, { recursive: true, force: true })
})

test('what Word shows is read and what it hides is not (ruby, field, text box, hidden text); UTF-32; an HTML page\'s hidden text and form fields', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const message = page.locator('[data-testid=import-message]')
  const ruby = (base, pinyin) => `<w:ruby><w:rubyPr/><w:rt><w:r><w:t>${pinyin}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby>`
  const textBox = '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框：周迅在南京。</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
  const body = p('拼音：', ruby('孔', 'kǒng'), ruby('子', 'zǐ'), '在曲阜。')
    + '<w:p><w:r><w:t>作者</w:t></w:r><w:fldSimple w:instr=" AUTHOR "><w:r><w:t>林峰</w:t></w:r></w:fldSimple></w:p>'
    + p('第一行', '<w:cr/>', '第二行') + p('正文', textBox) + p('可见', '<w:rPr><w:vanish/></w:rPr><w:t>隐藏的吴敏</w:t>', '文字。')
  await page.setInputFiles('[data-testid=file-input]', { name: '特殊.docx', mimeType: DOCX, buffer: await docx(body) })
  await page.waitForFunction((s) => document.querySelector(s).value.startsWith('拼音'), SELECTORS.editor, { timeout: 15_000 })
  assert.equal(await page.inputValue(SELECTORS.editor), '拼音：孔子在曲阜。\n作者林峰\n第一行\n第二行\n正文\n文本框：周迅在南京。\n可见文字。')
  await message.filter({ hasText: '特殊.docx 的隐藏文字没有读取。' }).waitFor({ timeout: 5_000 })

  const utf32 = Buffer.alloc(4 * 7)
  ;[0xfeff, ...[...'张伟在北京。'].map((c) => c.codePointAt(0))].forEach((point, i) => utf32.writeUInt32LE(point, i * 4))
  await page.setInputFiles('[data-testid=file-input]', { name: 'utf32.txt', mimeType: 'text/plain', buffer: utf32 })
  await page.waitForFunction((s) => document.querySelector(s).value === '张伟在北京。', SELECTORS.editor, { timeout: 10_000 })
  await message.filter({ hasText: 'UTF-32LE' }).waitFor({ timeout: 5_000 })

  const html = '<!doctype html><meta charset="utf-8"><p>公开：李娜。<span style="visibility: hidden">隐藏的张伟</span></p><form><textarea>留言：王芳</textarea><button>提交</button></form>'
  await page.setInputFiles('[data-testid=file-input]', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await page.waitForFunction((s) => document.querySelector(s).value.startsWith('公开'), SELECTORS.editor, { timeout: 10_000 })
  assert.equal(await page.inputValue(SELECTORS.editor), '公开：李娜。\n留言：王芳\n提交')
  await context.close()
})
