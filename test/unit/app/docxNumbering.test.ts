// Word's list numbers (numbering.xml): a penalty decision's 一、二、三、, a contract's 1. / 1.1, a bullet, are in
// no run of the document; read without them, the items came in bare and the redacted copy lost them (QA).
import { describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { docxText, listNumber } from '../../../src/app/docxText'
import { textToDocx } from '../../../src/app/docx'
import { docx, p } from '../support/wordDocument'

/** A paragraph in list `numId` at level `level` (w:numPr), or styled `style` (w:pStyle), its text in one run. */
const item = (text: string, numId: string | null, level: number | null = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId === null ? '' : `<w:numPr>${level === null ? '' : `<w:ilvl w:val="${level}"/>`}<w:numId w:val="${numId}"/></w:numPr>`}<w:ind w:left="420"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`

const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`

const numbering = (abstracts: string, nums: string) => `<w:numbering>${abstracts}${nums}</w:numbering>`

async function read(body: string, parts: Record<string, string>): Promise<string> {
  return (await docxText(await (await docx(body, parts)).arrayBuffer())).text
}

describe('list numbers in a .docx', () => {
  it('puts Word\'s 一、二、三、 before a decision\'s items, as the typed ones are', async () => {
    const lists = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    const body = p('当事人违法事实清楚，决定如下：')
      + item('没收违法所得人民币一万元；', '1') + item('罚款人民币五万元；', '1') + item('责令立即改正。', '1')
    const text = await read(body, { 'numbering.xml': lists })
    expect(text).toBe('当事人违法事实清楚，决定如下：\n一、没收违法所得人民币一万元；\n二、罚款人民币五万元；\n三、责令立即改正。')
    // The redacted .docx is written from this text: read back, its items keep their numbers.
    expect((await docxText((await textToDocx(text)).buffer)).text).toBe(text)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await textToDocx(text)) })
    expect(value).toContain('三、责令立即改正。')
  })

  it('numbers a decimal list\'s nested level 1.1 under 1., restarting it under 2., and a w:num that restarts the list', async () => {
    const lists = numbering(
      `<w:abstractNum w:abstractNumId="3">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2', '<w:suff w:val="space"/>')}${level(2, 'lowerLetter', '(%3)', '<w:suff w:val="nothing"/>')}</w:abstractNum>`,
      '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
        + '<w:num w:numId="6"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        + '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>',
    )
    const body = item('Definitions', '5') + item('Goods', '5', 1) + item('Price', '5', 1) + item('net', '5', 2)
      + item('Delivery', '5') + item('Place', '5', 1) + item('gross', '5', 2) + p('Schedule')
      + item('Parties', '6') + item('Buyer', '6', 1) + item('Term', '6')
      // A w:num of the same list without a restart goes on counting it, as in Word.
      + item('Notices', '7')
    expect(await read(body, { 'numbering.xml': lists })).toBe([
      '1. Definitions', '1.1 Goods', '1.2 Price', '(a)net', '2. Delivery', '2.1 Place', '(a)gross', 'Schedule',
      '1. Parties', '1.1 Buyer', '2. Term', '3. Notices',
    ].join('\n'))
  })

  it('numbers paragraphs whose style carries the list, bullets, tables, and leaves out w:numId 0', async () => {
    const lists = numbering(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCountingThousand', '第%1条', '<w:suff w:val="space"/>')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum>`
        + `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '\uF0B7')}</w:abstractNum>`,
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    )
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Article"><w:name w:val="条"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Clause"><w:basedOn w:val="Article"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
    const cell = (content: string) => `<w:tc>${content}</w:tc>`
    const body = item('为了规范管理，制定本办法。', null, null, 'Article') + item('本办法适用于：', null, null, 'Article')
      + item('机关；', null, null, 'Clause') + item('事业单位。', null, null, 'Clause')
      + item('未编号的说明。', '0', null, 'Article')
      + `<w:tbl><w:tr>${cell(item('要点', '2'))}${cell(p('说明'))}</w:tr></w:tbl>`
      + item('本办法自发布之日起施行。', null, null, 'Article')
    expect(await read(body, { 'numbering.xml': lists, 'styles.xml': styles })).toBe([
      '第一条 为了规范管理，制定本办法。', '第二条 本办法适用于：', '（一）机关；', '（二）事业单位。', '未编号的说明。',
      '• 要点', '说明', '第三条 本办法自发布之日起施行。',
    ].join('\n'))
  })

  it('counts a text box\'s list once where Word keeps two copies of it (mc:AlternateContent)', async () => {
    const lists = numbering(`<w:abstractNum w:abstractNumId="0">${level(0, 'decimalEnclosedCircle', '%1')}</w:abstractNum>`, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    const copy = item('框内', '1')
    const box = '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
      + `<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>${copy}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>`
      + `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${copy}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>`
      + '</mc:AlternateContent></w:r></w:p>'
    // (The paragraph holding the box is read as an empty line before the box's own.)
    expect(await read(item('框前', '1') + box + item('框后', '1'), { 'numbering.xml': lists })).toBe('① 框前\n\n② 框内\n③ 框后')
  })

  it('writes the numbers Word writes in each format', () => {
    const formats = (format: string, ...numbers: number[]) => numbers.map((n) => listNumber(n, format))
    expect(formats('chineseCounting', 1, 3, 10, 11, 20, 21, 100, 101, 110, 1000, 10001)).toEqual(['一', '三', '十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十', '一千', '一万零一'])
    expect(formats('taiwaneseCountingThousand', 12, 10000)).toEqual(['十二', '一萬'])
    expect(formats('japaneseCounting', 10, 15, 100, 111)).toEqual(['十', '十五', '百', '百十一'])
    expect(formats('chineseLegalSimplified', 3, 10, 12)).toEqual(['叁', '壹拾', '壹拾贰'])
    expect(formats('ideographTraditional', 1, 3)).toEqual(['甲', '丙'])
    expect(formats('decimalZero', 3, 12)).toEqual(['03', '12'])
    expect(formats('upperLetter', 1, 26, 27, 28)).toEqual(['A', 'Z', 'AA', 'BB'])
    expect(formats('lowerRoman', 4, 9, 14, 1990)).toEqual(['iv', 'ix', 'xiv', 'mcmxc'])
    expect(formats('decimalEnclosedCircle', 1, 10, 20, 21)).toEqual(['①', '⑩', '⑳', '㉑'])
    expect(formats('decimalFullWidth', 12)).toEqual(['１２'])
    expect(formats('ordinal', 1, 2, 3, 11, 22)).toEqual(['1st', '2nd', '3rd', '11th', '22nd'])
  })

  it('neither counts nor labels a paragraph whose mark is deleted (Track Changes): what is left of it joins the next', async () => {
    const lists = numbering(`<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>`, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    const deletedMark = (runs: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>${runs}</w:p>`
    // Word's final view: "1. B" (was "1. 2. B", the label of the paragraph gone in the middle of the next).
    const gone = deletedMark('<w:del w:id="2" w:author="a"><w:r><w:delText>gone</w:delText></w:r></w:del>')
    expect(await read(gone + item('B', '1') + item('C', '1'), { 'numbering.xml': lists })).toBe('1. B\n2. C')
    // Its inserted text runs into the next paragraph, numbered as that one: "1. insB" (was "1. ins2. B").
    const inserted = deletedMark('<w:ins w:id="3" w:author="a"><w:r><w:t>ins</w:t></w:r></w:ins>')
    expect(await read(item('A', '1') + inserted + item('B', '1') + p('plain'), { 'numbering.xml': lists })).toBe('1. A\n2. insB\nplain')
    // Joining a paragraph that is not numbered: no label at all.
    expect(await read(inserted + p('plain') + item('C', '1'), { 'numbering.xml': lists })).toBe('insplain\n1. C')
  })

  it('reads a document whose numbering.xml or styles.xml does not parse, without list numbers (was NOT_DOCX)', async () => {
    const body = item('Definitions', '1') + p('plain')
    const truncated = '<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.'
    expect(await read(body, { 'numbering.xml': truncated })).toBe('Definitions\nplain')
    expect(await read(body, { 'numbering.xml': '' })).toBe('Definitions\nplain')
    const lists = numbering(`<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>`, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    expect(await read(body, { 'numbering.xml': lists, 'styles.xml': '<w:styles><w:style w:type="paragraph" w:styleId="x"' })).toBe('1. Definitions\nplain')
    // A w:numPr with no numbering part at all (as mammoth is given a broken one): read as text.
    expect(await read(body, {})).toBe('Definitions\nplain')
  })

  it('writes a start no format can write in digits, from 1 for a negative one, and a level not used at its start', async () => {
    const list = (lvl: string) => numbering(`<w:abstractNum w:abstractNumId="0">${lvl}</w:abstractNum>`, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    const startAt = (start: string, format: string, text: string) => list(`<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`)
    const body = item('A', '1') + item('B', '1')
    // Was "-1) A" / "0) B".
    expect(await read(body, { 'numbering.xml': startAt('-1', 'upperLetter', '%1)') })).toBe('A) A\nB) B')
    // Was "亿、A" / "亿、B": a 32-bit start at most.
    expect(await read(body, { 'numbering.xml': startAt('99999999999999999999', 'chineseCounting', '%1、') }))
      .toBe('二十一亿四千七百四十八万三千六百四十七、A\n二十一亿四千七百四十八万三千六百四十八、B')
    // "%5.%1" where level 5 is never used: its start (0 when it has none), was ".1 A".
    expect(await read(item('A', '1'), { 'numbering.xml': list(level(0, 'decimal', '%5.%1')) })).toBe('0.1 A')
    expect(await read(item('A', '1'), { 'numbering.xml': list(level(0, 'decimal', '%2-%1') + level(1, 'upperRoman', '%2').replace('w:start w:val="1"', 'w:start w:val="3"')) })).toBe('III-1 A')
    expect([listNumber(-1, 'upperLetter'), listNumber(-5, 'chineseCounting'), listNumber(Number.NaN, 'decimal'), listNumber(1e20, 'chineseCounting'), listNumber(1e6, 'lowerLetter')])
      .toEqual(['0', '〇', '0', '9007199254740991', '1000000'])
  })
})
