// Redaction: replace the chosen entity types in a text with a type tag, a consistent pseudonym, or
// a ■ mask. Works on the original string with the engine's UTF-16 offsets.
import type { Entity } from '../engine'
import { INVISIBLE, mentionKey } from './mentions'
import { nonOverlapping } from './segments'

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

  add(key: string, n: number): void {
    const chars = Array.from(key)
    for (const surname of [1, 2]) {
      if (chars.length - surname < 2) continue
      const given = chars.slice(surname).join('')
      this.numbers.set(given, (this.numbers.get(given) ?? new Set()).add(n))
    }
  }

  numberOf(key: string): number | undefined {
    const found = this.numbers.get(key)
    return found?.size === 1 ? [...found][0] : undefined
  }
}

export function nameNumbering(): NameNumbering {
  const numbering = new Map<string, Map<string, number>>()
  const count = new Map<string, number>() // distinct numbers given per type
  const people = new GivenNames()
  return (type, name) => {
    let names = numbering.get(type)
    if (!names) numbering.set(type, (names = new Map()))
    const key = mentionKey(name) // a name broken over two lines is still the same name
    let n = names.get(key)
    if (n === undefined) {
      n = (type === 'PER' ? people.numberOf(key) : undefined) ?? (count.get(type) ?? 0) + 1
      if (n > (count.get(type) ?? 0)) count.set(type, n)
      names.set(key, n)
      if (type === 'PER') people.add(key, n)
    }
    return n
  }
}

export interface RedactionOptions {
  types: ReadonlySet<string>
  mode: RedactionMode
  /** Pseudonym for the n-th (1-based) distinct name of a type, e.g. (PER, 1) -> "人名1". */
  pseudonym: (type: string, n: number) => string
  /** Shared by several texts, so a name has one pseudonym in all of them; one per call by default. */
  numbering?: NameNumbering
  /** Also every other occurrence of a replaced name's text (everyOccurrence); on unless false. */
  everywhere?: boolean
}

const MASK = '■'

const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/u

/** A line break, with the indent of the next line, that a wrapped name may hold between two characters. */
const WRAP = /\r?\n[ \t\u3000]*/y

/** Where `name` ends if it is written at `at`, whole or wrapped over lines (张\n伟, as a PDF's narrow column cuts it); -1 if not. */
function matchEnd(text: string, at: number, name: string): number {
  let pos = at
  for (let i = 0; i < name.length; i++) {
    if (i > 0 && text[pos] !== name[i] && !(name[i - 1]! >= '\ud800' && name[i - 1]! <= '\udbff')) {
      WRAP.lastIndex = pos
      if (WRAP.test(text)) pos = WRAP.lastIndex
    }
    if (text[pos] !== name[i]) return -1
    pos++
  }
  return pos
}

/**
 * The replaced names plus every other occurrence of the same text that no found name covers: the model can
 * find 张伟 in one sentence and miss it in another (inside Markdown's `张伟` or [李娜](…), on a table
 * line, or cut by a line wrap, 张\n伟, where it may find 张 alone), and a redacted copy must not leave
 * readable a name the page has already recognized. An occurrence may take in found names that lie wholly
 * inside it (that 张), never cut one. Names of one character are not spread (张 alone is too often no
 * name), nor names written over a line; a name in Latin letters is matched as a whole word only (Apple, not
 * Applebee's). Where names begin at the same place the longest is taken, so 张伟华 is not cut at 张伟.
 */
export function everyOccurrence(text: string, entities: readonly Entity[], types: ReadonlySet<string>): Entity[] {
  const byText = new Map<string, Entity>()
  for (const e of entities) {
    if (!types.has(e.type) || e.end > text.length || [...e.text].length < 2 || /\s/u.test(e.text)) continue
    const known = byText.get(e.text)
    if (!known || e.score > known.score) byText.set(e.text, e)
  }
  if (byText.size === 0) return [...entities]
  const found: Entity[] = [...entities]
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
  const wholeWord = (start: number, end: number) =>
    !(LATIN_OR_DIGIT.test(text[start] ?? '') && LATIN_OR_DIGIT.test(text[start - 1] ?? '')) &&
    !(LATIN_OR_DIGIT.test(text[end - 1] ?? '') && LATIN_OR_DIGIT.test(text[end] ?? ''))
  // One pass over the text, trying at each position the names that start with its character, longest
  // first: a document of a million characters and thousands of names takes a few tens of ms.
  const byFirstUnit = new Map<string, [string, Entity][]>()
  for (const [name, e] of byText) byFirstUnit.set(name[0]!, [...(byFirstUnit.get(name[0]!) ?? []), [name, e]])
  for (const names of byFirstUnit.values()) names.sort(([a], [b]) => b.length - a.length)
  for (let at = 0; at < text.length; at++) {
    const names = byFirstUnit.get(text[at]!)
    for (const [name, e] of names ?? []) {
      const end = matchEnd(text, at, name)
      if (end < 0 || !fits(at, end) || !wholeWord(at, end)) continue
      found.push({ ...e, start: at, end, text: text.slice(at, end) })
      owner.fill(found.length, at, end)
      at = end - 1
      break
    }
  }
  return found
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
  return mode === 'mask' ? '' : (e.text.match(/\r\n|[\n\r\u2028\u2029\u0085]/gu) ?? []).join('')
}

export function redact(text: string, entities: readonly Entity[], options: RedactionOptions): string {
  const numberOf = options.numbering ?? nameNumbering()
  const pseudonymFor = (e: Entity): string => options.pseudonym(e.type, numberOf(e.type, e.text))
  const replacement = (e: Entity): string => {
    switch (options.mode) {
      case 'tag':
        return `[${e.type}]`
      case 'pseudonym':
        return pseudonymFor(e)
      case 'mask':
        // One mark per character the reader sees (code point, invisible ones left out), so an emoji is one
        // ■, not two, and 张\u200b伟 two; a line wrap inside the name stays, so the layout does too.
        return e.text.replace(INVISIBLE, '').replace(/\S/gu, MASK)
    }
  }
  let out = ''
  let pos = 0
  const chosen = options.everywhere === false ? entities : everyOccurrence(text, entities, options.types)
  for (const e of nonOverlapping(chosen)) {
    if (!options.types.has(e.type) || e.end > text.length) continue
    out += text.slice(pos, e.start) + replacement(e) + keptLineBreaks(e, options.mode)
    pos = e.end
  }
  return out + text.slice(pos)
}
