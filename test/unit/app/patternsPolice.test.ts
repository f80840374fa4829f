// A police bulletin, an accident report and case papers with Redact's rules on (police QA): a police case's number is
// masked whole, its prefix with it, whatever the model read over it; a vehicle's and a decision's papers after their
// labels, embassy and armed-police plates, and nicknames after 外号, 绰号, 网名 … are found by rule. The model's spans
// below are those the QA's run of the news model gave (京 a place, 京公朝行 an organisation); the sentences are made up.
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
const laid = (text: string, entities: Entity[] = []) => withPatterns(text, entities).map((e) => [e.type, e.text])
const tagged = (text: string, entities: Entity[]) =>
  redact(text, withPatterns(text, entities), { types: new Set(['PER', 'LOC', 'ORG', 'RECORD_NUMBER', 'PLATE']), mode: 'tag', pseudonym: (type, n) => `[${type}${n}]` })

beforeAll(loadCommonWords)

describe('a police case\'s number', () => {
  it('is one record number, its prefix included, with 第 or without', () => {
    for (const number of ['京公（朝）立字〔2026〕12345号', '京公朝立字〔2026〕12345号', '京公（朝）受案字〔2026〕08876号', '京公(朝)不立字[2026]00077号',
      '京公（朝）立字〔2026〕第12345号', '海公（交）认字〔2026〕第00321号', '沪公（浦）刑拘字〔2026〕556号', '京朝公行字〔2026〕12号', '京公（朝）立字〔２０２６〕１２３４５號']) {
      expect(found(`案件编号：${number}，正在侦办。`)).toEqual([['RECORD_NUMBER', number]])
    }
  })

  it('leaves no mark of the model\'s on its prefix', () => {
    // [地名5]公（朝）立字〔2026〕12345号 before.
    const filed = '案件编号：京公（朝）立字〔2026〕12345号，案件正在进一步侦办中。'
    expect(tagged(filed, [at(filed, '京', 'LOC')])).toBe('案件编号：[RECORD_NUMBER]，案件正在进一步侦办中。')
    const listed = '一、京公（朝）立字〔2026〕第12345号\n二、京公（朝）受案字〔2026〕第08876号'
    expect(laid(listed, [at(listed, '京', 'LOC'), at(listed, '朝', 'ORG'), at(listed, '京公', 'ORG', 20), at(listed, '朝', 'LOC', 20)])).toEqual([
      ['RECORD_NUMBER', '京公（朝）立字〔2026〕第12345号'], ['RECORD_NUMBER', '京公（朝）受案字〔2026〕第08876号'],
    ])
    const accident = '七、海公（交）认字〔2026〕第00321号'
    expect(laid(accident, [at(accident, '海公', 'ORG')])).toEqual([['RECORD_NUMBER', '海公（交）认字〔2026〕第00321号']])
  })

  it('masks a police penalty decision\'s number whole: no half of it a model\'s organisation', () => {
    // [机构1]罚决字〔2026〕001234号 and [机构2]朝罚决字〔2026〕001234号 before: the first 行 ended an agency's name.
    const fined = '一、京公朝行罚决字〔2026〕001234号\n二、京公朝罚决字〔2026〕001234号'
    expect(tagged(fined, [at(fined, '京公朝行', 'ORG'), at(fined, '京公', 'ORG', 10)])).toBe('一、[RECORD_NUMBER]\n二、[RECORD_NUMBER]')
  })

  it('cuts an agency\'s name run on into it, keeping its part before', () => {
    const text = '北京市公安局朝阳分局京公（朝）立字〔2026〕12345号'
    expect(laid(text, [at(text, '北京市公安局朝阳分局京公', 'ORG')])).toEqual([
      ['ORG', '北京市公安局朝阳分局'], ['RECORD_NUMBER', '京公（朝）立字〔2026〕12345号'],
    ])
    const received = '当事人张伟收到京公朝行罚决字〔2026〕001234号处罚决定书。'
    expect(laid(received, [at(received, '张伟', 'PER')])).toEqual([['PER', '张伟'], ['RECORD_NUMBER', '京公朝行罚决字〔2026〕001234号']])
  })

  it('keeps a government\'s or a police force\'s own documents readable, and a market regulator\'s penalty', () => {
    const text = '根据国发〔2024〕5号、公通字〔2014〕16号、京公发〔2026〕5号和京公通字〔2026〕3号，作出京朝市监罚〔2026〕120号决定。'
    expect(found(text)).toEqual([])
    expect(laid(text, [at(text, '京朝市', 'LOC')])).toEqual([])
  })
})

