import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'
import { pseudo, spanFinder } from './redactFixtures'

// QA 56 (contracts 1 and 3, casework 3 and 6, regional 7): role words the fine-grained model tags as names (甲方, 社工,
// 警方) were replaced and spread; a trade word that is a verb (支付) was eaten with a company's core; a nickname after
// 照顾 stayed readable; Cantonese particles in a person's span spread as a given name. Sentences are our own.
const at = spanFinder('PER')

beforeAll(loadCommonWords)

describe('a role word the model tags as a name stays readable', () => {
  it('keeps 甲方, 乙方, 丙方 and 方（乙方） readable and never spreads them', () => {
    const text = '甲方：青松物业服务有限公司\n乙方：蒋小雯\n甲方应按月付款，乙方应按时报到。\n承租方（乙方）：卫蓉\n丙方（担保人）：韦东'
    const found = [
      at(text, '甲方'), at(text, '青松物业服务有限公司', 'COMPANY'), at(text, '乙方'), at(text, '蒋小雯'),
      at(text, '方（乙方）'), at(text, '卫蓉'), at(text, '丙方'), at(text, '韦东'),
    ]
    // Before: [人名1]：[公司1] … 承租[人名4]：[人名5] … [人名6]（担保人）
    expect(pseudo(text, found)).toBe('甲方：[公司1]\n乙方：[人名1]\n甲方应按月付款，乙方应按时报到。\n承租方（乙方）：[人名2]\n丙方（担保人）：[人名3]')
  })

  it('still replaces a person whose given name ends in 方 or 人 (王晓方, 晓方 alone, 李立人)', () => {
    const text = '王晓方与李立人签约。晓方随后离开。'
    expect(pseudo(text, [at(text, '王晓方'), at(text, '李立人'), at(text, '晓方', 'PER', 8)])).toBe('[人名1]与[人名2]签约。[人名1]随后离开。')
  })

  it('keeps 社工, 警方 and 民警 readable, never spread as a person or a body', () => {
    const text = '社工：林小雨\n社工上门时孩子在家。警方介入后，民警联系了社工。'
    const found = [at(text, '社工'), at(text, '林小雨'), at(text, '警方', 'GOV'), at(text, '民警')]
    // Before: [人名1]：[人名2] … [人名1]上门时 … [GOV1]介入后，[人名3]联系了[人名1]。
    expect(pseudo(text, found)).toBe('社工：[人名1]\n社工上门时孩子在家。警方介入后，民警联系了社工。')
  })
})

describe('a trade word that is a verb is not eaten with a company’s core', () => {
  it('keeps 支付 after 向澄川, and still takes 澄川公司 whole', () => {
    const text = '上海澄川医疗科技股份有限公司与乙方签约。乙方应向澄川支付货款，澄川公司开具发票。'
    // Before: 乙方应向[机构1]货款
    expect(pseudo(text, [spanFinder('ORG')(text, '上海澄川医疗科技股份有限公司')])).toBe('[机构1]与乙方签约。乙方应向[机构1]支付货款，[机构1]开具发票。')
  })

  it('keeps 支付 and 服务 as verbs, takes 服务公司 and 投资集团 in', () => {
    const text = '远帆投资咨询有限公司成立。青禾应向远帆支付服务费，远帆服务客户，远帆投资集团与远帆服务公司均在此。'
    const out = pseudo(text, [spanFinder('ORG')(text, '远帆投资咨询有限公司')])
    expect(out).toBe('[机构1]成立。青禾应向[机构1]支付服务费，[机构1]服务客户，[机构1]与[机构1]均在此。')
  })
})

describe('a nickname found by rule after a verb ending in a surname character', () => {
  const nickname = (text: string, name: string, from = 0): Entity => ({ ...at(text, name, 'PER', from), fromPattern: true, nickname: true } as Entity)

  it('replaces 豆豆 after 照顾, 看管, 管, 谈 and 关', () => {
    const text = '小名“豆豆”。外婆照顾豆豆。外婆看管豆豆。外婆管豆豆。外婆谈豆豆。外婆关豆豆。'
    // Before: every 豆豆 after the first readable
    expect(pseudo(text, [nickname(text, '豆豆')])).toBe('小名“[人名1]”。外婆照顾[人名1]。外婆看管[人名1]。外婆管[人名1]。外婆谈[人名1]。外婆关[人名1]。')
  })

  it('still leaves a non-reduplicated nickname after a surname that ends no word (another person’s name)', () => {
    const text = '外号“小虎”。小虎来了。王小虎也来了。'
    expect(pseudo(text, [nickname(text, '小虎')])).toBe('外号“[人名1]”。[人名1]来了。王小虎也来了。')
  })
})

describe('Cantonese particles at a person’s span’s edges', () => {
  it('trims 話佢 off 陳話佢 and spreads no 話佢', () => {
    const text = 'Kelly 陳話佢下星期先得閒。陳生話佢琴日已經到咗。'
    const out = pseudo(text, [at(text, 'Kelly 陳話佢')])
    // Before: [人名1]下星期先得閒。陳生[人名1]琴日已經到咗。 (話佢 spread as the given name)
    expect(out).toBe('[人名1]話佢下星期先得閒。陳生話佢琴日已經到咗。')
  })

  it('trims leading 係, 咗 and 仔, and keeps 琴日, 今朝, 聽日 readable', () => {
    const text = '佢琴日去咗匯豐銀行開戶，個仔梁志偉陪佢，負責嘅係區嘉欣。今朝同聽日都唔得。'
    const found = [at(text, '琴日'), at(text, '咗匯豐銀行', 'COMPANY'), at(text, '仔梁志偉'), at(text, '係區嘉欣'), at(text, '今朝'), at(text, '聽日')]
    expect(pseudo(text, found)).toBe('佢琴日去咗[公司1]開戶，個仔[人名1]陪佢，負責嘅係[人名2]。今朝同聽日都唔得。')
  })
})
