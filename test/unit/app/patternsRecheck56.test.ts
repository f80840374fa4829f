// Re-check of 2899a90, 8c9289b, 661609e (recheck-rules, findings 1-8): over-masking. A phone after its cue swallowed the
// count, year or time after it; contract role labels took fillers (尚未确定, 签章, 律师) for names; a bracket or 或 between
// the label and its colon hid the name; #10-32 screws, trade figures after 新加坡, a time after an account, a part number
// in an ID's shape, 办公厅 as a police unit and IC after 芯片 were masked. The sentences and numbers are made up.
import { describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'

const ofType = (type: string) => (text: string) => findPatterns(text).filter((e) => e.type === type).map((e) => e.text)
const phones = ofType('PHONE')
const rules = (text: string) => withPatterns(text, []).map((e) => [e.type, e.text])
const people = (text: string) => withPatterns(text, []).filter((e) => e.type === 'PER').map((e) => e.text)

describe('a phone after its cue ends with the phone (finding 1)', () => {
  it('does not take the number after it', () => {
    expect(phones('联系电话：2877 1234 24小时有人接听。')).toEqual(['2877 1234'])
    expect(phones('热线电话 8520 1234 300 元起。')).toEqual(['8520 1234'])
    expect(phones('电话：8520 1234 2026 年 3 月开通。')).toEqual(['8520 1234'])
    expect(phones('请拨打电话 6234 5678 10 次以上无人接。')).toEqual(['6234 5678'])
    expect(phones('联系电话 8520 1234 12 人已报名。')).toEqual(['8520 1234'])
    expect(phones('电话 2877 1234 09:00-18:00 营业')).toEqual(['2877 1234'])
  })
  it('still takes a country code and its number whole', () => {
    expect(phones('Tel: 852 2877 1234')).toEqual(['852 2877 1234'])
    expect(phones('电话：+65 9123 4567')).toEqual(['+65 9123 4567'])
  })
})

describe('contract role labels: fillers are no names (finding 2)', () => {
  it('leaves blanks, duties and professions', () => {
    for (const t of ['负责人：尚未确定', '负责人：空缺', '负责人：某某', '授权代表：签章', '项目经理：持证上岗', '项目负责人：具体负责',
      '负责人：全面负责', '委托代理人：律师', '评标专家：技术类、经济类、法律类', '项目负责人：负责组织、协调、监督。',
      '评标专家：技术专家3名、经济专家2名']) {
      expect(people(t), t).toEqual([])
    }
  })
  it('still takes names', () => {
    expect(people('法定代表人：东方明远')).toEqual(['东方明远'])
    expect(people('评标专家：欧阳立诚（组长）、蒋慧、詹国栋')).toEqual(['欧阳立诚', '蒋慧', '詹国栋'])
    expect(people('联系人：张三、李四')).toEqual(['张三', '李四'])
  })
})

describe('a bracket or 或 between the role label and its colon (finding 3)', () => {
  it('takes the name', () => {
    expect(people('法定代表人（签字）：王建国')).toEqual(['王建国'])
    expect(people('法定代表人（签章）：王建国')).toEqual(['王建国'])
    expect(people('授权代表（签字）：王建国')).toEqual(['王建国'])
    expect(people('法定代表人或委托代理人：王建国')).toEqual(['王建国'])
    expect(people('法定代表人或其授权代表（签字）：王建国')).toEqual(['王建国'])
  })
})

describe('a Singapore unit needs an address (finding 4)', () => {
  it('leaves screws, issues and lines', () => {
    expect(rules('请使用#10-32螺丝固定，另备#10-24 螺丝。')).toEqual([])
    expect(rules('参见 issue #12-345 的讨论。')).toEqual([])
    expect(rules('代码第#10-20行有问题。')).toEqual([])
  })
  it('takes it in an address', () => {
    expect(ofType('ADDRESS_NUMBER')('地址：Blk 123 Ang Mo Kio Ave 3 #08-345')).toContain('#08-345')
    expect(ofType('ADDRESS_NUMBER')('地址：淀山一道12号#08-345').join()).toContain('#08-345')
  })
})

describe('six digits after 新加坡 are a postcode only at an address end (finding 5)', () => {
  it('leaves figures', () => {
    for (const t of ['新加坡 320000 吨货物经港口转运。', '新加坡 150000 平方米的展馆。', '新加坡 200000 辆汽车。', '新加坡 123456 股交易。',
      'Singapore 300000 tourists visited.']) expect(rules(t), t).toEqual([])
  })
  it('takes a postcode', () => {
    expect(ofType('RECORD_NUMBER')('10 Anson Road, Singapore 079903')).toEqual(['079903'])
    expect(ofType('RECORD_NUMBER')('新加坡 310012。')).toEqual(['310012'])
  })
})

describe('an account\'s short last group is no time, date or class (finding 6)', () => {
  it('leaves them', () => {
    expect(rules('账号：6222 0212 3456 7890 10:30 转入').map((e) => e[1])).toEqual(['6222 0212 3456 7890'])
    expect(rules('学号 202612345678 3 班。').map((e) => e[1])).toEqual(['202612345678'])
    expect(rules('卡号 4111 1111 1111 1111 12/28').map((e) => e[1])).toEqual(['4111 1111 1111 1111'])
  })
})

describe('other over-reach (findings 7, 8)', () => {
  it('leaves part numbers, 办公厅 and a chip\'s IC', () => {
    expect(rules('型号 S1234567D 已停产。')).toEqual([])
    expect(rules('省政府办公厅（秘书处）受字〔2026〕3号').map((e) => e[1])).not.toContain('办公厅（秘书处）受字〔2026〕3号')
    expect(rules('芯片 IC 123456789012 批次。')).toEqual([])
  })
  it('still takes labelled IDs', () => {
    expect(ofType('ID_NUMBER')('NRIC No.: S1234567D')).toEqual(['S1234567D'])
    expect(ofType('ID_NUMBER')('IC: 850312145678')).toEqual(['850312145678'])
  })
})
