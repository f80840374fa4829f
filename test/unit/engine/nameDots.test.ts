// Contract steps 2 and 7c: other name dots fed as U+00B7, and a name cut one unit past its dot taken on.
import { describe, expect, it } from 'vitest'
import { bioesSpans, extendDottedNames, parseLabels, type TagPath } from '../../../src/engine/decode'
import { createNormalizer, normalizedUnits } from '../../../src/engine/normalize'

const LABELS = parseLabels(['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER'])

/** A path over `chars` with `tags`, and the marginal of I-PER + E-PER at each unit (the rest on O). */
function path(tags: number[], goesOn: number[]): TagPath {
  const n = tags.length
  const marginals = new Float64Array(n * 5)
  tags.forEach((tag, i) => {
    marginals[i * 5 + 3] = goesOn[i]!
    marginals[i * 5] = 1 - goesOn[i]!
    if (tag !== 0 && tag !== 3) marginals[i * 5 + tag] = 1
  })
  return { tags: Int32Array.from(tags), confidence: new Float64Array(n).fill(0.9), marginals }
}
const texts = (chars: string[], spans: { from: number; to: number }[]) => spans.map((s) => chars.slice(s.from, s.to).join(''))

describe('step 7c: a dotted name cut one unit past its dot goes on', () => {
  it('takes in the units after it the model gives 0.1 or more to the name going on', () => {
    const chars = [...'买买提·艾力是果农']
    // 买买提·艾 decoded (B I I I E), 力 0.17 to going on, 是 0.
    const p = path([1, 2, 2, 2, 3, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0.17, 0, 0, 0])
    expect(texts(chars, extendDottedNames(bioesSpans(p, LABELS), p, chars, LABELS))).toEqual(['买买提·艾力'])
  })
  it('leaves a unit under 0.1, a part of two units, a name without a dot, and the next span alone', () => {
    const low = [...'努尔兰·阿不都']
    const p1 = path([1, 2, 2, 2, 3, 0, 0], [0, 0, 0, 0, 0, 0.02, 0.01])
    expect(texts(low, extendDottedNames(bioesSpans(p1, LABELS), p1, low, LABELS))).toEqual(['努尔兰·阿'])
    const two = [...'乔·拜登周二']
    const p2 = path([1, 2, 2, 3, 0, 0], [0, 0, 0, 0, 0.5, 0.5])
    expect(texts(two, extendDottedNames(bioesSpans(p2, LABELS), p2, two, LABELS))).toEqual(['乔·拜登'])
    const plain = [...'王伟明说']
    const p3 = path([1, 3, 0, 0], [0, 0, 0.5, 0])
    expect(texts(plain, extendDottedNames(bioesSpans(p3, LABELS), p3, plain, LABELS))).toEqual(['王伟'])
    const next = [...'乔·拜李强']
    const p4 = path([1, 2, 3, 1, 3], [0, 0, 0, 0.5, 0.5])
    expect(texts(next, extendDottedNames(bioesSpans(p4, LABELS), p4, next, LABELS))).toEqual(['乔·拜', '李强'])
  })
})

describe('step 2: other name dots are fed as U+00B7', () => {
  const normalizer = createNormalizer({ drop: [], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: false })
  it('maps • ‧ ∙ ⋅ ・ ･ to ·, one for one, offsets kept', () => {
    const text = '甲•乙‧丙∙丁⋅戊・己･庚·辛'
    const units = [...normalizedUnits(text, normalizer)]
    expect(units.map((u) => u.char).join('')).toBe('甲·乙·丙·丁·戊·己·庚·辛')
    expect(units.map((u) => u.start)).toEqual([...text].map((_, i) => i))
  })
  it('leaves other dots and points as they are', () => {
    expect([...normalizedUnits('甲．乙。丙丶丁', normalizer)].map((u) => u.char).join('')).toBe('甲．乙。丙丶丁')
  })
})
