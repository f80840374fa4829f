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
  /** Entities streamed by the engine for the block being analysed (offsets relative to that block). */
  onPartial?: (key: string, entitiesSoFar: readonly Entity[]) => void
  /** A block finished; its entities are in the cache. */
  onBlockDone?: (key: string) => void
  onProgress?: (progress: BlockAnalyzeProgress) => void
}

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

/**
 * Runs the model over every block not yet cached, one block at a time (so cancelling keeps the blocks
 * already done). Rejects with the analyzer's error, including its abort error when `signal` fires.
 */
export async function analyzeBlocks(
  blocks: readonly TextBlock[],
  cache: BlockResultCache,
  analyze: AnalyzeText,
  options: AnalyzeBlocksOptions,
): Promise<void> {
  const keys = pendingKeys(blocks, cache)
  const charsTotal = keys.reduce((sum, key) => sum + key.length, 0)
  let charsBefore = 0
  let blocksDone = 0
  options.onProgress?.({ charsDone: 0, charsTotal, blocksDone, blocksTotal: keys.length })
  for (const key of keys) {
    options.signal.throwIfAborted()
    const streamed: Entity[] = []
    const entities = await analyze(key, {
      signal: options.signal,
      onProgress: (p) => {
        if (p.entities.length > 0) {
          streamed.push(...p.entities)
          options.onPartial?.(key, streamed)
        }
        const charsDone = charsBefore + Math.min(p.charsDone, key.length)
        options.onProgress?.({ charsDone, charsTotal, blocksDone, blocksTotal: keys.length })
      },
    })
    cache.set(key, entities)
    charsBefore += key.length
    blocksDone++
    options.onBlockDone?.(key)
    options.onProgress?.({ charsDone: charsBefore, charsTotal, blocksDone, blocksTotal: keys.length })
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
