// The columns of a pasted table whose heading is one of the rules' labels (学号, 准考证号, 出生日期, 家长电话, 家庭住址 …):
// each cell under such a heading is that label's value, as 学号：20230301 is. A table copied out of Excel or WPS is
// tab-separated, its header row naming each column once, and the rules read a value only right after its label (school
// QA: a roster pasted from Excel left 10 of 10 student numbers and 10 of 10 birth dates readable with the rules on,
// an exam sheet its 学号 and 16-digit 准考证号; the same sheet opened as .csv is turned into 列名：值 lines by records.ts
// and was masked whole). The rules themselves decide: each such cell is read as `heading:value`, all of a text's in one
// copy, by the same rules and so with the same value shapes (patterns.ts's findPatterns), and what they take inside
// the value is a labelled value of the text. A column under any other heading (成绩, 排名, 班级, 总分) is not read so.

/** A cell holding a number of five digits or more: a row holding one is a record, not a header row (学号⇥20230301, a
 *  label and its value side by side, is read by the rules as it is). */
const LONG_NUMBER = /\d{5}/
/** The separators of a table aligned without tabs: a run of ideographic spaces (U+3000) or two spaces or more. */
const ALIGNED_SEPARATOR = /\u3000+|[ ]{2,}/
/** The most rows a header row reads down (a sheet exported whole may have tens of thousands). */
const MAX_ROWS = 50_000

interface Cell {
  /** Where the cell's text (trimmed) starts in the text. */
  start: number
  text: string
}

/** A line's cells, split at tabs (`aligned` false) or at ALIGNED_SEPARATOR; each trimmed of spaces, with its offset. */
function cellsOf(line: string, lineStart: number, aligned: boolean): Cell[] {
  const cells: Cell[] = []
  const separator = aligned ? new RegExp(ALIGNED_SEPARATOR.source, 'g') : /\t/g
  let at = 0
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    cells.push({ start: lineStart + from + lead, text: raw.trim() })
  }
  for (const m of line.matchAll(separator)) {
    push(at, m.index)
    at = m.index + m[0].length
  }
  push(at, line.length)
  return cells
}

/** The cells of `text` under a heading that `heading` takes whole, with that heading: tab-separated lines (a line with
 *  a tab: Excel's and WPS's copies), or lines aligned by ideographic spaces or two spaces or more, where every row has
 *  as many cells as its header row (an empty cell there closes up, and what follows would move under another heading).
 *  A header row is a row of the table with a cell that is a heading and no cell holding a long number; the rows under
 *  it, to the table's end (a line with no separator: a blank or a title line) or the next header row, are its records.
 *  Ragged rows: a cell past the header row's last has no heading; empty cells are none. */
export function cellsUnderHeadings(text: string, heading: RegExp): { label: string; cell: Cell }[] {
  const found: { label: string; cell: Cell }[] = []
  // Most texts hold no table: nothing to split then.
  if (!/\t|\u3000|[^\s] {2,}[^\s]/.test(text)) return found
  let header: Cell[] | undefined
  let headerAligned = false
  let rows = 0
  let lineStart = 0
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    const start = lineStart
    lineStart += rawLine.length + 1
    const aligned = !line.includes('\t')
    const cells = cellsOf(line, start, aligned)
    // A line of one cell (a blank, a title, a paragraph) ends a table; so does a change from tabs to spaces.
    if (cells.filter((c) => c.text !== '').length < 2 || (header !== undefined && aligned !== headerAligned)) {
      header = undefined
      if (cells.filter((c) => c.text !== '').length < 2) continue
    }
    if (cells.some((c) => heading.test(c.text)) && !cells.some((c) => LONG_NUMBER.test(c.text))) {
      header = cells
      headerAligned = aligned
      rows = 0
      continue
    }
    if (header === undefined || rows++ >= MAX_ROWS) continue
    if (aligned && cells.length !== header.length) continue
    cells.forEach((cell, column) => {
      const label = header![column]?.text
      if (cell.text !== '' && label !== undefined && heading.test(label)) found.push({ label, cell })
    })
  }
  return found
}

/**
 * What `find` (the rules) takes in the values of the columns headed with a label (cellsUnderHeadings), as entities of
 * `text`: the cells are read as `heading:value` lines of one copy, one pass of `find` over it, and only what lies
 * inside a value is kept (the heading's own characters are the copy's alone).
 */
export function underLabelHeadings<T extends { start: number; end: number; text: string }>(
  text: string,
  heading: RegExp,
  find: (copy: string) => readonly T[],
): T[] {
  const cells = cellsUnderHeadings(text, heading)
  if (cells.length === 0) return []
  const pieces: string[] = []
  // Where each value starts in the copy, and in `text`, and its length; in order of both.
  const copyStarts: number[] = []
  const textStarts: number[] = []
  const lengths: number[] = []
  let at = 0
  for (const { label, cell } of cells) {
    // A heading written with its colon (学号：) is read with one.
    const piece = `${label.replace(/[:：]\s*$/u, '')}:`
    pieces.push(piece, cell.text, '\n')
    copyStarts.push(at + piece.length)
    textStarts.push(cell.start)
    lengths.push(cell.text.length)
    at += piece.length + cell.text.length + 1
  }
  const found: T[] = []
  for (const e of find(pieces.join(''))) {
    // The value the entity starts in: the last starting at or before it.
    let low = 0
    let high = copyStarts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (copyStarts[middle]! <= e.start) low = middle + 1
      else high = middle
    }
    const i = low - 1
    if (i < 0 || e.end > copyStarts[i]! + lengths[i]!) continue
    const start = textStarts[i]! + e.start - copyStarts[i]!
    const end = start + e.end - e.start
    found.push({ ...e, start, end, text: text.slice(start, end) })
  }
  return found
}
