// Lists in the interface's language, spaced as Chinese is written: Intl.ListFormat's Chinese 和 / 或 sits between
// two items with no space, which is right between Han characters and wrong next to Latin letters, digits or a
// file's extension (QA: "其中 .srt、.vtt和.ass 文件"; recheck QA: "地名 4和人名 2").

/** A character that takes no space next to Han: Han itself, CJK and full-width punctuation, Chinese quotes. */
const HAN_SIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u

const spaced = (character: string | undefined) => character !== undefined && !HAN_SIDE.test(character) && !/\s/u.test(character)

/**
 * `items` as a list in `locale` (Intl.ListFormat), with a space on each side of a Han conjunction (和, 或) that meets a
 * non-Han character: ".srt、.vtt 和 .ass", "“甲”和“乙”" unchanged. Other languages' lists as Intl.ListFormat gives them.
 */
export function listText(items: Iterable<string>, locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  const parts = new Intl.ListFormat(locale, { type }).formatToParts(items)
  return parts.map((part, i) => {
    if (part.type !== 'literal' || !/^\p{Script=Han}+$/u.test(part.value)) return part.value
    const before = [...(parts[i - 1]?.value ?? '')].at(-1)
    const after = [...(parts[i + 1]?.value ?? '')][0]
    return (spaced(before) ? ' ' : '') + part.value + (spaced(after) ? ' ' : '')
  }).join('')
}
