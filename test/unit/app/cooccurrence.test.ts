import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Entity } from '../../../src/engine'
import { namePairs } from '../../../src/app/cooccurrence'
import { mayBeWrap } from '../../../src/app/blocks'
import { displayName, mentionKey } from '../../../src/app/mentions'
import { toNamePairs } from '../../../src/app/exporters'
import { spans } from '../support/entities'

const summary = (text: string, entities: Entity[]) =>
  namePairs(text, entities).map((p) => `${p.a.text}/${p.a.type}+${p.b.text}/${p.b.type}:${p.sentences}`)

/** Every sentence end (the offset after it), listed up front: any end mark or line break, but a \n that may be a
 *  wrap (the \r of a \r\n goes with its \n), and none inside a name. */
function referenceEnds(text: string, entities: readonly Entity[]): number[] {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (!'。！？!?；;\n\r\u0085\u2028\u2029'.includes(text[i]!) || text.startsWith('\r\n', i)) continue
    if (text[i] !== '\n' || !mayBeWrap(text, i)) ends.push(i + 1)
  }
  return [...ends.filter((end) => !entities.some((e) => e.start < end && end < e.end)), text.length + 1]
}

/** namePairs as it was first written (every sentence end listed up front, the entities always copied and
 *  sorted): the faster one must give exactly what it gave. */
function referencePairs(text: string, entities: readonly Entity[]) {
  const ends = referenceEnds(text, entities)
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

describe('namePairs in hard-wrapped text', () => {
  // QA: the engine reads a paragraph wrapped every 22 characters as one sentence (and 北\n京市 as a name), but
  // the pairs ended a sentence at every line break: 10 pairs instead of 36.
  const paragraph = '据新华社报道，国务院副总理刘国中今天上午在北京市人民大会堂会见了世界卫生组织总干事谭德塞一行，中国疾病预防控制中心主任沈洪兵陪同会见。'
  const wrapped = paragraph.replace(/.{22}(?=.)/gu, '$&\n')
  const names: [string, string][] = [['新华社', 'ORG'], ['国务院', 'ORG'], ['刘国中', 'PER'], ['北\n京市', 'LOC'], ['人民大会堂', 'LOC'],
    ['世界卫生组织', 'ORG'], ['谭德塞', 'PER'], ['中国疾病预防控制中心', 'ORG'], ['沈洪兵', 'PER']]

  it('reads a wrapped paragraph as the one sentence it is', () => {
    expect(wrapped.split('\n')).toEqual(['据新华社报道，国务院副总理刘国中今天上午在北', '京市人民大会堂会见了世界卫生组织总干事谭德塞',
      '一行，中国疾病预防控制中心主任沈洪兵陪同会见', '。'])
    const pairs = namePairs(wrapped, spans(wrapped, names))
    expect(pairs).toHaveLength(36)
    expect(pairs.every((p) => p.sentences === 1)).toBe(true)
  })

  it('still ends a sentence at a line break the engine keeps: after a sentence end, a short line, a blank line, an indent', () => {
    const text = '王毅会见了古特雷斯以及随行的联合国官员一行\n李强\n王毅会见了古特雷斯以及随行的联合国官员一行\n\n李强\n'
      + '王毅会见了古特雷斯以及随行的联合国官员一行。\r\n李强\n王毅会见了古特雷斯以及随行的联合国官员一行\n\u3000\u3000李强'
    const found = spans(text, Array.from({ length: 4 }, (): [string, string][] => [['王毅', 'PER'], ['古特雷斯', 'PER'], ['联合国', 'ORG'], ['李强', 'PER']]).flat())
    // Only the first paragraph's break is a wrap: 李强 shares its sentence with the others there and nowhere else.
    expect(namePairs(text, found).filter((p) => p.b.text === '李强').map((p) => p.sentences)).toEqual([1, 1, 1])
  })

  it('ends no sentence inside a name, whatever the line before it', () => {
    const text = '会见马\n克龙的是王毅。'
    expect(summary(text, spans(text, [['马\n克龙', 'PER'], ['王毅', 'PER']]))).toEqual(['马克龙/PER+王毅/PER:1'])
  })

  it('stays fast on a hard-wrapped document of 1,000,000 characters', () => {
    const times = Math.ceil(1_000_000 / wrapped.length)
    const text = `${wrapped}\n`.repeat(times)
    const found = spans(text, Array.from({ length: times }, () => names).flat())
    const started = performance.now()
    const pairs = namePairs(text, found)
    expect(pairs).toHaveLength(36)
    expect(pairs[0]!.sentences).toBe(times)
    expect(performance.now() - started).toBeLessThan(5_000) // about 0.1 s alone on the 2-core test machine
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
