// The user's own dictionary: names the model misses or gets wrong (a company, a client, a colleague), kept in
// this browser only and laid over the model's entities. One entry per line:
//   腾讯 ORG        always mark 腾讯 as an organization (ORG/LOC/PER or 机构名/地名/人名, any case)
//   -新华           never mark exactly 新华 as an entity
//   # comment       ignored, as are blank lines
// Matching is exact (the same characters) except for what makes one name look like another: width (full-width
// ＩＢＭ and half-width IBM, as they are to the model), the case of Latin letters (Mark Anderson, MARK ANDERSON)
// and Traditional characters (英偉達 is 英伟达) once the Traditional→Simplified table is loaded; see lexiconFold.
// A name that begins or ends in a Latin letter or digit is matched as a whole word at that end (meta, not
// inside metaverse).
// A name of one Chinese character (亮 人名, 汉 地名: a teacher of classical texts lists them) is not marked where it
// makes a common word with the character before or after it (明亮, 遵守, 汉字, 好汉), nor after a degree adverb (很亮);
// see wordAround. Where it stands alone (亮曰, 蜀、魏) it is marked, and after a surname (刘备, 曹操, 曹魏, 孟获得知, 诸葛亮相迎)
// or a character of address (老王, 阿亮), whatever word it makes with either neighbour: a name, not a word.
import { COMMON_SURNAMES, COMPOUND_SURNAMES, type Entity } from '../engine'
import en from '../i18n/en'
import zh from '../i18n/zh'
import zhHant from '../i18n/zh-Hant'
import { isWordPair, loadWordPairs, wordPairs } from './commonWordPairs'
import { foldFullWidth, isWholeWordAt } from './mentions'

export interface LexiconEntry {
  surface: string
  /** Entity type to give every occurrence; null: the model's entities with exactly this text are dropped. */
  type: string | null
}

interface LexiconProblem {
  /** 1-based line number in the user's text. */
  line: number
  reason: 'unknown-type' | 'missing-type' | 'too-long'
  content: string
  /** For a missing type: the line as it was likely meant, when it ends in a type written without the space
   *  before it ("腾讯ORG" -> "腾讯 ORG"). */
  suggestion?: string
}

/**
 * A line about a name that a later line about the same name sets aside: the last line about a name is the one in
 * effect (QA: 王小明 人名 twice, or 王小明 人名 then 王小明 机构名 or -王小明, were resolved with no word said).
 * The last wins as a correction from the view writes it: its line goes last (withEntry), and a file added goes after
 * the lines already there. `duplicate`: the line in effect says the same (same name, same type); `overridden`: it
 * says otherwise (another type, or never to mark it).
 */
export interface LexiconRepeat {
  /** 1-based line number of the line set aside. */
  line: number
  reason: 'duplicate' | 'overridden'
  content: string
  /** The line in effect: its number and its text. */
  by: { line: number; content: string }
}

export interface UserLexicon {
  entries: LexiconEntry[]
  problems: LexiconProblem[]
  /** Lines set aside by a later line about the same name, by line; absent where there are none. Apart from the
   *  problems: such a line is no bad line, and the annotate CLI refuses a dictionary with problems. */
  repeats?: LexiconRepeat[]
}

/** An entity placed by the dictionary rather than the model. */
export interface LexiconEntity extends Entity {
  fromLexicon: true
}

export function isFromLexicon(entity: Entity): entity is LexiconEntity {
  return (entity as Partial<LexiconEntity>).fromLexicon === true
}

/** Longer names are almost surely a pasted paragraph, not a name. */
export const MAX_SURFACE_CHARS = 50
/** Dictionary entries get this score, so the confidence threshold never hides them. */
const LEXICON_SCORE = 1

/**
 * Every accepted spelling of the `types`, upper-cased, to the type: PER, 人名, PERSON -> PER, and so on, in
 * either UI language, so a dictionary reads the same on the page and in `npm run annotate --lexicon`.
 */
export function lexiconTypeNames(types: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>()
  for (const type of types) {
    spellings.set(type.toUpperCase(), type)
    for (const names of [en.types, zh.types, zhHant.types] as Record<string, string>[]) {
      const name = names[type]
      if (name) spellings.set(name.toUpperCase(), type)
    }
  }
  return spellings
}

