// Redaction: replace the chosen entity types in a text with a type tag, a consistent pseudonym, or
// a ■ mask. Works on the original string with the engine's UTF-16 offsets.
import { COMMON_SURNAMES, type Entity } from '../engine'
import { isWordPair, loadWordPairs, wordPairs, type WordPairs } from './commonWordPairs'
import { HAN, IGNORABLE_CHARS, mentionKey } from './mentions'
import { isFromPattern } from './patterns'
import { nonOverlapping } from './segments'
import { LINE_BREAK, LINE_BREAK_CLASS } from './sentences'
import { neverMarkedOccurrences } from './userLexicon'

export type RedactionMode = 'tag' | 'pseudonym' | 'mask'

/**
 * Which found names redaction replaces, before its types: those at or above the view's confidence threshold,
 * or every one when the uncertain ones are asked for too. The view's legend plays no part: a type hidden
 * there to read the others is still a type the Redact tab's boxes may ask to replace.
 */
export function redactionFilter(minScore: number, includeUncertain: boolean): (entity: Entity) => boolean {
  return (entity) => includeUncertain || entity.score >= minScore
}

/**
 * The types redaction replaces: every one found or offered but those the user unticked. A type that comes later
 * (a model switch, the rules' phone numbers, a file in the batch) is replaced too: too much is the safe side.
 */
export function replacedTypes(types: Iterable<string>, keptInClear: readonly string[]): string[] {
  return [...new Set(types)].filter((type) => !keptInClear.includes(type))
}

/**
 * The place and organisation names a statute's or regulation's title holds, which redaction keeps: a published
 * judgment cites 《中华人民共和国民法典》, 《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》 and
 * 《上海市住房租赁条例》 as they are, for they identify no one, and 《[地名]民法典》 made its reasoning unreadable (court
 * clerk QA). A title is what stands between 《 and 》 (or 〈 and 〉, as one is cited inside another) and ends in a
 * word such a text's title ends in (法, 条例, 解释 …), a bracket or two after it allowed ((试行), （2023年修订）).
 * A case's title (《上官婉清与司马晓燕民间借贷纠纷案》) is no statute's, and a person's name is replaced anywhere.
 */
const STATUTE_TITLES = [/《([^《》]{1,300})》/gu, /〈([^《》〈〉]{1,200})〉/gu] // 《…〈…〉…》: the inner title is one too
const STATUTE_WORD = /(?:法|法典|条例|规定|办法|细则|规则|决定|解释|通知|意见|纪要|公约|章程)(?:\s*[（(][^（）()]*[)）])*\s*$/u
/** The types a statute's title keeps: places and organisations (中华人民共和国, 上海市, 最高人民法院), never people. */
const KEPT_IN_STATUTE_TITLES: ReadonlySet<string> = new Set(['LOC', 'ORG', 'GPE'])

/** Whether an entity is a place or an organisation wholly inside a statute's title in `text` (see STATUTE_TITLES):
 *  the text's titles are found once, when the predicate is made. */
function keptInStatuteTitle(text: string): (entity: Pick<Entity, 'type' | 'start' | 'end'>) => boolean {
  const titles: [start: number, end: number][] = []
  for (const title of STATUTE_TITLES) {
    for (const match of text.matchAll(title)) {
      // A title wrapped over a line (a line break inside) is one still, but not one over a blank line: a stray 《.
      if (!/\n\s*\n/u.test(match[1]!) && STATUTE_WORD.test(match[1]!)) titles.push([match.index + 1, match.index + match[0].length - 1])
    }
  }
  if (titles.length === 0) return () => false
  // The units inside a title: a name wholly inside one covers none of the brackets between two (《A法》《B法》).
  const inside = new Uint8Array(text.length)
  for (const [start, end] of titles) inside.fill(1, start, end)
  return (e) => KEPT_IN_STATUTE_TITLES.has(e.type) && e.start >= 0 && e.end <= text.length && e.start < e.end && inside.subarray(e.start, e.end).every((unit) => unit === 1)
}

/** Numbers the distinct names of each type in the order met: (PER, 张三) -> 1, (PER, 李四) -> 2, ... */
export type NameNumbering = (type: string, name: string) => number

/**
 * A person named by the given name alone after the full name (佩琳 after 吴佩琳) takes the number of the one
 * full name met so far that is this name after a surname of one or two characters, if exactly one is. QA: a
 * CV's 吴佩琳 became [人名1] and its 佩琳 [人名5], two people to a reader. Each name met is indexed under the
 * given names it may stand for, so a long text's thousands of names are no quadratic search.
 */
class GivenNames {
  private readonly numbers = new Map<string, Set<number>>()

  /** `spelled`: the name came with its Latin spelling in brackets (personKey's alias), so it is a foreign one. */
  add(key: string, n: number, spelled = false): void {
    const chars = Array.from(key)
    const given = [1, 2].filter((surname) => chars.length - surname >= 2).map((surname) => chars.slice(surname).join(''))
    // A foreign name's parts (史密斯 and 约翰 of 约翰·史密斯), as a judgment calls the party after the first mention.
    const parts = foreignPartsOf(key, spelled)
    for (const name of parts?.same ? [...given, parts.first, parts.last] : given) this.numbers.set(name, (this.numbers.get(name) ?? new Set()).add(n))
    // A given name of one character (磊 of 杨磊, 静 of 欧阳静), for the model's own span of it alone only: it is never
    // spread (givenNameOf), but where the model marks 磊 a person (磊擅长沟通), it is that person, not another (HR QA:
    // [人名1] … [人名2]). Not one that is a surname too (华 of 张华): alone, it is more often another person's surname.
    const single = chars.length === 2 && SURNAMES.has(simplifiedOf(chars[0]!)) ? chars[1]! : chars.length === 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? chars[2]! : undefined
    if (single !== undefined && HAN.test(single) && !SURNAMES.has(simplifiedOf(single))) this.numbers.set(single, (this.numbers.get(single) ?? new Set()).add(n))
  }

  numberOf(key: string): number | undefined {
    const found = this.numbers.get(key)
    return found?.size === 1 ? [...found][0] : undefined
  }
}

/**
 * The middle dots that part a foreign name written in Chinese (约翰·史密斯): U+00B7, the katakana one (U+30FB) and its
 * half-width form U+FF65, U+2027 (Taiwan's) and the bullet U+2022, all seen in judgments; and the dot operator U+22C5
 * and bullet operator U+2219, which a math font or a converter gives for ·. A key (mentionKey, NFKC) reads U+FF65 as
 * U+30FB, but the raw text is compared too (hyphenatedStart), and NFKC leaves U+22C5 and U+2219 alone: dots QA, 让-保罗･萨特
 * left 让- readable, and 查尔斯⋅达尔文 … 达尔文 were two pseudonyms (0 of 8 short forms linked, 20 of 20 with ·).
 * Not 丶 (a Chinese character, a stroke, also a name's: 丶 between two parts is read as a dot nowhere here).
 */
const MIDDLE_DOTS = '·・･‧•⋅∙'
const ANY_MIDDLE_DOT = new RegExp(`(?<=\\p{Script=Han})[${MIDDLE_DOTS}](?=\\p{Script=Han})`, 'gu')
/**
 * The hyphens that join the parts of a French or German first name written in Chinese (让-吕克·戈达尔, 汉斯-迪特里希):
 * ASCII, U+2010 and the full-width one (NFKC reads it as ASCII). QA: FOREIGN_NAME allowed none, so 吕克·戈达尔 read as
 * two Chinese names (吕 and 戈 are surnames), 戈达尔 alone became another person, and 让- stayed readable.
 */
const HYPHENS = '\\-‐－'
const ANY_HYPHEN = /(?<=\p{Script=Han})[‐－](?=\p{Script=Han})/gu
/** A Chinese part of a foreign name: Chinese characters, hyphenated ones too (让-吕克). */
const HAN_PART = `\\p{Script=Han}+(?:[${HYPHENS}]\\p{Script=Han}+)*`
/** A foreign name of two Chinese characters or more on each side of its last dot (middle parts any length; a first
 *  part of one character hyphenated to more, 让-吕克), whatever follows it but more Chinese characters, dots or
 *  hyphens (its Latin spelling: 穆罕默德·卡里姆（Mohammed Karim）); the last part may be hyphenated too (史密斯-琼斯). */
const FOREIGN_NAME = new RegExp(`^((?:\\p{Script=Han}{2,}|\\p{Script=Han}+(?:[${HYPHENS}]\\p{Script=Han}+)+)(?:[${MIDDLE_DOTS}]${HAN_PART})*)[${MIDDLE_DOTS}](\\p{Script=Han}{2,}(?:[${HYPHENS}]\\p{Script=Han}+)*)(?![\\p{Script=Han}${MIDDLE_DOTS}${HYPHENS}])`, 'u')

/** A foreign person's name in Chinese (a key, mentionKey) and its last part: 约翰·史密斯 -> 史密斯. `name` is the
 *  Chinese name alone, its dots written ·. */
function foreignNameOf(key: string): { name: string; last: string } | undefined {
  const match = FOREIGN_NAME.exec(key)
  return match ? { name: match[0].replace(ANY_MIDDLE_DOT, '·'), last: match[2]! } : undefined
}

/**
 * The two parts of a name of one middle dot, and whether each alone is the same person (`same`: 马丁 and 路德 of
 * 马丁·路德), or rather a list the model ran together (re-check QA: 演员：张伟·李娜·王刚, the model's span 李娜·王刚 gave
 * 王刚 李娜·王刚's pseudonym and 李娜 another): whether its parts both read as Chinese names, a common surname and one
 * or two characters (李娜·王刚, 张伟·李娜), unless it came with a Latin spelling of a person (马丁·路德（Martin Luther）:
 * 马 and 路 are surnames too). 约翰·史密斯, 穆罕默德·卡里姆, 迈克尔·乔丹 have a part no Chinese name is. A name of two dots
 * or more has none (张伟·李娜·王刚; 约翰·菲茨杰拉德·肯尼迪 too, its 肯尼迪 left to the model).
 */
function foreignPartsOf(key: string, spelled: boolean): { first: string; last: string; same: boolean } | undefined {
  const parts = foreignNameOf(key)?.name.split('·')
  if (parts?.length !== 2) return undefined
  // (a hyphenated part, 让-吕克, is no Chinese name)
  const chinese = (part: string) => Array.from(part).length <= 3 && !/-/u.test(part) && SURNAMES.has(simplifiedOf(Array.from(part)[0]!))
  return { first: parts[0]!, last: parts[1]!, same: spelled || !parts.every(chinese) }
}

/** A Latin spelling that reads as a person's name: two words or more, each a capital and small letters (an
 *  initial may stand between: John F. Kennedy), as Mohammed Karim, Martin Luther King; not a word alone (Nike, Apple
 *  after 李娜: re-check QA, Nike alone then became 李娜's pseudonym) nor capitals alone (CEO, IBM). */
const LATIN_PERSON_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)*)+$/u
/** A person's Latin name the model found on its own, in brackets after a Chinese one (spelledNames): two words or more,
 *  each from a capital, so also a surname in capitals, as CVs and passports write pinyin (ZHANG Wei, LIU Yang, ZHANG
 *  WEI). Looser than LATIN_PERSON_NAME (IBM Corp inside a person's span is no spelling): the model has read it as a person. */
const LATIN_SPELLING = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\.)*)+$/u
/** How spelledNames hands nameNumbering a person and the spelling the text gives it: 张伟⟨ZHANG Wei⟩ (a fullName; brackets
 *  no text puts in a name, so none the model finds reads so). */
const SPELLING_LINK = /^(.+)⟨(.+)⟩$/u

/**
 * The ways a Latin name of a person may be written again and still be the same name, each as its letters alone in
 * small letters: its words in any rotation (Zhang Wei, Wei Zhang; Jingyi Ouyang, OUYANG Jingyi, Ouyang Jing-yi),
 * spaces, hyphens and apostrophes aside, tone marks too (Zhāng Wěi). Undefined for a name with other characters.
 */
function latinForms(name: string): string[] | undefined {
  if (!/^[\p{Script=Latin}\p{M}\s'’.\-‐]*\p{Script=Latin}[\p{Script=Latin}\p{M}\s'’.\-‐]*$/u.test(name)) return undefined
  const words = name.split(/\s+/u).map((word) => word.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase()).filter((word) => word !== '')
  return words.map((_, i) => [...words.slice(i), ...words.slice(0, i)].join(''))
}

/**
 * The key a person is numbered by, and the name a bracket after it gives (its Latin spelling, a former name):
 * `穆罕默德·卡里姆（Mohammed Karim）`, as the model marks a party's first mention, is 穆罕默德·卡里姆 (court clerk QA:
 * [人名1] there and [人名6] for the same name alone), and a middle dot is any of MIDDLE_DOTS (约翰・史密斯 is 约翰·史密斯).
 */
function personKey(key: string): [key: string, alias?: string] {
  const linked = SPELLING_LINK.exec(key)
  if (linked) return [personKey(linked[1]!)[0], linked[2]!]
  const dotted = key.replace(ANY_MIDDLE_DOT, '·').replace(ANY_HYPHEN, '-')
  const glossed = /^([^()]*[^()\s])\s*\(([^()]*[^()\s])\)$/u.exec(dotted) // mentionKey made （） ASCII
  // The gloss is the same person only as a person's name spelled in letters (not 男, 化名, 已死亡 after a name, nor
  // the brand or title of 李娜（Nike）, 张伟（CEO）).
  return glossed ? [glossed[1]!, LATIN_PERSON_NAME.test(glossed[2]!) ? glossed[2]! : undefined] : [dotted]
}

/** A name in simplified characters where the common words' table has them (澤連斯基 -> 泽连斯基, 林鄭月娥 -> 林郑月娥),
 *  as written until it is loaded: the key a name is numbered by, so one written in both scripts is one name (QA: a
 *  text quoting a Hong Kong paper gave 林郑月娥 [人名1] and 林鄭月娥 [人名2]). */
function simplifiedKey(key: string): string {
  return common ? Array.from(key, simplifiedOf).join('') : key
}

/** The separators a number is written with that are no part of it: spaces, hyphens and dashes, dots, brackets
 *  (after NFKC, which makes full-width ones ASCII). */
