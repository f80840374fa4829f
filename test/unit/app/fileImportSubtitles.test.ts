// Subtitles and lyrics (QA, a video producer): .srt, .vtt and .ass were refused everywhere (the editor, drag and
// drop, the chooser's list, Batch files and folders) though renamed .txt they read and redact well; .ass/.ssa stay
// refused (their Dialogue lines would be redacted, styles and all), with the way out as a .doc gets one. And the
// Chinese lists ran Latin into Han: "其中 .srt、.vtt和.ass 文件".
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'
import { convertAdvice, convertibleFormat, EDITOR_ACCEPT, fileKind, IMPORT_ACCEPT, readImportedFile } from '../../../src/app/fileImport'
import { listText } from '../../../src/app/listText'

const BOM = '\uFEFF'
const SRT = `${BOM}1\r\n00:00:01,000 --> 00:00:03,500\r\n洱海边，张晓梅在晒渔网。\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,200\r\n- 李师傅，今天去大理古城吗？\r\n`
const VTT = `${BOM}WEBVTT\r\n\r\n00:01.000 --> 00:03.500 align:start\r\n<v 王建国>我们明天去双廊。\r\n`
const LRC = '[ti:苍山谣]\n[00:12.30]苍山下住着赵阿妹\n'

describe('subtitle and lyrics files', () => {
  it('are plain text to fileKind, in the chooser, and the Batch folder filter (fileKind)', () => {
    for (const name of ['洱海之春.srt', 'CLIP.SRT', '采访.vtt', '苍山谣.lrc']) expect(fileKind(name), name).toBe('text')
    for (const extension of ['.srt', '.vtt', '.lrc']) expect(IMPORT_ACCEPT.split(','), extension).toContain(extension)
    expect(IMPORT_ACCEPT.split(',')).toContain('text/vtt')
  })

  it('read an .srt and a .vtt with a BOM and CR LF exactly as a .txt of the same bytes', async () => {
    for (const [body, name] of [[SRT, '洱海之春.srt'], [VTT, '采访.vtt'], [LRC, '苍山谣.lrc']] as const) {
      const bytes = new TextEncoder().encode(body)
      const read = await readImportedFile(new File([bytes], name))
      expect(read).toEqual(await readImportedFile(new File([bytes], 'same.txt')))
      expect(read.text).toBe(body.replace(BOM, '').replaceAll('\r\n', '\n'))
      expect(read.encoding).toBe('utf-8')
    }
    const srt = await readImportedFile(new File([new TextEncoder().encode(SRT)], '洱海之春.srt'))
    // Where the CR LFs were, so that a redacted copy keeps them (every index and timing line as it was).
    expect(srt.lineBreaks?.crlfAt).toHaveLength(7)
    expect(srt.text.split('\n').filter((line) => line.includes('-->'))).toEqual(['00:00:01,000 --> 00:00:03,500', '00:00:04,000 --> 00:00:06,200'])
  })

  it('read a GBK .srt as a .txt is read', async () => {
    const gbk = Uint8Array.from([0x31, 0x0d, 0x0a, 0xc0, 0xee, 0xc4, 0xc8, 0xd4, 0xda, 0xce, 0xe4, 0xba, 0xba, 0xa1, 0xa3, 0x0d, 0x0a]) // 1\r\n李娜在武汉。\r\n
    expect(await readImportedFile(new File([gbk], 'a.srt'))).toMatchObject({ text: '1\n李娜在武汉。\n', encoding: 'gb18030' })
  })
})

