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

describe('dropImpossibleSpans: names glued to a number are no codes (re-check of the code rule)', () => {
  it('keeps a Latin name with a lower-case letter whole before a digit: a person, a product, a company', () => {
    const text = '同事Lisa2020年入职，客户David15日到店，Amy3岁时，Lucy3人，博主Lily0923，联系人：Kevin13800138000'
    expect(kept(text, at(text, 'Lisa', 'PER'), at(text, 'David', 'PER'), at(text, 'Amy', 'PER'), at(text, 'Lucy', 'PER'),
      at(text, 'Lily', 'PER'), at(text, 'Kevin', 'PER'))).toEqual(['Lisa', 'David', 'Amy', 'Lucy', 'Lily', 'Kevin'].map((n) => `${fw(n).join('')}/PER`))
    const org = '在Windows10上，DeepSeek3发布'
    expect(kept(org, at(org, 'Windows'), at(org, 'DeepSeek'))).toEqual([`${fw('Windows').join('')}/ORG`, `${fw('DeepSeek').join('')}/ORG`])
  })

  it('keeps the last word of an all-Latin name before a digit (no end-cut of a run with a lower-case letter)', () => {
    const text = 'Michael Jordan23号，Zhang Wei2021年加入'
    expect(kept(text, at(text, 'Michael Jordan', 'PER'), at(text, 'Zhang Wei', 'PER')))
      .toEqual([`${fw('Michael Jordan').join('')}/PER`, `${fw('Zhang Wei').join('')}/PER`])
  })

  it('keeps a capitals name before a year, a day or a count; drops one before five digits or digits and a letter', () => {
    const text = 'WHO2023年报告，据BBC2日报道，CNN3日，CCTV1，APEC2024会议，GE2家公司，IBM2023年营收'
    const names = ['WHO', 'BBC', 'CNN', 'CCTV', 'APEC', 'GE', 'IBM']
    expect(kept(text, ...names.map((n) => at(text, n)))).toEqual(names.map((n) => `${fw(n).join('')}/ORG`))
    const codes = '护照EA1234567，订单ABC12D，团号BJ0418A，KX12'
    expect(kept(codes, at(codes, 'EA'), at(codes, 'ABC'), at(codes, 'BJ'), at(codes, 'KX'))).toEqual([`${fw('KX').join('')}/ORG`])
  })

  it('drops a capitals span before a flight\'s or an order\'s three or four digits, not before a year', () => {
    const flights = '我乘坐CA1234航班，原定MU5101次航班取消，搭乘SC4601航班，改签CA981，订单号ABC1234已发货'
    const spans = ['CA', 'MU', 'SC', 'ABC'].map((n) => at(flights, n))
    expect(kept(flights, ...spans, span(flights.indexOf('CA981'), flights.indexOf('CA981') + 2))).toEqual([])
    // A count or an old year after a brand (re-check 54f: nine brands dropped, the copy's first mention readable).
    const counts = 'KFC1000家，TCL1000万台，GUCCI300多款，HSBC1865年，IKEA300家，ZARA1000家，IBM100周年，SAP1000强，UNIQLO800间'
    const brands = ['KFC', 'TCL', 'GUCCI', 'HSBC', 'IKEA', 'ZARA', 'IBM', 'SAP', 'UNIQLO']
    expect(kept(counts, ...brands.map((n) => at(counts, n)))).toEqual(brands.map((n) => `${fw(n).join('')}/ORG`))
    // At the text's end, the digits are a code's as before another character.
    expect(kept('航班CA1234', at('航班CA1234', 'CA'))).toEqual([])
    const years = 'APEC2024会议，KFC2023年，LG1999年，TCL5家'
    expect(kept(years, at(years, 'APEC'), at(years, 'KFC'), at(years, 'LG'), at(years, 'TCL')))
      .toEqual(['APEC', 'KFC', 'LG', 'TCL'].map((n) => `${fw(n).join('')}/ORG`))
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

  it('ends a DOI at a comma, whitespace or a bracket it did not open, and not on . ; :', () => {
    expect(forcedText('（doi:10.1000/182）Wang Fang指出')).toBe('doi:10.1000/182')
    expect(forcedText('doi:10.1000/182,Zhang Wei et al.')).toBe('doi:10.1000/182')
    expect(forcedText('参见10.1038/nature12373(Smith J, Nature)')).toBe('10.1038/nature12373')
    expect(forcedText('见10.1000/182（Li Na，2020）')).toBe('10.1000/182')
    expect(forcedText('DOI: 10.1000/182. 张伟')).toBe(`DOI:${W}10.1000/182`)
    // A balanced (...) inside the suffix is the DOI's own.
    expect(forcedText('见10.1016/S0140-6736(20)30183-5；')).toBe('10.1016/S0140-6736(20)30183-5')
  })

  it('leaves numbers that are no DOI alone', () => {
    expect(forcedText('增长10.5/年，v10.1234/a，3.10.1234/5，10.12/abc')).toBe('')
  })
})
