// Regional QA (Hong Kong, Macau, Taiwan, Singapore, Malaysia), findings 2, 3, 4 (phones) and 9: phones with +65, +853
// and +60, (852) and 852 without its plus stayed readable or were cut in half (Tel: 852 2877 1234 gave 852 2877); a bare
// mobile after 手提 or WhatsApp stayed; 民國 dates, Republic years and day-first dates after a date's label stayed; Taiwan's
// lanes and floors, Hong Kong's phase and floor, Macau's flat, Singapore's #08-345 unit and its postcode after 邮区 or the
// country's name stayed readable between the model's places. The sentences and numbers are made up.
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { findPatterns, withPatterns } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const ofType = (type: string) => (text: string) => findPatterns(text).filter((e) => e.type === type).map((e) => e.text)
const phones = ofType('PHONE')
/** The rules' spans beside the model's places, each given as a substring of the text. */
const withPlaces = (text: string, ...places: string[]) => {
  const entities: Entity[] = places.map((p) => {
    const start = text.indexOf(p)
    return { start, end: start + p.length, type: 'LOC', text: p, score: 0.9 }
  })
  return withPatterns(text, entities).filter((e) => e.type !== 'LOC').map((e) => [e.type, e.text])
}

describe('phones with a Singapore, Macau, Malaysia or Hong Kong country code', () => {
  it('takes them whole after a phone word and alone', () => {
    expect(phones('电话：+65 9123 4567')).toEqual(['+65 9123 4567'])
    expect(phones('電話：+65-6789-1234')).toEqual(['+65-6789-1234'])
    expect(phones('Mobile: +65 91234567')).toEqual(['+65 91234567'])
    expect(phones('電話：+853 6612 3456')).toEqual(['+853 6612 3456'])
    expect(phones('电话：+60 12-345 6789')).toEqual(['+60 12-345 6789'])
    expect(phones('办公室 +60 3-2345 6789')).toEqual(['+60 3-2345 6789'])
    expect(phones('電話：(852) 9123 4567')).toEqual(['(852) 9123 4567'])
    expect(phones('紧急联系人：某某，电话 +65 8765 4321')).toEqual(['+65 8765 4321'])
  })

  it('never cuts one in half: 852 without its plus and every group after a phone word', () => {
    expect(phones('Tel: 852 2877 1234')).toEqual(['852 2877 1234'])
    expect(phones('查詢請致電 852 2877 1234。')).toEqual(['852 2877 1234'])
    expect(phones('電話：(853) 2871 2345')).toEqual(['(853) 2871 2345'])
    expect(phones('電話：2877 1234 5678')).toEqual(['2877 1234 5678'])
  })

  it('leaves a count or a year readable', () => {
    expect(phones('他买了 65 9123 4567 件')).toEqual([])
    expect(phones('共 852 件，另 2877 1234 元')).toEqual([])
    expect(phones('電話：2877 1234 2024年起停用')).toEqual(['2877 1234'])
  })
})

describe('a bare local number after 手提 or a messaging app', () => {
  it('is a phone', () => {
    expect(phones('辦公室電話 2345 6789，手提 6234 5678')).toEqual(['2345 6789', '6234 5678'])
    expect(phones('手提：91234567')).toEqual(['91234567'])
    expect(phones('WhatsApp：6234 5678')).toEqual(['6234 5678'])
    expect(phones('WeChat: 6234 5678')).toEqual(['6234 5678'])
    expect(phones('Signal 9123 4567')).toEqual(['9123 4567'])
    expect(phones('Mobile: 9123 4567')).toEqual(['9123 4567'])
    expect(phones('手提\n6234 5678')).toEqual(['6234 5678'])
  })

  it('not after another word', () => {
    expect(phones('手提包 6234 5678')).toEqual([])
    expect(phones('Signals 6234 5678')).toEqual([])
  })
})