const NUMBER_LAYOUT = /[\s\-‐‑‒–—―.·()[\]【】〔〕]/gu
/** An extension said in words or with # (转, 分机, ext.), all one mark: 8520 1234转6012 is 85201234 ext. 6012. */
const EXTENSION_WORD = /[ \t]*(?:转|轉|分机|分機|内线|內線|ext\.?|#)[ \t]*/giu

/**
 * An extension after a hyphen, where that can be nothing else: after a local number of eight digits written whole
 * (85201234-6012, 010-85201234-6012; re-check QA: 85201234转6012 and 85201234-6012 were two pseudonyms for one phone), its
 * area code before it or not. Not after digits grouped (0755-8520-1234 is a number, no extension), nor after a mobile's
 * eleven digits (no eight stand alone there).
 */
const HYPHENATED_EXTENSION = /^((?:\+?\d{2,4}[\s-]?)?(?:\(?0\d{2,3}\)?[\s-]?)?(?<!\d)\d{8})\s*[-‐‑‒–—]\s*(\d{1,5})$/u

/**
 * The number a phone number is, however written (HR QA: 13800138000, 138 0013 8000, +86 138-0013-8000 and 8613800138000
 * got [电话1] … [电话4], one applicant's one phone; full-width, mentionKey's NFKC made it [电话1] already): its digits, an extension after #, the
 * country code of the mainland, Taiwan or Hong Kong read as the number dialled at home (+86 138… is 138…, +86 10 8520
 * 1234 is 010 8520 1234, +886 2 2345 6789 is 02 2345 6789, +852 2300 6555 is 2300 6555), and 86 without its plus only
 * before a mobile's eleven digits (as the phone rule takes it).
 */
function phoneKey(key: string): string {
  const number = key.replace(EXTENSION_WORD, '#').replace(HYPHENATED_EXTENSION, '$1#$2').replace(NUMBER_LAYOUT, '')
  const abroad = /^(?:\+|00)(86|886|852)(\d.*)$/u.exec(number)
  if (abroad) {
    const [country, rest] = [abroad[1]!, abroad[2]!]
    return country === '852' || (country === '86' && /^1[3-9]\d{9}(?!\d)/u.test(rest)) || rest.startsWith('0') ? rest : `0${rest}`
  }
  return /^86(1[3-9]\d{9}(?:#\d+)?)$/u.exec(number)?.[1] ?? number
}

/**
 * The key a number found by type is numbered by (nameNumbering), so one number written several ways is one pseudonym:
 * a phone's (phoneKey); an ID's or a card's digits (an ID's X in capitals, a Hong Kong ID's check digit in brackets or
 * not: A123456(7) is A1234567); a securities code's digits alone (600519.SH, SH600519 and 证券代码：600519 are one
 * company; a Hong Kong one's leading zeros aside, 00700.HK is 0700.HK and 股份代號：700); a plate's characters (京A·12345
 * is 京A12345); an e-mail address in small letters; a record number (QQ, WeChat, a passport's) without spacing. Each
 * after mentionKey (NFKC: full-width digits are digits). Two numbers of other digits keep two keys.
 */
const STOCK_EXCHANGE = /(?:^(SH|SZ|BJ)\s*\d|\d\s*\.\s*(SH|SZ|BJ|SS|HK|TW|TWO)$)/u
/** A number of digits alone in groups set apart by spaces or hyphens: 6222 0212 3456 7890 123, 6222-0212-3456-7890-123. */
const GROUPED_DIGITS = /^\d+(?:[\s-]+\d+)+$/u
const NUMBER_KEYS: Readonly<Record<string, (key: string) => string>> = {
  PHONE: phoneKey,
  ID_NUMBER: (key) => key.replace(NUMBER_LAYOUT, '').toUpperCase(),
  BANK_CARD: (key) => key.replace(NUMBER_LAYOUT, ''),
  STOCK_CODE: (key) => {
    const digits = key.replace(/\D/gu, '')
    // Six digits name a mainland share; fewer, a Hong Kong or Taiwan one, zeros padded or not. With the exchange where
    // the code names it (600519.SH, SH600519): 000001.SH is the Shanghai index, 000001.SZ Ping An Bank (re-check QA: one
    // pseudonym); a code without it joins one with it in nameNumbering, where that is unambiguous.
    const exchange = STOCK_EXCHANGE.exec(key.toUpperCase())
    const number = digits.length === 6 || digits === '' ? digits || key : digits.replace(/^0+(?=\d)/u, '')
    return exchange ? `${number}.${(exchange[1] ?? exchange[2]!).replace('SS', 'SH')}` : number
  },
  PLATE: (key) => key.replace(/[\s·•・.-]/gu, '').toUpperCase(),
  EMAIL: (key) => key.toLowerCase(),
  // Digits alone in groups (an account's, 6222 0212 3456 7890 123 or 6222-0212-…) without their spacing or hyphens.
  RECORD_NUMBER: (key) => (GROUPED_DIGITS.test(key) ? key.replace(/[\s-]/gu, '') : key.replace(/\s/gu, '')),
}

export function nameNumbering(): NameNumbering {
  const numbering = new Map<string, Map<string, number>>()
  const count = new Map<string, number>() // distinct numbers given per type
  const people = new GivenNames()
  // The people's numbers given to a name of one part (古特雷斯) when first met, and not yet taken by a full name.
  const alone = new Map<number, string>()
  // A person's Latin name by its forms (latinForms: zhangwei and weizhang of Zhang Wei): a name's spelling in brackets
  // after it (张伟（Zhang Wei）) or a Latin name met alone; null where two people's numbers share a form (张伟 and 张薇
  // both spelled Zhang Wei), which then links neither. HR QA: 张伟（Zhang Wei）… Wei Zhang … ZHANG Wei had 4 pseudonyms.
  const spellings = new Map<string, number | null>()
  const spelled = (latin: string, n: number) => {
    for (const form of latinForms(latin) ?? []) {
      const known = spellings.get(form)
      spellings.set(form, known === undefined || known === n ? n : null)
    }
  }
  const spellingOf = (latin: string): number | undefined => spellings.get(latinForms(latin)?.[0] ?? '') ?? undefined
  // The Chinese name a person's number was first given to: a spelling whose number is another Chinese name's is a
  // namesake's (张薇（Zhang Wei） after 张伟（Zhang Wei）), not this person's.
  const chineseOf = new Map<number, string>()
  // The exchanges each securities code's digits were met with (NUMBER_KEYS.STOCK_CODE: 600519.SH): a code met without one
  // is the one met with one, or met with one later, while the digits are met on one exchange only.
  const exchanges = new Map<string, Set<string>>()
  const stockCode = (names: Map<string, number>, key: string): number | undefined => {
    const [digits, exchange] = key.split('.') as [string, string | undefined]
    const seen = exchanges.get(digits) ?? new Set<string>()
    if (exchange === undefined) return seen.size === 1 ? names.get(`${digits}.${[...seen][0]!}`) : undefined
    exchanges.set(digits, seen.add(exchange))
    return seen.size === 1 ? names.get(digits) : undefined
  }
  return (type, name) => {
    let names = numbering.get(type)
    if (!names) numbering.set(type, (names = new Map()))
    // A name broken over two lines is still the same name (mentionKey); a person's, with a gloss after it too; in
    // Traditional or simplified characters alike (simplifiedKey).
    // A number by what it is, not how it is spaced or dialled (NUMBER_KEYS).
    const numberKey = Object.hasOwn(NUMBER_KEYS, type) ? NUMBER_KEYS[type] : undefined
    const [key, alias] = type === 'PER' ? personKey(simplifiedKey(mentionKey(name))) : numberKey ? [numberKey(mentionKey(name))] : [simplifiedKey(mentionKey(name))]
    let n = names.get(key)
    const met = n !== undefined
    if (n === undefined) {
      const spelling = type !== 'PER' ? undefined : alias !== undefined ? spellingOf(alias) : spellingOf(key)
      const byAlias = spelling !== undefined && (alias === undefined || !chineseOf.has(spelling)) ? spelling : undefined
      const code = type === 'STOCK_CODE' ? stockCode(names, key) : undefined
      n = byAlias ?? code ?? (type === 'PER' ? people.numberOf(key) ?? partMetAlone(key, alias !== undefined) : undefined) ?? (count.get(type) ?? 0) + 1
      const fresh = n > (count.get(type) ?? 0)
      if (fresh) count.set(type, n)
      names.set(key, n)
      if (type === 'PER') people.add(key, n, alias !== undefined)
      if (type === 'PER' && !fresh) alone.delete(n) // taken by this name, or never a name's alone
      else if (type === 'PER' && foreignNameOf(key) === undefined) alone.set(n, key)
    } else if (alias !== undefined) people.add(key, n, true) // 马丁·路德, then 马丁·路德（Martin Luther）: a foreign name
    if (type === 'PER' && !met && /\p{Script=Han}/u.test(key) && !chineseOf.has(n)) chineseOf.set(n, key)
    // The gloss (Mohammed Karim) found alone later is the same person, in any of its forms (Karim Mohammed, KARIM
    // Mohammed); so is a Latin name met alone again in another form.
    if (type === 'PER' && (!met || alias !== undefined)) spelled(alias ?? key, n)
    return n
  }

  /** A foreign name's number where its last part was met alone before it (古特雷斯, then 安东尼奥·古特雷斯: QA gave two
   *  pseudonyms, the order of a text that names a person in full later), the part's own number, unless another full
   *  name has taken it already. */
  function partMetAlone(key: string, spelled: boolean): number | undefined {
    const parts = foreignPartsOf(key, spelled)
    if (!parts?.same) return undefined
    const names = numbering.get('PER')!
    // Its last part only: a foreign person is called by it (古特雷斯); a first name alone (约翰) is too often another's.
    const n = names.get(parts.last)
    return n !== undefined && alone.get(n) === parts.last ? n : undefined
  }
}

export interface RedactionOptions {
  types: ReadonlySet<string>
  mode: RedactionMode
  /** Pseudonym for the n-th (1-based) distinct name of a type, e.g. (PER, 1) -> "人名1". */
  pseudonym: (type: string, n: number) => string
  /** The tag of a type in tag mode: `[PER]` by default (the CLI, scripts); the app gives the UI language's, as for
   *  the pseudonyms (zh [人名]: a Chinese copy read 与[PER]签订合同, HR QA), see useEntityTypes().tag. */
  tag?: (type: string) => string
  /** Shared by several texts, so a name has one pseudonym in all of them; one per call by default. */
  numbering?: NameNumbering
  /** Also every other occurrence of a replaced name's text (everyOccurrence); on unless false. */
  everywhere?: boolean
  /** The names spread over every occurrence, when texts share them (the Batch tab's files: a name found in one
   *  file is replaced in all, see spreadNames); by default the names found in this text. */
  spread?: SpreadNames
  /** The names the user's dictionary says never to mark (its `-` lines, neverMarkedNames): the view drops a found name
   *  that is one, and no name spread here is replaced where one stands (neverMarkedBar). The found names are taken as
   *  given: the dictionary is laid over them already (applyLexicon). */
  neverMarked?: readonly string[]
}

/**
 * Whether a name spread over [start, end) would replace part or all of a name never to mark that stands there: one
 * that wholly contains it (or is it). QA: with 澜庭物流, 澜庭 and 思远 never to mark, the view showed them unmarked but
 * the copy spread 上海澜庭生物科技有限公司's short name and 陈思远's given name over them (乙方：[机构]有限公司。[机构]负责运输 …
 * [人名]确认). A name that holds one (澜庭物流有限公司 over 澜庭物流) is another name, as the view keeps a model's name that
 * holds one marked. Nor does one that only overlaps the name's edge keep it: the characters the two share are the
 * name's (re-check QA: -华为 kept 李华 of 李华为公司工作 readable, -文明 李文 of 李文明确表示, -远方 陈思远 of 陈思远方才确认,
 * where the name was replaced before). null where none stands in the text.
 */
function neverMarkedBar(text: string, names: readonly string[] | undefined): ((start: number, end: number) => boolean) | null {
  const occurrences = names?.length ? neverMarkedOccurrences(text, names, traditionalToSimplified() ?? null) : []
  if (occurrences.length === 0) return null
  // For each place a span may end at, the earliest start of the never-marked names that take in the unit before it:
  // a span lies inside one where that start is no later than its own.
  const reaching = new Map<number, number>()
  for (const { start, end } of occurrences) {
    for (let i = start + 1; i <= end; i++) {
      const earliest = reaching.get(i)
      if (earliest === undefined || start < earliest) reaching.set(i, start)
    }
  }
  return (start, end) => {
    const earliest = reaching.get(end)
    return earliest !== undefined && earliest <= start
  }
}

const MASK = '■'

const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/u

// What a code point is to the spelling of a name, as mentionKey reads it (the entity panel's "same name").
const SHOWN = 0 // a character of the name
const MARK = 1 // a combining mark: one character with the code point before it
const HIDDEN = 2 // an invisible one (IGNORABLE_CHARS: zero-width space, soft hyphen, word joiner, U+FEFF ...)
const SPACE = 3 // whitespace other than a line break: layout between two Chinese characters (张\u3000伟, 张 伟)
const BREAK = 4 // a line break: a wrap may cut a name anywhere (张\n伟, as a PDF's narrow column does)
const IGNORABLE = new RegExp(IGNORABLE_CHARS.source, 'u')
/** The indent a wrapped line may start with (any other whitespace is SPACE, for Chinese characters only). */
const INDENT = /[ \t\u3000]/u

interface CodePoint {
  kind: number
  /** The code point as names are compared, mentionKey of it alone: Ａ -> A, ⼈ -> 人, '' if HIDDEN. */
  key: string
  han: boolean
  /** In UTF-16 units: a surrogate pair is one code point, never cut. */
  length: number
}

// A text of a million characters has a few thousand distinct ones: each is classified once.
const codePoints = new Map<number, CodePoint>()

function codePointAt(text: string, at: number): CodePoint {
  const c = text.codePointAt(at)!
  let known = codePoints.get(c)
  if (!known) {
    const s = String.fromCodePoint(c)
    const kind = IGNORABLE.test(s) ? HIDDEN : LINE_BREAK.test(s) ? BREAK : /\s/u.test(s) ? SPACE : /\p{M}/u.test(s) ? MARK : SHOWN
    codePoints.set(c, (known = { kind, key: mentionKey(s), han: HAN.test(s), length: s.length }))
  }
  return known
}

/** Where the character that starts at `at` ends, with the combining marks on it (é written e + U+0301 is one). */
function characterEnd(text: string, at: number): number {
  let end = at + codePointAt(text, at).length
  while (end < text.length && codePointAt(text, end).kind === MARK) end += codePointAt(text, end).length
  return end
}

/**
 * Where the layout between two characters of a name, from `at`, ends, and whether it holds spacing: invisible
 * characters and at most one line break with its indent may stand between any two, spacing (any other
 * whitespace) between two Chinese characters only, as mentionKey (displayName) drops it there and nowhere else.
 */
function gapEnd(text: string, at: number): [end: number, spaced: boolean] {
  let pos = at
  let wrapped = false
  let spaced = false
  while (pos < text.length) {
    const c = codePointAt(text, pos)
    if (c.kind === BREAK) {
      if (wrapped) break // a blank line: another paragraph
      wrapped = true
      pos += text.startsWith('\r\n', pos) ? 2 : 1
      continue
    }
    if (c.kind === SPACE) spaced ||= !(wrapped && INDENT.test(text[pos]!))
    else if (c.kind !== HIDDEN) break
    pos += c.length
  }
  return [pos, spaced]
}

/** The spread names by their key (mentionKey), one UTF-16 unit of it a level. */
interface KeyNode {
  next: Map<number, KeyNode>
  name?: [key: string, entity: Entity]
}

/**
 * The names of `names` written at `at`, shortest first, each with where it ends: whole, or with layout between
 * its characters (gapEnd), its characters compared by their keys (full-width Ａ is A). A name starts and ends
 * on whole characters (a surrogate pair, a letter with its combining marks).
 */
function namesAt(text: string, at: number, names: KeyNode): [end: number, key: string, entity: Entity][] {
  const found: [number, string, Entity][] = []
  let node: KeyNode | undefined = names
  let pos = at
  // Whether a space or a hyphen between two digits was passed over (a number's groups, see groupedNumberKey).
  let grouped = false
  for (;;) {
    const c = codePointAt(text, pos)
    if (c.kind !== SHOWN) break
    const end = characterEnd(text, pos)
    // (a character's simplified form is one character: the table maps one to one, so the name's extent is unchanged)
    const written = end === pos + c.length ? c.key : mentionKey(text.slice(pos, end))
    const key = written.length === 1 ? simplifiedOf(written) : simplifiedKey(written)
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i))
    if (!node) break
    if (node.name && (!grouped || wholeGroupedNumber(text, at, end, ...node.name))) found.push([end, ...node.name])
    if (node.next.size === 0) break
    let [next, spaced] = gapEnd(text, end)
    // A hyphen between two digits where the number looked for has none there (6222-0212-… for 6222 0212 …).
    const hyphen = next === end && text[end] === '-' && !node.next.has(HYPHEN_UNIT) && isDigit(key)
    if (hyphen) [next, spaced] = [end + 1, true]
    if (next >= text.length) break
    const after = codePointAt(text, next)
    if (spaced) {
      // Spacing between two Chinese characters, or between a number's digit groups (6222 0212 3456 7890 123, found so
      // and looked for so or run together: insurance QA found it readable where written again), a code's letters and
      // digits too (RDAA 2026 1101 8880 0456). Only a plain space or a hyphen joins groups: a tab or an ideographic
      // space is a pasted table's cell boundary (王建国⇥6222 0212 3456 7890 123⇥5000.00, re-check 54e).
      if (hyphen ? isDigit(key) && isDigit(after.key) : joinsGroups(text.slice(end, next), key, after.key)) grouped = true
      else if (hyphen || !(c.han && after.han)) break
    }
    pos = next
  }
  return found
}

const HYPHEN_UNIT = '-'.charCodeAt(0)
const isDigit = (key: string) => key.length === 1 && key >= '0' && key <= '9'
const isAlphanumeric = (key: string) => key.length === 1 && /[0-9A-Za-z]/.test(key)
/** Whether the spacing `gap` between two characters of a name (their keys) joins a number's groups: plain spaces (a
 *  no-break one too) between a digit and a digit or a letter, not a tab or U+3000 (a table's cells). */
const joinsGroups = (gap: string, before: string, after: string) =>
  /^[ \u00a0]+$/u.test(gap) && isAlphanumeric(before) && isAlphanumeric(after) && (isDigit(before) || isDigit(after))
/** The fewest digits a number is looked for with its groups spaced or hyphenated otherwise than found: a card's, an
 *  account's, an ID's, a phone's, a long record number's. A shorter one (12345, 2026-001) is looked for only as written,
 *  since 12 345元, 123-456 or 2026 001 are far more often an amount, a range or a date (re-check 54e). */
const GROUPED_NUMBER_DIGITS = 10
const digitCount = (key: string) => key.match(/\d/gu)?.length ?? 0
/** The types of number whose digit groups may be spaced or hyphenated one way in one place and another in the next. */
const GROUPED_NUMBER_TYPES: ReadonlySet<string> = new Set(['PHONE', 'ID_NUMBER', 'BANK_CARD', 'RECORD_NUMBER'])
/** A number found across its groups' spacing at [start, end) is one of GROUPED_NUMBER_TYPES, and no group of a longer
 *  number goes on before or after it (6222 0212 3456 7890 123 456 holds no 6222 0212 3456 7890 123). */
function wholeGroupedNumber(text: string, start: number, end: number, key: string, e: Entity): boolean {
  return GROUPED_NUMBER_TYPES.has(e.type) && digitCount(key) >= GROUPED_NUMBER_DIGITS &&
    !/^[ \u00a0-]+\d/u.test(text.slice(end, end + 4)) && !/\d[ \u00a0-]+$/u.test(text.slice(Math.max(0, start - 4), start))
}

/**
 * The key a number of GROUPED_NUMBER_TYPES is looked for by: its digit groups run together where spaces (or hyphens, in
 * a number of digits alone) set them apart, 6222 0212 3456 7890 123 as 6222021234567890123, so that namesAt finds it
 * written with its groups spaced, hyphenated or not. Other names as they are.
 */
function groupedNumberKey(key: string, type: string): string {
  if (!GROUPED_NUMBER_TYPES.has(type) || digitCount(key) < GROUPED_NUMBER_DIGITS) return key
  // A code's letters and digits spaced (RDAA 2026 1101 8880 0456) run together as digits are: spreadNames skips a key
  // that holds spacing (re-check 54e found it readable where written again).
  return GROUPED_DIGITS.test(key) ? key.replace(/[\s-]/gu, '') : key.replace(/(?<=[A-Za-z\d])\s+(?=\d)|(?<=\d)\s+(?=[A-Za-z])/gu, '')
}

/** The types of number whose value is spread only where distinctive (distinctiveNumber) and not as part of an amount, a
 *  date or a range (numberStandsAlone). */
const NUMBER_TYPES: ReadonlySet<string> = new Set([...GROUPED_NUMBER_TYPES, 'ADDRESS_NUMBER'])
/**
 * Whether a number found after its label is distinctive enough to be looked for elsewhere: five digits or more, a
 * letter (B2-056, ZY2026…), groups joined by a hyphen with four digits at least (12-1-1802, 3-401), or a unit after
 * three digits or more (1802室, 700弄15号). Re-check 54e: 房号：2026 spread to 2026年, 车位号：12 to 12月12日, 房号：301 to
 * 欠费301元, 理赔编号：100 to 赔付100元. The found occurrence itself is replaced whatever its length.
 */
function distinctiveNumber(key: string, type: string): boolean {
  if (!NUMBER_TYPES.has(type)) return true
  const digits = digitCount(key)
  if (/[A-Za-z]/u.test(key) || digits >= 5) return true
  if (/\d[-－]\d/u.test(key)) return digits >= 4
  return /[^\d\s]/u.test(key) && digits >= 3
}
/** What makes a number's digits part of an amount, a date, a document's number or a count after it (12345元, 12345.00,
 *  2026年, 12月, 2026-001号文件, 100万) or before it (3月15号, 第2026-001). */
const NUMBER_PART_AFTER = /^[ \t\u00a0]*(?:[元年月日号號期万萬亿億千百]|[.．,，]\d|[%％])/u
const NUMBER_PART_BEFORE = /(?:[月第]|[.．]\d*)$/u
/** The same before and after a short number (fewer than GROUPED_NUMBER_DIGITS digits): another group of digits joined to
 *  it, a range's or a longer number's (010-12345, 123456-123460, 8888-1). */
const SHORT_NUMBER_AFTER = /^[ \u00a0]*[-－~～—–/][ \u00a0]*\d/u
const SHORT_NUMBER_BEFORE = /\d[ \u00a0]*[-－~～—–/][ \u00a0]*$/u
/** Whether a number of NUMBER_TYPES spread to [start, end) of `text` stands as a number of its own there: not part of an
 *  amount, a date or a longer number (NUMBER_PART_AFTER …). A key with letters (a code) stands wherever it is whole. */
function numberStandsAlone(text: string, start: number, end: number, key: string, type: string): boolean {
  if (!NUMBER_TYPES.has(type) || /[A-Za-z]/u.test(key) || !/^\d/u.test(key)) return true
  // Ten digits or more are no amount, date or count: an account written again before 元 or a comma and digits, a
  // policy number before 号 or 年度 (re-check 54g: 他又转入6222021234567890123元 and 保单8800123456号 stayed readable).
  const digits = digitCount(key)
  if (digits >= GROUPED_NUMBER_DIGITS) return true
  const after = text.slice(end, end + 4)
  const before = text.slice(Math.max(0, start - 4), start)
  // A record's number of six digits or more before 号 is the holder's (123456号患者, 20230101号同学: re-check 54g), not a
  // document's (2026-001号文件, hyphened) nor a day's (15号).
  const holder = digits >= 6 && !/[-－]/u.test(key) && /^[ \t\u00a0]*[号號]/u.test(after)
  if (/^[\d\s\-－]+$/u.test(key) && NUMBER_PART_AFTER.test(after) && !holder) return false
  if (NUMBER_PART_BEFORE.test(before)) return false
  return !(SHORT_NUMBER_AFTER.test(after) || SHORT_NUMBER_BEFORE.test(before))
}

/** The character shown before `at` (past invisible ones and combining marks) and the one from `at` on. */
function shownBefore(text: string, at: number): CodePoint | undefined {
  const pos = shownBeforeAt(text, at)
  return pos < 0 ? undefined : codePointAt(text, pos)
}
/** Where the character shown before `at` starts (shownBefore), -1 if none. */
function shownBeforeAt(text: string, at: number): number {
  for (let pos = at; pos > 0;) {
    pos -= pos >= 2 && /[\uDC00-\uDFFF]/.test(text[pos - 1]!) && /[\uD800-\uDBFF]/.test(text[pos - 2]!) ? 2 : 1
    const c = codePointAt(text, pos)
    if (c.kind !== HIDDEN && c.kind !== MARK) return pos
  }
  return -1
}
function shownFrom(text: string, at: number): CodePoint | undefined {
  const pos = shownFromAt(text, at)
  return pos < text.length ? codePointAt(text, pos) : undefined
}
/** Where the character shown from `at` on starts (past invisible ones), text.length if none. */
function shownFromAt(text: string, at: number): number {
  let pos = at
  while (pos < text.length) {
    const c = codePointAt(text, pos)
    if (c.kind !== HIDDEN) break
    pos += c.length
  }
  return pos
}

/** The names everyOccurrence looks for, by their key (built by spreadNames). */
export interface SpreadNames {
  readonly root: KeyNode
  /** The genders the titles of each surname say in all the texts that share these names (titleGendersOf), where
   *  spreadNames was given them: 王女士 in one file and 王先生 in another are two people, as in one text. */
  readonly titleGenders?: TitleGenders
  /** The organisations found in all the texts that share these names written without their place or department, each as
   *  the longer name it stands for (institutionForms): 柳荫桥小学 of one file is another's 南京市鼓楼区柳荫桥小学. */
  readonly institutions?: ReadonlyMap<string, Entity>
}

/** A given name spread as the person it stands for: `fullName` numbers its pseudonym (晓梅 is 李晓梅's 人名2,
 *  wherever in the text each comes first). */
interface GivenNameEntity extends Entity {
  fullName?: string
  /** A given name spread alone (思远 of 陈思远), or a foreign name's last part (史密斯 of 约翰·史密斯): looked for
   *  only where it stands as a name (standsAsName). */
  givenName?: true
  /** A surname found alone before 某 (赵 of 被告人赵某): spread as 赵某, of which only 赵 is replaced (everyOccurrence). */
  surnameForm?: true
  /** A surname found alone before a form of address (王 of 王|女士): spread as 王女士 with this title (simplified), of
   *  which only 王 is replaced (everyOccurrence, titledForms). */
  titleForm?: string
  /** A short name the text declares for `fullName` (华锐储能 of 深圳市华锐储能科技有限公司（以下简称“华锐储能”）), see
   *  declaredAliases. */
  declared?: true
  /** A declared short name that is a common word (平安): replaced only where it stands as one (standsAsShortName). */
  commonWord?: true
  /** A short name a company's registered name implies, not declared (字节跳动 of 北京字节跳动网络技术有限公司), see impliedAliases. */
  implied?: true
  /** That short name is the core itself (字节跳动), which a trade word after it (字节跳动科技) extends. */
  core?: true
}

/** Whether a name everyOccurrence added is a given name alone (思远 of 陈思远), which the Redact tab counts apart. */
export function isGivenNameAlone(e: Entity): boolean {
  return (e as GivenNameEntity).givenName === true
}

/**
 * Common Chinese surnames, enough to tell 陈思远 (surname and given name) from a name of three characters that
 * is not one (a nickname, a foreign name in Chinese): the most frequent single ones (together borne by about
 * nine people in ten), in simplified characters; a Traditional one (溫, 馬, 顧) is looked up by its simplified
 * form (simplified, from the common words' table), and the compound ones of more than a few families. Only for
 * spreading a given name alone, where a surname missed here leaves things as they were. QA: 赖思远, 萧子涵,
 * 溫家豪 kept 思远, 子涵, 家豪 readable, their surnames missing. The list is the engine's COMMON_SURNAMES (step 8 (f)
 * joins a letter-spaced surname and given name with it), one list for both.
 */
const SURNAMES = new Set(COMMON_SURNAMES)
/**
 * Surnames that are far more often a word before a name than a surname there: 和思远 (and 思远), 于思远 (to),
 * 向思远, 当时思远, 连思远都, 应思远要求. A given name after one of them is still spread; after any other
 * surname it is another person's (王振华与李振华, only 王振华 found: 李振华 is no 振华 of 王振华's).
 */
const SURNAMES_AS_WORDS = new Set('和于向时连应')
const COMPOUND_SURNAMES = new Set([
  '欧阳', '歐陽', '司徒', '上官', '诸葛', '諸葛', '司马', '司馬', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫',
  '慕容', '长孙', '長孫', '宇文', '夏侯', '令狐', '端木', '独孤', '獨孤', '南宫', '南宮', '轩辕', '軒轅', '澹台', '澹臺',
])
/** What follows a surname in a found PER without being a given name: a title or a form of address (张经理,
 *  王老师, 李某某), which spread alone would replace every 经理 of the text. In simplified form: a Traditional one
 *  (經理, 老師) is looked up by it, as the surnames are. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  '先生', '女士', '小姐', '夫人', '太太', '老师', '同学', '师傅', '经理', '主任', '总监', '总裁', '董事', '院长', '校长', '局长', '部长', '处长',
  '科长', '厅长', '省长', '市长', '县长', '区长', '镇长', '村长', '书记', '主席', '教授', '医生', '大夫', '律师', '会计', '老板', '队长', '组长',
  '班长', '所长', '站长', '行长', '社长', '会长', '总理', '委员', '代表', '博士', '护士', '法官', '警官', '同志', '阿姨', '叔叔', '大爷', '大妈',
  '大哥', '大姐', '记者', '总经', '副总',
  // Fiction's and history's (literature QA: 萧师弟 was [人名7]师弟 beside 萧逸尘's [人名5], one man two people).
  '师兄', '师弟', '师姐', '师妹', '师父', '师叔', '师伯', '师祖', '大侠', '少侠', '长老', '掌门', '掌柜', '道长', '前辈', '公子',
  '姑娘', '将军', '大人', '丞相', '员外',
  // A tour guide's (travel QA: 陈导 and the model's 陈导 of 陈导游 were [人名4]导 and [人名3]游 beside 陈志远's [人名1], and
  // 陈导 taken for a full name made 陈老师 a third 陈); 导演, 导师, 导购, 导播 as titles too (the model's 陈导演 is no full name).
  '导游', '导演', '导师', '导购', '导播',
  // A school's and a team's (school QA: 张班主任（张丽华） … 张老师 gave [人名1]班主任（[人名2]） and [人名2]老师, one teacher
  // two pseudonyms). Those of three characters or more are read whole after a surname (LONG_ADDRESS_WORDS), not by their
  // first two: 辅导 (张辅导孩子), 主教, 教导 and 年级 (高年级) alone are no title.
  '园长', '教练', '领队', '助教', '班主任', '辅导员', '主教练', '教导主任', '年级组长',
])
/** The forms of address of ADDRESS_WORDS longer than two characters, by their first three: titleAt reads them whole. */
const LONG_ADDRESS_WORDS: ReadonlyMap<string, string> = new Map(
  [...ADDRESS_WORDS].filter((word) => word.length > 2).map((word) => [word.slice(0, 3), word]),
)
/** The forms of address (of ADDRESS_WORDS and ADDRESS_CHARACTERS, simplified) that say whether the person is a woman or
 *  a man: 王女士 and 王先生 are two people, and a 王女士 is not the text's 王建国先生 (pseudonym QA: both were its one
 *  王's pseudonym). Not those that hardly say it (老师, 师父, 长老, 大侠, 将军). See titledSurnames. */
const TITLE_GENDERS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...['女士', '小姐', '夫人', '太太', '阿姨', '大妈', '大姐', '师姐', '师妹', '姑娘', '姨', '姐'].map((title) => [title, 'female'] as const),
  ...['先生', '叔叔', '大爷', '大哥', '师兄', '师弟', '师叔', '师伯', '公子', '叔', '哥', '伯'].map((title) => [title, 'male'] as const),
])
const NOT_GIVEN_NAMES = new Set([...ADDRESS_WORDS, '某某', '一家', '家人', '等人', '父子', '母女', '兄弟', '姐妹', '夫妇'])
/** The forms of address of one character a surname takes (刘总, 王董, 刘局, 张工, 刘叔, 王姐, 陈导: a tour guide or a
 *  director): with ADDRESS_WORDS, what makes a surname found alone before it a person called by a title (see
 *  titledSurnames). */
