// Live analysis of the editor text: debounced, cached per paragraph, cancellable; paragraphs appear
// highlighted as the engine streams them, so a long document fills in while it is analysed.
import { computed, nextTick, onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue'
import type { Entity } from '../engine'
import { needsAnalysis, resplit, type BlockSplit, type TextBlock } from '../app/blocks'
import { analyzeBlocks, BlockResultCache, carryOverResults, documentEntities, ShiftedResults, type BlockAnalyzeProgress } from '../app/blockAnalysis'
import type { UserLexicon } from '../app/userLexicon'
import { lexiconOverlay } from './useUserLexicon'
import { patternOverlay } from './usePatterns'
import { chainOverlays } from '../app/overlays'
import { carModelOverlay } from '../app/carModels'
import { MAX_LIVE_CHARS, type Coverage, type RunState } from '../app/coverage'
import type { NerEngine } from './useNerEngine'

/** The pause in typing after which the changed paragraphs are analysed. Performance QA: of 358 ms from a keystroke to
 *  its highlights in a 5,000-character text, 300 were this wait (then 300 ms); a changed paragraph takes some 10-50 ms
 *  to analyse, so analysing between a fast typist's keystrokes costs little. */
export const TYPING_DEBOUNCE_MS = 200
/**
 * From this length on, the view and all that is built from the entities (the entity list, pairs, counts,
 * exports) follow the editor once typing pauses for SETTLE_MS rather than at every key: with a few hundred
 * thousand characters and tens of thousands of names, rebuilding them took a keystroke 70-150 ms.
 */
export const SETTLE_FROM_CHARS = 20_000
export const SETTLE_MS = 200
/** Re-render at most this often while blocks stream in (keeps a 100k-character run responsive), and at most
 *  a fifth of the time: showing what streamed in grows with the document (the view's lines, the entity list,
 *  filters and counts), 50-100 ms of script per update at 1,000,000 characters. */
const RENDER_THROTTLE_MS = 150
const MAX_RENDER_INTERVAL_MS = 2000
const RENDER_SHARE = 0.2

export interface RenderedBlock {
  block: TextBlock
  entities: readonly Entity[]
}

/** `text` as the view shows it: the same, but a long one only once typing pauses (see SETTLE_FROM_CHARS). */
function shownTextOf(text: Ref<string>): Ref<string> & { settle(): void } {
  const shown = shallowRef(text.value)
  let timer: ReturnType<typeof setTimeout> | null = null
  const settle = () => {
    if (timer) clearTimeout(timer)
    timer = null
    shown.value = text.value
  }
  watch(text, (now) => {
    if (now.length < SETTLE_FROM_CHARS && shown.value.length < SETTLE_FROM_CHARS) settle()
    else {
      if (timer) clearTimeout(timer)
      timer = setTimeout(settle, SETTLE_MS)
    }
  }, { flush: 'sync' })
  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
  })
  return Object.assign(shown, { settle })
}

const NO_ENTITIES: readonly Entity[] = Object.freeze([])

/** Whether two lists hold the same objects in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

function isAbort(error: unknown): boolean {
  const e = error as { name?: string; code?: string } | null
  return e?.name === 'AbortError' || e?.code === 'ABORTED'
}

/**
 * `lexicon`: the user's dictionary, laid over the model's entities of every block (see userLexicon.ts). It
 * changes what is shown, never what is cached, so editing the dictionary needs no new model run.
 * `patterns`: whether phones, e-mails, ID and bank card numbers are laid over them too (app/patterns.ts).
 */