describe('dates after a date of birth\'s or a visit\'s label', () => {
  it('takes 民國 dates, Republic years and day-first dates', () => {
    expect(found('出生日期：民國78年5月14日')).toEqual([['BIRTH_DATE', '民國78年5月14日']])
    expect(found('就診日期：民國115年3月2日')).toEqual([['DATE', '民國115年3月2日']])
    expect(found('出生日期：78年5月14日')).toEqual([['BIRTH_DATE', '78年5月14日']])
    expect(found('出生日期：14/05/1989')).toEqual([['BIRTH_DATE', '14/05/1989']])
    expect(found('出生日期：14-05-1989')).toEqual([['BIRTH_DATE', '14-05-1989']])
    expect(found('就診日期：115/03/02')).toEqual([['DATE', '115/03/02']])
    expect(found('就诊日期：14.05.2026 下午3点')).toEqual([['DATE', '14.05.2026 下午3点']])
    expect(found('生日：民国78年5月')).toEqual([['BIRTH_DATE', '民国78年5月']])
  })

  it('takes a 民國 or day-first date before 出生 or 生', () => {
    expect(found('民國78年5月14日出生')).toEqual([['BIRTH_DATE', '民國78年5月14日']])
    expect(found('14/05/1989出生於檳城')).toEqual([['BIRTH_DATE', '14/05/1989']])
    expect(found('他是民國78年生的')).toEqual([['BIRTH_DATE', '民國78年']])
  })

  it('leaves such dates in prose and a decade readable', () => {
    expect(found('會議於14/05/2026舉行')).toEqual([])
    expect(found('78年5月14日舉行開幕式')).toEqual([])
    expect(found('本次比分是115/03/02')).toEqual([])
    expect(found('他出生于90年代')).toEqual([])
    expect(found('出生日期：13/2')).toEqual([])
  })
})

describe('Taiwan, Hong Kong, Macau and Singapore address numbers', () => {
  it('takes lanes, sections, floors, a phase, a flat and a unit whole', () => {
    expect(withPlaces('臺北市大安區忠孝東路四段216巷27弄5號3樓', '臺北市', '大安區', '忠孝東路')).toEqual([['ADDRESS_NUMBER', '四段216巷27弄5號3樓']])
    expect(withPlaces('臺北市忠孝東路4段216巷27弄5號3樓之1', '臺北市', '忠孝東路')).toEqual([['ADDRESS_NUMBER', '4段216巷27弄5號3樓之1']])
    expect(withPlaces('地址：旺角中心一期15樓1502室', '旺角中心')).toEqual([['ADDRESS_NUMBER', '一期15樓1502室']])
    expect(withPlaces('地址：澳門新口岸宋玉生廣場88號3座12樓B', '澳門', '新口岸', '宋玉生廣場')).toEqual([['ADDRESS_NUMBER', '88號3座12樓B']])
    expect(withPlaces('淀山一道12号#08-345', '淀山一道')).toEqual([['ADDRESS_NUMBER', '12号#08-345']])
    expect(found('Blk 123 Ang Mo Kio Ave 3 #08-345')).toEqual([['ADDRESS_NUMBER', '#08-345']])
  })

  it('takes a Singapore postcode after 邮区 or the country\'s name', () => {
    expect(found('邮区310012')).toEqual([['RECORD_NUMBER', '310012']])
    expect(found('郵區：310012')).toEqual([['RECORD_NUMBER', '310012']])
    expect(found('Singapore 310012')).toEqual([['RECORD_NUMBER', '310012']])
    expect(found('新加坡 (310012)')).toEqual([['RECORD_NUMBER', '310012']])
  })

  it('leaves prose, counts and a building alone readable', () => {
    expect(found('请翻到第3段')).toEqual([])
    expect(found('文章分为3段')).toEqual([])
    expect(found('大楼共15樓')).toEqual([])
    expect(found('一期工程15号楼')).toEqual([])
    expect(withPlaces('旺角中心二期3座', '旺角中心')).toEqual([])
    expect(found('第十一期15號')).toEqual([])
    expect(found('新加坡100000人')).toEqual([])
    expect(found('推出15樓盘')).toEqual([])
  })
})
