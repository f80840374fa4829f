// Char + bigram tokenization and lexicon features (contract steps 3-5), exactly as the pipeline does it.
import type { LexiconSpec, Manifest } from './manifest'
import { EMPTY_HASH, extendHash, lexiconMask, lexiconRow, type LineIndex, type WordLookup } from './line-index'

export interface WindowTokens {
  charIds: BigInt64Array
  bigramLeftIds: BigInt64Array
  bigramRightIds: BigInt64Array
  /** float32 [n, 3K] lexicon features, only when the model has a lexicon. */
  lexiconFeats?: Float32Array
  /** int64 [n, 3] word-embedding rows (B, M, E slots), only when the lexicon has `word_slots`. */
  lexiconWordIds?: BigInt64Array
}

export class Tokenizer {
  private readonly unkId: bigint
  private readonly lexiconSpec: LexiconSpec | undefined

  constructor(
    private readonly manifest: Manifest,
    private readonly vocab: WordLookup,
    private readonly bigrams: WordLookup,
    private readonly lexicon: LineIndex | undefined,
  ) {
    this.unkId = BigInt(manifest.tokenizer.unk_id)
    this.lexiconSpec = manifest.lexicon
    if (this.lexiconSpec && !lexicon) throw new Error('the manifest names a lexicon but none was given')
  }

  get lexiconWidth(): number {
    return this.lexiconSpec ? 3 * this.lexiconSpec.categories.length : 0
  }

  /** `chars` are normalized code points (each a string). */
  encode(chars: readonly string[]): WindowTokens {
    const n = chars.length
    const { bos, eos } = this.manifest.tokenizer
    const charIds = new BigInt64Array(n)
    const bigramLeftIds = new BigInt64Array(n)
    const bigramRightIds = new BigInt64Array(n)
    for (let i = 0; i < n; i++) {
      const c = chars[i]!
      const prev = i > 0 ? chars[i - 1]! : bos
      const next = i < n - 1 ? chars[i + 1]! : eos
      charIds[i] = this.idOf(this.vocab, c)
      bigramLeftIds[i] = this.idOf(this.bigrams, prev + c)
      bigramRightIds[i] = this.idOf(this.bigrams, c + next)
    }
    const tokens: WindowTokens = { charIds, bigramLeftIds, bigramRightIds }
    if (this.lexiconSpec) Object.assign(tokens, this.lexiconFeatures(chars))
    return tokens
  }

  private idOf(table: WordLookup, key: string): bigint {
    const id = table.get(key)
    return id === undefined ? this.unkId : BigInt(id)
  }

  /**
   * B/M/E blocks for every lexicon word found in the window (contract step 5) and, for models that
   * embed words, each character's B/M/E word rows: the longest word in each slot, a tie going to the
   * word that starts first (words are visited by start, then length, and only a longer one replaces).
   */
  private lexiconFeatures(chars: readonly string[]): Pick<WindowTokens, 'lexiconFeats' | 'lexiconWordIds'> {
    const spec = this.lexiconSpec!
    const k = spec.categories.length
    const width = 3 * k
    const n = chars.length
    const feats = new Float32Array(n * width)
    const wordIds = spec.word_slots ? new BigInt64Array(n * 3) : undefined
    const slotLength = wordIds ? new Uint8Array(n * 3) : undefined
    const offer = (j: number, slot: number, length: number, row: number) => {
      const cell = j * 3 + slot
      if (length > slotLength![cell]!) {
        slotLength![cell] = length
        wordIds![cell] = BigInt(row)
      }
    }
    for (let s = 0; s < n; s++) {
      let word = ''
      let hash = EMPTY_HASH
      for (let e = s + 1; e <= Math.min(n, s + spec.max_len); e++) {
        const c = chars[e - 1]!
        word += c
        for (let u = 0; u < c.length; u++) hash = extendHash(hash, c.charCodeAt(u))
        if (e - s < spec.min_len) continue
        const value = this.lexicon!.find(word, hash)
        if (value === undefined) continue
        const mask = lexiconMask(value)
        for (let bit = 0; bit < k; bit++) {
          if ((mask & (1 << bit)) === 0) continue
          feats[s * width + bit] = 1
          feats[(e - 1) * width + 2 * k + bit] = 1
          for (let j = s + 1; j < e - 1; j++) feats[j * width + k + bit] = 1
        }
        const row = lexiconRow(value)
        if (wordIds && row > 0) {
          offer(s, 0, e - s, row)
          for (let j = s + 1; j < e - 1; j++) offer(j, 1, e - s, row)
          offer(e - 1, 2, e - s, row)
        }
      }
    }
    return wordIds ? { lexiconFeats: feats, lexiconWordIds: wordIds } : { lexiconFeats: feats }
  }
}
