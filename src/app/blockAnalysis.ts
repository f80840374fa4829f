// Incremental analysis of a document split into blocks: results are cached per block text, so only
// blocks whose text changed (or never ran) go through the model. Offsets in the cache are relative to
// the block; `documentEntities` shifts them to the block's position in the document.
import type { Entity } from '../engine'
import { needsAnalysis, type TextBlock } from './blocks'

/**
 * A bounded cache of block text -> entities (offsets relative to the block), least recently used out. Recency
 * is refreshed once per run, for the blocks of the document (`touch`, from `pendingKeys`), not at each lookup:
 * the view and the panels look every block up at each streamed update, and a delete and re-insert per
 * lookup cost 8.7 s of the main thread over the analysis of a 1,000,000-character document (QA profile).
 * Bounded by the characters of its keys (about 20 bytes of heap each, entities included, QA): by entries, it
 * held 20,000 paragraphs of any length and never gave them back, 27 MB after 60 texts of 20,000 characters
 * with the editor emptied and the worker released (QA, 2026-12-06).
 */
export class BlockResultCache {
  private readonly entries = new Map<string, readonly Entity[]>()
  private chars = 0
  /** What it holds at most: `floor`, or twice the current document (see `fitTo`). */
  private budget: number

  /** `floor`: characters kept whatever the document (an undo, a paste of the text back, is read at once). */
  constructor(private readonly floor = 250_000) {
    this.budget = floor
  }

  /** Room for a document of `chars` distinct characters and as many of its older versions; less for a smaller
   *  document, down to the floor. A document larger than the cache held had its first paragraphs evicted by
   *  its last ones at every run, and analysed them again, for ever. */
  fitTo(chars: number): void {
    this.budget = Math.max(this.floor, 2 * chars)
    this.evict()
  }

  get(key: string): readonly Entity[] | undefined {
    return this.entries.get(key)
  }

  /** Whether `key` is cached; if so, it becomes the most recently used. */
  touch(key: string): boolean {
    const value = this.entries.get(key)
    if (value === undefined) return false
    // Map keeps insertion order, so re-inserting moves the key to the end.
    this.entries.delete(key)
    this.entries.set(key, value)
    return true
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  set(key: string, entities: readonly Entity[]): void {
    if (this.entries.delete(key)) this.chars -= key.length
    this.entries.set(key, entities)
    this.chars += key.length
    this.evict()
  }

  clear(): void {
    this.entries.clear()
    this.chars = 0
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size
  }

  /** Characters of the block texts held. */
  get heldChars(): number {
    return this.chars
  }

  private evict(): void {
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.budget) return
      this.entries.delete(oldest)
      this.chars -= oldest.length
    }
  }
}

export interface BlockAnalyzeProgress {
  charsDone: number
  charsTotal: number
  blocksDone: number
  blocksTotal: number
}

/** Analyses several texts, each on its own (the engine's `analyzeMany`); progress names the text. */
export type AnalyzeTexts = (
  texts: readonly string[],
  opts: {
    signal: AbortSignal
    onProgress: (p: { textIndex: number; charsDone: number; entities: readonly Entity[] }) => void
  },
) => Promise<Entity[][]>

export interface AnalyzeBlocksOptions {
  signal: AbortSignal
  /** A block finished; its entities are in the cache. */
  onBlockDone?: (key: string) => void
  onProgress?: (progress: BlockAnalyzeProgress) => void
  /** Pending blocks are sent to the engine in batches of about this many characters. */
  maxBatchChars?: number
  /** More workers to share the run with, given its pending characters (none for a short run). */
  helpers?: (charsTotal: number) => readonly AnalyzeTexts[]
}

/**
 * Consecutive pending blocks go to the engine together, one call per few thousand characters instead
 * of one per paragraph (with one call per paragraph, a 100,000-character document spent most of its
 * time in messaging overhead). Each block is still windowed on its own, so a paragraph's entities do
 * not depend on the paragraphs that happen to share its batch.
 */
const DEFAULT_MAX_BATCH_CHARS = 4000

