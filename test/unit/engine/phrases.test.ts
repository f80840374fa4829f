// The Traditional→Simplified phrase table (contract step 2, `t2s_phrase_file`): words the character table
// alone gets wrong, matched on the original text ahead of it, leftmost and longest first, offsets untouched.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../src/engine/manifest'
import { createNormalizer, normalizedUnits, parseT2sTable, PhraseTable } from '../../../src/engine/normalize'
import { NerError } from '../../../src/engine/types'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TINY_MODEL_DIR } from '../support/models'

const spec = { drop: [0x200b], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: true, t2s_file: 't2s.txt' }
// The character table as the shipped one has it: 俱 is Simplified too, 著 is left alone (著名).
const characters = parseT2sTable('傢\t家\n紐\t纽\n蘭\t兰\n淨\t净\n')
const phrases = new PhraseTable('傢俱\t家具\n看著\t看着\n著急\t着急\n紐西\t纽西\n紐西蘭\t新西兰\n乾淨\t干净\n')

function simplified(text: string, table?: PhraseTable, from?: number, to?: number): string {
  return [...normalizedUnits(text, createNormalizer(spec, characters, table), from, to)].map((u) => u.char).join('')
}

describe('Traditional phrases', () => {
  it('reads a phrase as a whole where the character table would get it wrong', () => {
    expect(simplified('傢俱和乾淨的房間', phrases)).toBe('家具和干净的房间'.replace('房间', '房間'))
    expect(simplified('傢俱和乾淨', undefined)).toBe('家俱和乾净')
  })

  it('takes the longest phrase at a unit, and the leftmost where two overlap', () => {
    expect(simplified('紐西蘭', phrases)).toBe('新西兰')
    expect(simplified('紐西', phrases)).toBe('纽西')
    // 看著 starts first, so 著急 is not matched: 急 is read on its own.
    expect(simplified('看著急', phrases)).toBe('看着急')
    expect(simplified('很著急', phrases)).toBe('很着急')
  })

  it('is broken by a dropped zero-width space inside it, and never reaches past the range read', () => {
    expect(simplified('傢\u200b俱', phrases)).toBe('家俱')
    expect(simplified('傢俱', phrases, 0, 1)).toBe('家')
    expect(simplified('買傢俱', phrases, 1, 3)).toBe('家具')
  })

  it('keeps every unit at its original offsets, astral characters and CRLF included', () => {
    const text = '𠀀傢俱\r\n紐西蘭😀'
    const units = [...normalizedUnits(text, createNormalizer(spec, characters, phrases))]
    expect(units.map((u) => [u.char, text.slice(u.start, u.end)])).toEqual([
      ['𠀀', '𠀀'], ['家', '傢'], ['具', '俱'], ['\u3000', '\r'], ['\u3000', '\n'], ['新', '紐'], ['西', '西'], ['兰', '蘭'], ['\u3000', '😀'],
    ])
  })

  it('never moves a unit: offsets and flags are those of the character table alone', () => {
    const alphabet = fc.constantFrom('傢', '俱', '看', '著', '急', '紐', '西', '蘭', '乾', '淨', '\u200b', ' ', '。', '\n', 'a', '😀')
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
      const text = chars.join('')
      const strip = (table?: PhraseTable) => [...normalizedUnits(text, createNormalizer(spec, characters, table))]
        .map(({ start, end, sentenceEnd, lineBreak, whitespace }) => ({ start, end, sentenceEnd, lineBreak, whitespace }))
      expect(strip(phrases)).toEqual(strip())
    }))
  })

  it('refuses a phrase table whose two sides differ in length', () => {
    expect(() => new PhraseTable('臺灣省\t台湾\n')).toThrow(NerError)
  })

  it('is named in the manifest only beside the character table', () => {
    const base = JSON.parse(readFileSync(join(TINY_MODEL_DIR, 'manifest.json'), 'utf8'))
    const withPhrases = { ...base, normalization: { ...base.normalization, t2s_phrase_file: 't2s-phrases.txt' } }
    expect(parseManifest(withPhrases).normalization.t2s_phrase_file).toBe('t2s-phrases.txt')
    const alone = { ...base, normalization: { ...base.normalization, traditional_to_simplified: false, t2s_phrase_file: 't2s-phrases.txt' } }
    expect(() => parseManifest(alone)).toThrow(/t2s_phrase_file/)
  })
})
