// Estate QA (a property-management office redacting arrears lists, complaint logs, notices and an owners' chat, with
// the rules on): the rooms that name a household in the estates' commonest styles (12-1-1802, B座1703, 1802室, a parking
// space) were left readable, and a building named alone in a notice (3栋、5栋、12栋) was masked, the first of a list only.
import { describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import type { Entity } from '../../../src/engine'

const rooms = (text: string) => findPatterns(text).filter((e) => e.type === 'ADDRESS_NUMBER').map((e) => e.text)
const model = (text: string, type: string, sub: string): Entity => {
  const start = text.indexOf(sub)
  return { start, end: start + sub.length, type, text: sub, score: 0.9 }
}
const laid = (text: string, given: Entity[] = []) => withPatterns(text, given).map((e) => [e.type, e.text])

describe('rooms of an estate (estate QA)', () => {
  it('takes building-unit-room in figures after a room\'s or an address\'s label, an estate, or before a household\'s word', () => {
    expect(rooms('房号：12-1-1802，业主：陈明')).toEqual(['12-1-1802'])
    expect(rooms('住址：阳光花园12-1-903，身体状况：良好')).toEqual(['12-1-903'])
    expect(rooms('业主住在12-1-1802，已欠费。')).toEqual(['12-1-1802'])
    expect(rooms('翠湖苑小区12-1-1802业主欠费')).toEqual(['12-1-1802'])
    expect(rooms('近期发现12-1-1802门口堆放杂物')).toEqual(['12-1-1802'])
    const text = '翠湖苑12-1-1802业主欠费'
    expect(laid(text, [model(text, 'LOC', '翠湖苑')])).toEqual([['LOC', '翠湖苑'], ['ADDRESS_NUMBER', '12-1-1802']])
  })

  it('takes the room in a chat nickname\'s bracket and under a table\'s 房号 column', () => {
    expect(rooms('蓝天白云（3-2-401）：楼上又开始了\n快乐老王(3-2-501): 不是我家')).toEqual(['3-2-401', '3-2-501'])
    expect(rooms('房号\t业主\t欠费\n12-1-1802\t陈明\t20.00\nB座1703\t赵华\t9.00')).toEqual(['12-1-1802', 'B座1703'])
  })

  it('takes a letter block and its room anywhere, a household\'s word or a room\'s 室 after it or not', () => {
    expect(rooms('B座1703业主在楼道晾晒衣物；业主住在B栋1703室；住址：B座602，卧床')).toEqual(['B座1703', 'B栋1703室', 'B座602'])
    expect(rooms('业主住在1802室，已欠费')).toEqual(['1802室'])
    expect(rooms('3栋1703的业主投诉')).toEqual(['3栋1703'])
  })

  it('takes a room after a building the model found though a household\'s word follows (创业广场B座1602 in the README)', () => {
    const text = '翠湖苑小区9栋1703的业主赵华欠费'
    expect(laid(text, [model(text, 'LOC', '翠湖苑小区')])).toEqual([['LOC', '翠湖苑小区'], ['ADDRESS_NUMBER', '9栋1703']])
    const office = '中信广场4501的业主'
    expect(laid(office, [model(office, 'LOC', '中信广场')])).toEqual([['LOC', '中信广场'], ['ADDRESS_NUMBER', '4501']])
  })

  it('takes a parking space after 车位 or 车库, and any after 车位号', () => {
    expect(rooms('地下车库B2-056车位被占用；车位号：B2-057；车位号：056')).toEqual(['B2-056', 'B2-057', '056'])
    expect(rooms('房号：B-1802')).toEqual(['B-1802'])
  })

  it('not a date, a countdown, a page range, a range, a version, a score, two groups, a price or a count', () => {
    for (const text of [
      '日期：2026-12-07', '住址变更于2026-12-07', '倒数3-2-1开始', '见第3-5页', '步骤1-2-3', '版本1.2.3发布', '地址：版本1.2.3',
      '比分3-2', '住址：12-1', '单价：1802元', '地址：10-12-2026', '房屋面积12-1-1800平', 'B座1200平方米', '小区车位500个',
      '住址：3-2-1', '电话021-5478-3366', '讲座1703', '共12-1-1802', 'A栋300户',
    ]) expect([text, rooms(text)]).toEqual([text, []])
  })

  it('leaves a building or a unit named alone readable: it names no household (notices)', () => {
    const notice = '阳光花园小区3栋、5栋、12栋将于周四暂停供水。3栋2单元东侧电梯维保。住址：阳光花园3号楼'
    expect(laid(notice, [model(notice, 'LOC', '阳光花园小区')])).toEqual([['LOC', '阳光花园小区']])
    // A room, a house number and a floor are still taken.
    expect(rooms('阳光花园3栋2单元501室；宜山路3号楼；住址：某小区8层；3号楼2单元501')).toEqual(['3栋2单元501室', '8层', '3号楼2单元501'])
  })
})
