import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords } from '../../../src/app/redact'
import { pseudo, spanFinder } from './redactFixtures'

// Recheck QA of round 56's consistency and role fixes: merges of different people or institutions, words eaten beside a
// name, a company's own trade word left out. Sentences here are written for the tests.
const at = spanFinder('ORG')
const per = spanFinder('PER')

beforeAll(loadCommonWords)

describe('a surname before 某 links to a full name only where the text ties them', () => {
  it('keeps a withheld 某 apart from the one official of that surname', () => {
    const text = '被告人赵某于去年冬天盗走电缆。审判员赵文涛，书记员孙丽。'
    const found = [per(text, '赵'), per(text, '赵文涛'), per(text, '孙丽')]
    // Before: 被告人[人名1]某 … 审判员[人名1]，书记员[人名2]。
    expect(pseudo(text, found)).toBe('被告人[人名1]某于去年冬天盗走电缆。审判员[人名2]，书记员[人名3]。')
  })

  it('keeps two parties of one surname apart', () => {
    const text = '原告周某与被告周海峰是同事，周某称周海峰欠款。'
    const found = [per(text, '周'), per(text, '周海峰'), per(text, '周', 'PER', 10), per(text, '周海峰', 'PER', 12)]
    expect(pseudo(text, found)).toBe('原告[人名1]某与被告[人名2]是同事，[人名1]某称[人名2]欠款。')
  })

  it('links where a bracket or 即 ties them', () => {
    const one = '申请人冯某（冯秀珍）到场。审核人冯秀珍签字。'
    expect(pseudo(one, [per(one, '冯'), per(one, '冯秀珍')])).toBe('申请人[人名1]某（[人名1]）到场。审核人[人名1]签字。')
    const two = '证人冯秀珍（冯某）到场。'
    expect(pseudo(two, [per(two, '冯秀珍'), per(two, '冯')])).toBe('证人[人名1]（[人名1]某）到场。')
    const three = '申请人冯某即冯秀珍。'
    expect(pseudo(three, [per(three, '冯'), per(three, '冯秀珍')])).toBe('申请人[人名1]某即[人名1]。')
  })
})

describe('a surname before a given name is taken in only where the name lacks one', () => {
  it('leaves 何 and 向 before a name that starts with its surname', () => {
    const one = '请问为何孙浩先生没有到场？'
    // Before: 请问为[人名1]先生没有到场？
    expect(pseudo(one, [per(one, '孙浩')])).toBe('请问为何[人名1]先生没有到场？')
    const two = '那台车是向吴刚先生租的。'
    expect(pseudo(two, [per(two, '吴刚')])).toBe('那台车是向[人名1]先生租的。')
  })
})

describe('an institution without its place: cities of 州 and ambiguous district forms', () => {
  it('links the district form of a school in a city ending in 州', () => {
    const text = '孩子就读于杭州市西湖区晨光小学。家访后联系了西湖区晨光小学。'
    const found = [at(text, '杭州市西湖区晨光小学'), at(text, '西湖区晨光小学', 'ORG', 16)]
    // Before: … 联系了[机构2]。
    expect(pseudo(text, found, false)).toBe('孩子就读于[机构1]。家访后联系了[机构1]。')
  })

  it('still links a police station without the city’s 公安局 and its district bureau', () => {
    const text = '杭州市公安局西湖区分局翠苑派出所出警，西湖区分局翠苑派出所回电。'
    const found = [at(text, '杭州市公安局西湖区分局翠苑派出所'), at(text, '西湖区分局翠苑派出所', 'ORG', 17)]
    expect(pseudo(text, found, false)).toBe('[机构1]出警，[机构1]回电。')
  })

  it('leaves a district form two cities share its own number', () => {
    const text = '福州市鼓楼区青松小学与南京市鼓楼区青松小学共建，鼓楼区青松小学来了两位老师。'
    const found = [at(text, '福州市鼓楼区青松小学'), at(text, '南京市鼓楼区青松小学'), at(text, '鼓楼区青松小学', 'ORG', 22)]
    // Before: … [机构2]来了两位老师。
    expect(pseudo(text, found, false)).toBe('[机构1]与[机构2]共建，[机构3]来了两位老师。')
  })
})

