// Vocabularies and the lexicon are text files of up to hundreds of thousands of lines. They are looked
// up through an open-addressing hash table over the file's own text: loading allocates no string per
// line, so a large file costs tens of milliseconds at session start instead of the hundreds a Map of
// 300,000 strings takes.

/** FNV-1a over UTF-16 code units. `extendHash` lets the tokenizer hash a growing substring. */
export const EMPTY_HASH = 0x811c9dc5
export function extendHash(hash: number, codeUnit: number): number {
  return Math.imul(hash ^ codeUnit, 0x01000193) >>> 0
}

function hashOf(text: string, from: number, to: number): number {
  let h = EMPTY_HASH
  for (let i = from; i < to; i++) h = extendHash(h, text.charCodeAt(i))
  return h
}

export interface WordLookup {
  /** The value stored for `key`, or undefined. */
  get(key: string): number | undefined
}

/** How one line becomes a key (the line's first `keyLength` code units) and a value; null skips it. */
type LineReader = (text: string, start: number, end: number, lineNumber: number) => { keyLength: number; value: number } | null

export class LineIndex implements WordLookup {
  /** Slot → offset of the key's line in `text`, plus one (0 = empty slot). */
  private readonly lineStarts: Int32Array
  private readonly keyLengths: Int32Array
  private readonly values: Int32Array
  private readonly slotMask: number
  readonly size: number

  /** `keepFirst`: a repeated key keeps its first value (vocabulary ids) instead of its last (lexicon). */
  constructor(private readonly text: string, read: LineReader, keepFirst: boolean) {
    let lines = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
    let slots = 16
    while (slots < lines * 2) slots *= 2
    this.slotMask = slots - 1
    this.lineStarts = new Int32Array(slots)
    this.keyLengths = new Int32Array(slots)
    this.values = new Int32Array(slots)
    let size = 0
    for (let start = 0, lineNumber = 0; start < text.length; lineNumber++) {
      let end = text.indexOf('\n', start)
      if (end < 0) end = text.length
      const entry = read(text, start, end, lineNumber)
      if (entry && this.insert(start, entry.keyLength, entry.value, keepFirst)) size++
      start = end + 1
    }
    this.size = size
  }

  get(key: string): number | undefined {
    return this.find(key, hashOf(key, 0, key.length))
  }

  /** Lookup with a hash the caller computed with extendHash over `key`'s code units. */
  find(key: string, hash: number): number | undefined {
    for (let slot = hash & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const lineStart = this.lineStarts[slot]!
      if (lineStart === 0) return undefined
      if (this.keyLengths[slot] === key.length && this.text.startsWith(key, lineStart - 1)) return this.values[slot]
    }
  }

  /** Returns true for a new key. */
  private insert(start: number, length: number, value: number, keepFirst: boolean): boolean {
    const hash = hashOf(this.text, start, start + length)
    for (let slot = hash & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const lineStart = this.lineStarts[slot]!
      if (lineStart === 0) {
        this.lineStarts[slot] = start + 1
        this.keyLengths[slot] = length
        this.values[slot] = value
        return true
      }
      if (this.keyLengths[slot] === length && this.text.startsWith(this.text.slice(start, start + length), lineStart - 1)) {
        if (!keepFirst) this.values[slot] = value
        return false
      }
    }
  }
}

/** A vocabulary file: one token per line, line index = id. Only "\n" separates lines, because tokens
 *  themselves may be whitespace such as U+3000. */
export function vocabIndex(text: string): LineIndex {
  return new LineIndex(text, (_t, start, end, lineNumber) => ({ keyLength: end - start, value: lineNumber }), true)
}

/**
 * The lexicon: `word<TAB>mask` or `word<TAB>mask<TAB>row` per line; lines without a tab or a positive
 * mask are skipped. One number per word holds both: the category mask in the low 8 bits, the
 * word-embedding row (0 = none) above them (see `lexiconMask`, `lexiconRow`).
 */
export function lexiconIndex(text: string): LineIndex {
  return new LineIndex(text, (t, start, end) => {
    const tab = t.indexOf('\t', start)
    if (tab <= start || tab >= end) return null
    const mask = leadingInteger(t, tab + 1, end)
    if (mask <= 0 || mask > 0xff) return null
    const tab2 = t.indexOf('\t', tab + 1)
    const row = tab2 >= 0 && tab2 < end ? leadingInteger(t, tab2 + 1, end) : 0
    return { keyLength: tab - start, value: mask + row * 256 }
  }, false)
}

export const lexiconMask = (value: number): number => value & 0xff
export const lexiconRow = (value: number): number => Math.floor(value / 256)

/** The decimal digits at `from` (like parseInt: stops at the first non-digit); 0 if there are none. */
function leadingInteger(text: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) break
    value = value * 10 + digit
  }
  return value
}
