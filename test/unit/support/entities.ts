import type { Entity } from '../../../src/engine'

/** Entities for the `found` names (text, type) in `doc`, each searched from the end of the one before. */
export function spans(doc: string, found: readonly [string, string][], score = 0.875): Entity[] {
  let from = 0
  return found.map(([text, type]) => {
    const start = doc.indexOf(text, from)
    from = start + text.length
    return { start, end: start + text.length, type, text, score }
  })
}
