// A records file (.csv, .tsv, .jsonl) redacted back into its own shape: the same header, the same columns in the same
// order, the same delimiter, each cell its redacted value (school QA: a teacher's roster.csv came back only as
// roster.redacted.txt, its rows turned into `列名：值` lines, and the Batch tab gave a .txt per row, #1 … #10).
//
// The cells are not found again by reading the redacted text: the text is redacted once more with every line break
// between two cells (outside them) marked by a character of its own (PARAGRAPH SEPARATOR, a line break to the rules
// too), so that the marks split the result at the cells' edges; that result, its marks put back as line breaks, must
// be the redacted text itself (the same names, the same pseudonyms, the same numbers), and the labels and line breaks
// between the cells must come through unchanged. Otherwise there is no table (null): never a misaligned one.

import { csvTable, jsonLine } from './exporters'
import type { RecordsTable, TextRecord } from './records'

/** A cell of the table (its record's row, its column) and where a text holds it: [start, end). */
export interface CellSpan {
  row: number
  column: number
  start: number
  end: number
}

/** A text made of a table's records, and where it holds each cell that was analysed, in text order. */
export interface TableLayout {
  text: string
  cells: CellSpan[]
}

/** The mark put for each line break between two cells; a text that holds one already gives no table. */
const MARK = '\u2029'

/**
 * The editor's text of `records` (recordsText: each record trimmed, empty ones left out, a blank line between two) and
 * where it holds each cell that `table` says the records' texts hold.
 */
export function editorLayout(records: readonly TextRecord[], table: RecordsTable): TableLayout {
  let text = ''
  const cells: CellSpan[] = []
  records.forEach((record, row) => {
    const trimmed = record.text.trim()
    if (trimmed === '') return
    const lead = record.text.length - record.text.trimStart().length
    if (text !== '') text += '\n\n'
    const base = text.length - lead
    for (const cell of table.cells[row] ?? []) {
      const start = Math.max(cell.start, lead)
      const end = Math.min(cell.end, lead + trimmed.length)
      if (end > start) cells.push({ row, column: cell.column, start: base + start, end: base + end })
    }
    text += trimmed
  })
  return { text, cells }
}

/** Where a record's own text (as the Batch tab analyses it, untrimmed) holds its cells. */
export function recordLayout(record: TextRecord, row: number, table: RecordsTable): TableLayout {
  return { text: record.text, cells: (table.cells[row] ?? []).map((cell) => ({ row, ...cell })) }
}

/**
 * `layout` after its text was edited to `text`: an edit within one cell (typing, a deletion, a paste that stays inside
 * it) moves the cells after it and makes that cell longer or shorter; an edit that touches a label, a line break
 * between cells or two cells at once leaves the text no table of the file (null). The edit is where `text` and the
 * layout's text first and last differ, one span, as an edit in the editor is; follow each change in turn for more.
 */
