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
