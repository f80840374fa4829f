// Contact details and identity numbers by rule: what is found, what is not (a wrong check digit, a
// failed Luhn sum, digits inside longer numbers), and how matches lie over the model's entities.
import { describe, expect, it } from 'vitest'
import { findPatterns, isResidentId, passesLuhn, withPatterns } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])

describe('findPatterns', () => {
  it('finds mobile and landline numbers in the ways they are written', () => {
    expect(found('电话13800138000，或 138 0013 8000、+86 139-1234-5678；座机010-12345678，(021) 87654321 转 -123')).toEqual([
      ['PHONE', '13800138000'], ['PHONE', '138 0013 8000'], ['PHONE', '+86 139-1234-5678'], ['PHONE', '010-12345678'], ['PHONE', '(021) 87654321'],
    ])
    expect(found('联系：１３８００１３８０００')).toEqual([['PHONE', '１３８００１３８０００']]) // full-width digits, offsets kept
    // A local number grouped 4-4 or 3-4, as business cards write it.
    expect(found('电话(010)6307-1234，传真 010-6307 1235，总机（0571）888-6666。')).toEqual([
      ['PHONE', '(010)6307-1234'], ['PHONE', '010-6307 1235'], ['PHONE', '（0571）888-6666'],
    ])
  })

  it('does not take digits inside longer numbers, or other shapes, for phones', () => {
    expect(found('订单号 2138001380001，金额 12345678 元，11 位序号 12800138000')).toEqual([])
  })

  it('finds e-mail addresses', () => {
    expect(found('请发邮件至 zhang.wei+news@example.com.cn 或 li_na@mail.xinhua.org。')).toEqual([
      ['EMAIL', 'zhang.wei+news@example.com.cn'], ['EMAIL', 'li_na@mail.xinhua.org'],
    ])
  })

  it('finds resident ID numbers only with a valid birth date and check digit', () => {
    // 11010519491231002X is GB 11643's own example.
    expect(found('身份证号：11010519491231002X。')).toEqual([['ID_NUMBER', '11010519491231002X']])
    expect(found('身份证号：110105194912310021。')).toEqual([]) // wrong check digit (and no card prefix)
    expect(isResidentId('11010519491231002x')).toBe(true)
    expect(isResidentId('110105194913310020')).toBe(false) // month 13
  })

  it('finds bank card numbers that pass the Luhn check, grouped or not', () => {
    expect(passesLuhn('6222021234567890123')).toBe(false)
    expect(passesLuhn('4111111111111111')).toBe(true)
    expect(found('卡号 4111 1111 1111 1111，另一张 6222600260001072444。')).toEqual([
      ['BANK_CARD', '4111 1111 1111 1111'], ['BANK_CARD', '6222600260001072444'],
    ])
    expect(found('编号 4111 1111 1111 1112')).toEqual([]) // fails Luhn
  })
})

describe('withPatterns', () => {
  it('replaces the entities a match overlaps and keeps the others, in text order', () => {
    const text = '张伟的邮箱 zhangwei@example.com'
    const model = [
      { start: 0, end: 2, type: 'PER', text: '张伟', score: 0.9 },
      { start: 6, end: 14, type: 'PER', text: 'zhangwei', score: 0.4 },
    ]
    expect(withPatterns(text, model).map((e) => [e.type, e.text])).toEqual([['PER', '张伟'], ['EMAIL', 'zhangwei@example.com']])
    expect(withPatterns('没有号码', model)).toBe(model)
  })
})
