// The columns of a pasted table whose heading is one of the rules' labels (学号, 准考证号, 出生日期, 家长电话, 家庭住址 …):
// each cell under such a heading is that label's value, as 学号：20230301 is. A table copied out of Excel or WPS is
// tab-separated, its header row naming each column once, and the rules read a value only right after its label (school
// QA: a roster pasted from Excel left 10 of 10 student numbers and 10 of 10 birth dates readable with the rules on,
// an exam sheet its 学号 and 16-digit 准考证号; the same sheet opened as .csv is turned into 列名：值 lines by records.ts
// and was masked whole). The rules themselves decide: each such cell is read as `heading:value`, all of a text's in one
// copy, by the same rules and so with the same value shapes (patterns.ts's findPatterns), and what they take inside
// the value is a labelled value of the text. A column under any other heading (成绩, 排名, 班级, 总分) is not read so.

import { firstEndingAfter } from './segments'

/** A cell holding a number of five digits or more: a row holding one is a record, not a header row (学号⇥20230301, a
 *  label and its value side by side, is read by the rules as it is). */
const LONG_NUMBER = /\d{5}/
/** The separators of a table aligned without tabs: a run of ideographic spaces (U+3000) or two spaces or more. */
const ALIGNED_SEPARATOR = /\u3000+|[ ]{2,}/g
/** A Markdown table's row: it opens with a bar (| 姓名 | 学号 |). */
const PIPE_ROW = /^[ \t]*\|/
/** A Markdown table's line under its header row (|---|:---:|): no record. */
const PIPE_DELIMITER_ROW = /^[ \t]*\|[ \t|:-]*-[ \t|:-]*$/
/** A separator of a table's cells somewhere in a line: a tab, an ideographic space, two spaces, a comma, a bar. */
const ANY_SEPARATOR = /[\t\u3000,|]| {2}/
/** The most rows a header row reads down (a sheet exported whole may have tens of thousands). */
const MAX_ROWS = 50_000
/** A heading's note in brackets after it, no number of three digits or more in it (学号（8位）, 出生日期（年月日）, 学号(ID),
 *  电话费（元）): what the column holds is the words before it. A note with a value in it (出生日期（2013-04-05）) is none. */