describe('.ass and .ssa subtitles', () => {
  it('are refused with the way to an .srt, and shown in the editor\'s chooser (not in Batch\'s)', async () => {
    await expect(readImportedFile(new File(['[Script Info]\nDialogue: 0,0:00:01.00,0:00:03.50,Default,,0,0,0,,张晓梅\n'], '洱海之春.ass'))).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    expect(fileKind('洱海之春.ass')).toBeNull()
    expect(['a.ass', 'B.SSA'].map(convertibleFormat)).toEqual(['ass', 'ssa'])
    expect(convertAdvice('ass')).toBe('exportSrt')
    expect(convertAdvice('ssa')).toBe('exportSrt')
    // A sheet saved as .csv is read column by column (school QA); a presentation's text is copied.
    expect(convertAdvice('sheet')).toBe('saveAsCsv')
    expect(convertAdvice('slides')).toBe('copyText')
    expect(convertAdvice('doc')).toBe('saveAsDocx')
    for (const extension of ['.ass', '.ssa']) {
      expect(EDITOR_ACCEPT.split(',')).toContain(extension)
      expect(IMPORT_ACCEPT.split(',')).not.toContain(extension)
    }
  })

  it('say so in the editor, the Batch row and the folder note, in en, zh and zh-Hant', () => {
    const i18n = createI18n({ legacy: false, locale: 'zh', messages: { en, zh, 'zh-Hant': zhHant } }).global
    const say = (locale: string, key: string, values: Record<string, unknown>, plural?: number) => {
      i18n.locale.value = locale as typeof i18n.locale.value
      return plural === undefined ? i18n.t(key, values) : i18n.t(key, values, plural)
    }
    const format = (locale: string) => say(locale, 'editor.formats.ass', {})
    expect(say('zh', 'editor.importExportSrt', { name: '洱海之春.ass', format: format('zh') }))
      .toBe('洱海之春.ass 是字幕文件（.ass），无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。')
    expect(say('en', 'editor.importExportSrt', { name: 'spring.ass', format: format('en') }))
      .toBe('spring.ass is a styled subtitle file (.ass), which cannot be read here. Export it as .srt in your subtitle editor first, then open the .srt file.')
    expect(say('zh-Hant', 'batch.failure.exportSrt', { format: format('zh-Hant') })).toBe('字幕檔案（.ass），無法直接讀取：請先在字幕軟體中匯出為 .srt，再開啟 .srt 檔案。')
    expect(say('zh', 'batch.skippedAdvice.exportSrt', { kinds: listText(['.ass', '.ssa'], 'zh'), count: 2 }, 2))
      .toBe('其中 .ass 和 .ssa 字幕文件（2 个）无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。')
    // The formats that open now include the subtitles.
    for (const messages of [en, zh, zhHant]) for (const extension of ['.srt', '.vtt', '.lrc']) {
      expect(messages.editor.importUnsupported).toContain(extension)
      expect(messages.batch.failure.UNSUPPORTED).toContain(extension)
      expect(messages.batch.nothingInFolder).toContain(extension)
    }
  })
})

describe('listText', () => {
  it('spaces a Chinese 和 or 或 next to Latin, digits or an extension, and not between Han', () => {
    expect(new Intl.ListFormat('zh').format(['.srt', '.vtt', '.ass'])).toBe('.srt、.vtt和.ass') // what the note said
    expect(listText(['.srt', '.vtt', '.ass'], 'zh')).toBe('.srt、.vtt 和 .ass')
    expect(listText(['.srt', '.vtt', '.ass'], 'zh-Hant')).toBe('.srt、.vtt 和 .ass')
    expect(listText(['地名 4', '人名 2'], 'zh')).toBe('地名 4 和人名 2')
    expect(listText(['.doc', '.wps'], 'zh', 'disjunction')).toBe('.doc 或 .wps')
    expect(listText(['“甲”', '“乙”'], 'zh')).toBe('“甲”和“乙”')
    expect(listText(['页眉', '页脚', '批注'], 'zh')).toBe('页眉、页脚和批注')
    expect(listText(['.srt', '.vtt', '.ass'], 'en')).toBe('.srt, .vtt, and .ass')
    expect(listText(['.ass'], 'zh')).toBe('.ass')
  })
})
