// Many files at once (the Batch tab): each is read as an opened file is and analysed on its own, one
// after another; the results export as one CSV (a row per entity, the file's name first), as JSON
// Lines (an object per file, the shape `npm run annotate` writes, with the file's name), as a name
// list across the files (a row per name: how often, in how many files and which), or as the pairs of
// names that share sentences across the files (an edge list for network tools such as Gephi). A .csv, .tsv or
// .jsonl file is an item per row (useBatch), named `<file>#<id>`: each export and copy is then per row, its id kept.
import type { DocxPart } from './docxText'
import type { Entity } from '../engine'
import { namePairs, type PairedName } from './cooccurrence'
import { annotatedRuns, csvEntityRows, csvTable, ENTITY_CSV_COLUMNS, jsonLine, jsonSpans, NAME_PAIR_COLUMNS, shownRecord } from './exporters'
import { textToDocx } from './docx'
import { copyNames } from './copyNames'
import { displayNameOf, groupMentions, inTextOrder, mostWritten, nameKeyOf } from './mentions'
import type { ImportErrorCode } from './fileImport'
import { fileOffset, fileText, type LineBreaks } from './lineBreaks'
import { everyOccurrence, nameNumbering, redact, spellsSurnameOf, spreadNames, type RedactionOptions, type SpreadNames } from './redact'
import { uncertainByType } from './uncertainNames'
import { findPatterns, isFromPattern } from './patterns'
import { isFromLexicon } from './userLexicon'
import type { RecordsTable } from './records'
import { recordLayout, redactedCells, redactedRows, redactedTableText, tableFileContent, tableFileType, type CellSpan } from './redactedTable'

type BatchStatus = 'waiting' | 'reading' | 'analysing' | 'done' | 'failed' | 'stopped'
/** Why a file has no result: it could not be opened (ImportError's code), the batch holds as much text
 * as it keeps (BATCH_FULL), a .csv/.tsv/.jsonl file holds more than MAX_RECORDS records (TOO_MANY_RECORDS), or
 * the analysis failed. */
type BatchFailure = ImportErrorCode | 'BATCH_FULL' | 'ANALYSIS' | 'TOO_MANY_RECORDS'

export interface BatchItem {
  name: string
  status: BatchStatus
  text?: string
  /** The entities found (the user's dictionary applied), once done. */
  entities?: readonly Entity[]
  failure?: BatchFailure
  /** BAD_RECORD: the number of the .jsonl line that is no JSON object. */
  failureLine?: number
  /** A plain-text file's legacy encoding as decoded (gb18030, big5 ...); absent for UTF-8 and documents. */
  encoding?: string
  /** A plain-text file with CR LF or CR line breaks (`text` has LF): exports give offsets in the file's own
   * text, and its redacted .txt copy is written back with each line's own break. */
  lineBreaks?: LineBreaks
  /** A Word document's parts with text that were not read (headers, footers, comments). */
  leftOut?: DocxPart[]
  /** A record of a .csv, .tsv or .jsonl file one column of which was read, its other columns holding something: the
   *  file's columns (one object, shared by its records), which the Batch tab names once per file as the editor does
   *  (QA: an order export's names and notes column was skipped without a word). */
  columns?: RecordsColumns
  /** A record of a .csv, .tsv or .jsonl file read as a table: the file (one object, shared by its records) and the
   *  record's row in it, so that the redacted .zip gives the file back as a table (redactedCopies). */
  sheet?: { file: RecordsSheet; row: number }
}

/** A records file as a table (records.ts's RecordsTable), `path` as the batch names it. */
export interface RecordsSheet {
  path: string
  table: RecordsTable
}

/** A records file's columns as read (records.ts's ParsedRecords): `file`, its path; `column`, the one read (its number,
 *  from 1, with no header row); `leftOut`, those not read that hold something (numbers likewise). */
export interface RecordsColumns {
  file: string
  column: string
  header: boolean
  leftOut: readonly string[]
}

