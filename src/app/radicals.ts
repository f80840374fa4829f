// CJK radical code points read as the ideographs they stand for (Unicode's EquivalentUnifiedIdeograph.txt
// for U+2E80–U+2FDF, written by `python -m shiti_train.t2s`). CJK fonts draw a radical and its ideograph
// with one glyph, and many PDFs (Chromium's own among them) map that glyph back to the radical: 人民大会堂
// comes out as ⼈⺠⼤会堂, which looks the same but is other characters to search, copy, export and group.
import radicalTable from './cjk-radicals.json'

const RADICAL = /[\u2E80-\u2FDF]/gu
const RADICAL_EQUIVALENTS: Readonly<Record<string, string>> = radicalTable

/** Radicals in running text are nearly always that; a radical with no equivalent stays as it is. */
export function radicalsToIdeographs(text: string): string {
  return text.replace(RADICAL, (radical) => RADICAL_EQUIVALENTS[radical] ?? radical)
}
