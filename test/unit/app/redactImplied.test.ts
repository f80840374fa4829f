import { beforeAll, describe, expect, it } from 'vitest'
import { companyCore, loadCommonWords } from '../../../src/app/redact'
import { pseudo, spanFinder } from './redactFixtures'

// Finance and HR QA of pseudonyms: a company found by its registered name left its everyday short name readable where
// the text never declared it (北京字节跳动网络技术有限公司 … 现就职于字节跳动); an unquoted declaration of two short names read as
// one; a declared short name that is a word relabelled the model's place of that word (万里长城).
const at = spanFinder('ORG')

beforeAll(loadCommonWords)

describe('a company’s implied short name is the company', () => {
  it('replaces 字节跳动 after 北京字节跳动网络技术有限公司 as the company, where the model missed it', () => {
    const text = '2019年起任职于北京字节跳动网络技术有限公司，现就职于字节跳动，在字节跳动负责推荐系统。'
    // Before: …现就职于字节跳动，在字节跳动负责推荐系统。
    expect(pseudo(text, [at(text, '北京字节跳动网络技术有限公司')])).toBe('2019年起任职于[机构1]，现就职于[机构1]，在[机构1]负责推荐系统。')
  })

  it('replaces 腾讯控股 (the core and a trade word) and 腾讯, before the full name too', () => {
    const text = '腾讯发布财报。腾讯控股有限公司公告回购，腾讯控股股价上涨。'
    expect(pseudo(text, [at(text, '腾讯控股有限公司')])).toBe('[机构1]发布财报。[机构1]公告回购，[机构1]股价上涨。')
  })

  it('gives the model’s own span of the short name the full name’s pseudonym, spread or not', () => {
    const text = '深圳市华锐储能科技有限公司成立于2015年。华锐储能创始人周立新表示，华锐储能科技有限公司将扩产。'
    const found = [at(text, '深圳市华锐储能科技有限公司'), at(text, '华锐储能', 'COMPANY', 20), at(text, '周立新', 'PER')]
    expect(pseudo(text, found, false)).toBe('[机构1]成立于2015年。[机构1]创始人[人名1]表示，华锐储能科技有限公司将扩产。')
    expect(pseudo(text, found)).toBe('[机构1]成立于2015年。[机构1]创始人[人名1]表示，[机构1]将扩产。')
  })

  it('replaces a common-word core (华为) only where it stands as the party', () => {
    const text = '华为技术有限公司发布新机。他在华为工作，华为表示将扩产。华为夏是一种说法。'
    expect(pseudo(text, [at(text, '华为技术有限公司')])).toBe('[机构1]发布新机。他在[机构1]工作，[机构1]表示将扩产。华为夏是一种说法。')
  })

  it('derives cores by dropping the place and the trade and legal form, and none from a bank or a school', () => {
    expect(companyCore('北京字节跳动网络技术有限公司')?.core).toBe('字节跳动')
    expect(companyCore('深圳市腾讯计算机系统有限公司')?.core).toBe('腾讯')
    expect(companyCore('腾讯科技（深圳）有限公司')?.core).toBe('腾讯')
    expect(companyCore('广东省深圳市华锐储能科技有限公司')?.core).toBe('华锐储能')
    expect(companyCore('北京银行股份有限公司')).toBeUndefined()
    expect(companyCore('北京银行')).toBeUndefined()
    expect(companyCore('清华大学')).toBeUndefined()
    expect(companyCore('深圳市人民医院')).toBeUndefined()
    expect(companyCore('中国国际金融股份有限公司')).toBeUndefined()
    expect(companyCore('中国石油天然气股份有限公司')).toBeUndefined()
    expect(companyCore('腾讯控股有限公司')?.core).toBe('腾讯')
  })

  it('leaves 银行 readable after 北京银行股份有限公司, and 人民 after 深圳市人民医院', () => {
    const text = '北京银行股份有限公司与深圳市人民医院签约。银行表示，人民群众满意。'
    expect(pseudo(text, [at(text, '北京银行股份有限公司'), at(text, '深圳市人民医院')])).toBe('[机构1]与[机构2]签约。银行表示，人民群众满意。')
  })

  it('keeps a declared short name first (中国平安, 平安)', () => {
    const text = '中国平安保险（集团）股份有限公司（以下简称“中国平安”或“平安”）发布年报。中国平安表示，平安将分红。平安夜快乐。'
    expect(pseudo(text, [at(text, '中国平安保险（集团）股份有限公司')])).toBe(
      '[机构1]（以下简称“[机构1]”或“[机构1]”）发布年报。[机构1]表示，[机构1]将分红。平安夜快乐。',
    )
  })

  it('replaces a core two companies imply as a name of its own', () => {
    const text = '北京字节跳动科技有限公司与北京字节跳动网络技术有限公司签约，字节跳动表示。'
    expect(pseudo(text, [at(text, '北京字节跳动科技有限公司'), at(text, '北京字节跳动网络技术有限公司')])).toBe('[机构1]与[机构2]签约，[机构3]表示。')
  })
})

