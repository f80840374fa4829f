import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Entity } from '../../../src/engine'
import { namePairs } from '../../../src/app/cooccurrence'
import { displayName, mentionKey } from '../../../src/app/mentions'
import { toNamePairs } from '../../../src/app/exporters'
import { spans } from '../support/entities'

const summary = (text: string, entities: Entity[]) =>
  namePairs(text, entities).map((p) => `${p.a.text}/${p.a.type}+${p.b.text}/${p.b.type}:${p.sentences}`)

/** namePairs as it was first written (every sentence end listed up front, the entities always copied and
 *  sorted): the faster one must give exactly what it gave. */
function referencePairs(text: string, entities: readonly Entity[]) {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) if ('。！？!?；;\n\r\u2028\u2029'.includes(text[i]!)) ends.push(i + 1)
  ends.push(text.length + 1)
  const names = new Map<string, { type: string; text: string; key: string }>()
  const rank = new Map<string, number>()
  const pairs = new Map<string, { a: { type: string; text: string; key: string }; b: { type: string; text: string; key: string }; sentences: number; starts: number[] }>()
  let sentence = 0
  let current = new Map<string, number[]>()
  const closeSentence = () => {
    const keys = [...current.keys()].slice(0, 40).sort((x, y) => rank.get(x)! - rank.get(y)!)
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const id = `${keys[i]}\u0001${keys[j]}`
        let pair = pairs.get(id)
        if (!pair) pairs.set(id, (pair = { a: names.get(keys[i]!)!, b: names.get(keys[j]!)!, sentences: 0, starts: [] }))
        pair.sentences++
        pair.starts.push(...current.get(keys[i]!)!, ...current.get(keys[j]!)!)
      }
    }
    current = new Map()
  }
  for (const e of [...entities].sort((x, y) => x.start - y.start)) {
    while (e.start >= ends[sentence]!) {
      closeSentence()
      sentence++
    }
    const key = `${e.type}\u0000${mentionKey(e.text)}`
    if (!names.has(key)) {
      names.set(key, { type: e.type, text: displayName(e.text), key })
      rank.set(key, rank.size)
    }
    const starts = current.get(key)
    if (starts) starts.push(e.start)
    else current.set(key, [e.start])
  }
  closeSentence()
  for (const pair of pairs.values()) pair.starts.sort((x, y) => x - y)
  return [...pairs.values()].sort((x, y) => y.sentences - x.sentences || x.starts[0]! - y.starts[0]!)
}

describe('namePairs', () => {
  it('gives what the first version gave, for any text and names, in or out of order', () => {
    const unit = fc.constantFrom('王', '毅', '北', '京', '。', '！', '\n', '\r', ';', '，', ' ', 'a')
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }).map((units) => units.join('')),
        fc.array(fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 3 }), type: fc.constantFrom('PER', 'LOC') }), { maxLength: 30 }),
        fc.boolean(),
        (text, picks, sorted) => {
          const entities: Entity[] = picks.map(({ at, length, type }) => {
            const start = text.length === 0 ? 0 : at % text.length
            return { start, end: start + length, type, text: text.slice(start, start + length) || '王', score: 0.9 }
          })
          if (sorted) entities.sort((x, y) => x.start - y.start)
          expect(namePairs(text, entities)).toEqual(referencePairs(text, entities))
        },
      ),
      { numRuns: 2000 },
    )
  })
  it('pairs the names of each sentence, counts the sentences they share, most first', () => {
    const text = '王毅在北京会见古特雷斯。古特雷斯随后前往上海！\n王毅与古特雷斯通话'
    const found = spans(text, [['王毅', 'PER'], ['北京', 'LOC'], ['古特雷斯', 'PER'], ['古特雷斯', 'PER'], ['上海', 'LOC'], ['王毅', 'PER'], ['古特雷斯', 'PER']])
    expect(summary(text, found)).toEqual([
      '王毅/PER+古特雷斯/PER:2',
      '王毅/PER+北京/LOC:1',
      '北京/LOC+古特雷斯/PER:1',
      '古特雷斯/PER+上海/LOC:1',
    ])
  })

  it('flashes both names in every shared sentence, a name twice in one sentence counted once', () => {
    const text = '王毅说王毅和李强；李强。'
    const found = spans(text, [['王毅', 'PER'], ['王毅', 'PER'], ['李强', 'PER'], ['李强', 'PER']])
    const [pair, ...rest] = namePairs(text, found)
    expect(rest).toEqual([])
    expect(pair).toMatchObject({ sentences: 1, starts: [0, 3, 6] })
  })

  it('groups names as the entity panel does, and keeps one text under two types apart', () => {
    const text = '苹果与ＡＰＰＬＥ及APPLE。苹果在苹果'
    const found = spans(text, [['苹果', 'ORG'], ['ＡＰＰＬＥ', 'ORG'], ['APPLE', 'ORG'], ['苹果', 'ORG'], ['苹果', 'LOC']])
    expect(summary(text, found)).toEqual(['苹果/ORG+ＡＰＰＬＥ/ORG:1', '苹果/ORG+苹果/LOC:1'])
  })

  it('has nothing to pair in sentences of one name, and caps a roster of names', () => {
    expect(namePairs('王毅。李强。', spans('王毅。李强。', [['王毅', 'PER'], ['李强', 'PER']]))).toEqual([])
    const roster = Array.from({ length: 60 }, (_, i) => `人${String(i).padStart(2, '0')}`)
    const text = roster.join('、') + '。'
    const pairs = namePairs(text, spans(text, roster.map((n) => [n, 'PER'])))
    expect(pairs).toHaveLength((40 * 39) / 2)
  })
})

describe('toNamePairs', () => {
  it('writes an undirected weighted edge list with the columns Gephi imports, cells a spreadsheet could run quoted', () => {
    const text = '=HYPERLINK与王毅在北京。王毅在北京'
    const found = spans(text, [['=HYPERLINK', 'ORG'], ['王毅', 'PER'], ['北京', 'LOC'], ['王毅', 'PER'], ['北京', 'LOC']])
    expect(toNamePairs({ text, entities: found }).split('\r\n')).toEqual([
      'Source,Target,Type,Weight,Source type,Target type',
      '王毅,北京,Undirected,2,PER,LOC',
      "'=HYPERLINK,王毅,Undirected,1,ORG,PER",
      "'=HYPERLINK,北京,Undirected,1,ORG,LOC",
      '',
    ])
  })
})