const HEADING_NOTE = /[ \t\u3000]*[（(](?![^（）()]*\d{3})[^（）()\n]{1,16}[）)][ \t\u3000]*$/u
/** A heading's English gloss after its Chinese words (姓名 Name, 学号 Student ID, 出生日期 DOB, 电话/Tel). */
const HEADING_GLOSS = /^(?<words>.*[\u3400-\u9fff][:：]?)[ \t\u3000/／]*(?<gloss>[A-Za-z][A-Za-z .'#&/-]*)$/u
/** The longest heading read (a longer cell is a value or a sentence). */
const MAX_HEADING = 40

/** Common English headings, as an English or a bilingual sheet writes them, and the rules' label each means (written
 *  lower-case, spaces single, without dots): the rules then read the value as they read it after that label, with its
 *  shapes (no new ones here). English labels the rules know themselves (Phone, Tel, QQ, WeChat, Passport No.) need none,
 *  but are here too where a gloss names them. A bare ID is not here: a row's number as often as a person's. */
const ENGLISH_HEADINGS: ReadonlyMap<string, string> = new Map([
  ...['student id', 'student no', 'student number', 'student id no', 'student id number', 'student code'].map((h) => [h, '学号'] as const),
  ...['employee id', 'employee no', 'employee number', 'staff id', 'staff no', 'staff number', 'emp id', 'emp no', 'job number'].map((h) => [h, '工号'] as const),
  ...['id no', 'id number', 'id card', 'id card no', 'id card number', 'identity card', 'identity card no', 'identity card number', 'national id', 'national id no', 'resident id', 'resident id no'].map((h) => [h, '身份证号'] as const),
  ...['passport', 'passport no', 'passport number'].map((h) => [h, '护照号'] as const),
  ...['dob', 'd o b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born'].map((h) => [h, '出生日期'] as const),
  ...['age'].map((h) => [h, '年龄'] as const),
  ...['phone', 'phone no', 'phone number', 'mobile', 'mobile no', 'mobile number', 'mobile phone', 'cell', 'cell phone', 'cellphone', 'tel', 'tel no', 'telephone', 'telephone no', 'telephone number', 'contact no', 'contact number', 'contact phone', "parent's phone", 'parent phone', 'guardian phone'].map((h) => [h, '电话'] as const),
  ...['address', 'home address', 'addr', 'residential address', 'mailing address', 'postal address'].map((h) => [h, '住址'] as const),
  ...['exam no', 'exam number', 'admission no', 'admission ticket no', 'candidate no', 'candidate number'].map((h) => [h, '准考证号'] as const),
  ...['medical record no', 'medical record number', 'mrn', 'patient id'].map((h) => [h, '病历号'] as const),
  ...['zip', 'zip code', 'zipcode', 'postcode', 'postal code'].map((h) => [h, '邮编'] as const),
  ...['wechat', 'wechat id'].map((h) => [h, '微信号'] as const),
  ...['qq', 'qq no', 'qq number'].map((h) => [h, 'QQ号'] as const),
])
/** The words of a gloss that is a heading's and no value (a gloss of other words, 微信 zhaoym, is the cell's value). */
const GLOSS_WORDS = new Set([...[...ENGLISH_HEADINGS.keys()].flatMap((h) => h.split(' ')), 'name', 'full', 'chinese', 'english', 'gender', 'sex', 'class', 'grade', 'score', 'remark', 'remarks', 'note', 'notes', 'email', 'e-mail', 'date', 'code', 'of', 'id'])

/** An English heading as ENGLISH_HEADINGS writes it: lower-case, dots and a colon dropped, # read as no, spaces single. */
function englishKey(heading: string): string {
  return heading.toLowerCase().replace(/#/g, ' no ').replace(/[.:：]/g, ' ').replace(/[\s_]+/g, ' ').trim()
}

export interface Cell {
  /** Where the cell's text (trimmed) starts in the text. */
  start: number
  text: string
}

/** A heading cell read: the rules' label it is (its note and gloss dropped, an English heading as the label it means),
 *  whether all the rules read its values (an address's column: the rules of a house number are no labelled value's)
 *  or those of labelled values alone, and whether it is a name's (姓名: it makes a header row, and the rules read
 *  no number after it, so its values are not copied). */
export interface Heading {
  label: string
  all: boolean
  name: boolean
}

/** What a cell is as a heading (`heading` taking the label whole; its group `address`, where it matched, marks an
 *  address's, its group `name` a name's), or undefined. */
function headingOf(cell: string, heading: RegExp): Heading | undefined {
  if (cell.length === 0 || cell.length > MAX_HEADING || LONG_NUMBER.test(cell)) return undefined
  let words = cell.replace(HEADING_NOTE, '')
  const glossed = HEADING_GLOSS.exec(words)
  if (glossed !== null && englishKey(glossed.groups!.gloss!).split(' ').every((word) => GLOSS_WORDS.has(word))) words = glossed.groups!.words!
  if (!/[\u3400-\u9fff]/u.test(words)) words = ENGLISH_HEADINGS.get(englishKey(words)) ?? words
  const m = heading.exec(words.trim())
  return m === null ? undefined : { label: words.trim(), all: m.groups?.['address'] !== undefined, name: m.groups?.['name'] !== undefined }
}

/** Whether a character is one that String.prototype.trim drops. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** The cell of `line` from `from` to `to`, trimmed of spaces, with its offset in the text. */
function cellAt(line: string, lineStart: number, from: number, to: number): Cell {
  // Most cells have no spaces about them: one slice then.
  if (to > from && !isSpace(line.charCodeAt(from)) && !isSpace(line.charCodeAt(to - 1))) {
    return { start: lineStart + from, text: line.slice(from, to) }
  }
  const raw = line.slice(from, to)
  const text = raw.trim()
  return { start: lineStart + from + (text === '' ? 0 : raw.indexOf(text[0]!)), text }
}

/** A line's cells split at `separator` (a character, or ALIGNED_SEPARATOR); each trimmed of spaces, with its offset. */
function cellsOf(line: string, lineStart: number, separator: string | RegExp): Cell[] {
  const cells: Cell[] = []
  let at = 0
  if (typeof separator === 'string') {
    for (let next = line.indexOf(separator); next !== -1; next = line.indexOf(separator, at)) {
      cells.push(cellAt(line, lineStart, at, next))
      at = next + 1
    }
  } else {
    for (const m of line.matchAll(separator)) {
      cells.push(cellAt(line, lineStart, at, m.index))
      at = m.index + m[0].length
    }
  }
  cells.push(cellAt(line, lineStart, at, line.length))
  return cells
}

/** A comma-separated line's cells: commas inside double quotes are a cell's own, and a quoted cell's quotes are none
 *  of its text. */
function csvCellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = []
  let from = 0
  let quoted = false
  for (let i = 0; i <= line.length; i++) {
    const c = line[i]
    if (c === '"') quoted = !quoted
    else if (i === line.length || (c === ',' && !quoted)) {
      const cell = cellAt(line, lineStart, from, i)
      if (cell.text.length >= 2 && cell.text.startsWith('"') && cell.text.endsWith('"')) cells.push({ start: cell.start + 1, text: cell.text.slice(1, -1) })
      else cells.push(cell)
      from = i + 1
    }
  }
  return cells
}

/** How many cells a comma-separated line holds (csvCellsOf's, counted only). */
function csvCellCount(line: string): number {
  let count = 1
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 34) quoted = !quoted
    else if (c === 44 && !quoted) count++
  }
  return count
}

