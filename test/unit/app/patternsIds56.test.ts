// QA 56 (casework and regional angles), Redact's rules on: a disability card's and a pupil's numbers hold a whole ID and
// were left readable; a case's, a welfare office's, a birth certificate's, a household register's, a police call's and a
// hotline ticket's numbers after their labels too; a police receipt's number with a unit between 公 and its bracket kept
// its number readable and its prefix a person; Singapore's NRIC and FIN, Macau's and Malaysia's IDs and Hong Kong's in
// the other forms forms print were never masked. The sentences and the numbers are made up (the IDs pass their checks
// where a test says so).
import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, isSingaporeId, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const at = (text: string, name: string, type: string): Entity => {
  const start = text.indexOf(name)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type, text: name, score: 0.5 }
}
const tagged = (text: string, entities: Entity[]) =>
  redact(text, withPatterns(text, entities), { types: new Set(['PER', 'ORG', 'ID_NUMBER', 'RECORD_NUMBER']), mode: 'tag', pseudonym: (type, n) => `[${type}${n}]` })

beforeAll(loadCommonWords)

// 440305199007021332 and 320104201903150023 pass the ID's check; 320104198603152418 holds a region and a date but fails it.
describe('a number that holds a whole ID', () => {
  it('masks a disability card\'s number after its labels, its ID\'s check digit right or wrong', () => {
    for (const label of ['残疾证号：', '残疾人证号：', '残疾证：', '残疾证号为', '殘疾證號：']) {
      expect(found(`母亲持有${label}44030519900702133221（二级肢体）。`)).toEqual([['ID_NUMBER', '44030519900702133221']])
      expect(found(`母亲持有${label}32010419860315241842。`)).toEqual([['ID_NUMBER', '32010419860315241842']])
    }
  })

  it('masks a pupil\'s 学籍号, G and the ID, after its label or by the check digit alone', () => {
    expect(found('全国学籍号G320104201903150023，就读三年级。')).toEqual([['ID_NUMBER', 'G320104201903150023']])
    expect(found('学籍号：G320104201903150026')).toEqual([['ID_NUMBER', 'G320104201903150026']])
    expect(found('学生信息G320104201903150023已核对')).toEqual([['ID_NUMBER', 'G320104201903150023']])
    expect(found('其残疾证44030519900702133221已年审')).toEqual([['ID_NUMBER', '44030519900702133221']])
  })

  it('leaves a number whose ID fails its check without a label, and a count after the label, readable', () => {
    expect(found('流水编码44030519900702133121已作废')).toEqual([])
    expect(found('流水编码G320104201903150026已作废')).toEqual([])
    expect(found('本街道共办理残疾证120张。')).toEqual([])
    expect(found('他办残疾证3年了')).toEqual([])
    expect(found('乘G1234次列车返回')).toEqual([])
  })
})

describe('a case\'s and a welfare office\'s numbers', () => {
  it('masks the value after each label', () => {
    for (const [label, value] of [
      ['个案编号：', 'SW-2026-017'], ['个案号：', 'SW2026017'], ['案号：', 'SW-2026-017'], ['案件编号：', 'AJ20260412003'],
      ['低保证号：', 'NJQH2023-04417'], ['低保证编号：', '320104202304417'], ['特困供养证号：', 'NJ20240088'],
      ['出生医学证明编号：', 'R320123456'], ['户口本编号：', '3201040012345'], ['户口簿编号：', '3201040012345'],
      ['接警单号：', '20261020-0087'], ['热线工单号：', '12345-20261019-0331'], ['工单号：', 'GD20261019'], ['個案編號：', 'SW-2026-017'],
    ]) {
      expect(found(`${label}${value}，已归档。`)).toEqual([['RECORD_NUMBER', value]])
    }
  })

  it('keeps a court\'s case number whole and leaves other words ending in 案号 alone', () => {
    expect(found('案号：（2024）苏0104民初12345号')).toEqual([['RECORD_NUMBER', '(2024)苏0104民初12345号']].map(([t]) => [t, '（2024）苏0104民初12345号']))
    expect(found('网站备案号：ABC12345')).toEqual([])
    expect(found('案号规则2026年起调整')).toEqual([])
    expect(found('工单号码共300个')).toEqual([])
  })
})

