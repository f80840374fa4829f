import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact, spreadNames } from '../../../src/app/redact'

// Re-check 54e of c1dfb49 (a number's groups spread) and b5bfa0b (rooms): a spaced card number in a pasted table's cell
// stayed readable, a spaced report number was never spread, and short or year-like values after a room's, a parking
// space's or a claim's label were spread into every equal number of the text (amounts, dates, ranges).
const LABELS: Record<string, string> = { PHONE: '电话', ID_NUMBER: '证件', BANK_CARD: '银行卡', RECORD_NUMBER: '编号', ADDRESS_NUMBER: '门牌号' }
const types = new Set(Object.keys(LABELS))
const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const pseudonym = (type: string, n: number) => `[${LABELS[type] ?? type}${n}]`
const pseudo = (text: string, spread?: ReturnType<typeof spreadNames>) =>
  redact(text, withPatterns(text, []), { types, mode: 'pseudonym', pseudonym, everywhere: true, spread })

beforeAll(loadCommonWords)

describe('a long number spread into a pasted table', () => {
  it('is replaced in a cell whose neighbour starts with a digit: a tab is a cell boundary, not a group separator', () => {
    // Before: the row's copy readable (the tab and the 5000.00 or the 1 read as another group of the number).
    expect(pseudo('卡号：6222 0212 3456 7890 123\n王建国\t6222 0212 3456 7890 123\t5000.00')).toBe('卡号：[编号1]\n王建国\t[编号1]\t5000.00')
    expect(pseudo('卡号：6222 0212 3456 7890 123\n1\t6222 0212 3456 7890 123\t已付')).toBe('卡号：[编号1]\n1\t[编号1]\t已付')
    expect(pseudo('卡号：6222 0212 3456 7890 123\n1\u30006222 0212 3456 7890 123\u30005000')).toBe('卡号：[编号1]\n1\u3000[编号1]\u30005000')
  })

  it('is not taken inside a longer number whose groups a plain space joins', () => {
    expect(pseudo('卡号：6222 0212 3456 7890 123\n另：6222 0212 3456 7890 123 456')).toBe('卡号：[编号1]\n另：6222 0212 3456 7890 123 456')
  })

  it('a code of letters and digits spaced is spread as one run together', () => {
    // Before: its key held spaces, so it was never looked for.
    expect(pseudo('报案号：RDAA 2026 1101 8880 0456\n序号\t报案号\n1\tRDAA 2026 1101 8880 0456\n即RDAA2026110188800456')).toBe(
      '报案号：[编号1]\n序号\t报案号\n1\t[编号1]\n即[编号1]',
    )
  })
})

describe('a short or a year-like number after its label', () => {
  it('is replaced there and not spread into dates, amounts or counts', () => {
    // Before: 2026年, [门牌号1]月[门牌号1]日, 欠费[门牌号1]元, 赔付[编号1]元.
    expect(pseudo('房号：2026。2026年12月7日缴费')).toBe('房号：[门牌号1]。2026年12月7日缴费')
    expect(pseudo('车位号：12。12月12日')).toBe('车位号：[门牌号1]。12月12日')
    expect(pseudo('房号：301，欠费301元')).toBe('房号：[门牌号1]，欠费301元')
    expect(pseudo('理赔编号：100。赔付100元，100-200')).toBe('理赔编号：[编号1]。赔付100元，100-200')
  })

  it('is not spread across a batch\'s files either', () => {
    const first = '房号：301'
    const second = '本月欠费301元，12月12日前缴清'
    const third = '车位号：12'
    const spread = spreadNames([first, second, third].flatMap((t) => withPatterns(t, [])), types)
    expect(pseudo(second, spread)).toBe(second)
    expect(pseudo(first, spread)).toBe('房号：[门牌号1]')
  })
})