type Mode = 'tab' | 'aligned' | 'pipe' | 'csv'

/** A line's cells as a row of a table of `mode`. A Markdown row's bars at its ends open and close it: no cells. */
function rowOf(line: string, lineStart: number, mode: Mode): Cell[] {
  if (mode === 'csv') return csvCellsOf(line, lineStart)
  const cells = cellsOf(line, lineStart, mode === 'tab' ? '\t' : mode === 'pipe' ? '|' : ALIGNED_SEPARATOR)
  if (mode === 'pipe') {
    if (cells[0]?.text === '') cells.shift()
    if (cells.length > 1 && cells[cells.length - 1]!.text === '' && /\|[ \t]*$/.test(line)) cells.pop()
  }
  return cells
}

export interface TableValues {
  /** The cells under a heading, each with its heading (read by headingOf). */
  values: { heading: Heading; cell: Cell }[]
  /** Where the header rows' heading cells lie in the text, in order: the words of a heading, none of them a value
   *  (学号 Student ID holds no record number Student). */
  headings: { start: number; end: number }[]
}

/** The cells of `text` under a heading that `heading` takes whole (headingOf: a note in brackets and an English gloss
 *  dropped, an English heading read as its label), with that heading: tab-separated lines (a line with a tab: Excel's
 *  and WPS's copies), Markdown tables (| 姓名 | 学号 |, the |---| line under the header row skipped), comma-separated
 *  lines (a header row of two headings or more, and each line of its block, to a blank line or the text's end, with
 *  as many cells: prose with commas is none), or lines aligned by ideographic spaces or two spaces or more, where
 *  every row has as many cells as its header row (an empty cell there closes up, and what follows would move under
 *  another heading). A header row is a row of the table with a cell that is a heading and no cell holding a long
 *  number; the rows under it, to the table's end (a line with no separator: a blank or a title line; or a line of
 *  another kind of table) or the next header row, are its records. Ragged rows: a cell past the header row's last has
 *  no heading; empty cells are none. */
