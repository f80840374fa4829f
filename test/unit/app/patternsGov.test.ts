// A disclosure officer's administrative penalty decisions (gov QA, rules on): the inspectors' enforcement certificate
// numbers after their labels are hidden, and a government document's number (京朝市监罚〔2026〕120号) stays readable,
// whatever the model read over it. The model's spans below are those the shipped news and fine-grained models give
// for these sentences (scripts/annotate.ts); the sentences are made up.
import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const at = (text: string, name: string, type: string, from = 0): Entity => {
  const start = text.indexOf(name, from)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type, text: name, score: 0.9 }
}
const laid = (text: string, entities: Entity[]) => withPatterns(text, entities).map((e) => [e.type, e.text])

beforeAll(loadCommonWords)

describe('an official\'s certificate number after its label', () => {
  it('hides 执法证号, 执法证件号, 执法证编号, 执法证, 工作证号, 警号 and 警官证号 numbers', () => {
    expect(found('执法人员：王建国（执法证号：11010023456）、李晓红（执法证号：11010023789）')).toEqual([
      ['RECORD_NUMBER', '11010023456'], ['RECORD_NUMBER', '11010023789'],
    ])
    expect(found('执法人员：郑凯（执法证件号：31020019876）、何静（执法证编号 31020019877），检查人员马骏（执法证：44030012345）')).toEqual([
      ['RECORD_NUMBER', '31020019876'], ['RECORD_NUMBER', '31020019877'], ['RECORD_NUMBER', '44030012345'],
    ])
    expect(found('民警高峰（警号：025416）、韩雪（警官证号：110321），办事员罗宾（工作证号：GZ20260158）')).toEqual([
      ['RECORD_NUMBER', '025416'], ['RECORD_NUMBER', '110321'], ['RECORD_NUMBER', 'GZ20260158'],
    ])
    // Traditional forms, and full-width digits.
    expect(found('執法證號：６２０１００１２３４，警號 A01234，工作證號：77881234，警官證號：330211')).toEqual([
      ['RECORD_NUMBER', '６２０１００１２３４'], ['RECORD_NUMBER', 'A01234'], ['RECORD_NUMBER', '77881234'], ['RECORD_NUMBER', '330211'],
    ])
  })

  it('hides nothing after a label with no number, or with a date, an amount or a count after it; nor after 报警号码', () => {
    expect(found('执法证号：（见附件）；执法证号：2026年3月1日到期；执法证：500元工本费；执法证12本；警号：无')).toEqual([])
    expect(found('如遇紧急情况请拨打报警号码110，火警号码119')).toEqual([])
  })
})

describe('a government document\'s number', () => {
  it('keeps the model\'s place or organisation over its prefix from hiding part of it', () => {
    // The news model: 京朝市 a place (Redact gave [地名]监罚〔2026〕120号), 沪市监浦处 an organisation.
    const received = '当事人张伟收到京朝市监罚〔2026〕120号行政处罚决定书。'
    expect(laid(received, [at(received, '张伟', 'PER'), at(received, '京朝市', 'LOC')])).toEqual([['PER', '张伟']])
    const alone = '沪市监浦处〔2026〕3101号'
    expect(laid(alone, [at(alone, '沪市监浦处', 'ORG')])).toEqual([])
    // The fine-grained model: the whole number a place.
    const decided = '北京市朝阳区市场监督管理局作出京朝市监罚〔2026〕120号行政处罚决定。'
    expect(laid(decided, [at(decided, '北京市朝阳区市场监督管理局', 'GOV'), at(decided, '京朝市监罚〔2026〕120号', 'LOC')]))
      .toEqual([['GOV', '北京市朝阳区市场监督管理局']])
  })

  it('takes any of the bracket shapes, full-width or not, 號 too', () => {
    for (const number of ['京朝市监罚（2026）120号', '京朝市监罚(2026)120号', '京朝市监罚［2026］120号', '京朝市监罚[2026]120号', '京朝市監罰〔2026〕120號']) {
      const text = `收到${number}。`
      expect(laid(text, [at(text, number.slice(0, 3), 'LOC')])).toEqual([])
    }
  })

  it('keeps an agency\'s name right before its document number, cut where the model ran it on into the number', () => {
    // Both models read 北京市市场监督管理局京市监发 as one organisation.
    const issued = '北京市市场监督管理局京市监发〔2026〕45号文件要求各区落实。'
    expect(laid(issued, [at(issued, '北京市市场监督管理局京市监发', 'ORG')])).toEqual([['ORG', '北京市市场监督管理局']])
    // Found apart: the agency stays, the place read inside the number goes.
    const apart = '由北京市朝阳区市场监督管理局京朝市监罚〔2026〕120号决定书认定'
    expect(laid(apart, [at(apart, '北京市朝阳区市场监督管理局', 'ORG'), at(apart, '京朝市', 'LOC')])).toEqual([['ORG', '北京市朝阳区市场监督管理局']])
  })

  it('keeps a person\'s name and a place before the number, not inside it', () => {
    const objected = '原告孙立对京朝市监罚〔2026〕120号决定不服，上海收到沪市监浦处〔2026〕3101号。'
    expect(laid(objected, [at(objected, '孙立', 'PER'), at(objected, '京朝市', 'LOC'), at(objected, '上海', 'LOC'), at(objected, '沪市监浦处', 'ORG')]))
      .toEqual([['PER', '孙立'], ['LOC', '上海']])
  })

  it('redacts the decision with the number whole', () => {
    const text = '当事人张伟收到京朝市监罚〔2026〕120号行政处罚决定书，执法人员王建国（执法证号：11010023456）。'
    const entities = withPatterns(text, [at(text, '张伟', 'PER'), at(text, '京朝市', 'LOC'), at(text, '王建国', 'PER')])
    expect(redact(text, entities, { types: new Set(['PER', 'LOC', 'RECORD_NUMBER']), mode: 'tag', pseudonym: (type, n) => `[${type}${n}]` }))
      .toBe('当事人[PER]收到京朝市监罚〔2026〕120号行政处罚决定书，执法人员[PER]（执法证号：[RECORD_NUMBER]）。')
  })

  it('is no house number after an address\'s label, and leaves court and police case numbers hidden as before', () => {
    expect(found('地址：北京市京建发〔2026〕12号')).toEqual([])
    expect(found('根据国发〔2024〕5号文件，案号（2026）京0105民初12345号；沪公（浦）受案字〔2024〕第08876号')).toEqual([
      ['RECORD_NUMBER', '（2026）京0105民初12345号'], ['RECORD_NUMBER', '〔2024〕第08876号'],
    ])
    const court = '案号（2026）京0105民初12345号'
    expect(laid(court, [at(court, '京', 'LOC')])).toEqual([['RECORD_NUMBER', '（2026）京0105民初12345号']])
  })
})