/**
 * Parses the dictionary text. `typeNames` maps every accepted spelling of a type (upper-cased) to the type,
 * e.g. PER, 人名 -> PER. Later lines override earlier ones for the same name.
 */
export function parseLexicon(source: string, typeNames: ReadonlyMap<string, string>): UserLexicon {
  const bySurface = new Map<string, LexiconEntry>()
  const problems: LexiconProblem[] = []
  /** The line about each name read last so far, and the lines it set aside. */
  const lastLine = new Map<string, { line: number; content: string }>()
  const setAside: { line: number; content: string; entry: LexiconEntry }[] = []
  source.split(LINE_SEPARATOR).forEach((raw, index) => {
    const parsed = parseLine(raw, typeNames)
    if (parsed === null) return
    if ('reason' in parsed) {
      const content = raw.trim()
      const suggestion = parsed.reason === 'missing-type' ? spacedType(content, typeNames) : undefined
      problems.push({ line: index + 1, reason: parsed.reason, content, ...(suggestion && { suggestion }) })
      return
    }
    const before = bySurface.get(parsed.surface)
    if (before) setAside.push({ ...lastLine.get(parsed.surface)!, entry: before })
    lastLine.set(parsed.surface, { line: index + 1, content: raw.trim() })
    bySurface.delete(parsed.surface) // re-insert, so the order is that of the last mention
    bySurface.set(parsed.surface, parsed)
  })
  const repeats = setAside.map(({ line, content, entry }): LexiconRepeat => {
    const winner = bySurface.get(entry.surface)!
    return { line, reason: winner.type === entry.type ? 'duplicate' : 'overridden', content, by: lastLine.get(entry.surface)! }
  }).sort((a, b) => a.line - b.line)
  // The common words a one-character name is not marked in (wordAround) are loaded from here, as early as can be: the
  // page and the annotate CLI parse the dictionary before they load the character table, which comes in the same chunk.
  for (const entry of bySurface.values()) {
    if (entry.type !== null && isOneHan(entry.surface)) {
      loadWordPairs().catch((e: unknown) => console.warn('common words not loaded:', e))
      break
    }
  }
  return { entries: [...bySurface.values()], problems, ...(repeats.length > 0 && { repeats }) }
}

/** What separates the dictionary's lines: \r\n, \r or \n (a split, so a \r\n is one). */
const LINE_SEPARATOR = /\r\n|\r|\n/

/** "腾讯ORG" -> "腾讯 ORG": a line without a space that ends in a type's spelling, the longest that fits. */
function spacedType(content: string, typeNames: ReadonlyMap<string, string>): string | undefined {
  const upper = content.toUpperCase()
  let best = ''
  for (const spelling of typeNames.keys()) {
    if (spelling.length > best.length && spelling.length < content.length && upper.endsWith(spelling)) best = spelling
  }
  return best ? `${content.slice(0, -best.length)} ${content.slice(-best.length)}` : undefined
}

/** One line of the dictionary: an entry, a problem, or null for a blank line, a comment or a bare "-". */
function parseLine(raw: string, typeNames: ReadonlyMap<string, string>): LexiconEntry | { reason: LexiconProblem['reason'] } | null {
  const content = raw.trim()
  if (!content || content.startsWith('#')) return null
  let entry: LexiconEntry
  if (content.startsWith('-')) {
    entry = { surface: content.slice(1).trim(), type: null }
  } else {
    // The type is the last word on the line, so names may contain spaces (Latin names: "Jack Ma PER").
    const cut = content.search(/\s+\S+$/)
    if (cut < 0) return { reason: 'missing-type' }
    const type = typeNames.get(content.slice(cut).trim().toUpperCase())
    if (!type) return { reason: 'unknown-type' }
    entry = { surface: content.slice(0, cut), type }
  }
  if (!entry.surface) return null
  if (entry.surface.length > MAX_SURFACE_CHARS) return { reason: 'too-long' }
  return entry
}

/** The name a line is about, whether or not its type is valid (so a correction can replace a broken line). */
function lineSurface(raw: string): string | null {
  const content = raw.trim()
  if (!content || content.startsWith('#')) return null
  if (content.startsWith('-')) return content.slice(1).trim()
  const cut = content.search(/\s+\S+$/)
  return cut < 0 ? content : content.slice(0, cut)
}

/** The dictionary line that says `entry`: "华为 ORG", or "-新华" for a name never to mark. */
export function formatEntry(entry: LexiconEntry): string {
  return entry.type === null ? `-${entry.surface}` : `${entry.surface} ${entry.type}`
}

