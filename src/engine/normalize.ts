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
  /** The original code point is a tab: a table's column separator, which no name crosses and which, like a line
   *  break, ends letter and word spacing (windows.ts). */
  tab: boolean
  /** The original code point is an emoji or pictographic symbol, fed as a space (step 1) and never inside a name. */
  pictograph: boolean
}

// Whitespace code points, exactly as listed in the contract.
const WHITESPACE = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
])

const LINE_BREAKS = new Set<number>([0x0a, 0x0d, 0x85, 0x2028, 0x2029])
const IDEOGRAPHIC_SPACE = 0x3000

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

/**
 * Contract step 1: a form feed is dropped too. pdftotext starts each page with one, right after the last line break
 * of the page before: read as the next line's indent, it kept a sentence broken over two pages from being joined,
 * and a name there was cut in two (谭\n\f德塞 -> 谭 + 德塞, QA). Dropped, the break before it is a wrap like any other.
 */
const FORM_FEED = 0x0c

/**
 * Contract step 1: other invisible characters are dropped as well, as hexadecimal code points and inclusive ranges:
 * format characters (invisible operators U+2061-2064, deprecated format controls, interlinear annotation marks,
 * Egyptian and shorthand format controls, the language tag, Brahmi and Kaithi number signs, musical formatting), the
 * object replacement character a rich-text paste leaves for an image (U+FFFC), and the blanks used as invisible
 * padding (braille blank U+2800, Hangul fillers, the Mongolian vowel separator). Fed, the model read each as an unknown
 * unit and took it into a name (张伟\u2061, \uFFA0李强: fuzzing, 49 code points). Fixed ranges, not \p{Cf}, so the
 * engine and the pipeline agree whatever Unicode version each runtime knows. The same string in the pipeline.
 * Kept `export`ed though only used here: training/tests/test_text.py finds the string by this declaration.
 * (Not the app's IGNORABLE_CHARS, mentions.ts: \p{Default_Ignorable_Code_Point}, for grouping names.)
 */
export const INVISIBLE = [
  '600-605 6DD 70F 8E2 115F 1160 180E 2061-2064 206A-206F 2800 3164 FFA0 FFF9-FFFC',
  '110BD 110CD 13430-1343F 1BCA0-1BCA3 1D173-1D17A E0001',
].join(' ')

/**
 * Emoji and pictographic symbols, as hexadecimal code points and inclusive ranges: fed as a space (contract step 1,
 * below) and never inside a name (contract step 7a, decode.ts).
 * Unicode 17.0's Extended_Pictographic (emoji-data.txt) with the emoji modifiers U+1F3FB-1F3FF (skin tones), the
 * regional indicators U+1F1E6-1F1FF (flags), ZWJ U+200D, the variation selectors U+FE0E-FE0F, the combining keycap
 * U+20E3 and the tag characters U+E0020-E007F (subdivision flags); generated once with Node 20's
 * \p{Extended_Pictographic}, so that every browser and the pipeline read the same set (test/unit/engine/decode.test.ts
 * and training/tests/test_text.py check it). Weibo-style text puts them right after names ("张伟👍"), and the
 * model, which never saw one in MSRA, took them in.
 */
export const PICTOGRAPHIC = [
  'A9 AE 200D 203C 2049 20E3 2122 2139 2194-2199 21A9-21AA 231A-231B 2328 23CF 23E9-23F3 23F8-23FA 24C2',
  '25AA-25AB 25B6 25C0 25FB-25FE 2600-2604 260E 2611 2614-2615 2618 261D 2620 2622-2623 2626 262A',
  '262E-262F 2638-263A 2640 2642 2648-2653 265F-2660 2663 2665-2666 2668 267B 267E-267F 2692-2697 2699',
  '269B-269C 26A0-26A1 26A7 26AA-26AB 26B0-26B1 26BD-26BE 26C4-26C5 26C8 26CE-26CF 26D1 26D3-26D4',
  '26E9-26EA 26F0-26F5 26F7-26FA 26FD 2702 2705 2708-270D 270F 2712 2714 2716 271D 2721 2728 2733-2734',
  '2744 2747 274C 274E 2753-2755 2757 2763-2764 2795-2797 27A1 27B0 27BF 2934-2935 2B05-2B07 2B1B-2B1C',
  '2B50 2B55 3030 303D 3297 3299 FE0E-FE0F 1F004 1F02C-1F02F 1F094-1F09F 1F0AF-1F0B0 1F0C0 1F0CF-1F0D0',
  '1F0F6-1F0FF 1F170-1F171 1F17E-1F17F 1F18E 1F191-1F19A 1F1AE-1F1FF 1F201-1F20F 1F21A 1F22F',
  '1F232-1F23A 1F23C-1F23F 1F249-1F25F 1F266-1F321 1F324-1F393 1F396-1F397 1F399-1F39B 1F39E-1F3F0',
  '1F3F3-1F3F5 1F3F7-1F4FD 1F4FF-1F53D 1F549-1F54E 1F550-1F567 1F56F-1F570 1F573-1F57A 1F587',
  '1F58A-1F58D 1F590 1F595-1F596 1F5A4-1F5A5 1F5A8 1F5B1-1F5B2 1F5BC 1F5C2-1F5C4 1F5D1-1F5D3',
  '1F5DC-1F5DE 1F5E1 1F5E3 1F5E8 1F5EF 1F5F3 1F5FA-1F64F 1F680-1F6C5 1F6CB-1F6D2 1F6D5-1F6E5 1F6E9',
  '1F6EB-1F6F0 1F6F3-1F6FF 1F7DA-1F7FF 1F80C-1F80F 1F848-1F84F 1F85A-1F85F 1F888-1F88F 1F8AE-1F8AF',
  '1F8BC-1F8BF 1F8C2-1F8CF 1F8D9-1F8FF 1F90C-1F93A 1F93C-1F945 1F947-1F9FF 1FA58-1FA5F 1FA6E-1FAFF',
  '1FC00-1FFFD E0020-E007F',
].join(' ')

