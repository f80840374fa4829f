// Documents of any length: cut the normalized unit stream into model windows.
//
// Whole sentences are packed into a window while they fit (cutting only at sentence ends). A sentence
// longer than the window is cut into chunks that overlap by `overlap` units; each chunk "owns" the
// units up to the middle of its overlaps, and an entity is kept only by the window that owns its first
// unit. With an overlap wider than any plausible entity, an entity crossing a cut is seen whole by the
// window that owns its start, so no entity is cut in half and none is reported twice.
import type { TextUnit } from './normalize'

export interface TextWindow {
  units: TextUnit[]
  /** Entities whose first unit index is in [ownFrom, ownTo) belong to this window. */
  ownFrom: number
  ownTo: number
}

export interface WindowOptions {
  maxWindow: number
  /** Units shared by two chunks of an over-long sentence. */
  overlap?: number
}

export function defaultOverlap(maxWindow: number): number {
  return Math.max(2, Math.min(32, Math.floor(maxWindow / 4)))
}

export function* textWindows(units: Iterable<TextUnit>, options: WindowOptions): Generator<TextWindow> {
  const { maxWindow } = options
  const overlap = options.overlap ?? defaultOverlap(maxWindow)
  if (overlap < 0 || overlap >= maxWindow) throw new RangeError('overlap must be in [0, maxWindow)')
  // Where the next chunk's ownership starts when an over-long sentence is cut: mid-overlap.
  const handOverAt = maxWindow - Math.ceil(overlap / 2)

  let buffer: TextUnit[] = []
  let ownFrom = 0 // units before this index were owned by the previous chunk
  let sentenceCut = 0 // buffer[0:sentenceCut] are complete sentences

  for (const unit of units) {
    buffer.push(unit)
    if (buffer.length <= maxWindow) {
      if (unit.sentenceEnd && buffer.length > ownFrom) sentenceCut = buffer.length
      continue
    }
    // The buffer overflows by this one unit: emit a window and keep the rest.
    if (sentenceCut > 0) {
      // Clean cut after the last complete sentence; the rest starts the next window.
      const window: TextWindow = { units: buffer.slice(0, sentenceCut), ownFrom, ownTo: sentenceCut }
      if (!isBlank(window)) yield window
      buffer = buffer.slice(sentenceCut)
      ownFrom = 0
    } else {
      // One sentence longer than the window: cut it with overlap.
      const window: TextWindow = { units: buffer.slice(0, maxWindow), ownFrom, ownTo: handOverAt }
      if (!isBlank(window)) yield window
      buffer = buffer.slice(maxWindow - overlap)
      ownFrom = handOverAt - (maxWindow - overlap)
    }
    // Sentence ends inside the part already owned by the previous chunk are not cut points.
    sentenceCut = 0
    for (let i = ownFrom; i < buffer.length; i++) if (buffer[i]!.sentenceEnd) sentenceCut = i + 1
  }
  if (buffer.length > 0) {
    const window: TextWindow = { units: buffer, ownFrom, ownTo: buffer.length }
    if (!isBlank(window)) yield window
  }
}

/** A window of nothing but whitespace cannot hold an entity; skipping it saves a model call. */
function isBlank(window: TextWindow): boolean {
  for (let i = window.ownFrom; i < window.ownTo; i++) if (!window.units[i]!.whitespace) return false
  return true
}
