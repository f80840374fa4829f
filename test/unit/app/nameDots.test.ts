// One foreign name written with different middle dots (埃隆·马斯克, 埃隆•马斯克, 埃隆‧马斯克, 埃隆・马斯克) is one row of the
// entity list, counted once, listed and exported as written most often (international news QA: four rows).
import { describe, expect, it } from 'vitest'
import { groupMentions, nameFilter, nameKey } from '../../../src/app/mentions'
import { namePairs } from '../../../src/app/cooccurrence'
import { reviewList } from '../../../src/app/reviewList'
import { toNameList, toNamePairs } from '../../../src/app/exporters'
import { batchNameList, batchNamePairs, type BatchItem } from '../../../src/app/batch'
import { NAME_DOTS } from '../../../src/engine/decode'
import { spans } from '../support/entities'

// Written for this test: the same entrepreneur four ways, most often with U+2022, and a company beside him.
const TEXT = '埃隆•马斯克周一到访柏林。埃隆·马斯克说特斯拉会扩产。埃隆•马斯克还见了特斯拉的员工。埃隆‧马斯克没有回答提问。埃隆・马斯克随后离开。'
const FOUND = spans(TEXT, [
  ['埃隆•马斯克', 'PER'], ['柏林', 'LOC'], ['埃隆·马斯克', 'PER'], ['特斯拉', 'ORG'], ['埃隆•马斯克', 'PER'], ['特斯拉', 'ORG'],
  ['埃隆‧马斯克', 'PER'], ['埃隆・马斯克', 'PER'],
])

describe('a name written with different middle dots', () => {
  it('has one key, whatever the dot (the engine\'s NAME_DOTS, the half-width ･ too)', () => {
    const keys = new Set([...NAME_DOTS].map((dot) => nameKey(`埃隆${dot}马斯克`)))
    expect([...keys]).toEqual(['埃隆·马斯克'])
    // The math dots the engine reads as U+00B7 (NAME_DOT_FORMS) and Redact as a name's dot: one row too (separators QA).
    expect(['埃隆⋅马斯克', '埃隆∙马斯克'].map(nameKey)).toEqual(['埃隆·马斯克', '埃隆·马斯克'])
    expect(nameKey('埃隆马斯克')).toBe('埃隆马斯克') // no dot: another name
  })

  it('is one row of the list, with all its occurrences, shown as written most often', () => {
    const [people] = groupMentions(FOUND, ['PER', 'LOC', 'ORG'])
    expect(people!.count).toBe(5)
    expect(people!.mentions).toEqual([{ text: '埃隆•马斯克', type: 'PER', starts: FOUND.filter((e) => e.type === 'PER').map((e) => e.start) }])
  })

  it('is found by the filter typed with any dot', () => {
    expect(nameFilter('隆·马')!('埃隆•马斯克')).toBe(true)
    expect(nameFilter('埃隆‧马斯克')!('埃隆・马斯克')).toBe(true)
  })

  it('is one name in the names CSV, the name pairs and their CSV', () => {
    const csv = toNameList({ text: TEXT, entities: FOUND }).split('\r\n')
    expect(csv.filter((row) => row.startsWith('PER,'))).toEqual([`PER,埃隆•马斯克,5,0`])
    const pairs = namePairs(TEXT, FOUND)
    expect(pairs.map((p) => `${p.a.text}-${p.b.text}:${p.sentences}`)).toEqual(['埃隆•马斯克-特斯拉:2', '埃隆•马斯克-柏林:1'])
    expect(toNamePairs({ text: TEXT, entities: FOUND }).split('\r\n').slice(1).filter(Boolean)).toEqual([
      '埃隆•马斯克,特斯拉,Undirected,2,PER,ORG',
      '埃隆•马斯克,柏林,Undirected,1,PER,LOC',
    ])
  })

  it('is one row of the review list and of the Batch tab\'s names and pairs across files', () => {
    const doubtful = FOUND.map((e) => ({ ...e, score: 0.5 }))
    expect(reviewList(doubtful).filter((n) => n.type === 'PER').map((n) => n.starts.length)).toEqual([5])
    const items: BatchItem[] = [
      { name: 'a.txt', status: 'done', text: TEXT, entities: FOUND },
      { name: 'b.txt', status: 'done', text: '埃隆‧马斯克在特斯拉。', entities: spans('埃隆‧马斯克在特斯拉。', [['埃隆‧马斯克', 'PER'], ['特斯拉', 'ORG']]) },
    ]
    const names = batchNameList(items, () => true).split('\r\n')
    expect(names.filter((row) => row.startsWith('PER,'))).toEqual(['PER,埃隆•马斯克,6,2,a.txt | b.txt'])
    const pairs = batchNamePairs(items, () => true).split('\r\n')
    expect(pairs[1]).toBe('埃隆•马斯克,特斯拉,Undirected,3,PER,ORG,2,a.txt | b.txt')
  })
})
