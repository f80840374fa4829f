import { describe, expect, it } from 'vitest'
import { rememberedPerObject } from '../../../src/app/rememberedPerObject'

describe('rememberedPerObject', () => {
  it('makes a value once per object while the dependencies stay the same, and anew when one changes', () => {
    let dependency = 'a'
    let made = 0
    const lengthOf = rememberedPerObject(() => [dependency], (row: { text: string }) => {
      made++
      return `${row.text.length}${dependency}`
    })
    const one = { text: 'x' }
    const two = { text: 'yy' }
    expect([lengthOf(one), lengthOf(two), lengthOf(one)]).toEqual(['1a', '2a', '1a'])
    expect(made).toBe(2)
    dependency = 'b'
    expect(lengthOf(one)).toBe('1b')
    expect(made).toBe(3)
    expect(lengthOf({ text: 'x' })).toBe('1b') // another object, made anew
    expect(made).toBe(4)
  })
})
