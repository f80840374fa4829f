// The entity panel's view of a document: per type, the distinct mentions and how often each occurs.
import type { Entity } from '../engine'
import { radicalsToIdeographs } from './radicals'
import { LINE_BREAK, LINE_BREAK_CLASS } from './sentences'

// Whitespace inside a name is layout, not part of it: a line wrap (the engine reads 马\n克龙 as one name
// across it, windows.ts unwrapLines), letter spacing (人 民 大 会 堂, closeLetterSpacing) or the padding
// of a two-character name to the width of three (李\u3000强). Between two Latin words it is a space.
// NEL (U+0085) is a line break to the engine (and whitespace), though not to \s.
const WHITESPACE = new RegExp(`[\\s${LINE_BREAK_CLASS}]+`, 'gu')
const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{Nd}]$/u
export const HAN = /^\p{Script=Han}$/u

/** The code point that ends just before `at` and the one that starts at `at` (surrogate pairs whole). */
function neighbours(text: string, from: number, to: number): [string, string] {
  const before = from >= 2 && /[\uDC00-\uDFFF]/.test(text[from - 1]!) ? text.slice(from - 2, from) : text[from - 1] ?? ''
  return [before, String.fromCodePoint(text.codePointAt(to) ?? 0x20)]
}

/** Characters that show nothing and change nothing (zero-width space, soft hyphen, word joiner, variation
 *  selectors ...): pasted from a web page or a PDF, a name with one reads as the name without. */
export const IGNORABLE_CHARS = /\p{Default_Ignorable_Code_Point}/gu

/** The name as written without its invisible characters (IGNORABLE_CHARS, unless it holds nothing else) and its
 *  layout whitespace: wraps and spacing between Chinese characters taken out, a wrap between two Latin words
 *  kept as one space. Only shown and exported (the panel, the names and pairs CSV): offsets come from the
 *  entities. QA: 李\u200b强 was grouped with 李强 but listed and exported as 李\u200b强. */
export function displayName(text: string): string {
  return withoutLayoutWhitespace(text.replace(IGNORABLE_CHARS, '') || text)
}

function withoutLayoutWhitespace(text: string): string {
  return text.replace(WHITESPACE, (whitespace: string, at: number) => {
    const [before, after] = neighbours(text, at, at + whitespace.length)
    const wrap = LINE_BREAK.test(whitespace)
    if (LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)) return wrap ? ' ' : whitespace
    return wrap || (HAN.test(before) && HAN.test(after)) ? '' : whitespace
  })
}

/** Letters and digits that make one word with a Latin letter or digit beside them; a combining mark is part
 *  of the letter before it. */
const IN_LATIN_WORD = /^[\p{Script=Latin}\p{Nd}\p{M}]$/u
const IGNORABLE_CODE_POINT = new RegExp(`^${IGNORABLE_CHARS.source}$`, 'u')

/** The nearest code point from `at` on (or before `at`, `backwards`) that is not IGNORABLE_CHARS, or ''. */
function visibleNeighbour(text: string, at: number, backwards: boolean): string {
  let i = at
  while (backwards ? i > 0 : i < text.length) {
    if (backwards) i -= i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) ? 2 : 1
    const c = String.fromCodePoint(text.codePointAt(i)!)
    if (!IGNORABLE_CODE_POINT.test(c)) return c
    if (!backwards) i += c.length
  }
  return ''
}

/**
 * Whether text[start, end) is a whole word where it begins or ends in a Latin letter or digit: the text does
 * not go on in letters or digits there, invisible characters read past (meta, not the meta of metaverse nor
 * of meta\u00adverse); a Chinese edge may touch anything (北京 in 在北京开会). The rule by which redaction
 * spreads names (redact.ts, wholeWord).
 */
export function isWholeWordAt(text: string, start: number, end: number): boolean {
  const runsOn = (edge: string, beside: string) => LATIN_OR_DIGIT.test(edge) && IN_LATIN_WORD.test(beside)
  const [first, last] = [visibleNeighbour(text, start, false), visibleNeighbour(text, end, true)]
  return !runsOn(first, visibleNeighbour(text, start, true)) && !runsOn(last, visibleNeighbour(text, end, false))
}

/**
 * What makes two mentions the same name: its invisible characters (IGNORABLE_CHARS) and layout whitespace
 * (displayName) removed, then Unicode NFKC, which also reads full-width Latin letters as ASCII (Ａｐｐｌｅ =
 * Apple) and Kangxi radicals as ideographs (⼈ = 人), and the CJK Radicals Supplement forms NFKC leaves
 * alone (⺠ = 民) read as their ideographs too.
 */
export function mentionKey(text: string): string {
  return radicalsToIdeographs(displayName(text.replace(IGNORABLE_CHARS, ''))).normalize('NFKC')
}

/**
 * The middle dots a foreign name in Chinese is written with, one name whichever (埃隆·马斯克, 埃隆•马斯克, 埃隆‧马斯克,
 * 埃隆・马斯克): the engine's NAME_DOTS (src/engine/decode.ts, a unit test keeps the two the same; not imported, so that
 * the page's bundle does not take the decoder in), and the math dots ⋅ ∙ the engine reads as U+00B7 (NAME_DOT_FORMS),
 * as redaction's one name (redact.ts, MIDDLE_DOTS). NFKC made
 * U+FF65 U+30FB already.
 */
const NAME_DOT = /[·・･‧•⋅∙]/gu

/**
 * What makes two mentions one name in the entity list, its counts and what is exported from it (the names and pairs
 * CSV, Batch's name list): mentionKey, and any middle dot as U+00B7 (international news QA: 埃隆·马斯克 and 埃隆•马斯克
 * were two rows and split the counts, where redaction made them one pseudonym). Not mentionKey itself: redaction
 * compares code points by it. Traditional and simplified forms (澤連斯基, 泽连斯基) stay two rows: the table that
 * links them in redaction is loaded only with the Redact or Batch tab (redact.ts, loadCommonWords), and the list
 * would regroup when it came.
 */