/** The records files of `items` whose columns were not all read, each once, in the batch's order. */
export function recordsColumnsOf(items: readonly BatchItem[]): RecordsColumns[] {
  const files = new Set<RecordsColumns>()
  for (const item of items) if (item.columns) files.add(item.columns)
  return [...files]
}

export type BatchFormat = 'csv' | 'jsonl' | 'names' | 'pairs'
/** `file`: the download's name. */
export const BATCH_FILE_TYPES: Record<BatchFormat, { file: string; mime: string }> = {
  csv: { file: 'shiti-batch.csv', mime: 'text/csv' },
  jsonl: { file: 'shiti-batch.jsonl', mime: 'application/jsonl' },
  names: { file: 'shiti-batch-names.csv', mime: 'text/csv' },
  pairs: { file: 'shiti-batch-name-pairs.csv', mime: 'text/csv' },
}

/** Which of a file's entities go out: the view's type and confidence filters as one test (App.vue makes it from
 *  segments.ts's EntityFilter, the filters' settings). */
export type EntityPredicate = (entity: Entity) => boolean

/** A file's row: the entities the view's filters keep, counted by type, and how many score under its threshold. */
export interface RowCounts {
  kept: number
  counts: { type: string; count: number }[]
  /** Under the view's confidence threshold: not in the row's counts nor in the exports, but said (QA: a file of
   *  names scored under it read "no entities"). */
  underThreshold: number
}

/**
 * Counts a file's entities for its row. Every type the file has is counted, the model's `types` first in their
 * order, then the others as met: a file analysed with the fine-grained model keeps its ten types after a switch
 * back to the news model, whose three alone are in `types` (QA: the summary said 18 entities, the row 4).
 */
export function rowCounts(entities: readonly Entity[], keep: EntityPredicate, types: readonly string[], minScore: number): RowCounts {
  const byType = new Map<string, number>()
  let kept = 0
  for (const entity of entities) {
    if (!keep(entity)) continue
    kept++
    byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1)
  }
  const order = [...types.filter((type) => byType.has(type)), ...[...byType.keys()].filter((type) => !types.includes(type))]
  return {
    kept,
    counts: order.map((type) => ({ type, count: byType.get(type)! })),
    underThreshold: entities.filter((entity) => entity.score < minScore).length,
  }
}

/**
 * The names of the analysed files the redacted copies leave readable unless the Redact tab's switch for
 * uncertain names is on, by type (uncertainByType, the Redact tab's count for the editor's text, over every file
 * done): their red line names the types as the Redact tab's does.
 */
export function namesUnderThreshold(items: readonly BatchItem[], replaced: ReadonlySet<string>, minScore: number): Map<string, number> {
  return uncertainByType(items.flatMap((item) => (item.status === 'done' ? item.entities ?? [] : [])), replaced, minScore)
}

/**
 * A file's text and entities (those `keep` chooses) as the file itself holds them: a file saved with CR LF
 * line breaks has a character more at each, which the offsets, and a name wrapped over a line, count. `npm run
 * annotate -- --document` writes its record so too.
 */
export function asInFile(item: BatchItem, keep: EntityPredicate): { text: string; entities: Entity[] } {
  const text = item.text ?? ''
  const entities = (item.entities ?? []).filter(keep)
  const breaks = item.lineBreaks
  if (!breaks) return { text, entities }
  const original = fileText(text, breaks)
  return {
    text: original,
    entities: entities.map((e) => {
      const start = fileOffset(e.start, breaks)
      const end = fileOffset(e.end, breaks)
      return { ...e, start, end, text: original.slice(start, end) }
    }),
  }
}

/** A row per entity, its file's name first; offsets in the file's own text (see asInFile). */
export function batchCsv(items: readonly BatchItem[], keep: EntityPredicate): string {
  const rows = items.flatMap((item) => csvEntityRows(asInFile(item, keep).entities).map((row) => [item.name, ...row]))
  return csvTable([['file', ...ENTITY_CSV_COLUMNS], ...rows])
}

/** The view's filters that `keep` applies (App.vue's shownByFilters is made of them), recorded in each file's line. */
export interface BatchView {
  minScore: number
  hiddenTypes: ReadonlySet<string>
}