describe('a record number of under ten digits', () => {
  it('is spread only as written, not regrouped, nor into an amount, a range or a document number', () => {
    // Before: 12 345元, 金额 123 456 元 and 123-456 were [编号1] (spacing- and hyphen-insensitive matching), 2026 001 too.
    expect(pseudo('报案号：12345。金额12 345元，12345.00元，010-12345')).toBe('报案号：[编号1]。金额12 345元，12345.00元，010-12345')
    expect(pseudo('住院号：123456。金额 123 456 元，123-456，123456元')).toBe('住院号：[编号1]。金额 123 456 元，123-456，123456元')
    expect(pseudo('住院号：2026001。日期 2026 001')).toBe('住院号：[编号1]。日期 2026 001')
    expect(pseudo('理赔编号：2026-001。2026-001号文件')).toBe('理赔编号：[编号1]。2026-001号文件')
  })

  it('is still spread where written again as itself', () => {
    expect(pseudo('住院号：123456。复查时住院号写作123456，另ZY123')).toBe('住院号：[编号1]。复查时住院号写作[编号1]，另ZY123')
    expect(pseudo('房号：12-1-1802。12-1-1802的业主')).toBe('房号：[门牌号1]。[门牌号1]的业主')
  })
})

describe('a room label\'s value', () => {
  it('is not a year or a date, unless three or four digits of a room\'s shape', () => {
    // Before: 房号：2026年12月缴费 took 2026, 门牌号：1998 and 房号：2026-12-07 were rooms.
    expect(found('房号：2026年12月缴费，门牌号：1998，房号：2026-12-07')).toEqual([])
    expect(found('房号：2026，房号：1802，房号：5，房号：B-12')).toEqual([['ADDRESS_NUMBER', '2026'], ['ADDRESS_NUMBER', '1802'], ['ADDRESS_NUMBER', '5'], ['ADDRESS_NUMBER', 'B-12']])
  })
})

describe('an account\'s number after an account\'s or a card\'s label', () => {
  it('is taken with 20 digits after any of them, as after 账号', () => {
    // Before: only 账号 took them.
    for (const label of ['账号', '账户', '收款账户', '银行账户', '卡号', '对公账户']) {
      expect(found(`${label}：4405 0158 0000 0000 0000`)).toEqual([['RECORD_NUMBER', '4405 0158 0000 0000 0000']])
    }
    expect(found('账户：44050158000000000000')).toEqual([['RECORD_NUMBER', '44050158000000000000']])
  })

  it('is taken with a bank\'s name between label and number, the bank\'s name left', () => {
    // Before: both readable.
    expect(found('收款账户：中国工商银行 6222 0212 3456 7890 123')).toEqual([['RECORD_NUMBER', '6222 0212 3456 7890 123']])
    expect(found('开户行及账号：招商银行深圳分行 755912345610801')).toEqual([['RECORD_NUMBER', '755912345610801']])
  })

  it('is not an amount', () => {
    expect(found('账户：1000 0000 0000 元，账户：100000000000元')).toEqual([])
  })
})

describe('a letter block\'s number', () => {
  it('is no room before a count\'s word', () => {
    // Before: each was [门牌号].
    expect(found('A座2024届毕业生，B座3000吨级，A座600座位，C座1500公斤，D栋2000亩，E座1200千克，F座1500方土')).toEqual([])
    expect(found('B座1703方先生')).toEqual([['ADDRESS_NUMBER', 'B座1703']])
  })
})

describe('re-check 54g of 0becb68: what the amount and date guards let through', () => {
  it('replaces a number of ten digits or more written again before 元, 号, 年 or a comma and digits', () => {
    // Before: each copy after the labelled one readable (read as an amount, a document's number, a year).
    expect(pseudo('卡号：6222021234567890123。他又转入6222021234567890123元。')).toBe('卡号：[编号1]。他又转入[编号1]元。')
    expect(pseudo('账号：6222021234567890123。请转到6222021234567890123,3天内到账。')).toBe('账号：[编号1]。请转到[编号1],3天内到账。')
    expect(pseudo('保单号：8800123456。保单8800123456号已生效，8800123456年度续保。')).toBe('保单号：[编号1]。保单[编号1]号已生效，[编号1]年度续保。')
  })

  it('replaces a record number of six digits or more before 号 (its holder), not a short one nor a hyphened one', () => {
    expect(pseudo('住院号：123456。3床123456号患者今日出院。')).toBe('住院号：[编号1]。3床[编号1]号患者今日出院。')
    expect(pseudo('学号：20230101。20230101号同学缺席。')).toBe('学号：[编号1]。[编号1]号同学缺席。')
    expect(pseudo('理赔编号：2026-001。见2026-001号文件。')).toBe('理赔编号：[编号1]。见2026-001号文件。')
  })
})
