// The Batch tab in plain words, as the rest of the interface (d6b2377: names/名称, not entities/实体). QA found
// its summary saying "0 entities · 6 more under the confidence threshold" and a row with none "no entities" /
// 「没有实体」 / 「沒有實體」 after the rest had changed. And the editor names a password-protected .docx (an OLE
// file) with the same two ways out as the Batch row: it gave only "remove the password".
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'

/** Every string in `messages`, with its key path (the words shown, not the keys). */
function strings(messages: object, path = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${path}${key}`, value]] : strings(value as object, `${path}${key}.`))
}

describe('the Batch tab says names, not entities', () => {
  it('in every batch.* message, en, zh and zh-Hant', () => {
    for (const [path, text] of [...strings(en.batch), ...strings(zh.batch), ...strings(zhHant.batch)]) {
      // A placeholder ({entities}) is not shown; "entities.json" and the like would be a file's name, which stays.
      expect(text.replace(/\{\w+\}|\bentities\.jsonl?\b/g, ''), path).not.toMatch(/entit|实体|實體/i)
    }
  })

  it('counts the names in the summary, one in the singular', () => {
    const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global
    expect(t('batch.summary', { done: 6, total: 6, entities: 0 }, 0)).toBe('6 of 6 files analysed · 0 names')
    expect(t('batch.summary', { done: 3, total: 4, entities: 1 }, 1)).toBe('3 of 4 files analysed · 1 name')
    expect(t('batch.noEntities')).toBe('no names found')
    const zhT = createI18n({ legacy: false, locale: 'zh', messages: { zh } }).global.t
    expect(zhT('batch.summary', { done: 6, total: 6, entities: 0 }, 0)).toBe('已分析 6 / 6 个文件 · 0 个名称')
    expect(zhT('batch.noEntities')).toBe('没有找到名称')
    expect(zhHant.batch.noEntities).toBe('沒有找到名稱')
  })
})

describe('a batch of records counts rows, not files', () => {
  // QA: one .csv of 5,000 posts, an item per row (file#id), read "4 of 5,000 files analysed" / 「已分析 4 / 5,000 个文件」.
  it('says rows (条记录) for a batch of records, items (项) for files and records together, with the files\' placeholders', () => {
    const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global
    expect(t('batch.records.summary', { done: 4, total: '5,000', entities: 9 }, 9)).toBe('4 of 5,000 rows analysed · 9 names')
    expect(t('batch.mixed.summary', { done: 4, total: 6, entities: 1 }, 1)).toBe('4 of 6 items analysed · 1 name')
    expect(t('batch.records.resume', { n: 1 }, 1)).toBe('Analyse the remaining row')
    expect(t('batch.records.stoppedBy.stop', { n: 3 }, 3)).toBe('stopped: 3 rows not analysed')
    const zhT = createI18n({ legacy: false, locale: 'zh', messages: { zh } }).global.t
    expect(zhT('batch.records.summary', { done: 4, total: '5,000', entities: 9 }, 9)).toBe('已分析 4 / 5,000 条记录 · 9 个名称')
    expect(zhT('batch.mixed.summary', { done: 4, total: 6, entities: 1 }, 1)).toBe('已分析 4 / 6 项 · 1 个名称')
    expect(zhHant.batch.records.summary).toBe('已分析 {done} / {total} 條記錄 · {entities} 個名稱')
    // Every word that counts the items has its rows and items forms, none of them saying files.
    for (const messages of [en, zh, zhHant]) {
      const forms = (tree: object) => strings(tree).map(([path]) => path).sort()
      expect(forms(messages.batch.records)).toEqual(forms(messages.batch.mixed))
      for (const [path, text] of [...strings(messages.batch.records), ...strings(messages.batch.mixed)]) {
        expect(text.replace(/file#id|文件名#编号|檔名#編號|文件名或|檔名或|file’s or/g, ''), path).not.toMatch(/files?\b|文件|檔案/)
      }
      for (const [path] of strings(messages.batch.records)) {
        const plain = path.split('.').reduce<unknown>((tree, key) => (tree as Record<string, unknown>)[key], messages.batch)
        expect(typeof plain, path).toBe('string')
      }
    }
  })
})

describe('a password-protected .docx', () => {
  it('is given in the editor the same two ways out as on its Batch row', () => {
    expect(zh.editor.importProtectedDocx).toContain(zh.batch.failure.PROTECTED_DOCX)
    expect(zhHant.editor.importProtectedDocx).toContain(zhHant.batch.failure.PROTECTED_DOCX)
    expect(en.editor.importProtectedDocx).toContain('remove the password, or open it in Word or WPS and save it as .docx (Save As)')
  })
})
