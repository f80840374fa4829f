// The entity panel's view of a document: per type, the distinct mentions and how often each occurs.
import type { Entity } from '../engine'

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

/** Groups entities by type (in `typeOrder`, then any other type alphabetically); mentions by frequency. */
export function groupMentions(entities: readonly Entity[], typeOrder: readonly string[] = []): TypeGroup[] {
  const byType = new Map<string, Map<string, Mention>>()
  const counts = new Map<string, number>()
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    let mentions = byType.get(e.type)
    if (!mentions) byType.set(e.type, (mentions = new Map()))
    let mention = mentions.get(e.text)
    if (!mention) mentions.set(e.text, (mention = { text: e.text, type: e.type, starts: [] }))
    mention.starts.push(e.start)
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1)
  }
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