/** The lines of `source` about `surface`, as written. */
export function linesAbout(source: string, surface: string): string[] {
  return source.split(LINE_SEPARATOR).filter((line) => lineSurface(line) === surface)
}

/** What one correction changed: the names it touched and their lines before it, to take back alone. */
export interface LexiconChange {
  surfaces: string[]
  linesBefore: string[]
}

/**
 * `source` with `change` taken back: the lines about its names now out, their lines before it in again
 * (at the end). Every other line stays as it is now, whatever was written since, in this tab or another.
 */
export function withoutChange(source: string, change: LexiconChange): string {
  const kept = change.surfaces.reduce(withoutSurface, source).replace(/\s+$/, '')
  const lines = [...(kept ? [kept] : []), ...change.linesBefore]
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/**
 * `source` with every line about `surface` taken out (comments and other names kept as written). Used to
 * forget a name, and before adding one, so the dictionary holds one line per name.
 */
export function withoutSurface(source: string, surface: string): string {
  return source
    .split(LINE_SEPARATOR)
    .filter((line) => lineSurface(line) !== surface)
    .join('\n')
}

/**
 * `source` with `entry` as its last line, replacing the lines about the same name; null when the entry
 * cannot be written as a line that reads back as itself (a line break in it, a leading # or -, too long),
 * so the caller offers nothing rather than writing a line that means something else.
 */
export function withEntry(source: string, entry: LexiconEntry, typeNames: ReadonlyMap<string, string>): string | null {
  const line = formatEntry(entry)
  const back = parseLine(line, typeNames)
  if (LINE_SEPARATOR.test(entry.surface) || back === null || 'reason' in back) return null
  if (back.surface !== entry.surface || back.type !== entry.type) return null
  const kept = withoutSurface(source, entry.surface).replace(/\s+$/, '')
  return kept ? `${kept}\n${line}\n` : `${line}\n`
}

/**
 * `source` with the lines of `added` (a dictionary file) after its own, less those it already holds, so a file added
 * twice is not in the box twice (QA: every line was). An entry is left out where it is already in effect (the same
 * name with the same type, or never marked), counting the file's lines added before it; an entry the box gives
 * otherwise is added, and being last, takes effect, as a file's lines always did. A comment or a bad line is left out
 * only where the box held the same line before the import: the file's own repeats of one (three `# ----` between its
 * sections) are its layout and are kept (re-check QA: all but the first were dropped, and said to be in the
 * dictionary already, the box being empty). Blank lines are kept between the lines added, none at either end.
 * `skipped`: entries, comments and bad lines the box already held; `repeated`: entries left out only because the
 * file said them earlier (never counted as in the dictionary); blank lines in neither.
 */
export function withNewLines(source: string, added: string, typeNames: ReadonlyMap<string, string>): { source: string; added: number; skipped: number; repeated: number } {
  const inEffect = new Map(parseLexicon(source, typeNames).entries.map((e) => [e.surface, e.type]))
  const present = new Set(source.split(LINE_SEPARATOR).map((line) => line.trim()).filter((line) => line !== ''))
  /** Names a line of the file has been added about: what is in effect for them is the file's doing. */
  const fromFile = new Set<string>()
  const kept: string[] = []
  let skipped = 0
  let repeated = 0
  for (const raw of added.split(LINE_SEPARATOR)) {
    const line = raw.trim()
    if (!line) {
      if (kept.length > 0 && kept.at(-1) !== '') kept.push('')
      continue
    }
    const parsed = parseLine(raw, typeNames)
    const entry = parsed !== null && !('reason' in parsed) ? parsed : null
    if (entry && inEffect.has(entry.surface) && inEffect.get(entry.surface) === entry.type) {
      if (fromFile.has(entry.surface)) repeated++
      else skipped++
      continue
    }
    if (!entry && present.has(line)) {
      skipped++
      continue
    }
    if (entry) {
      inEffect.set(entry.surface, entry.type)
      fromFile.add(entry.surface)
    }
    kept.push(raw)
  }
  while (kept.at(-1) === '') kept.pop()
  if (kept.length === 0) return { source, added: 0, skipped, repeated }
  const text = kept.join('\n')
  const count = kept.filter((line) => line.trim() !== '').length
  return { source: source.trim() ? `${source.replace(/\s+$/, '')}\n${text}\n` : `${text}\n`, added: count, skipped, repeated }
}

/** A Traditional→Simplified character table (英偉達 -> 英伟达), one character to one: loadCommonWords in redact.ts
 *  loads it on demand (traditionalToSimplified). */
export type CharacterTable = ReadonlyMap<string, string>

/** ASCII capitals, and every other character of the Basic Multilingual Plane the table may hold. */
const FOLDED_CHARS = /[A-Z\u0080-\uffff]/g

/**
 * How the dictionary's names and the text are compared, one UTF-16 unit for one so offsets stay those of the
 * text: full-width ASCII (ＩＢＭ, １２３) and the ideographic space as their half-width forms, ASCII capitals as
 * small letters (QA: Mark Anderson PER missed MARK ANDERSON), and, with `simplified`, Traditional characters as
 * Simplified ones (QA: 英伟达 ORG missed 英偉達). Only ASCII letters change case: toLowerCase of İ is two units.
 */
export function lexiconFold(text: string, simplified?: CharacterTable | null): string {
  return foldFullWidth(text, { space: true }).replace(FOLDED_CHARS, (c) =>
    c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) + 32) : simplified?.get(c) ?? c)
}

