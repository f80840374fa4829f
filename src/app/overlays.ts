// Overlays: what is laid over the model's entities of a text after it has run (the user's dictionary, the
// rule-based matches), so changing them needs no new model run.
import type { Entity } from '../engine'

export type Overlay = (text: string, found: readonly Entity[]) => readonly Entity[]

/**
 * An overlay that applies `apply` with the setting `current()` returns (null: off, the entities pass as they
 * are), remembered per result: results are immutable, and views list them again on every update (a long
 * document streaming in, a batch's progress), so each is scanned once per setting. A new setting starts afresh.
 */
export function memoizedOverlay<S>(current: () => S | null, apply: (text: string, found: readonly Entity[], setting: S) => readonly Entity[]): Overlay {
  let adjustedOf = new WeakMap<readonly Entity[], readonly Entity[]>()
  let memoizedFor: S | null = null
  return (text, found) => {
    const setting = current()
    if (setting === null) return found
    if (memoizedFor !== setting) {
      adjustedOf = new WeakMap()
      memoizedFor = setting
    }
    let adjusted = adjustedOf.get(found)
    if (!adjusted) adjustedOf.set(found, (adjusted = apply(text, found, setting)))
    return adjusted
  }
}

/** Overlays applied in order (the dictionary over the model's entities, then the rules over both). */
export function chainOverlays(...overlays: (Overlay | null)[]): Overlay {
  const active = overlays.filter((o): o is Overlay => o !== null)
  return (text, found) => active.reduce((entities, overlay) => overlay(text, entities), found)
}
