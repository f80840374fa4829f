// Batch's names and pairs CSVs show a name written more than one way (埃隆•马斯克, 埃隆·马斯克) as it is written most often
// in all the files, as the entity list does in one document; not as the first file that names it writes it
// (re-check QA: 埃隆•马斯克 once in a.txt, 埃隆·马斯克 three times in b.txt were exported as 埃隆•马斯克).
import { describe, expect, it } from 'vitest'
import { batchNameList, batchNamePairs, type BatchItem } from '../../../src/app/batch'
import { spans } from '../support/entities'

// Written for this test.
const A = '埃隆•马斯克昨天到了上海。'
const B = '埃隆·马斯克在上海开会。埃隆·马斯克见了市长。埃隆·马斯克随后离开上海。'
const file = (name: string, text: string, found: [string, string][], status: BatchItem['status'] = 'done'): BatchItem =>
  ({ name, status, text, entities: spans(text, found) })
const all = () => true
const people = (csv: string) => csv.split('\r\n').filter((row) => row.startsWith('PER,'))

describe('a name written more than one way across the batch', () => {
  const items = [
    file('a.txt', A, [['埃隆•马斯克', 'PER'], ['上海', 'LOC']]),
    file('b.txt', B, [['埃隆·马斯克', 'PER'], ['上海', 'LOC'], ['埃隆·马斯克', 'PER'], ['埃隆·马斯克', 'PER'], ['上海', 'LOC']]),
  ]

  it('is one row of the names CSV, written as most of the files write it', () => {
    expect(people(batchNameList(items, all))).toEqual(['PER,埃隆·马斯克,4,2,a.txt | b.txt'])
  })

  it('is written so in the pairs CSV too', () => {
    expect(batchNamePairs(items, all).split('\r\n')[1]).toBe('埃隆·马斯克,上海,Undirected,3,PER,LOC,2,a.txt | b.txt')
  })

  it('counts only what the view keeps, and a file that was stopped not at all', () => {
    // b.txt stopped: a.txt's form is the only one.
    const stopped = [items[0]!, { ...items[1]!, status: 'stopped' as const }]
    expect(people(batchNameList(stopped, all))).toEqual(['PER,埃隆•马斯克,1,1,a.txt'])
    // b.txt's mentions under the threshold: a.txt's form again.
    const doubtful = [items[0]!, { ...items[1]!, entities: items[1]!.entities!.map((e) => ({ ...e, score: 0.2 })) }]
    expect(people(batchNameList(doubtful, (e) => e.score >= 0.5))).toEqual(['PER,埃隆•马斯克,1,1,a.txt'])
  })

  it('takes the first met of forms written as often', () => {
    const even = [
      file('a.txt', '埃隆•马斯克在上海。', [['埃隆•马斯克', 'PER'], ['上海', 'LOC']]),
      file('b.txt', '埃隆·马斯克在上海。', [['埃隆·马斯克', 'PER'], ['上海', 'LOC']]),
    ]
    expect(people(batchNameList(even, all))).toEqual(['PER,埃隆•马斯克,2,2,a.txt | b.txt'])
    expect(batchNamePairs(even.slice().reverse(), all).split('\r\n')[1]).toBe('埃隆·马斯克,上海,Undirected,2,PER,LOC,2,b.txt | a.txt')
  })
})
