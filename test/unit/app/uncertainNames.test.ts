// The names under the confidence threshold that a redacted copy leaves readable, and their types as the Redact and
// Batch tabs' red lines name them (PII QA: "1 name" was a whole home address).
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { uncertainByType, uncertainTotal, uncertainTypesNamed } from '../../../src/app/uncertainNames'
import { spans } from '../support/entities'

const text = '住在杭州市西湖区的王小红和李明去了北京。'
const scored = (entities: Entity[], scores: number[]) => entities.map((e, i) => ({ ...e, score: scores[i]! }))
const found = scored(spans(text, [['杭州市西湖区', 'LOC'], ['王小红', 'PER'], ['李明', 'PER'], ['北京', 'LOC']]), [0.2, 0.9, 0.25, 0.1])
const NAMES: Record<string, string> = { PER: 'Person', LOC: 'Place' }
const typeName = (type: string) => NAMES[type] ?? type

describe('the names under the threshold', () => {
  it('are counted by type, in the order met, of the replaced types only', () => {
    expect([...uncertainByType(found, new Set(['PER', 'LOC']), 0.3)]).toEqual([['LOC', 2], ['PER', 1]])
    expect([...uncertainByType(found, new Set(['PER']), 0.3)]).toEqual([['PER', 1]])
    expect(uncertainByType(found, new Set(['PER', 'LOC']), 0.1).size).toBe(0) // 北京 at 0.1 is not under 0.1
    expect(uncertainTotal(uncertainByType(found, new Set(['PER', 'LOC']), 1))).toBe(4)
    expect(uncertainTotal(new Map())).toBe(0)
  })

  it('are named by their type alone when of one type, else each type with its count', () => {
    expect(uncertainTypesNamed(new Map([['LOC', 1]]), typeName, String, 'en')).toBe('Place')
    expect(uncertainTypesNamed(new Map([['LOC', 3]]), typeName, String, 'en')).toBe('Place')
    expect(uncertainTypesNamed(new Map([['LOC', 2], ['PER', 1]]), typeName, String, 'en')).toBe('Place 2 and Person 1')
    expect(uncertainTypesNamed(new Map([['LOC', 2], ['PER', 1]]), (type) => ({ PER: '人名', LOC: '地名' })[type]!, String, 'zh')).toBe('地名 2、人名 1')
    expect(uncertainTypesNamed(new Map([['LOC', 4], ['PER', 2], ['ORG', 1]]), (type) => ({ PER: '人名', LOC: '地名', ORG: '機構' })[type]!, String, 'zh-Hant')).toBe('地名 4、人名 2、機構 1')
    expect(uncertainTypesNamed(new Map([['LOC', 1200], ['PER', 1]]), typeName, (count) => count.toLocaleString('en'), 'en')).toBe('Place 1,200 and Person 1')
  })
})
