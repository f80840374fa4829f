// Contract steps 7b and 8 (span edges): middle dots kept inside names, Latin names joined by a Han conjunction split,
// bracketed legal forms taken into firm names, a PDF table's number columns kept out of names, a day or time of day cut
// off the end of a person (乔·拜登周二), a letter-spaced surname and given name joined (王  莉). The same cases as
// training/tests/test_span_edges.py.
import { describe, expect, it } from 'vitest'
import {
  bioesSpans, decodeTags, dropImpossibleSpans, keepDotsInside, NAME_DOTS, parseLabels, repairEdges, trimWhitespace, type TokenSpan,
} from '../../../src/engine/decode'
import type { CrfDecoding } from '../../../src/engine/manifest'

const W = '\u3000' // every whitespace unit, after normalization
const span = (from: number, to: number, type = 'PER'): TokenSpan => ({ from, to, type, score: 0.5 })
const texts = (chars: readonly string[], spans: readonly TokenSpan[]) => spans.map((s) => `${chars.slice(s.from, s.to).join('')}/${s.type}`)
const edges = (text: string, ...spans: TokenSpan[]) => {
  const chars = [...text]
  const out = repairEdges(spans, chars, W)
  expect(out.every((s) => s.score === 0.5)).toBe(true)
  return texts(chars, out)
}

describe('keepDotsInside (contract step 7b)', () => {
  // Labels O B-PER I-PER E-PER S-PER, BIOES moves only; the emissions of 乔·拜登说 favour ending the name on the dot.
  const labels = ['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER']
  const no = -10000
  const crf: CrfDecoding = {
    type: 'crf',
    //             to: O   B   I   E   S
    transitions: [[0, 0, no, no, 0], [no, no, 0, 0, no], [no, no, 0, 0, no], [0, 0, no, no, 0], [0, 0, no, no, 0]],
    start_transitions: [0, 0, no, no, 0],
    end_transitions: [0, no, no, 0, 0],
  }
  const chars = [...'乔·拜登说']
  const rows = [[0, 3, 0, 0, 0], [0, 0, 1, 2, 0], [1, 0, 1, 0, 0], [0, 0, 0, 1, 0], [3, 0, 0, 0, 0]]
  const names = (emissions: Float32Array) => {
    const path = decodeTags(emissions, chars.length, labels.length, crf)
    return texts(chars, bioesSpans(path, parseLabels(labels)))
  }

  it('lets the model decide past a dot instead of ending a name on it', () => {
    const emissions = Float32Array.from(rows.flat())
    expect(names(emissions)).toEqual(['乔·/PER'])
    keepDotsInside(emissions, chars, parseLabels(labels))
    expect(names(emissions)).toEqual(['乔·拜登/PER'])
    expect(Array.from(emissions.slice(5, 10))).toEqual([0, no, 1, no, no]) // the dot's B, E and S rows only
  })

  it('finds no person in a lone bullet between words (产品专员 • 负责, PER 0.54 before step 7b)', () => {
    const bullet = [...'员　•　负']
    // Emissions that favour S-PER at the bullet: constrained, the bullet cannot be a name of one unit.
    const emissions = Float32Array.from([[3, 0, 0, 0, 0], [3, 0, 0, 0, 0], [0, 0, 0, 0, 4], [3, 0, 0, 0, 0], [3, 0, 0, 0, 0]].flat())
    expect(texts(bullet, bioesSpans(decodeTags(emissions, 5, labels.length, crf), parseLabels(labels)))).toEqual(['•/PER'])
    keepDotsInside(emissions, bullet, parseLabels(labels))
    expect(bioesSpans(decodeTags(emissions, 5, labels.length, crf), parseLabels(labels))).toEqual([])
    // And a span over it that a bracket or whitespace cut left is dropped by step 8.
    expect(repairEdges(trimWhitespace([span(1, 4)], bullet, W), bullet, W)).toEqual([])
  })

  it('leaves units that are not middle dots alone, and knows every dot', () => {
    const emissions = Float32Array.from(rows.flat())
    keepDotsInside(emissions, [...'乔。拜登说'], parseLabels(labels))
    expect(Array.from(emissions)).toEqual(rows.flat())
    expect([...NAME_DOTS]).toEqual(['·', '・', '･', '‧', '•'])
  })
})