/**
 * A line per file in the batch's order; a file that failed says why, one that was stopped is left out.
 * `text` is the file's own (line breaks as saved), and the offsets are in it. With `view`, each file's line says
 * what the filters left out of it, in the editor's JSON's `shown` block (shownRecord): the threshold, the hidden
 * types and how many of the file's names they hid (QA: the lines recorded no threshold, a file's names under 0.30
 * read as never found).
 */
export function batchJsonl(items: readonly BatchItem[], keep: EntityPredicate, model: { id: string; version: string } | null, view?: BatchView): string {
  return items
    .filter((item) => item.status === 'done' || item.status === 'failed')
    .map((item) => {
      if (item.status !== 'done') return jsonLine({ file: item.name, error: item.failure })
      const { text, entities } = asInFile(item, keep)
      const shown = view && shownRecord({ minScore: view.minScore, hiddenTypes: [...view.hiddenTypes].sort(), notShown: (item.entities ?? []).length - entities.length })
      return jsonLine({ file: item.name, model, offsets: 'utf16', ...(shown && { shown }), text, entities: jsonSpans(entities) })
    })
    .join('')
}

/**
/**
 * How each name (by type and nameKey) is written most often across the analysed files (mostWritten: of forms written
 * as often, the first met, in the batch's order and then the text's): the name list and pairs show a name so, as the
 * entity list does in one document. Not each file's own choice, taken from the first file that names it (re-check
 * QA: 埃隆•马斯克 once in a.txt and 埃隆·马斯克 three times in b.txt were exported as 埃隆•马斯克).
 */
function namesAsWritten(items: readonly BatchItem[], keep: EntityPredicate): Map<string, string> {
  const formsOf = new Map<string, Map<string, number>>()
  for (const item of items) {
    if (item.status !== 'done') continue
    for (const e of inTextOrder((item.entities ?? []).filter(keep))) {
      const key = `${e.type}\u0000${nameKeyOf(e.text)}`
      let forms = formsOf.get(key)
      if (!forms) formsOf.set(key, (forms = new Map()))
      const written = displayNameOf(e.text)
      forms.set(written, (forms.get(written) ?? 0) + 1)
    }
  }
  return new Map([...formsOf].map(([key, forms]) => [key, mostWritten(forms)]))
}

/**
 * A row per name across the analysed files, grouped as the entity panel groups a document's names: type,
 * name (as written most often in all the files, namesAsWritten), mentions in all, in how many files, and which (in
 * the batch's order, joined by " | "). Types in the order they first occur; within a type, the names in the most
 * files first.
 */
export function batchNameList(items: readonly BatchItem[], keep: EntityPredicate): string {
  const rows = new Map<string, { type: string; name: string; mentions: number; files: string[] }>()
  const written = namesAsWritten(items, keep)
  const typeOrder: string[] = []
  for (const item of items) {
    if (item.status !== 'done') continue
    for (const group of groupMentions((item.entities ?? []).filter(keep))) {
      if (!typeOrder.includes(group.type)) typeOrder.push(group.type)
      for (const mention of group.mentions) {
        const key = `${group.type}\u0000${nameKeyOf(mention.text)}`
        let row = rows.get(key)
        if (!row) rows.set(key, (row = { type: group.type, name: written.get(key) ?? mention.text, mentions: 0, files: [] }))
        row.mentions += mention.starts.length
        row.files.push(item.name)
      }
    }
  }
  const sorted = [...rows.values()].sort((a, b) =>
    typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || b.files.length - a.files.length || b.mentions - a.mentions)
  return csvTable([
    ['type', 'name', 'mentions', 'files', 'file_names'],
    ...sorted.map((r) => [r.type, r.name, r.mentions, r.files.length, r.files.join(' | ')]),
  ])
}

/**
 * The names that share sentences, over all analysed files: the single document's edge list (Source,
 * Target, Type, Weight: sentences shared, in all files; the names' types), then in how many files and
 * which. Most sentences first. Each name as written most often in all the files (namesAsWritten).
 */