/** Latin capitals and no small letter (US, WHO, IBM中国, ＩＴ): an acronym, which the same word in small letters is
 *  not (re-check QA: US LOC marked the us of "Contact us", WHO ORG the who of "who knows", IT ORG 把it放下). */
function inCapitalsOnly(name: string): boolean {
  const latin = foldFullWidth(name)
  return /[A-Z]/.test(latin) && !/[a-z]/.test(latin)
}

/** One Chinese character of the Basic Multilingual Plane (亮, 漢): a name that wordAround applies to. */
function isOneHan(name: string): boolean {
  return name.length === 1 && HAN.test(name)
}
const HAN = /\p{Script=Han}/u

/**
 * Degree adverbs, after which a character is an adjective or a verb and no name (很亮, 太亮, 更亮): the common words
 * do not hold such pairs.
 */
const DEGREE_ADVERBS = new Set('很太挺更最蛮较')
/**
 * What may stand next to a one-character place in a common word that still names that place: a state or a dynasty
 * (魏国, 汉朝, 东汉, 北魏). Without it 汉 地名 would lose 东汉 and 魏 地名 魏国, which it marked before.
 */
const STATE_AFTER = new Set('国朝')
const STATE_BEFORE = new Set('东西南北')
/**
 * Surnames (the engine's COMMON_SURNAMES, as redact.ts reads them): a surname and the character after it is a name
 * however often the pair is a word, and jieba's common words hold many famous ones (re-check QA: with 备 操 策 飞 云 羽
 * 忠 超 人名, 刘备, 曹操, 孙策, 张飞, 赵云, 关羽, 黄忠, 马超 left their given name unmarked, and with 魏 地名 曹魏 its 魏, so
 * where the model missed the name the Redact copy read 刘备 whole where it read 刘■). After a surname the entry is
 * marked, whatever word it makes with the character after it too (刘备受辱: 备受). The cost is over-marking where a
 * surname character begins an ordinary word: 明亮, 白云, 计策, 储备, 高超, 钟表, 洪亮, 武汉 and 罗汉 mark
 * their 亮, 云, 策, 备, 超, 表, 汉; a leaked name is worse than a masked word. Not after a degree adverb, where the
 * character is an adjective's (很明亮), and so no surname. Since the word after no longer keeps it either (孟获得知: a
 * re-check found 获得, 坚持, 统一, 亮出, 亮相 leaving the given name readable), a function word that is a surname
 * character marks it too: 和统一, 于获得, 时获得, 高亮出. Not where that character ends a common word with the one
 * before it (完成统一, 说明亮点: 成 of 完成, 明 of 说明, no surname).
 */
const SURNAMES: ReadonlySet<string> = new Set(COMMON_SURNAMES)
/**
 * Compound surnames (the engine's COMPOUND_SURNAMES): the entry after one is a given name as after a single surname
 * (re-check QA: 诸葛亮出师, 诸葛亮相迎 left 亮 unmarked through 亮出, 亮相).
 */
