// The found names a redacted copy leaves readable while the switch for the uncertain ones is off: those of a
// replaced type scoring under the view's confidence threshold. One rule and one wording for the Redact tab (the
// editor's text) and the Batch tab (every analysed file), so their red lines count and name them alike.
import type { Entity } from '../engine'

/**
 * The names under the threshold of each type replaced, by type in the order met. Their type is said with the count:
 * "1 name" did not say that it was a whole home address (PII QA).
 */
export function uncertainByType(entities: Iterable<Entity>, replaced: ReadonlySet<string>, minScore: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (const entity of entities) if (replaced.has(entity.type) && entity.score < minScore) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1)
  return counts
}

/** How many names `uncertainByType` counted, of every type. */
export function uncertainTotal(counts: ReadonlyMap<string, number>): number {
  let total = 0
  for (const count of counts.values()) total += count
  return total
}

/**
 * The types as the red line names them: one type's name alone (its count is the line's), else each type with its
 * count, as a list in the interface's language ("Place 2 and Person 1", "地名 2、人名 1"). Chinese is listed with
 * 、 alone: Intl.ListFormat's 和 follows the last count's digit with no space ("地名 4和人名 2", recheck QA).
 */
export function uncertainTypesNamed(counts: ReadonlyMap<string, number>, typeName: (type: string) => string, n: (count: number) => string, locale: string): string {
  const types = [...counts].map(([type, count]) => (counts.size === 1 ? typeName(type) : `${typeName(type)} ${n(count)}`))
  return locale.startsWith('zh') ? types.join('、') : new Intl.ListFormat(locale).format(types)
}