export function batchNamePairs(items: readonly BatchItem[], keep: EntityPredicate): string {
  const pairs = new Map<string, { a: PairedName; b: PairedName; sentences: number; files: string[] }>()
  const written = namesAsWritten(items, keep)
  for (const item of items) {
    if (item.status !== 'done') continue
    for (const { a, b, sentences } of namePairs(item.text ?? '', (item.entities ?? []).filter(keep))) {
      const id = [a.key, b.key].sort().join('\u0001')
      let row = pairs.get(id)
      if (!row) pairs.set(id, (row = { a, b, sentences: 0, files: [] }))
      row.sentences += sentences
      row.files.push(item.name)
    }
  }
  const sorted = [...pairs.values()].sort((x, y) => y.sentences - x.sentences || y.files.length - x.files.length)
  return csvTable([
    [...NAME_PAIR_COLUMNS, 'files', 'file_names'],
    ...sorted.map((r) => [written.get(r.a.key) ?? r.a.text, written.get(r.b.key) ?? r.b.text, 'Undirected', r.sentences, r.a.type, r.b.type, r.files.length, r.files.join(' | ')]),
  ])
}

/** `view`: the filters `keep` applies, recorded in the JSONL (batchJsonl). */
export function exportBatch(format: BatchFormat, items: readonly BatchItem[], keep: EntityPredicate, model: { id: string; version: string } | null, view?: BatchView): string {
  if (format === 'names') return batchNameList(items, keep)
  if (format === 'pairs') return batchNamePairs(items, keep)
  return format === 'csv' ? batchCsv(items, keep) : batchJsonl(items, keep, model, view)
}

type RedactedCopyOptions = Omit<RedactionOptions, 'numbering'> & {
  /** The rules' switch (phones, e-mails, ID and bank card numbers): on, what they find in the copies' names is
   *  replaced too, as in the texts (see redactedPath). */
  patterns?: boolean
  /** Each copy named by its place in the batch, 001.redacted.txt, 002.redacted.txt …, in one folder: nothing of the
   *  files' names or folders is kept, a name only they hold neither. No list of which is which goes in the .zip. */
  numbered?: boolean
  /** The names the model found in the files' and folders' names (pathStems, namesInLines), for the copies' names
   *  alone, chosen by `keep` as the texts' are: a name only a file's name holds is replaced there too. */
  pathNames?: readonly Entity[]
  /** A .csv, .tsv or .jsonl file's records as one copy of the file, `<file>.redacted.csv` (its header, its columns,
   *  each cell redacted: redactedTable.ts), not a .txt per record (school QA: roster.csv#1 … #10.redacted.txt). Where
   *  a file's records are not all done, or a cell cannot be told for certain, its records are .txt copies as before. */
  tables?: boolean
}

/**
 * Every analysed file redacted as the Redact tab does it, the entities chosen by `keep`. Pseudonyms are
 * numbered across the whole batch, so a name is 人名1 in every file it is in, and unless `everywhere` is false a
 * name found in one file is replaced wherever it stands in any; in the copies' names too (see redactedPath). A
 * plain-text file is redacted as it was saved (asInFile), so every line of its copy ends as it did in the file: CR LF, LF or CR, mixed
 * if they were (QA: a file of all three came back with the most frequent one only). Redaction keeps every
 * line break, a name's over a wrap too, and takes a CR LF for one break.
 */
