import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { docx, p } from '../support/wordDocument'
import { randomBytes } from '../support/randomBytes'
import { convertibleFormat, EDITOR_ACCEPT, fileKind, IMPORT_ACCEPT, ImportError, MAX_DOCX_XML_BYTES, MAX_IMPORT_CHARS, readImportedFile } from '../../../src/app/fileImport'
import { MAX_LIVE_CHARS } from '../../../src/app/coverage'

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

  it('knows the documents, spreadsheets and presentations people try, to say how to make them a file that opens', async () => {
    // Still refused (no reader for them), but each with its way out: see editor.importSaveAsDocx / importCopyText.
    await expect(readImportedFile(new File([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])], '旧合同.doc'))).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    expect(['旧合同.DOC', 'a.wps', 'a.rtf', 'a.odt', '工资表.xlsx', 'a.et', '汇报.pptx', 'a.dps'].map(convertibleFormat))
      .toEqual(['doc', 'wps', 'rtf', 'odt', 'sheet', 'sheet', 'slides', 'slides'])
    for (const other of ['photo.png', 'noextension', 'a.docx', 'a.toString', 'a.constructor']) expect(convertibleFormat(other)).toBeNull()
    // The editor's chooser shows the word processors' documents (a .doc hidden there could not even be picked);
    // the Batch tab's does not (it skips them in a folder).
    for (const extension of ['.doc', '.wps', '.rtf', '.odt']) {
      expect(EDITOR_ACCEPT.split(',')).toContain(extension)
      expect(IMPORT_ACCEPT.split(',')).not.toContain(extension)
    }
    expect(EDITOR_ACCEPT.startsWith(IMPORT_ACCEPT + ',')).toBe(true)
  })

  it('refuses text longer than the editor handles', async () => {
    const big = new File(['北'.repeat(MAX_IMPORT_CHARS + 1)], 'big.txt')
    await expect(readImportedFile(big)).rejects.toBeInstanceOf(ImportError)
    await expect(readImportedFile(big)).rejects.toMatchObject({ code: 'TOO_LONG' })
  })

  it('accepts as much text as live analysis reads, and no more', async () => {
    // A file accepted and then refused as too large to analyse live would read as a broken import.
    expect(MAX_IMPORT_CHARS).toBe(MAX_LIVE_CHARS)
    expect((await readImportedFile(new File(['北'.repeat(MAX_LIVE_CHARS)], 'full.txt'))).text).toHaveLength(MAX_LIVE_CHARS)
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

describe('reading a Word document: what Word shows and hides, and how big it unpacks', () => {
  it('reads what Word shows that mammoth skips: ruby base text, a simple field, a carriage return, a text box without a VML copy', async () => {
    const ruby = (base: string, pinyin: string) => `<w:ruby><w:rubyPr/><w:rt><w:r><w:t>${pinyin}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby>`
    const field = '<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>林峰</w:t></w:r></w:fldSimple>'
    const textBox = '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框：周迅在南京。</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    const file = await docx(
      p('拼音：', ruby('孔', 'kǒng'), ruby('子', 'zǐ'), '在曲阜。')
      + `<w:p><w:r><w:t>作者</w:t></w:r>${field}<w:r><w:t>。</w:t></w:r></w:p>`
      + p('第一行', '<w:cr/>', '第二行')
      + p('正文', textBox),
    )
    expect(await readImportedFile(file)).toEqual({ text: '拼音：孔子在曲阜。\n作者林峰。\n第一行\n第二行\n正文\n文本框：周迅在南京。', encoding: null })
  })

  it('leaves out hidden text (Word neither shows nor prints it) and says so; says when some content was of a kind not read', async () => {
    const hidden = '<w:rPr><w:vanish/></w:rPr><w:t>隐藏的吴敏</w:t>'
    const shown = '<w:rPr><w:vanish w:val="false"/></w:rPr><w:t>不隐藏</w:t>'
    expect(await readImportedFile(await docx(p('可见', hidden, shown, '文字。')))).toEqual({ text: '可见不隐藏文字。', encoding: null, leftOut: ['hidden'] })
    // w:ptab (an absolute tab), an element mammoth does not read: reported, not passed over in silence.
    expect((await readImportedFile(await docx(p('甲', '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>', '乙')))).leftOut).toEqual(['unread'])
  })

  it('leaves out text hidden through a character or paragraph style (and styles based on one), as Word does', async () => {
    const style = (type: string, id: string, inner: string) => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`
    const styles = `<w:styles>${style('character', 'Secret', '<w:rPr><w:vanish/></w:rPr>')}`
      + style('character', 'MoreSecret', '<w:basedOn w:val="Secret"/><w:rPr><w:b/></w:rPr>')
      + style('character', 'Shown', '<w:basedOn w:val="Secret"/><w:rPr><w:vanish w:val="0"/></w:rPr>')
      + style('paragraph', 'HiddenNote', '<w:rPr><w:vanish/></w:rPr>')
      + style('character', 'Loop', '<w:basedOn w:val="Loop"/>')
      + '</w:styles>'
    const styled = (id: string, text: string) => `<w:rPr><w:rStyle w:val="${id}"/></w:rPr><w:t>${text}</w:t>`
    const body = p('公开', styled('Secret', '隐藏的吴敏'), styled('MoreSecret', '隐藏的周强'), styled('Shown', '看得见'), styled('Loop', '循环'), '。')
      + '<w:p><w:pPr><w:pStyle w:val="HiddenNote"/></w:pPr><w:r><w:t>整段隐藏：郑华</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>段内显示</w:t></w:r></w:p>'
      + p('末段。')
    expect(await readImportedFile(await docx(body, { 'styles.xml': styles }))).toEqual({ text: '公开看得见循环。\n段内显示\n末段。', encoding: null, leftOut: ['hidden'] })
    // The same styles used by nothing hidden: nothing is reported.
    expect(await readImportedFile(await docx(p('公开', styled('Shown', '看得见')), { 'styles.xml': styles }))).toEqual({ text: '公开看得见', encoding: null })
  })

  it('refuses a .docx whose XML unpacks to more than a document of the longest text needs, from its zip directory, at once', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>${'张'.repeat(MAX_DOCX_XML_BYTES / 3 + 10)}</w:t></w:r></w:p></w:body></w:document>`)
    const bomb = new File([await zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' })], 'bomb.docx')
    expect(bomb.size).toBeLessThan(MAX_DOCX_XML_BYTES / 100)
    const started = performance.now()
    await expect(readImportedFile(bomb)).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('stops unpacking a part that gives more bytes than its zip says it holds', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('北'.repeat(5000))}</w:body></w:document>`)
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    // The central directory's "uncompressed size" of word/document.xml (offset 24 in its entry) made 100 bytes.
    const view = new DataView(bytes.buffer)
    const central = bytes.findLastIndex((_, i) => i + 63 <= bytes.length && view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(i + 46, i + 63)) === 'word/document.xml')
    view.setUint32(central + 24, 100, true)
    await expect(readImportedFile(new File([bytes], 'lying.docx'))).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
  })
})


describe('reading a Word document: parts outside word/ count against the unpacked size too', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const RELS = (target: string) => '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`
  const DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${p('王芳在上海。')}</w:body></w:document>`
  const TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'

  /** A .docx with the main document at `target` (as _rels/.rels names it), whose central directory says
   *  `declared` bytes for the entry `entry` (when given): a zip made to unpack to far more than it is. */
  async function lyingDocx(target: string, entry?: string, declared?: number): Promise<File> {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', TYPES)
    zip.file('_rels/.rels', RELS(`/${target}`))
    zip.file(target, DOCUMENT)
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
    if (entry === undefined || declared === undefined) return new File([bytes], 'outside.docx')
    const view = new DataView(bytes.buffer)
    const name = new TextEncoder().encode(entry)
    const central = bytes.findLastIndex((_, i) => i + 46 + name.length <= bytes.length && view.getUint32(i, true) === 0x02014b50
      && view.getUint16(i + 28, true) === name.length && bytes.subarray(i + 46, i + 46 + name.length).every((b, k) => b === name[k]))
    expect(central).toBeGreaterThan(0)
    view.setUint32(central + 24, declared, true)
    return new File([bytes], 'outside.docx')
  }

  it('reads a document whose main part is outside word/ as long as it is small', async () => {
    expect((await readImportedFile(await lyingDocx('main.xml'))).text).toBe('王芳在上海。')
  })

  it('refuses, from the zip directory, a main part outside word/ or a [Content_Types].xml that unpacks to more than the limit', async () => {
    // QA: _rels/.rels → /main.xml unpacking to 1.35 GB, and [Content_Types].xml padded to 1.2 GB: both read in full.
    await expect(readImportedFile(await lyingDocx('main.xml', 'main.xml', MAX_DOCX_XML_BYTES + 1))).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
    await expect(readImportedFile(await lyingDocx('word/document.xml', '[Content_Types].xml', MAX_DOCX_XML_BYTES + 1))).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
    await expect(readImportedFile(await lyingDocx('word/document.xml', '_rels/.rels', MAX_DOCX_XML_BYTES + 1))).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
  })

  it('refuses a "picture" the rels name as the document when it would unpack to more than the limit, before unpacking it', async () => {
    // Pictures are not counted by the zip-directory check (a document may hold large ones, never unpacked);
    // a part read is counted as it is asked for.
    await expect(readImportedFile(await lyingDocx('word/media/image1.png', 'word/media/image1.png', MAX_DOCX_XML_BYTES + 1))).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
    expect((await readImportedFile(await lyingDocx('word/media/image1.png'))).text).toBe('王芳在上海。')
  })

  it('keeps large pictures out of the count: a document with 120 MB of pictures still opens', async () => {
    const file = await lyingDocx('word/document.xml')
    const zip = await JSZip.loadAsync(await file.arrayBuffer())
    zip.file('word/media/image1.png', 'not really a picture')
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }))
    const view = new DataView(bytes.buffer)
    const central = bytes.findLastIndex((_, i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50
      && new TextDecoder().decode(bytes.subarray(i + 46, i + 67)) === 'word/media/image1.png')
    view.setUint32(central + 24, 120_000_000, true)
    expect((await readImportedFile(new File([bytes], 'pictures.docx'))).text).toBe('王芳在上海。')
  })

  it('refuses a real 110 MB part outside word/ in well under a second, without unpacking it', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', TYPES)
    zip.file('_rels/.rels', RELS('/main.xml'))
    zip.file('main.xml', new Uint8Array(110_000_000).fill(0x20))
    const bomb = new File([await zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })], 'bomb.docx')
    expect(bomb.size).toBeLessThan(1_000_000)
    const started = performance.now()
    await expect(readImportedFile(bomb)).rejects.toMatchObject({ code: 'TOO_BIG_UNPACKED' })
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})

describe('a .docx that is an OLE file', () => {
  it('is said to be password-protected (or an old .doc renamed), not damaged (QA: called "not valid or damaged")', async () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await expect(readImportedFile(new File([ole], '加密.docx'))).rejects.toMatchObject({ code: 'PROTECTED', fileName: '加密.docx' })
    // Anything else that is no zip is still unreadable.
    await expect(readImportedFile(new File([ole.subarray(1)], '坏.docx'))).rejects.toMatchObject({ code: 'UNREADABLE' })
    await expect(readImportedFile(new File([ole.subarray(0, 4)], '短.docx'))).rejects.toMatchObject({ code: 'UNREADABLE' })
  })
})