export function nameKey(text: string): string {
  return mentionKey(text).replace(NAME_DOT, '·')
}

/**
 * The form of a name written most often among `forms` (each written form and how often), the first met of those
 * written as often: one row for 埃隆·马斯克 and 埃隆•马斯克 is shown as the text writes it most.
 */
export function mostWritten(forms: ReadonlyMap<string, number>): string {
  let best = ''
  let most = 0
  for (const [form, count] of forms) {
    if (count > most) [best, most] = [form, count]
  }
  return best
}

/** Remembered results of a function of a name's text: a long document names the same few hundred names
 *  thousands of times, and the panels list them again after every change. */
function remembered(of: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>()
  return (text) => {
    let result = known.get(text)
    if (result === undefined) {
      if (known.size >= 100_000) known.clear()
      known.set(text, (result = of(text)))
    }
    return result
  }
}

/** `nameKey` and `displayName`, remembered. */
export const nameKeyOf = remembered(nameKey)
export const displayNameOf = remembered(displayName)

/** The entities in text order (a stable sort by start); the list itself where it is in that order already. */
export function inTextOrder<T extends { start: number }>(entities: readonly T[]): readonly T[] {
  for (let i = 1; i < entities.length; i++) {
    if (entities[i]!.start < entities[i - 1]!.start) return [...entities].sort((a, b) => a.start - b.start)
  }
  return entities
}

export interface Mention {
  text: string
  type: string
  /** Document offsets of every occurrence, in order. */
  starts: number[]
}

export interface TypeGroup {
  type: string
  count: number
  mentions: Mention[]
}

/** Groups entities by type (in `typeOrder`, then any other type alphabetically); mentions by frequency, each one
 *  name (nameKey) shown as it is written most often (mostWritten). */
export function groupMentions(entities: readonly Entity[], typeOrder: readonly string[] = []): TypeGroup[] {
  const byType = new Map<string, Map<string, Mention>>()
  const counts = new Map<string, number>()
  /** The written forms of the mentions written more than one way, and how often each. */
  const formsOf = new Map<Mention, Map<string, number>>()
  for (const e of inTextOrder(entities)) {
    let mentions = byType.get(e.type)
    if (!mentions) byType.set(e.type, (mentions = new Map()))
    const key = nameKeyOf(e.text)
    const written = displayNameOf(e.text)
    let mention = mentions.get(key)
    if (!mention) mentions.set(key, (mention = { text: written, type: e.type, starts: [] }))
    else if (written !== mention.text || formsOf.has(mention)) {
      let forms = formsOf.get(mention)
      if (!forms) formsOf.set(mention, (forms = new Map([[mention.text, mention.starts.length]])))
      forms.set(written, (forms.get(written) ?? 0) + 1)
    }
    mention.starts.push(e.start)
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1)
  }
  for (const [mention, forms] of formsOf) mention.text = mostWritten(forms)
  const rank = (type: string) => {
    const i = typeOrder.indexOf(type)
    return i < 0 ? typeOrder.length : i
  }
  return [...byType.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((type) => ({
      type,
      count: counts.get(type) ?? 0,
      mentions: [...byType.get(type)!.values()].sort(
        (a, b) => b.starts.length - a.starts.length || (a.starts[0] ?? 0) - (b.starts[0] ?? 0),
      ),
    }))
}

/** Whether a name holds what was typed in the entity panel's filter, matched as names are grouped (nameKey:
 *  full-width = ASCII, layout spacing ignored, any middle dot), any case; null for an empty filter, which keeps every name.
 *  With `simplified` (redact.ts's Traditional→Simplified table, traditionalToSimplified) both the query and the names
 *  in simplified form, so either script finds both (QA: 陈美玲 did not find 陳美玲, nor 警務 香港警务处, where Redact
 *  makes them one name); without it (not loaded yet), as written. */
export function nameFilter(query: string, simplified?: ReadonlyMap<string, string> | null): ((name: string) => boolean) | null {
  const fold = simplified ? (key: string) => Array.from(key, (c) => simplified.get(c) ?? c).join('') : (key: string) => key
  const needle = fold(nameKey(query.trim()).toLowerCase())
  return needle ? (name) => fold(nameKey(name).toLowerCase()).includes(needle) : null
}

/** The groups narrowed down to the names `matches` keeps; each group's count is then the occurrences of
 *  the names left in it, and a group left with none is dropped. */
export function filterGroups(groups: readonly TypeGroup[], matches: (name: string) => boolean): TypeGroup[] {
  return groups
    .map((group) => {
      const mentions = group.mentions.filter((m) => matches(m.text))
      return { ...group, mentions, count: mentions.reduce((sum, m) => sum + m.starts.length, 0) }
    })
    .filter((group) => group.mentions.length > 0)
}

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g
const FULL_WIDTH_ASCII_OR_SPACE = /[\uFF01-\uFF5E\u3000]/g

/**
 * Full-width ASCII (！ to ～: ＩＢＭ, １２３) as ASCII, and with `space` the ideographic space U+3000 as a space,
 * one UTF-16 unit for one, so offsets into the folded text are offsets into the original. The contact rules
 * (patterns.ts) fold the letters only; the user's dictionary (userLexicon.ts) folds the space too.
 */
export function foldFullWidth(text: string, { space = false }: { space?: boolean } = {}): string {
  return text.replace(space ? FULL_WIDTH_ASCII_OR_SPACE : FULL_WIDTH_ASCII, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}