export function redactedCopies(items: readonly BatchItem[], keep: EntityPredicate, options: RedactedCopyOptions, ending = '.redacted.txt'): { name: string; text: string }[] {
  const done = items.filter((item) => item.status === 'done')
  const { patterns = false, numbered = false, pathNames = [], tables = false, ...redaction } = options
  const numbering = nameNumbering()
  const files = done.map((item) => asInFile(item, keep))
  // Every occurrence of a name found in any file, in every file (a roster's names, which the model misses
  // without a sentence around them, are found in the minutes): one matcher for the batch, each text read once.
  const spread = spreadNames(files.flatMap((file) => file.entities), redaction.types, files)
  const options_ = { ...redaction, numbering, spread: redaction.everywhere === false ? undefined : spread }
  const texts = files.map(({ text, entities }) => redact(text, entities, options_))
  // The copies: a text each, or (tables) a records file's records as one table where it can be written, in the place
  // of its first record. Redacted again after every text, with the same numbering: its names are numbered already.
  const sheets = tables ? tableCopies(done, files, texts, (i, text) => redact(text, files[i]!.entities, options_)) : new Map<number, TableCopy>()
  const copies: { path: string; ending: string; text: string }[] = []
  done.forEach((item, i) => {
    const sheet = item.sheet && sheets.get(i)
    if (sheet) copies.push({ path: sheet.path, ending: sheet.ending, text: sheet.text })
    else if (!(item.sheet && [...sheets.values()].some((copy) => copy.file === item.sheet!.file))) copies.push({ path: item.name, ending, text: texts[i]! })
  })
  // Named after the texts, so that the pseudonyms' numbers are those of the texts; a name found only in the files'
  // names comes after them.
  const inNames = numbered ? spread : spreadNames([...files.flatMap((file) => file.entities), ...pathNames.filter(keep)], redaction.types)
  const inTexts = files.flatMap((file) => file.entities)
  const names = numbered
    ? numberedNames(copies.map((copy) => copy.ending))
    : namesByEnding(copies.map((copy) => ({ path: redactedPath(copy.path, { ...redaction, numbering, spread: inNames }, patterns, spread, inTexts), ending: copy.ending })))
  return copies.map((copy, i) => ({ name: names[i]!, text: copy.text }))
}

/** A records file's redacted table: its path, its copy's ending and content (a byte-order mark first for a sheet). */
interface TableCopy {
  file: RecordsSheet
  path: string
  ending: string
  text: string
}

/**
 * The records files of `done` whose records are all done and whose every cell is told for certain (redactedCells), as
 * tables, by the index of their first record. `again(i, text)`: `done[i]`'s text (marked) redacted as `texts[i]` was.
 */
function tableCopies(done: readonly BatchItem[], files: readonly { text: string }[], texts: readonly string[], again: (i: number, text: string) => string): Map<number, TableCopy> {
  const bySheet = new Map<RecordsSheet, number[]>()
  done.forEach((item, i) => {
    if (item.sheet) bySheet.set(item.sheet.file, [...(bySheet.get(item.sheet.file) ?? []), i])
  })
  const copies = new Map<number, TableCopy>()
  for (const [file, at] of bySheet) {
    const { table } = file
    // A record stopped or failed: no table (a row of it would be missing), its records' copies as before.
    if (at.length !== table.rows.length) continue
    const cells: CellSpan[] = []
    const values: string[] = []
    const whole = at.every((i) => {
      const row = done[i]!.sheet!.row
      const layout = recordLayout({ id: '', text: files[i]!.text }, row, table)
      // The text analysed must be the record's as the table reads it, cell for cell.
      if (!layout.cells.every((cell) => {
        const value = table.rows[row]?.[cell.column] ?? ''
        const held = layout.text.slice(cell.start, cell.end)
        return held === value || held === value.trim()
      })) return false
      const redacted = redactedCells(layout, (text) => again(i, text), texts[i]!)
      if (!redacted) return false
      cells.push(...layout.cells)
      values.push(...redacted)
      return true
    })
    if (!whole) continue
    copies.set(at[0]!, { file, path: file.path, ending: tableFileType(table).ending, text: tableFileContent(table, redactedTableText(table, redactedRows(table, cells, values))) })
  }
  return copies
}

/** copyNames for copies of more than one ending (.redacted.txt, .redacted.csv): each ending's names apart. */
function namesByEnding(copies: readonly { path: string; ending: string }[]): string[] {
  const names = new Array<string>(copies.length)
  for (const ending of new Set(copies.map((copy) => copy.ending))) {
    const at = copies.flatMap((copy, i) => (copy.ending === ending ? [i] : []))
    copyNames(at.map((i) => copies[i]!.path), ending).forEach((name, k) => (names[at[k]!] = name))
  }
  return names
}

