// HR QA (blind hiring, Redact tab with the rules on, CVs pasted): names after 姓名 and its kin, a Word table's label
// and value on two lines, phones written as CVs write them, roads named …道 and rooms after a building's name. Each
// with what it must not take in ordinary prose.
import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import { everyOccurrence, loadCommonWords, spreadNames } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
/** The model's entity `sub` (its first occurrence in `text`). */
const model = (text: string, type: string, sub: string): Entity => {
  const start = text.indexOf(sub)
  return { start, end: start + sub.length, type, text: sub, score: 0.9 }
}
const laid = (text: string, entities: Entity[] = []) => withPatterns(text, entities).map((e) => [e.type, e.text])

describe('names after 姓名, 名字, 中文名 (blind-hiring CVs)', () => {
  it('takes two to four Han characters after the label, to a tab, a space, a mark or the next field', () => {
    expect(laid('姓名：上官婉清\t性别：女')).toEqual([['PER', '上官婉清']])
    expect(laid('名字：东方雨桐，籍贯：江苏')).toEqual([['PER', '东方雨桐']])
    expect(laid('中文名：令狐晓峰\n英文名：Kevin')).toEqual([['PER', '令狐晓峰']])
    expect(laid('姓名：端木子涵 电话：13800138000')).toEqual([['PER', '端木子涵'], ['PHONE', '13800138000']])
    expect(laid('姓名：司徒浩性别：男')).toEqual([['PER', '司徒浩']])
    expect(laid('应聘者姓名：欧阳娜娜；')).toEqual([['PER', '欧阳娜娜']])
    // A table's row with spaces alone between label and name.
    expect(laid('姓名    慕容雪\t民族    汉')).toEqual([['PER', '慕容雪']])
  })

  it('takes a name spaced out as Word spaces it to a cell, the spaces kept inside, not the next field', () => {
    expect(laid('姓  名：上　官　婉　清')).toEqual([['PER', '上　官　婉　清']])
    expect(laid('姓 名：张 伟')).toEqual([['PER', '张 伟']])
    expect(laid('姓 名：李 娜\t性 别：女')).toEqual([['PER', '李 娜']])
    expect(laid('姓 名：王 芳  性 别：女')).toEqual([['PER', '王 芳']])
  })

  it('wins over the model\'s shorter or partial spans inside the name (a compound surname cut)', () => {
    const cut = '姓名：长孙晴\n'
    expect(laid(cut, [model(cut, 'PER', '孙晴')])).toEqual([['PER', '长孙晴']])
    const asPlace = '姓名：呼延庆\n'
    expect(laid(asPlace, [model(asPlace, 'LOC', '延庆')])).toEqual([['PER', '呼延庆']])
    const surnameAsPlace = '姓名：南宫博文\n'
    expect(laid(surnameAsPlace, [model(surnameAsPlace, 'LOC', '南宫')])).toEqual([['PER', '南宫博文']])
    // The model's span as long is kept as the model's.
    const whole = '姓名：上官婉清\n'
    expect(withPatterns(whole, [model(whole, 'PER', '上官婉清')])).toEqual([model(whole, 'PER', '上官婉清')])
  })

  it('takes no blank, no field label and no label inside prose', () => {
    expect(laid('姓名：不详\n姓名：保密\n姓名：\n姓名：性别')).toEqual([])
    expect(laid('请填写 姓名 电话 邮箱')).toEqual([])
    expect(laid('他没有说出自己的姓名：只说姓王。')).toEqual([])
    expect(laid('孩子的名字叫小明')).toEqual([])
    expect(laid('给孩子起名字 很难')).toEqual([])
  })
})

describe('a Word table\'s label and value on two lines', () => {
  it('reads a label alone on its line and a value alone on the next as one field', () => {
    expect(found('微信\nhmm_nj0615\n出生年月\n1994.06\nQQ\n123456789\n年龄\n32')).toEqual([
      ['RECORD_NUMBER', 'hmm_nj0615'], ['BIRTH_DATE', '1994.06'], ['RECORD_NUMBER', '123456789'], ['AGE', '32'],
    ])
    expect(found('微信号：\r\nwx_zhang2024')).toEqual([['RECORD_NUMBER', 'wx_zhang2024']])
    expect(found('  工号  \n  A10086  ')).toEqual([['RECORD_NUMBER', 'A10086']])
    expect(found('手机\n13800138000')).toEqual([['PHONE', '13800138000']])
    expect(laid('姓名\n上官婉清\n性别\n女')).toEqual([['PER', '上官婉清']])
  })

  it('only where the label is the whole of its line and the value the whole of the next', () => {
    expect(found('出生年月\n1994.06 汉族')).toEqual([])
    expect(found('我的微信\nabc_1234')).toEqual([])
    expect(found('加我微信\nabc_1234')).toEqual([])
    expect(found('微信\n\nabc_1234')).toEqual([])
    expect(found('微信\n扫码添加好友')).toEqual([])
    expect(laid('姓名\n请用正楷填写')).toEqual([])
  })
})

