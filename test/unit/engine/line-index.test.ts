import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EMPTY_HASH, extendHash, lexiconIndex, lexiconMask, lexiconRow, vocabIndex } from '../../../src/engine/line-index'

/** The contract's readings of vocab.txt and lexicon.txt, written the obvious way: references for the index. */
function referenceVocab(text: string): Map<string, number> {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const vocab = new Map<string, number>()
  lines.forEach((token, id) => { if (!vocab.has(token)) vocab.set(token, id) })
  return vocab
}

function referenceMap(text: string): Map<string, number> {
  const words = new Map<string, number>()
  for (const line of text.split('\n')) {
    const [word, maskField, rowField] = line.split('\t')
    if (!word || maskField === undefined) continue
    const mask = Number.parseInt(maskField, 10)
    const row = rowField === undefined ? 0 : Number.parseInt(rowField, 10) || 0
    if (Number.isInteger(mask) && mask > 0 && mask <= 0xff) words.set(word, mask + 256 * row)
  }
  return words
}

describe('lexiconIndex', () => {
  it('reads word<TAB>mask lines and skips malformed ones', () => {
    const index = lexiconIndex('北京\t1\n坏行\n习近平\t3\n\t5\n零\t0\n上海\tx\n')
    expect(index.get('北京')).toBe(1)
    expect(index.get('习近平')).toBe(3)
    expect(index.get('坏行')).toBeUndefined()
    expect(index.get('零')).toBeUndefined()
    expect(index.get('上海')).toBeUndefined()
    expect(index.get('')).toBeUndefined()
    expect(index.size).toBe(2)
  })

  it('reads the optional third column, the word-embedding row, next to the mask', () => {
    const index = lexiconIndex('北京\t3\t17\n上海\t1\n')
    expect([lexiconMask(index.get('北京')!), lexiconRow(index.get('北京')!)]).toEqual([3, 17])
    expect([lexiconMask(index.get('上海')!), lexiconRow(index.get('上海')!)]).toEqual([1, 0])
  })

  it('answers exactly like a Map built from the same lines, for any file', () => {
    const char = fc.constantFrom('北', '京', '上', '海', 'Ａ', '𠮷', '😀', '\u3000', 'x')
    const word = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''))
    const line = fc.oneof(
      fc.tuple(word, fc.integer({ min: 0, max: 99 })).map(([w, m]) => `${w}\t${m}`),
      fc.tuple(word, fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 70000 })).map(([w, m, r]) => `${w}\t${m}\t${r}`),
      word, // no tab: ignored
      fc.tuple(word, word).map(([w, junk]) => `${w}\t${junk}`), // no number: ignored
    )
    fc.assert(fc.property(fc.array(line, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (lines, probes) => {
      const text = lines.join('\n') + '\n'
      const expected = referenceMap(text)
      const index = lexiconIndex(text)
      expect(index.size).toBe(expected.size)
      for (const w of [...expected.keys(), ...probes]) {
        expect(index.get(w)).toBe(expected.get(w))
        let hash = EMPTY_HASH
        for (let i = 0; i < w.length; i++) hash = extendHash(hash, w.charCodeAt(i))
        expect(index.find(w, hash)).toBe(expected.get(w))
      }
    }), { numRuns: 300 })
  })
})

describe('vocabIndex', () => {
  it('answers exactly like the line-number Map of the same file, first occurrence winning', () => {
    const token = fc.array(fc.constantFrom('北', '京', '<', 's', '>', '𠮷', '\u3000', '\t', ' '), { maxLength: 4 }).map((cs) => cs.join(''))
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), fc.boolean(), fc.array(token, { maxLength: 20 }), (tokens, finalNewline, probes) => {
      const text = tokens.join('\n') + (finalNewline ? '\n' : '')
      const expected = referenceVocab(text)
      const index = vocabIndex(text)
      expect(index.size).toBe(expected.size)
      for (const t of [...expected.keys(), ...probes]) expect(index.get(t)).toBe(expected.get(t))
    }), { numRuns: 300 })
  })
})
