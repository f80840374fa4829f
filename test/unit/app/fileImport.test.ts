import { describe, expect, it } from 'vitest'
import { docx, p } from '../support/wordDocument'
import { randomBytes } from '../support/randomBytes'
import { fileKind, ImportError, MAX_IMPORT_CHARS, readImportedFile } from '../../../src/app/fileImport'

describe('readImportedFile', () => {
  it('reads .txt and .md with Windows and old Mac line endings normalized, and says where they were', async () => {
    expect(await readImportedFile(new File(['北京\r\n上海\r广州'], 'a.txt'))).toEqual({ text: '北京\n上海\n广州', encoding: 'utf-8', lineBreaks: { crlfAt: [2], crAt: [5] } })
    expect(await readImportedFile(new File(['# 标题\r\n'], 'notes.MD'))).toEqual({ text: '# 标题\n', encoding: 'utf-8', lineBreaks: { crlfAt: [4], crAt: [] } })
    expect(await readImportedFile(new File(['北京\n上海\n广州'], 'unix.txt'))).toEqual({ text: '北京\n上海\n广州', encoding: 'utf-8' })
  })

  it('reads a GBK text file as the text that was written, and says so', async () => {
    const gbk = Uint8Array.from([0xc0, 0xee, 0xc4, 0xc8, 0xd4, 0xda, 0xce, 0xe4, 0xba, 0xba, 0xa1, 0xa3, 0x0d, 0x0a]) // 李娜在武汉。\r\n
    expect(await readImportedFile(new File([gbk], 'gbk.txt'))).toEqual({ text: '李娜在武汉。\n', encoding: 'gb18030', lineBreaks: { crlfAt: [6], crAt: [] } })
  })

  it('refuses other kinds of file with a reason', async () => {
    await expect(readImportedFile(new File(['PK'], 'slides.pptx'))).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    expect(fileKind('report.docx')).toBe('docx')
    expect(fileKind('判决书.PDF')).toBe('pdf')
    expect(fileKind('noextension')).toBeNull()
  })

  it('refuses text longer than the editor handles', async () => {
    const big = new File(['北'.repeat(MAX_IMPORT_CHARS + 1)], 'big.txt')
    await expect(readImportedFile(big)).rejects.toBeInstanceOf(ImportError)
    await expect(readImportedFile(big)).rejects.toMatchObject({ code: 'TOO_LONG' })
  })

  it('reports a damaged .docx as unreadable', async () => {
    await expect(readImportedFile(new File(['not a zip'], 'broken.docx'))).rejects.toMatchObject({ code: 'UNREADABLE' })
  })
})

// Word's own footnotes.xml starts with these two, which are no notes.
const SEPARATORS = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'

