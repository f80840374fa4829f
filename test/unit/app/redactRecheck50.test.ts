import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords, nameNumbering } from '../../../src/app/redact'
import { pseudo, spanFinder } from './redactFixtures'

// Re-check QA of today's pseudonym linking (declared short names, Traditional/simplified, number keys): a short name
// that is a common word replaced inside the word's own uses, a declaration after an address linked to the address, the
// declarations not read at all, a name found in one script left readable in the other, two exchanges' codes as one.
const at = spanFinder('PER')

beforeAll(loadCommonWords)

describe('a declared short name that is a common word is replaced only where it stands as the party', () => {
  it('replaces 平安 in 平安表示 and 平安将, not in 平安夜, 一路平安, 平安喜乐', () => {
    const text = '中国平安保险（集团）股份有限公司（以下简称“平安”）发布年报。平安表示将继续回购，平安将于下月分红。平安夜那天，大家祝他一路平安，平安喜乐。'
    // Before: …[机构1]夜那天，大家祝他一路[机构1]，[机构1]喜乐。
    expect(pseudo(text, [at(text, '中国平安保险（集团）股份有限公司', 'ORG')])).toBe(
      '[机构1]（以下简称“[机构1]”）发布年报。[机构1]表示将继续回购，[机构1]将于下月分红。平安夜那天，大家祝他一路平安，平安喜乐。',
    )
  })

  it('keeps 阳光明媚 and 阳光灿烂, replaces 阳光称 and 与阳光', () => {
    const text = '北京阳光科技有限公司（以下简称“阳光”）发布新品。窗外阳光明媚，一片阳光灿烂。阳光称将扩产，客户与阳光签约。'
    expect(pseudo(text, [at(text, '北京阳光科技有限公司', 'ORG')])).toBe(
      '[机构1]（以下简称“[机构1]”）发布新品。窗外阳光明媚，一片阳光灿烂。[机构1]称将扩产，客户与[机构1]签约。',
    )
  })

  it('still replaces a short name that is no common word everywhere (华锐 in 华锐储能方面)', () => {
    const text = '深圳市华锐储能科技有限公司（以下简称“华锐”）公告。华锐储能方面未回应，华锐方面称已交割。'
    expect(pseudo(text, [at(text, '深圳市华锐储能科技有限公司', 'ORG')])).toBe('[机构1]（以下简称“[机构1]”）公告。[机构1]方面未回应，[机构1]方面称已交割。') // 华锐储能 the company's implied short name (redactImplied)
  })

  it('links no title or form of address (老师, 经理) declared for a person', () => {
    const text = '张伟（以下简称“老师”）说，老师上课时让学生们尊重每一位老师。王芳（以下简称“经理”）到场，经理们鼓掌。'
    // Before: [人名1]（以下简称“[人名1]”）说，[人名1]上课时让学生们尊重每一位[人名1]。
    expect(pseudo(text, [at(text, '张伟'), at(text, '王芳')])).toBe('[人名1]（以下简称“老师”）说，老师上课时让学生们尊重每一位老师。[人名2]（以下简称“经理”）到场，经理们鼓掌。')
  })
})

describe('a declared short name stands for a name it abbreviates', () => {
  it('skips an address before the declaration for the company before it', () => {
    const text = '华锐储能科技有限公司，住所地：深圳市南山区（以下简称“华锐”）。华锐同意。'
    // Before: 华锐 had 深圳市南山区's pseudonym, [地名1].
    expect(pseudo(text, [at(text, '华锐储能科技有限公司', 'ORG'), at(text, '深圳市南山区', 'LOC')])).toBe('[机构1]，住所地：[地名1]（以下简称“[机构1]”）。[机构1]同意。')
  })

  it('skips a legal representative for the company, and a role word beside stays readable', () => {
    const text = '甲方：华锐储能科技有限公司，法定代表人：张伟（以下简称“甲方”或“华锐”）。华锐付款，张伟签字。'
    // Before: 华锐 was [人名1], 张伟's.
    expect(pseudo(text, [at(text, '华锐储能科技有限公司', 'ORG'), at(text, '张伟')])).toBe('甲方：[机构1]，法定代表人：[人名1]（以下简称“甲方”或“[机构1]”）。[机构1]付款，[人名1]签字。')
  })

  it('replaces one that abbreviates none found as a name of its own, not as the address before it', () => {
    const text = '住所地：深圳市南山区（以下简称“华锐”）。华锐同意，南山区政府不同意。'
    expect(pseudo(text, [at(text, '深圳市南山区', 'LOC')])).toBe('住所地：[地名1]（以下简称“[地名2]”）。[地名2]同意，南山区政府不同意。')
  })

  it('looks for the company in its own sentence only', () => {
    const text = '华锐储能科技有限公司成立于2019年。住所地：深圳市南山区（以下简称“华锐”）。华锐同意。'
    expect(pseudo(text, [at(text, '华锐储能科技有限公司', 'ORG'), at(text, '深圳市南山区', 'LOC')])).toBe('[机构1]成立于2019年。住所地：[地名1]（以下简称“[地名2]”）。[地名2]同意。')
  })
})

