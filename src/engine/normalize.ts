// Text normalization with an offset map (contract steps 1-2).
// The model sees normalized code points; every kept code point remembers where it came from in the
// original string (UTF-16 code units), so entities can be reported against the text the user typed.
import type { Normalization } from './manifest'
import { NerError } from './types'

/** One code point as the model sees it, with its place in the original string. */
export interface TextUnit {
  /** Normalized code point, as a string (1 or 2 UTF-16 code units). */
  char: string
  /** UTF-16 offset of the original code point. */
  start: number
  /** UTF-16 offset just after the original code point and the combining marks attached to it (step 1). */
  end: number
  /** The original code point ends a sentence (。！？；… or a line break). */
  sentenceEnd: boolean
  /** The original code point is a line break (the \n of a \r\n pair is not: the pair is one break). */
  lineBreak: boolean
  /** The original code point is whitespace (mapped to `whitespace_to`). */
  whitespace: boolean
}

// Whitespace code points, exactly as listed in the contract.
const WHITESPACE = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
])

const LINE_BREAKS = new Set<number>([0x0a, 0x0d, 0x85, 0x2028, 0x2029])

// Sentence ends where windows may be cut cleanly. Half-width !?; are included because the user's
// text may not be normalized; line breaks end a sentence too.
const SENTENCE_END = new Set<number>([
  0x3002 /* 。 */, 0xff01 /* ！ */, 0xff1f /* ？ */, 0xff1b /* ； */, 0x2026 /* … */,
  0x21 /* ! */, 0x3f /* ? */, 0x3b /* ; */,
  0x0a, 0x0d, 0x2028, 0x2029, 0x85,
])

export interface Normalizer {
  /**
   * Maps one original code point; null when the code point is dropped. `simplified` is its Simplified form
   * from a phrase (see `phraseAt`), which then stands in for the character table.
   */
  mapCodePoint(cp: number, simplified?: number): number | null
  /** The Simplified code points of the longest phrase of the folder's phrase table at `text[i]`, if any. */
  phraseAt?(text: string, i: number, to: number): number[] | undefined
  /** Straight double quotes become “ and ” by turns (normalizedUnits keeps the count). */
  pairsStraightQuotes?: boolean
}

/** A straight double quote once normalized (" → ＂). */
const STRAIGHT_QUOTE = 0xff02
const OPENING_QUOTE = 0x201c
const CLOSING_QUOTE = 0x201d

/**
 * The model folder's Traditional→Simplified table (`traditional<TAB>simplified`, one code point each,
 * generated from opencc-js by scripts/make-t2s-table.mjs). One code point to one keeps offsets exact.
 */
export function parseT2sTable(text: string): Map<number, number> {
  const table = new Map<number, number>()
  for (const line of text.split('\n')) {
    const [traditional, simplified] = line.split('\t')
    if (traditional && simplified) table.set(traditional.codePointAt(0)!, simplified.codePointAt(0)!)
  }
  return table
}

/**
 * The model folder's Traditional→Simplified phrases (`t2s_phrase_file`, `traditional<TAB>simplified`, the two
 * of equal length): words the character table alone gets wrong, 傢俱 → 家具 (not 家俱), 乾淨 → 干净.
 */
export class PhraseTable {
  /** Traditional phrase → its Simplified code points. */
  private readonly phrases = new Map<string, number[]>()
  /** Code points that start a phrase: most units start none and are passed at once. */
  private readonly firsts = new Set<number>()
  private longest = 0

  constructor(text: string) {
    for (const line of text.split('\n')) {
      const [traditional, simplified] = line.split('\t')
      if (!traditional || !simplified) continue
      const from = Array.from(traditional, (c) => c.codePointAt(0)!)
      const to = Array.from(simplified, (c) => c.codePointAt(0)!)
      if (from.length !== to.length || from.length < 2) throw new NerError('MODEL', `phrase table: "${line}" is not two phrases of equal length`)
      this.phrases.set(traditional, to)
      this.firsts.add(from[0]!)
      this.longest = Math.max(this.longest, from.length)
    }
  }

  /** Contract step 2: the longest phrase whose code points start at `text[i]` and end by `to`. */
  at(text: string, i: number, to: number): number[] | undefined {
    if (!this.firsts.has(text.codePointAt(i)!)) return undefined
    const ends: number[] = []
    for (let j = i; j < to && ends.length < this.longest;) {
      j += text.codePointAt(j)! > 0xffff ? 2 : 1
      ends.push(j)
    }
    for (let n = ends.length; n >= 2; n--) {
      const simplified = this.phrases.get(text.slice(i, ends[n - 1]))
      if (simplified) return simplified
    }
    return undefined
  }
}

