// The highlighted view's short type labels (typeMarks) are a part of the type's name as the legend and the Entities
// list write it, never another word: English marks said "Title" and "Sight" beside "Position" and "Attraction"
// in the legend (QA 2026-12-07), two types that seemed not to be in the legend at all.
import { describe, expect, it } from 'vitest'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'

describe('typeMarks', () => {
  for (const [language, messages] of [['en', en], ['zh', zh], ['zh-Hant', zhHant]] as const) {
    it(`${language}: each mark label is a part of its type's name`, () => {
      const types = messages.types as Record<string, string>
      const marks = Object.entries(messages.typeMarks as Record<string, string>)
      expect(marks.length).toBeGreaterThan(0)
      for (const [type, label] of marks) expect(types[type]?.toLowerCase(), `${type}: ${label}`).toContain(label.toLowerCase())
    })
  }
})
