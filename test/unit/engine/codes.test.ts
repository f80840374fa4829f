// Contract steps 7a and 8: codes glued to names (a flight, train, booking or passport number), an author's superscript
// affiliation mark after a person, and DOIs. The same cases as training/tests/test_codes.py.
import { describe, expect, it } from 'vitest'
import { dropImpossibleSpans, neverInName, type TokenSpan } from '../../../src/engine/decode'

const W = '\u3000' // every whitespace unit, after normalization
/** ASCII as normalization leaves it: full-width, whitespace U+3000 (superscripts stay: no NFKC). */
const fw = (text: string) => [...text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, W)]
const span = (from: number, to: number, type = 'ORG'): TokenSpan => ({ from, to, type, score: 0.5 })
const kept = (text: string, ...spans: TokenSpan[]) => {
  const chars = fw(text)
  const out = dropImpossibleSpans(spans, chars)
  expect(out.every((s) => s.score === 0.5)).toBe(true)
  return out.map((s) => `${chars.slice(s.from, s.to).join('')}/${s.type}`)
}
const at = (text: string, part: string, type = 'ORG') => span(text.indexOf(part), text.indexOf(part) + part.length, type)

describe('dropImpossibleSpans: codes glued to a name (contract step 8)', () => {
  it('cuts a flight or train number\'s letters off the end of a name', () => {
    const text = '乘坐中国国际航空CA1234，东方航空MU5101和四川航空3U8888，再坐高铁G1234。'
    expect(kept(text, at(text, '中国国际航空CA'), at(text, '东方航空MU'), at(text, '四川航空3U'), at(text, '高铁G')))
      .toEqual(['中国国际航空/ORG', '东方航空/ORG', '四川航空/ORG', '高铁/ORG'])
    // Whitespace and joiners left at the end go with the code.
    const latin = 'Air China CA1234, 国航-CA1234'
    expect(kept(latin, at(latin, 'Air China CA'), at(latin, '国航-CA'))).toEqual([fw('Air China').join('') + '/ORG', '国航/ORG'])
  })

  it('drops a span that is all code: a booking, a passport, a group code', () => {
    const text = '订单ABC12D，护照EA1234567，JP0312345，HLT58820391，团号CTS-BJ0418A。'
    expect(kept(text, at(text, 'ABC'), at(text, 'EA'), at(text, 'JP'), at(text, 'HLT'), at(text, 'CTS-BJ'), at(text, 'BJ'))).toEqual([])
  })

  it('keeps letters a name ends in when no digit follows, and letters after digits at a name\'s start', () => {
    const text = '深长城A，2XR津百12.3，NBA球星，3M公司'
    expect(kept(text, at(text, '长城A'), at(text, 'XR津百'), at(text, 'NBA'), at(text, '3M公司')))
      .toEqual(['长城Ａ/ORG', 'ＸＲ津百/ORG', 'ＮＢＡ/ORG', '３Ｍ公司/ORG'])
  })

  it('cuts affiliation marks (superscript digits, or digits) off the end of a person, not a name of letters and digits', () => {
    const text = '作者：孙悦¹，欧阳文静²³，王⁵，李娜1，R2D2'
    expect(kept(text, at(text, '孙悦¹', 'PER'), at(text, '欧阳文静²³', 'PER'), at(text, '王⁵', 'PER'), at(text, '李娜1', 'PER'),
      at(text, 'R2D2', 'PER'), at(text, '孙悦¹', 'LOC'))).toEqual(['孙悦/PER', '欧阳文静/PER', '王/PER', '李娜/PER', 'Ｒ２Ｄ２/PER', '孙悦¹/LOC'])
    // A person cut inside the marks (孙悦1 of 孙悦12) is cut, not dropped as ending inside a number.
    expect(kept('孙悦12，', span(0, 3, 'PER'))).toEqual(['孙悦/PER'])
  })
})

describe('neverInName: DOIs (contract step 7a)', () => {
  const forcedText = (text: string) => {
    const chars = fw(text)
    const forced = neverInName(chars)
    return chars.filter((_, i) => forced[i]).join('').replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  }

  it('forces a DOI whole, with doi: or DOI before it, up to a Chinese letter or whitespace', () => {
    expect(forcedText('DOI: 10.11897/SP.J.1016.2021.00001')).toBe(`DOI:${W}10.11897/SP.J.1016.2021.00001`)
    expect(forcedText('见doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI3>3.0.CO;2-O。张伟'))
      .toBe('doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI3>3.0.CO;2-O')
    expect(forcedText('论文10.13718/j.cnki.xdzk.2021.01.001由李娜撰写')).toBe('10.13718/j.cnki.xdzk.2021.01.001')
    expect(forcedText('https://doi.org/10.1000/xyz123 王芳')).toBe('https://doi.org/10.1000/xyz123')
  })

  it('leaves numbers that are no DOI alone', () => {
    expect(forcedText('增长10.5/年，v10.1234/a，3.10.1234/5，10.12/abc')).toBe('')
  })
})