describe('a police receipt\'s number with a unit between 公 and its bracket', () => {
  const text = '受案回执编号：宁公秦（夫）受字〔2026〕1187号'
  it('is one record number, its prefix included', () => {
    expect(found(text)).toEqual([['RECORD_NUMBER', '宁公秦（夫）受字〔2026〕1187号']])
    expect(found('回执：宁公秦淮（夫）受案字〔2026〕第1187号')).toEqual([['RECORD_NUMBER', '宁公秦淮（夫）受案字〔2026〕第1187号']])
  })

  it('leaves no person of the model\'s on its prefix', () => {
    expect(tagged(text, [at(text, '宁公秦', 'PER')])).toBe('受案回执编号：[RECORD_NUMBER]')
    expect(tagged(text, [at(text, '宁公秦（夫）', 'PER')])).toBe('受案回执编号：[RECORD_NUMBER]')
  })

  it('still leaves a company\'s or a commune\'s 公 alone', () => {
    expect(found('人民公社（一）立字〔2026〕1号')).toEqual([])
  })
})

describe('Singapore\'s NRIC and FIN', () => {
  it('checks the letter of each series', () => {
    for (const id of ['S1234567D', 'T1234567J', 'F1234567N', 'G7654321L', 'M1234567K']) expect(isSingaporeId(id)).toBe(true)
    for (const id of ['S1234567A', 'T1234567D', 'G7654321K', 'M1234567X', 'A1234567D']) expect(isSingaporeId(id)).toBe(false)
  })

  it('masks one with a right check letter anywhere', () => {
    expect(found('申请人S1234567D已到场')).toEqual([['ID_NUMBER', 'S1234567D']])
    expect(found('配偶持G7654321L准证')).toEqual([['ID_NUMBER', 'G7654321L']])
  })

  it('masks any after an NRIC, FIN, IC, 身份证 or 准证 label', () => {
    for (const line of ['NRIC：S1234567A', 'NRIC: S1234567D', '配偶准证号码（FIN）：G7654321K', '身份证号码：S1234567A', '准证：G7654321K', 'FIN No. F1234567A', 'IC：T1234567D']) {
      const id = /[STFGM]\d{7}[A-Z]/.exec(line)![0]
      expect(found(line)).toEqual([['ID_NUMBER', id]])
    }
  })

  it('leaves a model number without a check letter, or with a wrong one, in prose readable', () => {
    expect(found('本店有S1234567型号的配件')).toEqual([])
    expect(found('配件编码S1234567A已停产')).toEqual([])
    expect(found('芯片IC：STM32F103C8T6')).toEqual([])
    expect(found('航班SQ1234已起飞')).toEqual([])
  })
})

describe('Macau\'s and Malaysia\'s IDs', () => {
  it('masks a Macau ID after an ID label', () => {
    expect(found('澳門居民身份證編號：1234567(8)')).toEqual([['ID_NUMBER', '1234567(8)']])
    expect(found('澳門身份證：5123456（9）')).toEqual([['ID_NUMBER', '5123456（9）']])
  })

  it('masks a MyKad after IC, MyKad or 身份证 labels, grouped or not', () => {
    expect(found('IC：850312-14-5678')).toEqual([['ID_NUMBER', '850312-14-5678']])
    expect(found('MyKad: 850312-14-5678')).toEqual([['ID_NUMBER', '850312-14-5678']])
    expect(found('身份证号码：850312145678')).toEqual([['ID_NUMBER', '850312145678']])
  })

  it('leaves the same shapes readable without a label', () => {
    expect(found('编号：1234567(8)')).toEqual([])
    expect(found('批次850312-14-5678已出库')).toEqual([])
  })
})

describe('Hong Kong\'s ID in the other forms', () => {
  it('masks it after an ID label in lower case, with a space, without brackets or with a wrong check digit', () => {
    for (const id of ['k765432(4)', 'K 765432(4)', 'K7654324', 'K765432 4', 'A123456(7)', 'AB987654(3)']) {
      expect(found(`身份證號碼：${id}`)).toEqual([['ID_NUMBER', id]])
    }
  })

  it('leaves those forms readable without a label', () => {
    expect(found('型號K7654324已停產')).toEqual([])
    expect(found('代碼A123456(7)見附表')).toEqual([])
  })
})