const ADDRESS_CHARACTERS = new Set('总董局处工叔姨哥姐伯导')
/** Words that start with one of ADDRESS_CHARACTERS and are no form of address: after a surname the model found alone
 *  they make it no titled person (王总是迟到 is "Wang is always late", 刘处理了 "Liu handled"; re-check QA: linked to
 *  the text's 王芳). Not 工程 (王工程师 is a title). */
const NOT_ADDRESS_WORDS: ReadonlySet<string> = new Set([
  '总是', '总算', '总共', '总之', '总得', '总会', '总要', '总归', '总在', '总有', '总能', '处理', '处于', '处在', '局面', '局势',
  '工作', '工资',
  // and after a fiction's title's first two characters (addressAt reads up to three): 大人物 (a big shot), 公子哥 (a
  // playboy), 将军澳 (a Hong Kong place). Not 老爷: dropped from the titles, 王老爷子 and 张老爷 (grandfather, father)
  // linked to the text's one 王 or 张 (re-check QA: a man made his own father).
  '大人物', '公子哥', '将军澳',
  // and the words of 总 and 工 that name no one (re-check QA: 门票费总计 and 差旅费总额 took 费 for a surname, 包工头 包)
  '总额', '总计', '总结', '总数', '总量', '总部', '总体', '总不', '总和', '总值', '总价', '总分', '总金', '总公', '总也', '总出',
  '总想', '总觉', '总要', '工头', '工人', '工厂', '工地', '工具', '工业', '工会', '工商', '工夫', '工期', '工时', '工钱',
  // and of 导 (王导致 is "Wang caused", 王导航 "Wang navigated"); not 导游, 导演, 导师, 导购, 导播: titles. Nor 导向:
  // after a surname far more often the title 导 and a word (陈导向游客介绍: re-check QA, one guide given two pseudonyms)
  // than "Chen guided". 导出, 导热, 导电, 导体 stay (王导出了文件; 高导热、高导电 and 金导体 are a material's, re-check
  // 54f: [人名1]导热 for the text's 高峰), but see ADDRESS_THEN_WORD.
  '导致', '导入', '导出', '导热', '导电', '导体', '导航', '导弹', '导读', '导管', '导线', '导轨', '导流', '导图',
  '导语', '导言', '导论', '导则', '导引', '导尿', '导览', '导报', '导数', '导光',
])
/** A title of one character and a word, read up to three characters, where the first two make a word of
 *  NOT_ADDRESS_WORDS: 张导出席了 and 陈导出发前 are the director and the guide (导 + 出席, 出发), 陈导热情地, 陈导电话通知
 *  and 陈导体贴地 the guide (导 + 热情, 电话, 体贴), 王导电视剧 and 陈导电影 the director, 王导出了文件 and 高导热材料 no one
 *  (re-check QA). */
const ADDRESS_THEN_WORD: ReadonlySet<string> = new Set(['导出席', '导出发', '导出差', '导热情', '导热心', '导电话', '导电视', '导电影', '导体贴', '导体验', '导体育'])
/** The characters that make kinship terms after a surname (刘奶奶, 王姥姥, 李伯伯, 张大娘, 刘姐姐): an address, no given
 *  name, so none of them is a full name a titled surname is linked to (see isNoGivenName). */
const KINSHIP_CHARACTERS = new Set('奶爷姥婆伯叔婶嫂姨姑舅哥姐妹弟娘妈爸')
/**
 * The characters a foreign name written in Chinese ends with that a Chinese given name of one character hardly is:
 * after a character that is also a surname they read as a full name (马丁, 安娜, 罗斯, 艾伦, 汤姆, 安妮), and re-check QA's
 * 嘉宾马丁 … 马老师 and 安娜 … 安老师 were made one person. Nothing in src/engine or src/app lists such characters (a
 * foreign name is told there by its middle dot, 约翰·史密斯), hence this short list, read only for a name of a surname and
 * one character (see isNoGivenName): 李娜 or 王杰 then links no 李老师 or 王老师 (two numbers for one person, as
 * before titles were linked), which is less wrong than one number for two people.
 */
const TRANSLITERATION_CHARACTERS = new Set('丁娜克斯尔特丝莉妮琳娅莎杰森顿伦逊姆肯迪')

/**
 * Common two-character words (jieba's dictionary, scripts/make-common-words.mjs) and a Traditional→Simplified
 * character table, loaded on demand (~60 KB gzipped, kept out of the main bundle): until they are, no given name
 * is spread alone, as before given names were spread at all. QA: spread whatever it was, a given name that is a
 * word (国庆 of 李国庆, 建设 of 陈建设) replaced the word as the person (10月1日是[人名1]节), and the pseudonym
 * gave the name away.
 */
let common: { words: WordPairs; simplified: Map<string, string> } | undefined
let loading: Promise<void> | undefined

/** Loads the common words once (the Redact and Batch tabs start it when first shown); resolves when loaded. The words
 *  are the dictionary's (commonWordPairs.ts: one reading of the data for both). */
export function loadCommonWords(): Promise<void> {
  return (loading ??= Promise.all([import('./commonWords.data'), loadWordPairs()]).then(([{ T2S }]) => {
    const simplified = new Map<string, string>()
    for (let i = 0; i + 1 < T2S.length; i += 2) simplified.set(T2S[i]!, T2S[i + 1]!)
    common = { words: wordPairs()!, simplified }
  }))
}

/** Whether given names alone are spread yet (the common words are loaded). */
export function commonWordsLoaded(): boolean {
  return common !== undefined
}

/** The Traditional→Simplified character table, once loadCommonWords has loaded it (the dictionary matches with it). */
export function traditionalToSimplified(): ReadonlyMap<string, string> | undefined {
  return common?.simplified
}

/** A character in simplified form where the table has one (溫 -> 温, 國 -> 国). */
function simplifiedOf(c: string): string {
  return common?.simplified.get(c) ?? c
}

/** Whether two characters make a common word, as written or in simplified form (國慶 is 国庆). */
function isWord(a: string, b: string): boolean {
  if (common === undefined) return false
  if (isWordPair(common.words, a, b)) return true
  const [simpleA, simpleB] = [simplifiedOf(a), simplifiedOf(b)]
  return (simpleA !== a || simpleB !== b) && isWordPair(common.words, simpleA, simpleB)
}

/** Whether `e` is a nickname found after its label (外号, 网名, 化名 …: patterns.ts nicknames). */
function isNickname(e: Entity): boolean {
  return isFromPattern(e) && e.nickname === true
}

/** Whether a nickname is too common a word to be spread (老虎, 大海, 春天), or cannot be told yet (the common words not
 *  loaded): one of two characters that is a word, as a given name is (givenNameOf); a longer one is spread where it
 *  stands as a name (小李飞刀). */
function isCommonNickname(key: string): boolean {
  if (common === undefined) return true
  const chars = Array.from(key)
  return chars.length === 2 && isWord(chars[0]!, chars[1]!)
}

/** The given name of a person's name of a surname and two more characters (陈思远 -> 思远, 欧阳思远 -> 思远), or
 *  undefined: a given name of one character (张伟 -> 伟) is too often a word to be looked for alone. */
function givenNameOf(key: string): string | undefined {
  const chars = Array.from(key)
  if (!chars.every((c) => HAN.test(c))) return undefined
  const compound = COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))
  const surname = chars.length === 4 && compound ? 2 : chars.length === 3 && !compound && SURNAMES.has(simplifiedOf(chars[0]!)) ? 1 : 0
  const given = chars.slice(surname).join('')
  // A given name that is a common word (国庆, 建设, 光明, 浩然 too) is not looked for alone: it is more often the word.
  return surname > 0 && !NOT_GIVEN_NAMES.has(Array.from(given, simplifiedOf).join('')) && !isWord(chars[surname]!, chars[surname + 1]!) ? given : undefined
}

/**
 * The names of `entities` of the `types` replaced that everyOccurrence spreads (see there: not those of one
 * character or of several words), each by its key, the best-scored entity giving its type, and the given name
 * of each person's name of a common surname and a two-character given name (思远 of 陈思远, see givenNameOf), a foreign
 * name's parts (卡里姆 and 穆罕默德 of 穆罕默德·卡里姆, see foreignPartsOf) and the 赵某 of a person found as 赵 alone. Built once for
 * texts that share their names, the Batch tab's files: a name found in any of them is then looked for in
 * each, in one pass over its text whatever the number of names (QA: a roster's 司徒静 stayed readable in one
 * file though another had it found).
 */
export function spreadNames(all: Iterable<Entity>, types: ReadonlySet<string>, texts?: readonly { text: string; entities: readonly Entity[] }[]): SpreadNames {
  const entities = [...all]
  const byKey = new Map<string, GivenNameEntity>()
  const people = new Map<string, Entity>() // every person, a surname alone (赵 of 赵某) and a name with its Latin spelling too
  // The people the model or the dictionary found, not only a rule (a signature's name, 审核者：上官雨晴): a rule's name
  // is spread whole but seeds no given name alone, whose false start costs the most (recheck 49b: 医生：明白了。 read
  // as a name spread 白了 of 头发都白了 as [人名1]). But a name after 姓名：, 中文名：, 真实姓名： (labelledName) is a person's
  // own as surely as the model's: HR QA, 姓名：上官婉清 … 婉清擅长沟通 left 婉清 readable.
  const modelPeople = new Set<string>()
  for (const found of entities) {
    // (李某 found whole is 李 found, as where a text is read: readNameSpans; a role word is no name: neverAName)
    const e = asSomeoneSurname(withoutParticles(found))
    if (!types.has(e.type) || neverAName(e)) continue
    // (a number's spaced digit groups run together: groupedNumberKey)
    const key = groupedNumberKey(mentionKey(e.text), e.type)
    if (e.type === 'PER' && !people.has(key)) people.set(key, e)
    if (e.type === 'PER' && (!isFromPattern(e) || e.labelledName === true)) modelPeople.add(key)
    if ([...key].length < 2 || /\s/u.test(key) || !distinctiveNumber(key, e.type)) continue
    const known = byKey.get(key)
    // A nickname after its label (外号"老虎", patterns.ts nicknames) is spread as a given name alone is: not before the
    // common words are loaded, nor where it is one (老虎, 大海: re-check 55a, 公园里的老虎 and 大海一望无际 were the
    // person), and where it stands as a name only (everyOccurrence). Another's finding of the name goes first.
    if (isNickname(e)) {
      if (known === undefined && !isCommonNickname(key)) byKey.set(key, e)
      continue
    }
    if (!known || e.score > known.score || isNickname(known)) byKey.set(key, e)
  }
  // A person's given name alone (思远 for 陈思远, as a contract or a CV calls the employee after the first
  // mention): HR QA found the model marks the full name and misses the given name. A name found as itself
  // keeps its own entry; a given name two people share (陈思远, 王思远) is spread without a person to stand for.
  const givenNames = new Map<string, GivenNameEntity>()
  const more = new Map<string, GivenNameEntity>()
  const addGiven = (given: string, e: Entity, fullName?: string) => {
    if (byKey.has(given)) return
    const known = givenNames.get(given)
    givenNames.set(given, known === undefined ? { ...e, fullName, givenName: true } : { ...known, fullName: undefined })
  }
  // The foreign names that came with a Latin spelling of a person somewhere (foreignPartsOf).
  const spelled = new Set<string>()
  for (const key of people.keys()) {
    const [name, spelling] = personKey(key)
    if (spelling !== undefined) spelled.add(name)
  }
  for (const [key, e] of people) {
    const best = byKey.get(key) // the best-scored entity of the key gives its type, as everywhere
    const given = common && best?.type === 'PER' && modelPeople.has(key) ? givenNameOf(key) : undefined
    if (given !== undefined) addGiven(given, best!, key)
    // A foreign name (穆罕默德·卡里姆, found with its Latin spelling after it or not): written with any of the middle
    // dots it is the same name, and its last part alone (卡里姆) the same person, as a given name alone is (court
    // clerk QA: [人名1] … [人名7] for 卡里姆 in a judgment). Unless that part is a common word (as a given name).
    const foreign = foreignNameOf(key)
    if (foreign === undefined) continue
    for (const dot of MIDDLE_DOTS) {
      const written = foreign.name.replaceAll('·', dot)
      if (!byKey.has(written) && !more.has(written)) more.set(written, { ...e, fullName: foreign.name })
    }
    const parts = foreignPartsOf(key, spelled.has(foreign.name))
    if (!common || parts === undefined || !modelPeople.has(key)) continue
    // Its first part alone too (穆罕默德, 迈克尔 of 迈克尔·乔丹), where it is no common word (马丁, 约翰, 玛丽 are). The
    // parts of a list (李娜·王刚) are each spread as a name of its own, so 王刚 alone is still replaced, not as 李娜·王刚.
    for (const part of [parts.last, parts.first]) {
      const chars = Array.from(part)
      if (!(chars.length === 2 && isWord(chars[0]!, chars[1]!))) addGiven(part, e, parts.same ? foreign.name : undefined)
    }
  }
  // A person found as a surname alone before 某 (被告人赵某: the model marks 赵; a judgment's parties are named so)
  // is looked for in that form only, 赵某 (赵某某, 王某甲 too), never 赵 alone: a file named …被告人赵某.txt kept the
  // name readable (court clerk QA). Not the surnames that are more often a word there (于某日, 应某要求).
  for (const [key, e] of common ? people : []) {
    const form = `${key}某`
    if (HAN.test(key) && SURNAMES.has(simplifiedOf(key)) && !SURNAMES_AS_WORDS.has(simplifiedOf(key)) && !byKey.has(form)) more.set(form, { ...e, fullName: key, surnameForm: true })
  }
  // A person found as a surname alone before a title (王|女士) is looked for with that title (titledForms), not alone.
  for (const [form, e] of common && texts !== undefined ? titledForms(texts, types) : []) if (!more.has(form)) more.set(form, e)
  for (const [given, e] of givenNames) byKey.set(given, e)
  for (const [key, e] of more) if (!byKey.has(key)) byKey.set(key, e)
  const institutions = institutionForms(entities, types)
  return texts === undefined ? { root: trieOf(byKey), institutions } : { root: trieOf(byKey), titleGenders: titleGendersOf(texts), institutions }
}

/** The places an organisation's name starts with, one at a time (南京市|鼓楼区|柳荫桥小学), and the body above it (鼓楼区|公安分局|
 *  白鹭洲派出所): what institutionForms drops. Lazy, so the first place ends at its first 省/市/区 …, a city of 州 with its 市 or
 *  省 (杭州市|上城区, not 杭州|市上城区: recheck QA 56), and a city's 公安局 alone after it (广州市|公安局|天河区分局). */
const LEADING_UNIT = /^(?:公安分局|公安局|\p{Script=Han}{1,7}?(?:自治区|自治州|特别行政区|街道|州市|州省|省|市|区|县|州|旗|盟|镇|乡|公安分局|公安局|分局))/u
/** A department after an institution's name (扬州市第九人民医院|骨伤科, …公司|财务部): what institutionForms drops. */
const TRAILING_DEPARTMENT = /^(.+(?:医院|卫生院|学院|大学|中学|小学|学校|幼儿园|法院|检察院|公司|集团|银行|局))(\p{Script=Han}{1,5}(?:科|室|部|处|病区))$/u
/** What an institution's name ends with, after which what comes before it must be a name of its own (柳荫桥|小学). */
const INSTITUTION_HEAD = /(?:附属医院|人民医院|医院|卫生院|卫生服务中心|学院|大学|中学|小学|学校|幼儿园|法院|检察院|派出所|公安局|分局|银行|支行|分行|研究院|研究所)$/u
/** What before the head says nothing of which one it is (人民医院, 第九人民医院, 实验小学, 儿童医院): such a name without its place is
 *  any town's, and is left its own number. */
const GENERIC_BEFORE_HEAD = /^(?:第?[一二三四五六七八九十百零〇\d]+|人民|中心|实验|中医|中西医结合|儿童|妇幼|妇女儿童|妇产|口腔|肿瘤|精神|传染病|胸科|眼科|骨科|职业|技术|师范|外国语|高级|中级|基层|初级|最高|铁路运输|海事|知识产权|金融|互联网|军事|专门|民族|附属|城关|公安|交通|消防|红十字|康复|老年|市|区|县|省|中|小|第)+$/u

/** An organisation's name as compared: its key in simplified characters, without spacing (companyCore, institutionForms). */
const compactKey = (name: string) => simplifiedKey(mentionKey(name)).replace(/\s+/gu, '')

/** A shorter form of an organisation's name (a key) that names it alone: four characters or more, an institution's head
 *  (INSTITUTION_HEAD) and a name of its own before it (GENERIC_BEFORE_HEAD) unless a place is still there. */
function namesInstitution(form: string): boolean {
  const head = INSTITUTION_HEAD.exec(form)
  return Array.from(form).length >= 4 && head !== null && head.index >= 2 && !GENERIC_BEFORE_HEAD.test(form.slice(0, head.index))
}

/** The shorter forms of an organisation's name: without a department after it, and without each place or body before it. */
function shorterForms(key: string): string[] {
  const forms: string[] = []
  const department = TRAILING_DEPARTMENT.exec(key)
  for (let form = department ? department[1]! : key, first = true; ; first = false) {
    if (!first || form !== key) if (namesInstitution(form)) forms.push(form)
    // (a university's or college's place is part of its name: 电子科技大学 is not 杭州电子科技大学; recheck QA 56)
    if (/(?:大学|学院)$/u.test(form)) break
    const unit = LEADING_UNIT.exec(form)
    if (!unit || unit[0].length >= form.length) break
    form = form.slice(unit[0].length)
  }
  return forms
}

/**
 * The organisations found (the types replaced, ORG, COMPANY and GOV alike) that are another found one without its place or
 * the body above it, or without a department after it, each as that longer one (its entity: its name and type), where
 * exactly one longer name found ends so (the longest where they nest: 南京市鼓楼区柳荫桥小学 before 鼓楼区柳荫桥小学). Casework
 * QA: in one batch 南京市秦淮区…小学 was [机构1] and the same school written without its district [机构5], a hospital's
 * department and the hospital two numbers, a police station with and without its district's bureau two more. A shorter
 * form must still name one institution (namesInstitution): 人民医院 or 实验小学 without a place is any town's.
 */
function institutionForms(entities: readonly Entity[], types: ReadonlySet<string>): Map<string, Entity> {
  const longer = new Map<string, Map<string, Entity>>() // each shorter form, the longer names found that give it
  const found = new Map<string, Entity>()
  for (const e of entities) {
    if (!types.has(e.type) || nameFamily(e.type) !== 'ORG' || (e as GivenNameEntity).fullName !== undefined) continue
    const key = compactKey(e.text)
    if (!found.has(key) || e.score > found.get(key)!.score) found.set(key, e)
  }
  for (const [key, e] of found) {
    for (const form of shorterForms(key)) {
      const names = longer.get(form) ?? new Map<string, Entity>()
      longer.set(form, names.set(key, e))
    }
  }
  const forms = new Map<string, Entity>()
  for (const key of found.keys()) {
    const names = longer.get(key)
    if (names === undefined) continue
    // (the longest where one longer name is a shorter form of another)
    const outer = [...names].filter(([name]) => ![...names.keys()].some((other) => other !== name && longer.get(name)?.has(other)))
    if (outer.length === 1) forms.set(key, outer[0]![1])
  }
  return forms
}

/** `e` as the longer organisation it is a shorter form of (institutionForms), numbered and typed as that one. */
function asInstitution(e: Entity, forms: ReadonlyMap<string, Entity>): Entity {
  if (nameFamily(e.type) !== 'ORG' || (e as GivenNameEntity).fullName !== undefined) return e
  const longer = forms.get(compactKey(e.text))
  return longer === undefined ? e : ({ ...e, type: longer.type, fullName: longer.text } as GivenNameEntity)
}

/**
 * The forms a person found as a surname alone before a title or form of address is looked for in (王|女士 -> 王女士, 张|先生
 * -> 张先生, 王|经理 -> 王经理), in `texts` (each with its found names): the surname and the same title, and for a title
 * that says a gender (TITLE_GENDERS) its other titles of two characters that say the same (王|女士 -> 王小姐, 王太太), which
 * titledSurnames numbers as one person with it; never one of the other gender (王先生), nor a title that says none
 * but the one found (王|经理 is not looked for as 王老师: two titles, as often two people), nor the surname alone (王
 * is too often no name). Re-check QA: 王女士来了。王女士说好。 with the model's 王 gave [人名1]女士来了。王女士说好。, the
 * second readable; so did the second file of a batch. Only the surname is replaced (everyOccurrence), as where found,
 * numbered by it (`fullName`), so titledSurnames links it as it links the found one. Not after 小 or 老 (titledPeopleIn).
 */
function titledForms(texts: readonly { text: string; entities: readonly Entity[] }[], types: ReadonlySet<string>): Map<string, GivenNameEntity> {
  const forms = new Map<string, GivenNameEntity>()
  if (!types.has('PER')) return forms
  const keyOf = (e: Entity) => simplifiedKey(mentionKey(e.text))
  for (const { text, entities } of texts) {
    const people = readNameSpans(text, entities).filter((e) => e.type === 'PER' && e.end <= text.length && isSurnameAlone(keyOf(e)))
    for (const { e, title } of titledPeopleIn(text, people, keyOf)) {
      const gender = TITLE_GENDERS.get(title)
      const alike = gender === undefined ? [] : [...TITLE_GENDERS].filter(([other, said]) => said === gender && other.length > 1).map(([other]) => other)
      for (const each of [title, ...alike]) {
        const form = keyOf(e) + each
        if (!forms.has(form)) forms.set(form, { ...e, fullName: keyOf(e), titleForm: each })
      }
    }
  }
  return forms
}

/** The names looked for, by their key in simplified form (simplifiedKey: 林鄭月娥 is looked for as 林郑月娥 and found
 *  written either way, as nameNumbering numbers them as one; re-check QA found 林郑月娥 left readable where only 林鄭月娥
 *  was found), one UTF-16 unit of it a level (namesAt walks it). */