describe('repairEdges (contract step 8)', () => {
  it('cuts middle dots off either end of a span', () => {
    expect(edges('乔·（Ｊｏｅ）', span(0, 2))).toEqual(['乔/PER'])
    expect(edges('・约翰', span(0, 3), span(0, 1))).toEqual(['约翰/PER'])
    expect(edges('埃隆·马斯克和路易斯·伊纳西奥·卢拉·达席尔瓦', span(0, 6), span(7, 23))).toEqual(['埃隆·马斯克/PER', '路易斯·伊纳西奥·卢拉·达席尔瓦/PER'])
  })

  it('splits a PER span at a single Han conjunction between Latin letters', () => {
    const text = 'Ｅｍｍａｎｕｅｌ　Ｍａｃｒｏｎ和Ｎａｒｅｎｄｒａ　Ｍｏｄｉ会面'
    expect(edges(text, span(0, 29))).toEqual(['Ｅｍｍａｎｕｅｌ　Ｍａｃｒｏｎ/PER', 'Ｎａｒｅｎｄｒａ　Ｍｏｄｉ/PER'])
    expect(edges('Ａｎｎ与Ｂｏｂ及Ｃｙ', span(0, 10))).toEqual(['Ａｎｎ/PER', 'Ｂｏｂ/PER', 'Ｃｙ/PER'])
    // Han on either side, a conjunction at an end, or another type: left as it is.
    expect(edges('王和平与Ｂｏｂ', span(0, 3), span(2, 7))).toEqual(['王和平/PER', '平与Ｂｏｂ/PER'])
    expect(edges('Ａｎｎ和Ｂｏｂ', span(0, 7, 'ORG'), span(0, 4))).toEqual(['Ａｎｎ和Ｂｏｂ/ORG', 'Ａｎｎ和/PER'])
  })

  it('takes a bracketed legal form into the firm name before it', () => {
    const text = '普华永道中天会计师事务所（特殊普通合伙）出具'
    expect(edges(text, span(0, 12, 'ORG'))).toEqual(['普华永道中天会计师事务所（特殊普通合伙）/ORG'])
    expect(edges('华创投资中心（有限合伙）、万科（集团）', span(0, 6, 'COMPANY'), span(13, 15, 'ORG')))
      .toEqual(['华创投资中心（有限合伙）/COMPANY', '万科（集团）/ORG'])
    // Not a legal form, not closed, a person, or a unit another span covers: left as it is.
    expect(edges('微软（中国）', span(0, 2, 'ORG'))).toEqual(['微软/ORG'])
    expect(edges('万科（集团', span(0, 2, 'ORG'))).toEqual(['万科/ORG'])
    expect(edges('王五（集团）', span(0, 2))).toEqual(['王五/PER'])
    expect(edges('万科（集团）', span(0, 2, 'ORG'), span(3, 5, 'ORG'))).toEqual(['万科/ORG', '集团/ORG'])
  })

  it('cuts a word for a day or a time of day off the end of a person', () => {
    expect(edges('乔·拜登周二会见', span(0, 6))).toEqual(['乔·拜登/PER'])
    expect(edges('王伟昨天下午说', span(0, 6))).toEqual(['王伟/PER'])
    expect(edges(`约翰·史密斯${W}星期天`, span(0, 10))).toEqual(['约翰·史密斯/PER'])
    expect(edges('Ａｎｎ和Ｂｏｂ今天', span(0, 9))).toEqual(['Ａｎｎ/PER', 'Ｂｏｂ/PER'])
    // A given name that is the word, a compound surname left alone, a name ending on a dot, another type: left as they are.
    expect(edges('王明天说', span(0, 3))).toEqual(['王明天/PER'])
    expect(edges('欧阳明天说', span(0, 4))).toEqual(['欧阳明天/PER'])
    expect(edges('周天和', span(0, 2))).toEqual(['周天/PER'])
    expect(edges('乔·周二', span(0, 4))).toEqual(['乔·周二/PER'])
    expect(edges('北京周二', span(0, 4, 'ORG'))).toEqual(['北京周二/ORG'])
  })

  it('joins a surname and a one-unit given name set apart by letter spacing', () => {
    expect(edges(`王${W}${W}莉${W}${W}${W}${W}董事`, span(0, 1), span(3, 4))).toEqual([`王${W}${W}莉/PER`])
    expect(edges(`李${W}强`, span(0, 1), span(2, 3))).toEqual([`李${W}强/PER`])
    const chars = [...`王${W}${W}莉`]
    expect(repairEdges([{ ...span(0, 1), score: 0.8 }, { ...span(3, 4), score: 0.6 }], chars, W)[0]!.score).toBeCloseTo(0.7, 12)
    // A gap too wide, no surname first, Latin second, a longer span, another type, text between: left as they are.
    expect(edges(`王${W}${W}${W}${W}莉`, span(0, 1), span(5, 6))).toEqual(['王/PER', '莉/PER'])
    expect(edges(`莉${W}${W}王`, span(0, 1), span(3, 4))).toEqual(['莉/PER', '王/PER'])
    expect(edges(`王${W}Ａ`, span(0, 1), span(2, 3))).toEqual(['王/PER', 'Ａ/PER'])
    expect(edges(`王${W}小莉`, span(0, 1), span(2, 4))).toEqual(['王/PER', '小莉/PER'])
    expect(edges(`王${W}京`, span(0, 1), span(2, 3, 'LOC'))).toEqual(['王/PER', '京/LOC'])
    expect(edges('王、莉', span(0, 1), span(2, 3))).toEqual(['王/PER', '莉/PER'])
  })

  it('keeps a PDF table\'s number columns out of a name', () => {
    const rank = `３${W}${W}${W}ＢｌａｃｋＲｏｃｋ${W}Ｆｕｎｄ`
    expect(edges(rank, span(0, 18))).toEqual([`ＢｌａｃｋＲｏｃｋ${W}Ｆｕｎｄ/PER`])
    const count = `Ａｄｖｉｓｏｒｓ${W}${W}${W}３`
    expect(edges(count, span(0, 12))).toEqual(['Ａｄｖｉｓｏｒｓ/PER'])
    expect(edges(`张伟${W}${W}８７，１２３`, span(0, 10, 'ORG'))).toEqual(['张伟/ORG'])
    // One space is no column: "Room 3" stays.
    expect(edges(`Ｒｏｏｍ${W}３`, span(0, 6, 'LOC'))).toEqual([`Ｒｏｏｍ${W}３/LOC`])
  })
})

describe('dropImpossibleSpans: numbers', () => {
  it('drops a PER span of digits and number punctuation only', () => {
    const chars = [...'８７，１２３，４５６股，Ｇ２０，３号']
    expect(dropImpossibleSpans([span(0, 2), span(0, 10), span(0, 11), span(12, 15), span(16, 18), span(0, 10, 'ORG')], chars))
      .toEqual([span(0, 11), span(12, 15), span(16, 18), span(0, 10, 'ORG')])
  })
})
