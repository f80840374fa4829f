// Redaction: replace the chosen entity types in a text with a type tag, a consistent pseudonym, or
// a ■ mask. Works on the original string with the engine's UTF-16 offsets.
import type { Entity } from '../engine'
import { mentionKey } from './mentions'
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

export function nameNumbering(): NameNumbering {
  const numbering = new Map<string, Map<string, number>>()
  return (type, name) => {
    let names = numbering.get(type)
    if (!names) numbering.set(type, (names = new Map()))
    const key = mentionKey(name) // a name broken over two lines is still the same name
    let n = names.get(key)
    if (n === undefined) names.set(key, (n = names.size + 1))
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
}

const MASK = '■'

/** Replaces every selected entity; the same name of the same type always gets the same pseudonym. */
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
        // One mark per character the reader sees (code point), so an emoji is one ■, not two; a line
        // wrap inside the name stays, so the layout does too.
        return e.text.replace(/\S/gu, MASK)
    }
  }
  let out = ''
  let pos = 0
  for (const e of nonOverlapping(entities)) {
    if (!options.types.has(e.type) || e.end > text.length) continue
    out += text.slice(pos, e.start) + replacement(e)
    pos = e.end
  }
  return out + text.slice(pos)
}