export function followEdit(layout: TableLayout, text: string): TableLayout | null {
  const before = layout.text
  if (text === before) return layout
  const most = Math.min(before.length, text.length)
  let start = 0
  while (start < most && before.charCodeAt(start) === text.charCodeAt(start)) start++
  let end = 0
  while (end < most - start && before.charCodeAt(before.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++
  const to = before.length - end
  const inside = layout.cells.find((cell) => cell.start <= start && to <= cell.end)
  if (!inside) return null
  const moved = text.length - before.length
  return {
    text,
    cells: layout.cells.map((cell) =>
      cell === inside ? { ...cell, end: cell.end + moved } : cell.start >= to ? { ...cell, start: cell.start + moved, end: cell.end + moved } : cell),
  }
}

/** A part of the marked text between two marks: the text before its cell, the cell (-1: none), the text after it. */
interface Piece {
  before: string
  cell: number
  after: string
}

/**
 * Each cell of `layout` redacted, in the layout's order, or null where that cannot be told for certain. `redactText`
 * redacts a text of the layout's length as the redacted copy was made (the same entities, options and pseudonyms'
 * numbering); `expected`, that copy: the cells are given only when the marked text redacts to it.
 */
export function redactedCells(layout: TableLayout, redactText: (text: string) => string, expected: string): string[] | null {
  const { text, cells } = layout
  if (text.includes(MARK)) return null
  const pieces: Piece[] = []
  let piece: Piece = { before: '', cell: -1, after: '' }
  let marked = ''
  let pos = 0
  const gap = (part: string) => {
    const lines = part.split('\n')
    lines.forEach((line, i) => {
      if (i > 0) {
        pieces.push(piece)
        piece = { before: '', cell: -1, after: '' }
      }
      if (piece.cell >= 0) piece.after += line
      else piece.before += line
    })
    marked += lines.join(MARK)
  }
  for (const [i, cell] of cells.entries()) {
    if (cell.start < pos || cell.end < cell.start) return null
    gap(text.slice(pos, cell.start))
    // Two cells with no line break between them could not be told apart in the result.
    if (piece.cell >= 0) return null
    piece.cell = i
    marked += text.slice(cell.start, cell.end)
    pos = cell.end
  }
  gap(text.slice(pos))
  pieces.push(piece)
  const out = redactText(marked)
  if (out.replaceAll(MARK, '\n') !== expected) return null
  const parts = out.split(MARK)
  if (parts.length !== pieces.length) return null
  const result: string[] = new Array<string>(cells.length).fill('')
  for (const [i, { before, cell, after }] of pieces.entries()) {
    const part = parts[i]!
    if (cell < 0) {
      if (part !== before) return null
      continue
    }
    if (part.length < before.length + after.length || !part.startsWith(before) || !part.endsWith(after)) return null
    result[cell] = part.slice(before.length, part.length - after.length)
  }
  return result
}

/**
 * The table's rows with each analysed cell replaced by its redacted value (`redacted`: a value per cell of `cells`, as
 * redactedCells gives them), the id column (when not analysed) as written, and every other cell empty: a column that
 * was not analysed was not redacted either, and its names or numbers must not come back in clear.
 */
export function redactedRows(table: RecordsTable, cells: readonly CellSpan[], redacted: readonly string[]): string[][] {
  const rows = table.rows.map((row) => Array.from({ length: table.width }, (_, at) => (at === table.idColumn ? row[at] ?? '' : '')))
  cells.forEach((cell, i) => {
    const row = rows[cell.row]
    if (row && cell.column < table.width) row[cell.column] = redacted[i] ?? ''
  })
  return rows
}

/** The columns of `table` that are written empty in its redacted copy: neither analysed in any row nor its ids. */
export function emptiedColumns(table: RecordsTable): number[] {
  const analysed = new Set(table.cells.flat().map((cell) => cell.column))
  return Array.from({ length: table.width }, (_, at) => at).filter((at) => !analysed.has(at) && at !== table.idColumn
    && table.rows.some((row) => (row[at] ?? '').trim() !== ''))
}

/** The file ending and type of a table's redacted copy: its own format's. */
export function tableFileType(table: RecordsTable): { ending: string; mime: string } {
  if (table.format === 'jsonl') return { ending: '.redacted.jsonl', mime: 'application/x-ndjson' }
  if (table.format === 'tsv') return { ending: '.redacted.tsv', mime: 'text/tab-separated-values' }
  return { ending: '.redacted.csv', mime: 'text/csv' }
}

/** A cell as a spreadsheet must not run it: a leading apostrophe before = + - @, a tab or a CR (as exporters.ts's CSV). */
function unrunnable(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell
}

/**
 * The redacted table as its file's text: a .csv with a comma through exporters.ts's csvTable (RFC 4180, CRLF, the
 * formula guard); a .csv with semicolons or a .tsv with the same quoting and guard and its own delimiter; JSON Lines an
 * object per row with the file's keys in their order (each value a string). No byte-order mark: see tableFileContent.
 */
export function redactedTableText(table: RecordsTable, rows: readonly (readonly string[])[]): string {
  const all = table.header ? [table.header, ...rows] : rows
  if (table.format === 'jsonl') {
    const keys = table.header ?? []
    return rows.map((row) => jsonLine(Object.fromEntries(keys.map((key, at) => [key, row[at] ?? ''])))).join('')
  }
  const delimiter = table.delimiter || ','
  if (delimiter === ',') return csvTable(all)
  const special = new RegExp(`["${delimiter === '\t' ? '\\t' : delimiter};\\r\\n]`, 'u')
  const cell = (value: string) => {
    const safe = unrunnable(value)
    return special.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
  }
  return all.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n'
}

/** The redacted table's file content: for a .csv and a .tsv, the UTF-8 byte-order mark first, as the other CSV
 *  downloads have it (download.ts: Excel on a Chinese Windows reads a file without one as GBK). */
export function tableFileContent(table: RecordsTable, text: string): string {
  return table.format === 'jsonl' ? text : `\uFEFF${text}`
}
