// Turning text + entity spans into render pieces. The highlighted view renders these pieces as Vue
// text nodes (never HTML), which is what keeps hostile input such as `<img onerror>` inert.
import type { Entity } from '../engine'

export interface TextSegment {
  /** Offset of the segment within the text it was cut from. */
  start: number
  text: string
  entity?: Entity
}

export interface EntityFilter {
  /** Types the user switched off in the legend. */
  hiddenTypes: ReadonlySet<string>
  /** Entities scoring below this (0..1) are hidden. */
  minScore: number
}

export function isVisible(entity: Entity, filter: EntityFilter): boolean {
  return !filter.hiddenTypes.has(entity.type) && entity.score >= filter.minScore
}

/** Entities sorted by start; an entity overlapping an earlier kept one is dropped (the engine should not emit overlaps). */
export function nonOverlapping(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Entity[] = []
  let lastEnd = -1
  for (const e of sorted) {
    if (e.start < lastEnd || e.end <= e.start) continue
    kept.push(e)
    lastEnd = e.end
  }
  return kept
}

/** Cuts `text` into plain and entity segments covering it exactly, in order. */
export function toSegments(text: string, entities: readonly Entity[]): TextSegment[] {
  const segments: TextSegment[] = []
  let pos = 0
  for (const e of nonOverlapping(entities)) {
    if (e.end > text.length) break
    if (e.start > pos) segments.push({ start: pos, text: text.slice(pos, e.start) })
    segments.push({ start: e.start, text: text.slice(e.start, e.end), entity: e })
    pos = e.end
  }
  if (pos < text.length) segments.push({ start: pos, text: text.slice(pos) })
  return segments
}

/** The index of the first of `spans` (apart from each other and in text order, so their ends are in order too) that
 *  ends after `at`; their length if none does. What the rules' overlap tests and the table reader look up. */
export function firstEndingAfter(spans: readonly { start: number; end: number }[], at: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (spans[middle]!.end <= at) low = middle + 1
    else high = middle
  }
  return low
}
