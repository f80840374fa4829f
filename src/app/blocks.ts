// Splitting a document into analysis blocks. Live analysis caches results per block text, so while a
// user types only the block under the cursor runs through the model again. A block is one line, or the
// lines of a hard-wrapped paragraph (text pasted from a PDF or an e-mail), which the engine reads as one
// (src/engine/windows.ts, unwrapLines); a block longer than `maxBlockChars` is cut at sentence ends
// (never mid-entity as long as there is punctuation; without it, at a space, after 的 or 了, or after a function
// character such as 也 or 之), so typing in a 100,000-character single-line paste does not re-run the whole
// document. A line with none of these is cut at the limit, which may split a name.
import { isWhitespaceCodePoint, mayEndInWrap } from '../engine'

export interface TextBlock {
  /** UTF-16 offset of the block in the document. */
  start: number
  /** The block's slice of the document: its content plus the line breaks that follow it. */
  text: string
  /** What the model analyses (the content without trailing line breaks); also the cache key. */
  key: string
}

const DEFAULT_MAX_BLOCK_CHARS = 1000

const SENTENCE_MARK = /[。！？!?；;…]/
const CLOSING = /[”’」』）)》〉"'\]】]/
const SOFT_BREAK = /[，,、：:\s]/
/** Without punctuation or spaces, a cut right after one of these particles is the least likely to fall
 * inside a name (a cut inside one would leave each block a fragment: 人民大|会堂). */
const PARTICLE_BREAK = /[的了]/
/**
 * Without those either (classical Chinese, written without punctuation, has no 的 or 了): a cut right after a
 * function character. These are frequent in classical and modern prose and seldom stand inside a name, where a
 * cut after them would split it (at a name's end, 王羲之, 郭攸之, it does not). Best, in the block's second
 * half, those that end a clause: 也 矣 乎 哉 兮 (sentence-final), 曰 (says), 者; then any of them and 之 (of;
 * the most frequent, though it stands inside a few names, 王之涣), 而, 则/則, 亦, 皆, 与/與 and 及 (and), 在, 是.
 * Left out for the names they start or stand inside: 于/於 (于禁, 于谦; cutting before it instead would split
 * 单于, 淳于琼), 以 (以色列), 其 (其格), 所 (所罗门), 和 (和珅), 为. The limit stays hard (a block's model run
 * while typing, its cache). QA: a 1,000-character unpunctuated classical line was cut blind at the limit,
 * inside 诸葛|亮.
 */
const CLAUSE_END_BREAK = /[也矣乎哉兮曰者]/
const FUNCTION_CHARACTER_BREAK = /[也矣乎哉兮曰者之而则則亦皆与與及在是]/
/** Before a full stop that ends no sentence: an initial (J. K. Rowling, the last dot of U.S.A.) or a title
 * that comes before a name (Mr. Cook). */
const ABBREVIATION_BEFORE_STOP = /(?:^|[\s.])\p{L}$|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt)$/u

/** Whether `line[i]` may end a sentence. A Latin full stop does where whitespace follows it (after any
 * closing quotes), so an English paragraph is cut between sentences and 3.14 or example.com is not cut. */
function isSentenceEnd(line: string, i: number): boolean {
  if (line[i] !== '.') return SENTENCE_MARK.test(line[i] ?? '')
  let next = i + 1
  while (CLOSING.test(line[next] ?? '')) next++
  return /\s/u.test(line[next] ?? '') && !ABBREVIATION_BEFORE_STOP.test(line.slice(Math.max(0, i - 8), i))
}

const matches = (pattern: RegExp) => (line: string, i: number) => pattern.test(line[i] ?? '')

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Last index (exclusive) in [from, to) right after a char `isBreak` accepts (plus closing quotes). */
function lastBreakAfter(line: string, from: number, to: number, isBreak: (line: string, i: number) => boolean): number {
  for (let i = to - 1; i >= from; i--) {
    if (isBreak(line, i)) {
      let end = i + 1
      while (end < to && CLOSING.test(line[end] ?? '')) end++
      return end
    }
  }
  return -1
}

