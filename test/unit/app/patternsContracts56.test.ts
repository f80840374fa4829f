// Contracts QA (findings 2, 5, 7, 9), Redact's rules on: names after a contract's role labels (法定代表人：, 项目负责人：,
// 评标专家： …) were left readable where the news model found none; an account's last short group ( 12,  910) was left
// after its number; a credit code in lower case, an organisation code, a licence's registration number and a
// constructor's certificate number were missed; tender and contract numbers were readable where 项目编号's was replaced.
// The sentences and numbers are made up.
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { findPatterns, withPatterns } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const names = (text: string, given: readonly Entity[] = []) => withPatterns(text, given).filter((e) => e.type === 'PER').map((e) => e.text)
const all = (text: string, given: readonly Entity[] = []) => withPatterns(text, given).map((e) => [e.type, e.text])
const model = (text: string, type: string, word: string): Entity => {
  const start = text.indexOf(word)
  return { start, end: start + word.length, type, text: word, score: 0.9 }
}

describe('names after a contract\'s role labels', () => {
  it('takes the name after each label, a compound surname whole', () => {
    expect(names('法定代表人：东方明远')).toEqual(['东方明远'])
    expect(names('委托代理人：第五清')).toEqual(['第五清'])
    expect(names('授权代表：令狐嘉言')).toEqual(['令狐嘉言'])
    expect(names('项目负责人：闻人浩')).toEqual(['闻人浩'])
    expect(names('技术负责人：上官雨辰')).toEqual(['上官雨辰'])
    expect(names('经办人：南宫月')).toEqual(['南宫月'])
    expect(names('负责人：江山')).toEqual(['江山'])
    expect(names('评标专家：濮阳秋实')).toEqual(['濮阳秋实'])
  })

  it('takes them in a party block, after a party\'s word and after a comma', () => {
    const block = '乙方：青桐建筑劳务有限公司\n法定代表人：令狐嘉言\n委托代理人：江山\n乙方项目负责人：闻人浩\n电话：0576-88123456'
    expect(names(block)).toEqual(['令狐嘉言', '江山', '闻人浩'])
    expect(names('第二中标候选人：某建设有限公司，项目负责人：闻人浩')).toEqual(['闻人浩'])
    expect(names('招标人联系人：祁先生')).toEqual(['祁先生'])
  })

  it('lays the name over the model\'s place inside it (南宫 of 南宫月)', () => {
    const text = '经办人：南宫月'
    expect(all(text, [model(text, 'LOC', '南宫')])).toEqual([['PER', '南宫月']])
  })

  it('takes each name of a list after 评标专家：, a bracket after one or not', () => {
    expect(names('评标专家：欧阳立诚（组长）、蒋慧、詹国栋\n评审意见如下')).toEqual(['欧阳立诚', '蒋慧', '詹国栋'])
    expect(names('评标专家：符晓燕、阚明远。')).toEqual(['符晓燕', '阚明远'])
  })

  it('takes no department, role, party or sentence after such a label', () => {
    expect(names('负责人：财务部')).toEqual([])
    expect(names('经办人：项目部')).toEqual([])
    expect(names('负责人：项目经理')).toEqual([])
    expect(names('法定代表人：甲方')).toEqual([])
    expect(names('负责人：负责全面协调工作')).toEqual([])
    expect(names('项目负责人：由乙方另行指派')).toEqual([])
    expect(names('法定代表人：（签字）')).toEqual([])
    expect(names('评标专家：甲方代表、乙方代表')).toEqual([])
    // A label inside a sentence is no field's (该负责人：…, no field's start before it).
    expect(names('本项目的负责人：张某某已离职')).toEqual([])
  })
})