export function tableValues(text: string, heading: RegExp): TableValues {
  const found: TableValues = { values: [], headings: [] }
  // Most texts hold no table: nothing to split then.
  if (!/\t|\u3000|[^\s] {2,}[^\s]|,|^[ \t]*\|/m.test(text)) return found
  // A cell's text as a heading, once per text: a table repeats its cells (a class, a date, a blank).
  const known = new Map<string, Heading | null>()
  const headingOfCell = (cell: Cell): Heading | undefined => {
    let read = known.get(cell.text)
    if (read === undefined) {
      read = headingOf(cell.text, heading) ?? null
      if (known.size > 10_000) known.clear()
      known.set(cell.text, read)
    }
    return read ?? undefined
  }
  // No cell holds a long number where the line holds none (a separator is no digit).
  const isHeaderRow = (line: string, cells: readonly Cell[]) => {
    if (LONG_NUMBER.test(line)) return false
    for (const c of cells) if (headingOfCell(c) !== undefined) return true
    return false
  }
  let header: (Heading | undefined)[] | undefined
  let headerMode = 'tab' as Mode
  let headerLength = 0
  let csvEnd = -1
  let csvChecked = 0
  let rows = 0
  const lines = text.split('\n')
  const startHeader = (cells: readonly Cell[], mode: Mode) => {
    header = cells.map(headingOfCell)
    headerMode = mode
    headerLength = cells.length
    rows = 0
    for (let column = 0; column < cells.length; column++) {
      const c = cells[column]!
      if (header[column] !== undefined) found.headings.push({ start: c.start, end: c.start + c.text.length })
    }
  }
  let lineStart = 0
  for (let index = 0; index < lines.length; index++) {
    const rawLine = lines[index]!
    const start = lineStart
    lineStart += rawLine.length + 1
    // A line with no separator of any kind is one cell, or none: it ends a table (below), cheaply.
    if (!ANY_SEPARATOR.test(rawLine)) {
      if (!(headerMode === 'csv' && index < csvEnd)) header = undefined
      continue
    }
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    let mode: Mode = line.includes('\t') ? 'tab' : PIPE_ROW.test(line) ? 'pipe' : 'aligned'
    if (headerMode === 'csv' && header !== undefined) {
      if (index < csvEnd) mode = 'csv'
      else header = undefined
    }
    if (mode === 'pipe' && PIPE_DELIMITER_ROW.test(line)) continue
    const cells = rowOf(line, start, mode)
    let filled = 0
    for (const c of cells) if (c.text !== '') filled++
    // A comma-separated header row: two headings or more, and its block's lines as many cells each (once per block:
    // a line of it that fails fails on the same line).
    if (mode === 'aligned' && filled < 2 && index >= csvChecked && line.includes(',')) {
      const csv = csvCellsOf(line, start)
      if (csv.filter((c) => headingOfCell(c) !== undefined).length >= 2 && !csv.some((c) => LONG_NUMBER.test(c.text))) {
        let end = index + 1
        while (end < lines.length && lines[end]!.trim() !== '' && csvCellCount(lines[end]!) === csv.length) end++
        if (end === lines.length || lines[end]!.trim() === '') {
          startHeader(csv, 'csv')
          csvEnd = end
          continue
        }
        csvChecked = end
      }
    }
    // A line of one cell (a blank, a title, a paragraph) ends a table; so does a change from one kind to another.
    if ((filled < 2 && mode !== 'csv') || (header !== undefined && mode !== headerMode)) {
      header = undefined
      if (filled < 2) continue
    }
    if (isHeaderRow(line, cells)) {
      startHeader(cells, mode)
      continue
    }
    if (header === undefined || rows++ >= MAX_ROWS) continue
    if (mode === 'aligned' && cells.length !== headerLength) continue
    for (let column = 0; column < cells.length && column < headerLength; column++) {
      const cell = cells[column]!
      const read = header[column]
      if (cell.text !== '' && read !== undefined) found.values.push({ heading: read, cell })
    }
  }
  return found
}

