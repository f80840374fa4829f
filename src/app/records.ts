// Files of records: a spreadsheet saved as .csv or .tsv, or JSON Lines (.jsonl, .ndjson), a text per row or
// line with its id (QA: a researcher's 2,000 Weibo posts in one sheet were refused, and the one way to get
// results per post with its id was to split the sheet into 2,000 .txt files). The Batch tab makes each record
// an item of its own, named `<file>#<id>`; the editor takes the texts one after another, a blank line between.
// The CSV parser is small and written here (RFC 4180): the page needs no Node-only library for it.

export type RecordsFormat = 'csv' | 'tsv' | 'jsonl'

/** One row or line: the text to analyse and the id it is known by (the row's number when the file has none). */
export interface TextRecord {
  id: string
  text: string
}

export interface ParsedRecords {
  records: TextRecord[]
  /** The column (or JSON key) the texts were taken from, as the file writes it. */
  column: string
  /** The column the ids were taken from; null when they are the rows' numbers (1 = the first row after the header). */
  idColumn: string | null
}

/** A JSON Lines line that is no JSON object; `line`: its number in the file, from 1. */
export class RecordsError extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is not a JSON object`)
    this.name = 'RecordsError'
  }
}

/** The most records the Batch tab takes from one file: each is a row of its list. */
export const MAX_RECORDS = 20_000

export function recordsFormat(name: string): RecordsFormat | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  if (extension === 'csv') return 'csv'
  if (extension === 'tsv' || extension === 'tab') return 'tsv'
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl'
  return null
}

/** Names of a text column, in the order preferred when a file has several (compared in lower case). */
const TEXT_NAMES = ['text', 'content', '正文', '微博正文', '内容', '文本', 'body', 'message', 'weibo_text', '全文']
/** Names of an id column, likewise. (uid, a user's id, last: several posts share it.) */
const ID_NAMES = ['id', 'post_id', 'mid', '编号', '序号', 'uid']

const HAN = /\p{Script=Han}/gu

/**
 * The records of a .csv/.tsv (the first row its header) or .jsonl file's text. The text column is the one named
 * as TEXT_NAMES has it, else the one with the most Chinese characters on average (the other columns of a post's
 * sheet are ids, dates, counts, links); the id column the one ID_NAMES names, else the rows are numbered.
 * Rows with every cell empty (and blank JSON lines) are skipped. Throws RecordsError for a JSON line that is no object.
 */
export function parseRecords(text: string, format: RecordsFormat): ParsedRecords {
  const body = text.replace(/^\uFEFF/u, '')
  const table = format === 'jsonl' ? jsonTable(body) : csvTable(body, format === 'tsv' ? '\t' : sniffDelimiter(body))
  return recordsOf(table)
}

interface Table {
  header: string[]
  rows: string[][]
}

function recordsOf({ header, rows }: Table): ParsedRecords {
  if (header.length === 0) return { records: [], column: '', idColumn: null }
  const names = header.map((name) => name.trim().toLowerCase())
  const named = (list: readonly string[]) => {
    for (const wanted of list) {
      const at = names.indexOf(wanted)
      if (at >= 0) return at
    }
    return -1
  }
  const idAt = named(ID_NAMES)
  let textAt = named(TEXT_NAMES)
  if (textAt < 0) {
    // The column with the most Han characters per row; with none anywhere, the longest.
    let best = -Infinity
    for (let column = 0; column < header.length; column++) {
      if (column === idAt && header.length > 1) continue
      let han = 0
      let length = 0
      for (const row of rows) {
        const cell = row[column] ?? ''
        han += cell.match(HAN)?.length ?? 0
        length += cell.length
      }
      const score = han * 1e6 + length // Han first; length only breaks ties (all zero)
      if (score > best) {
        best = score
        textAt = column
      }
    }
  }
  const records = rows.map((row, i) => {
    const id = idAt >= 0 ? cleanId(row[idAt] ?? '') : ''
    return { id: id || String(i + 1), text: row[textAt] ?? '' }
  })
  return { records, column: header[textAt]!.trim(), idColumn: idAt >= 0 ? header[idAt]!.trim() : null }
}

/** An id as an item's name can hold it: on one line, without a path's slash (a copy's name would make it a folder). */
function cleanId(id: string): string {
  return id.trim().replace(/\s+/gu, ' ').replace(/[/\\]/gu, '_')
}

/**
 * The delimiter of a .csv from its header line: a comma, unless the line holds more semicolons (Excel in locales
 * whose decimal mark is a comma) or tabs (a sheet saved as "text" under a .csv name). Quoted parts are not counted.
 */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]])
  let quoted = false
  for (const character of text) {
    if (character === '"') quoted = !quoted
    else if (!quoted && (character === '\n' || character === '\r')) break
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1)
  }
  let best = ','
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter
  return best
}

/**
 * RFC 4180: fields separated by `delimiter`, records by CR LF, LF or CR; a field in double quotes may hold the
 * delimiter, line breaks and doubled quotes (""). Lenient as spreadsheets are: a quote inside an unquoted field is
 * kept as it is, an unclosed quote runs to the end of the file.
 */
function csvTable(text: string, delimiter: string): Table {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    if (row.some((cell) => cell !== '')) rows.push(row)
    row = []
  }
  while (i < text.length) {
    const character = text[i]!
    if (character === '"' && field === '') {
      // A quoted field: to its closing quote; what follows that quote up to the delimiter is kept too.
      i++
      for (;;) {
        const close = text.indexOf('"', i)
        if (close < 0) {
          field += text.slice(i)
          i = text.length
          break
        }
        field += text.slice(i, close)
        if (text[close + 1] === '"') {
          field += '"'
          i = close + 2
        } else {
          i = close + 1
          break
        }
      }
      continue
    }
    if (character === delimiter) endField()
    else if (character === '\n') endRow()
    else if (character === '\r') {
      endRow()
      if (text[i + 1] === '\n') i++
    } else field += character
    i++
  }
  if (field !== '' || row.length > 0) endRow()
  const [header = [], ...rest] = rows
  return { header, rows: rest }
}

/** JSON Lines as a table: every key met is a column (in the order first met); a value not a string is written as JSON. */
function jsonTable(text: string): Table {
  const header: string[] = []
  const at = new Map<string, number>()
  const objects: Record<string, unknown>[] = []
  const lines = text.split(/\r\n|\r|\n/u)
  lines.forEach((line, i) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new RecordsError(i + 1)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordsError(i + 1)
    const object = value as Record<string, unknown>
    for (const key of Object.keys(object)) {
      if (!at.has(key)) {
        at.set(key, header.length)
        header.push(key)
      }
    }
    objects.push(object)
  })
  const cell = (value: unknown): string =>
    typeof value === 'string' ? value : value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return { header, rows: objects.map((object) => header.map((key) => cell(object[key]))) }
}

/** The records' texts as the editor takes them: a blank line between two (a single line break after a long
 *  text reads as a wrap, and the model would run two posts together); empty ones left out. */
export function recordsText(records: readonly TextRecord[]): string {
  return records.map((record) => record.text.trim()).filter((text) => text !== '').join('\n\n')
}
