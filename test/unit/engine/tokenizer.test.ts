import { describe, expect, it } from 'vitest'
import { Tokenizer } from '../../../src/engine/tokenizer'
import { lexiconIndex, vocabIndex } from '../../../src/engine/line-index'
import { parseManifest, type Manifest } from '../../../src/engine/manifest'
import { createNormalizer, normalizedUnits } from '../../../src/engine/normalize'

const labels = ['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER']
const hash = 'a'.repeat(64)
function manifest(withLexicon: boolean, withWords = false): Manifest {
  return parseManifest({
    schema: 1, id: 'unit', version: '0', title: 'unit', entity_types: ['PER'], tag_scheme: 'BIOES', labels,
    max_window: 16,
    normalization: { drop: [0x200b], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: false },
    tokenizer: { type: 'char_bigram', vocab_file: 'v', bigram_file: 'b', pad_id: 0, unk_id: 1, bos: '<s>', eos: '</s>' },
    ...(withLexicon ? { lexicon: { file: 'l', categories: ['WORD', 'PER'], min_len: 2, max_len: 3, ...(withWords ? { word_slots: ['B', 'M', 'E'] } : {}) } } : {}),
    onnx: { file: 'm', opset: 17, inputs: withWords ? { lexicon_word_ids: 'int64[b,n,3]' } : {}, output: 'emissions' },
    decoding: { type: 'argmax' },
    files: [{ name: 'm', bytes: 1, sha256: hash }],
  })
}

describe('vocabularies', () => {
  it('keeps whitespace tokens such as U+3000 and uses line index as id', () => {
    const vocab = vocabIndex('<pad>\n<unk>\n\u3000\n中\n')
    expect(['<pad>', '<unk>', '\u3000', '中', '', '\n'].map((t) => vocab.get(t))).toEqual([0, 1, 2, 3, undefined, undefined])
    expect(vocab.size).toBe(4)
  })

})

describe('Tokenizer', () => {
  const vocab = vocabIndex('<pad>\n<unk>\n李\n明\nＡ\n')
  const bigrams = vocabIndex('<pad>\n<unk>\n<s>李\n李明\n明</s>\n')

  it('maps chars and bigrams with <s>/</s> at the edges and unknowns to unk_id', () => {
    const tokens = new Tokenizer(manifest(false), vocab, bigrams, undefined).encode(['李', '明', '？'])
    expect(Array.from(tokens.charIds, Number)).toEqual([2, 3, 1])
    expect(Array.from(tokens.bigramLeftIds, Number)).toEqual([2, 3, 1])
    expect(Array.from(tokens.bigramRightIds, Number)).toEqual([3, 1, 1])
    expect(tokens.lexiconFeats).toBeUndefined()
  })

  it('sets B, M and E lexicon blocks per category bit', () => {
    const lexicon = lexiconIndex('李明\t2\n李明明\t1\n明Ａ\t1\n')
    const tokenizer = new Tokenizer(manifest(true), vocab, bigrams, lexicon)
    const feats = tokenizer.encode(['李', '明', '明'])
    // K = 2 categories → 6 columns: B(WORD,PER) M(WORD,PER) E(WORD,PER)
    const rows = [0, 1, 2].map((i) => Array.from(feats.lexiconFeats!.subarray(i * 6, i * 6 + 6)))
    expect(rows).toEqual([
      [1, 1, 0, 0, 0, 0], // 李: begins 李明 (PER) and 李明明 (WORD)
      [0, 0, 1, 0, 0, 1], // 明: inside 李明明 (WORD), ends 李明 (PER)
      [0, 0, 0, 0, 1, 0], // 明: ends 李明明 (WORD)
    ])
  })

  it('picks the longest word per B/M/E slot, ties to the word that starts first', () => {
    // rows: 李明 5, 李明明 6, 明明 7, 明Ａ 8 (no row: 明李 has none)
    const lexicon = lexiconIndex('李明\t2\t5\n李明明\t1\t6\n明明\t1\t7\n明Ａ\t1\t8\n明李\t1\n')
    const tokens = new Tokenizer(manifest(true, true), vocab, bigrams, lexicon).encode(['李', '明', '明', 'Ａ', '明', '李'])
    const rows = [0, 1, 2, 3, 4, 5].map((i) => Array.from(tokens.lexiconWordIds!.subarray(3 * i, 3 * i + 3), Number))
    expect(rows).toEqual([
      [6, 0, 0], // 李 begins 李明 and 李明明: the longer
      [7, 6, 5], // 明 begins 明明, is inside 李明明, ends 李明
      [8, 0, 6], // 明 begins 明Ａ, ends 明明 and 李明明: the longer
      [0, 0, 8], // Ａ ends 明Ａ
      [0, 0, 0], // 明李 has no row
      [0, 0, 0],
    ])
    expect(new Tokenizer(manifest(true), vocab, bigrams, lexicon).encode(['李', '明']).lexiconWordIds).toBeUndefined()
  })

  it('refuses a manifest with word slots but no lexicon_word_ids input', () => {
    const m = manifest(true, true)
    expect(() => parseManifest({ ...m, onnx: { ...m.onnx, inputs: {} } })).toThrow(/word_slots/)
  })

  it('refuses labels without O, which decoding forces some units to', () => {
    const m = manifest(false)
    expect(() => parseManifest({ ...m, labels: m.labels.filter((label) => label !== 'O') })).toThrow(/"O"/)
  })

  it('feeds an emoji as a space, and a run of them as one, at the first one\'s offsets', () => {
    const text = '见到了迪丽热巴😭，还有👨\u200d👩\u200d👧谷爱凌1\ufe0f\u20e3和李现🔥🔥！©新华社'
    const normalization = { ...manifest(false).normalization, drop: [0x200b, 0x200d] }
    const units = [...normalizedUnits(text, createNormalizer(normalization))]
    expect(units.map((u) => u.char).join('')).toBe('见到了迪丽热巴\u3000，还有\u3000谷爱凌１和李现\u3000！\u3000新华社')
    const spaces = units.filter((u) => u.char === '\u3000')
    expect(spaces.map((u) => text.slice(u.start, u.end))).toEqual(['😭', '👨', '🔥', '©'])
    expect(spaces.every((u) => u.whitespace && !u.sentenceEnd && !u.lineBreak)).toBe(true)
    expect(text.slice(units.find((u) => u.char === '１')!.start, units.find((u) => u.char === '１')!.end)).toBe('1\ufe0f\u20e3')
  })

  it('normalizes half-width Latin to full-width before lookup', () => {
    const chars = [...normalizedUnits('A\u200b', createNormalizer(manifest(false).normalization))].map((u) => u.char)
    expect(chars).toEqual(['Ａ'])
    expect(Array.from(new Tokenizer(manifest(false), vocab, bigrams, undefined).encode(chars).charIds, Number)).toEqual([4])
  })
})
