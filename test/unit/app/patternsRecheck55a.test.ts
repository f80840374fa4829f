// Re-check 55a of the rooms (5b99a35) and police (3b44719) rules, Redact's rules on: a list of rooms joined by 和, 及, 与
// or / and a range of rooms kept their last rooms readable; a nickname that is a common word was spread over the word
// (公园里的老虎, 小明天去学校); 别名 and 绰号 of things and labels inside other words (分别名为) were taken for nicknames;
// some police and determination numbers were missed, statistics after 认定书 and half a company's name masked; a range
// after 使 was an embassy's plate. The sentences are made up.
import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact } from '../../../src/app/redact'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const rooms = (text: string) => findPatterns(text).filter((e) => e.type === 'ADDRESS_NUMBER').map((e) => e.text)
const names = (text: string) => withPatterns(text, []).filter((e) => e.type === 'PER').map((e) => e.text)
const tagged = (text: string) =>
  redact(text, withPatterns(text, []), { types: new Set(['PER', 'RECORD_NUMBER', 'PLATE', 'ADDRESS_NUMBER']), mode: 'tag', pseudonym: (type) => `[${type}]` })

beforeAll(loadCommonWords)

describe('rooms of a list and a range', () => {
  it('takes the rooms after 和, 及, 与 and / too', () => {
    expect(rooms('B座1703、1704和1705的业主')).toEqual(['B座1703', '1704', '1705'])
    expect(rooms('B座1703、1704、1705和1706的业主')).toEqual(['B座1703', '1704', '1705', '1706'])
    expect(rooms('3单元501、502与503住户')).toEqual(['3单元501', '502', '503'])
    expect(rooms('3栋1703，1704号房和1705号房')).toEqual(['3栋1703', '1704号房', '1705号房'])
    expect(rooms('B座1703、1704和1705室业主')).toEqual(['B座1703', '1704', '1705室'])
    expect(rooms('B座1703/1704/1705')).toEqual(['B座1703', '1704', '1705'])
  })

  it('takes a range\'s last room', () => {
    expect(rooms('B座1703至1705的业主请缴费')).toEqual(['B座1703', '1705'])
    expect(rooms('B座1703-1705的业主')).toEqual(['B座1703', '1705'])
    expect(rooms('3单元501—503住户')).toEqual(['3单元501', '503'])
    expect(rooms('房号：1702至1704')).toEqual(['1702', '1704'])
  })

  it('leaves a year, a count or a falling range after them readable', () => {
    expect(rooms('B座1703、1704和2026年')).toEqual(['B座1703'])
    expect(rooms('B座1703、1704和1705户')).toEqual(['B座1703'])
    expect(rooms('B座1703至1602')).toEqual(['B座1703'])
    expect(rooms('B座1703-1705平米')).toEqual(['B座1703'])
    expect(rooms('会议室1802至1805已预订')).toEqual([])
  })
})

describe('police and determination numbers', () => {
  it('hides a penalty decision\'s number under its title, after a space or on the next line', () => {
    expect(found('公安交通管理简易程序处罚决定书 编号：110105200012345678')).toEqual([['RECORD_NUMBER', '110105200012345678']])
    expect(found('公安交通管理简易程序处罚决定书\n编号：1101051234567890')).toEqual([['RECORD_NUMBER', '1101051234567890']])
  })

  it('hides a case number of the ministry, a procuratorate, an unbracketed year or no 号', () => {
    for (const number of ['京公（朝）立字2026第12345号', '京公（朝）立字〔2026〕12345', '公安部（刑）立字〔2026〕1号', '京朝检公诉字〔2026〕12号']) {
      expect(found(`案件编号：${number}，正在办理。`)).toEqual([['RECORD_NUMBER', number]])
    }
  })

  it('hides a determination\'s short or agency-shaped number after its label', () => {
    expect(found('认定书号：第00321号')).toEqual([['RECORD_NUMBER', '第00321号']])
    expect(found('工伤认定书编号：京人社工伤认〔2026〕123号')).toEqual([['RECORD_NUMBER', '京人社工伤认〔2026〕123号']])
  })

  it('leaves counts after 认定书 and a company\'s or a commune\'s 公 readable', () => {
    expect(found('全年共制作道路交通事故认定书102345份，出具认定书123456件，认定书 123456 份。')).toEqual([])
    expect(tagged('华为公司立字〔2026〕12号；人民公社立字〔2026〕12号')).toBe('华为公司立字〔2026〕12号；人民公社立字〔2026〕12号')
  })
})

describe('embassy plates', () => {
  it('leaves a range of a count after 使, and 促使 or 致使, readable', () => {
    expect(found('使120-150亩，使200-300户受益，使300-500家企业，促使200-300，致使200-300，使150-200公斤')).toEqual([])
    expect(found('车牌使224-009的车辆')).toEqual([['PLATE', '使224-009']])
  })
})

describe('nicknames', () => {
  it('spreads no nickname that is a common word, nor into a longer word', () => {
    expect(tagged('嫌疑人外号"老虎"。公园里的老虎很凶，打老虎拍苍蝇。')).toBe('嫌疑人外号"[PER]"。公园里的老虎很凶，打老虎拍苍蝇。')
    expect(tagged('嫌疑人绰号“大海”。大海一望无际。')).toBe('嫌疑人绰号“[PER]”。大海一望无际。')
    expect(tagged('他外号“狗剩”，狗剩来了，狗剩天天喝酒。')).toBe('他外号“[PER]”，[PER]来了，[PER]天天喝酒。')
    expect(tagged('网名“阿明”。阿明来了，阿明天去学校。')).toBe('网名“[PER]”。[PER]来了，阿明天去学校。')
  })

  it('takes no label inside another word, nor a thing\'s other name', () => {
    for (const text of ['这套卡片分别名为“春”和“秋”', '歌曲告别名为“再见”', '简化名为“快乐”', '这种花名叫“勿忘我”',
      '土豆，别名“马铃薯”', '北京别名“北平”', '该药别名“扑热息痛”', '泰山绰号“五岳之首”', '昵称：管理员', '昵称：微信用户']) {
      expect([text, names(text)]).toEqual([text, []])
    }
    expect(names('犯罪嫌疑人王某，别名“王小二”')).toEqual(['王小二'])
  })

  it('takes a second nickname, and one unquoted ending the sentence', () => {
    expect(names('外号“刀疤”“疤哥”')).toEqual(['刀疤', '疤哥'])
    expect(names('外号“刀疤”或“疤哥”')).toEqual(['刀疤', '疤哥'])
    expect(names('外号“刀疤”，又叫“疤哥”')).toEqual(['刀疤', '疤哥'])
    expect(names('他外号叫老虎。她的小名是狗蛋，外号很响亮，小名是什么？')).toEqual(['老虎', '狗蛋'])
  })
})
