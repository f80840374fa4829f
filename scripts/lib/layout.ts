// Lays labelled sentences out the way users' text arrives (`npm run eval -- --join ... --wrap N
// --letter-spaced`): consecutive sentences joined into documents, optionally letter-spaced (a space between
// two characters of a line, as pdf.js extracts a PDF set with letter spacing) and hard-wrapped, with the
// gold spans moved along.
// Corpora hold one sentence per line; users paste paragraphs, indented articles and PDF text.
import type { GoldSentence, GoldSpan } from './gold'
import { findFurniture } from '../../src/app/pdfPages'

export type JoinStyle = 'none' | 'newline' | 'space' | 'indent'
export const JOIN_STYLES: JoinStyle[] = ['none', 'newline', 'space', 'indent']

const SEPARATORS: Record<JoinStyle, string> = { none: '', newline: '\n', space: ' ', indent: '\n\u3000\u3000' }

export interface LaidOutDocument {
  text: string
  /** Every sentence's gold spans, in the document's UTF-16 offsets. */
  spans: GoldSpan[]
}

/** Joins consecutive sentences into documents of at most `maxChars` characters (a longer sentence goes alone). */
export function* joinSentences(sentences: Iterable<GoldSentence>, style: JoinStyle, maxChars: number): Generator<GoldSentence[]> {
  const separator = SEPARATORS[style]
  let group: GoldSentence[] = []
  let length = 0
  for (const sentence of sentences) {
    if (group.length > 0 && length + separator.length + sentence.text.length > maxChars) {
      yield group
      group = []
      length = 0
    }
    length += (group.length > 0 ? separator.length : 0) + sentence.text.length
    group.push(sentence)
  }
  if (group.length > 0) yield group
}

/**
 * One document from a group of sentences: joined in `style` (an indented article's first paragraph is
 * indented too), letter-spaced when `letterSpaced`, a space between the corpus's words when `wordSpaced`, then, when `wrapAt` > 0, a line break inserted after
 * every `wrapAt` characters of a line (the spaces count).
 */
export function layOut(group: readonly GoldSentence[], style: JoinStyle, wrapAt = 0, letterSpaced = false, wordSpaced = false): LaidOutDocument {
  const plain = (style === 'indent' ? '\u3000\u3000' : '') + group.map((s) => s.text).join(SEPARATORS[style])
  // where a space goes before a word (wordSpaced): every word start of `plain` but a sentence's first
  const spaceBefore = new Set<number>()
  if (wordSpaced) {
    let base = style === 'indent' ? 2 : 0
    for (const s of group) {
      if (!s.wordStarts) throw new Error('word spacing needs a corpus that segments words (--format msra)')
      for (const start of s.wordStarts) if (start > 0) spaceBefore.add(base + start)
      base += s.text.length + SEPARATORS[style].length
    }
  }
  // where each character of `plain` lands in the laid-out text
  const at: number[] = []
  let text = ''
  let column = 0
  /** Appends `ch` (after a wrap if the line is full) and returns where it landed. */
  const put = (ch: string): number => {
    if (wrapAt > 0 && column === wrapAt && ch !== '\n') {
      text += '\n'
      column = 0
    }
    text += ch
    column = ch === '\n' ? 0 : column + 1
    return text.length - ch.length
  }
  let previous = '\n'
  for (const ch of plain) {
    if ((letterSpaced && previous !== '\n' && ch !== '\n') || spaceBefore.has(at.length)) put(' ')
    const where = put(ch)
    for (let k = 0; k < ch.length; k++) at.push(where + k)
    previous = ch
  }
  at.push(text.length)
  const spans: GoldSpan[] = []
  let offset = style === 'indent' ? 2 : 0
  for (const s of group) {
    for (const sp of s.spans) spans.push({ start: at[offset + sp.start]!, end: at[offset + sp.end - 1]! + 1, type: sp.type })
    offset += s.text.length + SEPARATORS[style].length
  }
  return { text: text ?? '', spans }
}

/** The running header and footer `paginate` prints on every page: a title and a page number, no name. */
export const pageHeader = (): string => '工作简报（第12期）'
export const pageFooter = (page: number, pages: number): string => `第 ${page} 页，共 ${pages} 页`

/**
 * A document cut into pages of `linesPerPage` lines, each with a running header and a page-number footer,
 * as pdf.js reads a printed report. With `dropFurniture` the pages are put back together by the PDF
 * import's own rule (src/app/pdfPages), otherwise simply one after another with their furniture, as the
 * import did before it had the rule. Gold spans move with their lines; a span on a line the rule drops
 * by mistake is moved out of the text, so it counts as missed.
 */
export function paginate(doc: LaidOutDocument, linesPerPage: number, dropFurniture: boolean): LaidOutDocument {
  const lines = doc.text.split('\n')
  const oldStarts: number[] = []
  lines.reduce((start, line) => (oldStarts.push(start), start + line.length + 1), 0)
  const count = Math.ceil(lines.length / linesPerPage)
  // every page's lines, each with the index of the document line it is, or -1 for furniture
  const pages = Array.from({ length: count }, (_, p) => [
    { line: pageHeader(), body: -1 },
    ...lines.slice(p * linesPerPage, (p + 1) * linesPerPage).map((line, k) => ({ line, body: p * linesPerPage + k })),
    { line: pageFooter(p + 1, count), body: -1 },
  ])
  const furniture = dropFurniture ? findFurniture(pages.map((page) => page.map(({ line }) => line))) : null
  const newStarts = new Map<number, number>()
  let text: string | null = null
  pages.forEach((page, p) =>
    page.forEach(({ line, body }, k) => {
      if (furniture?.[p]![k]) return
      text = text === null ? '' : `${text}\n`
      if (body >= 0) newStarts.set(body, text.length)
      text += line
    }),
  )
  const lineOf = (offset: number): number => oldStarts.findLastIndex((start) => start <= offset)
  const spans = doc.spans.map((span) => {
    const [first, last] = [lineOf(span.start), lineOf(span.end - 1)]
    const lost = Array.from({ length: last - first + 1 }, (_, k) => first + k).some((line) => !newStarts.has(line))
    // A gold name on a line the rule dropped cannot be found: it stays in the gold, out of the text.
    if (lost) return { start: -2, end: -1, type: span.type }
    return {
      start: newStarts.get(first)! + span.start - oldStarts[first]!,
      end: newStarts.get(last)! + span.end - oldStarts[last]!,
      type: span.type,
    }
  })
  return { text: text ?? '', spans }
}