describe('an unquoted declaration of several short names', () => {
  it('reads 以下简称腾讯公司或公司 as 腾讯公司, 公司 a role word', () => {
    const text = '深圳市腾讯计算机系统有限公司（以下简称腾讯公司或公司）负责运营，腾讯公司负责实施。'
    // Before: （以下简称[机构1]）负责运营，[机构2]负责实施。
    const found = [at(text, '深圳市腾讯计算机系统有限公司'), at(text, '腾讯公司', 'ORG', text.indexOf('负责实施') - 4)]
    expect(pseudo(text, found)).toBe('[机构1]（以下简称[机构1]或公司）负责运营，[机构1]负责实施。')
  })

  it('parts at 或 before 和 (以下简称中和科技或中和)', () => {
    const text = '苏州中和科技股份有限公司（以下简称中和科技或中和）称，中和科技与中和均已签字。'
    expect(pseudo(text, [at(text, '苏州中和科技股份有限公司')])).toBe('[机构1]（以下简称[机构1]或[机构1]）称，[机构1]与[机构1]均已签字。')
  })

  it('still reads an unquoted name holding 和 whole (以下简称和讯)', () => {
    const text = '北京和讯在线信息咨询服务有限公司（以下简称和讯）称，和讯将上线新版。'
    expect(pseudo(text, [at(text, '北京和讯在线信息咨询服务有限公司')])).toBe('[机构1]（以下简称[机构1]）称，[机构1]将上线新版。')
  })
})

describe('a short name that is a word leaves the model’s other names of it alone', () => {
  it('keeps 长城 of 万里长城 the place', () => {
    const text = '长城汽车股份有限公司（以下简称“长城”）发布公告。长城表示将扩产。游客登上万里长城。'
    const found = [at(text, '长城汽车股份有限公司'), at(text, '长城', 'LOC', text.indexOf('万里'))]
    // Before: 游客登上万里[机构1]。
    expect(pseudo(text, found)).toBe('[机构1]（以下简称“[机构1]”）发布公告。[机构1]表示将扩产。游客登上万里[地名1]。')
  })

  it('relabels the model’s place 长城 where it stands as the party, not in 万里长城', () => {
    const text = '长城汽车股份有限公司（以下简称“长城”）发布公告。长城表示将扩产，长城本月销量增长。游客登上万里长城。'
    const found = [at(text, '长城汽车股份有限公司')]
    for (let i = text.indexOf('长城', 5); i >= 0; i = text.indexOf('长城', i + 2)) found.push(at(text, '长城', 'LOC', i))
    // As the news model finds it (every 长城 a place). Before: 游客登上万里[机构1]。
    expect(pseudo(text, found)).toBe('[机构1]（以下简称“[机构1]”）发布公告。[机构1]表示将扩产，[机构1]本月销量增长。游客登上万里[地名1]。')
  })
})

describe('an implied short name leaves the model’s names of other kinds alone', () => {
  it('keeps a person the model found, 张伟, whose name a company’s core is', () => {
    const text = '北京张伟科技有限公司成立。张伟表示，公司将扩产。'
    const found = [at(text, '北京张伟科技有限公司'), at(text, '张伟', 'PER', 10)]
    expect(pseudo(text, found)).toBe('[机构1]成立。[人名1]表示，公司将扩产。')
  })
})
