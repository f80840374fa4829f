// Incremental analysis of a document split into blocks: results are cached per block text, so only
// blocks whose text changed (or never ran) go through the model. Offsets in the cache are relative to
// the block; `documentEntities` shifts them to the block's position in the document.
import type { Entity } from '../engine'
import { needsAnalysis, type TextBlock } from './blocks'

/** A bounded cache of block text -> entities (offsets relative to the block), least recently used out. */
export class BlockResultCache {
  private readonly entries = new Map<string, readonly Entity[]>()

  constructor(private readonly maxEntries = 20_000) {}

  get(key: string): readonly Entity[] | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      // Refresh recency: Map keeps insertion order, so re-inserting moves the key to the end.
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  set(key: string, entities: readonly Entity[]): void {
    this.entries.delete(key)
    this.entries.set(key, entities)
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
    }
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

export interface BlockAnalyzeProgress {
  charsDone: number
  charsTotal: number
  blocksDone: number
  blocksTotal: number
}

export type AnalyzeText = (
  text: string,
  opts: { signal: AbortSignal; onProgress: (p: { charsDone: number; entities: Entity[] }) => void },
) => Promise<Entity[]>

export interface AnalyzeBlocksOptions {
  signal: AbortSignal
  /** A block finished; its entities are in the cache. */
  onBlockDone?: (key: string) => void
  onProgress?: (progress: BlockAnalyzeProgress) => void
  /** Pending blocks are sent to the engine in batches of about this many characters. */
  maxBatchChars?: number
}

/**
 * Consecutive pending blocks are analysed together (joined by line breaks, which end a sentence for the
 * engine anyway): one engine call per few thousand characters instead of one per paragraph. With one
 * call per paragraph, a 100,000-character document spent most of its time in messaging overhead.
 */
export const DEFAULT_MAX_BATCH_CHARS = 4000
const JOINER = '\n'

/** The distinct block texts that need the model and are not cached yet, in document order. */
export function pendingKeys(blocks: readonly TextBlock[], cache: BlockResultCache): string[] {
  const seen = new Set<string>()
  const keys: string[] = []
  for (const block of blocks) {
    if (!needsAnalysis(block) || cache.has(block.key) || seen.has(block.key)) continue
    seen.add(block.key)
    keys.push(block.key)
  }
  return keys
}

/** Groups keys (in order) into batches whose joined text stays within `maxChars` where possible. */
export function batchKeys(keys: readonly string[], maxChars: number): string[][] {
  const batches: string[][] = []
  let current: string[] = []
  let length = 0
  for (const key of keys) {
    const added = (current.length > 0 ? JOINER.length : 0) + key.length
    if (current.length > 0 && length + added > maxChars) {
      batches.push(current)
      current = []
      length = 0
    }
    length += (current.length > 0 ? JOINER.length : 0) + key.length
    current.push(key)
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/** Splits entities of a joined batch back into per-key entities (offsets relative to each key). */
function entitiesPerKey(keys: readonly string[], starts: readonly number[], entities: readonly Entity[]): Entity[][] {
  const out = keys.map((): Entity[] => [])
  for (const e of entities) {
    // Last key starting at or before the entity (keys are few per batch: a linear scan is fine).
    let i = 0
    while (i + 1 < keys.length && starts[i + 1]! <= e.start) i++
    const keyEnd = starts[i]! + keys[i]!.length
    if (e.end > keyEnd) continue // would span the line break between two paragraphs
    out[i]!.push({ ...e, start: e.start - starts[i]!, end: e.end - starts[i]! })
  }
  return out
}

/**
 * Runs the model over every block not yet cached. Blocks are cached as soon as the engine's streamed
 * progress has passed them, so cancelling keeps everything finished so far. Rejects with the
 * analyzer's error, including its abort error when `signal` fires.
 */
export async function analyzeBlocks(
  blocks: readonly TextBlock[],
  cache: BlockResultCache,
  analyze: AnalyzeText,
  options: AnalyzeBlocksOptions,
): Promise<void> {
  const batches = batchKeys(pendingKeys(blocks, cache), options.maxBatchChars ?? DEFAULT_MAX_BATCH_CHARS)
  const batchTexts = batches.map((keys) => keys.join(JOINER))
  const charsTotal = batchTexts.reduce((sum, text) => sum + text.length, 0)
  const blocksTotal = batches.reduce((sum, keys) => sum + keys.length, 0)
  let charsBefore = 0
  let blocksDone = 0
  options.onProgress?.({ charsDone: 0, charsTotal, blocksDone, blocksTotal })

  for (const [b, keys] of batches.entries()) {
    options.signal.throwIfAborted()
    const text = batchTexts[b]!
    const starts: number[] = []
    keys.reduce((offset, key) => (starts.push(offset), offset + key.length + JOINER.length), 0)
    const streamed: Entity[] = []
    let nextToCache = 0
    const cacheFinished = (upTo: number, entities: readonly Entity[]) => {
      const perKey = entitiesPerKey(keys, starts, entities)
      while (nextToCache < keys.length && starts[nextToCache]! + keys[nextToCache]!.length <= upTo) {
        cache.set(keys[nextToCache]!, perKey[nextToCache]!)
        blocksDone++
        options.onBlockDone?.(keys[nextToCache]!)
        nextToCache++
      }
    }
    const entities = await analyze(text, {
      signal: options.signal,
      onProgress: (p) => {
        streamed.push(...p.entities)
        // A key is finished once the engine is past its end (entities of finished windows are final).
        cacheFinished(Math.min(p.charsDone, text.length), streamed)
        options.onProgress?.({ charsDone: charsBefore + Math.min(p.charsDone, text.length), charsTotal, blocksDone, blocksTotal })
      },
    })
    cacheFinished(text.length, entities)
    charsBefore += text.length
    options.onProgress?.({ charsDone: charsBefore, charsTotal, blocksDone, blocksTotal })
  }
}

/** Entities of the whole document (offsets into the document), from the blocks that have results. */
export function documentEntities(blocks: readonly TextBlock[], cache: BlockResultCache): Entity[] {
  const all: Entity[] = []
  for (const block of blocks) {
    const entities = cache.get(block.key)
    if (!entities) continue
    for (const e of entities) all.push({ ...e, start: e.start + block.start, end: e.end + block.start })
  }
  return all
}
