// Estate QA, second round (property-management office, the rules on): a list of rooms had its first room masked and
// the rest readable (B座1703、1704、1705的业主), and a public building's room was masked as a household's (会议室1802室).
import { describe, expect, it } from 'vitest'
import { findPatterns } from '../../../src/app/patterns'

const rooms = (text: string, buildingEnds: ReadonlySet<number> = new Set()) =>
  findPatterns(text, new Set(), buildingEnds).filter((e) => e.type === 'ADDRESS_NUMBER').map((e) => e.text)

describe('lists of rooms (estate QA)', () => {
  it('takes each room of a list after a room taken, not the first only', () => {
    expect(rooms('B座1703、1704、1705的业主请于本周缴费')).toEqual(['B座1703', '1704', '1705'])
    expect(rooms('3单元501、502住户注意')).toEqual(['3单元501', '502'])
    expect(rooms('3栋1703、1705的业主投诉噪音')).toEqual(['3栋1703', '1705'])
    expect(rooms('B座1703和1704业主；B座1803,1804,1805')).toEqual(['B座1703', '1704', 'B座1803', '1804', '1805'])
    expect(rooms('A栋2单元602、603、701室')).toEqual(['A栋2单元602', '603', '701室'])
    expect(rooms('房号：1702、1703')).toEqual(['1702', '1703'])
    expect(rooms('1702室、1703室业主反映漏水')).toEqual(['1702室', '1703室'])
  })

  it('leaves amounts, years and counts of a list readable, after a room too', () => {
    for (const text of ['1703、1704年两次修缮', '共1703、1704元', '单价1802元、1803元']) expect([text, rooms(text)]).toEqual([text, []])
    expect(rooms('B座1703、1704年')).toEqual(['B座1703'])
    expect(rooms('B座1703、共1704元')).toEqual(['B座1703'])
    expect(rooms('B座1703、1704两户')).toEqual(['B座1703'])
    expect(rooms('业主住在B座1703，120救护车到达')).toEqual(['B座1703'])
    expect(rooms('B座1703、1200')).toEqual(['B座1703'])
    expect(rooms('3栋1703、5栋停水')).toEqual(['3栋1703'])
  })
})

describe('rooms of a public building (estate QA)', () => {
  it('leaves a meeting room, a hall, a classroom, a lab or a machine room readable', () => {
    for (const text of [
      '请到会议室1802室开会', '机房1802室断电', '多功能厅302室布置', '大会议室1203室已预订', '第一会议室1805室', '会议室 1802室',
      '学术报告厅1203室', '培训室501室', 'B座1703会议室开会', 'A栋302教室', '会议室1802室、1803室已预订', '讲座在报告厅302举行',
    ]) expect([text, rooms(text)]).toEqual([text, []])
    // After a building the model found (中信广场): its meeting room too.
    expect(rooms('中信广场B座1602会议室', new Set([4]))).toEqual([])
  })

  it('still masks a ward\'s room, an office and a household\'s room on the same line as a meeting room', () => {
    expect(rooms('病房1802室患者；病房1802室、1803室')).toEqual(['1802室', '1802室', '1803室'])
    expect(rooms('王主任办公室1802室')).toEqual(['1802室'])
    expect(rooms('XX小区3栋1802室；阳光花园小区3栋1802室的业主')).toEqual(['3栋1802室', '3栋1802室'])
    expect(rooms('业主住在1802室，会议室1803室开会')).toEqual(['1802室'])
  })
})