describe('phones as CVs write them', () => {
  it('takes 86 without its plus, a mobile grouped 3-3-5, spaces round a landline\'s hyphen', () => {
    expect(found('Tel：8613800138000')).toEqual([['PHONE', '8613800138000']])
    expect(found('手机号码：138 001 38000')).toEqual([['PHONE', '138 001 38000']])
    expect(found('座机：010 - 6275 1234')).toEqual([['PHONE', '010 - 6275 1234']])
  })

  it('not inside longer numbers nor a count and a range', () => {
    // No phone inside: the order's number, whole, after its label (chat QA).
    expect(found('订单号98613800138000')).toEqual([['RECORD_NUMBER', '98613800138000']])
    expect(found('第138 001 380000号')).toEqual([])
    expect(found('2010 - 2014 年')).toEqual([])
  })
})

describe('roads named …道 and rooms after a building', () => {
  it('takes a road ending in 道 between a district and a house number, and the number after it', () => {
    const text = '深圳市南山区科技园南区高新南七道18号'
    expect(laid(text, [model(text, 'LOC', '深圳市'), model(text, 'LOC', '南山区')])).toEqual([
      ['LOC', '深圳市'], ['LOC', '南山区'], ['LOC', '高新南七道'], ['ADDRESS_NUMBER', '18号'],
    ])
    // After a place the model found, no district's character between.
    const found2 = '地址：广州天河区体育西道108号'
    expect(laid(found2, [model(found2, 'LOC', '广州天河区')])).toEqual([['LOC', '广州天河区'], ['LOC', '体育西道'], ['ADDRESS_NUMBER', '108号']])
  })

  it('not 道 of a word, nor without a place before it or a house number after it', () => {
    const news = '北京市报道18号文件'
    expect(laid(news, [model(news, 'LOC', '北京市')])).toEqual([['LOC', '北京市']])
    const channel = '上海市渠道18号'
    expect(laid(channel, [model(channel, 'LOC', '上海市')])).toEqual([['LOC', '上海市']])
    expect(laid('我知道3号要开会')).toEqual([])
    const noNumber = '深圳市南山区高新南七道'
    expect(laid(noNumber, [model(noNumber, 'LOC', '深圳市'), model(noNumber, 'LOC', '南山区')])).toEqual([['LOC', '深圳市'], ['LOC', '南山区']])
  })

  it('takes a room or floor number right after a building the model found, a block before it or not', () => {
    for (const [text, building, number] of [
      ['中信广场4501', '中信广场', '4501'], ['创业广场B座1602', '创业广场', 'B座1602'], ['美丽华大厦8楼', '美丽华大厦', '8楼'],
      ['富力中心2301\n', '富力中心', '2301'], ['英蓝国际B座1201', '英蓝国际B座', '1201'], ['阳光花园3栋1502室', '阳光花园', '3栋1502室'],
    ] as const) {
      const type = building.endsWith('座') ? 'ORG' : 'LOC'
      expect(laid(text, [model(text, type, building)])).toEqual([[type, building], ['ADDRESS_NUMBER', number]])
    }
  })

  it('not a year or a count after a building, nor digits set apart from it or after another kind of place', () => {
    for (const [text, building] of [
      ['会展中心2026年举办', '会展中心'], ['数据中心2026-2030规划', '数据中心'], ['万达广场 4501', '万达广场'], ['深圳市4501', '深圳市'],
      ['购物中心3000多平方米', '购物中心'], ['中心2026', '北京'],
    ] as const) {
      expect(laid(text, [model(text, 'LOC', building)]).filter(([type]) => type === 'ADDRESS_NUMBER')).toEqual([])
    }
  })
})

describe('the given name of a name found after 姓名 (redact.ts spreadNames)', () => {
  beforeAll(() => loadCommonWords())
  it('spreads the whole name the rule found (its given name alone is seeded only by the model\'s names)', () => {
    const text = '姓名：上官婉清\n自我评价：上官婉清工作认真。'
    const entities = withPatterns(text, [])
    const spread = everyOccurrence(text, entities, new Set(['PER']), spreadNames(entities, new Set(['PER'])))
    expect(spread.map((e) => e.text)).toEqual(['上官婉清', '上官婉清'])
  })
})
