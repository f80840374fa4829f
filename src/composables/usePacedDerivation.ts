// A value derived from reactive inputs that follows them at once while deriving it is cheap, and at a pace
// once it is not. The entity panel groups every name and pairs the names of every sentence of the document:
// at 300,000 characters that took 30-50 ms, and it ran at every streamed update (each 150 ms) and every
// keystroke, 3.2 s of the main thread over one analysis (profile, 2026-12-06). A costly derivation now runs at
// most once a second while results stream in and a fifth of the time while the user types; a cheap one (every
// document of ordinary length) still runs at every change.
import { onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'

/** A derivation that took less than this follows every change. */
export const CHEAP_MS = 8
/** How often and how much of the main thread a costly derivation may take: while a run streams results in (an
 *  update every 150 ms for a minute or more), and otherwise (typing). */
const STREAMING_PACE = { minIntervalMs: 1000, share: 0.05 }
const EDITING_PACE = { minIntervalMs: 150, share: 0.2 }

export interface PacedDerivation<T> {
  value: Readonly<ShallowRef<T>>
  /** The value as of the inputs now, derived at once if it lags: what acts on offsets the value holds (a click
   *  that scrolls to a name) must not use those of an earlier text. */
  current: () => T
}

/**
 * `inputs`: what the value is derived from (compared one by one, as `watch` does with several sources).
 * `streaming`: whether a run is streaming results in; when it stops, the value catches up at once, so that what
 * the run found is shown in full without waiting.
 */
export function usePacedDerivation<I extends readonly unknown[], T>(
  inputs: { [K in keyof I]: WatchSource<I[K]> },
  derive: (...values: I) => T,
  streaming: () => boolean = () => false,
): PacedDerivation<T> {
  const read = () => inputs.map((source) => (typeof source === 'function' ? (source as () => unknown)() : (source as { value: unknown }).value)) as unknown as I
  let cost = 0
  let derivedAt = -Infinity
  let stale = false
  let timer: ReturnType<typeof setTimeout> | null = null

  function run(values: I): T {
    if (timer) clearTimeout(timer)
    timer = null
    const started = performance.now()
    const result = derive(...values)
    derivedAt = performance.now()
    cost = derivedAt - started
    stale = false
    return result
  }
  const value = shallowRef(run(read()))
  const update = () => {
    value.value = run(read())
  }

  // One watcher for the inputs and `streaming`: the last streamed results and the end of the run come in one
  // update, and must be shown together, at once.
  watch([...(inputs as WatchSource[]), streaming], (now, before) => {
    const ended = before[inputs.length] === true && now[inputs.length] === false
    if (now.some((value, i) => i < inputs.length && value !== before[i])) stale = true
    if (!stale) return
    if (cost < CHEAP_MS || ended) return update()
    if (timer) return
    const pace = streaming() ? STREAMING_PACE : EDITING_PACE
    const interval = Math.max(pace.minIntervalMs, cost / pace.share)
    timer = setTimeout(update, Math.max(0, derivedAt + interval - performance.now()))
  })
  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
  })

  return {
    value,
    current: () => {
      if (stale) update()
      return value.value
    },
  }
}
