// Genealogy and obituary QA (the rules on, to redact the living): a birth written as a year alone or a year and a
// month (2003年生, 2005年出生, 生于2008年, 1999年6月生, 1938年5月生于湖南) and an age at death (享年86岁) all stayed.
// Each with what must stay as it was: a year before a word that starts with 生 (生产, 生效, 生活 …). All invented.
import { describe, expect, it } from 'vitest'
import { findPatterns } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const births = (...values: string[]) => values.map((v) => ['BIRTH_DATE', v])

describe('a birth written as a year, or a year and a month', () => {
  it('is a date of birth before 生, 出生 or 生人, and after 生于 or 出生于', () => {
    expect(found('长孙张家豪，2003年生；次孙张家乐，2005年出生。')).toEqual(births('2003年', '2005年'))
    expect(found('孙女张雨萱生于2008年，外孙1999年6月生。')).toEqual(births('2008年', '1999年6月'))
    expect(found('先父1938年5月生于湖南湘潭，1960 年生人。')).toEqual(births('1938年5月', '1960 年'))
    expect(found('出生于2001年，2001年3月5日出生')).toEqual(births('2001年', '2001年3月5日'))
  })

  it('is not a year before a word that starts with 生, nor a year alone elsewhere', () => {
    expect(found('2023年生产总值增长5%，2024年生效，2020年生活费，2025年生日会，2019年生态报告，2022年生猪出栏')).toEqual([])
    expect(found('2021年生物医药产业，2018年生育率，他2003年毕业，2003年至2005年')).toEqual([])
  })
})

describe('an age at death', () => {
  it('is an age after 享年 or 终年', () => {
    expect(found('先父张明远于2024年11月6日辞世，享年86岁。祖母终年92岁。')).toEqual([['AGE', '86岁'], ['AGE', '92岁']])
  })
})

describe('re-check 54g of 8bf58f9: an event\'s date and a statistic are no birth', () => {
  it('leaves a date after 发生于, 产生于, 衍生于 … alone, and 出生 before 人口 or 率', () => {
    // Before: each a date of birth.
    expect(found('事故发生于2008年5月，案件发生于2019年。该理论产生于1990年，病毒衍生于2019年12月。')).toEqual([])
    expect(found('2022年出生人口956万，2023年出生率下降。')).toEqual([])
    expect(found('2010年生均经费，2011年生师比，2019年生化实验室，2014年生计困难，2012年生动的故事，2011年生根发芽')).toEqual([])
    // A person's birth after 生于 and before 出生 still is one.
    expect(found('他生于1990年，2001年出生。')).toEqual(births('1990年', '2001年'))
  })
})

describe('re-check 54h: a newborn\'s birth and a biography\'s 诞生于 are births', () => {
  it('takes a date before 出生数天后, 出生率先 and after 诞生于', () => {
    // Before: readable (出生 before 数 or 率 was read as a statistic; 诞生于 as a company's).
    expect(found('患儿于2023年5月12日出生数小时后转入新生儿科。')).toEqual(births('2023年5月12日'))
    expect(found('该男子1985年出生率先报名。他诞生于1990年的一个小山村。')).toEqual(births('1985年', '1990年'))
    expect(found('2023年出生人数下降，出生数量减少。')).toEqual([])
  })
})