/** 001.redacted.txt, 002.redacted.csv …: as many digits as the largest number has, three at least, so the names sort. */
function numberedNames(endings: readonly string[]): string[] {
  const width = Math.max(3, String(endings.length).length)
  return endings.map((ending, i) => String(i + 1).padStart(width, '0') + ending)
}

/** A path's segments, each with the extension redaction leaves alone (the last segment's, unless a number the rules
 *  find runs into it: zhang@example.com is an e-mail address, not a file of type .com). */
function pathSegments(path: string, patterns: boolean): { segment: string; extension: string; found: Entity[] }[] {
  const segments = path.split('/')
  return segments.map((segment, i) => {
    const found = patterns ? findPatterns(segment) : []
    let extension = i === segments.length - 1 ? (/\.[^.]+$/u.exec(segment)?.[0] ?? '') : ''
    if (found.some((e) => e.end > segment.length - extension.length)) extension = ''
    return { segment, extension, found }
  })
}

/** The stems of a path's segments (its folders' names, its own name less its extension), for the model to read. */
export function pathStems(path: string): string[] {
  return pathSegments(path, false).map(({ segment, extension }) => segment.slice(0, segment.length - extension.length))
}

/**
 * The phones, e-mails, ID and bank card numbers the rules find in a file's path (its folders' names and its own):
 * the Batch tab counts them with the texts' while the rules are off, as its copies' names keep them then (QA: the
 * red line counted 1 of 2, 13812345678_通话记录.txt's number not among them).
 */
export function patternsInPath(path: string): number {
  return pathSegments(path, true).reduce((sum, { found }) => sum + found.length, 0)
}

/**
 * A file's path (its folders' names and its own) with the batch's names replaced as in the texts, its extension
 * kept: 张伟华_劳动仲裁调查.docx is [人名1]_劳动仲裁调查.docx, so its copy is [人名1]_劳动仲裁调查.redacted.txt. QA: the
 * copies kept the files' names, and with pseudonyms shared across the batch, 李明辉-体检报告.redacted.txt
 * holding [人名2] said who [人名2] was in every copy. Every occurrence is replaced here whatever the Redact tab's
 * switch (which keeps words that are also names readable in a text): a file's name is too short to tell. With the
 * rules on, the numbers they find in it are replaced too, numbered with the texts' (13812345678_通话记录.txt was
 * 13812345678_通话记录.redacted.txt, its texts' numbers all replaced, QA). The names replaced are those found in
 * the texts and those the model finds in the files' names themselves (`spread` holds both: 王小明_简历.txt whose text
 * never names him kept his name, re-check QA). The Redact tab names its downloads after the file opened in the
 * editor the same way (its names, its numbering). A name of ASCII letters, digits, _ - and . only (ASCII_STEM) keeps
 * the places and organisations the model finds in the files' names: there only the names of `textNames` (found in the
 * texts: Smith_CV.docx where a text names Smith), a rule's, the user's dictionary's and the model's people are
 * replaced, and the words of a Latin name of a person of the texts (`textEntities`, textNames), joined by _ - . or
 * nothing (Maria_Garcia_CV, MariaGarcia where a text names Maria Garcia: latinNamesIn). A stem written as a person's
 * name (ZhangWei_resume: looksLikePersonName) that the model reads as any name, where a text names a person, is
 * replaced as any other name (re-check QA F2: 7cbcd30 left these four readable).
 */