function trieOf(byKey: ReadonlyMap<string, Entity>): KeyNode {
  const root: KeyNode = { next: new Map() }
  for (const [written, e] of byKey) {
    const key = simplifiedKey(written)
    let node = root
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i)
      let next = node.next.get(unit)
      if (!next) node.next.set(unit, (next = { next: new Map() }))
      node = next
    }
    node.name = [key, e]
  }
  return root
}

/** The types of name a text may declare a short name for: people, places, organisations, the fine-grained model's
 *  companies and government bodies (not a book's or a film's title, which redaction seldom replaces). */
const DECLARING_TYPES: ReadonlySet<string> = new Set(['PER', 'LOC', 'GPE', 'ORG', 'COMPANY', 'GOV'])
/** A short name in quotes, any of the quotes Chinese contracts use (“华锐储能”, "华锐储能", 「华锐储能」). */
const QUOTED_SOURCE = `[“"「『‘']([^“”"「」『』‘’'\\n（）()]{1,30})[”"」』’']`
const QUOTED = new RegExp(QUOTED_SOURCE, 'gu')
/**
 * The bracket right after a name that may declare its short names: （以下简称“华锐储能”）, (以下简称"华锐储能"), and what else
 * it says around them (（统一社会信用代码：…，以下简称“华锐储能”）, （以下简称“腾讯”，与其附属公司合称“集团”）), one bracket
 * inside it allowed (（以下简称“腾讯”（Tencent））). Group 1 is what the bracket holds; DECLARATION_CLAUSE reads it.
 */
const DECLARATION = /[ \t\u3000]*[（(]((?:[^（）()\n]|[（(][^（）()\n]{0,60}[）)]){1,300}?)[）)]/uy
/**
 * One clause of such a bracket (its text between ，；) that declares short names: a keyword, simplified or Traditional
 * (以下简称, 下称, 簡稱, 英文简称 …), then the names in quotes (several: “中国平安”或“平安”, “中信证券”、“公司”), a Latin one in
 * brackets after them (“腾讯”（Tencent）), or one unquoted name of 2–8 Chinese characters up to the clause's end
 * (以下简称腾讯: re-check QA found these read as nothing, the short name left readable). Group `verb` is the keyword: 合称,
 * 统称, 并称 or 总称 name a group (甲公司与乙公司（以下合称“双方”）), whose short name is not the last member's, so is not
 * linked (see declaredAliases); `list` the quoted names, `latin` a Latin one in brackets, `bare` an unquoted one.
 */
const KEYWORD = '(?:以下|下文|下)(?:简称|簡稱|称|稱|合称|合稱|统称|統稱|并称|並稱|总称|總稱)|(?:英文|中文|英文名|中文名)?(?:简称|簡稱)'
const DECLARATION_CLAUSE = new RegExp(
  `^\\s*(?<verb>${KEYWORD})为?為?[：:]?\\s*(?:(?<list>${QUOTED_SOURCE}(?:\\s*(?:或者|或|、|，|,|及|和)\\s*${QUOTED_SOURCE})*)\\s*(?:[（(]\\s*(?<latin>[^（）()]*?)\\s*[）)])?|(?<bare>[\\p{Script=Han}、]{2,26}))\\s*$`,
  'u',
)
const GROUP_DECLARATION = /合称|合稱|统称|統稱|并称|並稱|总称|總稱/u
/**
 * Short names that are a party's role, not its name: 本公司, 发行人, 甲方, 标的公司, 本次交易 … identify no one, are
 * what a reader needs to follow the deal, and are the plain word elsewhere in the text (公司 linked would replace every
 * 公司 of the text as [机构2]). So they stay readable: these, and 本/该/我/贵 before such a word (本公司, 该行, 我司, 本次发行; not 贵州茅台, 本田) or any
 * of three characters at most and ends in 方 or 人 (甲方, 转让方, 借款人, 发行人), and the titles and forms of address a
 * person's given name never is (NOT_GIVEN_NAMES: 老师, 经理; re-check QA: 张伟（以下简称“老师”） replaced 每一位老师 as 张伟).
 * In simplified characters (a Traditional one is looked up by it).
 */
const ROLE_WORDS = new Set([
  '公司', '集团', '银行', '企业', '单位', '机构', '政府', '法院', '协会', '基金', '平台', '项目', '标的', '交易', '合同', '协议', '上市公司',
  '标的公司', '目标公司', '项目公司', '合资公司', '子公司', '母公司', '控股股东', '实际控制人', '交易对方', '标的资产', '本次交易', '公告',
  '双方', '各方', '一方', '交易各方', '合同各方', '协议各方', '原告', '被告', '第三人', '被申请人', '被上诉人', '上诉人', '管理人', '托管人',
  '劳动者', '用人单位', '保荐机构', '主承销商', '基准日', '报告期', '乙方', '甲方', '丙方', '丁方', '买方', '卖方', '出卖人', '买受人',
])
const ROLE_SHAPE = /^(?:[本该我贵](?:公司|司|行|所|院|会|社|局|厂|店|集团|单位|基金|企业|银行|机构|平台|项目|协议|合同|次.+)|.{1,2}[方人])$/u

function isRoleWord(key: string): boolean {
  const simple = simplifiedKey(key)
  return ROLE_WORDS.has(simple) || ROLE_SHAPE.test(simple) || NOT_GIVEN_NAMES.has(simple)
}

/**
 * Words the models tag as a person, an organisation or a place that never are one (QA 56): a side's (警方, 校方, 男方;
 * 甲方 … are ROLE_WORDS), an occupation's or a role's (社工, 民警, 家长, 患者: casework QA, the fine-grained model's 社工 became
 * [人名1] at every mention and 警方 a government body), and Cantonese time words (琴日, 今朝, 聽日: regional QA, 琴日 a person).
 * Simplified, as keys are compared (聽日 is 听日); both forms of the Cantonese ones, read before the common words are loaded.
 */
const NEVER_NAMES: ReadonlySet<string> = new Set([
  '戊方', '男方', '女方', '对方', '他方', '我方', '中方', '外方', '资方', '劳方', '校方', '院方', '园方', '警方', '厂方', '店方', '供方', '需方', '官方', '军方',
  '社工', '民警', '辅警', '交警', '刑警', '特警', '片警', '警察', '公安', '检察官', '书记员', '审判员', '陪审员', '调解员', '网格员', '志愿者', '社区',
  '居委会', '村委会', '护工', '保姆', '保安', '司机', '家长', '学生', '患者', '病人', '心理老师', '校医',
  '琴日', '噚日', '寻日', '尋日', '今朝', '听日', '聽日', '听朝', '聽朝', '琴晚', '听晚', '聽晚',
])
/** The types a role word found as a name is kept readable in (neverAName): a job title the fine-grained model finds as
 *  POSITION is one a user who ticks that type wants replaced. */
const NEVER_NAME_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'COMPANY', 'GOV', 'LOC', 'GPE'])

/** Whether one part of a found name is a role word, never a name (neverAName): ROLE_WORDS, NOT_GIVEN_NAMES and NEVER_NAMES,
 *  and ROLE_SHAPE's words where no person's name reads so: not 王晓方, 李立人 or 晓方 alone, only three characters whose
 *  first two make a word and start no surname (出租方, 借款人, 被告人). */
function isRolePart(key: string): boolean {
  const simple = simplifiedKey(key)
  if (ROLE_WORDS.has(simple) || NOT_GIVEN_NAMES.has(simple) || NEVER_NAMES.has(simple) || NEVER_NAMES.has(key)) return true
  if (!ROLE_SHAPE.test(simple)) return false
  const chars = Array.from(simple)
  return !/[方人]$/u.test(simple) || (chars.length === 3 && !SURNAMES.has(chars[0]!) && isWord(chars[0]!, chars[1]!))
}

/**
 * Whether a found name is a role word and no name (isRolePart), or role words with brackets (the model's 方（乙方） of
 * 承租方（乙方）, a part of one character 方 or 人 allowed beside one): contracts QA, the fine-grained model's 甲方 and 乙方
 * were replaced and spread as people, one company a person and a company, and 承租方（乙方） lost its label. Such a span is
 * kept readable (redact) and seeds no spread (spreadNames), whichever found it.
 */
function neverAName(e: Entity): boolean {
  if (!NEVER_NAME_TYPES.has(e.type)) return false
  const parts = mentionKey(e.text).split(/[()\s]+/u).filter((part) => part !== '')
  const roles = parts.filter(isRolePart)
  return roles.length > 0 && parts.every((part) => roles.includes(part) || part === '方' || part === '人')
}

/** Whether a person found as 丁方 is a name (surname 丁 and 方: recheck QA 56, 原告丁方 stayed readable), not the fourth
 *  party: where the text names no party 甲方, 乙方 or 丙方. */
function namedPartyD(text: string, e: Entity): boolean {
  return e.type === 'PER' && simplifiedKey(mentionKey(e.text)) === '丁方' && !/[甲乙丙]方/u.test(text)
}

/** Cantonese particles and pronouns no name holds (咗, 佢, 嘅), and those at a person's edges that are no part of it: 係
 *  (is) and 仔 (son) before it, 話 (says) and 係 after it. 仔 only before a surname and two characters more (仔梁志偉, not 仔仔). */
const NEVER_IN_NAME = new Set('咗佢嘅')
const NOT_BEFORE_PERSON = new Set('係')
const NOT_AFTER_PERSON = new Set('話係')

/**
 * A found name without the Cantonese particles the models take in at its edges (regional QA: 陳話佢 "陳 says he" was a
 * person, and its 話佢 spread as the given name into 陳生話佢琴日; 咗匯豐銀行, 係區嘉欣, 仔梁志偉 lost their particles to the
 * pseudonym). `e` itself where none, or where nothing would be left.
 */
function withoutParticles(e: Entity): Entity {
  if (!NEVER_NAME_TYPES.has(e.type)) return e
  const person = e.type === 'PER'
  const chars = Array.from(e.text)
  let first = 0
  let last = chars.length
  for (;;) {
    const c = chars[first]
    if (last - first < 2 || c === undefined) break
    if (NEVER_IN_NAME.has(c) || (person && NOT_BEFORE_PERSON.has(c))) first++
    else if (person && c === '仔' && last - first >= 4 && SURNAMES.has(simplifiedOf(chars[first + 1]!))) first++
    else break
  }
  while (last - first >= 2 && (NEVER_IN_NAME.has(chars[last - 1]!) || (person && NOT_AFTER_PERSON.has(chars[last - 1]!)))) last--
  if (first === 0 && last === chars.length) return e
  const start = e.start + chars.slice(0, first).join('').length
  const text = chars.slice(first, last).join('').trimEnd()
  return { ...e, start, end: start + text.length, text }
}

/**
 * Whether a declared short name is a common word (平安, 星河: two characters the common words' table holds), which is
 * then replaced only where it stands as the name of a party (standsAsShortName), not inside the word's own uses.
 */
function isCommonWordAlias(key: string): boolean {
  const chars = Array.from(key)
  return chars.length === 2 && isWord(chars[0]!, chars[1]!)
}
/**
 * The characters a party's short name stands between in a contract's or a report's sentence where it is the party: a
 * function word before it (与平安, 由平安, 对平安), and after it a verb or function word (平安将, 平安表示, 平安的, 平安与,
 * 平安公告, 平安称). A common word declared a short name (平安 of 中国平安保险（集团）股份有限公司) is replaced only between
 * them or beside punctuation, a Latin letter or a digit (after a preposition of the first list, before any character that
 * makes no word with its last: 与阳光签约), where a given name that is a word is never spread at all
 * (givenNameOf): re-check QA found 平安夜, 一路平安, 平安喜乐 and 星河璀璨 replaced as the company ([机构1]夜, 一路[机构1]),
 * which both garbles the text and, read beside the declaration, tells the reader what the pseudonym stands for. A closed
 * list, so a mention between two other characters (喜迎平安年) stays readable: the model's own spans of it are still
 * replaced, the declaration itself too.
 */
const SHORT_NAME_BEFORE = new Set('与和及同跟对向由在据称被让给将把是为了从自于并或而但令使经即如若且')
const SHORT_NAME_AFTER = new Set('将已于与和及同跟对向为也则就并等称说表认发公今近拟未不要会还都从把被给所旗方董总股集曾又仍亦均之自以因由在是的了获成接收提召决承披宣计预实')

/**
 * The short names of an unquoted declaration (以下简称腾讯公司或公司): parted at 或, 、, 和, 及 where each part is 2–8 Chinese
 * characters, else the whole if it is (以下简称和讯), else none. QA: the whole was one short name, 腾讯公司或公司, so the bracket
 * became （以下简称[机构1]） and 腾讯公司 later a second pseudonym; a role word among the parts (公司) stays readable as in quotes.
 */
function bareNames(bare: string): string[] {
  const fits = (name: string) => /^\p{Script=Han}{2,8}$/u.test(name)
  // 或 and 、 first: 和 and 及 are also inside names (以下简称中和科技或中和).
  for (const separator of [/或者|或|、/u, /或者|或|、|和|及/u]) {
    const parts = bare.split(separator)
    if (parts.length > 1 && parts.every(fits)) return parts
  }
  return fits(bare) ? [bare] : []
}

/** The clauses of a declaring bracket's text, split at ，；, not inside quotes, nor in a list of quoted names (“中国平安”，“平安”). */
function clausesOf(inside: string): string[] {
  const quotes: string[] = []
  const masked = inside.replace(QUOTED, (quote) => `\uE000${quotes.push(quote) - 1}\uE001`)
  const clauses: string[] = []
  for (const clause of masked.split(/[，,；;]/u)) {
    if (clauses.length > 0 && /^\s*\uE000/u.test(clause)) clauses[clauses.length - 1] += `，${clause}`
    else clauses.push(clause)
  }
  return clauses.map((clause) => clause.replace(/\uE000(\d+)\uE001/gu, (_, i: string) => quotes[Number(i)]!))
}

/** Whether `alias` shares a Chinese character with `name`, in simplified form (华锐 and 华锐储能科技有限公司 do; 华锐 and
 *  深圳市南山区 do not): a short name is an abbreviation of what it names. */
function sharesCharacter(alias: string, name: string): boolean {
  const chars = new Set(Array.from(simplifiedKey(name)).filter((c) => HAN.test(c)))
  return Array.from(simplifiedKey(alias)).some((c) => chars.has(c))
}
/** The end of the sentence a declaration is in, looking back from `at`: a found name ending before it is in another. */
const SENTENCE_END = /[。！？!?；;\n]/u

/**
 * The short names `text` declares for its found names: a name of DECLARING_TYPES followed by a declaration
 * (DECLARATION, DECLARATION_CLAUSE) makes each short name in it (华锐储能) a mention of a name wherever it stands, replaced
 * as that name, with its pseudonym. QA: 深圳市华锐储能科技有限公司（以下简称“华锐储能”） gave [机构2], then 华锐储能 stayed readable
 * where the model missed it and became [地名1]锐储能 where it took 华 for a place; 中国平安保险（集团）股份有限公司（以下简称
 * “中国平安”或“平安”） gave one company three pseudonyms. By key (mentionKey, in simplified form: one declared 騰訊 is 腾讯
 * too); a short name of one character, the name itself, a role word (isRoleWord) or a group's (合称) is none.
 * The name it stands for is the one before the declaration if the short name abbreviates it (sharesCharacter), else the
 * nearest found name before that in the same sentence that it abbreviates: re-check QA, 华锐储能科技有限公司，住所地：深圳市
 * 南山区（以下简称“华锐”） gave 华锐 南山区's pseudonym, and 法定代表人：张伟（以下简称“华锐”） 张伟's. A short name in Latin
 * letters (Tencent) stands for the name before only if that has Latin letters, or for the one a Chinese short name of the
 * same bracket stands for (以下简称“腾讯”，英文简称“Tencent”). One that stands for no found name is still replaced, as a name
 * of its own of the type of the one it follows (a reader can't tell what it is, but it names someone); one declared for
 * two names stands for neither, likewise.
 */
