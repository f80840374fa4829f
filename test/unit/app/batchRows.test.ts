// What the Batch tab's rows count, and which names its redacted copies leave readable (QA: a file analysed with
// the fine-grained model showed 4 of its 18 entities after a switch back to the news model; names under the
// confidence threshold read as "no entities" while the copies kept them).
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { Entity } from '../../../src/engine'
import { namesUnderThreshold, rowCounts, type BatchItem } from '../../../src/app/batch'
import { uncertainByType, uncertainTotal } from '../../../src/app/uncertainNames'
import en from '../../../src/i18n/en'
import { spans } from '../support/entities'

const text = '腾讯公司总裁刘炽平在北京看了电影《流浪地球》。'
const scored = (entities: Entity[], scores: number[]) => entities.map((e, i) => ({ ...e, score: scores[i]! }))

describe('a batch row\'s counts', () => {
  const fine = scored(spans(text, [['腾讯公司', 'company'], ['总裁', 'position'], ['刘炽平', 'name'], ['北京', 'address'], ['流浪地球', 'movie']]), [0.9, 0.8, 0.95, 0.2, 0.9])
  const keepAbove = (minScore: number) => (e: Entity) => e.score >= minScore

  it('counts every type the file has, not only the types of the model in use now', () => {
    const { kept, counts } = rowCounts(fine, keepAbove(0.3), ['PER', 'LOC', 'ORG'], 0.3)
    expect(counts).toEqual([{ type: 'company', count: 1 }, { type: 'position', count: 1 }, { type: 'name', count: 1 }, { type: 'movie', count: 1 }])
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(kept)
  })

  it('puts the model\'s types first, in its order, then the others as met', () => {
    expect(rowCounts(fine, keepAbove(0.3), ['movie', 'name'], 0.3).counts.map((c) => c.type)).toEqual(['movie', 'name', 'company', 'position'])
  })

  it('counts apart the entities under the threshold, which the view and the exports leave out', () => {
    expect(rowCounts(fine, keepAbove(0.3), [], 0.3)).toMatchObject({ kept: 4, underThreshold: 1 })
    expect(rowCounts(fine, keepAbove(1), [], 1)).toEqual({ kept: 0, counts: [], underThreshold: 5 })
  })
})

describe('the names the redacted copies leave readable', () => {
  const item = (status: BatchItem['status'], entities: Entity[]): BatchItem => ({ name: 'a.txt', status, text, entities })
  const news = scored(spans(text, [['腾讯公司', 'ORG'], ['刘炽平', 'PER'], ['北京', 'LOC']]), [0.9, 0.25, 0.2])

  it('are those of a replaced type under the threshold, in the analysed files', () => {
    const count = (...args: Parameters<typeof namesUnderThreshold>) => Object.fromEntries(namesUnderThreshold(...args))
    expect(count([item('done', news)], new Set(['PER', 'LOC', 'ORG']), 0.3)).toEqual({ PER: 1, LOC: 1 })
    expect(count([item('done', news), item('done', news)], new Set(['PER', 'LOC', 'ORG']), 1)).toEqual({ ORG: 2, PER: 2, LOC: 2 })
    // A type left in clear is readable whatever its score: not counted as one the switch would replace.
    expect(count([item('done', news)], new Set(['PER', 'ORG']), 0.3)).toEqual({ PER: 1 })
    expect(count([item('stopped', news)], new Set(['PER', 'LOC', 'ORG']), 0.3)).toEqual({})
  })

  it('are counted for a file as the Redact tab counts them for the editor\'s text', () => {
    for (const replaced of [['PER', 'LOC', 'ORG'], ['PER'], []]) {
      for (const minScore of [0, 0.22, 0.3, 1]) {
        const types = new Set(replaced)
        expect(namesUnderThreshold([item('done', news), item('failed', news)], types, minScore)).toEqual(uncertainByType(news, types, minScore))
      }
    }
    expect(uncertainTotal(uncertainByType(news, new Set(['PER', 'LOC', 'ORG']), 0.22))).toBe(1) // 北京 (0.2); 刘炽平's 0.25 is over
  })

  it('are said in English in the singular and the plural', () => {
    const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global
    expect(t('batch.uncertainLeft', { count: 1, threshold: '1.00', types: 'Place' }, 1)).toMatch(/^One name in the files \(Place\) .*\u00a01\.00: the copies leave it readable\. Tick its box above to replace it\.$/)
    expect(t('batch.uncertainLeft', { count: 3, threshold: '1.00', types: 'Place 2 and Person 1' }, 3)).toMatch(/^3 names in the files \(Place 2 and Person 1\) .*replace them\.$/)
    expect(t('batch.noneShownUnderThreshold', { count: 3, threshold: '1.00' }, 3)).toBe('none shown: 3 under the confidence threshold\u00a01.00')
  })
})