export function redactedPath(path: string, options: RedactionOptions, patterns: boolean, textNames?: SpreadNames, textEntities?: readonly Entity[]): string {
  const people = textNames || textEntities ? textPeople(textNames, textEntities ?? []) : []
  return pathSegments(path, patterns).map(({ segment, extension, found }) => {
    const stem = segment.slice(0, segment.length - extension.length)
    if (!ASCII_STEM.test(stem)) return redact(stem, found, { ...options, everywhere: true }) + extension
    const { types, spread, neverMarked } = options
    const all = everyOccurrence(stem, found, types, spread, neverMarked)
    const ruled = all.filter((e) => isFromPattern(e) || isFromLexicon(e))
    const latin = types.has('PER') ? latinNamesIn(stem, people) : []
    // A stem written as a person's name (ZhangWei_resume) that the model read as a name, where a text names a Chinese
    // person whose surname one of its two words spells: as any other name (re-check QA F2: the given name a pinyin
    // spells is not known here, so the model's reading is kept).
    if (latin.length === 0 && ruled.length < all.length && looksLikePersonName(stem, people)) return redact(stem, found, { ...options, everywhere: true }) + extension
    const chosen = all.filter((e) => isFromPattern(e) || isFromLexicon(e) || e.type === 'PER')
    const inTexts = textNames ? everyOccurrence(stem, [], types, textNames, neverMarked) : []
    return redact(stem, [...chosen, ...inTexts, ...latin], { ...options, everywhere: false }) + extension
  }).join('/')
}

/**
 * A file or folder name of ASCII letters, digits, _ - and . only (A_lease, HT-2026-0312_final, v1.2): an identifier,
 * which redactedPath replaces only where a rule or the user's dictionary finds a name in it, the model a person, or a
 * text names a person (latinNamesIn), not where the model reads a place or an organisation. Contracts QA: the news
 * model read A_lease, B_bideval and C_service as places (0.33-0.70), so Batch zipped [地名3].redacted.docx, [地名4]…
 * and [地名5]…, and no copy could be told from another.
 */
const ASCII_STEM = /^[A-Za-z0-9_.-]+$/

/** The words of an ASCII stem with where each starts: split at _ - . and where a small letter or digit meets a capital
 *  (MariaGarcia, ZhangWei2026), or letters meet digits; an O before a capitalised word is one with it (OBrien, as
 *  latinNamesIn reads O'Brien). */
function stemWords(stem: string): { start: number; end: number; word: string }[] {
  return [...stem.matchAll(/(?<![A-Za-z])O[A-Z][a-z]+|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }))
}

/** Whether an ASCII stem is written as the name of a Chinese person of `people`: exactly two capitalised words, side by
 *  side (ZhangWei_resume), not one (A_lease, Garcia_notes) nor three (Garcia_Lease_Final), one of them a spelling of the
 *  person's surname (spellsSurnameOf: Zhang for 张伟). Recheck2 QA 2: any two such words where a text named anyone made
 *  Annual_Report, ProjectPlan, Meeting_Minutes, Tencent_Contract [ORG1] and Shanghai_Office [LOC1], as the model tags them. */
function looksLikePersonName(stem: string, people: readonly string[]): boolean {
  const words = stemWords(stem)
  const capitalised = [...words.keys()].filter((i) => /^[A-Z][a-z]+$/u.test(words[i]!.word))
  if (capitalised.length !== 2 || capitalised[1]! - capitalised[0]! !== 1) return false
  const chinese = people.filter((person) => /^\p{Script=Han}/u.test(person))
  return capitalised.some((i) => chinese.some((person) => spellsSurnameOf(words[i]!.word, person)))
}

/** The people the texts name: those of `textEntities` and of `textNames` (spreadNames keeps no Latin name of several
 *  words, so Maria Garcia is only among the first). */
function textPeople(textNames: SpreadNames | undefined, textEntities: readonly Entity[]): string[] {
  const people = new Set(textEntities.filter((e) => e.type === 'PER').map((e) => e.text))
  const walk = (node: SpreadNames['root']): void => {
    if (node.name?.[1].type === 'PER') people.add(node.name[1].text)
    for (const next of node.next.values()) walk(next)
  }
  if (textNames) walk(textNames.root)
  return [...people]
}

/**
 * The words of an ASCII stem that are words of a Latin name of a person the texts name (`people`), compared in small
 * letters, those side by side as one name (Maria_Garcia_CV: Maria_Garcia, numbered as Maria Garcia where every word
 * is that person's). Re-check QA F2: the text's Maria Garcia was looked for as written, so MariaGarcia.txt, Maria_Garcia_CV
 * and John-Smith-2026 kept the name or its given name readable. A word alone is taken only where it is a person's
 * surname (latinSurnames) of three letters or more (Lee_Report, Chen_Family_Trust for Mark Lee, Bill Chen): recheck2
 * QA 4, any word of two letters or more made Mark_up [PER1]_up (Mark Lee), Bill_of_Lading, Will_draft, May_2026_report,
 * Grant_Application, na_values.csv and An_overview (Li Na, An Qi) a person's. An apostrophe joins (O'Brien: OBrien_CV).
 */
