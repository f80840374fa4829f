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

const NEXT = '上海交通大学经济学院教授陈嘉禾认为，苏州的企业是主要推动力。'

describe('unwrapLines: a line that ends in a field or holds a tab is no wrap', () => {
  // QA (corpus researcher): both lines stop mid-sentence and are over 20 units, so their break was read as a wrap:
  // ORG 广州市\n上海交通大学经济学院 (0.99) instead of LOC 广州市 + ORG 上海交通大学经济学院; the CLI, reading line
  // by line, kept them apart.
  it('keeps the break after a line whose last clause is `label：value`', () => {
    const field = '今天的会议在上海召开，参会的有来自各地的代表，地点：广州市'
    expect(pieces(`${field}\n${NEXT}`)).toEqual([field, NEXT])
    expect(pieces(`${field}\r\n${NEXT}`)).toEqual([field, NEXT])
    // a half-width colon, a label of six units and a value of twelve
    const wide = '今天的会议在上海召开，参会的有代表，会议召开地点:广州市天河区体育西路一号'
    expect(pieces(`${wide}\n${NEXT}`)).toEqual([wide, NEXT])
  })

  it('keeps the break after a line that holds a tab (a table row)', () => {
    const row = '二零二三年度合作单位名单中排名第一的是深圳市腾讯公司\t广州市'
    expect(pieces(`${row}\n${NEXT}`)).toEqual([row, NEXT])
    // a tab at the line's end too (an empty last cell)
    expect(pieces(`${row}\t\n${NEXT}`)).toEqual([row, NEXT])
  })

  it('still unwraps prose: speech after a colon, a long or prose value, a long label, a paragraph indented with a tab', () => {
    const speech = '今天的会议在上海召开，经济学院教授陈嘉禾表示：苏州企业发展'
    expect(pieces(`${speech}\n迅速。`)).toEqual([`${speech}迅速。`])
    const said = '今天的会议在上海召开，会后他对记者说：苏州企业发展'
    expect(pieces(`${said}\n迅速。`)).toEqual([`${said}迅速。`])
    const quoted = '今天的会议在上海召开，参会的有各地代表，主持人：“欢迎'
    expect(pieces(`${quoted}\n各位。”`)).toEqual([`${quoted}各位。”`])
    const prose = '今天的会议在上海召开，参会的有各地代表，地点：在广州'
    expect(pieces(`${prose}\n举行。`)).toEqual([`${prose}举行。`])
    const long = '今天的会议在上海召开，参会的代表，地点：广州市天河区体育西路一百号'
    expect(pieces(`${long}\n附近。`)).toEqual([`${long}附近。`])
    const label = '今天的会议在上海召开，参会各地代表的人数：一百二十'
    expect(pieces(`${label}\n人。`)).toEqual([`${label}人。`])
    // an explanation after 即： (the MSRA dev block wrapped every 25 lost a name to an open label rule)
    const namely = '这部电影讲了两个故事，一个关于求学，一个关于创业，即：江南小镇变'
    expect(pieces(`${namely}\n迁和年轻人奋斗的故事。`)).toEqual([`${namely}迁和年轻人奋斗的故事。`])
    const indented = '\t今天的会议在上海召开，参会的有来自各地的代表和专家学者'
    expect(pieces(`${indented}\n一百多人。`)).toEqual([`${indented.slice(1)}一百多人。`])
  })
})
