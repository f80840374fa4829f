// Contract step 7d: name parts over a hyphen, a full stop or a space that the marginals give to one name are one name.
import { describe, expect, it } from 'vitest'
import { bioesSpans, joinNameParts, parseLabels, type TagPath } from '../../../src/engine/decode'

const LABELS = parseLabels(['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC'])
const L = 9
const SPACE = '\u3000'

/** A path with `tags`; each unit's marginal all on its tag, but `extra` moves mass to I-PER ('I') or B-PER ('B'). */
function path(tags: number[], extra: Record<number, [number, 'I' | 'B']> = {}): TagPath {
  const n = tags.length
  const marginals = new Float64Array(n * L)
  tags.forEach((tag, i) => {
    const [mass, label] = extra[i] ?? [0, 'I']
    marginals[i * L + tag] = 1 - mass
    const at = i * L + (label === 'I' ? 2 : 1)
    marginals[at] = marginals[at]! + mass
  })
  return { tags: Int32Array.from(tags), confidence: new Float64Array(n).fill(0.8), marginals }
}
function run(text: string, tags: number[], extra: Record<number, [number, 'I' | 'B']> = {}) {
  const chars = [...text]
  const p = path(tags, extra)
  return joinNameParts(bioesSpans(p, LABELS), p, chars, LABELS, SPACE).map((s) => chars.slice(s.from, s.to).join(''))
}

describe('step 7d: name parts joined', () => {
  it('joins two PER spans over a hyphen or a full stop the model gives 0.1 or more of I-PER', () => {
    // 迈克尔－乔丹来了: B I E O B E O O, the hyphen 0.27 to I-PER
    expect(run('迈克尔－乔丹来了', [1, 2, 3, 0, 1, 3, 0, 0], { 3: [0.27, 'I'] })).toEqual(['迈克尔－乔丹'])
    expect(run('迈克尔．乔丹来了', [1, 2, 3, 0, 1, 3, 0, 0], { 3: [0.36, 'I'] })).toEqual(['迈克尔．乔丹'])
    // 马丁 + 路德－金: chained, the later part holding a hyphen already
    expect(run('马丁－路德－金说', [1, 3, 0, 1, 2, 2, 3, 0], { 2: [0.29, 'I'] })).toEqual(['马丁－路德－金'])
  })
  it('weights the joined score by the parts\' lengths', () => {
    const chars = [...'迈克尔－乔丹']
    const p = path([1, 2, 3, 0, 1, 3], { 3: [0.3, 'I'] })
    const spans = bioesSpans(p, LABELS).map((s, k) => ({ ...s, score: k === 0 ? 0.9 : 0.4 }))
    expect(joinNameParts(spans, p, chars, LABELS, SPACE)[0]!.score).toBeCloseTo((0.9 * 3 + 0.4 * 2) / 5)
  })
  it('joins over a space only at 0.3 or more', () => {
    expect(run(`查尔斯${SPACE}达尔文说`, [1, 2, 3, 0, 1, 2, 3, 0], { 3: [0.46, 'I'] })).toEqual([`查尔斯${SPACE}达尔文`])
    // a list of names: the fine-grained model gave such a space up to 0.22
    expect(run(`张伟${SPACE}李娜${SPACE}刘洋`, [1, 3, 0, 1, 3, 0, 1, 3], { 2: [0.07, 'I'], 5: [0.22, 'I'] }))
      .toEqual(['张伟', '李娜', '刘洋'])
  })
  it('keeps a doubles pair, a sentence end, a LOC pair, a numbered list and two joiners apart', () => {
    expect(run('王楠－张怡宁赢了', [1, 3, 0, 1, 2, 3, 0, 0], { 2: [0.01, 'I'] })).toEqual(['王楠', '张怡宁'])
    expect(run('见了张伟．李娜', [0, 0, 1, 3, 0, 1, 3], { 4: [0.03, 'I'] })).toEqual(['张伟', '李娜'])
    expect(run('北京－上海', [5, 7, 0, 5, 7], { 2: [0.5, 'I'] })).toEqual(['北京', '上海'])
    expect(run('１．张伟２．李娜', [0, 0, 1, 3, 0, 0, 1, 3], { 1: [0.5, 'I'], 5: [0.5, 'I'] })).toEqual(['张伟', '李娜'])
    expect(run('迈克尔－－乔丹', [1, 2, 3, 0, 0, 1, 3], { 3: [0.5, 'I'], 4: [0.5, 'I'] })).toEqual(['迈克尔', '乔丹'])
    // a comma is no joiner, whatever the marginals
    expect(run('张伟，李娜', [1, 3, 0, 1, 3], { 2: [0.5, 'I'] })).toEqual(['张伟', '李娜'])
  })
  it('takes in a one-unit first name before a hyphen when B-PER there and I-PER at the hyphen are 0.05 or more', () => {
    // 家让－保罗·萨特: the span starts at 保罗; 让 0.14 B-PER, the hyphen 0.14 I-PER
    expect(run('家让－保罗·萨特', [0, 0, 0, 1, 2, 2, 2, 3], { 1: [0.14, 'B'], 2: [0.14, 'I'] })).toEqual(['让－保罗·萨特'])
    expect(run('家让－保罗·萨特', [0, 0, 0, 1, 2, 2, 2, 3], { 1: [0.14, 'B'], 2: [0.02, 'I'] })).toEqual(['保罗·萨特'])
    expect(run('家让－保罗·萨特', [0, 0, 0, 1, 2, 2, 2, 3], { 1: [0.02, 'B'], 2: [0.14, 'I'] })).toEqual(['保罗·萨特'])
    // never out of another span: 马琳－王励勤, 马琳 found
    expect(run('马琳－王励勤', [1, 3, 0, 1, 2, 3], { 1: [0.5, 'B'], 2: [0.05, 'I'] })).toEqual(['马琳', '王励勤'])
    // never a digit: ３－王伟
    expect(run('３－王伟', [0, 0, 1, 3], { 0: [0.5, 'B'], 1: [0.5, 'I'] })).toEqual(['王伟'])
  })
})
