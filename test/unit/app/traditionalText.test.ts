// The Traditional interface (QA, a Hong Kong/Taiwan journalist): the name search finds a name in either script, the
// exported page is marked as the text is, and the wording is Taiwan's.
import { beforeAll, describe, expect, it } from 'vitest'
import { exportAs, toAnnotatedHtml } from '../../../src/app/exporters'
import { filterGroups, groupMentions, nameFilter } from '../../../src/app/mentions'
import { loadCommonWords, traditionalToSimplified } from '../../../src/app/redact'
import { textLangOf } from '../../../src/composables/useTextLang'
import zhHant from '../../../src/i18n/zh-Hant'
import { spans } from '../support/entities'

describe('the name search across scripts', () => {
  // Made-up names, each written in both scripts.
  const text = '陈美玲说，陳美玲昨天来过。黄志强和黃志強见了香港警務處和香港警务处的人。'
  const groups = groupMentions(spans(text, [
    ['陈美玲', 'PER'], ['陳美玲', 'PER'], ['黄志强', 'PER'], ['黃志強', 'PER'], ['香港警務處', 'ORG'], ['香港警务处', 'ORG'],
  ]), ['PER', 'ORG'])
  const found = (query: string, table: ReadonlyMap<string, string> | null | undefined = traditionalToSimplified()) => filterGroups(groups, nameFilter(query, table)!).flatMap((g) => g.mentions.map((m) => m.text))

  beforeAll(() => loadCommonWords())

  it('finds both scripts from either, once the table is loaded', () => {
    expect(traditionalToSimplified()).toBeDefined()
    expect(found('陈美玲').sort()).toEqual(['陈美玲', '陳美玲'].sort())
    expect(found('陳美玲').sort()).toEqual(['陈美玲', '陳美玲'].sort())
    expect(found('黄志').sort()).toEqual(['黃志強', '黄志强'].sort())
    expect(found('警務').sort()).toEqual(['香港警務處', '香港警务处'].sort())
    expect(found('警务').sort()).toEqual(['香港警務處', '香港警务处'].sort())
    expect(found('李')).toEqual([])
  })

  it('folds the characters of given names too, not only those of common words (re-check QA: 张宇轩 did not find 張宇軒)', () => {
    const names = groupMentions(spans('張宇軒、蕭澤頤、林彥廷和陳瑋鈞都到了。', [['張宇軒', 'PER'], ['蕭澤頤', 'PER'], ['林彥廷', 'PER'], ['陳瑋鈞', 'PER']]), ['PER'])
    const table = traditionalToSimplified()
    const find = (query: string) => filterGroups(names, nameFilter(query, table)!).flatMap((g) => g.mentions.map((m) => m.text))
    expect(find('张宇轩')).toEqual(['張宇軒'])
    expect(find('萧泽颐')).toEqual(['蕭澤頤'])
    expect(find('林彦廷')).toEqual(['林彥廷'])
    expect(find('陈玮钧')).toEqual(['陳瑋鈞'])
  })

  it('matches as written without the table (before it is loaded)', () => {
    expect(found('陈美玲', null)).toEqual(['陈美玲'])
    expect(nameFilter(' ', traditionalToSimplified())).toBeNull()
  })
})

describe('the text\'s language', () => {
  it('is Traditional in the Traditional interface, and Chinese in the others', () => {
    expect(textLangOf('zh-Hant')).toBe('zh-Hant')
    expect(textLangOf('zh')).toBe('zh')
    expect(textLangOf('en')).toBe('zh')
  })

  it('marks the exported HTML page as the text is', () => {
    const text = '陳美玲在臺北。'
    const entities = spans(text, [['陳美玲', 'PER']])
    expect(exportAs('html', { text, entities, lang: 'zh-Hant' })).toMatch(/^<!doctype html>\n<html lang="zh-Hant">/)
    expect(toAnnotatedHtml({ text, entities, lang: 'zh-Hant' })).toContain('"Noto Sans CJK TC"')
    expect(exportAs('html', { text, entities, lang: 'zh' })).toMatch(/^<!doctype html>\n<html lang="zh">/)
    expect(exportAs('html', { text, entities })).toMatch(/<html lang="zh">/)
  })
})

describe('Taiwan\'s wording', () => {
  it('says 清單 for a list and 恢復原樣 for as it was', () => {
    const all = JSON.stringify(zhHant)
    expect(all).not.toContain('列表')
    expect(all).not.toContain('回復原樣')
    expect(zhHant.view.steps.back).toBe('回到清單')
    expect(zhHant.correct.undone).toBe('已復原，詞典恢復原樣。')
    expect(zhHant.batch.numberedHelp).toContain('按清單順序編號')
    expect(zhHant.editor.restore).toBe('還原') // the button's Restore stays 還原
  })
})