describe('more declaration forms are read', () => {
  const company = (text: string) => [at(text, text.startsWith('騰') ? '騰訊控股有限公司' : '腾讯控股有限公司', 'ORG')]
  it.each([
    ['腾讯控股有限公司（以下简称“腾讯”，与其附属公司合称“集团”）称，腾讯将回购，集团业务稳定。', '[机构1]（以下简称“[机构1]”，与其附属公司合称“集团”）称，[机构1]将回购，集团业务稳定。'],
    ['腾讯控股有限公司（以下简称“腾讯”；注册地为深圳）称，腾讯将回购。', '[机构1]（以下简称“[机构1]”；注册地为深圳）称，[机构1]将回购。'],
    ['騰訊控股有限公司（以下簡稱「騰訊」）稱，騰訊將回購。', '[机构1]（以下簡稱「[机构1]」）稱，[机构1]將回購。'],
    ['騰訊控股有限公司（下稱「騰訊」）稱，騰訊將回購。', '[机构1]（下稱「[机构1]」）稱，[机构1]將回購。'],
    ['腾讯控股有限公司（以下简称“騰訊”）称，腾讯将回购。', '[机构1]（以下简称“[机构1]”）称，[机构1]将回购。'],
    ['騰訊控股有限公司（以下简称“腾讯”）稱，腾讯将回购，騰訊亦然。', '[机构1]（以下简称“[机构1]”）稱，[机构1]将回购，[机构1]亦然。'],
    ['腾讯控股有限公司（以下简称腾讯）称，腾讯将回购。', '[机构1]（以下简称[机构1]）称，[机构1]将回购。'],
    ['腾讯控股有限公司（以下简称“腾讯”（Tencent））称，腾讯将回购，Tencent shares rose.', '[机构1]（以下简称“[机构1]”（[机构1]））称，[机构1]将回购，[机构1] shares rose.'],
    ['腾讯控股有限公司（以下简称“腾讯”，英文简称“Tencent”）称，Tencent将回购。', '[机构1]（以下简称“[机构1]”，英文简称“[机构1]”）称，[机构1]将回购。'],
    ['腾讯控股有限公司（以下简称“腾讯控股”，“腾讯”）称，腾讯将回购。', '[机构1]（以下简称“[机构1]”，“[机构1]”）称，[机构1]将回购。'],
  ])('%s', (text, replaced) => {
    // Before: each short name left readable (the first: the bracket's text after the quote made it no declaration).
    expect(pseudo(text, company(text))).toBe(replaced)
  })

  it('does not read a clause that names no short name, nor 合称 as a declaration', () => {
    const text = '腾讯控股有限公司（与其附属公司合称“集团”）称，集团将回购。'
    expect(pseudo(text, company(text))).toBe('[机构1]（与其附属公司合称“集团”）称，集团将回购。')
  })
})

describe('a name found in one script is replaced in the other too', () => {
  it.each([
    ['林鄭月娥表示，林郑月娥此前已说明。', '林鄭月娥'],
    ['林郑月娥表示，林鄭月娥此前已說明。', '林郑月娥'],
  ])('%s', (text, found) => {
    // Before: the other script's 林郑月娥 stayed readable.
    expect(pseudo(text, [at(text, found)])).toBe(`[人名1]表示，[人名1]${text.slice(text.lastIndexOf('月娥') + 2)}`)
  })
})

describe('number keys', () => {
  it('keeps 000001.SH and 000001.SZ apart; a code without an exchange joins the one exchange met', () => {
    const n = nameNumbering()
    // Before: [1, 1, 1].
    expect([n('STOCK_CODE', '000001.SH'), n('STOCK_CODE', '000001.SZ'), n('STOCK_CODE', '000001')]).toEqual([1, 2, 3])
    expect([n('STOCK_CODE', '600519'), n('STOCK_CODE', '600519.SH'), n('STOCK_CODE', 'SH600519'), n('STOCK_CODE', '600519.SS')]).toEqual([4, 4, 4, 4])
    expect([n('STOCK_CODE', '000858.SZ'), n('STOCK_CODE', '000858')]).toEqual([5, 5])
  })

  it('reads a hyphen after an eight-digit local number as its extension, not after grouped digits', () => {
    const n = nameNumbering()
    // Before: 85201234-6012 was another phone than 85201234转6012.
    expect([n('PHONE', '85201234-6012'), n('PHONE', '85201234转6012'), n('PHONE', '8520 1234 ext. 6012')]).toEqual([1, 1, 1])
    expect([n('PHONE', '010-85201234-6012'), n('PHONE', '010-85201234转6012')]).toEqual([2, 2])
    expect([n('PHONE', '0755-8520-1234'), n('PHONE', '075585201234'), n('PHONE', '138-0013-8000'), n('PHONE', '13800138000')]).toEqual([3, 3, 4, 4])
  })
})

describe('what held stays', () => {
  it('gives a short name declared for two companies neither\'s pseudonym, the model\'s span of it in the first declaration too', () => {
    const text = '华为技术有限公司（以下简称“华为”）与华为终端有限公司（以下简称“华为”）签订协议，华为表示满意。'
    const spans = [at(text, '华为技术有限公司', 'ORG'), at(text, '华为', 'ORG', 10), at(text, '华为终端有限公司', 'ORG')]
    expect(pseudo(text, spans)).toBe('[机构1]（以下简称“[机构2]”）与[机构3]（以下简称“[机构2]”）签订协议，[机构2]表示满意。')
  })

  it('keeps role words and one-character short names readable', () => {
    const text = '张三（以下简称“甲”）与李四（以下简称“乙方”）约定：甲向乙方借款。北京市朝阳区人民法院（以下简称“法院”）认为，法院依法判决。'
    expect(pseudo(text, [at(text, '张三'), at(text, '李四'), at(text, '北京市朝阳区人民法院', 'ORG')])).toBe(
      '[人名1]（以下简称“甲”）与[人名2]（以下简称“乙方”）约定：甲向乙方借款。[机构1]（以下简称“法院”）认为，法院依法判决。',
    )
  })
})
