// A file's own line breaks, kept beside the LF-only text the page works on: offsets map back into the
// file, and the file's text comes back exactly.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fileOffset, fileText, normalizeLineBreaks } from '../../../src/app/lineBreaks'

describe('normalizeLineBreaks', () => {
  it('makes every break LF and says where a CR LF or a CR stood', () => {
    expect(normalizeLineBreaks('张伟在北京见了李娜。\r\n王芳在上海。\r\n')).toEqual({ text: '张伟在北京见了李娜。\n王芳在上海。\n', lineBreaks: { crlfAt: [10, 17], crAt: [] } })
    expect(normalizeLineBreaks('甲\r乙\n丙\r\n')).toEqual({ text: '甲\n乙\n丙\n', lineBreaks: { crlfAt: [5], crAt: [1] } })
    expect(normalizeLineBreaks('甲\n乙')).toEqual({ text: '甲\n乙' })
  })

  it('maps an offset of the LF text to the same character of the file, and gives the file back', () => {
    const line = fc.stringMatching(/^[张伟北京 ]{0,4}$/)
    const lineBreak = fc.constantFrom('\n', '\r\n', '\r')
    const file = fc.array(fc.tuple(line, lineBreak)).chain((lines) => line.map((last) => lines.flat().join('') + last))
    fc.assert(fc.property(file, (raw) => {
      const { text, lineBreaks = { crlfAt: [], crAt: [] } } = normalizeLineBreaks(raw)
      expect(fileText(text, lineBreaks)).toBe(raw)
      for (let i = 0; i < text.length; i++) {
        const at = fileOffset(i, lineBreaks)
        expect(raw[at] === '\r' ? '\n' : raw[at]).toBe(text[i])
      }
      expect(fileOffset(text.length, lineBreaks)).toBe(raw.length)
    }))
  })
})
