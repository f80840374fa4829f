// Splitting a document into analysis blocks. Live analysis caches results per block text, so while a
// user types only the block under the cursor runs through the model again. A block is one line, or the
// lines of a hard-wrapped paragraph (text pasted from a PDF or an e-mail), which the engine reads as one
// (src/engine/windows.ts, unwrapLines); a block longer than `maxBlockChars` is cut at sentence ends
// (never mid-entity as long as there is punctuation; without it, at a space or after 的 or 了), so typing in a 100,000-character single-line paste
// does not re-run the whole document.
import { isWhitespaceCodePoint } from '../engine/normalize'
import { mayEndInWrap } from '../engine/windows'

export interface TextBlock {
  /** UTF-16 offset of the block in the document. */
  start: number
  /** The block's slice of the document: its content plus the line breaks that follow it. */
  text: string
  /** What the model analyses (the content without trailing line breaks); also the cache key. */
  key: string
}

export const DEFAULT_MAX_BLOCK_CHARS = 1000

const SENTENCE_MARK = /[。！？!?；;…]/
const CLOSING = /[”’」』）)》〉"'\]】]/
const SOFT_BREAK = /[，,、：:\s]/
/** Without punctuation or spaces, a cut right after one of these particles is the least likely to fall
 * inside a name (a cut inside one would leave each block a fragment: 人民大|会堂). */
const PARTICLE_BREAK = /[的了]/
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
  const blocks: TextBlock[] = []
  let pos = 0
  while (pos < doc.length) {
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
    pos = breakEnd
  }
  return blocks
}

/**
 * Where the line starting at `from` ends (before its line break), running on over the next line while the
 * break looks like a wrap: one break (\n or \r\n) after a line that may end in one, with the next line
 * starting right away. The engine decides for good; joining a line it does not unwrap changes nothing.
 */
function paragraphEnd(doc: string, from: number): number {
  let lineStart = from
  for (;;) {
    const newline = doc.indexOf('\n', lineStart)
    if (newline < 0) return doc.length
    const lineEnd = newline > lineStart && doc[newline - 1] === '\r' ? newline - 1 : newline
    const next = doc.codePointAt(newline + 1)
    if (next === undefined || isWhitespaceCodePoint(next) || !mayEndInWrap(doc.slice(lineStart, lineEnd))) return lineEnd
    lineStart = newline + 1
  }
}

/** Whether a block has anything for the model to look at. */
export function needsAnalysis(block: TextBlock): boolean {
  return block.key.trim().length > 0
}