const COMPOUNDS: ReadonlySet<string> = new Set(COMPOUND_SURNAMES.split(' '))
/**
 * Characters of address before a name (老王, 小王, 阿亮): the pair is no word however often it is one in the common
 * words (re-check QA: 老王说, 隔壁老王 left 王 人名 unmarked through 老王, where 小王 was marked). Accepted over-marking:
 * 老汉 with 汉 地名.
 */
const ADDRESS = new Set('老小阿')

/**
 * The common word the one-character name at `at` of `folded` makes with a neighbour, as written in `text` (明亮, 遵守),
 * or null where it stands alone. QA (history teacher): 亮 人名 marked 明亮 and 很亮, 遵 人名 遵守, 汉 地名 汉字 and 好汉,
 * and the masked copy read 同学们要■守纪律。■字很美，他是好■。 `taken(i)`: whether the character at i is part of another
 * name of the dictionary that is marked, which makes no word with it (孔明亮 with 孔明 listed: 明亮 is no reason).
 * Null too until the words are loaded: the name is marked as before, never hidden while they come (see lexiconLayers).
 */
function wordAround(text: string, folded: string, at: number, taken: (i: number) => boolean = () => false): string | null {
  const words = wordPairs()
  if (words === null) return null
  const c = folded[at]!
  const before = at > 0 && !taken(at - 1) ? folded[at - 1]! : ''
  const after = at + 1 < folded.length && !taken(at + 1) ? folded[at + 1]! : ''
  const first = before && at > 1 && !taken(at - 2) ? folded[at - 2]! : ''
  if (before && DEGREE_ADVERBS.has(before)) return text.slice(at - 1, at + 1)
  // After a surname or a character of address the entry is a given name, whichever word it makes with the character
  // before (刘备, 曹魏, 老王) or after (孟获得知: 获得; 孙坚持刀: 坚持; 庞统一计: 统一): marked. 诸葛亮相迎: a compound
  // surname. Not where that character is an adjective's after a degree adverb (很明亮), nor where it ends a common word
  // with the character before it (完成统一: 成 of 完成, no surname; 说明亮点).
  if (before && (COMPOUNDS.has(first + before) || ((SURNAMES.has(before) || ADDRESS.has(before))
    && !(first && (DEGREE_ADVERBS.has(first) || isWordPair(words, first, before)))))) return null
  if (before && isWordPair(words, before, c) && !STATE_BEFORE.has(before)) return text.slice(at - 1, at + 1)
  if (after && isWordPair(words, c, after) && !STATE_AFTER.has(after)) return text.slice(at, at + 2)
  return null
}

/**
 * The common word a one-character entry's occurrence at start–end of `text` stands in, which keeps it unmarked there
 * (wordAround), or null: for the Dictionary tab's report of entries that mark nothing (lexiconReport.ts).
 */
export function lexiconWordAt(text: string, start: number, end: number, simplified: CharacterTable | null = null): string | null {
  if (end - start !== 1 || !HAN.test(text[start]!)) return null
  // Only the neighbours are folded (and the one before the character before, for 很明亮): the word is told by them alone.
  const from = Math.max(0, start - 2)
  const folded = lexiconFold(text.slice(from, end + 1), simplified)
  return wordAround(text.slice(from, end + 1), folded, start - from)
}

/** The typed entries by folded name, the name lengths that occur (longest first), and the names never to mark. */
interface LexiconIndex {
  simplified: CharacterTable | null
  typeOf: Map<string, string>
  /** Folded names listed only in capitals (US, WHO, IT): matched in capitals alone, not as the English words. */
  capitalsOnly: Set<string>
  lengths: number[]
  removed: Set<string>
}
const indexes = new WeakMap<readonly LexiconEntry[], LexiconIndex>()

/** Built once per parsed dictionary and table, and shared by every block of the document. */
function indexFor(entries: readonly LexiconEntry[], simplified: CharacterTable | null): LexiconIndex {
  let index = indexes.get(entries)
  if (!index || index.simplified !== simplified) {
    const typeOf = new Map<string, string>()
    const capitalsOnly = new Set<string>()
    const caseFree = new Set<string>()
    const removed = new Set<string>()
    for (const { surface, type } of entries) {
      const key = lexiconFold(surface, simplified)
      if (type === null) {
        removed.add(key)
        continue
      }
      typeOf.set(key, type) // of two lines that fold alike (Meta, META), the later one says the type
      if (inCapitalsOnly(surface)) capitalsOnly.add(key)
      else caseFree.add(key)
    }
    // A name also listed in small letters (Meta and META) matches in any case.
    for (const key of caseFree) capitalsOnly.delete(key)
    const lengths = [...new Set([...typeOf.keys()].map((s) => s.length))].sort((a, b) => b - a)
    indexes.set(entries, (index = { simplified, typeOf, capitalsOnly, lengths, removed }))
  }
  return index
}

