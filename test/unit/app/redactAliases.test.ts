import { beforeAll, describe, expect, it } from 'vitest'
import { everyOccurrence, loadCommonWords, redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'
import { NAME_TYPES, pseudo, pseudonym, spanFinder } from './redactFixtures'

// Pseudonym QA of numbering and linking: a deal memo's declared short names (以下简称“华锐储能”), a name in both
// scripts (林郑月娥 / 林鄭月娥), a hyphenated foreign name (让-吕克·戈达尔), a last name met before the full one.
const at = spanFinder('PER')
const mask = (text: string, found: Entity[]) => redact(text, found, { types: NAME_TYPES, mode: 'mask', pseudonym })

beforeAll(loadCommonWords)

describe('a declared short name (以下简称“X”) is a mention of the name it follows', () => {
  const memo = '投资方拟入股深圳市华锐储能科技有限公司（以下简称“华锐储能”）。华锐储能创始人表示，华锐储能方面将于下月交割，届时华锐储能估值上升。'
  // The model's spans: the full name, and 华 alone taken for a place in two of the later mentions.
  const found = [at(memo, '深圳市华锐储能科技有限公司', 'ORG'), at(memo, '华', 'LOC', memo.indexOf('华锐储能方面')), at(memo, '华', 'LOC', memo.indexOf('华锐储能估值'))]

  it('replaces every occurrence of the short name as the company, over a shorter span of another type', () => {
    // Before: 投资方拟入股[机构1]（以下简称“华锐储能”）。华锐储能创始人表示，[地名1]锐储能方面…
    expect(pseudo(memo, found)).toBe('投资方拟入股[机构1]（以下简称“[机构1]”）。[机构1]创始人表示，[机构1]方面将于下月交割，届时[机构1]估值上升。')
    expect(mask(memo, found)).toBe('投资方拟入股■■■■■■■■■■■■■（以下简称“■■■■”）。■■■■创始人表示，■■■■方面将于下月交割，届时■■■■估值上升。')
    // Counted as places added (the Redact tab's count): the four mentions.
    expect(everyOccurrence(memo, found, NAME_TYPES).length - found.length).toBe(4)
  })

  it('gives one pseudonym to a company and its two short names, the model\'s own spans of them too', () => {
    const text = '中国平安保险（集团）股份有限公司（以下简称“中国平安”或“平安”）公布年报。中国平安利润增长，平安表示将继续回购，北京银行未予置评。'
    const spans = [at(text, '中国平安保险（集团）股份有限公司', 'ORG'), at(text, '中国平安', 'ORG', 30), at(text, '平安', 'ORG', text.indexOf('平安表示')), at(text, '北京银行', 'ORG')]
    const expected = '[机构1]（以下简称“[机构1]”或“[机构1]”）公布年报。[机构1]利润增长，[机构1]表示将继续回购，[机构2]未予置评。'
    // Before: 中国平安 [机构2], 平安 [机构3], 北京银行 [机构4].
    expect(pseudo(text, spans)).toBe(expected)
    // Not spread (the switch off), the model's own spans still take the company's pseudonym.
    expect(pseudo(text, spans, false)).toBe('[机构1]（以下简称“中国平安”或“平安”）公布年报。[机构1]利润增长，[机构1]表示将继续回购，[机构2]未予置评。')
  })

  it.each([
    ['（下称“华锐”）', '（下称“[机构1]”）'],
    ['(以下简称"华锐")', '(以下简称"[机构1]")'],
    ['（简称“华锐”）', '（简称“[机构1]”）'],
    ['（统一社会信用代码：91440300MA5XXXXX0，以下简称：“华锐”）', '（统一社会信用代码：91440300MA5XXXXX0，以下简称：“[机构1]”）'],
  ])('reads the declaration %s', (declaration, replaced) => {
    const text = `甲方：华锐储能科技有限公司${declaration}。乙方同意向华锐提供贷款。`
    expect(pseudo(text, [at(text, '华锐储能科技有限公司', 'COMPANY')])).toBe(`甲方：[公司1]${replaced}。乙方同意向[公司1]提供贷款。`.replaceAll('机构', '公司'))
  })

  it('links a person\'s declared short name too', () => {
    const text = '申请人约翰·史密斯（以下简称“老史”）称，老史已付清货款。'
    expect(pseudo(text, [at(text, '约翰·史密斯')])).toBe('申请人[人名1]（以下简称“[人名1]”）称，[人名1]已付清货款。')
  })

  it('leaves role words readable (公司, 本公司, 甲方, 发行人, 标的公司, 本次交易), and a brand that starts like one', () => {
    const text = '北京星河科技有限公司（以下简称“公司”或“本公司”或“发行人”）与上海云帆物流有限公司（以下简称“甲方”或“标的公司”）达成本次交易（以下简称“本次交易”）。公司及发行人与甲方约定，标的公司不再担保。'
    const spans = [at(text, '北京星河科技有限公司', 'ORG'), at(text, '上海云帆物流有限公司', 'ORG')]
    expect(pseudo(text, spans)).toBe('[机构1]（以下简称“公司”或“本公司”或“发行人”）与[机构2]（以下简称“甲方”或“标的公司”）达成本次交易（以下简称“本次交易”）。公司及发行人与甲方约定，标的公司不再担保。')
    const brand = '贵州茅台酒股份有限公司（以下简称“贵州茅台”）公告称，贵州茅台营收增长。'
    expect(pseudo(brand, [at(brand, '贵州茅台酒股份有限公司', 'ORG')])).toBe('[机构1]（以下简称“[机构1]”）公告称，[机构1]营收增长。')
  })

  it('does not give a group\'s short name (以下合称) the last member\'s pseudonym', () => {
    const text = '北京星河科技有限公司与上海云帆物流有限公司（以下合称“星河云帆”）签约。星河云帆将共同出资。'
    const spans = [at(text, '北京星河科技有限公司', 'ORG'), at(text, '上海云帆物流有限公司', 'ORG')]
    // 星河 and 云帆 are each one company's implied short name (redactImplied), so the group's reads as both, not as the last.
    expect(pseudo(text, spans)).toBe('[机构1]与[机构2]（以下合称“[机构1][机构2]”）签约。[机构1][机构2]将共同出资。')
  })

  it('does not cut a longer found name that holds the short name', () => {
    const text = '深圳市华锐储能科技有限公司（以下简称“华锐储能”）与华锐储能科技（香港）有限公司签约。'
    const spans = [at(text, '深圳市华锐储能科技有限公司', 'ORG'), at(text, '华锐储能科技（香港）有限公司', 'ORG')]
    expect(pseudo(text, spans)).toBe('[机构1]（以下简称“[机构1]”）与[机构2]签约。')
  })
})

describe('a name in Traditional and simplified characters is one name', () => {
  it.each([
    ['泽连斯基发表讲话。澤連斯基隨後離開。', '泽连斯基', '澤連斯基'],
    ['林郑月娥出席了典礼。林鄭月娥隨後離開。', '林郑月娥', '林鄭月娥'],
  ])('%s', (text, simplified, traditional) => {
    expect(pseudo(text, [at(text, simplified), at(text, traditional)])).toBe(`[人名1]${text.slice(simplified.length, text.indexOf(traditional))}[人名1]${text.slice(text.indexOf(traditional) + traditional.length)}`)
  })
})

describe('a hyphenated foreign name (让-吕克·戈达尔)', () => {
  it('takes the part before the hyphen into the name, and its last part alone is the same person', () => {
    const text = '让-吕克·戈达尔去世后，戈达尔的影迷自发悼念。'
    // Before: 让-[人名1]去世后，[人名2]的影迷
    expect(pseudo(text, [at(text, '吕克·戈达尔'), at(text, '戈达尔', 'PER', 10)])).toBe('[人名1]去世后，[人名1]的影迷自发悼念。')
    expect(pseudo(text, [at(text, '吕克·戈达尔')])).toBe('[人名1]去世后，[人名1]的影迷自发悼念。')
    expect(pseudo(text, [at(text, '让-吕克·戈达尔')])).toBe('[人名1]去世后，[人名1]的影迷自发悼念。')
  })

  it('stops at the word before the first part, and at other hyphens', () => {
    const text = '法国导演让‐吕克·戈达尔执导。'
    expect(pseudo(text, [at(text, '吕克·戈达尔')])).toBe('法国导演[人名1]执导。')
    const full = '由让－保罗·萨特作序，萨特时年六十。'
    expect(pseudo(full, [at(full, '保罗·萨特')])).toBe('由[人名1]作序，[人名1]时年六十。')
  })

  it('keeps two people written with a hyphen two', () => {
    const text = '男双决赛：张伟-李娜·王刚。'
    expect(pseudo(text, [at(text, '张伟'), at(text, '李娜·王刚')])).toBe('男双决赛：[人名1]-[人名2]。')
  })
})

describe('a foreign name\'s last part met before the full name', () => {
  it('gives the full name the number the part alone took (古特雷斯 … 安东尼奥·古特雷斯)', () => {
    const text = '古特雷斯当天发表讲话。联合国秘书长安东尼奥·古特雷斯表示，马里奥·古特雷斯另有其人，张伟到场。'
    const spans = [at(text, '古特雷斯'), at(text, '安东尼奥·古特雷斯'), at(text, '马里奥·古特雷斯'), at(text, '张伟')]
    // Before: 古特雷斯 [人名1], 安东尼奥·古特雷斯 [人名2]
    expect(pseudo(text, spans, false)).toBe('[人名1]当天发表讲话。联合国秘书长[人名1]表示，[人名2]另有其人，[人名3]到场。')
  })
})
