// The lexicon (`word<TAB>mask` per line, hundreds of thousands of lines) as an open-addressing hash
// table over the file's own text: loading allocates no string per word, so a large lexicon costs
// tens of milliseconds at session start instead of hundreds (a Map of 300,000 strings).

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
  /** Category bitmask of a word, or undefined when the lexicon does not have it. */
  get(word: string): number | undefined
}

export class LexiconIndex implements WordLookup {
  /** Slot → offset of the word's line in `text`, plus one (0 = empty slot). */
  private readonly lineStarts: Int32Array
  private readonly wordLengths: Int32Array
  private readonly masks: Int32Array
  private readonly slotMask: number
  readonly size: number

  constructor(private readonly text: string) {
    let lines = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
    let slots = 16
    while (slots < lines * 2) slots *= 2
    this.slotMask = slots - 1
    this.lineStarts = new Int32Array(slots)
    this.wordLengths = new Int32Array(slots)
    this.masks = new Int32Array(slots)
    let size = 0
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start)
      if (end < 0) end = text.length
      const tab = text.lastIndexOf('\t', end - 1)
      if (tab > start) {
        const mask = leadingInteger(text, tab + 1, end)
        if (mask > 0 && this.insert(start, tab - start, mask)) size++
      }
      start = end + 1
    }
    this.size = size
  }

  get(word: string): number | undefined {
    return this.find(word, hashOf(word, 0, word.length))
  }

  /** Lookup with a hash the caller computed with extendHash over `word`'s code units. */
  find(word: string, hash: number): number | undefined {
    for (let slot = hash & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const lineStart = this.lineStarts[slot]!
      if (lineStart === 0) return undefined
      if (this.wordLengths[slot] === word.length && this.text.startsWith(word, lineStart - 1)) return this.masks[slot]
    }
  }

  /** Returns true for a new word; a repeated word takes the later line's mask, as a Map would. */
  private insert(start: number, length: number, mask: number): boolean {
    const hash = hashOf(this.text, start, start + length)
    for (let slot = hash & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const lineStart = this.lineStarts[slot]!
      if (lineStart === 0) {
        this.lineStarts[slot] = start + 1
        this.wordLengths[slot] = length
        this.masks[slot] = mask
        return true
      }
      if (this.wordLengths[slot] === length && this.text.startsWith(this.text.slice(start, start + length), lineStart - 1)) {
        this.masks[slot] = mask
        return false
      }
    }
  }
}

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
