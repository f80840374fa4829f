import { describe, expect, it } from 'vitest'
import { createNormalizer, normalizedUnits } from '../../../src/engine/normalize'
import { closeLetterSpacing, closeWordSpacing, markPeriodEnds, textWindows, unwrapLines } from '../../../src/engine/windows'

// The normalizer of the shipped models (manifest.json `normalize`).
const normalizer = createNormalizer({
  drop: [0x200b, 0xfeff], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: false,
})

/** The windows NerModel.windows cuts (same stages, same order), as their original text. */
function pieces(text: string): string[] {
  const units = closeWordSpacing(closeLetterSpacing(markPeriodEnds(normalizedUnits(text, normalizer))))
  return [...textWindows(unwrapLines(units), { maxWindow: 256 })].map((w) => w.units.map((u) => text.slice(u.start, u.end)).join(''))
}

// The same cases as training/tests/test_unwrap_rolls.py.
describe('unwrapLines: a line that ends in a list of names after a colon is no wrap', () => {
  // Contracts QA 6: a bid report's two .docx paragraphs; the first (31 units, no 。) was read as wrapped, and the news
  // model gave ORG 阚明远\n评标委员会: the redacted copy lost the second paragraph's 评标委员会.
  it('keeps the break after a roll of names or companies', () => {
    const roll = '评标委员会成员：欧阳立诚（组长）、蒋慧、詹国栋、符晓燕、阚明远'
    const next = '评标委员会推荐宁波恒光照明工程有限公司为第一中标候选人，恒光照明的报价最低。'
    expect(pieces(`${roll}\n${next}`)).toEqual([roll, next])
    expect(pieces(`${roll}\r\n${next}`)).toEqual([roll, next])
    const bidders = '本次公开招标共有三家单位投标：杭州青禾数据有限公司、远帆科技、宁波恒光照明'
    expect(pieces(`${bidders}\n${next}`)).toEqual([bidders, next])
  })

  it('still unwraps a list of two, one with prose between its items, one ending in 、, and one with no colon', () => {
    const two = '今天的会议在上海召开，出席的代表有：蒋慧、詹国'
    expect(pieces(`${two}\n栋。`)).toEqual([`${two}栋。`])
    const prose = '会议议程包括：开幕致辞、主题报告、分组讨论的总结和闭'
    expect(pieces(`${prose}\n幕式。`)).toEqual([`${prose}幕式。`])
    const open = '评标委员会成员：欧阳立诚（组长）、蒋慧、詹国栋、符晓燕、'
    expect(pieces(`${open}\n阚明远。`)).toEqual([`${open}阚明远。`])
    const bare = '今天出席会议的代表有欧阳立诚、蒋慧、詹国栋、符晓燕、阚'
    expect(pieces(`${bare}\n明远等人。`)).toEqual([`${bare}明远等人。`])
  })
})