describe('an account\'s number with a short last group', () => {
  it('takes the last group after an account\'s label', () => {
    expect(found('账号：9558 8012 3456 7890 12')).toEqual([['RECORD_NUMBER', '9558 8012 3456 7890 12']])
    expect(found('投标保证金账号：9558 8012 3456 7890 12')).toEqual([['RECORD_NUMBER', '9558 8012 3456 7890 12']])
    expect(found('账号：1202 0212 0900 1234 56。')).toEqual([['RECORD_NUMBER', '1202 0212 0900 1234 56']])
    expect(found('账号：9558801234567890 12')).toEqual([['RECORD_NUMBER', '9558801234567890 12']])
  })

  it('takes the last group after a card whose first 16 digits pass Luhn, with a bank\'s name before it or no label', () => {
    expect(found('开户行及账号：农业银行嘉善支行 6228 4803 1234 5678 910')).toEqual([['BANK_CARD', '6228 4803 1234 5678 910']])
    expect(found('汇款至 6228 4803 1234 5678 910')).toEqual([['BANK_CARD', '6228 4803 1234 5678 910']])
  })

  it('leaves a count after the number, an amount and prose after 账号 readable', () => {
    expect(found('卡号 4111 1111 1111 1111 12 张')).toEqual([['BANK_CARD', '4111 1111 1111 1111']])
    expect(found('账号：9558 8012 3456 7890 12 个月内有效')).toEqual([['RECORD_NUMBER', '9558 8012 3456 7890']])
    expect(found('合同总价为人民币 1 000 000 元')).toEqual([])
    expect(found('账号信息详见附件二，请核对')).toEqual([])
    // A short group after fewer than three groups of four is no account's (档案号 A12 3456, then a 7 of something else).
    expect(found('档案号：A12 3456 7')).toEqual([['RECORD_NUMBER', 'A12 3456']])
  })
})

describe('a company\'s and a person\'s certificate numbers', () => {
  it('takes a credit code in lower case after its label', () => {
    expect(found('（统一社会信用代码：91110108ma01abcd2x）')).toEqual([['RECORD_NUMBER', '91110108ma01abcd2x']])
    expect(found('统一社会信用代码：abcdefghijklmnopqr')).toEqual([])
  })

  it('takes the old organisation code and the licence\'s registration number', () => {
    expect(found('组织机构代码：MA01ABCD-2')).toEqual([['RECORD_NUMBER', 'MA01ABCD-2']])
    expect(found('组织机构代码证号：7632100X-5，')).toEqual([['RECORD_NUMBER', '7632100X-5']])
    expect(found('营业执照注册号：110108012345678')).toEqual([['RECORD_NUMBER', '110108012345678']])
    expect(found('注册号 330283000123456')).toEqual([['RECORD_NUMBER', '330283000123456']])
    expect(found('组织机构代码：详见营业执照')).toEqual([])
  })

  it('takes a certificate number whole, its province\'s character with it, over the model\'s place', () => {
    const text = '项目经理：闻人浩，证书编号：浙133121845678'
    expect(found(text)).toEqual([['RECORD_NUMBER', '浙133121845678']])
    expect(all(text, [model(text, 'LOC', '浙')])).toEqual([['PER', '闻人浩'], ['RECORD_NUMBER', '浙133121845678']])
    expect(found('证书编号：2026年3月5日')).toEqual([])
  })
})

describe('tender and contract numbers', () => {
  it('takes them after their labels as 项目编号\'s is', () => {
    expect(found('招标编号：ZB-2026-HZ-0417')).toEqual([['RECORD_NUMBER', 'ZB-2026-HZ-0417']])
    expect(found('采购编号：GZCG2026-1123')).toEqual([['RECORD_NUMBER', 'GZCG2026-1123']])
    expect(found('标段编号：BD-03')).toEqual([['RECORD_NUMBER', 'BD-03']])
    expect(found('合同编号：HT-2026-0312')).toEqual([['RECORD_NUMBER', 'HT-2026-0312']])
    expect(found('合同号：SG20260312-07')).toEqual([['RECORD_NUMBER', 'SG20260312-07']])
    expect(found('项目编号：ZFCG-2026-0088')).toEqual([['RECORD_NUMBER', 'ZFCG-2026-0088']])
  })

  it('takes one on the line under its label, and lays it over the model\'s organisation', () => {
    expect(found('合同编号\nHT-2026-0312\n签订日期')).toEqual([['RECORD_NUMBER', 'HT-2026-0312']])
    const text = '采购编号：GZCG2026-1123'
    expect(all(text, [model(text, 'ORG', 'GZCG')])).toEqual([['RECORD_NUMBER', 'GZCG2026-1123']])
  })

  it('takes no word, year or count after such a label', () => {
    expect(found('合同编号为准')).toEqual([])
    expect(found('合同编号2026年统一调整')).toEqual([])
    expect(found('招标编号：见招标文件封面')).toEqual([])
  })
})
