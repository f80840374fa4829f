// Recheck 50b (the re-check of c594928's tighter rules): names after 姓名 without a common surname left readable, labelled
// phones dropped by the unit guard or cut to a shorter phone, member numbers that are mobiles no longer phones, and
// exchange-prefixed codes read inside order and batch numbers. Each with what c594928 rightly rejects still rejected
// (patternsRecheck50.test.ts holds the rest).
import { describe, expect, it } from 'vitest'
import { findPatterns, withPatterns, type PatternEntity } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const people = (text: string) =>
  withPatterns(text, []).filter((e) => e.type === 'PER').map((e) => [e.text, (e as PatternEntity).labelledName === true])

describe('a name after 姓名 without a common surname', () => {
  const rare = ['芈月', '逄军', '帅军', '扈刚', '么红', '乜刚', '暴风', '战建国', '练海', '蹇军', '那英', '揭华']
  it('is hidden in its field, on one line, in a table row and on the line under 姓名, but seeds no given name', () => {
    for (const name of rare) {
      expect(people(`姓名：${name}\n性别：男\n`)).toEqual([[name, false]])
      expect(people(`姓名    ${name}    性别    男\n`)).toEqual([[name, false]])
      expect(people(`姓名\n${name}\n性别\n男\n`)).toEqual([[name, false]])
    }
    for (const name of ['阿依古丽', '扎西顿珠', '迪丽热巴', '巴特尔', '格桑卓玛']) expect(people(`姓名：${name}\n`)).toEqual([[name, false]])
    expect(people('姓名：芈月 性别：女')).toEqual([['芈月', false]])
    expect(people('姓名：逄军，男，汉族')).toEqual([['逄军', false]])
  })

  it('with a surname still seeds its given name; a word, a heading or one running on is still no name', () => {
    expect(people('姓名：王婉清\n')).toEqual([['王婉清', true]])
    expect(people('姓名：艾力·吐尔逊\n')).toEqual([['艾力·吐尔逊', true]])
    for (const word of ['测试', '如下', '学生', '示例', '家长', '以下', '同上', '先生', '中国银行', '北京大学']) expect(people(`姓名：${word}\n`)).toEqual([])
    for (const heading of ['职业', '班主任', '所在部门', '总分', '科室']) expect(people(`姓名    ${heading}    手机\n`)).toEqual([])
    expect(people('姓名：芈月很好看')).toEqual([])
  })
})

describe('a phone after its label, whatever follows it', () => {
  it('beats the unit guard, and a common word after the number is no unit', () => {
    for (const text of ['电话 13800138000 元旦后联系', '电话：13800138000元宵节后回复', '联系人：13800138000万先生', '电话13800138000万女士收',
      '手机：13912345678 万经理', '手机13800138000万科物业', '联系方式：13800138000万', '手机：13800138000亿达中心', '手机13800138000份额',
      '电话13800138000块', '联系电话：13800138000台州分公司']) {
      expect(found(text)).toEqual([['PHONE', text.match(/1[3-9]\d{9}/)![0]]])
    }
    expect(found('电话：+86 138 0013 8000万女士')).toEqual([['PHONE', '+86 138 0013 8000']])
    expect(found('13800138000万先生来电')).toEqual([['PHONE', '13800138000']])
    expect(found('电话\n13800138000块\n')).toEqual([['PHONE', '13800138000']])
  })

  it('is taken whole, never cut to a shorter phone, and a count with no label stays none', () => {
    expect(found('电话：138 0013 8000 万先生')).toEqual([['PHONE', '138 0013 8000']])
    expect(found('电话：138 0013 8000 台州')).toEqual([['PHONE', '138 0013 8000']])
    expect(found('合计 138 001 38000 元')).toEqual([])
    expect(found('库存 138 001 38000 件')).toEqual([])
    expect(found('共13800138000元')).toEqual([])
    expect(found('仓库余量 139 123 45678 件')).toEqual([])
  })

  it('after a member\'s, a user\'s or a customer\'s number label, but not an order\'s', () => {
    expect(found('会员编号：13800138000，用户编号：13912345678，客户编号 13800138000')).toEqual([
      ['PHONE', '13800138000'], ['PHONE', '13912345678'], ['PHONE', '13800138000'],
    ])
    // No phones: record numbers after an order's and a parcel's labels (chat QA); nothing after 流水号.
    expect(found('订单号：13800138000，运单号 13912345678，快递单号：13800138000，流水号13800138000')).toEqual([
      ['RECORD_NUMBER', '13800138000'], ['RECORD_NUMBER', '13912345678'], ['RECORD_NUMBER', '13800138000'],
    ])
  })
})

describe('an exchange-prefixed securities code', () => {
  it('not inside an order\'s, a batch\'s or a parcel\'s number', () => {
    // No securities code: the order's number, whole (chat QA).
    expect(found('订单编号：SZ000001')).toEqual([['RECORD_NUMBER', 'SZ000001']])
    expect(found('批号SH600519-01')).toEqual([])
    expect(found('快递单号：SF1234567890，SZ123456')).toEqual([['RECORD_NUMBER', 'SF1234567890']])
    expect(found('型号 BJ830799A')).toEqual([])
  })

  it('still a code in running text and with the exchange after it', () => {
    expect(found('贵州茅台（SH600519）与平安银行 sz000001')).toEqual([['STOCK_CODE', 'SH600519'], ['STOCK_CODE', 'sz000001']])
    expect(found('批号 600519.SH')).toEqual([['STOCK_CODE', '600519.SH']])
  })
})
