// Wording the QA accessibility/localisation pass found wrong: Traditional Chinese that kept the mainland's words
// (OpenCC converts characters and some terms, not these), and English counts without their singular.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'

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
})

describe('English counts', () => {
  const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global
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
    for (const label of buttons(en)) expect(label).toMatch(/^Download as (annotated )?Word documents? \((\.docx|\.zip)\)$/)
  })
  it('are worded alike in Chinese', () => {
    for (const label of buttons(zh)) expect(label).toMatch(/^下载为(带标注的)? Word 文档（(\.docx|\.zip)）$/)
  })
})
