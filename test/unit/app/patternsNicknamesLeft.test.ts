// Casework QA 2: with the rules off (the default), a child's 小名“豆豆” stayed readable in the Redact tab's copy, and the
// red line above the buttons counted phones, IDs and dates alone ("文本中有 9 处…"), not the nickname only the rules
// find. nicknamesLeft counts those no replaced name covers, for that line.
import { describe, expect, it } from 'vitest'
import { nicknamesLeft } from '../../../src/app/patterns'
import { spanFinder } from './redactFixtures'

const at = spanFinder('PER')
const NOTE = '孩子小名“团团”，今年上二年级，由外婆照看。'

describe('nicknamesLeft', () => {
  it('counts a nickname after its label that no name replaced covers', () => {
    expect(nicknamesLeft(NOTE, [])).toBe(1)
    expect(nicknamesLeft('他的外号叫“铁头”，网名“夜航船”。', [])).toBe(2)
  })

  it('does not count one the model found (or a spread name covers)', () => {
    expect(nicknamesLeft(NOTE, [at(NOTE, '团团')])).toBe(0)
  })

  it('counts one a name of another type beside it leaves readable', () => {
    expect(nicknamesLeft(NOTE, [at(NOTE, '外婆', 'LOC')])).toBe(1)
  })

  it('counts nothing where there is no nickname', () => {
    expect(nicknamesLeft('会议于下午三点在三楼会议室召开。', [])).toBe(0)
    expect(nicknamesLeft('昵称：管理员', [])).toBe(0)
  })
})

// Re-check F4: '孩子乳名叫豆豆，平时大家都喊他豆豆' said 2 places (the nickname once, and the phone) while the copy kept
// 豆豆 twice and the phone: every place the nickname stands readable counts, as the copy shows them.
describe('nicknamesLeft, each place', () => {
  const TWICE = '孩子乳名叫豆豆，平时大家都喊他豆豆。母亲刘芳。'
  it('counts every place the nickname stands', () => {
    expect(nicknamesLeft(TWICE, [])).toBe(2)
    expect(nicknamesLeft('小名“团团”。团团爱画画，团团的外婆接送。', [])).toBe(3)
  })

  it('not where a replaced name covers it', () => {
    const second = TWICE.lastIndexOf('豆豆')
    expect(nicknamesLeft(TWICE, [{ start: second, end: second + 2, type: 'PER', text: '豆豆', score: 0.9 }])).toBe(1)
    expect(nicknamesLeft(TWICE, [at(TWICE, '刘芳')])).toBe(2)
  })

  it('a place once, though two nicknames hold it, and a one-character nickname only after its label', () => {
    expect(nicknamesLeft('外号“小豆豆”，又叫“豆豆”。小豆豆来了。', [])).toBe(3)
    expect(nicknamesLeft('外号“虎”。老虎不是他。', [])).toBe(1)
  })
})