/** An occurrence of a typed name: its offsets in the text and its folded name (the index's key). */
export interface LexiconOccurrence {
  start: number
  end: number
  key: string
}

/** Every occurrence in `text` (`folded`: as lexiconFold folds it) of the index's typed names, overlapping ones
 *  included, by start. */
function occurrencesIn(text: string, index: LexiconIndex, folded = lexiconFold(text, index.simplified)): LexiconOccurrence[] {
  const { typeOf, capitalsOnly, lengths } = index
  const found: LexiconOccurrence[] = []
  for (let at = 0; at < text.length; at++) {
    for (const length of lengths) {
      if (at + length > text.length) continue
      const key = folded.slice(at, at + length)
      if (!typeOf.has(key) || !isWholeWordAt(text, at, at + length)) continue
      if (capitalsOnly.has(key) && /[a-z]/.test(foldFullWidth(text.slice(at, at + length)))) continue
      found.push({ start: at, end: at + length, key })
    }
  }
  return found
}

/** Where the typed entries occur in `text`, as the dictionary finds them (folded alike, a Latin edge a word's edge,
 *  an acronym in capitals): the Dictionary tab's report of entries that mark nothing (lexiconReport.ts). */
export function lexiconOccurrences(text: string, entries: readonly LexiconEntry[], simplified: CharacterTable | null = null): LexiconOccurrence[] {
  return occurrencesIn(text, indexFor(entries, simplified))
}

/**
 * Every occurrence of the typed entries in `text`, longest first where they overlap, sorted by start. Looks
 * up the text's substrings of each listed length rather than searching for each entry, so the cost does not
 * grow with the dictionary: a 100,000-name client list costs what a short one does. A Latin edge must be a
 * word's edge (isWholeWordAt; QA: meta ORG was marked in 他最近喜欢metaverse概念).
 */
