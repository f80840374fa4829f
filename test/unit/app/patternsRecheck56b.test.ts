// Second re-check of 5d2631d (recheck2-rules, findings 1, 3, 5): under-masking. A dashed MyKad after IC in running text,
// real names after contract role labels (a list with one filler, a leading profession word, 尚未来 / 尚无忌) and a
// Singapore postcode before a phone cue were left readable. The sentences and numbers are made up.
import { describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'

const ofType = (type: string) => (text: string) => findPatterns(text).filter((e) => e.type === type).map((e) => e.text)
const ids = ofType('ID_NUMBER')
const rules = (text: string) => withPatterns(text, []).map((e) => [e.type, e.text])
const people = (text: string) => withPatterns(text, []).filter((e) => e.type === 'PER').map((e) => e.text)

describe('a dashed MyKad after IC anywhere (finding 1)', () => {
  it('is masked in running text', () => {
    expect(ids('姓名：陈大文 IC 800101-14-5678')).toEqual(['800101-14-5678'])
    expect(ids('Name: Tan Ah Kow, IC 800101-14-5678')).toEqual(['800101-14-5678'])
    expect(ids('他的 IC 800101-14-5678')).toEqual(['800101-14-5678'])
    expect(ids('他的IC 800101-14-5678。')).toEqual(['800101-14-5678'])
  })
  it('still leaves a chip\'s IC and twelve digits run together without a label', () => {
    expect(rules('芯片 IC 123456789012 批次。')).toEqual([])
    expect(rules('他的 IC 800101145678 批次')).toEqual([])
    expect(ids('IC: 850312145678')).toEqual(['850312145678'])
  })
})

describe('contract role labels keep the names around a filler (finding 3)', () => {
  it('drops only the filler item of a list', () => {
    expect(people('评标专家：张伟、李强、赵敏、外聘专家')).toEqual(['张伟', '李强', '赵敏'])
    expect(people('评标专家：张伟、李强、财务类')).toEqual(['张伟', '李强'])
    expect(people('评标专家：张伟、王专家')).toEqual(['张伟'])
    expect(people('项目负责人：张伟、签章')).toEqual(['张伟'])
    expect(people('联系人：尚无忌、张伟')).toEqual(['尚无忌', '张伟'])
    // With a filler item, the others need a surname: a duty's words are none.
    expect(people('项目负责人：负责组织、协调、监督。')).toEqual([])
  })
  it('strips a leading profession word, takes a name before ，律师', () => {
    expect(people('委托代理人：律师张伟')).toEqual(['张伟'])
    expect(people('委托代理人：会计师李强')).toEqual(['李强'])
    expect(people('委托代理人：张伟，律师')).toEqual(['张伟'])
    for (const t of ['委托代理人：律师事务所', '委托代理人：会计师事务所']) expect(people(t), t).toEqual([])
  })
  it('takes 尚未 / 尚无 only as the filler words', () => {
    expect(people('负责人：尚未来')).toEqual(['尚未来'])
    expect(people('项目经理：尚无忌')).toEqual(['尚无忌'])
    for (const t of ['负责人：尚未确定', '负责人：尚无', '负责人：尚未定', '项目经理：尚未指定', '委托代理人：律师',
      '评标专家：技术类、经济类、法律类', '评标专家：外聘专家、财务类']) {
      expect(people(t), t).toEqual([])
    }
  })
})

describe('a Singapore postcode before a phone cue, a unit after 住在 (finding 5)', () => {
  it('masks the postcode', () => {
    expect(ofType('RECORD_NUMBER')('Singapore 238877 Tel 6123 4567')).toEqual(['238877'])
    expect(ofType('RECORD_NUMBER')('新加坡 238877 电话 6123 4567')).toEqual(['238877'])
    expect(ofType('RECORD_NUMBER')('Singapore 238877 Email: info@example.com')).toEqual(['238877'])
    expect(rules('新加坡 320000 吨货物经港口转运。')).toEqual([])
  })
  it('takes 住在 and 居住 as an address context', () => {
    expect(ofType('ADDRESS_NUMBER')('住在 #08-345 单位')).toEqual(['#08-345'])
    expect(ofType('ADDRESS_NUMBER')('他居住在 #12-34 单位')).toEqual(['#12-34'])
    expect(rules('他住在酒店，请使用#10-32螺丝固定。')).toEqual([])
  })
})
