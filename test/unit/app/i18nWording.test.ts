// Wording the QA accessibility/localisation pass found wrong: Traditional Chinese that kept the mainland's words
// (OpenCC converts characters and some terms, not these), and English counts without their singular.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'
import { encodingName } from '../../../src/app/textEncoding'

describe('Traditional Chinese uses Taiwan\'s words', () => {
  it('says "with the file name", not "file extension" (附檔名), in the batch CSV format', () => {
    expect(zhHant.batch.formats.csv).toContain('附檔案名稱')
    expect(zhHant.batch.formats.csv).not.toMatch(/附檔名/)
  })

  it('has none of the mainland words QA listed', () => {
    const all = JSON.stringify(zhHant)
    for (const word of ['打開', '聯網', '當前模型', '選中', '用時 {time}', '本次訪問', '滑塊', '批註', '查詢名稱', '校驗', '打包為 .zip', '發送']) {
      expect(all, word).not.toContain(word)
    }
    expect(zhHant.editor.restore).toBe('還原')
  })

  // Native-speaker review: these, too, were the mainland's words (or Hong Kong's) in the Taiwan conversion.
  it('says 分頁 for a tab, and the review\'s other words', () => {
    const all = JSON.stringify(zhHant)
    for (const word of ['標籤頁', '身分證號', '註釋', '閾值', '本地儲存', '去除密碼', '出錯了']) expect(all, word).not.toContain(word)
    expect(zhHant.correct.hint).toContain('「詞典」分頁')
    expect(zhHant.view.qualityAtOne).toMatch(/^門檻值 1\.00/)
    expect(zhHant.lexicon.private).toContain('本機儲存空間')
    expect(zhHant.editor.importProtected).toContain('移除密碼')
    expect(zhHant.errors.unknown).toBe('發生錯誤：{message}')
    expect(zhHant.lexicon.help).toContain('註解')
    // 里 as "in" is 裡 (OpenCC left 副本里, "in the copies", as the unit of length, in a message since reworded).
    expect(all).not.toMatch(/[本果夾]里/)
  })
})

// Native-speaker review of the Simplified wording.
describe('Chinese wording', () => {
  const { t } = createI18n({ legacy: false, locale: 'zh', messages: { zh } }).global
  it('says one file, not all 1 files, when the batch is analysed again', () => {
    expect(t('batch.again', { n: 1 }, 1)).toBe('用当前模型重新分析这个文件')
    expect(t('batch.again', { n: 3 }, 3)).toBe('用当前模型重新分析全部 3 个文件')
  })
  it('lists the dictionary\'s types without a serial comma, and not as "please use a person\'s name"', () => {
    const types = { names: '人名、地名、机构名', codes: 'PER、LOC、ORG' }
    expect(t('lexicon.problems.unknown-type', { line: 2, content: '深圳 地方', ...types }))
      .toBe('第 2 行：“深圳 地方”的类型无法识别（类型须为人名、地名、机构名或 PER、LOC、ORG）。')
    expect(t('lexicon.help', types)).toContain('（人名、地名、机构名或 PER、LOC、ORG）')
  })
  it('calls the stored model one thing and its removal one thing on the Model tab', () => {
    const modelTab = [zh.model.clear, zh.model.cleared, zh.model.remove, zh.model.confirmClear, zh.errors.STORED_DAMAGED].join()
    expect(modelTab).not.toMatch(/缓存|移除|清除/)
    expect(zh.model.clear).toBe('删除已存储的模型')
    const english = [en.model.clear, en.model.cleared, en.errors.STORED_DAMAGED].join()
    expect(english).not.toMatch(/cache|clear/i)
  })
  it('names the dev set 开发集 wherever it is named', () => {
    expect(zh.model.f1).toBe('F1（开发集）')
    expect(zh.view.qualityHelp).toContain('开发集')
    expect(JSON.stringify(zh)).not.toContain('验证集')
    expect(en.model.f1).toBe('F1 (dev set)')
    expect(en.view.qualityHelp).toContain('dev set')
  })
  it('names the crash message\'s button as the button says', () => {
    expect(zh.errors.WORKER_CRASHED).toContain(`“${zh.model.retry}”`)
    expect(en.errors.WORKER_CRASHED).toContain(`press ${en.model.retry} `)
  })
  it('names the encoding a file was read in with full-width brackets, and no space after them', () => {
    expect(t('editor.readAsEncoding', { name: 'a.txt', encoding: encodingName('gb18030', 'zh') })).toBe('a.txt 不是 UTF-8 编码，已按以下编码读取：GB18030（GBK）。')
    expect(t('batch.readAs', { encoding: encodingName('gb18030', 'zh') })).toBe('不是 UTF-8 编码，已按以下编码读取：GB18030（GBK）')
  })
  it('says the mask mode as 替换为遮盖符 ■', () => {
    expect(t('batch.redactedHow', { types: '人名', mode: zh.redact.modesInline.mask })).toContain('（人名替换为遮盖符 ■）')
  })
})