function dictionaryMatches(text: string, index: LexiconIndex): LexiconEntity[] {
  const folded = lexiconFold(text, index.simplified)
  const found: LexiconEntity[] = occurrencesIn(text, index, folded).map(({ start, end, key }) =>
    ({ start, end, type: index.typeOf.get(key)!, text: text.slice(start, end), score: LEXICON_SCORE, fromLexicon: true }))
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: LexiconEntity[] = []
  // A one-character name's neighbour that another name of the dictionary covers (a longer one marked, or another
  // one-character name: 蜀魏) makes no word with it. The one-character names come last (longest first), when every
  // longer one is kept or not.
  let taken: Uint8Array | undefined
  for (const m of found) {
    if (kept.some((k) => overlaps(k, m))) continue
    if (m.end - m.start === 1 && HAN.test(text[m.start]!)) {
      if (!taken) {
        taken = new Uint8Array(text.length)
        for (const k of kept) taken.fill(1, k.start, k.end)
        for (const o of found) if (o.end - o.start === 1) taken[o.start] = 1
      }
      const covered = taken
      if (wordAround(text, folded, m.start, (i) => covered[i] === 1) !== null) continue
    }
    kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

function overlaps(a: Entity, b: Entity): boolean {
  return a.start < b.end && b.start < a.end
}

function covers(outer: Entity, inner: Entity): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start
}

/** What the dictionary is laid over a text with, besides its entries. */
export interface LexiconOptions {
  /**
   * The confidence threshold in force: a model name scored below it is not shown, so it does not keep a
   * dictionary name inside it out (QA: 谷歌 ORG vanished inside a hidden 前谷歌/PER 0.26 at the default 0.30).
   * 0, the default, counts every model name as shown (the annotate CLI, which writes them all).
   */
  minScore?: number
  /** The Traditional→Simplified table, once loaded (null or absent: matched without it). */
  simplified?: CharacterTable | null
}

/**
 * The model's entities of `text` with the dictionary laid over them. A dictionary match replaces the model's
 * entities it overlaps (华为 over a model's 华/LOC), except where one model entity that is shown (scored at or
 * above `minScore`) strictly contains it: a listed 北京 does not split the model's 北京大学/ORG, while a listed
 * 谷歌 replaces a hidden 前谷歌/PER rather than vanish with it. Removal entries drop model entities with exactly
 * that text.
 */
export function applyLexicon(text: string, entities: readonly Entity[], lexicon: UserLexicon, options: LexiconOptions = {}): readonly Entity[] {
  return lexiconLayers(text, entities, lexicon, options.simplified)(options.minScore ?? 0)
}

/**
 * applyLexicon for any threshold, the text scanned once: the result changes only where the threshold passes
 * the score of a model name that contains a dictionary name, so each of those few bands is built once and
 * the same list is given back within one (a slider move redraws nothing it does not change).
 */
export function lexiconLayers(
  text: string, entities: readonly Entity[], lexicon: UserLexicon, simplified: CharacterTable | null = null,
): (minScore: number) => readonly Entity[] {
  if (lexicon.entries.length === 0) return () => entities
  const index = indexFor(lexicon.entries, simplified)
  const model = index.removed.size ? entities.filter((e) => !index.removed.has(lexiconFold(e.text, simplified))) : entities
  // With a one-character name, the matches depend on the common words (wordAround): until they are loaded it is
  // marked everywhere, as before (a name the user listed is never left out of a redacted copy while they come), and
  // when they come the layers are made again. wordPairs() is a reactive read, so a view that laid this over in a
  // computed is redone then, whichever of the words and the character table came first.
  const single = index.typeOf.size > 0 && index.lengths.at(-1) === 1
  let words = single ? wordPairs() : null
  if (single && words === null) loadWordPairs().catch((e: unknown) => console.warn('common words not loaded:', e))
  let matches: LexiconEntity[] = []
  let shownFrom: number[] = []
  let bands: number[] = []
  let layers: (readonly Entity[] | undefined)[] = []
  match()
  return (minScore) => {
    if (single && wordPairs() !== words) {
      words = wordPairs()
      match()
    }
    let band = 0
    while (band < bands.length && bands[band]! < minScore) band++
    return (layers[band] ??= layer(band < bands.length ? bands[band]! : Infinity))
  }
  function match(): void {
    matches = dictionaryMatches(text, index)
    // The score from which a model name containing each match is shown and keeps it out (-Infinity: none does).
    shownFrom = matches.map((m) => model.reduce((best, e) => (covers(e, m) && e.score > best ? e.score : best), -Infinity))
    bands = [...new Set(shownFrom.filter((s) => s > -Infinity))].sort((a, b) => a - b)
    layers = []
  }
  /** The result where the model names scored `shownAt` or above are shown and those below hidden. */
  function layer(shownAt: number): readonly Entity[] {
    const laid = matches.filter((_, i) => shownFrom[i]! < shownAt)
    const kept = model.filter((e) => !laid.some((m) => overlaps(e, m)))
    return [...kept, ...laid].sort((a, b) => a.start - b.start)
  }
}

/** The names the dictionary says never to mark (its `-` lines), as written: what the Redact and Batch copies are
 *  given (RedactionOptions.neverMarked), so that no name they spread is replaced where one of these stands. */
export function neverMarkedNames(entries: readonly LexiconEntry[]): string[] {
  return entries.filter((e) => e.type === null).map((e) => e.surface)
}

/**
 * Where the names never to mark stand in `text`, overlapping ones included: compared as applyLexicon compares a
 * model name with them (lexiconFold, with `simplified` where given), a Latin edge a word's edge as for the typed
 * names. The view drops a model name that is one of them; redaction spreads no name over one (everyOccurrence).
 */
export function neverMarkedOccurrences(text: string, names: readonly string[], simplified: CharacterTable | null = null): { start: number; end: number }[] {
  const keys = new Set(names.map((name) => lexiconFold(name, simplified)).filter((key) => key !== ''))
  if (keys.size === 0) return []
  const lengths = [...new Set([...keys].map((key) => key.length))]
  const firsts = new Set([...keys].map((key) => key[0]))
  const folded = lexiconFold(text, simplified)
  const found: { start: number; end: number }[] = []
  for (let at = 0; at < text.length; at++) {
    if (!firsts.has(folded[at])) continue
    for (const length of lengths) {
      if (at + length <= text.length && keys.has(folded.slice(at, at + length)) && isWholeWordAt(text, at, at + length)) found.push({ start: at, end: at + length })
    }
  }
  return found
}