/**
 * Contract step 1: bidirectional formatting characters (LRM, RLM, ALM, the embeddings, overrides and
 * isolates) are dropped whatever the manifest's `drop` says. Invisible, they come with text copied from chat
 * apps, right-to-left pages or Windows' formatted dates, and were fed as an unknown unit inside a name
 * (李娜 with its RLM after it came back as 李娜‏; 李‏娜 was cut in two). Fixed, as in the pipeline.
 */
const BIDI_CONTROLS: ReadonlySet<number> = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])

export function createNormalizer(spec: Normalization, t2s?: ReadonlyMap<number, number>, phrases?: PhraseTable): Normalizer {
  const drop = new Set(spec.drop)
  const whitespaceTo = spec.whitespace_to
  const toFullwidth = spec.halfwidth_to_fullwidth
  return {
    pairsStraightQuotes: spec.pair_straight_quotes === true,
    phraseAt: phrases && ((text, i, to) => phrases.at(text, i, to)),
    mapCodePoint(original, simplified) {
      if (drop.has(original) || BIDI_CONTROLS.has(original)) return null
      const cp = simplified ?? t2s?.get(original) ?? original
      if (whitespaceTo !== null && whitespaceTo !== undefined && WHITESPACE.has(cp)) return whitespaceTo
      if (toFullwidth && cp >= 0x21 && cp <= 0x7e) return cp + 0xfee0
      return cp
    },
  }
}

/** Latin letters and digits after normalization (always full-width there): what words and numbers are made of. */
const LETTER = /^[\uFF21-\uFF3A\uFF41-\uFF5A]$/u
const DIGIT = /^[\uFF10-\uFF19]$/u
export function unitClass(char: string | undefined): 'letter' | 'digit' | undefined {
  return char === undefined ? undefined : LETTER.test(char) ? 'letter' : DIGIT.test(char) ? 'digit' : undefined
}

export function isWhitespaceCodePoint(cp: number): boolean {
  return WHITESPACE.has(cp)
}

/**
 * Contract step 1: combining marks and variation selectors belong to the code point before them. Text in
 * decomposed form (macOS pastes pinyin's Jìnpíng as i + U+0300) or with a glyph variant (葛 + U+E0100) would
 * otherwise feed the model a mark it never saw in the middle of a name. Fixed ranges, not \p{Mn}, so the
 * engine and the pipeline agree whatever Unicode version each runtime knows.
 */
const ATTACHED_MARKS: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xe0100, 0xe01ef],
]
export function isAttachedMark(cp: number): boolean {
  return ATTACHED_MARKS.some(([first, last]) => cp >= first && cp <= last)
}

/**
 * Streams the normalized units of `text` without materializing the whole document: a 1,000,000-char
 * input yields one small object at a time. Lone surrogates are passed through as single code units
 * (the model maps them to the unknown id), so any JavaScript string is accepted.
 */
export function* normalizedUnits(text: string, normalizer: Normalizer, from = 0, to = text.length): Generator<TextUnit> {
  // Text typed with an English keyboard layout quotes with "…": read as “…” (the MSRA dev block with its
  // quotes typed so scored 87.94, 88.84 paired), so a closing one stays with its sentence (windows.ts).
  let quoteOpen = false
  // The rest of a phrase matched at an earlier unit: its Simplified code points, in order.
  let phrase: number[] = []
  let inPhrase = 0
  let i = from
  while (i < to) {
    const cp = text.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    if (isAttachedMark(cp)) {
      // Not after a kept code point (that one took it below): at the start, or after a dropped one.
      i += width
      continue
    }
    if (inPhrase >= phrase.length) {
      phrase = normalizer.phraseAt?.(text, i, to) ?? []
      inPhrase = 0
    }
    let mapped = normalizer.mapCodePoint(cp, phrase[inPhrase++])
    if (LINE_BREAKS.has(cp)) quoteOpen = false
    if (mapped === STRAIGHT_QUOTE && normalizer.pairsStraightQuotes) {
      mapped = quoteOpen ? CLOSING_QUOTE : OPENING_QUOTE
      quoteOpen = !quoteOpen
    }
    let end = i + width
    if (mapped !== null) {
      // The marks right after a kept code point are part of it: not fed, inside its offsets.
      for (let mark = text.codePointAt(end); end < to && isAttachedMark(mark!); mark = text.codePointAt(end)) end += mark! > 0xffff ? 2 : 1
      yield {
        char: String.fromCodePoint(mapped),
        start: i,
        end,
        sentenceEnd: SENTENCE_END.has(cp),
        lineBreak: LINE_BREAKS.has(cp) && !(cp === 0x0a && text.charCodeAt(i - 1) === 0x0d),
        whitespace: WHITESPACE.has(cp),
      }
    }
    i = end
  }
}