/** Lengths of the pieces a long line is cut into; each piece is at most `max` UTF-16 units. */
export function cutLongLine(line: string, max: number): number[] {
  const pieces: number[] = []
  let start = 0
  while (line.length - start > max) {
    const limit = start + max
    const preferredFrom = start + Math.floor(max / 2)
    let cut = lastBreakAfter(line, preferredFrom, limit, isSentenceEnd)
    if (cut < 0) cut = lastBreakAfter(line, start + 1, limit, isSentenceEnd)
    if (cut < 0) cut = lastBreakAfter(line, start + 1, limit, matches(SOFT_BREAK))
    if (cut < 0) cut = lastBreakAfter(line, start + 1, limit, matches(PARTICLE_BREAK))
    if (cut < 0) cut = lastBreakAfter(line, preferredFrom, limit, matches(CLAUSE_END_BREAK))
    if (cut < 0) cut = lastBreakAfter(line, start + 1, limit, matches(FUNCTION_CHARACTER_BREAK))
    if (cut < 0) {
      cut = limit
      // Never separate the two halves of a surrogate pair (emoji, rare CJK ideographs).
      if (isLowSurrogate(line.charCodeAt(cut))) cut--
    }
    pieces.push(cut - start)
    start = cut
  }
  pieces.push(line.length - start)
  return pieces
}

/** Blocks covering the whole document in order: concatenating their `text` gives back `doc`. */
export function splitIntoBlocks(doc: string, maxBlockChars = DEFAULT_MAX_BLOCK_CHARS): TextBlock[] {
  return resplit(null, doc, maxBlockChars).blocks as TextBlock[] // a new array: nothing else holds it
}

/** A document's blocks, kept so that the next version of the document is split anew only where it changed. */
export interface BlockSplit {
  doc: string
  maxBlockChars: number
  /** What `splitIntoBlocks(doc, maxBlockChars)` gives. */
  blocks: readonly TextBlock[]
  /** Index in `blocks` of the first block of each paragraph (the line or lines cut together), in order. */
  paragraphs: readonly number[]
}

/**
 * `splitIntoBlocks(doc)`, reusing `previous` (the split of an earlier version of the document): its paragraphs
 * before the edit are kept as they are (the same block objects), those after it are taken over shifted by the
 * edit's length, and only the paragraphs around the edit are split again. Typing in a 1,000,000-character
 * document re-splits one paragraph, not the whole text.
 */
export function resplit(previous: BlockSplit | null, doc: string, maxBlockChars = DEFAULT_MAX_BLOCK_CHARS): BlockSplit {
  const old = previous?.maxBlockChars === maxBlockChars ? previous : null
  if (old?.doc === doc) return old
  const blocks: TextBlock[] = []
  const paragraphs: number[] = []
  let pos = 0
  let syncFrom = Infinity
  if (old) {
    const prefix = commonPrefixLength(old.doc, doc)
    syncFrom = doc.length - commonSuffixLength(old.doc, doc, Math.min(old.doc.length, doc.length) - prefix)
    // A paragraph reads its text, its line breaks and one code point after them and the form feeds before it
    // (paragraphEnd): one that ends at least two code units before the first change, past those, splits as before.
    const starts = old.paragraphs
    let kept = 0
    const readsTo = (end: number) => formFeedsEnd(old.doc, end) + 2
    while (kept < starts.length && readsTo(paragraphEndIn(old, kept)) <= prefix) kept++
    const firstNew = kept < starts.length ? starts[kept]! : old.blocks.length
    for (let i = 0; i < kept; i++) paragraphs.push(starts[i]!)
    for (let i = 0; i < firstNew; i++) blocks.push(old.blocks[i]!)
    pos = firstNew < old.blocks.length ? old.blocks[firstNew]!.start : 0
  }
  while (pos < doc.length) {
    // Past the edit, a paragraph that starts where one started before splits as before (a paragraph reads
    // forwards only), and so do all those after it.
    const same = old && pos >= syncFrom ? paragraphStartingAt(old, pos - (doc.length - old.doc.length)) : -1
    if (same >= 0) {
      const shift = doc.length - old!.doc.length
      const offset = blocks.length - old!.paragraphs[same]!
      for (let k = same; k < old!.paragraphs.length; k++) paragraphs.push(old!.paragraphs[k]! + offset)
      for (let i = old!.paragraphs[same]!; i < old!.blocks.length; i++) {
        const block = old!.blocks[i]!
        blocks.push(shift === 0 ? block : { start: block.start + shift, text: block.text, key: block.key })
      }
      break
    }
    paragraphs.push(blocks.length)
    pos = splitParagraph(doc, pos, maxBlockChars, blocks)
  }
  return { doc, maxBlockChars, blocks, paragraphs }
}