describe('reading a Word document', () => {
  it('keeps a line break inside a paragraph (Shift+Enter) and a tab, a paragraph a line', async () => {
    const file = await docx(p('北京星辰科技有限公司', '<w:br/>', '法定代表人：张伟') + p('电话', '<w:tab/>', '010-1234') + p() + p('完'))
    expect(await readImportedFile(file)).toEqual({ text: '北京星辰科技有限公司\n法定代表人：张伟\n电话\t010-1234\n\n完', encoding: null })
  })

  it('breaks the line at a page break inside a paragraph, and adds none where one starts a paragraph', async () => {
    const file = await docx(p('第一页', '<w:br w:type="page"/>', '第二页') + p('<w:br w:type="page"/>', '第三章'))
    expect((await readImportedFile(file)).text).toBe('第一页\n第二页\n第三章')
  })

  it('reads footnotes and endnotes after the text, each marked where it is referred to', async () => {
    const body = p('李娜', '<w:footnoteReference w:id="1"/>', '在武汉', '<w:endnoteReference w:id="2"/>', '。')
    const file = await docx(body, {
      'footnotes.xml': `<w:footnotes>${SEPARATORS}<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 湖北省网球队运动员。</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      'endnotes.xml': `<w:endnotes><w:endnote w:id="2">${p('见新华社报道。')}</w:endnote></w:endnotes>`,
    })
    expect(await readImportedFile(file)).toEqual({ text: '李娜[1]在武汉[2]。\n\n[1] 湖北省网球队运动员。\n[2] 见新华社报道。', encoding: null })
  })

  it('says which parts with text in them were not read: headers, footers, comments', async () => {
    const body = p('正文')
    const header = `<w:hdr>${p('北京星辰科技有限公司 保密')}</w:hdr>`
    const pageNumber = `<w:ftr><w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页 共 9 页</w:t></w:r></w:p></w:ftr>`
    const comments = `<w:comments><w:comment w:id="0" w:author="王律师">${p('核实张伟的身份证号')}</w:comment></w:comments>`
    expect(await readImportedFile(await docx(body, { 'header1.xml': header, 'header2.xml': `<w:hdr>${p()}</w:hdr>`, 'footer1.xml': pageNumber })))
      .toEqual({ text: '正文', encoding: null, leftOut: ['headers'] })
    expect(await readImportedFile(await docx(body, { 'footer2.xml': `<w:ftr>${p('Page 2 of 9')}</w:ftr>`, 'comments.xml': comments })))
      .toEqual({ text: '正文', encoding: null, leftOut: ['comments'] })
    expect((await readImportedFile(await docx(body, { 'header3.xml': header, 'footer1.xml': `<w:ftr>${p('机密文件')}</w:ftr>`, 'comments.xml': comments }))).leftOut)
      .toEqual(['headers', 'footers', 'comments'])
    // Word's empty parts, and footnotes.xml with its separators only, are nothing left out.
    expect(await readImportedFile(await docx(body, { 'header1.xml': `<w:hdr>${p()}</w:hdr>`, 'footnotes.xml': `<w:footnotes>${SEPARATORS}</w:footnotes>` })))
      .toEqual({ text: '正文', encoding: null })
  })

  it('reads a table a line per cell', async () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`
    const file = await docx(`<w:tbl><w:tr>${cell('姓名')}${cell('张伟')}</w:tr></w:tbl>${p('完')}`)
    expect((await readImportedFile(file)).text).toBe('姓名\n张伟\n完')
  })
})

describe('binary data under a text file\'s name', () => {
  it('is refused as not text, whatever it is read as', async () => {
    for (const [size, seed] of [[20_000, 1], [30_000, 7], [40_000, 12345]] as const) {
      await expect(readImportedFile(new File([randomBytes(size, seed)], 'notes.txt'))).rejects.toMatchObject({ code: 'NOT_TEXT' })
    }
    await expect(readImportedFile(new File([randomBytes(20_000, 3)], 'page.html'))).rejects.toMatchObject({ code: 'NOT_TEXT' })
    // A program or picture: mostly NULs and a few valid UTF-8 bytes.
    const sparse = new Uint8Array(4096)
    sparse.set(new TextEncoder().encode('\u007fELF'), 0)
    await expect(readImportedFile(new File([sparse], 'a.txt'))).rejects.toMatchObject({ code: 'NOT_TEXT' })
  })

  it('leaves text files with a stray control character or two alone', async () => {
    const dos = Uint8Array.from([0xc0, 0xee, 0xc4, 0xc8, 0x0d, 0x0a, 0x0c, 0xce, 0xe4, 0xba, 0xba, 0x0d, 0x0a, 0x1a]) // 李娜\r\n\f武汉\r\n^Z in GBK
    // DOS's end-of-file mark ends the file and is not kept (QA: it showed as a box at the editor's end).
    expect(await readImportedFile(new File([dos], 'old.txt'))).toMatchObject({ text: '李娜\n\f武汉\n', encoding: 'gb18030' })
    expect((await readImportedFile(new File(['李娜\u0007在武汉。\u0000'], 'bell.txt'))).text).toBe('李娜\u0007在武汉。\u0000')
    expect((await readImportedFile(new File(['\u001b[32m张伟\u001b[0m 登录\n'.repeat(50)], 'app.log.txt'))).text).toContain('张伟')
  })
})
