// Chat QA (customer-service chat logs redacted with the rules on): order and parcel numbers after their labels, masked
// mobiles, the tail digits a chat confirms a customer by, and a unified social credit code with a letter outside GB
// 32100's alphabet were all left readable. Each with what must stay as it was (a bare 16-digit number, a timestamp, ****).
import { describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])

describe('an order\'s or a parcel\'s number after its label', () => {
  it('is a record number, a carrier\'s letters included', () => {
    expect(found('订单号：2026030112345678，订单编号：4200198765432109')).toEqual([
      ['RECORD_NUMBER', '2026030112345678'], ['RECORD_NUMBER', '4200198765432109'],
    ])
    expect(found('快递单号：SF1234567890123 运单号 YT8812345678901，物流单号：JD0012345678901，取件单号JT1234567890，退款单号：7788990011223344')).toEqual([
      ['RECORD_NUMBER', 'SF1234567890123'], ['RECORD_NUMBER', 'YT8812345678901'], ['RECORD_NUMBER', 'JD0012345678901'],
      ['RECORD_NUMBER', 'JT1234567890'], ['RECORD_NUMBER', '7788990011223344'],
    ])
    // On the line under its label, as a table's cells copied out read.
    expect(found('订单号\n2026030112345678')).toEqual([['RECORD_NUMBER', '2026030112345678']])
  })

  it('wins over the model\'s span inside it (the carrier\'s SF as an organisation)', () => {
    const text = '您的快递单号：SF1234567890123，请查收'
    const start = text.indexOf('SF')
    const model = [{ start, end: start + 2, type: 'ORG', text: 'SF', score: 0.9 }]
    expect(withPatterns(text, model).map((e) => [e.type, e.text])).toEqual([['RECORD_NUMBER', 'SF1234567890123']])
  })

  it('is no phone, and the same number with no label stays', () => {
    expect(found('订单号：13800138000')).toEqual([['RECORD_NUMBER', '13800138000']])
    expect(found('4200198765432109，已发货 2026030112345678')).toEqual([])
    expect(found('下单时间 2026-03-01 10:22:13，订单金额 199 元')).toEqual([])
  })
})

describe('a parcel\'s number with no label (e-commerce QA)', () => {
  it('is a record number by its carrier\'s letters and length', () => {
    expect(found('您的快递SF1234567890125已签收，顺丰单号SF1500398822761，单号：SF1234567890123')).toEqual([
      ['RECORD_NUMBER', 'SF1234567890125'], ['RECORD_NUMBER', 'SF1500398822761'], ['RECORD_NUMBER', 'SF1234567890123'],
    ])
    expect(found('京东 JD0098765432101、JDV001234567890，圆通YT8812345678901，极兔JT1234567890123，德邦DPK123456789012')).toEqual([
      ['RECORD_NUMBER', 'JD0098765432101'], ['RECORD_NUMBER', 'JDV001234567890'], ['RECORD_NUMBER', 'YT8812345678901'],
      ['RECORD_NUMBER', 'JT1234567890123'], ['RECORD_NUMBER', 'DPK123456789012'],
    ])
  })

  it('with a space or a hyphen after the letters, or digits alone after the carrier\'s name (re-check QA)', () => {
    expect(found('SF 1234567890125，SF-1234567890126')).toEqual([['RECORD_NUMBER', 'SF 1234567890125'], ['RECORD_NUMBER', 'SF-1234567890126']])
    expect(found('中通快递 78912345678901，韵达快递：4312345678901，韵达单号 4312345678902，申通 773123456789012，邮政包裹：9812345678901')).toEqual([
      ['RECORD_NUMBER', '78912345678901'], ['RECORD_NUMBER', '4312345678901'], ['RECORD_NUMBER', '4312345678902'],
      ['RECORD_NUMBER', '773123456789012'], ['RECORD_NUMBER', '9812345678901'],
    ])
    // Not a count, a price or a short number after the carrier's name.
    expect(found('顺丰今年营收 2580 亿元，中通快递 2026 年，京东 618 活动，韵达 12345')).toEqual([])
  })

  it('an EMS or international item only with its S10 check digit right', () => {
    expect(found('EMS单：EE123456785GB，挂号信 RR123456785CN')).toEqual([['RECORD_NUMBER', 'EE123456785GB'], ['RECORD_NUMBER', 'RR123456785CN']])
    expect(found('EE123456784GB，型号AB123456789CD')).toEqual([])
  })

  it('not a shorter run, lower-case letters, nor letters inside a longer code', () => {
    expect(found('SF123456789，sf1234567890123，XSF1234567890123，SF1234567890123A，SF 年报')).toEqual([])
  })

  it('wins over the model\'s organisation that took the carrier\'s letters, or the carrier and its letters', () => {
    const text = '另一个件是顺丰 SF1500398822761'
    const model = [{ start: text.indexOf('顺丰'), end: text.indexOf('SF') + 2, type: 'ORG', text: '顺丰 SF', score: 0.9 }]
    expect(withPatterns(text, model).map((e) => [e.type, e.text])).toEqual([['RECORD_NUMBER', 'SF1500398822761']])
  })
})

describe('a mobile with its middle digits masked', () => {
  it('is a phone, with * ＊ or x masks, hyphenated or not', () => {
    expect(found('手机：138****5678，电话 186-****-2233，177＊＊＊＊0099，备用 139xxxx1234、135XXXX4321')).toEqual([
      ['PHONE', '138****5678'], ['PHONE', '186-****-2233'], ['PHONE', '177＊＊＊＊0099'], ['PHONE', '139xxxx1234'], ['PHONE', '135XXXX4321'],
    ])
  })

  it('not **** alone, nor a masked run of other lengths', () => {
    expect(found('密码：****，卡号 6222 **** **** 1234 的 ****')).toEqual([])
    expect(found('138***5678，138*****5678')).toEqual([])
  })
})

describe('tail digits after 尾号, 后四位, 末四位', () => {
  it('are a record number, an ID\'s X included', () => {
    expect(found('手机尾号0421的用户，银行卡尾号：6789，身份证后四位152X，卡号末四位为 3321')).toEqual([
      ['RECORD_NUMBER', '0421'], ['RECORD_NUMBER', '6789'], ['RECORD_NUMBER', '152X'], ['RECORD_NUMBER', '3321'],
    ])
  })

  it('not a single digit nor a longer run', () => {
    expect(found('尾号3和8的车辆限行，尾号12345678')).toEqual([])
  })
})

describe('a unified social credit code', () => {
  it('after its label or a tax number\'s (税号), whatever its characters', () => {
    expect(found('统一社会信用代码：91440300MA5F8XYZ1K')).toEqual([['RECORD_NUMBER', '91440300MA5F8XYZ1K']])
    expect(found('抬头：深圳市某某电子科技有限公司，税号91440300MA5F8XYZ1K')).toEqual([['RECORD_NUMBER', '91440300MA5F8XYZ1K']])
    expect(found('纳税人识别号：91310112MA1GB3XK7P')).toEqual([['RECORD_NUMBER', '91310112MA1GB3XK7P']])
  })

  it('alone only where its check character holds (patterns.test.ts), and no 17 or 19 characters after 税号', () => {
    expect(found('商户主体 91440300MA5F8XYZ1K 已认证')).toEqual([])
    expect(found('税号91440300MA5F8XYZ1，税号91440300MA5F8XYZ1KK')).toEqual([])
  })
})