function declaredAliases(text: string, entities: readonly Entity[], types: ReadonlySet<string>): Map<string, GivenNameEntity> {
  const aliases = new Map<string, GivenNameEntity>()
  const declaring = entities.filter((e) => types.has(e.type) && DECLARING_TYPES.has(e.type) && e.end <= text.length && e.start < e.end)
  for (const e of declaring) {
    DECLARATION.lastIndex = e.end
    const bracket = DECLARATION.exec(text)
    if (!bracket) continue
    // The names it may stand for, nearest first: the one before the bracket, then those before it in its sentence (200
    // characters back at most), looked for only where a short name abbreviates no name the bracket follows (seldom).
    let before: Entity[] | undefined
    const standsFor = (fits: (o: Entity) => boolean): Entity | undefined => {
      if (fits(e)) return e
      if (before === undefined) {
        let sentenceStart = Math.max(0, e.start - 200)
        for (let i = e.start - 1; i >= sentenceStart; i--) if (SENTENCE_END.test(text[i]!)) sentenceStart = i + 1
        before = declaring.filter((o) => o !== e && o.end <= e.start && o.start >= sentenceStart).sort((a, b) => b.end - a.end)
      }
      return before.find(fits)
    }
    const nameOf = (o: Entity) => (o as GivenNameEntity).fullName ?? o.text
    const add = (key: string, target: Entity | undefined, score: number) => {
      const fullName = target === undefined ? undefined : nameOf(target)
      const type = target?.type ?? e.type
      const known = aliases.get(key)
      const same = fullName !== undefined && (known === undefined || (known.type === type && known.fullName !== undefined && simplifiedKey(mentionKey(known.fullName)) === simplifiedKey(mentionKey(fullName))))
      aliases.set(key, {
        start: 0, end: 0, text: key, type: known?.type ?? type, score: Math.max(score, known?.score ?? 0), fullName: same ? fullName : undefined, declared: true,
        ...(isCommonWordAlias(key) ? { commonWord: true as const } : {}),
      })
    }
    let linkedTo: Entity | undefined // what a Chinese short name of the bracket stands for, for a Latin one in it
    for (const clause of clausesOf(bracket[1]!)) {
      const declaration = DECLARATION_CLAUSE.exec(clause)
      const { verb, list, latin: spelled, bare } = declaration?.groups ?? {}
      if (verb === undefined || GROUP_DECLARATION.test(verb)) continue
      const names = list !== undefined ? [...list.matchAll(QUOTED)].map((q) => q[1]!) : bareNames(bare!)
      if (names.length === 0) continue
      if (spelled !== undefined && /^\p{Script=Latin}[\p{Script=Latin}\s.&'’-]*$/u.test(spelled)) names.push(spelled)
      const latin: string[] = []
      for (const name of names) {
        const key = simplifiedKey(mentionKey(name))
        const itself = (o: Entity) => key === simplifiedKey(mentionKey(nameOf(o)))
        if (Array.from(key).length < 2 || itself(e) || isRoleWord(key)) continue
        if (!/\p{Script=Han}/u.test(key)) {
          latin.push(key)
          continue
        }
        const target = standsFor((o) => !itself(o) && sharesCharacter(key, nameOf(o)))
        linkedTo ??= target
        add(key, target, e.score)
      }
      for (const key of latin) add(key, /\p{Script=Latin}/u.test(nameOf(e)) ? e : linkedTo, e.score)
    }
  }
  return aliases
}

/**
 * The places a company's registered name starts with (深圳市华锐储能科技有限公司, 广东省…, 中国平安…): the 34 provincial-level
 * units and the larger cities, with or without 省/市/自治区 after them, and 中国/中华. Its short name drops them.
 */
const PROVINCES = '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门'
const CITIES = '深圳|广州|杭州|南京|苏州|成都|武汉|西安|厦门|青岛|大连|宁波|无锡|长沙|郑州|济南|合肥|福州|沈阳|哈尔滨|长春|石家庄|太原|昆明|南昌|南宁|贵阳|兰州|海口|三亚|珠海|东莞|佛山|中山|惠州|温州|绍兴|嘉兴|金华|台州|常州|南通|徐州|扬州|烟台|潍坊|洛阳|宜昌|襄阳|芜湖|泉州|汕头|保定|唐山|呼和浩特|乌鲁木齐|拉萨|银川|西宁|包头|鄂尔多斯|珠海|江门|湛江|漳州|莆田|赣州|株洲|岳阳|柳州|桂林|绵阳|遵义|大理|丽江|喀什|天津'
const PLACE = `(?:${PROVINCES}|${CITIES})`
const PLACE_PREFIX = new RegExp(`^(?:中国|中华|${PLACE}(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?)`, 'u')
const PLACE_ALONE = new RegExp(`^(?:${PLACE}|中国|中华)$`, 'u')
/** A company's legal form at the end of its name, and a bracket of a place or 集团 before it (腾讯科技（深圳）有限公司,
 *  中国平安保险（集团）股份有限公司, 阿里巴巴（中国）有限公司); the key is NFKC (mentionKey), so its brackets are ASCII. */
const LEGAL_FORM = new RegExp(`(?:\\((?:集团|控股|中国|${PLACE})\\))?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司|\\((?:特殊普通合伙|普通合伙|有限合伙)\\)|合伙企业)$`, 'u')
const PLACE_BRACKET = new RegExp(`\\((?:集团|控股|中国|${PLACE})\\)$`, 'u')
/** What a company's name says of its trade before the legal form (字节跳动网络技术, 腾讯计算机系统, 华锐储能科技), dropped from
 *  its short name; the short name with one of them after it is the company too (腾讯控股, 字节跳动科技). */
const INDUSTRY_WORDS = [
  '科技', '网络', '信息', '技术', '软件', '电子', '贸易', '商贸', '实业', '投资', '控股', '文化', '传媒', '计算机', '系统', '通信', '通讯', '数据',
  '智能', '电器', '电气', '机械', '制造', '工业', '产业', '咨询', '管理', '服务', '物流', '供应链', '医药', '生物', '健康', '食品', '置业', '地产',
  '房地产', '汽车', '保险', '证券', '银行', '金融', '资本', '资产', '信托', '电子商务', '互联网', '教育', '新能源', '能源', '环保', '材料', '化工',
  '股份', '国际', '中国', '集团',
  // Trades that make a name alone (中国石油天然气…, 中国移动通信…, 中国建筑…): what is left of them is no company's short name.
  '石油', '天然气', '石化', '建筑', '移动', '电信', '联通', '铁路', '航空', '电力', '钢铁', '医疗', '交通', '电网', '船舶', '化学', '农业',
  '建材', '煤炭', '矿业', '有色', '纺织', '服装', '家居', '家电', '广告', '出版', '影视', '娱乐', '体育', '旅游', '酒店', '物业', '餐饮', '零售',
  '百货', '药业', '制药', '乳业', '饮料', '酒业', '印刷', '包装', '光电', '半导体', '设备', '仪器', '环境', '水务', '燃气', '港口', '航运', '运输',
  '快递', '租赁', '担保', '期货', '基金', '支付', '工程', '设计', '检测', '人力资源', '劳务', '电子科技', '网络科技', '信息技术', '网络技术',
]
const INDUSTRY_END = new RegExp(`(?:${[...INDUSTRY_WORDS].sort((a, b) => b.length - a.length).join('|')})$`, 'u')
const INDUSTRY_SET: ReadonlySet<string> = new Set(INDUSTRY_WORDS)
/** The trade words that are verbs too (向澄川支付货款, 由远帆服务团队, 远帆管理项目): contracts QA, TRADE_AFTER took them in
 *  with the core, and every payment clause read 向[机构1]货款. */
const VERB_TRADE_WORDS: ReadonlySet<string> = new Set([
  '支付', '服务', '管理', '投资', '设计', '检测', '咨询', '租赁', '担保', '运输', '制造', '建筑', '包装', '印刷', '出版', '旅游', '教育', '快递',
  '移动', '联通', '通信', '通讯', '零售', '娱乐',
])
/** A trade word or 公司/集团 right after a company's implied core (腾讯|控股, 腾讯|公司), taken in with it and a 公司/集团 after
 *  it (远帆服务公司); a verb of VERB_TRADE_WORDS only before the name goes on (公司, 集团, 有限, 股份), never before its object. */
const TRADE_AFTER = new RegExp(
  `(?:${INDUSTRY_WORDS.filter((word) => !VERB_TRADE_WORDS.has(word)).concat('公司', '集团').sort((a, b) => b.length - a.length).join('|')}|(?:${[...VERB_TRADE_WORDS].join('|')})(?=公司|集团|有限|股份))(?:公司|集团)?`,
  'uy',
)
/** A verb of VERB_TRADE_WORDS at a position, taken in after a core only where the company's own name has it there. */
const VERB_TRADE_AT = new RegExp(`(?:${[...VERB_TRADE_WORDS].join('|')})`, 'uy')
/** The trade words and 公司, 集团, longest first, as alternatives (TRADE_END, TRADE_WORDS_ONLY). */
const TRADE_OR_COMPANY = [...INDUSTRY_WORDS, '公司', '集团'].sort((a, b) => b.length - a.length).join('|')
const TRADE_END = new RegExp(`(?:${TRADE_OR_COMPANY})$`, 'u')
/** Cores too general to stand for one company: 中国国际金融… is not every 国际, 中国工商银行… not every 工商 (向工商部门 would read
 *  as the party: a bank's short name is 工行, which no rule derives). */
const NOT_A_CORE = new Set([
  '国际', '国家', '人民', '中央', '全国', '世界', '环球', '联合', '东方', '中华', '华夏', '亚洲', '中外', '合作', '发展', '建设', '科学', '工商', '招商',
  '民生', '人寿', '光大', '兴业', '邮政', '进出口', '开发', '商业', '城市', '农村', '农商', '储蓄', '太平洋', '新华', '长江', '黄河', '南方', '北方',
])
/** The types a company's name is found as: the news model's ORG, the fine-grained model's COMPANY. */
const COMPANY_TYPES: ReadonlySet<string> = new Set(['ORG', 'COMPANY'])

/**
 * The short name a company's registered name implies (字节跳动 of 北京字节跳动网络技术有限公司, 华锐储能 of 深圳市华锐储能科技
 * 有限公司, 腾讯 of 腾讯控股有限公司), or undefined: the name without the place before it (PLACE_PREFIX) and without its legal
 * form (LEGAL_FORM, which a company's name must end in: no school's, hospital's or government's is read, 人民医院 is no 人民)
 * and the trade words before that (INDUSTRY_END), if what is left is 2–6 Chinese characters or a Latin word of 3 letters or more,
 * no place (北京银行股份有限公司 leaves 银行, a trade: none), no role word and none of NOT_A_CORE. `rest` is the name without its
 * place (华锐储能科技有限公司), a form a text uses too.
 */
export function companyCore(name: string): { core: string; rest: string } | undefined {
  let key = compactKey(name)
  for (let place = PLACE_PREFIX.exec(key); place && key.length - place[0].length >= 4; place = PLACE_PREFIX.exec(key)) key = key.slice(place[0].length)
  const rest = key
  const legal = LEGAL_FORM.exec(key)
  if (!legal || legal.index === 0) return undefined
  key = key.slice(0, legal.index)
  for (let changed = true; changed;) {
    changed = false
    for (const re of [PLACE_BRACKET, INDUSTRY_END]) {
      const m = re.exec(key)
      if (m && m.index >= 2) {
        key = key.slice(0, m.index)
        changed = true
      }
    }
  }
  const chars = Array.from(key)
  const han = chars.every((c) => HAN.test(c))
  if (han ? chars.length < 2 || chars.length > 6 : !/^[A-Za-z]{3,}$/u.test(key)) return undefined
  if (PLACE_ALONE.test(key) || INDUSTRY_SET.has(key) || NOT_A_CORE.has(key) || isRoleWord(key)) return undefined
  return { core: key, rest }
}

/**
 * The short names the text's companies imply without declaring them (companyCore): QA found 北京字节跳动网络技术有限公司 …
 * 现就职于字节跳动 and 腾讯控股有限公司…腾讯控股股价上涨 left the employer readable (28 of 40 redacted CVs). The core, the core and
 * one trade word (腾讯控股, 字节跳动科技), the core and 公司/集团 (腾讯公司) and the name without its place (华锐储能科技有限公司)
 * are mentions of the company: its pseudonym, found by the model or not. A core that is a common word (华为, 小米: the table
 * given names are checked against) is replaced only where it stands as the party (standsAsShortName), as a declared one is.
 * One two companies imply (北京字节跳动科技有限公司 and 北京字节跳动网络技术有限公司) is replaced as a name of its own. Not where
 * the text declares that short name (declared wins), nor a name itself found (the model's name keeps its own number).
 */
function impliedAliases(entities: readonly Entity[], types: ReadonlySet<string>, declared: ReadonlyMap<string, GivenNameEntity>, text: string): Map<string, GivenNameEntity> {
  const implied = new Map<string, GivenNameEntity>()
  const owner = new Map<string, string | undefined>() // each form's company, by its key; undefined where two imply it
  const seen = new Set<string>() // the companies read so far, each once
  for (const e of entities) {
    if (!types.has(e.type) || !COMPANY_TYPES.has(e.type) || e.end > text.length || (e as GivenNameEntity).declared) continue
    const fullName = (e as GivenNameEntity).fullName ?? e.text
    if (seen.has(`${e.type}\u0000${fullName}`)) continue
    seen.add(`${e.type}\u0000${fullName}`)
    const fullKey = simplifiedKey(mentionKey(fullName))
    const derived = companyCore(fullName)
    if (derived === undefined) continue
    const { core, rest } = derived
    const common = isCommonWordAlias(core)
    // The core with a trade word or 公司/集团 after it (腾讯控股, 字节跳动科技, 腾讯公司) is matched where the core is (everyOccurrence,
    // TRADE_AFTER) and where the model found it (linkedNames), not kept as a hundred names more.
    for (const form of [core, rest]) {
      const key = simplifiedKey(form)
      if (declared.has(key) || key === fullKey) continue
      const known = implied.get(key)
      const same = known === undefined || owner.get(key) === fullKey
      owner.set(key, same ? fullKey : undefined)
      implied.set(key, {
        start: 0, end: 0, text: form, type: known?.type ?? e.type, score: Math.max(e.score, known?.score ?? 0), fullName: same ? fullName : undefined,
        declared: true, implied: true, ...(form === core ? { core: true as const, ...(common ? { commonWord: true as const } : {}) } : {}),
      })
    }
  }
  return implied
}

/**
 * The cores a company's short form found by the model may be written with before a trade word or 公司/集团 (linkedNames), each
 * with the short name whose company it is: an implied core (腾讯 of 腾讯控股有限公司); a declared short name (锦程 of （以下简称
 * “锦程”）) and that name without a trade word at its end (澄川 of “澄川医疗”); and an implied core cut before a trade word inside it
 * (澄川 of 澄川医疗器械, whose 器械 is no trade word companyCore drops). Contracts QA: 上海澄川医疗器械股份有限公司 was [机构1], the
 * model's 澄川公司 and 澄川医疗 [机构2], and a declared 锦程 [机构2] with 锦程公司 [机构5]: a reader counted five parties for two.
 * Null where two companies give a core (远岫医疗器械… and 远岫医疗软件… both give 远岫): the model's 远岫公司 keeps its own number.
 */
const TRADE_WORDS_ONLY = new RegExp(`^(?:${TRADE_OR_COMPANY})+$`, 'u')
function tradeCores(aliases: ReadonlyMap<string, GivenNameEntity>, found: readonly Entity[], types: ReadonlySet<string>): Map<string, GivenNameEntity | null> {
  const cores = new Map<string, GivenNameEntity | null>()
  const add = (core: string, alias: GivenNameEntity) => {
    if (Array.from(core).length < 2 || alias.fullName === undefined || nameFamily(alias.type) !== 'ORG') return
    const known = cores.get(core)
    const same = known === undefined || (known !== null && simplifiedKey(mentionKey(known.fullName!)) === simplifiedKey(mentionKey(alias.fullName)))
    cores.set(core, same ? known ?? alias : null)
  }
  for (const e of found) {
    if (!types.has(e.type) || !COMPANY_TYPES.has(e.type) || (e as GivenNameEntity).declared) continue
    const fullName = (e as GivenNameEntity).fullName ?? e.text
    const derived = companyCore(fullName)
    // (not a short form itself, the model's 远岫公司 or 远岫集团: that is what is asked about)
    if (derived === undefined || TRADE_WORDS_ONLY.test(derived.rest.slice(derived.core.length))) continue
    const { core } = derived
    const alias: GivenNameEntity = { start: 0, end: 0, text: core, type: e.type, score: e.score, fullName, declared: true, implied: true, core: true }
    add(core, alias)
    for (let i = 2; i < core.length - 1; i++) if (INDUSTRY_WORDS.some((word) => core.startsWith(word, i))) add(core.slice(0, i), alias)
  }
  for (const [key, alias] of aliases) {
    if (alias.implied) continue
    add(key, alias)
    const trade = TRADE_END.exec(key)
    if (trade && trade.index >= 2) add(key.slice(0, trade.index), alias)
  }
  return cores
}

/** Characters that end no part of a foreign name before a hyphen, but stand before one (导演由让-吕克·戈达尔执导). */
const NOT_IN_NAME = new Set('的了和与由是在被将把对向给同跟及或为从自以称说据')
const HYPHEN = new RegExp(`^[${HYPHENS}]$`, 'u')

/**
 * Where a person's foreign name found after a hyphen starts with its hyphenated first part (让 of 让-吕克·戈达尔, the model
 * finding 吕克·戈达尔: QA got 让-[人名1]): the Chinese characters before the hyphen, four at most, up to a word the
 * characters before them end (导演|让) or a character that is no name's (NOT_IN_NAME). Only for a name with a middle
 * dot, so a pair written 张伟-李娜 stays two, and never over another found name.
 */
const HAS_MIDDLE_DOT = new RegExp(`[${MIDDLE_DOTS}]`, 'u')
function hyphenatedStart(text: string, e: Entity, others: Uint8Array): number {
  const hyphen = e.start - 1
  if (e.type !== 'PER' || hyphen < 1 || !HYPHEN.test(text[hyphen]!) || !HAN.test(text[hyphen - 1]!) || !HAN.test(e.text[0] ?? '') || !HAS_MIDDLE_DOT.test(e.text)) return e.start
  let start = hyphen
  while (start > 0 && hyphen - start < 4 && !others[start - 1]) {
    const c = text[start - 1]!
    if (!HAN.test(c) || (start < hyphen && (NOT_IN_NAME.has(c) || (start >= 2 && isWord(text[start - 2]!, c))))) break
    start--
  }
  return start < hyphen ? start : e.start
}

/** Spacing between two parts of a name on one line (a CV's 欧阳\u3000静怡, 张 伟). */
const NAME_SPACING = /^[ \t\u3000\u00A0]+$/u
/** A bracket that opens right before a name's spelling, and the one that closes right after it. */
const SPELLING_OPEN = /[（(][ \t\u3000]*$/u
const SPELLING_CLOSE = /^[ \t\u3000]*[）)]/u
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{M}'’-]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Whether a found person is a surname alone (张, 欧阳) and one after it the given name alone (伟, 静怡), no surname itself. */
function isSurnameAlone(key: string): boolean {
  return COMPOUND_SURNAMES.has(key) || (Array.from(key).length === 1 && SURNAMES.has(simplifiedOf(key)))
}
function isGivenNameShape(key: string): boolean {
  const chars = Array.from(key)
  return chars.length >= 1 && chars.length <= 2 && chars.every((c) => HAN.test(c)) && !isSurnameAlone(key)
}

/**
 * A person's name as a CV writes it, in `linked` (changed in place, one for one):
 * - a surname and given name the model found apart, spacing between (欧阳\u3000静怡: HR QA got [人名1]\u3000[人名2], then 欧阳静怡
 *   [人名3], one woman three people): both become the whole name, over the spacing. Only a surname found alone (a common
 *   one, or a compound 欧阳) before one or two Chinese characters that are no surname (a list 王\u3000李 stays two);
 * - a Latin name of a person in brackets right after a Chinese one (张伟（Zhang Wei）, 欧阳静怡（Jingyi OUYANG）) is its
 *   spelling: numbered as it (fullName 张伟⟨Zhang Wei⟩, see personKey), and its other forms met alone (Wei Zhang, ZHANG Wei)
 *   too (nameNumbering). QA: [人名12]（[人名13]）. Any Latin name of a person there, pinyin or not (王芳（Grace Wang）): the
 *   bracket says whose it is. A Latin name merely equal to a name's pinyin elsewhere is not linked: pinyin is shared by
 *   namesakes (张伟, 张薇, 章伟 are all Zhang Wei), and its table would weigh on the page;
 * - a Latin person whose capitalised word beside it makes it one of those spellings (ZHANG of ZHANG Wei, the model
 *   finding Wei: QA left ZHANG readable) takes that word in, where no other found name covers it.
 */
function spelledNames(text: string, linked: Entity[], covered: Uint8Array): void {
  const people = [...linked.keys()].filter((i) => linked[i]!.type === 'PER' && linked[i]!.end <= text.length).sort((i, j) => linked[i]!.start - linked[j]!.start)
  for (let k = 0; k + 1 < people.length; k++) {
    const [a, b] = [linked[people[k]!]!, linked[people[k + 1]!]!]
    if (a.end >= b.start || !NAME_SPACING.test(text.slice(a.end, b.start)) || !isSurnameAlone(mentionKey(a.text)) || !isGivenNameShape(mentionKey(b.text))) continue
    const whole = { ...a, end: b.end, text: text.slice(a.start, b.end), score: Math.max(a.score, b.score) }
    linked[people[k]!] = linked[people[k + 1]!] = whole
    k++
  }
  // The Chinese people by where they end, the spellings met in brackets after them.
  const chinese = new Map<number, Entity>()
  for (const i of people) if (/\p{Script=Han}/u.test(linked[i]!.text) && !/\p{Script=Latin}/u.test(linked[i]!.text)) chinese.set(linked[i]!.end, linked[i]!)
  const chineseAt = new Map<number, Entity>()
  for (const e of chinese.values()) chineseAt.set(e.start, e)
  const starts = new Set(people.map((i) => linked[i]!.start))
  const ends = new Set(people.map((i) => linked[i]!.end))
  // Each spelling linked, by its first form, to the Chinese name (null where two): a spelling once linked is that person
  // wherever the model finds it alone in the text (regional QA: Chan Tai Man was [人名2] beside 陳大文's [人名1] until a
  // bracket linked it, [人名1] after).
  const spelledAs = new Map<string, string | null>()
  const forms = new Set<string>()
  for (const i of people) {
    const e = linked[i]! as GivenNameEntity
    if (e.fullName !== undefined || !LATIN_SPELLING.test(mentionKey(e.text))) continue
    const person = spellingOwner(text, e, chinese, chineseAt, starts, ends) as GivenNameEntity | undefined
    if (!person) continue
    const name = person.fullName ?? person.text
    linked[i] = { ...e, fullName: `${name}⟨${e.text}⟩` } as GivenNameEntity
    for (const form of latinForms(mentionKey(e.text)) ?? []) forms.add(form)
    const form = latinForms(mentionKey(e.text))?.[0]
    const known = form === undefined ? undefined : spelledAs.get(form)
    if (form !== undefined) spelledAs.set(form, known === undefined || known === name ? name : null)
  }
  if (forms.size === 0) return
  for (const i of people) {
    const e = linked[i]! as GivenNameEntity
    const name = e.fullName === undefined ? spelledAs.get(latinForms(mentionKey(e.text))?.[0] ?? '') : undefined
    if (name) linked[i] = { ...e, fullName: `${name}⟨${e.text}⟩` } as GivenNameEntity
  }
  const free = (start: number, end: number) => covered.subarray(start, end).every((unit) => unit === 0)
  for (const i of people) {
    const e = linked[i]!
    if (latinForms(mentionKey(e.text)) === undefined || forms.has(latinForms(mentionKey(e.text))![0]!)) continue
    // The word before it (ZHANG Wei), else the one after (Wei ZHANG), on the same line, one or more spaces between.
    let gap = e.start
    while (gap > 0 && /[ \t]/u.test(text[gap - 1]!)) gap--
    let start = gap
    while (start > 0 && LATIN_WORD_CHAR.test(text[start - 1]!)) start--
    if (gap < e.start && start < gap && /\p{Lu}/u.test(text[start]!) && !(start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!)) && free(start, gap) && forms.has(latinForms(text.slice(start, e.end))?.[0] ?? '')) {
      linked[i] = { ...e, start, text: text.slice(start, e.end) }
      continue
    }
    let word = e.end
    while (word < text.length && /[ \t]/u.test(text[word]!)) word++
    let end = word
    while (end < text.length && LATIN_WORD_CHAR.test(text[end]!)) end++
    if (word > e.end && end > word && /\p{Lu}/u.test(text[word]!) && !(end < text.length && LETTER_OR_DIGIT.test(text[end]!)) && free(word, end) && forms.has(latinForms(text.slice(e.start, end))?.[0] ?? '')) {
      linked[i] = { ...e, end, text: text.slice(e.start, end) }
    }
  }
}

/** Spacing between a Chinese name and its spelling on one line (陳大文 Chan Tai Man), at the end of what is before it. */
const SPELLING_SPACE = /[ \t\u3000\u00A0]+$/u

/**
 * The Chinese person a Latin one found at `e` spells, if any: the one in brackets right before it (张伟（Zhang Wei）), the one
 * right before it with spacing only between (陳大文 Chan Tai Man, as a Hong Kong form writes it), or the one in brackets right
 * after it (Chan Tai Man（陳大文）). Regional QA: only the first was linked, so one client had two pseudonyms. The spaced one
 * only where no other name stands beside the pair (周雅琴 Tom Baker 林志远 is a list of three) and the spelling has no more
 * words than the Chinese name characters and one (an English name before the surname: Grace Wang, Peter Chan Tai Man no).
 */
/** How the commonest surnames are written in Latin letters (pinyin, Cantonese, Hokkien, Wade–Giles …), by the simplified surname. */
const SURNAME_SPELLINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    陈: 'chan chen tan chin ding chern', 黄: 'wong huang ng oei ooi wee hwang bong', 李: 'lee li lei lie lai ly', 王: 'wang wong ong heng',
    张: 'cheung zhang chang chong teo teoh chiang cheong tio', 刘: 'lau liu lao low lew lieu', 林: 'lam lin lim ling', 吴: 'ng wu goh woo ngo gouw',
    何: 'ho he hoh hor', 周: 'chow zhou chou chau chew chiu jhou', 梁: 'leung liang neo leong', 杨: 'yeung yang yong young yeo ieong',
    郑: 'cheng zheng tay chang chiang tee cheang teh', 谢: 'tse xie hsieh chia cheah seah', 郭: 'kwok guo kuo kok quek kuok kwek', 马: 'ma mah mar beh',
    赵: 'chiu zhao chao chew', 徐: 'tsui xu hsu chee choi', 孙: 'suen sun soon sng', 朱: 'chu zhu choo chue', 胡: 'wu hu woo oh aw',
    罗: 'law luo lo loh lor', 高: 'ko gao kao koh kou', 蔡: 'choi cai tsai chua choy chai', 曾: 'tsang zeng tseng chan zen',
    叶: 'yip ye yeh yap ip iap', 苏: 'so su soh sou', 潘: 'poon pan phua pun pua', 邓: 'tang deng teng', 许: 'hui xu hsu koh khoo kho hoi',
    彭: 'pang peng phang', 吕: 'lui lu lv lue lyu', 卢: 'lo lu lou loo', 袁: 'yuen yuan', 麦: 'mak mai', 唐: 'tong tang',
    韩: 'hon han', 冯: 'fung feng fong', 余: 'yu yue yee u ee', 蒋: 'cheung jiang chiang', 钟: 'chung zhong chong', 江: 'kong jiang chiang kang',
    姚: 'yiu yao', 陆: 'luk lu', 宋: 'sung song soong', 范: 'fan faan', 方: 'fong fang png', 石: 'shek shi', 夏: 'ha xia hsia',
    金: 'kam jin kim chin', 邱: 'yau qiu chiu khoo khor', 温: 'wan wen woon', 廖: 'liu liao', 莫: 'mok mo', 黎: 'lai li', 关: 'kwan guan',
    谭: 'tam tan taam hom', 洪: 'hung ang hong', 萧: 'siu seow hsiao xiao shaw', 庄: 'chong chng zhuang chuang', 赖: 'lai lua nai',
    区: 'au ou ow', 司徒: 'szeto seetoh situ',
  }).map(([surname, spellings]) => [surname, new Set(spellings.split(' '))]),
)

/** Whether the Latin name `latin` can be a spelling of the Chinese name `chinese` beside it: its first or last word one of
 *  its surname's spellings (SURNAME_SPELLINGS), or any where the surname is not among them. Recheck QA 56: 聯絡人：陳大文
 *  Mary Wong read Mary Wong as 陳大文's spelling (one pseudonym for two people). */
function spellsSurname(latin: string, chinese: string): boolean {
  const [first = '', second = ''] = Array.from(chinese, simplifiedOf)
  const spellings = SURNAME_SPELLINGS.get(first + second) ?? SURNAME_SPELLINGS.get(first)
  if (spellings === undefined) return true
  const words = mentionKey(latin).toLowerCase().split(/[\s,.-]+/u).filter((word) => word !== '')
  return words.length > 0 && (spellings.has(words[0]!) || spellings.has(words[words.length - 1]!))
}

/** Whether the Latin word `word` (any case) is one of the spellings of the surname of the Chinese name `chinese`
 *  (SURNAME_SPELLINGS: Zhang, Cheung, Teo … for 张伟; false where its surname has none there), or without `chinese`
 *  of any surname there. */
export function spellsSurnameOf(word: string, chinese?: string): boolean {
  const lower = word.toLowerCase()
  if (chinese === undefined) return [...SURNAME_SPELLINGS.values()].some((spellings) => spellings.has(lower))
  const [first = '', second = ''] = Array.from(chinese, simplifiedOf)
  return (SURNAME_SPELLINGS.get(first + second) ?? SURNAME_SPELLINGS.get(first))?.has(lower) ?? false
}

