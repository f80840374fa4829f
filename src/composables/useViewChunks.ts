// The highlighted view's text as display lines and chunks of lines (HighlightPane): pure computation, no DOM.
import { computed, type ComputedRef } from 'vue'
import type { RenderedBlock } from './useLiveAnalysis'

export type ViewLine = readonly { index: number; item: RenderedBlock }[]

export const CHUNK_LINES = 128
/**
 * A chunk of lines: each line's characters, for its rows at the view's width (`rowsOf`). A chunk not laid out yet
 * is as tall as these rows (`--rows`, main.css), and scrolling along with the editor counts rows to find the line
 * at a position (`scrollToRatio`).
 */
export type ViewChunk = { readonly lines: readonly ViewLine[]; readonly lineChars: readonly number[] }

/** How many of a chunk's names score under the threshold. The names shown at one threshold contain those shown at a
 *  higher one, so an unchanged count means a threshold step changed nothing in the chunk, which then keeps its
 *  rendering (v-memo): every chunk re-rendered at each step, 340 ms per step at 4x CPU throttling on a 200,000-
 *  character text where no name crossed it (slow-CPU QA). */
export function belowThreshold(chunk: ViewChunk, minScore: number): number {
  let count = 0
  for (const line of chunk.lines) for (const { item } of line) for (const e of item.entities) if (e.score < minScore) count++
  return count
}
/** A text's width in Chinese characters (1 em): Latin letters, digits and spaces are about half as wide. (A whole
 *  character for each made "第10段" a row longer than "第9段" and the lines after it drift from the editor's.) */
export function textWidth(text: string): number {
  let narrow = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x2e80) narrow++
  if (text.endsWith('\n')) narrow--
  return text.length - (text.endsWith('\n') ? 1 : 0) - narrow / 2
}

export function sameLine(a: ViewLine, b: ViewLine): boolean {
  return a.length === b.length && a.every(({ index, item }, i) => {
    const other = b[i]!
    return (other.item === item || (other.item.block.text === item.block.text && other.item.entities === item.entities)) && other.index === index
  })
}

/** The rows a line of `chars` characters takes at `perRow` characters a row. */
export const lineRows = (chars: number, perRow: number) => Math.max(1, Math.ceil(chars / perRow))
export function rowsOf(chunk: ViewChunk, perRow: number): number {
  let rows = 0
  for (const chars of chunk.lineChars) rows += lineRows(chars, perRow)
  return rows
}

/**
 * Blocks grouped into display lines (a line ends with a line break), and the lines into chunks of
 * CHUNK_LINES (by line index, so that an edit changes one chunk). Each chunk is a block-level element with
 * `content-visibility: auto`, so the browser lays out only the chunks on screen: without that, every
 * streamed update re-laid out all 100,000 characters and froze the page. The chunk, not each line, is
 * skipped: a 500,000-character document has some 18,000 lines, and as many elements observed for
 * visibility cost the browser seconds of intersection checks and scrolling at 16 frames a second (QA).
 * A line whose blocks show the same text and entities at the same places is the same object as before,
 * as is a chunk whose lines all are, and a chunk the same as before is not rendered again (v-memo; Vue's
 * v-memo does not work inside a v-for, so not per line): a keystroke in a long document re-renders the
 * chunk typed in, whose other blocks keep their props and are not rendered again, not the thousands of
 * others.
 * (The objects kept from one computation to the next are this call's own: each view has its own.)
 */
export function useViewChunks(rendered: () => readonly RenderedBlock[]): {
  lines: ComputedRef<readonly ViewLine[]>
  chunks: ComputedRef<readonly ViewChunk[]>
} {
  let linesBefore: readonly ViewLine[] = []
  const lines = computed(() => {
    const out: ViewLine[] = []
    let current: { index: number; item: RenderedBlock }[] = []
    const finish = () => {
      const before = linesBefore[out.length]
      out.push(before && sameLine(before, current) ? before : current)
      current = []
    }
    rendered().forEach((item, index) => {
      current.push({ index, item })
      if (item.block.text.endsWith('\n')) finish()
    })
    if (current.length > 0) finish()
    linesBefore = out
    return out
  })

  let chunksBefore: readonly ViewChunk[] = []
  const chunks = computed(() => {
    const all = lines.value
    const out: ViewChunk[] = []
    for (let start = 0; start < all.length; start += CHUNK_LINES) {
      const part = all.slice(start, start + CHUNK_LINES)
      const before = chunksBefore[out.length]
      if (before && before.lines.length === part.length && before.lines.every((line, i) => line === part[i])) {
        out.push(before)
        continue
      }
      const lineChars = part.map((line) => line.reduce((sum, { item }) => sum + textWidth(item.block.text), 0))
      out.push({ lines: part, lineChars })
    }
    chunksBefore = out
    return out
  })
  return { lines, chunks }
}
