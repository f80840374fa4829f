import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { namePairs } from '../../../src/app/cooccurrence'
import { toNamePairs } from '../../../src/app/exporters'
import { spans } from '../support/entities'

const summary = (text: string, entities: Entity[]) =>
  namePairs(text, entities).map((p) => `${p.a.text}/${p.a.type}+${p.b.text}/${p.b.type}:${p.sentences}`)

describe('namePairs', () => {
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
