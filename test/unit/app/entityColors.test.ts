import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { differenceCiede2000 } from 'culori'
import { describe, expect, it } from 'vitest'
import { entityHue, isGreyType } from '../../../src/app/entityColors'
import { PATTERN_TYPES } from '../../../src/app/patterns'

describe('entityHue', () => {
  it('gives the three known types three clearly different hues', () => {
    const hues = ['PER', 'LOC', 'ORG'].map(entityHue)
    expect(new Set(hues).size).toBe(3)
  })

  it('keeps the fine-grained model\'s ten underlines apart to the eye in both themes (CIEDE2000 >= 15)', () => {
    // The underline's lightness per theme, as main.css sets it (dark first, then light).
    const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/main.css'), 'utf8')
    const lightness = [...css.matchAll(/--mark-line-l:\s*(\d+)%/g)].map((m) => Number(m[1]) / 100)
    expect(lightness).toHaveLength(2)
    const types = ['PER', 'LOC', 'ORG', 'COMPANY', 'GOV', 'POSITION', 'SCENE', 'BOOK', 'MOVIE', 'GAME']
    const difference = differenceCiede2000()
    for (const l of lightness) {
      const colours = types.map((type) => ({ mode: 'hsl' as const, h: entityHue(type), s: 1, l }))
      let closest = Infinity
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) closest = Math.min(closest, difference(colours[i]!, colours[j]!))
      }
      expect(closest).toBeGreaterThanOrEqual(15)
    }
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
