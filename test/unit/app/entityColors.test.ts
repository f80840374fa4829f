import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { blend, differenceCiede2000, wcagContrast } from 'culori'
import { describe, expect, it } from 'vitest'
import { entityHue, isGreyType, lightLineDarkening } from '../../../src/app/entityColors'
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
    // The light theme (the lower lightness) darkens some types' underlines (lightLineDarkening).
    const light = Math.min(...lightness)
    for (const l of lightness) {
      const colours = types.map((type) => ({ mode: 'hsl' as const, h: entityHue(type), s: 1, l: l === light ? l - lightLineDarkening(type) / 100 : l }))
      let closest = Infinity
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) closest = Math.min(closest, difference(colours[i]!, colours[j]!))
      }
      expect(closest).toBeGreaterThanOrEqual(15)
    }
  })

  it('draws every type\'s underline at least 3:1 against the light view (WCAG 1.4.11: it shows which characters a name covers)', () => {
    // 书名 1.98, 职位 2.26, 景点 2.36, 地名 2.63 at the theme's one lightness (a11y QA).
    const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/main.css'), 'utf8')
    const view = /--surface-2:\s*(#[0-9a-f]+);/.exec(css)![1]! // the first, the light theme's
    const lineL = Number(/--mark-line-l:\s*(\d+)%/.exec(css)![1]) / 100
    expect(/--mark-line-dl:\s*1;/.test(css) && /--mark-line-dl:\s*0;/.test(css)).toBe(true) // light darkens, dark does not
    const types = ['PER', 'LOC', 'ORG', 'COMPANY', 'GOV', 'POSITION', 'SCENE', 'BOOK', 'MOVIE', 'GAME', 'EVENT', 'PRODUCT']
    for (const type of types) {
      const line = { mode: 'hsl' as const, h: entityHue(type), s: 1, l: lineL - lightLineDarkening(type) / 100 }
      expect(wcagContrast(line, view), type).toBeGreaterThanOrEqual(3)
    }
    expect(['PER', 'COMPANY', 'MOVIE', 'GAME'].map(lightLineDarkening)).toEqual([0, 0, 0, 0]) // the dark hues keep theirs
  })

  it('keeps the ten types\' mark backgrounds apart in both themes, and the ones the QA pass confused clearly apart', () => {
    // The pale backgrounds (hsl(hue, 100%, --mark-bg-l) at --mark-bg-a over --surface-2) are where the ten
    // hues are closest; 地名, 景点 and 政府机构, and 公司 and 职位, were told apart by their labels only.
    const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/main.css'), 'utf8')
    const values = (name: string) => [...css.matchAll(new RegExp(`--${name}:\\s*([#\\w.]+)%?;`, 'g'))].map((m) => m[1]!)
    const [backgroundL, backgroundA, surface] = ['mark-bg-l', 'mark-bg-a', 'surface-2'].map(values)
    const types = ['PER', 'LOC', 'ORG', 'COMPANY', 'GOV', 'POSITION', 'SCENE', 'BOOK', 'MOVIE', 'GAME']
    const difference = differenceCiede2000()
    for (let theme = 0; theme < 2; theme++) {
      const mark = (type: string) => blend([surface![theme]!, { mode: 'hsl', h: entityHue(type), s: 1, l: Number(backgroundL![theme]) / 100, alpha: Number(backgroundA![theme]) }])
      let closest = Infinity
      for (let i = 0; i < types.length; i++) {
        for (let j = i + 1; j < types.length; j++) closest = Math.min(closest, difference(mark(types[i]!), mark(types[j]!)))
      }
      expect(closest, `theme ${theme}`).toBeGreaterThanOrEqual(8)
      for (const [a, b] of [['LOC', 'SCENE'], ['LOC', 'GOV'], ['SCENE', 'GOV'], ['COMPANY', 'POSITION']] as const) {
        expect(difference(mark(a), mark(b)), `${a} and ${b} in theme ${theme}`).toBeGreaterThanOrEqual(theme === 0 ? 15 : 12)
      }
    }
  })

  it('writes every type label legibly on its mark in both themes (WCAG AA, 4.5:1 for its small text)', () => {
    // The labels are CSS generated content, which axe (the e2e audit) does not check, so this test does:
    // label hsl(hue, 0.9 * sat, --mark-label-l) on the mark's translucent hsl(hue, sat, --mark-bg-l) laid
    // over the view's --surface-2, with the values main.css sets for each theme.
    const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/main.css'), 'utf8')
    const values = (name: string) => [...css.matchAll(new RegExp(`--${name}:\\s*([#\\w.]+)%?;`, 'g'))].map((m) => m[1]!)
    const [labelL, backgroundL, backgroundA, surface] = ['mark-label-l', 'mark-bg-l', 'mark-bg-a', 'surface-2'].map(values)
    expect([labelL, backgroundL, backgroundA, surface].map((v) => v!.length)).toEqual([2, 2, 2, 2])
    const types = ['PER', 'LOC', 'ORG', 'COMPANY', 'GOV', 'POSITION', 'SCENE', 'BOOK', 'MOVIE', 'GAME', ...PATTERN_TYPES]
    for (let theme = 0; theme < 2; theme++) {
      for (const type of types) {
        const h = entityHue(type)
        const s = isGreyType(type) ? 0 : 1
        const mark = blend([surface![theme]!, { mode: 'hsl', h, s, l: Number(backgroundL![theme]) / 100, alpha: Number(backgroundA![theme]) }])
        const contrast = wcagContrast({ mode: 'hsl', h, s: 0.9 * s, l: Number(labelL![theme]) / 100 }, mark)
        expect(contrast, `${type} in theme ${theme}`).toBeGreaterThanOrEqual(4.5)
      }
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