/** The distinct block texts that need the model and are not cached yet, in document order. Those cached
 *  become the most recently used. */
export function pendingKeys(blocks: readonly TextBlock[], cache: BlockResultCache): string[] {
  const seen = new Set<string>()
  const keys: string[] = []
  let chars = 0
  for (const block of blocks) {
    if (!needsAnalysis(block) || seen.has(block.key)) continue
    seen.add(block.key)
    chars += block.key.length
    if (cache.touch(block.key)) continue // in the document: kept over entries of older versions of the text
    keys.push(block.key)
  }
  // Room for every paragraph of the document, and as many edited versions of it again.
  cache.fitTo(chars)
  return keys
}

/** Groups keys (in order) into batches whose total length stays within `maxChars` where possible. */
export function batchKeys(keys: readonly string[], maxChars: number): string[][] {
  const batches: string[][] = []
  let current: string[] = []
  let length = 0
  for (const key of keys) {
    if (current.length > 0 && length + key.length > maxChars) {
      batches.push(current)
      current = []
      length = 0
    }
    length += key.length
    current.push(key)
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/**
 * Batches a worker holds at once: the next one waits in the worker while the current one runs, so the
 * worker goes on to it at once. With one at a time, each batch ended with the result going to the page and
 * the next batch coming back, two trips through a main thread that is busy showing what streamed in: in a
 * 100,000-character analysis with the page's CPU slowed 4x, the worker stood idle 38 times, 8.7 s (QA trace).
 */
export const BATCHES_PER_WORKER = 2

/**
 * Runs the model over every block not yet cached. Blocks are cached as soon as the engine's streamed
 * progress has passed them, so cancelling keeps everything finished so far. Rejects with the
 * analyzer's error, including its abort error when `signal` fires.
 *
 * With `options.helpers`, batches are handed out in document order to whichever worker is free. `analyze`
 * (the page's own worker) decides the run: its error rejects it. A helper that fails hands its unfinished
 * blocks back and stops, and the others carry on.
 */
export async function analyzeBlocks(
  blocks: readonly TextBlock[],
  cache: BlockResultCache,
  analyze: AnalyzeTexts,
  options: AnalyzeBlocksOptions,
): Promise<void> {
  const queue = batchKeys(pendingKeys(blocks, cache), options.maxBatchChars ?? DEFAULT_MAX_BATCH_CHARS)
  const charsTotal = queue.reduce((sum, keys) => sum + keys.reduce((n, k) => n + k.length, 0), 0)
  const blocksTotal = queue.reduce((sum, keys) => sum + keys.length, 0)
  const lanes = [analyze, ...(options.helpers?.(charsTotal) ?? [])]
  let cachedChars = 0
  let blocksDone = 0
  /** Per batch being analysed: characters done past its last cached block. */
  const partial = new Map<readonly string[], number>()
  const report = () => {
    let charsDone = cachedChars
    for (const chars of partial.values()) charsDone += chars
    options.onProgress?.({ charsDone, charsTotal, blocksDone, blocksTotal })
  }
  report()
  // The caller's signal stops every worker; the page's worker failing stops the helpers too.
  const stopHelpers = new AbortController()
  const { signal } = stopHelpers
  const stopAll = () => stopHelpers.abort(options.signal.reason)
  options.signal.addEventListener('abort', stopAll, { once: true })

  async function runBatch(lane: number, keys: readonly string[], laneSignal: AbortSignal): Promise<void> {
    // Where each key ends in the batch's character count (the engine counts all texts of a call).
    const ends: number[] = []
    keys.reduce((offset, key) => (ends.push(offset + key.length), offset + key.length), 0)
    const streamed = keys.map((): Entity[] => [])
    let nextToCache = 0
    let settled = false
    const cacheFinished = (isFinished: (i: number) => boolean, perKey: readonly (readonly Entity[])[]) => {
      while (nextToCache < keys.length && isFinished(nextToCache)) {
        const key = keys[nextToCache]!
        // Another lane may have finished the same text first (a helper's batch handed back).
        if (!cache.has(key)) {
          cache.set(key, perKey[nextToCache]!)
          cachedChars += key.length
          blocksDone++
          options.onBlockDone?.(key)
        }
        nextToCache++
      }
    }
    try {
      const results = await lanes[lane]!(keys, {
        signal: laneSignal,
        onProgress: (p) => {
          if (settled) return // a cancelled batch's last message, after its run has moved on
          streamed[p.textIndex]?.push(...p.entities)
          // A key is finished once the engine has moved on to a later key or reached the key's end
          // (entities of finished windows are final).
          cacheFinished((i) => i < p.textIndex || p.charsDone >= ends[i]!, streamed)
          partial.set(keys, Math.max(0, Math.min(p.charsDone, ends[ends.length - 1]!) - (ends[nextToCache - 1] ?? 0)))
          report()
        },
      })
      cacheFinished(() => true, results)
    } finally {
      settled = true
      partial.delete(keys)
      report()
    }
  }

  /** Keeps BATCHES_PER_WORKER batches with one worker until the queue is empty. A helper that fails hands
   *  back its batches' unfinished blocks (to the front of the queue, for the others) and stops. */
  async function runLane(lane: number): Promise<void> {
    const runSignal = lane === 0 ? options.signal : signal
    // Stops this lane's other batch when one fails.
    const laneStop = new AbortController()
    const stopLane = () => laneStop.abort(runSignal.reason)
    runSignal.addEventListener('abort', stopLane, { once: true })
    const inFlight: { keys: readonly string[]; done: Promise<void> }[] = []
    try {
      for (;;) {
        while (inFlight.length < BATCHES_PER_WORKER) {
          signal.throwIfAborted()
          const keys = queue.shift()
          if (keys === undefined) break
          if (keys.length === 0) continue
          const done = runBatch(lane, keys, laneStop.signal)
          done.catch(() => undefined) // the second batch may fail first: it is awaited below all the same
          inFlight.push({ keys, done })
        }
        const first = inFlight[0]
        if (first === undefined) return
        await first.done
        inFlight.shift()
      }
    } catch (error) {
      laneStop.abort(error)
      await Promise.allSettled(inFlight.map((batch) => batch.done))
      if (lane > 0 && !signal.aborted) {
        const unfinished = inFlight.map((batch) => batch.keys.filter((key) => !cache.has(key))).filter((keys) => keys.length > 0)
        queue.unshift(...unfinished)
      }
      throw error
    } finally {
      runSignal.removeEventListener('abort', stopLane)
    }
  }

  const helpers = lanes.slice(1).map((_, i) => runLane(i + 1).catch(() => undefined))
  try {
    await runLane(0)
    // A helper that failed left its blocks in the queue: the page's worker takes them after the others.
    await Promise.all(helpers)
    await runLane(0)
  } catch (error) {
    stopHelpers.abort()
    await Promise.all(helpers)
    throw error
  } finally {
    options.signal.removeEventListener('abort', stopAll)
  }
}

/**
 * Block results shifted to where their blocks stand in the document, remembered per result (results are
 * immutable): a keystroke in a long document shifts no entity before it, and those after it only once.
 */
export class ShiftedResults {
  private readonly shifted = new WeakMap<readonly Entity[], { start: number; entities: readonly Entity[] }>()

  at(entities: readonly Entity[], start: number): readonly Entity[] {
    const known = this.shifted.get(entities)
    if (known?.start === start) return known.entities
    const moved = entities.map((e) => ({ ...e, start: e.start + start, end: e.end + start }))
    this.shifted.set(entities, { start, entities: moved })
    return moved
  }
}

/** Entities of the whole document (offsets into the document), from the blocks that have results. With
 *  `shifted`, the entity objects of a block whose result and position did not change are those of last time. */
export function documentEntities(
  blocks: readonly TextBlock[],
  resultOf: (key: string) => readonly Entity[] | undefined,
  shifted: ShiftedResults = new ShiftedResults(),
): Entity[] {
  const all: Entity[] = []
  for (const block of blocks) {
    const entities = resultOf(block.key)
    if (!entities || entities.length === 0) continue
    for (const e of shifted.at(entities, block.start)) all.push(e as Entity)
  }
  return all
}

/**
 * The entities of a text's earlier version `before` that lie wholly in what the edit to `after` left unchanged (the
 * two versions' common start and common end), at their offsets in `after`; those that touch the changed part are
 * dropped. A paragraph being typed in kept none of its names until its new result came (219-428 ms after each
 * word in a 588-character paragraph), and the view lost their type labels, so all below it jumped up and back at
 * every word (QA).
 */
export function carryOver(before: string, entities: readonly Entity[], after: string): Entity[] {
  const n = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < n && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < n - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  const shift = after.length - before.length
  const endFrom = before.length - suffix
  const kept: Entity[] = []
  for (const e of entities) {
    if (e.end <= prefix) kept.push(e)
    else if (e.start >= endFrom) kept.push(shift === 0 ? e : { ...e, start: e.start + shift, end: e.end + shift })
  }
  return kept
}

/** A document's text and its blocks (a BlockSplit). */
interface SplitText {
  doc: string
  blocks: readonly TextBlock[]
}

/**
 * What each block of `after` without a result of its own (`resultOf` gives none) shows until its result comes: the
 * entities that the blocks of `before` it replaces showed (their results, or what they carried themselves, `carried`)
 * where the edit left their text unchanged (carryOver), offsets relative to the block. Provisional: shown in the view
 * and the panels only; coverage counts the block as not analysed, so nothing is exported from them.
 */
export function carryOverResults(
  before: SplitText,
  after: SplitText,
  resultOf: (key: string) => readonly Entity[] | undefined,
  carried: ReadonlyMap<string, readonly Entity[]>,
): Map<string, readonly Entity[]> {
  const old = before.blocks
  const now = after.blocks
  const pending = (block: TextBlock) => needsAnalysis(block) && resultOf(block.key) === undefined
  // The blocks the edit did not touch: the same before it, the same text after it.
  const most = Math.min(old.length, now.length)
  let lead = 0
  while (lead < most && old[lead]!.start === now[lead]!.start && old[lead]!.text === now[lead]!.text) lead++
  let trail = 0
  while (trail < most - lead && old[old.length - 1 - trail]!.text === now[now.length - 1 - trail]!.text) trail++
  const next = new Map<string, readonly Entity[]>()
  // A block the edit did not touch still waiting for its result (an earlier edit's) keeps what it carried.
  if (carried.size > 0) {
    for (let i = 0; i < now.length; i++) {
      if (i === lead) i = now.length - trail
      const block = now[i]
      if (!block || !pending(block)) continue
      const kept = carried.get(block.key)
      if (kept) next.set(block.key, kept)
    }
  }
  const changed = now.slice(lead, now.length - trail)
  if (!changed.some(pending)) return next
  // The changed blocks' text before and after the edit, and what the old ones showed, relative to where they start.
  const from = old[lead]?.start ?? before.doc.length
  const oldTo = trail > 0 ? old[old.length - trail]!.start : before.doc.length
  const newTo = trail > 0 ? now[now.length - trail]!.start : after.doc.length
  const shown: Entity[] = []
  for (const block of old.slice(lead, old.length - trail)) {
    const entities = resultOf(block.key) ?? carried.get(block.key) ?? []
    for (const e of entities) shown.push({ ...e, start: e.start + block.start - from, end: e.end + block.start - from })
  }
  const kept = carryOver(before.doc.slice(from, oldTo), shown, after.doc.slice(from, newTo)).sort((a, b) => a.start - b.start)
  let k = 0
  for (const block of changed) {
    const start = block.start - from
    const end = start + block.key.length
    while (k < kept.length && kept[k]!.start < start) k++
    const inBlock: Entity[] = [] // a new array for each block, also when empty: overlays remember theirs per array
    for (; k < kept.length && kept[k]!.start < end; k++) {
      const e = kept[k]!
      if (e.end <= end) inBlock.push({ ...e, start: e.start - start, end: e.end - start })
    }
    if (pending(block) && !next.has(block.key)) next.set(block.key, inBlock)
  }
  return next
}
