import { beforeAll, describe, expect, it } from 'vitest'
import { withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, nameNumbering, redact } from '../../../src/app/redact'

// Pseudonym QA: one phone number written three ways got three pseudonyms ([电话1], [电话2], [电话3]), and a name found
// after 姓名： was replaced whole but its given name alone (婉清) stayed readable.
const LABELS: Record<string, string> = { PER: '人名', PHONE: '电话', ID_NUMBER: '证件', BANK_CARD: '银行卡', STOCK_CODE: '证券代码', ORG: '机构', RECORD_NUMBER: '编号', PLATE: '车牌' }
const pseudonym = (type: string, n: number) => `[${LABELS[type] ?? type}${n}]`
const types = new Set(Object.keys(LABELS))
/** Redacted in pseudonym mode with the rules' spans only, as the app lays them over the model's (none here). */
const pseudo = (text: string, everywhere = true) => redact(text, withPatterns(text, []), { types, mode: 'pseudonym', pseudonym, everywhere })

beforeAll(loadCommonWords)

describe('a number written several ways is one pseudonym', () => {
  it('numbers one mobile as one, spaced, dialled with +86, 0086 or 86, full-width; another mobile as another', () => {
    const text = '电话：13800138000\n手机：138 0013 8000\nTel: +86 138-0013-8000\nTel：8613800138000\n联系电话：１３８００１３８０００\n紧急联系：0086 138 0013 8000\n备用：13900139000'
    // Before: [电话1], [电话2], [电话3], [电话4], [电话1] (NFKC), [电话5]; 13900139000 [电话6]
    expect(pseudo(text)).toBe('电话：[电话1]\n手机：[电话1]\nTel: [电话1]\nTel：[电话1]\n联系电话：[电话1]\n紧急联系：[电话1]\n备用：[电话2]')
    expect(pseudo(text, false)).toBe('电话：[电话1]\n手机：[电话1]\nTel: [电话1]\nTel：[电话1]\n联系电话：[电话1]\n紧急联系：[电话1]\n备用：[电话2]')
  })

  it('reads a landline dialled from abroad as the one dialled at home, its extension in words or #', () => {
    const n = nameNumbering()
    expect([n('PHONE', '010-8520-1234'), n('PHONE', '+86 10 8520 1234'), n('PHONE', '+86 (0)10 8520 1234'), n('PHONE', '（010）85201234')]).toEqual([1, 1, 1, 1])
    expect([n('PHONE', '02-2345-6789'), n('PHONE', '+886 2 2345 6789'), n('PHONE', '0912-345-678'), n('PHONE', '+886 912 345 678')]).toEqual([2, 2, 3, 3])
    expect([n('PHONE', '85201234转6012'), n('PHONE', '8520 1234 ext. 6012'), n('PHONE', '8520 1234#6012')]).toEqual([4, 4, 4])
    expect([n('PHONE', '+852 2300 6555'), n('PHONE', '2300 6555')]).toEqual([5, 5])
  })

  it('keeps different numbers apart: other digits, another extension, another area code, a landline and a mobile', () => {
    const n = nameNumbering()
    const numbers = ['13800138000', '13800138001', '85201234转6012', '85201234转6013', '010-8520-1234', '021-8520-1234', '8520 1234', '8613800138001']
    // 8613800138001 is 13800138001 dialled with 86 (2), the rest each its own.
    expect(numbers.map((phone) => n('PHONE', phone))).toEqual([1, 2, 3, 4, 5, 6, 7, 2])
  })

  it('numbers an ID by its digits and X, spaced or not, a small x or not', () => {
    const text = '身份证号：11010519491231002X\n身份证号码：110105 19491231 002x\n配偶身份证号：110105194912310037'
    // Before: [证件1], [证件2], [证件3]
    expect(pseudo(text)).toBe('身份证号：[证件1]\n身份证号码：[证件1]\n配偶身份证号：[证件2]')
    const n = nameNumbering()
    expect([n('ID_NUMBER', 'A123456(7)'), n('ID_NUMBER', 'A1234567'), n('ID_NUMBER', 'a123456（7）'), n('ID_NUMBER', 'A1234568')]).toEqual([1, 1, 1, 2])
  })

  it('numbers a bank card by its digits, a QQ number full-width or not, a plate with its dot or not', () => {
    const n = nameNumbering()
    expect([n('BANK_CARD', '6222 0212 3456 7890 128'), n('BANK_CARD', '6222021234567890128'), n('BANK_CARD', '6222-0212-3456-7890-128'), n('BANK_CARD', '6222021234567890136')]).toEqual([1, 1, 1, 2])
    expect([n('RECORD_NUMBER', '123456789'), n('RECORD_NUMBER', '１２３４５６７８９'), n('RECORD_NUMBER', '123456780')]).toEqual([1, 1, 2])
    expect([n('PLATE', '京A·12345'), n('PLATE', '京A12345'), n('PLATE', '京a 12345'), n('PLATE', '京A12346')]).toEqual([1, 1, 1, 2])
  })

  it('numbers a securities code by its digits, its exchange written or not', () => {
    const text = '证券代码：600519 证券简称：贵州茅台\n贵州茅台（600519.SH）与五粮液（000858.SZ）；行情见 SH600519。'
    // Before: 600519 [证券代码1], 600519.SH [证券代码2], SH600519 [证券代码4]: one company, three codes
    expect(pseudo(text)).toBe('证券代码：[证券代码1] 证券简称：[机构1]\n[机构1]（[证券代码1]）与五粮液（[证券代码2]）；行情见 [证券代码1]。')
    const n = nameNumbering()
    // Hong Kong's zeros padded or not are one code; a mainland code's six digits are kept as they are (000001.SZ is no 00001.HK).
    expect([n('STOCK_CODE', '00700.HK'), n('STOCK_CODE', '0700.HK'), n('STOCK_CODE', '700'), n('STOCK_CODE', '000001.SZ'), n('STOCK_CODE', '00001.HK')]).toEqual([1, 1, 1, 2, 3])
  })
})

