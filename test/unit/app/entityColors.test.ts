import { describe, expect, it } from 'vitest'
import { entityHue, isGreyType } from '../../../src/app/entityColors'
import { PATTERN_TYPES } from '../../../src/app/patterns'

describe('entityHue', () => {
  it('gives the three known types three clearly different hues', () => {
    const hues = ['PER', 'LOC', 'ORG'].map(entityHue)
    expect(new Set(hues).size).toBe(3)
  })

  it('spreads the fine-grained model\'s ten types at least 30 degrees apart', () => {
    const hues = ['PER', 'LOC', 'ORG', 'COMPANY', 'GOV', 'POSITION', 'SCENE', 'BOOK', 'MOVIE', 'GAME'].map(entityHue).sort((a, b) => a - b)
    const gaps = hues.map((h, i) => (i === 0 ? h + 360 - hues.at(-1)! : h - hues[i - 1]!))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30)
  })

  it('gives an unknown type a stable hue away from the known ones', () => {
    const known = ['PER', 'LOC', 'ORG'].map(entityHue)
    for (const type of ['MISC', 'GPE', 'DATE', 'PRODUCT', 'X']) {
      const hue = entityHue(type)
      expect(hue).toBe(entityHue(type))
      expect(hue).toBeGreaterThanOrEqual(0)
      expect(hue).toBeLessThan(360)
      for (const k of known) {
        const d = Math.min(Math.abs(hue - k), 360 - Math.abs(hue - k))
        expect(d).toBeGreaterThanOrEqual(28)
      }
    }
  })

  it('draws the rule-based types grey, the model\'s in colour', () => {
    for (const type of PATTERN_TYPES) expect(isGreyType(type)).toBe(true)
    for (const type of ['PER', 'LOC', 'ORG', 'COMPANY', 'GAME', 'MISC']) expect(isGreyType(type)).toBe(false)
  })
})
