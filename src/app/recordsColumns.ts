// The columns of a .csv, .tsv or .jsonl file that were not read (records.ts's `leftOut`), listed as both the editor's
// note and the Batch tab's line name them: one helper, so that the two say the same columns the same way (QA: the
// editor named them, the Batch tab read the same sheets and named none).

/** The most left-out columns a note names; past it, the note says how many in all (a sheet of 40 columns is not
 *  listed whole). */
export const LEFT_OUT_SHOWN = 5

/** vue-i18n's `t` as the helpers here call it (a message's key, its named values, the count its plural follows). */
type Translate = (key: string, named: Record<string, unknown>, plural?: number) => string

/**
 * A note on the columns of a records file not read: `keys.some` (every one named, {names}) or, for more than
 * LEFT_OUT_SHOWN, `keys.more` (the first LEFT_OUT_SHOWN named, {count}: how many in all), with `named`'s values too,
 * plural by how many. Each column as the file writes its name, or `editor.recordsColumnNumber` (column 3, 第 3 列) in a
 * sheet with no header row (`header` false: `leftOut` holds their numbers). The list in the interface's language
 * (Intl.ListFormat: "mid and 发布时间", "mid和发布时间"); `count` written by `n`.
 */
export function columnsLeftOutNote(
  leftOut: readonly string[],
  header: boolean,
  keys: { some: string; more: string },
  named: Record<string, unknown>,
  { t, n, locale }: { t: Translate; n: (value: number) => string; locale: string },
): string {
  const shown = leftOut.slice(0, LEFT_OUT_SHOWN).map((column) => (header ? column : t('editor.recordsColumnNumber', { n: column })))
  const names = new Intl.ListFormat(locale).format(shown)
  const key = leftOut.length > LEFT_OUT_SHOWN ? keys.more : keys.some
  return t(key, { ...named, names, count: n(leftOut.length) }, leftOut.length)
}