function latinNamesIn(stem: string, people: readonly string[]): Entity[] {
  const owners = new Map<string, Set<string>>()
  const surnames = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, word: string, person: string) => map.set(word, (map.get(word) ?? new Set()).add(person))
  for (const person of people) {
    const words = person.normalize('NFD').replace(/\p{M}/gu, '').replace(/['\u2019]/gu, '').toLowerCase().split(/[^a-z]+/u).filter((word) => word.length >= 2)
    for (const word of words) add(owners, word, person)
    for (const word of latinSurnames(words)) add(surnames, word, person)
  }
  if (owners.size === 0) return []
  const found: Entity[] = []
  let run: { start: number; end: number; words: number; owners: Set<string> } | undefined
  const close = () => {
    if (!run) return
    const of = run.words > 1 ? run.owners : surnames.get(stem.slice(run.start, run.end).toLowerCase())
    if (of && (run.words > 1 || run.end - run.start >= 3)) {
      const fullName = of.size === 1 ? [...of][0]! : undefined
      found.push({ start: run.start, end: run.end, type: 'PER', text: stem.slice(run.start, run.end), score: 1, ...(fullName ? { fullName } : {}) } as Entity)
    }
    run = undefined
  }
  for (const { start, end, word } of stemWords(stem)) {
    const of = owners.get(word.toLowerCase())
    const shared = of && run && /^[_.-]?$/u.test(stem.slice(run.end, start)) ? [...run.owners].filter((p) => of.has(p)) : []
    if (run && shared.length > 0) run = { start: run.start, end, words: run.words + 1, owners: new Set(shared) }
    else {
      close()
      if (of) run = { start, end, words: 1, owners: new Set(of) }
    }
  }
  close()
  return found
}

/** The words of a Latin name (in small letters) that can be its surname: the last (Mark Lee), and the first where it
 *  spells a Chinese surname (Zhang Wei, Tan Ah Kow, written surname first). */
function latinSurnames(words: readonly string[]): string[] {
  if (words.length < 2) return [...words]
  const first = words[0]!
  return [words[words.length - 1]!, ...(spellsSurnameOf(first) ? [first] : [])]
}

/** Files in one .zip (jszip, loaded when asked for). */
async function zipOf(files: readonly { name: string; content: string | Uint8Array }[]): Promise<Blob> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  for (const { name, content } of files) zip.file(name, content)
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' })
}

/** The redacted copies (see redactedCopies) in one .zip, as .txt files or as Word documents. */
export async function redactedZip(items: readonly BatchItem[], keep: EntityPredicate, options: RedactedCopyOptions, as: 'txt' | 'docx' = 'txt'): Promise<Blob> {
  // Word documents of a table's rows stay a document per row; the .txt copies give a records file as its table.
  const copies = redactedCopies(items, keep, { ...options, tables: as === 'txt' && options.tables !== false }, `.redacted.${as}`)
  return zipOf(await Promise.all(copies.map(async ({ name, text }) => ({ name, content: as === 'txt' ? text : await textToDocx(text) }))))
}

/** Every analysed file as an annotated Word document (the Export tab's), the entities chosen by `keep`, in one .zip. */
export async function annotatedZip(items: readonly BatchItem[], keep: EntityPredicate): Promise<Blob> {
  const done = items.filter((item) => item.status === 'done')
  const names = copyNames(done.map((item) => item.name), '.annotated.docx')
  return zipOf(await Promise.all(done.map(async (item, i) => ({
    name: names[i]!,
    content: await textToDocx(annotatedRuns({ text: item.text ?? '', entities: (item.entities ?? []).filter(keep) })),
  }))))
}