describe('a name after 姓名： seeds its given name, a signature\'s still not', () => {
  it('replaces the given name alone of a name found after 姓名：, 中文名：, 真实姓名：', () => {
    // Before: 姓名：[人名1] … 婉清擅长沟通 (readable)
    expect(pseudo('姓名：上官婉清\n性别：女\n自我评价：婉清擅长沟通，婉清曾获奖。')).toBe('姓名：[人名1]\n性别：女\n自我评价：[人名1]擅长沟通，[人名1]曾获奖。')
    expect(pseudo('中文名：陈思远\n思远擅长沟通。')).toBe('中文名：[人名1]\n[人名1]擅长沟通。')
    expect(pseudo('真实姓名：陈思远\n思远擅长沟通。')).toBe('真实姓名：[人名1]\n[人名1]擅长沟通。')
    // Spaced out as Word writes a table's cell, and on a table's two lines.
    expect(pseudo('姓  名：上　官　婉　清\n婉清擅长沟通。')).toBe('姓  名：[人名1]\n[人名1]擅长沟通。')
    expect(pseudo('姓名\n上官婉清\n婉清擅长沟通。')).toBe('姓名\n[人名1]\n[人名1]擅长沟通。')
  })

  it('still seeds no given name from a signature\'s or a family\'s name found by rule alone', () => {
    expect(pseudo('主治医师：陈思远\n陈思远复核无误，思远说明白了。')).toBe('主治医师：[人名1]\n[人名1]复核无误，思远说明白了。')
    expect(pseudo('联系人：陈思远\n思远说明白了。')).toBe('联系人：[人名1]\n思远说明白了。')
  })

  it('gives a given name two labelled people share no one\'s number', () => {
    // 陈思远 and 王思远 both labelled: 思远 alone stands for neither (spread without a person, a number of its own).
    expect(pseudo('姓名：陈思远\n学历：本科\n姓名：王思远\n思远擅长沟通。')).toBe('姓名：[人名1]\n学历：本科\n姓名：[人名2]\n[人名3]擅长沟通。')
  })
})
