// What the pseudonym tests of the Redact rules share: a found span by its text, typed pseudonyms, and a redaction of
// the four name types in pseudonym mode.
import { redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'

const WORDS: Record<string, string> = { PER: '人名', LOC: '地名', ORG: '机构', COMPANY: '公司' }
export const pseudonym = (type: string, n: number) => `[${WORDS[type] ?? type}${n}]`
export const NAME_TYPES = new Set(['PER', 'LOC', 'ORG', 'COMPANY'])

/** A finder of `name` in `text` (its first occurrence from `from`) as a found entity, `defaultType` unless typed. */
export const spanFinder = (defaultType: string) => (text: string, name: string, type = defaultType, from = 0): Entity => {
  const start = text.indexOf(name, from)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type, text: name, score: 0.9 }
}

/** `text`'s PER spans of each of `names` in turn, each searched from the end of the one before (a name twice: listed
 *  twice), as the model finds the same surname before several titles. */
export const personsInTurn = (text: string, ...names: string[]): Entity[] => {
  const at = spanFinder('PER')
  let from = 0
  return names.map((name) => {
    const e = at(text, name, 'PER', from)
    from = e.end
    return e
  })
}

/** The text redacted in pseudonym mode, every occurrence of a found name unless `everywhere` is false. */
export const pseudo = (text: string, found: Entity[], everywhere = true) =>
  redact(text, found, { types: NAME_TYPES, mode: 'pseudonym', pseudonym, everywhere })
