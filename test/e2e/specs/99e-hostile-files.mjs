// Findings of a QA pass with hostile files: a .docx whose main part sits outside word/ (_rels/.rels → /main.xml)
// unpacked to 1.35 GB and took the tab down with the editor's text; a folder of 3,000 files gave an arbitrary
// 1,000 without a word; a right-to-left override in a file name printed the message backwards and faked the
// extension; a password-protected .docx (an OLE file) was called damaged.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab } from '../helpers.mjs'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const OLE = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4088)])

/** A 120 KB zip whose main document, at /main.xml (outside word/), unpacks to 110 MB. */
async function bombOutsideWord() {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/main.xml"/></Relationships>')
  zip.file('main.xml', new Uint8Array(110_000_000).fill(0x20))
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }))
}

test('hostile files in the editor: a bomb outside word/ is refused at once, a name\'s RLO is shown, an OLE .docx is said to be protected', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const message = page.locator('[data-testid=import-message]')
  await page.fill(SELECTORS.editor, '用户的笔记：张伟在北京。')
  const buffer = await bombOutsideWord()
  const started = Date.now()
  await page.setInputFiles('[data-testid=file-input]', { name: 'outside.docx', mimeType: DOCX, buffer })
  await message.filter({ hasText: 'outside.docx 解压后超过 100 MB' }).waitFor({ timeout: 10_000 })
  const took = Date.now() - started
  assert.ok(took < 5_000, `refused in ${took} ms`)
  assert.equal(await page.inputValue(SELECTORS.editor), '用户的笔记：张伟在北京。')

  // 报告<RLO>fdp.exe.txt, a PNG: the message names it in order, with the override shown, and the real .txt last.
  await page.setInputFiles('[data-testid=file-input]', { name: '报告\u202Efdp.exe.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200)]) })
  const refused = page.locator('[role=alert] [data-testid=import-message]', { hasText: '报告\uFFFDfdp.exe.txt' })
  await refused.waitFor({ timeout: 10_000 })
  const said = await refused.textContent()
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/u.test(said), JSON.stringify(said))
  assert.ok(said.startsWith('报告\uFFFDfdp.exe.txt '), said)

  await page.setInputFiles('[data-testid=file-input]', { name: '加密.docx', mimeType: DOCX, buffer: OLE })
  // The same two ways out as the Batch row below (before: only 「请去除密码后再打开」).
  await message.filter({ hasText: '加密.docx 设有密码保护，或是改名为 .docx 的旧版 Word 文档（.doc）：请去除密码，或用 Word 或 WPS 打开后另存为 .docx，再重新打开。' }).waitFor({ timeout: 10_000 })
  assert.equal(await page.inputValue(SELECTORS.editor), '用户的笔记：张伟在北京。')
  await context.close()
})

test('Batch: a folder of 1,050 files takes the first 1,000 by name and says so; an OLE .docx row says protected or old .doc', async (ctx) => {
  const root = await mkdtemp(join(tmpdir(), 'shiti-99e-'))
  try {
    const big = join(root, '大文件夹')
    await mkdir(big, { recursive: true })
    // Written last name first, so the file system's order is not the names'.
    for (let i = 1049; i >= 0; i--) await writeFile(join(big, `f${String(i).padStart(4, '0')}.txt`), `第${i}号：张伟在北京。`)
    const { context } = await newRecordedContext(ctx)
    const page = await openApp(ctx, context)
    await openTab(page, 'batch')
    const notice = page.locator('[data-testid=batch-notice]')
    await page.setInputFiles('[data-testid=batch-folder]', big)
    await notice.filter({ hasText: '1,050' }).waitFor({ timeout: 30_000 })
    assert.equal(await notice.textContent(), '该文件夹中有 1,050 个可读取的文件，已按名称取前 1,000 个。其余文件请选择其子文件夹，或直接选择这些文件。')
    const names = await page.locator('[data-testid=batch-list] [data-name]').evaluateAll((els) => els.map((el) => el.dataset.name))
    assert.equal(names.length, 1000)
    assert.equal(names[0], '大文件夹/f0000.txt')
    assert.equal(names.at(-1), '大文件夹/f0999.txt')
    const stop = page.locator('[data-testid=batch-stop]')
    if (await stop.isVisible()) await stop.click()
    await page.locator('[data-testid=batch-clear]').click()

    await page.setInputFiles('[data-testid=batch-files]', [{ name: '加密.docx', mimeType: DOCX, buffer: OLE }])
    await page.locator('[data-testid=batch-list] li[data-status=failed]').filter({ hasText: '设有密码保护，或是改名为 .docx 的旧版 Word 文档（.doc）' }).waitFor({ timeout: 30_000 })
    await context.close()
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