export function useLiveAnalysis(text: Ref<string>, engine: NerEngine, lexicon?: Ref<UserLexicon>, patterns?: Ref<boolean>) {
  const cache = new BlockResultCache()
  const overlay = chainOverlays(carModelOverlay(), lexicon ? lexiconOverlay(lexicon) : null, patterns ? patternOverlay(patterns) : null)
  const version = ref(0)
  const runState = ref<RunState>('idle')
  /**
   * Per block text waiting for its result: the names its earlier version showed where the edit left it unchanged
   * (carryOverResults), shown meanwhile so that an edited paragraph does not lose its highlights, nor its names their
   * place in the entity list and the counts, at every word typed (QA: off 35 % of a 10 s typing session). Only while
   * that result is on its way (`carrying`, as coverage's `soon`): then coverage, which counts only real results,
   * keeps every export and download waiting, so what was carried over is never handed out.
   */
  let carried: ReadonlyMap<string, readonly Entity[]> = new Map()
  const carrying = computed(() => engine.phase.value === 'ready' && runState.value !== 'cancelled' && runState.value !== 'error')
  /** The model's entities of a block: its result, else (see `carried`) what it carries over meanwhile. */
  function modelResult(key: string): readonly Entity[] | undefined {
    return cache.get(key) ?? (carrying.value ? carried.get(key) : undefined)
  }
  function blockEntities(key: string): readonly Entity[] | undefined {
    const found = modelResult(key)
    return found && overlay(key, found)
  }
  const progress = shallowRef<BlockAnalyzeProgress | null>(null)
  const runError = shallowRef<unknown>(null)
  const lastRun = shallowRef<{ chars: number; ms: number } | null>(null)
  /** Runs that finished (exposed in the DOM so tests can wait for "this edit has been analysed"). */
  const completedRuns = ref(0)

  const tooLarge = computed(() => text.value.length > MAX_LIVE_CHARS)
  const shownText = shownTextOf(text)
  /** The editor is a key or more ahead of the view (a long text while typing goes on): a boolean, so that what reads
   *  it (coverage) changes when it flips, not at every key. */
  const settling = computed(() => text.value !== shownText.value)
  /** The shown text is over the limit (tooLarge is the editor's, which it follows once typing pauses). */
  const shownTooLarge = computed(() => shownText.value.length > MAX_LIVE_CHARS)
  /** The last split, from which the next version of the text is split where it changed only (a keystroke in a
   *  long document re-splits one paragraph). */
  let split: BlockSplit | null = null
  const blocks = computed<readonly TextBlock[]>(() => {
    if (shownTooLarge.value) return []
    const before = split
    split = resplit(split, shownText.value)
    if (before && before !== split) carried = carryOverResults(before, split, (key) => cache.get(key), carried)
    return split.blocks
  })

  // What a run streams in (finished blocks, progress) is shown together, at most every RENDER_THROTTLE_MS (more
  // in a document whose every update costs more, see RENDER_SHARE): a
  // progress message per window re-rendered the bar and repainted the page each time, about 1,400 frames over
  // a 300,000-character analysis at 10-16 ms of style, layout and paint each (trace, 2026-12-06).
  let throttleTimer: ReturnType<typeof setTimeout> | null = null
  let pendingProgress: BlockAnalyzeProgress | null = null
  let blocksDone = false
  /** What the last update of the view and panels cost the main thread (script: from the change to Vue's flush). */
  let renderCost = 0
  function showSoon(): void {
    if (throttleTimer) return
    const interval = Math.min(MAX_RENDER_INTERVAL_MS, Math.max(RENDER_THROTTLE_MS, renderCost / RENDER_SHARE))
    throttleTimer = setTimeout(showNow, interval)
  }
  function showNow(): void {
    if (throttleTimer) clearTimeout(throttleTimer)
    throttleTimer = null
    if (pendingProgress) progress.value = pendingProgress
    pendingProgress = null
    if (!blocksDone) return
    blocksDone = false
    const started = performance.now()
    version.value++
    void nextTick(() => {
      renderCost = performance.now() - started
    })
  }

  // What is built from the blocks keeps its objects where nothing changed (the same item for a block with the
  // same result, the same entity objects, the same array when no block changed), so that the view and the panels
  // redo only what an edit or a streamed result touched: with a few hundred thousand characters, rebuilding
  // everything took a keystroke hundreds of milliseconds.
  let renderedOf = new WeakMap<TextBlock, RenderedBlock>()
  const rendered = computed<readonly RenderedBlock[]>((previous) => {
    void version.value
    const next = blocks.value.map((block) => {
      const entities = blockEntities(block.key) ?? NO_ENTITIES
      const known = renderedOf.get(block)
      if (known?.entities === entities) return known
      const item = { block, entities }
      renderedOf.set(block, item)
      return item
    })
    return previous && sameItems(previous, next) ? previous : next
  })

  const shifted = new ShiftedResults()
  const entities = computed<Entity[]>((previous) => {
    void version.value
    const next = documentEntities(blocks.value, blockEntities, shifted)
    return previous && sameItems(previous, next) ? previous : next
  })

  /** The model's own entities, before the dictionary and the rules: the Dictionary tab says why a name it lists marks
   *  nothing (inside a longer name the model found, lexiconReport.ts). Computed only while that tab is open. */
  const modelEntities = computed<Entity[]>(() => {
    void version.value
    return documentEntities(blocks.value, modelResult)
  })

  const coverage = computed<Coverage>(() => {
    void version.value
    let analysed = 0
    let total = 0
    for (const block of blocks.value) {
      if (!needsAnalysis(block)) continue
      total += block.key.length
      if (cache.has(block.key)) analysed += block.key.length
    }
    const soon = engine.phase.value === 'ready' && runState.value !== 'cancelled' && runState.value !== 'error'
    return {
      analysed, total: shownTooLarge.value ? shownText.value.length : total, tooLarge: shownTooLarge.value, soon,
      ...(settling.value && { settling: true as const }),
    }
  })

  let controller: AbortController | null = null
  let modelReadyAt = 0
  watch(engine.phase, (phase) => {
    if (phase !== 'ready') return
    modelReadyAt = performance.now()
    // A model that failed to load and was then loaded from elsewhere (the Model tab's Try again) leaves
    // this text unanalysed under a stale error: read it now.
    if (runState.value === 'error') schedule(0)
  }, { flush: 'sync' })
  let debounceTimer: ReturnType<typeof setTimeout> | null = null

  async function run(): Promise<void> {
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    shownText.settle() // the run reads the text as it is now
    if (tooLarge.value) {
      runError.value = { code: 'TOO_LARGE' }
      runState.value = 'error'
      return
    }
    runError.value = null
    pendingProgress = null // a superseded run's
    runState.value = 'running'
    const started = performance.now()
    // A first visit waits for the model's download: that is not analysis time.
    const analysisTime = () => performance.now() - Math.max(started, modelReadyAt)
    try {
      await analyzeBlocks(
        blocks.value,
        cache,
        (texts, { signal, onProgress }) => engine.analyzeMany(texts, { signal, onProgress }),
        {
          signal: mine.signal,
          helpers: (chars) => engine.helperLanes(chars),
          onBlockDone: () => {
            if (controller !== mine) return
            blocksDone = true
            showSoon()
          },
          onProgress: (p) => {
            if (controller !== mine) return
            pendingProgress = p
            showSoon()
          },
        },
      )
      if (controller !== mine) return
      showNow()
      version.value++
      runState.value = 'done'
      completedRuns.value++
      lastRun.value = { chars: progress.value?.charsTotal ?? 0, ms: analysisTime() }
    } catch (error) {
      if (controller !== mine) return // superseded by a newer run; that run owns the state now
      showNow()
      version.value++
      if (isAbort(error)) {
        runState.value = 'cancelled'
      } else {
        runError.value = error
        runState.value = 'error'
      }
    }
  }

  function schedule(delay = TYPING_DEBOUNCE_MS): void {
    if (debounceTimer) clearTimeout(debounceTimer)
    debounceTimer = setTimeout(() => {
      debounceTimer = null
      void run()
    }, delay)
  }

  /** Stops the run in progress as superseded: detached before the abort, so it leaves the state alone. */
  function supersede(): void {
    const superseded = controller
    controller = null
    superseded?.abort()
  }

  // Every edit stops the run in progress at once (its finished blocks stay cached) and re-plans after
  // the user pauses typing.
  watch(text, () => {
    supersede()
    schedule()
  })

  // Another model (or a new version of this one) reads the whole text anew: what the previous one found is
  // neither shown nor reused.
  watch(engine.modelGeneration, () => {
    supersede()
    cache.clear()
    carried = new Map()
    renderedOf = new WeakMap()
    version.value++
    schedule(0)
  })

  function cancel(): void {
    if (debounceTimer) clearTimeout(debounceTimer)
    controller?.abort()
  }

  /** After the model cache is cleared or an error, analyse again now. */
  function retry(): void {
    schedule(0)
  }

  onScopeDispose(() => {
    cancel()
    if (throttleTimer) clearTimeout(throttleTimer)
  })

  return { text: shownText as Readonly<Ref<string>>, blocks, tooLarge, rendered, entities, modelEntities, coverage, runState, progress, runError, lastRun, completedRuns, cancel, retry, schedule }
}

export type LiveAnalysis = ReturnType<typeof useLiveAnalysis>