/** The cells under a heading (tableValues), each with its label. */
export function cellsUnderHeadings(text: string, heading: RegExp): { label: string; cell: Cell }[] {
  return tableValues(text, heading).values.map(({ heading: read, cell }) => ({ label: read.label, cell }))
}

/** Whether start..end lies wholly inside one of `spans` (apart from each other and in text order). */
function inside(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const low = firstEndingAfter(spans, start)
  return low < spans.length && spans[low]!.start <= start && spans[low]!.end >= end
}

/**
 * What `find` (the rules) takes in the values of the columns headed with a label (tableValues), as entities of `text`:
 * the cells are read as `heading:value` lines of a copy, one pass of `find` over it, and only what lies inside a value
 * is kept (the heading's own characters are the copy's alone); and where the header rows' headings lie (TableValues).
 * `find(copy, all)`: all the rules (an address's column) or those of labelled values alone. A large sheet is read
 * once, not per cell: a value the rules already took whole in the text (`taken`, apart and in order: a phone, an ID)
 * is not copied, and a value written again under the same heading (a date, a class) is read once.
 */
export function underLabelHeadings<T extends { start: number; end: number; text: string }>(
  text: string,
  heading: RegExp,
  taken: readonly { start: number; end: number }[],
  find: (copy: string, all: boolean) => readonly T[],
): { values: T[]; headings: { start: number; end: number }[] } {
  const { values: cells, headings } = tableValues(text, heading)
  if (cells.length === 0) return { values: [], headings }
  // The copies (all the rules', the labelled rules'), each value once: where it starts in its copy, its length, and
  // where it stands in the text (once or more).
  const copies = [0, 1].map(() => ({ pieces: [] as string[], starts: [] as number[], lengths: [] as number[], inText: [] as number[][], at: 0 }))
  // Per copy, per label, per value: its index in the copy.
  const seen = [new Map<string, Map<string, number>>(), new Map<string, Map<string, number>>()]
  for (const { heading: read, cell } of cells) {
    if (read.name || inside(taken, cell.start, cell.start + cell.text.length)) continue
    const copy = read.all ? 0 : 1
    const c = copies[copy]!
    let values = seen[copy]!.get(read.label)
    if (values === undefined) seen[copy]!.set(read.label, (values = new Map()))
    const value = values.get(cell.text)
    if (value !== undefined) {
      c.inText[value]!.push(cell.start)
      continue
    }
    // A heading written with its colon (学号：) is read with one.
    const piece = `${read.label.replace(/[:：]\s*$/u, '')}:`
    values.set(cell.text, c.starts.length)
    c.pieces.push(piece, cell.text, '\n')
    c.starts.push(c.at + piece.length)
    c.lengths.push(cell.text.length)
    c.inText.push([cell.start])
    c.at += piece.length + cell.text.length + 1
  }
  const values: T[] = []
  copies.forEach((c, copy) => {
    if (c.starts.length === 0) return
    for (const e of find(c.pieces.join(''), copy === 0)) {
      // The value the entity starts in: the last starting at or before it.
      let low = 0
      let high = c.starts.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (c.starts[middle]! <= e.start) low = middle + 1
        else high = middle
      }
      const i = low - 1
      if (i < 0 || e.end > c.starts[i]! + c.lengths[i]!) continue
      for (const at of c.inText[i]!) {
        const start = at + e.start - c.starts[i]!
        const end = start + e.end - e.start
        values.push({ ...e, start, end, text: text.slice(start, end) })
      }
    }
  })
  // Each cell's values lie inside it, and the cells apart: in the text's order once sorted.
  values.sort((x, y) => x.start - y.start)
  return { values, headings }
}