describe('English counts', () => {
  const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global
  it('say the remaining files, one or more, when a stopped batch is resumed', () => {
    expect(t('batch.resume', { n: 1 }, 1)).toBe('Analyse the remaining file')
    expect(t('batch.resume', { n: 4 }, 4)).toBe('Analyse the remaining 4 files')
  })
  it('say one occurrence and one sentence in the singular', () => {
    expect(t('entities.locate', { text: '李强', n: 1 }, 1)).toBe('Show “李强” in the text (1 occurrence)')
    expect(t('entities.locate', { text: '李强', n: 3 }, 3)).toBe('Show “李强” in the text (3 occurrences)')
    expect(t('entities.pairLocate', { a: '李强', b: '北京', n: 1 }, 1)).toMatch(/\(1 sentence\)$/)
    expect(t('entities.pairLocate', { a: '李强', b: '北京', n: 2 }, 2)).toMatch(/\(2 sentences\)$/)
  })
  // Design QA: "… where the model did not mark it (0)" said neither what it counted nor read well.
  it('say how many places and names the Redact tab\'s switches add', () => {
    expect(t('redact.everywhere', { count: 0 }, 0)).toBe('Also replace other places the same name appears, where the model missed it (0\u00a0places)')
    expect(t('redact.everywhere', { count: 1 }, 1)).toMatch(/\(1\u00a0place\)$/)
    expect(t('redact.everywhere', { count: 3 }, 3)).toMatch(/\(3\u00a0places\)$/)
    expect(t('redact.uncertain', { threshold: '0.30', count: 1 }, 1)).toMatch(/0\.30 \(1\u00a0name\)$/)
    expect(t('redact.uncertain', { threshold: '0.30', count: 2 }, 2)).toMatch(/\(2\u00a0names\)$/)
  })
})

describe('Word downloads', () => {
  // Design QA: the Export tab's button read "Annotated Word document (.docx)", the Redact tab's "Download as Word
  // (.docx)", the Batch tab's "As Word documents (…)": one wording for every button that downloads Word documents.
  const buttons = (messages: typeof zh) => [messages.export.docx, messages.redact.downloadDocx, messages.batch.redactedDownloadDocx, messages.batch.annotatedDownload]
  it('are worded alike in English', () => {
    // (one document with its article: "as a Word document", "as an annotated Word document"; QA)
    for (const label of buttons(en)) expect(label).toMatch(/^Download as (a Word document \(\.docx\)|an annotated Word document \(\.docx\)|(annotated )?Word documents \(\.zip\))$/)
  })
  it('are worded alike in Chinese', () => {
    for (const label of buttons(zh)) expect(label).toMatch(/^下载为(带标注的)? Word 文档（(\.docx|\.zip)）$/)
  })
})

// Design QA for a non-technical Chinese reader: the status line, the Export tab's formats and the Model tab's
// description spoke of worker threads, offsets, BIO and edge lists; nothing said that the text is not kept.
describe('plain words', () => {
  it('say the model\'s state, not a worker thread\'s', () => {
    expect(zh.status.worker).toBe('状态')
    expect(Object.values(zh.status.states)).toEqual(['尚未加载', '正在准备', '就绪', '正在分析', '闲置，已释放内存'])
    const words = [zh.status.worker, en.status.worker, ...[zh, en].flatMap((m) => [...Object.values(m.status.states), ...Object.values(m.status.announce)])]
    expect(words.join('|')).not.toMatch(/线程|运行中|[Ww]orker|running/)
  })
  it('name the export formats by what they are for', () => {
    const labels = JSON.stringify([zh.export.formats, en.export.formats, zh.catalog, en.catalog.news.about, en.catalog.fine.about])
    expect(labels).not.toMatch(/偏移量|BIO|边列表|offsets|edge list/)
    expect(zh.export.formats.json).toBe('JSON（供程序使用，含位置）')
    expect(zh.export.formats.pairs).toContain('关系网')
    expect(zh.entities.pairsMore).toContain(zh.export.formats.pairs.slice(0, 3))
    expect(en.entities.pairsMore).toContain('Network of names')
  })
  it('say that the text is not kept across a reload', () => {
    expect(zh.app.tagline).toContain('不上传、不保存；刷新页面即清空')
    expect(en.app.tagline).toMatch(/never uploaded, never saved, gone on reload/)
  })

  // Regional QA 10: the ID type was 身分證字號 (Taiwan's term) in the list, the chips and the tags, an HKID's text
  // beside it saying 身份證號碼; one name read alike in Hong Kong and Taiwan, its short mark the same word.
  it('names the ID number type 證件號碼 everywhere, 證件 on a mark', () => {
    expect(zhHant.types.ID_NUMBER).toBe('證件號碼')
    expect(zhHant.redact.pseudonym.ID_NUMBER).toBe('[證件號碼{n}]')
    expect(zhHant.redact.tags.ID_NUMBER).toBe('[證件號碼]')
    expect(zhHant.typeMarks.ID_NUMBER).toBe('證件') // the short label on a name stays short
    expect(JSON.stringify(zhHant)).not.toMatch(/身分證字號|身份證號/)
  })
})
