// Re-check F3: with the rules off, a Batch copy kept 小名“豆豆” and 外号“小胖墩” and the Batch tab showed no red line (its
// count took numbers alone). nicknamesLeftInFiles counts, over the files done, the places such nicknames stay readable.
import { describe, expect, it } from 'vitest'
import type { BatchItem } from '../../../src/app/batch'
import { redactedCopies } from '../../../src/app/batch'
import { nicknamesLeftInFiles } from '../../../src/composables/useBatch'
import type { Entity } from '../../../src/engine'

const TYPES = new Set(['PER', 'LOC', 'ORG'])
const keepAll = () => true
const per = (text: string, name: string, score = 0.9): Entity => {
  const start = text.indexOf(name)
  return { start, end: start + name.length, type: 'PER', text: name, score }
}
const A = '王小明的小名“豆豆”，今年五岁，外号“小胖墩”。'
const B = '豆豆的作业由外婆检查。'
const files: BatchItem[] = [
  { name: 'a.txt', status: 'done', text: A, entities: [per(A, '王小明')] },
  { name: 'b.txt', status: 'done', text: B, entities: [] },
  { name: 'c.txt', status: 'failed', text: '乳名叫团团。' },
]

describe('nicknamesLeftInFiles', () => {
  it('counts the places the copies keep nicknames only the rules find, across the files done', () => {
    expect(nicknamesLeftInFiles(files, keepAll, TYPES, true)).toBe(3)
    expect(nicknamesLeftInFiles(files, keepAll, TYPES, false)).toBe(3)
    const copies = redactedCopies(files, keepAll, { mode: 'tag', types: TYPES, pseudonym: (type: string, n: number) => `${type}${n}` }).map((c) => c.text).join('')
    expect(copies.split('豆豆').length - 1 + copies.split('小胖墩').length - 1).toBe(3)
  })

  it('not where a name the copies replace covers it (found in another file, spread), nor with persons kept', () => {
    const C = '豆豆今天没来。'
    const withName: BatchItem[] = [...files, { name: 'd.txt', status: 'done', text: C, entities: [per(C, '豆豆')] }]
    expect(nicknamesLeftInFiles(withName, keepAll, TYPES, true)).toBe(1)
    expect(nicknamesLeftInFiles(withName, keepAll, TYPES, false)).toBe(3)
    expect(nicknamesLeftInFiles(files, keepAll, new Set(['LOC']), true)).toBe(0)
  })

  it('counts nothing where no file holds one', () => {
    expect(nicknamesLeftInFiles([{ name: 'e.txt', status: 'done', text: '会议在三楼召开。', entities: [] }], keepAll, TYPES, true)).toBe(0)
  })
})
