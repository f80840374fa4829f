// The entity panel's view of a document: per type, the distinct mentions and how often each occurs.
import type { Entity } from '../engine'

// A line break (with the spaces around it) inside a name is a line wrap: the engine reads 马\n克龙 as one
// name across it (windows.ts, unwrapLines), so it is the same name as 马克龙.
const LINE_WRAP = /[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]\s*/gu
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u

/** The name as written, with its line wraps taken out (kept as one space between two Latin words). */
export function displayName(text: string): string {
  return text.replace(LINE_WRAP, (wrap: string, at: number) =>
    LATIN_OR_DIGIT.test(text[at - 1] ?? '') && LATIN_OR_DIGIT.test(text[at + wrap.length] ?? '') ? ' ' : '',
  )
}

/**
 * What makes two mentions the same name: line wraps removed, then Unicode NFKC, which also reads full-width
 * Latin letters as ASCII (Ａｐｐｌｅ = Apple) and Kangxi radical code points as ideographs (⼈ = 人).
 */
export function mentionKey(text: string): string {
  return displayName(text).normalize('NFKC')
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

/** Groups entities by type (in `typeOrder`, then any other type alphabetically); mentions by frequency. */
export function groupMentions(entities: readonly Entity[], typeOrder: readonly string[] = []): TypeGroup[] {
  const byType = new Map<string, Map<string, Mention>>()
  const counts = new Map<string, number>()
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    let mentions = byType.get(e.type)
    if (!mentions) byType.set(e.type, (mentions = new Map()))
    const key = mentionKey(e.text)
    let mention = mentions.get(key)
    if (!mention) mentions.set(key, (mention = { text: displayName(e.text), type: e.type, starts: [] }))
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
