import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, isVin, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact, spreadNames } from '../../../src/app/redact'

// Insurance QA (a motor claim's survey report, a health claim, a chat with the adjuster, a claims sheet): with the rules
// on, a claim's own numbers stayed readable, an account's number found once was readable where written again, and a
// card's number with a digit mistyped after 卡号 was not taken.
const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const records = (...values: string[]) => values.map((v) => ['RECORD_NUMBER', v])

const LABELS: Record<string, string> = { PER: '人名', PHONE: '电话', ID_NUMBER: '证件', BANK_CARD: '银行卡', RECORD_NUMBER: '编号', PLATE: '车牌' }
const types = new Set(Object.keys(LABELS))
const pseudonym = (type: string, n: number) => `[${LABELS[type] ?? type}${n}]`
const pseudo = (text: string, spread?: ReturnType<typeof spreadNames>) =>
  redact(text, withPatterns(text, []), { types, mode: 'pseudonym', pseudonym, everywhere: true, spread })

beforeAll(loadCommonWords)

describe('a claim\'s numbers after their labels', () => {
  it('are record numbers: policy, report, claim, frame (VIN), engine, invoice', () => {
    expect(found('保单号：PDAA2026110100000123\n报案号：RDAA2026110188800456\n理赔编号：LP2026-BJ-0078812')).toEqual(
      records('PDAA2026110100000123', 'RDAA2026110188800456', 'LP2026-BJ-0078812'),
    )
    expect(found('车架号（VIN）：LSVAU2180N2123456\n发动机号：CFB387652　VIN码LSVAU2180N2123456')).toEqual(
      records('LSVAU2180N2123456', 'CFB387652', 'LSVAU2180N2123456'),
    )
    expect(found('车辆识别代号 LSVAU2180N2123456；VIN: LSVAU2180N2123456；理赔编号：JK2026-SH-0031207')).toEqual(
      records('LSVAU2180N2123456', 'LSVAU2180N2123456', 'JK2026-SH-0031207'),
    )
    expect(found('发票号码：31002612345678，发票代码：031002600111。报案号是RDAA2026110188800456，请记好。')).toEqual(
      records('31002612345678', '031002600111', 'RDAA2026110188800456'),
    )
  })

  it('are record numbers after the Traditional labels too, and on the line under their label', () => {
    expect(found('保單號：PDAA2026110100000123 報案號：RDAA2026110188800456 理賠編號：LP2026-BJ-0078812')).toEqual(
      records('PDAA2026110100000123', 'RDAA2026110188800456', 'LP2026-BJ-0078812'),
    )
    expect(found('車架號 LSVAU2180N2123456 發動機號：CFB387652 發票號碼：31002612345678 發票代碼：031002600111')).toEqual(
      records('LSVAU2180N2123456', 'CFB387652', '31002612345678', '031002600111'),
    )
    expect(found('保单号\nPDAA2026110100000123')).toEqual(records('PDAA2026110100000123'))
  })

  it('are not a word, a date or a phone after the label, nor a word beginning VIN', () => {
    expect(found('保单号码请核对；报案号：2026-10-28；发票号码已开具；VINTAGE 2026')).toEqual([])
    // An insurer's hotline after 报案电话 or 理赔电话 is no claim's number.
    expect(found('报案电话：13910882231；理赔电话：95518，理赔热线95518')).toEqual([['PHONE', '13910882231']])
  })
})

describe('a vehicle identification number with no label', () => {
  it('is a record number where its check character holds', () => {
    expect(isVin('1HGCM82633A004352')).toBe(true)
    expect(isVin('LSVAU2187N2123456')).toBe(true)
    expect(isVin('LFMAP22CXN0123456')).toBe(true)
    expect(found('送修车辆 LSVAU2187N2123456，另一辆1HGCM82633A004352。')).toEqual(records('LSVAU2187N2123456', '1HGCM82633A004352'))
  })

  it('is not a 17-character code whose check fails, one of letters or digits alone, nor inside a longer code', () => {
    expect(isVin('LSVAU2180N2123456')).toBe(false)
    expect(found('编码 LSVAU2180N2123456，ABCDEFGHJKLMNPRST，12345678901234567，SKU-LSVAU2187N2123456，LSVAU2187N21234567')).toEqual([])
  })
})

describe('a card\'s number after a card\'s or an account\'s label', () => {
  it('is a record number whatever its Luhn sum: 12 to 19 digits, grouped or not', () => {
    // 6222 0212 3456 7890 123 fails Luhn: readable after 卡号 before.
    expect(found('卡号6222 0212 3456 7890 123，工行的')).toEqual(records('6222 0212 3456 7890 123'))
    expect(found('银行卡号：6222 0212 3456 7890 123（户名王建国）；银行账户：6222-0212-3456-7890-123；信用卡号 622202123456')).toEqual(
      records('6222 0212 3456 7890 123', '6222-0212-3456-7890-123', '622202123456'),
    )
    // One that passes stays a card.
    expect(found('收款账户：6222 0212 3456 7890 128')).toEqual([['BANK_CARD', '6222 0212 3456 7890 128']])
  })

  it('is not a short number, a date, an amount; a bare number still needs Luhn', () => {
    // (20 digits after 卡号 are an account's since re-check 54e: spreadNumbers.test.ts)
    expect(found('卡号 12345678901，账户：2026年，卡号：12,345.67元，银行卡：12345678901234元，账户：1000 0000 0000 元')).toEqual([])
    expect(found('请把赔款打到 6222 0212 3456 7890 123 上')).toEqual([])
  })
})

describe('negatives of a claim file', () => {
  it('leaves an amount, a date, a km marker, and a phone after 电话 a phone', () => {
    expect(found('定损金额12,345.67元（配件9,800.00元），出险时间：2026年10月28日，京哈高速K18+300处，G1京哈高速K1123+500')).toEqual([])
    expect(found('联系电话：139 1088 2231')).toEqual([['PHONE', '139 1088 2231']])
  })
})

describe('a number found once is replaced wherever its digits are written again', () => {
  it('spaced, run together or hyphenated, in the same text', () => {
    const text = '银行账号：6222 0212 3456 7890 123\n请把赔款打到我卡上：6222 0212 3456 7890 123，即6222021234567890123、6222-0212-3456-7890-123。'
    // Before: the three later ones readable.
    expect(pseudo(text)).toBe('银行账号：[编号1]\n请把赔款打到我卡上：[编号1]，即[编号1]、[编号1]。')
  })

  it('and not inside a longer number', () => {
    const text = '银行账号：6222 0212 3456 7890 123\n另：6222 0212 3456 7890 123 456；96222021234567890123'
    expect(pseudo(text)).toBe('银行账号：[编号1]\n另：6222 0212 3456 7890 123 456；96222021234567890123')
  })

  it('in another file of a batch', () => {
    const first = '收款人：刘佳怡\n银行账号：6222 0212 3456 7890 123'
    const second = '客户说打到这张卡就行：6222021234567890123。'
    const spread = spreadNames([...withPatterns(first, []), ...withPatterns(second, [])], types)
    // Before: readable in the second file.
    expect(pseudo(second, spread)).toBe('客户说打到这张卡就行：[编号1]。')
  })

  it('a record number of letters and digits spaced otherwise too; a 住院号 twice as before', () => {
    expect(pseudo('住院号：ZY20261103557\n复印件上为ZY2026 1103557，另ZY20261103557')).toBe('住院号：[编号1]\n复印件上为[编号1]，另[编号1]')
  })
})