describe('a vehicle\'s, a driver\'s and a decision\'s papers', () => {
  it('hides 行驶证号, 机动车登记证书编号, 处罚决定书编号 and 认定书编号', () => {
    expect(found('行驶证号：BJ20260301。机动车登记证书编号：110012345678。驾驶证档案编号：110100123456。')).toEqual([
      ['RECORD_NUMBER', 'BJ20260301'], ['RECORD_NUMBER', '110012345678'], ['RECORD_NUMBER', '110100123456'],
    ])
    expect(found('公安交通管理简易程序处罚决定书编号：1101051234567890')).toEqual([['RECORD_NUMBER', '1101051234567890']])
    expect(found('事故认定书编号：第110105120260000321号。')).toEqual([['RECORD_NUMBER', '第110105120260000321号']])
  })

  it('hides an accident report\'s own number under its title', () => {
    const text = '道路交通事故认定书（简易程序）\n\n第110105120260000321号\n\n事故时间：2026年4月2日8时15分'
    expect(found(text)).toEqual([['RECORD_NUMBER', '第110105120260000321号']])
  })

  it('leaves a date or an amount after such a title, and a label with no number', () => {
    expect(found('道路交通事故认定书\n2026年4月2日\n工伤认定书编号待定，赔偿人民币8600元，驾驶证号码已核对。')).toEqual([])
    expect(found('行驶证登记所有人：北京华联物流有限公司')).toEqual([])
  })
})

describe('plates of no province\'s letter', () => {
  it('hides an embassy\'s and the armed police\'s', () => {
    expect(found('现场另有使114-0065号使馆车辆、使224-009和使224009号车停放。')).toEqual([
      ['PLATE', '使114-0065'], ['PLATE', '使224-009'], ['PLATE', '使224009'],
    ])
    expect(found('车辆：WJ京01234、WJ琼1234X、WJ·1234J、WJ01-12345、WJ31-消0010。')).toEqual([
      ['PLATE', 'WJ京01234'], ['PLATE', 'WJ琼1234X'], ['PLATE', 'WJ·1234J'], ['PLATE', 'WJ01-12345'], ['PLATE', 'WJ31-消0010'],
    ])
  })

  it('leaves 使 as a word, and a count or an amount after it', () => {
    expect(found('使用手机，进入使馆区，使100-200人受益，使120000元资金到位，使114名学生，使2026年成为，使 100-120 mmHg。')).toEqual([])
    expect(found('请立即拨打110报警，或拨打96110反诈专线，120急救。')).toEqual([])
  })
})

describe('a nickname after its label', () => {
  it('is a person\'s name by rule, in quotes or after a colon', () => {
    const text = '嫌疑人绰号"疤哥"，外号“刀疤”，网名“夜行者”，昵称「小鱼」，化名：小林，曾用名：陈小军。'
    expect(laid(text)).toEqual([['PER', '疤哥'], ['PER', '刀疤'], ['PER', '夜行者'], ['PER', '小鱼'], ['PER', '小林'], ['PER', '陈小军']])
    // Replaced wherever the text says it again.
    const bulletin = '张某某外号"刀疤"。刀疤曾于2019年被行政拘留。'
    expect(tagged(bulletin, [at(bulletin, '张', 'PER')])).toBe('[PER]某某外号"[PER]"。[PER]曾于2019年被行政拘留。')
  })

  it('keeps the model\'s own name there', () => {
    const text = '报警人陈建国（化名：小林），外号叫“阿杰”的男子'
    const model = [at(text, '陈建国', 'PER'), at(text, '小林', 'PER'), at(text, '阿杰', 'PER')]
    expect(withPatterns(text, model)).toEqual(model)
  })

  it('takes no label alone, no blank and no name not set apart', () => {
    expect(laid('吴女士（化名）说，他以化名为掩护；昵称：未设置；化名：不详；网名“”；外号叫刀疤的人。')).toEqual([])
  })
})
