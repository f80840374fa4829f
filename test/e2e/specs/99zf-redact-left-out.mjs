// The Redact tab says what a Word file's copies lack (QA, a government disclosure officer): the editor said a .docx's
// headers and footers were not read, the Batch row too, but the Redact tab, read before a download, said only that
// tables are flattened, and the published copy silently lacked the header's document number. Now a line under the
// downloads says so, read with them, for as long as the editor holds that file's text (the name the downloads are
// named after): kept through an edit, gone with another text, back with Restore.
import assert from 'node:assert/strict'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab } from '../helpers.mjs'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const p = (text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

/** A .docx of `body` paragraphs, with `parts` (header1.xml …) beside word/document.xml. */
async function docx(body, parts = {}) {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  for (const [name, xml] of Object.entries(parts)) zip.file(`word/${name}`, `<?xml version="1.0" encoding="UTF-8"?>${xml}`)
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
}
const BODY = p('关于对某市某区某公司的行政处罚决定。') + p('当事人于二〇二五年三月在经营场所销售过期食品。')
const WITH_HEADER = () => docx(BODY, {
  'header1.xml': `<w:hdr ${W}>${p('某市市场监督管理局 文号：某市监罚〔2025〕7号')}</w:hdr>`,
  'footer1.xml': `<w:ftr ${W}>${p('本决定书共两页')}</w:ftr>`,
})

const note = '[data-testid=redact-left-out]'
/** The note's text, or null where there is none; and whether both downloads are described by it. */
async function noteState(page) {
  return page.evaluate((selector) => {
    const line = document.querySelector(selector)
    if (!line) return null
    const describes = (button) => (button.getAttribute('aria-describedby') ?? '').split(' ').includes(line.id)
    const buttons = ['[data-testid=redaction-panel] [data-testid=download]', '[data-testid=download-docx]'].map((s) => document.querySelector(s))
    return { text: line.textContent.trim(), described: buttons.map((b) => b && describes(b)) }
  }, note)
}

test('the Redact tab says a .docx\'s headers and footers are not in its copies, while the editor holds that file\'s text', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await openTab(page, 'redact')
  await page.setInputFiles('[data-testid=file-input]', { name: '处罚决定.docx', mimeType: DOCX, buffer: await WITH_HEADER() })
  await page.waitForFunction((s) => document.querySelector(s).value.startsWith('关于对'), SELECTORS.editor)
  // The editor's own note, and the Redact tab's, worded for the copies.
  await page.locator('[data-testid=import-message]').filter({ hasText: '处罚决定.docx 的页眉和页脚没有读取' }).waitFor()
  await page.waitForSelector(note)
  const shown = { text: '复制和下载的副本不含原文件的页眉和页脚（未读取）。', described: [false, true] }
  const state = await noteState(page)
  assert.equal(state.text, shown.text)
  // Read with the .docx download always; with Download and Copy once they are offered (the model has read the text).
  assert.equal(state.described[1], true, 'the .docx download is described by the note')
  await page.waitForFunction(() => !document.querySelector('[data-testid=download-docx]').disabled, null, { timeout: 120_000 })
  assert.deepEqual(await noteState(page), { ...shown, described: [true, true] })

  // The editor cleared: the note goes; Restore brings the file's text back, and the note (the file's name with it:
  // the downloads' name follows the same rule).
  await page.click('[data-testid=clear-text]')
  await page.waitForSelector(note, { state: 'detached' })
  await page.click('[data-testid=restore-text]')
  await page.waitForSelector(note)
  assert.equal((await noteState(page)).text, shown.text, 'back with Restore')
  // An edit keeps the file's name, and the note: the copies still lack the header.
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('End')
  await page.keyboard.type('另')
  await page.waitForTimeout(300)
  assert.equal((await noteState(page))?.text, shown.text, 'kept through an edit')

  // The whole text selected and another pasted over it: no longer that file's text.
  await page.fill(SELECTORS.editor, '张伟在北京。')
  await page.waitForSelector(note, { state: 'detached' })

  // A .docx read whole: no note. Then the English interface's wording.
  await page.setInputFiles('[data-testid=file-input]', { name: '正文.docx', mimeType: DOCX, buffer: await docx(BODY) })
  await page.waitForFunction((s) => document.querySelector(s).value.startsWith('关于对'), SELECTORS.editor)
  await page.waitForTimeout(300)
  assert.equal(await noteState(page), null, 'no note for a file read whole')
  await context.close()

  const english = await newRecordedContext(ctx, { locale: 'en-US' })
  const pageEn = await openApp(ctx, english.context)
  await openTab(pageEn, 'redact')
  await pageEn.setInputFiles('[data-testid=file-input]', { name: 'decision.docx', mimeType: DOCX, buffer: await WITH_HEADER() })
  await pageEn.waitForSelector(note)
  assert.equal((await noteState(pageEn)).text, 'The copy and the downloads have none of the file’s headers and footers: they were not read from it.')
  await english.context.close()
})