/** A character class of the hexadecimal code points and ranges of `list`. */
export function codePointClass(list: string): RegExp {
  return new RegExp(`^[${list.replace(/[0-9A-F]+/g, (hex) => `\\u{${hex}}`).replace(/ /g, '')}]$`, 'u')
}

/** The inclusive ranges of the hexadecimal code points and ranges of `list`, in order. */
function codePointRanges(list: string): Array<readonly [number, number]> {
  return list.split(' ').map((range) => {
    const [first, last = first] = range.split('-').map((hex) => Number.parseInt(hex, 16))
    return [first!, last!] as const
  })
}

const PICTOGRAPHIC_RANGES = codePointRanges(PICTOGRAPHIC)
const INVISIBLE_UNIT = codePointClass(INVISIBLE)

/**
 * Contract step 1: an emoji or pictographic symbol is fed as a space (the manifest's `whitespace_to`), and a run of
 * them as one: the model, which never saw them, read one as an unknown unit and lost or cut the names beside it.
 * Fifteen names with seven emoji before or after them (QA, 2026-12-06): whole in 121 of 210 as written, 182 with
 * the emoji taken out or made a space; a space keeps 刘德华🎤张学友 two names. Fixed, as in the pipeline.
 */
export function isPictographic(cp: number): boolean {
  let low = 0
  let high = PICTOGRAPHIC_RANGES.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = PICTOGRAPHIC_RANGES[middle]!
    if (cp < first) high = middle - 1
    else if (cp > last) low = middle + 1
    else return true
  }
  return false
}

/**
 * Contract step 2: the other dots written between the parts of a foreign name, as hexadecimal code points: the bullet
 * U+2022, Taiwan's U+2027, the bullet operator U+2219, the dot operator U+22C5, the katakana middle dot U+30FB and its
 * half-width form U+FF65. Each is fed as the middle dot U+00B7, one code point for one (offsets unchanged): U+2027
 * and U+22C5 are in neither model's vocabulary (an unknown unit), and the others are read apart from U+00B7 (QA, 8
 * names each: the fine-grained model found 4 whole with U+00B7, 2 or 3 of them missed with the others). Fixed, as
 * in the pipeline (NAME_DOT_FORMS in training/shiti_train/text.py, compared by a pipeline test).
 */
export const NAME_DOT_FORMS = '2022 2027 2219 22C5 30FB FF65'
const NAME_DOT_FORM = codePointClass(NAME_DOT_FORMS)
const MIDDLE_DOT = 0xb7

export function createNormalizer(spec: Normalization, t2s?: ReadonlyMap<number, number>, phrases?: PhraseTable): Normalizer {
  const drop = new Set(spec.drop)
  const whitespaceTo = spec.whitespace_to
  const toFullwidth = spec.halfwidth_to_fullwidth
  const pictographTo = whitespaceTo ?? IDEOGRAPHIC_SPACE
  return {
    pairsStraightQuotes: spec.pair_straight_quotes === true,
    phraseAt: phrases && ((text, i, to) => phrases.at(text, i, to)),
    mapCodePoint(original, simplified) {
      if (drop.has(original) || BIDI_CONTROLS.has(original) || original === FORM_FEED || INVISIBLE_UNIT.test(String.fromCodePoint(original))) return null
      if (isPictographic(original)) return pictographTo
      const cp = simplified ?? t2s?.get(original) ?? original
      if (NAME_DOT_FORM.test(String.fromCodePoint(cp))) return MIDDLE_DOT
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
function isAttachedMark(cp: number): boolean {
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
  // The last unit fed was an emoji's space.
  let afterPictograph = false
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
    const pictograph = mapped !== null && isPictographic(cp)
    if (pictograph && afterPictograph) mapped = null // one space for a run (👨‍👩‍👧, 😂😂😂)
    if (mapped !== null) {
      afterPictograph = pictograph
      // The marks right after a kept code point are part of it: not fed, inside its offsets.
      for (let mark = text.codePointAt(end); end < to && isAttachedMark(mark!); mark = text.codePointAt(end)) end += mark! > 0xffff ? 2 : 1
      yield {
        char: String.fromCodePoint(mapped),
        start: i,
        end,
        sentenceEnd: SENTENCE_END.has(cp),
        lineBreak: LINE_BREAKS.has(cp) && !(cp === 0x0a && text.charCodeAt(i - 1) === 0x0d),
        whitespace: pictograph || WHITESPACE.has(cp),
        tab: cp === 0x09,
        pictograph,
      }
    }
    i = end
  }
}