/** Where paragraph `k` of `split` ends, its line breaks included. */
function paragraphEndIn(split: BlockSplit, k: number): number {
  const next = split.paragraphs[k + 1]
  return next === undefined ? split.doc.length : split.blocks[next]!.start
}

/** The index of the paragraph of `split` that starts at `offset`, or -1. */
function paragraphStartingAt(split: BlockSplit, offset: number): number {
  const starts = split.paragraphs
  let lo = 0
  let hi = starts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const start = split.blocks[starts[mid]!]!.start
    if (start === offset) return mid
    if (start < offset) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** Chunks compared at once while looking for where two versions of a document differ (a native comparison). */
const COMPARE_CHUNK = 2048

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i + COMPARE_CHUNK <= n && a.slice(i, i + COMPARE_CHUNK) === b.slice(i, i + COMPARE_CHUNK)) i += COMPARE_CHUNK
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** How many code units `a` and `b` end with in common, at most `max`. */
function commonSuffixLength(a: string, b: string, max: number): number {
  let i = 0
  while (i + COMPARE_CHUNK <= max && a.slice(a.length - i - COMPARE_CHUNK, a.length - i) === b.slice(b.length - i - COMPARE_CHUNK, b.length - i)) i += COMPARE_CHUNK
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++
  return i
}

/** Splits the paragraph starting at `pos` into `blocks`; returns where the next one starts. */
function splitParagraph(doc: string, pos: number, maxBlockChars: number, blocks: TextBlock[]): number {
  const lineEnd = paragraphEnd(doc, pos)
  let breakEnd = lineEnd
  while (breakEnd < doc.length && (doc[breakEnd] === '\n' || doc[breakEnd] === '\r')) breakEnd++
  const line = doc.slice(pos, lineEnd)
  const lengths = cutLongLine(line, maxBlockChars)
  let pieceStart = pos
  lengths.forEach((length, i) => {
    const isLast = i === lengths.length - 1
    const end = isLast ? breakEnd : pieceStart + length
    const key = doc.slice(pieceStart, pieceStart + length).replace(/\r+$/, '')
    blocks.push({ start: pieceStart, text: doc.slice(pieceStart, end), key })
    pieceStart = end
  })
  return breakEnd
}

/**
 * Where the line starting at `from` ends (before its line break), running on over the next line while the
 * break may be a wrap (mayBeWrap). The engine decides for good; joining a line it does not unwrap changes nothing.
 */
function paragraphEnd(doc: string, from: number): number {
  let lineStart = from
  for (;;) {
    const newline = doc.indexOf('\n', lineStart)
    if (newline < 0) return doc.length
    if (!mayBeWrap(doc, newline, lineStart)) return lineEndBefore(doc, newline, lineStart)
    lineStart = newline + 1
  }
}

/** Where the line starts whose line break is the \n at `newline`. */
function lineStartBefore(doc: string, newline: number): number {
  return newline > 0 ? doc.lastIndexOf('\n', newline - 1) + 1 : 0
}

/** Where the line ends whose line break is the \n at `newline` (before the \r of a \r\n). */
function lineEndBefore(doc: string, newline: number, lineStart: number): number {
  return newline > lineStart && doc[newline - 1] === '\r' ? newline - 1 : newline
}

/**
 * Whether the line break at `newline` (a \n, of \n or \r\n) may be a wrap the engine reads through
 * (windows.ts, unwrapLines): the line before it (from `lineStart`) may end in one (mayEndInWrap) and the
 * next line starts right away (no blank line, no indent). The app's one reading of line breaks: paragraphs
 * here, sentences for the name pairs and the CoNLL export. It may take a short line (8 to 19 characters)
 * for a wrap where the engine, which also compares it with the lines around it, does not.
 */
export function mayBeWrap(doc: string, newline: number, lineStart = lineStartBefore(doc, newline)): boolean {
  // Form feeds are not read (contract step 1): pdftotext starts each page with one, right after a line break.
  const next = doc.codePointAt(formFeedsEnd(doc, newline + 1))
  return next !== undefined && !isWhitespaceCodePoint(next) && mayEndInWrap(doc.slice(lineStart, lineEndBefore(doc, newline, lineStart)))
}

/** Where the form feeds from `at` on end (`at` itself when there are none). */
function formFeedsEnd(doc: string, at: number): number {
  while (doc.charCodeAt(at) === 0x0c) at++
  return at
}

/** Whether a block has anything for the model to look at. */
export function needsAnalysis(block: TextBlock): boolean {
  return block.key.trim().length > 0
}
