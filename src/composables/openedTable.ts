// The records file (.csv, .tsv, .jsonl) last opened in the editor, as a table, and where the editor's text holds its
// cells as the text is edited: the Redact tab offers the file back as a redacted table from it (redactedTable.ts;
// school QA: a roster could be had back only as `列名：值` lines). Kept in memory only, as the file's name is.
import { shallowRef } from 'vue'
import type { ImportedText } from '../app/fileImport'
import type { RecordsTable } from '../app/records'
import { editorLayout, followEdit, type TableLayout } from '../app/redactedTable'

export interface OpenedTable {
  /** The file's name, as the editor's sourceName has it. */
  name: string
  table: RecordsTable
  /** The cells in the text as the file gave it. */
  opened: TableLayout
  /** The cells in the editor's text now: null once an edit touched a label, a line break between cells or two cells. */
  now: TableLayout | null
}

export const openedTable = shallowRef<OpenedTable | null>(null)

/** The editor took `imported`, the text of the file `name`: its table, or none for any other file. */
export function rememberOpenedTable(name: string, imported: ImportedText): void {
  if (!imported.recordsTable) {
    openedTable.value = null
    return
  }
  const { table, records } = imported.recordsTable
  const opened = editorLayout(records, table)
  openedTable.value = opened.text === imported.text ? { name, table, opened, now: opened } : null
}

/** The editor's text is `text` now (an edit, one span): the cells follow it, or the text is no table of the file any
 *  more; the file's own text again (Restore, undo) is. */
export function followOpenedTable(text: string): void {
  const table = openedTable.value
  if (!table) return
  const now = text === table.opened.text ? table.opened : table.now && followEdit(table.now, text)
  if (now !== table.now) openedTable.value = { ...table, now }
}

/** The cells in `text` (the analysed text, which may be an edit or two behind the editor's): null when it is no
 *  table of the file opened as `name`. */
export function tableLayoutOf(name: string | null | undefined, text: string): { table: RecordsTable; layout: TableLayout } | null {
  const table = openedTable.value
  if (!table || !name || table.name !== name) return null
  const layout = table.now?.text === text ? table.now : text === table.opened.text ? table.opened : table.now && followEdit(table.now, text)
  return layout ? { table: table.table, layout } : null
}
