// The columns of a .csv, .tsv or .jsonl file that were not read (records.ts's `leftOut`), listed as both the editor's
// note and the Batch tab's line name them: one helper, so that the two say the same columns the same way (QA: the
// editor named them, the Batch tab read the same sheets and named none).

/** The most left-out columns a note names; past it, the note says how many in all (a sheet of 40 columns is not
 *  listed whole). */
export const LEFT_OUT_SHOWN = 5

/** The most characters of a column's name a note shows; a longer one is cut, with "…" (QA: a 240-character name took
 *  12 lines of the Batch tab). */
export const COLUMN_NAME_SHOWN = 30

/** vue-i18n's `t` as the helpers here call it (a message's key, its named values, the count its plural follows). */
type Translate = (key: string, named: Record<string, unknown>, plural?: number) => string
/** What the notes here are worded with: vue-i18n's `t`, a number's format, the interface's language. */
interface Words { t: Translate; n: (value: number) => string; locale: string }

/** A column's name as a note shows it: its first COLUMN_NAME_SHOWN characters (by code point, so that no character is
 *  split) and "…" when longer; `cut` false: whole (a title's full text). */
export function shownColumn(name: string, cut = true): string {
  const chars = [...name]
  return cut && chars.length > COLUMN_NAME_SHOWN ? `${chars.slice(0, COLUMN_NAME_SHOWN).join('')}…` : name
}

/**
 * A note on the columns of a records file not read: `keys.some` (every one named, {names}) or, for more than
 * LEFT_OUT_SHOWN, `keys.more` (the first LEFT_OUT_SHOWN named, {count}: how many in all), with `named`'s values too,
 * plural by how many. Each column as the file writes its name, or `editor.recordsColumnNumber` (column 3, 第 3 列) in a
 * sheet with no header row (`header` false: `leftOut` holds their numbers). The list in the interface's language
 * (Intl.ListFormat: "mid and 发布时间", "mid和发布时间"); `count` written by `n`. A name longer than COLUMN_NAME_SHOWN
 * is cut (shownColumn), unless `cut` is false.
 */
export function columnsLeftOutNote(
  leftOut: readonly string[],
  header: boolean,
  keys: { some: string; more: string },
  named: Record<string, unknown>,
  { t, n, locale }: Words,
  cut = true,
): string {
  const shown = leftOut.slice(0, LEFT_OUT_SHOWN).map((column) => (header ? shownColumn(column, cut) : t('editor.recordsColumnNumber', { n: column })))
  const names = new Intl.ListFormat(locale).format(shown)
  const key = leftOut.length > LEFT_OUT_SHOWN ? keys.more : keys.some
  return t(key, { ...named, names, count: n(leftOut.length) }, leftOut.length)
}

/** The records files of a batch whose columns were not all read (batch.ts's RecordsColumns), as listed. */
interface FileColumns { file: string; column: string; header: boolean; leftOut: readonly string[] }

/** The most files a Batch tab line names; past it, the line says how many in all. */
export const FILES_NAMED = 3
/** The most lines the Batch tab gives the columns not read; past it, one more line says how many files are not listed
 *  (QA: 20 sheets of one header made 20 lines, 876 px, and pushed the results below the fold). */
export const COLUMN_LINES = 5

/** A Batch tab line: `text` as shown, `full` with no column's name cut (for its title), when it differs. */
export interface ColumnsLine { text: string; full?: string }

/**
 * The Batch tab's lines on the columns not read: files that read the same column and left out the same ones share a
 * line, which names them (FILES_NAMED at most, then how many in all: "20 files (a.csv, b.csv, c.csv …)",
 * "a.csv、b.csv、c.csv等 20 个文件"), in the batch's order of their first file; COLUMN_LINES lines at most, then
 * one saying how many more files left columns out (batch.recordsOtherFiles).
 */
export function batchColumnsLines(files: readonly FileColumns[], words: Words): ColumnsLine[] {
  const { t, n, locale } = words
  const groups = new Map<string, FileColumns[]>()
  for (const entry of files) {
    const key = JSON.stringify([entry.column, entry.header, entry.leftOut])
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }
  const list = new Intl.ListFormat(locale)
  // The list's own separator between two items (", ", "、"), for the first files of a longer list.
  const separator = list.format(['\u0001', '\u0002', '\u0003']).split('\u0001')[1]!.split('\u0002')[0]!
  const all = [...groups.values()]
  const lines = all.slice(0, COLUMN_LINES).map((group): ColumnsLine => {
    const { column, header, leftOut } = group[0]!
    const paths = group.map(({ file }) => file)
    const name = paths.length <= FILES_NAMED
      ? list.format(paths)
      : t('batch.recordsFilesMore', { names: paths.slice(0, FILES_NAMED).join(separator), count: n(paths.length) }, paths.length)
    const line = (cut: boolean) => columnsLeftOutNote(leftOut, header, { some: 'batch.recordsLeftOut', more: 'batch.recordsLeftOutMore' },
      { name, column: header ? t('batch.recordsColumn', { column: shownColumn(column, cut) }) : t('editor.recordsColumnNumber', { n: column }) },
      words, cut)
    const text = line(true)
    const full = line(false)
    return full === text ? { text } : { text, full }
  })
  const others = all.slice(COLUMN_LINES).reduce((sum, group) => sum + group.length, 0)
  if (others > 0) lines.push({ text: t('batch.recordsOtherFiles', { count: n(others) }, others) })
  return lines
}