describe('a shorter name that is an institution of its own', () => {
  it('keeps a university apart from another whose name adds a city', () => {
    const text = '她先在理工大学读本科，后来考入兰州理工大学。'
    const found = [at(text, '理工大学'), at(text, '兰州理工大学')]
    expect(pseudo(text, found, false)).toBe('她先在[机构1]读本科，后来考入[机构2]。')
    const two = '他毕业于电子科技大学，又在杭州电子科技大学任教。'
    // Before: [机构1] … [机构1]任教。
    expect(pseudo(two, [at(two, '电子科技大学'), at(two, '杭州电子科技大学')], false)).toBe('他毕业于[机构1]，又在[机构2]任教。')
  })

  it('keeps 中级人民法院 apart from a city’s', () => {
    const text = '本案由南京市中级人民法院审结，另一案由中级人民法院发回。'
    const found = [at(text, '南京市中级人民法院'), at(text, '中级人民法院', 'ORG', 14)]
    // Before: … 另一案由[机构1]发回。
    expect(pseudo(text, found, false)).toBe('本案由[机构1]审结，另一案由[机构2]发回。')
  })
})

describe('a Latin name after a Chinese one is its spelling only where it spells the surname', () => {
  it('gives a contact line of two people two numbers', () => {
    const text = '聯絡人：陳國華 Susan Lee，請回覆。'
    // Before: 聯絡人：[人名1] [人名1]，請回覆。
    expect(pseudo(text, [per(text, '陳國華'), per(text, 'Susan Lee')])).toBe('聯絡人：[人名1] [人名2]，請回覆。')
  })

  it('still links a spelling of the surname, first or last', () => {
    const text = '聯絡人：陳國華 Peter Chan，請回覆。'
    expect(pseudo(text, [per(text, '陳國華'), per(text, 'Peter Chan')])).toBe('聯絡人：[人名1] [人名1]，請回覆。')
  })
})

describe('a company’s short form with the trade word of its own name', () => {
  it('takes in a verb trade word the full name has after its core', () => {
    const text = '松柏租赁有限公司为出租方。松柏租赁应于月底交付车辆。'
    // Before: … [机构1]租赁应于月底交付车辆。
    expect(pseudo(text, [at(text, '松柏租赁有限公司', 'COMPANY')])).toBe('[公司1]为出租方。[公司1]应于月底交付车辆。')
  })

  it('still leaves the verb out for a company named otherwise', () => {
    const text = '松柏物流有限公司为承运方。乙方向松柏支付运费。'
    expect(pseudo(text, [at(text, '松柏物流有限公司', 'COMPANY')])).toBe('[公司1]为承运方。乙方向[公司1]支付运费。')
  })
})

describe('a person named 丁方', () => {
  it('replaces 丁方 found as a person where the text names no other party by 甲乙丙', () => {
    const text = '原告丁方、被告马人到庭。丁方陈述了经过。'
    const found = [per(text, '丁方'), per(text, '马人'), per(text, '丁方', 'PER', 10)]
    // Before: 原告丁方、被告[人名1]到庭。丁方陈述了经过。
    expect(pseudo(text, found)).toBe('原告[人名1]、被告[人名2]到庭。[人名1]陈述了经过。')
    expect(pseudo(text, found, false)).toBe('原告[人名1]、被告[人名2]到庭。[人名1]陈述了经过。')
  })

  it('keeps the party 丁方 readable beside 甲方 and 乙方', () => {
    const text = '甲方、乙方与丁方共同签署。'
    expect(pseudo(text, [per(text, '甲方'), per(text, '乙方'), per(text, '丁方')])).toBe('甲方、乙方与丁方共同签署。')
  })
})