function spellingOwner(text: string, e: Entity, chinese: ReadonlyMap<number, Entity>, chineseAt: ReadonlyMap<number, Entity>, starts: ReadonlySet<number>, ends: ReadonlySet<number>): Entity | undefined {
  const before = text.slice(Math.max(0, e.start - 8), e.start)
  const open = SPELLING_OPEN.exec(before)
  if (open && SPELLING_CLOSE.test(text.slice(e.end, e.end + 8))) {
    let end = e.start - open[0].length
    while (end > 0 && /[ \t\u3000]/u.test(text[end - 1]!)) end--
    return chinese.get(end)
  }
  const spaced = SPELLING_SPACE.exec(before)
  const person = spaced ? chinese.get(e.start - spaced[0].length) : undefined
  if (person) {
    const words = mentionKey(e.text).split(/\s+/u).length
    let after = e.end
    while (after < text.length && /[ \t\u3000\u00A0]/u.test(text[after]!)) after++
    let beforePerson = person.start
    while (beforePerson > 0 && /[ \t\u3000\u00A0]/u.test(text[beforePerson - 1]!)) beforePerson--
    const lone = !starts.has(after) && !ends.has(beforePerson) && !(after > e.end && chineseAt.has(after))
    if (lone && words <= Array.from(person.text).length + 1 && spellsSurname(e.text, person.text)) return person
  }
  const close = /^[ \t\u3000]*[（(][ \t\u3000]*/u.exec(text.slice(e.end, e.end + 8))
  const inside = close ? chineseAt.get(e.end + close[0].length) : undefined
  return inside && SPELLING_CLOSE.test(text.slice(inside.end, inside.end + 8)) ? inside : undefined
}

/**
 * Whether a declared short name that is a common word (平安) stands as the party at start–end of `text`: between
 * SHORT_NAME_BEFORE and SHORT_NAME_AFTER or beside what is no Chinese character (平安表示, “平安”, not 平安夜, 一路平安).
 * After a preposition (与阳光签约), any character that makes no word with its last one will do.
 */
function standsAsParty(text: string, start: number, end: number, key: string): boolean {
  const before = shownBefore(text, start)
  const after = shownFrom(text, end)
  const preposition = before?.han === true && SHORT_NAME_BEFORE.has(simplifiedOf(before.key))
  return (!before?.han || preposition) && (!after?.han || SHORT_NAME_AFTER.has(simplifiedOf(after.key)) || (preposition && !isWord(Array.from(key).at(-1)!, after.key)))
}

/** Whether what is before start–end lets a name there be the party: no Chinese character, or a preposition (standsAsParty). */
function startsAsParty(text: string, start: number): boolean {
  const before = shownBefore(text, start)
  return !before?.han || SHORT_NAME_BEFORE.has(simplifiedOf(before.key))
}

/** Organisations of either model (ORG, the fine-grained COMPANY and GOV) are one kind of name; any other type its own. */
function nameFamily(type: string): string {
  return type === 'COMPANY' || type === 'GOV' ? 'ORG' : type
}

/** The forms of 某 after a surname that name a person (赵某, 赵某某, 王某甲, 王某乙: a judgment's or a police report's). */
const SOMEONE = /^某(?:某|[甲乙丙丁])?/u
/** What after 某 or 某某 makes it an organisation's or a place's, no person (某某公司, 张某某村 is rare beside 某某村): a word
 *  for one, or 所 as its measure word (某所学校). */
const SOMEONE_PLACE_AFTER = /^(?:公司|集团|单位|企业|医院|学校|银行|部门|机构|小区|大学|中学|小学|酒店|宾馆|商场|超市|工厂|所(?:学校|大学|中学|小学|医院|幼儿园|高校|院校))/u
/**
 * The characters that after 某 or 某某 make a place or an organisation (某村, 某某县, 某厂), unless a head's title follows
 * (SOMEONE_HEAD_AFTER: 张某某村长, 周某科长, 王某店主 are people). Not 所 (赵某所有, 赵某所犯罪行, 陈某所在单位: what the
 * person owns, did, where the person works) nor 处 (从张某处借款: at the person's), which are the person's unless 处 makes a
 * word with the surname (高某处, 何某处: somewhere high). Re-check QA: 1d35f76 read all of them as places, and left
 * readable 赵某所有, 从张某处, 王某某局长 and 赵某所犯罪行, which the model's whole 赵某 had replaced before.
 */
const SOMEONE_PLACE_CHARACTERS = new Set('厂店局科村镇县市省区路街')
/** A head's title after one of SOMEONE_PLACE_CHARACTERS: 村长, 局长, 市长, 厂长, 店主, 村主任. */
const SOMEONE_HEAD_AFTER = /^(?:长|主)/u
/** Characters that after 某 start a word (某一方, 某日, 某项, 某段: "some side, day, item, part"), unless they make a word
 *  with the character after them (张某一直, 张某日前, 张某项目: the person and a word). Re-check QA: 任某一方违约, 路某段封闭,
 *  明某日到期, 计某项费用 and 小李某日去过 took the character before for a surname. See someoneEnd. */
const SOME_WORD_STARTS = new Set('一日项段方次')
/** Surnames that before 某 and SOME_WORD_STARTS are words (任某一方: any; 路某段: a road's; 明某日: next; 计某项: counting),
 *  whatever follows. */
const SURNAMES_AS_WORDS_BEFORE_SOME = new Set('任路明计')

/**
 * Where the form of 某 that names a person after a surname ends, the surname ending at `at` (赵|某, 赵|某某), or
 * undefined where 某 there starts a word (某天, 某些, 某人, 某种, 某处: 高某处 is "somewhere high"; but 张某种地, 张某个人
 * are the person and a word) or an organisation's or place's name (某某公司, 某村, 某所学校; not 赵某所有, 张某某村长).
 * `known`: the surname is a person found elsewhere (a spread name), whose 某日, 某一 … are taken for the person's but after
 * SURNAMES_AS_WORDS_BEFORE_SOME (李某日前 and 李某一直 are the person anyway).
 */
function someoneEnd(text: string, at: number, known = false): number | undefined {
  const form = SOMEONE.exec(text.slice(at, at + 2))
  if (form === null) return undefined
  const end = at + form[0].length
  if (SOMEONE_PLACE_AFTER.test(text.slice(end, end + 4))) return undefined
  const nextAt = shownFromAt(text, end)
  const next = nextAt < text.length ? codePointAt(text, nextAt) : undefined
  if (!next?.han) return end
  const after = shownFrom(text, nextAt + next.length)
  const surname = shownBefore(text, at)?.key
  if (SOMEONE_PLACE_CHARACTERS.has(next.key)) return SOMEONE_HEAD_AFTER.test(after?.key ?? '') ? end : undefined
  if (next.key === '处') return surname !== undefined && isWord(surname, '处') ? undefined : end
  if (form[0] !== '某') return end
  // (a word of 某 and the next, or one that SOME_WORD_STARTS starts, unless the next makes a word with the one after it)
  const wordAfter = after?.han === true && isWord(next.key, after.key)
  if (SOME_WORD_STARTS.has(next.key) && surname !== undefined && SURNAMES_AS_WORDS_BEFORE_SOME.has(simplifiedOf(surname))) return undefined
  if (isWord('某', next.key) || (!known && SOME_WORD_STARTS.has(next.key))) return wordAfter ? end : undefined
  return end
}

/** The surname of a person's key that is a surname and a form of 某 (赵某, 欧阳某某, 王某甲), or undefined. */
function someoneSurname(key: string): string | undefined {
  const compound = COMPOUND_SURNAMES.has(key.slice(0, 2))
  const surname = compound ? key.slice(0, 2) : key.slice(0, 1)
  if (!compound && (!SURNAMES.has(simplifiedOf(surname)) || SURNAMES_AS_WORDS.has(simplifiedOf(surname)))) return undefined
  const form = SOMEONE.exec(key.slice(surname.length))
  return form !== null && surname.length + form[0].length === key.length ? surname : undefined
}

/** A person found as a surname and a form of 某 (the fine-grained model's 李某), as its surname alone (李): what the news
 *  model finds there, so that the two read the same, [人名1]某 (police QA: the fine-grained model's 李某 was [人名1] whole,
 *  where 张某某 beside it was [人名2]某某 with the other model). Any other entity: itself. */
function asSomeoneSurname(e: Entity): Entity {
  if (e.type !== 'PER') return e
  const surname = someoneSurname(mentionKey(e.text))
  return surname === undefined || !e.text.startsWith(surname) ? e : { ...e, end: e.start + surname.length, text: surname }
}

/** Characters that are no part of a given name after a compound surname (欧阳|说, 欧阳|他们, 欧阳|某). */
const NOT_IN_GIVEN_NAME = new Set('的了和与由是在被将把对向给同跟及或为从自以称说据他她它们某等俩两')
/** Verbs of one character that after a compound surname are what the person does, no given name (欧阳|笑。, 欧阳|来了). */
const VERBS_AFTER_A_NAME = new Set('来去走跑笑哭叫喊问答看听吃喝睡坐站想做干打拿买卖到回')
/** Words after a compound surname and the characters that follow it that end a name there, as punctuation does
 *  (欧阳可馨|家长, 欧阳可馨|同学), besides a form of address (titleAt: 欧阳可馨|老师). */
const AFTER_A_NAME = /^(?:家长|同学|学生|妈妈|爸爸|母亲|父亲|的)/u

/**
 * The end of a person found as a compound surname alone (欧阳, 司马, 诸葛: COMPOUND_SURNAMES) with its given name: the one
 * or two Chinese characters after it, where no other name covers them (`covered`) and a name ends after them: at the
 * text's end, before a character that is no Chinese one (punctuation, a tab, a line end) or before AFTER_A_NAME or a form
 * of address (school QA: the model marked 欧阳 of 欧阳可馨 alone, and redaction gave [人名10]可馨 and ■■可馨). Not a
 * title, a kinship word or any other word that is no given name (isNoGivenName: 欧阳老师。, 欧阳总，, 欧阳家。), nor one
 * that holds a word's character (NOT_IN_GIVEN_NAME: 欧阳说。, 欧阳他们。). Any other entity: its own end.
 */
function compoundSurnameEnd(text: string, e: Entity, covered: Uint8Array): number {
  if (e.type !== 'PER' || !COMPOUND_SURNAMES.has(e.text) || text.slice(e.start, e.end) !== e.text) return e.end
  for (const length of [2, 1]) {
    const end = e.end + length
    const given = text.slice(e.end, end)
    if (end > text.length || covered.subarray(e.end, end).some(Boolean) || !/^\p{Script=Han}+$/u.test(given) || given.length !== length) continue
    if ([...given].some((c) => NOT_IN_GIVEN_NAME.has(c)) || isNoGivenName(Array.from(given, simplifiedOf).join('')) || AFTER_A_NAME.test(given)) continue
    // (nor a word, 欧阳|请假, 欧阳|发言, 欧阳|全家, nor a verb of one character, 欧阳|笑。: re-check QA, each of 欧阳请假 and
    // 欧阳发言 a pseudonym of its own)
    if (length === 2 ? isWord(given[0]!, given[1]!) : VERBS_AFTER_A_NAME.has(simplifiedOf(given))) continue
    const next = text[end]
    if (next === undefined || !HAN.test(next) || AFTER_A_NAME.test(text.slice(end, end + 2)) || titleAt(text, end) !== undefined) return end
  }
  return e.end
}

/**
 * The people redaction reads in `entities` where the model's span is not the whole of a name (the engine's spans are
 * another helper's to change; these are read here, where spans enter redaction, whichever model found them):
 * - a compound surname found alone before its given name takes it in (compoundSurnameEnd: 欧阳 of 欧阳可馨，);
 * - a surname and a form of 某 found whole is its surname alone (asSomeoneSurname: 李某 as 李, so [人名1]某);
 * - a surname no name covers before a form of 某 (赵某, 王某某, 王某甲) is a person found as that surname alone, as the news
 *   model finds it: police QA, the fine-grained model left 张某某, 王某某 and 张某 readable. Only a common surname that is
 *   not more often a word there (SURNAMES_AS_WORDS: 于某日, 应某要求) or a compound one, not after a character it makes
 *   a word with (变成某种, 提高某些), and not where 某 starts a word or an organisation's name (someoneEnd: 某天, 某某公司).
 *   Nothing without the common words (loadCommonWords), which these checks need.
 * - a name loses the Cantonese particles at its edges (withoutParticles: 陳話佢 as 陳).
 * Returns `found` itself where nothing changes.
 */
function readNameSpans(text: string, found: readonly Entity[]): readonly Entity[] {
  // (a name without the Cantonese particles at its edges, withoutParticles)
  const trimmed = found.map((e) => (e.end > text.length || text.slice(e.start, e.end) !== e.text ? e : withoutParticles(e)))
  const entities = trimmed.some((e, i) => e !== found[i]) ? trimmed : found
  const covered = new Uint8Array(text.length)
  for (const e of entities) if (e.end <= text.length) covered.fill(1, Math.max(0, e.start), e.end)
  let changed = entities !== found
  const read = entities.map((e) => {
    if (e.end > text.length) return e
    const someone = asSomeoneSurname(e)
    const end = compoundSurnameEnd(text, someone, covered)
    if (someone === e && end === e.end) return e
    changed = true
    return end === someone.end ? someone : { ...someone, end, text: text.slice(someone.start, end) }
  })
  const added: Entity[] = []
  for (let at = text.indexOf('某', 1); common !== undefined && at > 0; at = text.indexOf('某', at + 1)) {
    if (covered[at]) continue
    const compound = at >= 2 && COMPOUND_SURNAMES.has(text.slice(at - 2, at))
    const start = compound ? at - 2 : at - 1
    const surname = text.slice(start, at)
    if (covered.subarray(start, at).some(Boolean) || someoneSurname(surname + '某') === undefined) continue
    const end = someoneEnd(text, at)
    if (end === undefined || covered.subarray(at, end).some(Boolean)) continue
    const before = shownBefore(text, start)
    if (before?.han && (isWord(before.key, surname[0]!) || before.key === '某')) continue
    added.push({ start, end: at, type: 'PER', text: surname, score: 1 })
  }
  if (added.length === 0) return changed ? read : found
  return [...read, ...added].sort((a, b) => a.start - b.start)
}

/** Whether what follows a compound surname at `end` of `text` is surely no given name: no Chinese character, a word
 *  (请假, 回家, 很好), a verb or a word's character (来, 说, 的), or AFTER_A_NAME (家长, 同学); not a title (titleAt). */
function noGivenNameAfter(text: string, end: number): boolean {
  const next = text[end]
  if (next === undefined || !HAN.test(next)) return true
  if (titleAt(text, end) !== undefined) return false
  const after = text[end + 1]
  return NOT_IN_GIVEN_NAME.has(next) || VERBS_AFTER_A_NAME.has(simplifiedOf(next)) || AFTER_A_NAME.test(text.slice(end, end + 2)) || (after !== undefined && HAN.test(after) && isWord(next, after))
}

/**
 * A compound surname the model found alone and nothing extended (欧阳|请假, compoundSurnameEnd) as the one full name of
 * it `people` hold, numbered as that person (fullName): 欧阳可馨来了。今天欧阳请假。 is one person (re-check QA: 欧阳请假 and
 * 欧阳发言 were each a pseudonym of its own). Not before a title (欧阳老师: titledSurnames links those, a pupil's name
 * aside), nor where the text gives two full names of it, nor where what follows may be another's given name (司马光 …
 * 司马|迁写史记: noGivenNameAfter). Returns `people` itself where none is linked.
 */
function compoundSurnamesLinked(text: string, people: readonly Entity[]): readonly Entity[] {
  const fullNames = new Map<string, Set<string>>()
  for (const e of people) {
    const key = e.type === 'PER' ? simplifiedKey(mentionKey(e.text)) : ''
    if (key.length < 3 || key.length > 4 || !COMPOUND_SURNAMES.has(key.slice(0, 2)) || !/^\p{Script=Han}+$/u.test(key)) continue
    fullNames.set(key.slice(0, 2), (fullNames.get(key.slice(0, 2)) ?? new Set()).add(key))
  }
  if (fullNames.size === 0) return people
  let changed = false
  const linked = people.map((e) => {
    const names = e.type === 'PER' && e.end <= text.length ? fullNames.get(simplifiedKey(mentionKey(e.text))) : undefined
    if (names?.size !== 1 || (e as GivenNameEntity).fullName !== undefined || !noGivenNameAfter(text, e.end)) return e
    changed = true
    return { ...e, fullName: [...names][0]! } as GivenNameEntity
  })
  return changed ? linked : people
}

/** The verbs of being and naming a surname left out of a person's span follows (董事為|何|志強先生, 佢係|陳|大文先生). */
const IS_BEFORE_SURNAME = new Set('為为係系是叫')
/** The most frequent surnames, simplified: a two-character span starting with one is a full name already (为何|王强先生).
 *  A rarer surname that is also a common given-name character (文 金 方 高 江 白 安 和 常) is not among them. */
const FREQUENT_SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡')
/** A form of address after a given name (志強|先生, 美玲|小姐, 大文|太). */
const TITLE_AFTER_GIVEN = /^(?:先生|小姐|女士|太太|太)/u

/**
 * Where a person the model found as a given name of two characters alone starts with the surname before it taken in, where
 * that surname stands between a verb of being or naming (IS_BEFORE_SURNAME) and the name, and a form of address follows it:
 * regional QA, 董事為何志強先生 gave 為何[人名4]先生, the model reading 為何 ("why"); the surname stayed beside 先生. Only a common
 * surname no other found name covers. Any other entity: its own start.
 */
function surnameBeforeStart(text: string, e: Entity, covered: Uint8Array): number {
  const at = e.start - 1
  if (e.type !== 'PER' || at < 1 || covered[at] || text.slice(e.start, e.end) !== e.text || !/^\p{Script=Han}{2}$/u.test(e.text)) return e.start
  // (the model's 王强 of 为何王强先生 or 李明 of 向李明先生 starts with its surname: 何 and 向 are words; recheck QA 56. Only a
  // frequent surname: 文華 of 為何文華先生 and 金山 of 为王金山先生 are given names, whose surname before was left readable)
  if (FREQUENT_SURNAMES.has(simplifiedOf(e.text[0]!))) return e.start
  if (!SURNAMES.has(simplifiedOf(text[at]!)) || !IS_BEFORE_SURNAME.has(text[at - 1]!) || !TITLE_AFTER_GIVEN.test(text.slice(e.end, e.end + 2))) return e.start
  return at
}

/**
 * A person found as a surname alone before a form of 某 (钱|某, the model's or a spread 钱某) as the one full name of that
 * surname `people` hold (钱玉兰), numbered as that person (fullName): casework QA, 母亲李某（李秀梅…） gave [人名5]某（[人名6]…
 * and a 孙某 of the stepfather another number than his 孙建军. Not where the text gives two full names of the surname or
 * none (it keeps its own number), nor where 某 there starts a word (someoneEnd), and only a form of 某 tied to its full name
 * beside it (someoneTied: a judgment's 被告人李某 is not its 审判长李建国). Returns `people` itself where none is linked.
 */
function someoneLinked(text: string, people: readonly Entity[]): readonly Entity[] {
  const fullNames = new Map<string, Set<string>>()
  for (const e of people) {
    if (e.type !== 'PER' || isGivenNameAlone(e)) continue
    const name = (e as GivenNameEntity).fullName ?? e.text
    const parts = fullNameParts(personKey(simplifiedKey(mentionKey(name)))[0])
    if (parts !== undefined) fullNames.set(parts.surname, (fullNames.get(parts.surname) ?? new Set()).add(personKey(name)[0]))
  }
  if (fullNames.size === 0 || common === undefined) return people
  const candidates = new Map<Entity, { name: string; tied: boolean }>()
  for (const e of people) {
    if (e.type !== 'PER' || e.end >= text.length || text[e.end] !== '某') continue
    const key = simplifiedKey(mentionKey(e.text))
    const { fullName } = e as GivenNameEntity
    if (!isSurnameAlone(key) || (fullName !== undefined && simplifiedKey(mentionKey(fullName)) !== key)) continue
    const names = fullNames.get(key)
    const end = someoneEnd(text, e.end, true)
    if (names?.size !== 1 || end === undefined) continue
    const name = [...names][0]!
    candidates.set(e, { name, tied: someoneTied(text, e.start, end, name, people) })
  }
  // Only a form of 某 whose full name the text ties to it somewhere (钱某（钱玉兰）) is that person; elsewhere (a judgment's
  // 被告人李某 and its 审判长李建国, a casework note's 郑某 and a 郑国梁 named apart) it may be someone else (recheck QA 56).
  // A tie names the person for the whole text: every later 冯某 of 冯某（冯秀珍） is her (recheck QA 56b: they read as another).
  const tiedNames = new Set([...candidates.values()].filter(({ tied }) => tied).map(({ name }) => name))
  if (tiedNames.size === 0) return people
  return people.map((e) => {
    const link = candidates.get(e)
    return link !== undefined && tiedNames.has(link.name) ? ({ ...e, fullName: link.name } as GivenNameEntity) : e
  })
}

/** Whether the form of 某 of `start`..`end` is tied to the full name `name` (a person's key) of `people` beside it: 钱某（钱玉兰）,
 *  钱玉兰（钱某）, 钱某即钱玉兰, 钱某系钱玉兰. */
function someoneTied(text: string, start: number, end: number, name: string, people: readonly Entity[]): boolean {
  return people.some((other) => {
    if (other.type !== 'PER' || other.start === start || personKey((other as GivenNameEntity).fullName ?? other.text)[0] !== name) return false
    const between = other.start >= end ? text.slice(end, other.start) : other.end <= start ? text.slice(other.end, start) : undefined
    if (between === undefined) return false
    // (in any bracket, after a sex: 李某［李国华］, 李某【李国华】, 李某（男，李国华）; a 系 not before 的/之, 李某系李国华的女儿
    // being his daughter; recheck2 QA 56)
    if (other.start < end) return /^\s*[（(［【[]\s*$/u.test(between)
    if (/^\s*[（(［【[]\s*(?:[男女][，,、]\s*)?$/u.test(between)) return true
    return /^\s*[，,]?\s*(?:即|系|就是)\s*$/u.test(between) && !/^[的之]/u.test(text.slice(other.end))
  })
}

/**
 * The found names as redaction reads them in `text`: a foreign name after a hyphen with its first part (hyphenatedStart),
 * and a short name the text declares (declaredAliases) as the name it stands for, its type and pseudonym. In the same
 * order, one for one, after readNameSpans (which may add a person: 张 of 张某某); `aliases` is what everyOccurrence looks
 * for besides.
 */
function linkedNames(text: string, found: readonly Entity[], types: ReadonlySet<string>): { linked: Entity[]; aliases: Map<string, GivenNameEntity> } {
  const entities = readNameSpans(text, found)
  const covered = new Uint8Array(text.length)
  for (const e of entities) if (e.end <= text.length) covered.fill(1, Math.max(0, e.start), e.end)
  const linked = entities.map((e) => {
    if (e.end > text.length) return e
    const start = Math.min(hyphenatedStart(text, e, covered), surnameBeforeStart(text, e, covered))
    const end = repeatedSurnameEnd(text, e)
    return start === e.start && end === e.end ? e : { ...e, start, end, text: text.slice(start, end) }
  })
  spelledNames(text, linked, covered)
  const aliases = declaredAliases(text, linked, types)
  for (const [key, alias] of impliedAliases(linked, types, aliases, text)) aliases.set(key, alias)
  if (aliases.size === 0) return { linked, aliases }
  let cores: Map<string, GivenNameEntity | null> | undefined
  return {
    linked: linked.map((e) => {
      const key = simplifiedKey(mentionKey(e.text))
      let alias = aliases.get(key)
      // The model's 腾讯控股 or 腾讯公司: a company's core and a trade word after it (tradeCores), the core implied, declared
      // (锦程 of （以下简称“锦程”）, then 锦程公司) or read off a declared short name (澄川 of “澄川医疗”).
      if (alias === undefined && nameFamily(e.type) === 'ORG') {
        const trade = TRADE_END.exec(key)
        if (trade && trade.index >= 2) alias = (cores ??= tradeCores(aliases, linked, types)).get(key.slice(0, trade.index)) ?? undefined
      }
      // A short name that is a word (长城 of 长城汽车股份有限公司（以下简称“长城”）) or one only implied relabels the model's span
      // of another kind of name only where nothing before it makes it part of a longer name or phrase: beside punctuation or
      // after a preposition (“长城”, 。长城本月, 与长城), not in 万里长城 or 登上长城, which stay the place (QA: 万里[机构1]). The
      // model has said it is a name; only which one is asked, so what follows does not count. One only implied (a company's
      // core, see impliedAliases) never does: the text has not said it is the company (北京张伟科技有限公司's 张伟 found as a person).
      if (alias && nameFamily(alias.type) !== nameFamily(e.type) && (alias.implied || (alias.commonWord && !startsAsParty(text, e.start)))) return e
      return alias && !(e as GivenNameEntity).declared ? { ...alias, start: e.start, end: e.end, text: e.text } : e
    }),
    aliases,
  }
}

/**
 * The replaced names plus every other occurrence of the same name that no found name covers: the model can
 * find 张伟 in one sentence and miss it in another (inside Markdown's `张伟` or [李娜](…), on a table
 * line, or cut by a line wrap, 张\n伟, where it may find 张 alone), and a redacted copy must not leave
 * readable a name the page has already recognized. The same name is the entity panel's (mentionKey): an
 * occurrence may hold invisible characters (张\u200b伟), a line wrap, spacing between Chinese characters
 * (张\u3000伟, 张 伟) or full-width letters (ＡＰＰＬＥ for APPLE), and all it spans is replaced. An occurrence
 * may take in found names that lie wholly inside it (that 张), never cut one. Names of one character are not
 * spread (张 alone is too often no name), nor names of several words (Bill Gates); a name in Latin letters is
 * matched as a whole word only (Apple, not Applebee's, nor Ａｐｐｌｅｂｅｅ). A person found by the full name
 * (陈思远) is also looked for by the given name alone (思远), replaced as that person (spreadNames). Where
 * names begin at the same place the longest is taken, so 张伟华 is not cut at 张伟. A person found as a surname alone
 * (赵 of 被告人赵某) is looked for as 赵某, its 赵 replaced. A short name the text declares (以下简称“华锐储能”, see
 * declaredAliases) is looked for as the name it stands for, and taken over found names inside it (华 as a place). The names looked for are
 * `spread`'s where given (those found in other texts too), else those of `entities`. None is added where a name the
 * dictionary says never to mark (`neverMarked`, see neverMarkedBar) holds it whole; one that only overlaps it is no bar.
 */
export function everyOccurrence(text: string, entities: readonly Entity[], types: ReadonlySet<string>, spread?: SpreadNames, neverMarked?: readonly string[]): Entity[] {
  const { linked, aliases: declared } = linkedNames(text, entities, types)
  // (this text itself: the titles its surnames found alone stand before, titledForms)
  const own = linked.filter((e) => e.end <= text.length)
  const names = (spread ?? spreadNames(own, types, [{ text, entities: own }])).root
  // The short names this text declares (declaredAliases), looked for with the others, and taken over one of them as
  // long that starts at the same place: 华锐储能 as the company, not a spread name of another type.
  const aliases = trieOf(declared)
  if (names.next.size === 0 && aliases.next.size === 0) return linked
  // A place or organisation is not spread into a statute's title (《中华人民共和国民法典》), which redact keeps.
  const keptInTitle = keptInStatuteTitle(text)
  const found: Entity[] = [...linked]
  // owner[i]: 1 + the index in `found` of the name covering unit i, 0 for none.
  const owner = new Int32Array(text.length)
  found.forEach((e, i) => owner.fill(i + 1, Math.max(0, e.start), Math.min(e.end, text.length)))
  const fits = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const inside = owner[i] ? found[owner[i]! - 1]! : null
      if (inside && (inside.start < start || inside.end > end || (inside.start === start && inside.end === end))) return false
    }
    return true
  }
  const latin = (char: string | undefined) => char !== undefined && LATIN_OR_DIGIT.test(char)
  const wholeWord = (start: number, end: number, key: string) => {
    const before = shownBefore(text, start)?.key
    const after = shownFrom(text, end)?.key
    return !(latin(key[0]) && latin(before?.[before.length - 1])) && !(latin(key[key.length - 1]) && latin(after?.[0]))
  }
  // A given name alone stands as a name where it makes no word with the characters around it (意思|远, 标志|明显:
  // QA found 意[人名1], 标[人名1]显) and follows no other surname (李振华 is not 王振华's 振华). After it, a word
  // of its last character is no bar where the next character makes a word with the one after it too: 丽华|表示 and
  // 志明|确认 read as the name and a word far more often than as 华表 and 明确 (a word before it is always a bar:
  // 有意思远 is read 有|意思|远).
  // A nickname (found by its label) after a surname character that ends a word (照顾|豆豆, 看管|豆豆) or doubled (管|豆豆,
  // 谈|豆豆) is the nickname all the same (casework QA: 外婆照顾豆豆。 stayed readable); a surname before a given name, or
  // before a nickname such as 小虎 (王小虎), is another person's.
  const surnameBefore = (start: number, before: CodePoint, key: readonly string[], nickname: boolean) => {
    if (!SURNAMES.has(simplifiedOf(before.key)) || SURNAMES_AS_WORDS.has(simplifiedOf(before.key))) return false
    if (!nickname) return true
    if (key.length % 2 === 0 && key.length >= 2 && key.every((c, i) => i % 2 === 0 || c === key[i - 1])) return false
    const prior = shownBefore(text, shownBeforeAt(text, start))
    return !(prior?.han && isWord(prior.key, before.key))
  }
  const standsAsName = (start: number, end: number, name: string, nickname = false) => {
    const key = Array.from(name)
    const before = shownBefore(text, start)
    if (before?.han && (isWord(before.key, key[0]!) || surnameBefore(start, before, key, nickname))) return false
    const afterAt = shownFromAt(text, end)
    const after = afterAt < text.length ? codePointAt(text, afterAt) : undefined
    if (!after?.han || !isWord(key[key.length - 1]!, after.key)) return true
    const next = shownFrom(text, characterEnd(text, afterAt))
    return next?.han === true && isWord(after.key, next.key)
  }
  const standsAsShortName = (start: number, end: number, key: string) => standsAsParty(text, start, end, key)
  // Where the dictionary says never to mark a name, no spread name replaces it (neverMarkedBar).
  const barred = neverMarkedBar(text, neverMarked)
  // One pass over the text, character by character, following the names that start with it: a document of
  // a million characters and thousands of names takes well under a second.
  for (let at = 0; at < text.length;) {
    const c = codePointAt(text, at)
    let end = at + c.length
    // (most characters start no name: unless a combining mark makes another of it, its key says so)
    const first = simplifiedOf(c.key).charCodeAt(0)
    if (c.kind === SHOWN && (names.next.has(first) || aliases.next.has(first) || characterEnd(text, at) > end)) {
      // The longest first, a declared one before another as long (a stable sort).
      const candidates = [...namesAt(text, at, aliases), ...namesAt(text, at, names)].sort((a, b) => b[0] - a[0])
      for (const [foundStop, key, e] of candidates) {
        // A company's implied core takes in a trade word after it (腾讯控股, 字节跳动科技), which makes it the name whatever the word.
        let stop = foundStop
        if ((e as GivenNameEntity).core) {
          TRADE_AFTER.lastIndex = stop
          let trade = TRADE_AFTER.exec(text)
          // (a verb the company's own name has right after its core: 青禾|设计 of 青禾设计有限公司; recheck QA 56)
          if (trade === null) {
            VERB_TRADE_AT.lastIndex = stop
            const verb = VERB_TRADE_AT.exec(text)
            const { fullName } = e as GivenNameEntity
            // (not a verb that acts, an aspect particle after it: 华信投资了三百万元, 华信设计了这座桥; recheck2 QA 56)
            const acts = verb !== null && /^[了过過着著]/u.test(text.slice(stop + verb[0].length))
            if (verb && !acts && fullName !== undefined && simplifiedKey(mentionKey(fullName)).includes(key + verb[0])) trade = verb
          }
          if (trade && fits(at, stop + trade[0].length)) stop += trade[0].length
        }
        if (!fits(at, stop) || !wholeWord(at, stop, key) || ((isGivenNameAlone(e) || isNickname(e)) && !standsAsName(at, stop, key, isNickname(e)))) continue
        if (!numberStandsAlone(text, at, stop, key, e.type)) continue
        if ((e as GivenNameEntity).commonWord && stop === foundStop && !standsAsShortName(at, stop, key)) continue
        if (keptInTitle({ type: e.type, start: at, end: stop })) continue
        // (the name as found too, before a trade word took it in: 澜庭 never to mark is not spread as 澜庭物流 either)
        if (barred && (barred(at, foundStop) || barred(at, stop))) continue
        // 赵某: the surname is replaced, 某 stays ([人名1]某, as where the model found 赵), unless found there already
        // or the surname makes a word with the character before it (变成某种, 长江某段), or 某 one with the character
        // after it (高某处, 高某种: someoneEnd).
        const { surnameForm, titleForm } = e as GivenNameEntity
        if (titleForm !== undefined) {
          const surnameEnd = titledSurnameEnd(text, at, stop, key, titleForm)
          if (surnameEnd === undefined || !fits(at, surnameEnd)) continue
          found.push({ ...e, start: at, end: surnameEnd, text: text.slice(at, surnameEnd) })
          owner.fill(found.length, at, surnameEnd)
          end = stop
          break
        }
        const nameEnd = surnameForm ? characterEnd(text, at) : stop
        if (nameEnd !== stop) {
          const before = shownBefore(text, at)
          if (!fits(at, nameEnd) || (before?.han && isWord(before.key, codePointAt(text, at).key)) || someoneEnd(text, nameEnd, true) === undefined) continue
        }
        found.push({ ...e, start: at, end: nameEnd, text: text.slice(at, nameEnd) })
        owner.fill(found.length, at, nameEnd)
        end = stop
        break
      }
    }
    at = end
  }
  return found
}

/**
 * Where the surname of a titled form (titledForms: 王女士, key `key`, title `title`) found from `at` to `stop` in `text`
 * ends, or undefined where it stands there as no such person: the title read there is another (王总|是 is no 王总, 王|班长
 * no 王|班主任: titleAt), the surname is the end of a word or of a compound surname (帝王|女士, 欧阳|女士 for 阳女士) or
 * a nickname's (小王|女士), or the surname and the title's first character make a word that goes on after the title (曾经理|解:
 * 曾经 and 理解; 曾经理说 is the manager).
 */
function titledSurnameEnd(text: string, at: number, stop: number, key: string, title: string): number | undefined {
  const surname = Array.from(key).slice(0, Array.from(key).length - Array.from(title).length)
  let end = at
  for (let i = 0; i < surname.length; i++) end = characterEnd(text, shownFromAt(text, end))
  // (the title after a line wrap or spacing, as the name's characters may be: 王\n女士)
  if (end >= stop || titleAt(text, gapEnd(text, end)[0]) !== title) return undefined
  const before = shownBefore(text, at)
  if (before?.han && (['小', '老'].includes(before.key) || isWord(before.key, surname[0]!) || COMPOUND_SURNAMES.has(simplifiedOf(before.key) + surname[0]!))) return undefined
  const first = Array.from(title)[0]!
  if (isWord(surname.at(-1)!, first) && !AFTER_BIG.has(title)) {
    const after = shownFrom(text, stop)
    if (after?.han && isWord(Array.from(title).at(-1)!, after.key)) return undefined
  }
  return end
}

/**
 * Replaces every selected entity, and unless `everywhere` is false every other occurrence of its text (see
 * `everyOccurrence`); the same name of the same type always gets the same pseudonym.
 */
/**
 * The line breaks inside a name, which a tag or pseudonym keeps after it (a mask keeps them in place): a name
 * read over a wrap (张 / 伟 of a PDF), or a span the model ran over a line end, must not join two lines of the
 * copy into one.
 */
function keptLineBreaks(e: Entity, mode: RedactionMode): string {
  return mode === 'mask' ? '' : (e.text.match(EACH_LINE_BREAK) ?? []).join('')
}
/** Every line break, a \r\n as one. */
const EACH_LINE_BREAK = new RegExp(`\\r\\n|[${LINE_BREAK_CLASS}]`, 'gu')

/** Whether `word` (simplified) is a title or form of address after a surname: 书记, 老师, 总, 叔, 副书记, 副总经理. */
function isAddressWord(word: string): boolean {
  const title = word.startsWith('副') ? word.slice(1) : word
  return ADDRESS_WORDS.has(title) || (Array.from(title).length === 1 && ADDRESS_CHARACTERS.has(title))
}

/** The (up to) three Chinese characters shown from `at` in `text`, invisible characters aside, in simplified form. */
function wordAt(text: string, at: number, length = 3): string {
  let word = ''
  for (let pos = shownFromAt(text, at); pos < text.length && Array.from(word).length < length; pos = shownFromAt(text, characterEnd(text, pos))) {
    const c = codePointAt(text, pos)
    if (c.kind !== SHOWN || !c.han) break
    word += simplifiedOf(c.key)
  }
  return word
}

/** Whether a form of address starts at `at` in `text` (刘|书记说, 赵|老师：, 王|总经理), invisible characters aside. */
function addressAt(text: string, at: number): boolean {
  return titleAt(text, at) !== undefined
}

/** The form of address that starts at `at` in `text` (书记 of 刘|书记说, 总 of 王|总说, 副总 of 李|副总经理), in simplified
 *  form, or undefined where none does (addressAt). */
function titleAt(text: string, at: number): string | undefined {
  // (four characters: 副 and a title of three, 副|班主任)
  const word = wordAt(text, at, 4)
  const deputy = word.startsWith('副') ? '副' : ''
  const title = word.slice(deputy.length)
  const long = LONG_ADDRESS_WORDS.get(title.slice(0, 3))
  if (long !== undefined && title.startsWith(long.slice(0, title.length))) return deputy + long
  if (ADDRESS_THEN_WORD.has(title.slice(0, 3))) return deputy + title.slice(0, 1)
  if (NOT_ADDRESS_WORDS.has(title.slice(0, 3))) return undefined
  if (ADDRESS_WORDS.has(title.slice(0, 2))) return deputy + title.slice(0, 2)
  return ADDRESS_CHARACTERS.has(title.slice(0, 1)) && !NOT_ADDRESS_WORDS.has(title.slice(0, 2)) ? deputy + title.slice(0, 1) : undefined
}

/** Whether `given` (simplified), after a surname, is no given name: a form of address (刘书记, 刘总), a kinship term
 *  (刘奶奶, 张大娘), a word for a group (刘家人, 赵某某), 某 (赵某), 氏, 姓 (刘姓男子), 家 (刘家) or 老 (刘老), or the
 *  one character of a foreign name (马丁, 安娜: TRANSLITERATION_CHARACTERS). Re-check QA: each was taken for the one
 *  full name of its surname, and a 刘老师 or 马老师 of the text made the same person. */
function isNoGivenName(given: string): boolean {
  const kin = Array.from(given.startsWith('大') ? given.slice(1) : given)
  return given.includes('某') || ['氏', '姓', '家', '老'].includes(given) || isAddressWord(given) || NOT_GIVEN_NAMES.has(given)
    || (kin.length > 0 && kin.every((c) => KINSHIP_CHARACTERS.has(c))) || (given.length === 1 && TRANSLITERATION_CHARACTERS.has(given))
}

/** A person's full name, a key, parted: its surname (simplified), compound or common, and its given name (as the key
 *  writes it), one or two Chinese characters that are a given name (isNoGivenName). */
function fullNameParts(key: string): { surname: string; given: string } | undefined {
  const chars = Array.from(key)
  if (chars.length < 2 || !chars.every((c) => HAN.test(c))) return undefined
  const length = COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : SURNAMES.has(simplifiedOf(chars[0]!)) ? 1 : 0
  if (length === 0 || chars.length === length || chars.length - length > 2) return undefined
  const given = chars.slice(length).join('')
  if (isNoGivenName(Array.from(given, simplifiedOf).join(''))) return undefined
  return { surname: simplifiedKey(chars.slice(0, length).join('')), given }
}

/**
 * Where a person found with its surname said again before a form of address (郑国栋郑|老师, 欧阳明远欧阳|老师: the
 * fine-grained model's span runs over the second surname) ends as redaction reads it: before that surname, which then
 * stands alone before the title as a mention of the name before it (titledSurnames). ASR QA: 郑国栋郑 was [人名1]老师
 * and 郑国栋 alone [人名2], one man two people. Any other span: its own end.
 */
function repeatedSurnameEnd(text: string, e: Entity): number {
  if (e.type !== 'PER' || text.slice(e.start, e.end) !== e.text) return e.end
  const chars = Array.from(e.text)
  for (const length of [2, 1]) {
    if (chars.length < 2 * length + 1) continue
    const [surname, last] = [chars.slice(0, length).join(''), chars.slice(-length).join('')]
    if (!isSurnameAlone(surname) || simplifiedKey(surname) !== simplifiedKey(last)) continue
    const end = e.end - last.length
    if (fullNameParts(mentionKey(text.slice(e.start, end)))?.surname === simplifiedKey(surname) && addressAt(text, e.end)) return end
  }
  return e.end
}

/** A byline's words, just before a reporter's or photographer's name (本报记者刘洋, 通讯员 王芳, 摄影：李强). */
const BYLINE_BEFORE = /(记者|記者|通讯员|通訊員|摄影|攝影)[\s:：]*$/u

/** The surname of a person found as a surname alone with a form of address after it in `text` (刘 before 书记), or
 *  found with it (刘书记, 欧阳老师: the compound surname first); `end`: where the found name ends. */
function addressedSurname(key: string, text: string, end: number): string | undefined {
  if (isSurnameAlone(key)) return addressAt(text, end) ? key : undefined
  const chars = Array.from(key)
  for (const length of [2, 1]) {
    const surname = chars.slice(0, length).join('')
    if (chars.length > length && isSurnameAlone(surname) && isAddressWord(chars.slice(length).map(simplifiedOf).join(''))) return surname
  }
  return undefined
}

/**
 * A person found as a surname alone before a title or form of address (刘|书记, 赵|老师, 欧阳|老师; or the model's whole
 * 刘书记) takes the pseudonym of the one full name of that surname the text holds (刘建国), if exactly one: podcast QA,
 * pseudonyms for a translator, 刘建国 became [人名9] and 刘书记 [人名10]书记, one man two people to the reader. With two
 * full names of the surname (刘建国, 刘芳) or none it keeps its own number, numbered by the surname alone, as before; so
 * does one after 小 or 老 (小李, 老王: a nickname, not a title). Only the names of this text count, the replaced people
 * (its spread occurrences too): in the Batch tab, whose numbering is the batch's, a 刘书记 of one interview is not made
 * another file's 刘建国, for the files of a batch are often about different people, and a wrong link tells the reader
 * two people are one (which the text itself does not say) where no link only leaves the title to say it. The spread is
 * untouched (spreadNames): a surname alone is never looked for, so no bare 刘 elsewhere is replaced for this.
 * A surname said again right after the full name (郑国栋|郑老师) is that name's whatever other full names of it the text
 * holds. And a surname no name covers before a title (郑|老师, 王|经理, the title a position span of the fine-grained
 * model or nothing: it never marks the surname there) becomes a mention of that one full name too, where it stands as a
 * surname (titledSurnamesAlone); ASR QA: 16 of 23 forms of address stayed readable with that model.
 * Not a title that says a gender (TITLE_GENDERS) the text does not leave to the full name: where it gives the name
 * another (李明先生 … 李女士), or nothing while the surname's titles say both (王建国 … 王先生 … 王女士: they cannot both be
 * him), such a title is a person of its own, numbered by its surname and gender (GENDER_KEYS), as are the surname's
 * titles of one gender and the other where no full name is linked (王女士 and 王先生 were one pseudonym: pseudonym QA).
 * Nor a title said of a relative anywhere in the text (石书记的儿子, 王阿姨的儿子王浩, 王经理的妻子王芳: relativeAround).
 * Returns `chosen` with `fullName` set on the mentions linked (the pseudonym's number only; offsets unchanged), and those
 * surnames added, in order; `found`: every name found, whatever its type, none of which such a surname may be part of
 * (a position is no bar: the title's own).
 */
function titledSurnames(text: string, chosen: readonly Entity[], found: readonly Entity[] = chosen, barred: ((start: number, end: number) => boolean) | null = null, shared?: TitleGenders): Entity[] {
  const keyOf = (e: Entity) => personKey(simplifiedKey(mentionKey((e as GivenNameEntity).fullName ?? e.text)))[0]
  const people = chosen.filter((e) => e.type === 'PER' && e.end <= text.length)
  const fullNames = new Map<string, Set<string>>()
  // (a given name spread alone, 晓敏 as 赵晓敏, is no full name here: in a batch its full name may be another file's)
  // (nor is a compound surname alone the text's one full name of it links, 欧阳 of 欧阳请假: compoundSurnamesLinked)
  const named = people.filter((e) => !isGivenNameAlone(e) && !COMPOUND_SURNAMES.has(e.text)).map((e) => ({ e, key: keyOf(e), parts: fullNameParts(keyOf(e)) }))
  // Nor is a given name the model found alone whose first character is a surname: 高峰 of the text's 张高峰 (方圆 of
  // 李方圆, 何平 of 王何平) is no 高 of a 高老师 (re-check QA: 张高峰, 高峰 and 高老师 were one person).
  const givenNames = new Set(named.flatMap(({ parts }) => (parts === undefined ? [] : [parts.given])))
  // A name in a byline (本报记者刘洋) is the reporter's: still a full name of its surname, so that another (刘建国) is not
  // the one, but never the one a 刘书记 the reporter questions is linked to (re-check QA). Only a 刘记者 is the reporter
  // (ASR QA: 我是…的记者林一凡 … 林记者，你好 left 林 readable). By the byline's word, in simplified form.
  const reporters = new Map<string, string>()
  // The full names by where they end, for a surname said again right after one (郑国栋郑老师).
  const endingAt = new Map<number, { e: Entity; key: string; surname: string }>()
  // The gender the text gives a full name right after it (李明先生, 王芳（女）), null where it gives both (see genderAfter).
  const genderOfName = new Map<string, Gender | null>()
  // The full names the text says are a man's by 先生 after them only, never by 男 or another title (see genderAfter).
  const sirOnly = new Set<string>()
  // The full names the text gives only as a pupil's (初二（3）班 王梓萱, 王梓萱同学, 学生王梓萱), which a teacher's title is
  // not linked to (pupilRole); `notPupils`: those it gives otherwise too.
  const [pupils, notPupils] = [new Set<string>(), new Set<string>()]
  for (const { e, key, parts } of named) {
    if (parts === undefined || givenNames.has(key)) continue
    fullNames.set(parts.surname, (fullNames.get(parts.surname) ?? new Set()).add(key))
    const byline = BYLINE_BEFORE.exec(text.slice(Math.max(0, e.start - 8), e.start))
    if (byline) reporters.set(key, simplifiedKey(byline[1]!))
    endingAt.set(e.end, { e, key, surname: parts.surname })
    const said = genderAfter(text, e.end)
    // (a man's 先生 yields to a woman's 女士, 小姐 or 女 said of the same name elsewhere: 杨绛先生 … 杨绛女士, an honorific,
    // where a woman is never called 女士 in error; re-check QA)
    const sir = said === 'male' && titleAt(text, e.end) === '先生'
    if (sir) sirOnly.add(key)
    else if (said === 'male') sirOnly.delete(key)
    const known = genderOfName.get(key)
    if (said !== undefined) genderOfName.set(key, !genderOfName.has(key) || known === said ? said : (said === 'female' || known === 'female') && sirOnly.has(key) ? 'female' : null)
    ;(pupilRole(text, e.start, e.end) ? pupils : notPupils).add(key)
  }
  for (const key of notPupils) pupils.delete(key)
  // The people found as a titled surname (刘|书记, the model's 刘书记), each with its surname and title (simplified).
  const titledPeople = titledPeopleIn(text, people, keyOf)
  if (fullNames.size === 0 && !titledPeople.some(({ title }) => TITLE_GENDERS.has(title))) return [...chosen]
  // The surnames no name covers before a title (郑|老师, 王|经理), that stand as one there (titledSurnamesAlone).
  const alone = titledSurnamesAlone(text, found, (surname, at) => endingAt.get(at)?.surname === simplifiedKey(surname))
  // What the text says of each surname's titled people, wherever each stands (simplified surname): the genders their
  // titles say (王女士, 王先生: two people, whatever the text's full names), and the titles said of someone's relative
  // (石书记的儿子, 他父亲石书记, 王阿姨的儿子王浩): every 石书记 of the text is then another member of the family as likely as
  // the one full name (re-check QA: 王阿姨的儿子王浩 … 王阿姨 linked the second 王阿姨 to 王浩, a mother her own son).
  const told = new Map<string, { genders: Set<Gender>; relatives: Set<string> }>()
  for (const { at, surname, title } of [...titledPeople.map(({ e, surname, title }) => ({ at: e.start, surname, title })), ...alone]) {
    const facts = told.get(simplifiedKey(surname)) ?? { genders: new Set<Gender>(), relatives: new Set<string>() }
    told.set(simplifiedKey(surname), facts)
    const gender = TITLE_GENDERS.get(title)
    if (gender !== undefined) facts.genders.add(gender)
    if (relativeAround(text, at, at + surname.length)) facts.relatives.add(title)
  }
  const byKey = new Map(named.map((name) => [name.key, name]))
  /**
   * The full name a titled surname starting at `at` stands for, and its entity, if any; or, where the one full name of
   * the surname is there but the title's gender is not known to be its (李明先生 … 李女士; 王建国 … 王先生 … 王女士, where
   * it cannot be both's), that entity with the surname and its gender as the key (GENDER_KEYS): a person of their own,
   * never the full name's.
   */
  const personOf = (surname: string, at: number, title: string): { e: Entity; key: string } | undefined => {
    const simple = simplifiedKey(surname)
    if (relativeAround(text, at, at + surname.length)) return undefined
    const before = endingAt.get(at)
    if (before?.surname === simple) return before
    // (a relative said elsewhere: not the surname said again right after its full name, 郑国栋|郑老师, which is its)
    if (told.get(simple)!.relatives.has(title)) return undefined
    const names = fullNames.get(simple)
    const key = names?.size === 1 ? [...names][0]! : undefined
    const byline = key === undefined ? undefined : reporters.get(key)
    if (key === undefined || (byline !== undefined && !wordAt(text, at + surname.length).startsWith(byline))) return undefined
    const person = byKey.get(key)!
    // A teacher's title is not a pupil's: the surname's own person, numbered by it alone (school QA: the essay's 王老师
    // was its author's, 初二（3）班 王梓萱's, pseudonym).
    if (pupils.has(key) && TEACHERS_TITLES.has(title.replace(/^副/u, ''))) return { e: person.e, key: simple }
    const gender = TITLE_GENDERS.get(title)
    const said = genderOfName.get(key)
    // The text says nothing of the full name's gender: linked while its titles say one gender only (today's 王建国 …
    // 王先生), as with a title that says none (王经理).
    if (gender === undefined || (said === undefined ? told.get(simple)!.genders.size === 1 : said === gender)) return person
    return { e: person.e, key: simple + GENDER_KEYS[gender] }
  }
  const titled = new Map<Entity, string>()
  for (const { e, surname, title } of titledPeople) {
    const person = personOf(surname, e.start, title)
    if (person) titled.set(e, person.key)
    // Linked to no one, a surname found alone before a title that says a gender is numbered with the gender where the
    // text's titles of the surname say both (王|女士 and 王|先生 as 王女士 and 王先生), not by the surname alone, one
    // pseudonym for two people (pseudonym QA). Titles of one gender stay one (王|女士 and 王|小姐), as before.
    // The other texts of a batch count here (shared), not for a full name: a batch's files are often about other people
    // (re-check QA: 王女士来了。 and 王先生来了。 as two files were one person, [人名1]女士 and [人名1]先生).
    else if (isSurnameAlone(keyOf(e)) && TITLE_GENDERS.has(title) && (told.get(simplifiedKey(surname))!.genders.size > 1 || (shared?.get(simplifiedKey(surname))?.size ?? 0) > 1)) {
      titled.set(e, simplifiedKey(surname) + GENDER_KEYS[TITLE_GENDERS.get(title)!])
    }
  }
  const linked = chosen.map((e) => (titled.has(e) ? { ...e, fullName: titled.get(e)! } as GivenNameEntity : e))
  const added = alone.flatMap(({ at, end, surname, title }) => {
    const person = personOf(surname, at, title)
    return person === undefined ? [] : [{ ...person.e, start: at, end, text: text.slice(at, end), fullName: person.key } as GivenNameEntity]
  })
    // (not where the dictionary says never to mark a name that holds the surname whole: neverMarkedBar)
    .filter((e) => !barred?.(e.start, e.end))
  return added.length === 0 ? linked : [...linked, ...added].sort((a, b) => a.start - b.start)
}

/** The people found as a titled surname (刘|书记, the model's 刘书记) among `people`, each with its surname and title
 *  (simplified); `keyOf`: a person's key (a linked one's full name). Not after 小 or 老 (小王先生 is no 王先生's). */
function titledPeopleIn(text: string, people: readonly Entity[], keyOf: (e: Entity) => string): { e: Entity; surname: string; title: string }[] {
  return people.flatMap((e) => {
    const key = keyOf(e)
    const surname = addressedSurname(key, text, e.end)
    if (surname === undefined || ['小', '老'].includes(shownBefore(text, e.start)?.key ?? '')) return []
    const title = isSurnameAlone(key) ? titleAt(text, e.end)! : Array.from(key).slice(Array.from(surname).length).join('')
    return [{ e, surname, title }]
  })
}

/** The genders (TITLE_GENDERS) the titles of each surname (simplified) say, see titleGendersOf. */
export type TitleGenders = ReadonlyMap<string, ReadonlySet<Gender>>
/**
 * The genders the titles of each surname say in several texts (the Batch tab's files, each with its found names): the
 * found titled surnames (王女士, 王 of 王|先生) and those no name covers (titledSurnamesAlone). titledSurnames reads them
 * with each text's own, so a batch's 王女士 and 王先生 in two files are numbered apart as in one text (re-check QA: both
 * files' 王 were [人名1]; 王芳（女）到了 / 王先生说好 / 王女士说好 made man and woman one).
 */
export function titleGendersOf(texts: readonly { text: string; entities: readonly Entity[] }[]): TitleGenders {
  const genders = new Map<string, Set<Gender>>()
  const keyOf = (e: Entity) => personKey(simplifiedKey(mentionKey(e.text)))[0]
  for (const { text, entities } of texts) {
    const found = readNameSpans(text, entities)
    const people = found.filter((e) => e.type === 'PER' && e.end <= text.length)
    for (const { surname, title } of [...titledPeopleIn(text, people, keyOf), ...titledSurnamesAlone(text, found, () => false)]) {
      const gender = TITLE_GENDERS.get(title)
      if (gender === undefined) continue
      const simple = simplifiedKey(surname)
      genders.set(simple, (genders.get(simple) ?? new Set()).add(gender))
    }
  }
  return genders
}

/** The titles of a school's or a team's staff (titleAt's, 副 aside), which a pupil or a player is not called by. */
const TEACHERS_TITLES: ReadonlySet<string> = new Set(['老师', '校长', '班主任', '辅导员', '园长', '教练', '主教练', '领队', '助教', '教导主任', '年级组长', '教授', '导师'])
/** The words for a pupil, a small child or a team's player (re-check QA: 何欣欣小朋友 … 何园长, 球员马超 … 马教练 and
 *  队员马超 … 马领队 were made one person). */
const PUPIL_WORDS = '同学|学生|学员|小朋友|幼儿|宝宝|考生|球员|队员|选手|运动员'
/** A class (初二（3）班, 三年级) or a word for a pupil right before a name, or one right after it (王梓萱同学, 王梓萱家长:
 *  the pupil's parent, 何欣欣小朋友), whitespace or a colon between; or the text saying so (王芳是我们班的学生,
 *  李明是三年二班的学生, 欧阳可馨是五年级学生: X是 and up to ten characters of one clause before the word, which ends
 *  the clause; not 王建国是学生们最喜欢的老师). */
const PUPIL_BEFORE = new RegExp(`(?:[\\d０-９一二三四五六七八九十]+[)）]?班|年级|${PUPIL_WORDS})[ \\t\\u3000:：]*$`, 'u')
const PUPIL_AFTER = new RegExp(`^[ \\t\\u3000]*(?:${PUPIL_WORDS}|的?家长|是[^，,。；;！!？?\\n]{0,10}?(?:${PUPIL_WORDS})(?:[，,。；;！!？?\\n]|$))`, 'u')
/** Whether the name from `start` to `end` in `text` is said there to be a pupil's (PUPIL_BEFORE, PUPIL_AFTER). */
function pupilRole(text: string, start: number, end: number): boolean {
  return PUPIL_BEFORE.test(simplifiedKey(text.slice(Math.max(0, start - 10), start))) || PUPIL_AFTER.test(simplifiedKey(text.slice(end, end + 16)))
}

type Gender = 'female' | 'male'
/** What a titled surname that is no full name's is numbered by after its surname, by its title's gender (王|小姐 as
 *  王女士, 王|叔叔 as 王先生): one pseudonym for the surname's women and one for its men, as the model's whole 王女士 and
 *  王先生 are, never one for both. */
const GENDER_KEYS: Readonly<Record<Gender, string>> = { female: '女士', male: '先生' }
/** The gender the text gives a full name right after it: a title that says it (李明先生, 王芳女士, 王芳小姐; not 太太 or
 *  夫人, 王建国太太 is his wife, nor a kinship word, 李明叔叔 may be his uncle), or 男 or 女 in brackets or between
 *  commas (王芳（女，1985年生）, 被告人王芳，女，汉族). */
function genderAfter(text: string, end: number): Gender | undefined {
  const title = titleAt(text, end)
  // (先生 is also the honorific of a distinguished woman, 杨绛先生（女，1911年生）: what follows it says more)
  if (title === '先生') return saidGender(text, end + title.length) ?? 'male'
  if (title === '女士' || title === '小姐') return 'female'
  return saidGender(text, end)
}
/** 男 or 女 in brackets or between commas at `at` of `text` (（女，1985年生）, ，女，汉族), as a gender. */
function saidGender(text: string, at: number): Gender | undefined {
  const said = /^[ \t\u3000]*[（(，,][ \t\u3000]*([男女])[ \t\u3000]*[）)，,、；;。]/u.exec(text.slice(at, at + 8))
  return said === null ? undefined : said[1] === '男' ? 'male' : 'female'
}

/** A kinship word right before a titled surname (他父亲|石书记), or after its title and 的 (石书记的儿子). */
const KIN = '父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|儿子|女儿|孩子|哥哥|弟弟|姐姐|妹妹|儿媳|女婿|孙子|孙女|侄子|侄女'
/** And a spouse before (他妻子|王经理); not after: 王经理的妻子 is of the one 王 as likely as not (a spouse's surname is
 *  most often another). */
const KIN_BEFORE = new RegExp(`(?:${KIN}|妻子|丈夫|爱人|老婆|老公)$`, 'u')
const KIN_AFTER_TITLE = new RegExp(`^\\p{Script=Han}{1,3}的(?:${KIN})`, 'u')
/** A spouse after the title and 的, which makes a relative only where the spouse's name follows with the same surname. */
const SPOUSE_AFTER_TITLE = /^\p{Script=Han}{1,3}的(?:妻子|丈夫|爱人|老婆|老公|太太|夫人|先生)/u
/**
 * Whether the titled surname from `start` to `end` is said to be a relative of someone (他父亲|石书记, 石书记|的儿子,
 * 张伟张经理的女儿): a family shares its surname, so the text's one full name of it is then as likely another member
 * of the family as the person titled (re-check QA: 石磊是石书记的儿子 made a son his own father). Such a surname is
 * linked to no one.
 */
function relativeAround(text: string, start: number, end: number): boolean {
  if (KIN_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true
  const after = simplifiedKey(text.slice(end, end + 12))
  if (KIN_AFTER_TITLE.test(after)) return true
  // A spouse after the title named with the same surname is another person (王经理的妻子王芳, 王女士的丈夫王建国).
  const spouse = SPOUSE_AFTER_TITLE.exec(after)
  return spouse !== null && after.slice(spouse[0].length).startsWith(simplifiedKey(text.slice(start, end)))
}

/** The first characters of COMPOUND_SURNAMES. */
const COMPOUND_STARTS = new Set([...COMPOUND_SURNAMES].map((surname) => surname[0]!))
/**
 * The words after which a surname no name covers, before a title, still stands as one (titledSurnamesAlone): words
 * that lead in a person, whole. Single characters were too loose (re-check QA): 在|任总经理 of 在任, 说|明书记载 of 说明,
 * 给|付总金额, 了|解总公司, 的|钱总也, 找|包工头 each gave a surname away through its pseudonym. 请 and 问 alone: no common
 * word ends in them before a surname and a title.
 */
const LEAD_IN_WORDS = [
  '请', '问', '谢谢', '感谢', '好的', '邀请', '陪同', '采访', '拜访', '联系', '告诉', '欢迎', '通知', '麻烦', '请教', '转告',
  '接待', '问候', '表扬', '批评', '支持', '恭喜', '拜托', '遇到', '见到', '看到', '找到', '还有', '以及', '包括', '就是',
]
/** Whether the text just before `at` ends with a word of LEAD_IN_WORDS (in simplified form). */
function leadInBefore(text: string, at: number): boolean {
  const before = simplifiedKey(text.slice(Math.max(0, at - 2), at))
  return LEAD_IN_WORDS.some((word) => before.endsWith(word))
}
/** The four forms of address of kinship, after 大, that follow a surname which makes a word with 大 (张大爷, 高大哥). */
const AFTER_BIG = new Set(['大哥', '大姐', '大爷', '大妈'])

/**
 * The surnames no found name covers right before a form of address (郑|老师, 王|经理, 孟|总, 欧阳|老师) that stand as a
 * surname there, each with its title (titleAt), for titledSurnames to make a mention of a person. Not where the
 * characters say it is part of a word or of another name, which the model did not mark (each re-check QA's or a test's
 * sentence):
 * - after 小 or 老 (小刘老师, 老王: a nickname), as titledSurnames;
 * - after a Chinese character no name covers, unless a whole lead-in word ends there (LEAD_IN_WORDS: 请|王经理,
 *   感谢|黄老师) or the surname follows its own full name (郑国栋|郑老师: `followsFullName`): the end of a word (中文|老师,
 *   对方|经理, 差旅费|总额, 在任|总经理) or a given name (李明老师) is no surname;
 * - one that makes a word with the title's first character (施工, 古董, 曾经理解, 古老师: 古老), but 张大爷, 高大哥;
 * - a surname that is more often a word there (SURNAMES_AS_WORDS: 向老师请教, 和老师一起, 那时老师…), as everywhere.
 * Characters that are no surname start none: 各位老师, 的老师, 公司总经理, 副总经理, 项目经理. Nothing without the common
 * words (loadCommonWords), which these checks need.
 */
function titledSurnamesAlone(text: string, found: readonly Entity[], followsFullName: (surname: string, at: number) => boolean): { at: number; end: number; surname: string; title: string }[] {
  if (common === undefined) return []
  const covered = new Uint8Array(text.length)
  for (const e of found) if (e.type !== 'POSITION' && e.end <= text.length) covered.fill(1, Math.max(0, e.start), e.end)
  const alone: { at: number; end: number; surname: string; title: string }[] = []
  for (let at = 0; at < text.length; at++) {
    if (covered[at]) continue
    const compound = COMPOUND_STARTS.has(text[at]!) && COMPOUND_SURNAMES.has(text.slice(at, at + 2))
    const surname = compound ? text.slice(at, at + 2) : text[at]!
    const simple = simplifiedOf(surname)
    if (!compound && (!SURNAMES.has(simple) || SURNAMES_AS_WORDS.has(simple))) continue
    const end = at + surname.length
    const title = covered[end - 1] ? undefined : titleAt(text, end)
    if (title === undefined) continue
    const before = shownBefore(text, at)
    if (['小', '老'].includes(before?.key ?? '')) continue
    const word = wordAt(text, end)
    if (isWord(Array.from(surname).at(-1)!, word[0]!) && !AFTER_BIG.has(word.slice(0, 2))) continue
    // After a Chinese character no name covers, only after a word that leads in a person (请|王经理, 谢谢|黄老师): after
    // any other the "surname" is more often the end of a word the common words do not hold, and its pseudonym gave the
    // surname away (re-check QA: 差旅[人名1]总额 of 差旅费总额 is 费, 开发[人名2]总经理, 公司[人名3]代表, 第三[人名4]总结).
    // A surname said again after its full name (郑国栋|郑老师) stands as one whatever is before it.
    if (!followsFullName(surname, at) && before?.han && at > 0 && !covered[at - 1] && !leadInBefore(text, at)) continue
    alone.push({ at, end, surname, title })
    at = end - 1
  }
  return alone
}

export function redact(text: string, entities: readonly Entity[], options: RedactionOptions): string {
  const numberOf = options.numbering ?? nameNumbering()
  const pseudonymFor = (e: GivenNameEntity): string => options.pseudonym(e.type, numberOf(e.type, e.fullName ?? e.text))
  const tagOf = options.tag ?? ((type: string) => `[${type}]`)
  const replacement = (e: Entity): string => {
    switch (options.mode) {
      case 'tag':
        return tagOf(e.type)
      case 'pseudonym':
        return pseudonymFor(e)
      case 'mask':
        // One mark per character the reader sees (a code point with any combining marks on it, invisible
        // ones left out), so an emoji is one ■, not two, é written e + U+0301 one, and 张\u200b伟 two; a line
        // wrap or spacing inside the name stays (张\u3000伟 -> ■\u3000■), so the layout does too.
        return e.text.replace(IGNORABLE_CHARS, '').replace(/\S\p{M}*/gu, MASK)
    }
  }
  let out = ''
  let pos = 0
  // Not spread, a found name is still read as the name a declared short name stands for (linkedNames).
  // An organisation without its place or department is the longer one found (institutionForms), in the batch's texts too.
  const institutions = options.spread?.institutions ?? institutionForms(entities, options.types)
  const chosen = (options.everywhere === false ? linkedNames(text, entities, options.types).linked : everyOccurrence(text, entities, options.types, options.spread, options.neverMarked)).map((e) => asInstitution(e, institutions))
  // The model's own place or organisation in a statute's title is kept too (keptInStatuteTitle), before overlaps are
  // settled, so a person it overlapped is still replaced; found there, it still stands in the way of a spread name
  // (everyOccurrence), so the title is kept whole.
  const keptInTitle = keptInStatuteTitle(text)
  // (a compound surname alone, 欧阳 of 欧阳请假, as the text's one full name of it: compoundSurnamesLinked, each
  // occurrence by what follows it, a spread one too)
  // A role word found as a name (甲方, 社工: neverAName) is kept readable; it still stood in a spread name's way.
  const replaced = compoundSurnamesLinked(text, nonOverlapping(chosen.filter((e) => !keptInTitle(e) && (!neverAName(e) || namedPartyD(text, e)))))
  // A surname alone before a title, as the one full name of it (titledSurnames): its pseudonym's number, and a surname no
  // name covers there replaced as that person in any mode.
  for (const e of titledSurnames(text, someoneLinked(text, replaced), chosen, neverMarkedBar(text, options.neverMarked), options.spread?.titleGenders)) {
    if (!options.types.has(e.type) || e.end > text.length) continue
    out += text.slice(pos, e.start) + replacement(e) + keptLineBreaks(e, options.mode)
    pos = e.end
  }
  return out + text.slice(pos)
}

/**
 * The part of a long redacted text that the Redact tab's box shows: its first `limit` characters, cut at the
 * last line break in the last tenth of them where there is one, never between the two halves of a surrogate
 * pair. A box holding all of a 200,000-character result was laid out again at every opening of the tab, a
 * large part of the 600 ms the tab took to open on a CPU four times slower (slow-CPU QA); Download and Copy
 * give the whole text.
 * `omitted` is how many characters (UTF-16 code units, as the analysis counts them) are left out; 0 when none.
 */
export function redactionPreview(text: string, limit = 20_000): { text: string; omitted: number } {
  if (text.length <= limit) return { text, omitted: 0 }
  let end = limit
  const lineEnd = text.lastIndexOf('\n', limit - 1)
  if (lineEnd >= limit * 0.9) end = lineEnd + 1
  else if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1
  return { text: text.slice(0, end), omitted: text.length - end }
}
