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
  const adjusted = memoizedPerResult(() => [current()], (text, found) => apply(text, found, current()!))
  return (text, found) => (current() === null ? found : adjusted(text, found))
}

/**
 * What `make` builds from a result, remembered per result while the values `settings()` lists stay the same
 * objects; any one that changes starts afresh. For work that more than one later setting reads from (the
 * dictionary's layers, read at whatever threshold is in force).
 */
export function memoizedPerResult<R>(settings: () => readonly unknown[], make: (text: string, found: readonly Entity[]) => R): (text: string, found: readonly Entity[]) => R {
  let madeOf = new WeakMap<readonly Entity[], R>()
  let madeWith: readonly unknown[] = []
  return (text, found) => {
    const now = settings()
    if (now.length !== madeWith.length || now.some((value, i) => value !== madeWith[i])) {
      madeOf = new WeakMap()
      madeWith = now
    }
    if (madeOf.has(found)) return madeOf.get(found)!
    const made = make(text, found)
    madeOf.set(found, made)
    return made
  }
}

/** Overlays applied in order (the dictionary over the model's entities, then the rules over both). */
export function chainOverlays(...overlays: (Overlay | null)[]): Overlay {
  const active = overlays.filter((o): o is Overlay => o !== null)
  return (text, found) => active.reduce((entities, overlay) => overlay(text, entities), found)
}
