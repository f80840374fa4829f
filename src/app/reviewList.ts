// The Entities tab's "to check" list: the names shown that the model is least sure of, least sure first, so that a
// reader who must get every name right can walk the doubtful ones alone (QA: only hovering each mark, or stepping
// through all 52 names, told which were doubtful; the list showed no scores).
import type { Entity } from '../engine'
import { isFromPattern } from './patterns'
import { isFromLexicon } from './userLexicon'
import { displayNameOf, inTextOrder, nameKeyOf, type Mention } from './mentions'

/**
 * Names scored under this are listed. From the news model's dev figures (manifest.json, metrics.dev_thresholds,
 * precision and recall at each 0.05 step, whose differences give how many names of each band are right): every band
 * under 0.80 has 44-76 % of its names right (59 % of those from 0.30 to 0.80 together), the bands from 0.80 on 78 %
 * and more (98 % from 0.95). The fine-grained model's bands jump at the same step (47 % → 65 %). The README's figures
 * agree: 70.5 % right between 0.70 and 0.80, 50.4 % between 0.50 and 0.70.
 */
export const REVIEW_BELOW = 0.8

/** A name to check: the panel's mention (its text as listed, its type and every occurrence) with its lowest score. */
export interface ReviewName extends Mention {
  /** The lowest of its occurrences' scores: one doubtful occurrence is enough to look at. */
  score: number
}

/**
 * The names among `entities` (those the view shows) that the model scored under `below` at least once, grouped as the
 * panel groups them (type, then nameKey), each with every occurrence and its lowest score; least sure first, then
 * in the order they are first met. Names from the user's dictionary or found by rule are sure by definition: left out.
 */
export function reviewList(entities: readonly Entity[], below: number = REVIEW_BELOW): ReviewName[] {
  const byName = new Map<string, ReviewName>()
  for (const entity of inTextOrder(entities)) {
    if (isFromLexicon(entity) || isFromPattern(entity)) continue
    const key = `${entity.type}\u0000${nameKeyOf(entity.text)}`
    let name = byName.get(key)
    if (!name) byName.set(key, (name = { text: displayNameOf(entity.text), type: entity.type, starts: [], score: entity.score }))
    name.starts.push(entity.start)
    name.score = Math.min(name.score, entity.score)
  }
  return [...byName.values()].filter((name) => name.score < below).sort((a, b) => a.score - b.score || a.starts[0]! - b.starts[0]!)
}
