// The app's handle on the NER engine: loading with progress, analysis, worker state, idle countdown,
// memory, the model cache, and switching to another model folder. One instance per page (created in
// App.vue, passed to the panels).
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import {
  chooseThreads,
  clearCachedModels,
  clearStoredModel,
  createNerClient,
  type AnalyzeManyProgress,
  type BackendInfo,
  type Entity,
  type LoadProgress,
  type LoadResult,
  type MemoryReport,
  type ModelSummary,
  type NerClient,
  type WorkerState,
} from '../engine'
import { chooseLanes, type AppParams } from '../app/params'

export type LoadPhase = 'idle' | 'loading' | 'ready' | 'error'

export interface LastAnalysis {
  at: Date
  ms: number
  chars: number
}

/** Analyses several texts, each on its own, in one worker job. */
export type AnalyzeMany = (
  texts: readonly string[],
  opts: { signal?: AbortSignal; onProgress?: (p: AnalyzeManyProgress) => void },
) => Promise<Entity[][]>

/** Below this many characters a run stays on one worker: a helper's start would cost more than it saves. */
const HELPER_MIN_CHARS = 20_000

/** The memory of every running worker together (null when none runs or none answers). */
async function totalMemory(clients: readonly NerClient[]): Promise<MemoryReport | null> {
  const reports = await Promise.all(clients.map((c) => c.memory().catch(() => null)))
  const running = reports.filter((r): r is MemoryReport => r !== null)
  if (running.length === 0) return null
  const add = (a?: number, b?: number) => (a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0))
  return running.reduce((sum, r) => ({ wasmBytes: add(sum.wasmBytes, r.wasmBytes), jsHeapBytes: add(sum.jsHeapBytes, r.jsHeapBytes) }))
}

/**
 * The least time between two load progress reports passed on to the page. The worker reports every chunk of the
 * download, and each report re-rendered the status line, the Model tab and the bar above the view: 100 to 140
 * renders in a 3.7 s download, 1.5 to 1.8 s of long tasks at CPU x4 (perf QA). Four a second still move the bar
 * smoothly; the announcements to screen readers come in quarters of the download anyway.
 */
export const LOAD_PROGRESS_INTERVAL_MS = 250

/** A report shown at once, whatever the interval: the end of the download, and the phases after it. */
function isFinalProgress(p: LoadProgress): boolean {
  if (p.phase === 'session' || p.phase === 'ready') return true
  return p.overallTotal !== undefined && p.overallLoaded !== undefined && p.overallLoaded >= p.overallTotal
}

/** How often the status line refreshes the idle countdown and the worker memory. */
const POLL_MS = 500
const MEMORY_POLL_MS = 2000

let settleFirstModelLoad: () => void = () => undefined
/** Resolves when a model load first ends, ready or failed (never rejects): main.ts registers the service worker
 *  then, so that its precache does not download onnxruntime's WASM while the engine does. */
export const firstModelLoad = new Promise<void>((resolve) => { settleFirstModelLoad = resolve })

export function useNerEngine(params: AppParams) {
  const isolated = typeof crossOriginIsolated === 'boolean' && crossOriginIsolated
  const threads = chooseThreads(isolated, navigator.hardwareConcurrency ?? 1, params.threads)
  /** The model folder in use; switchModel() changes it. */
  const modelUrl = ref(params.modelUrl)
  /** Counts the workers replaced by switchModel() or reloadModel(): whatever a previous model found is stale. */
  const modelGeneration = ref(0)
  const lanes = chooseLanes(navigator.hardwareConcurrency ?? 1, threads, params.lanes)
  const clientFor = (url: string, withThreads = threads) => createNerClient({ modelUrl: url, idleTimeoutMs: params.idleTimeoutMs, threads: withThreads })
  let client = clientFor(modelUrl.value)
  /** Extra workers of the same model for long texts (see `analyzers`), created on first need. */
  let helpers: NerClient[] = []

  const phase = ref<LoadPhase>('idle')
  const loadProgress = shallowRef<LoadProgress | null>(null)
  /** The last load read the whole model, manifest and files, from this browser's storage: nothing was downloaded.
   *  (Once any file read from storage set it: a stored model one file of which was downloaded again said
   *  "loaded from this browser's storage, no download needed".) */
  const loadedFromCache = ref(false)
  /** The last load read manifest.json from this browser's storage, not the site: a newer version may be served. */
  const manifestFromCache = ref(false)
  const model = shallowRef<ModelSummary | null>(null)
  const backend = shallowRef<BackendInfo | null>(null)
  const loadError = shallowRef<unknown>(null)
  /** The model runs but could not be stored (e.g. QUOTA): it will be downloaded again next visit. */
  const cacheError = shallowRef<unknown>(null)
  const workerState = ref<WorkerState>(client.state)
  const idleDeadline = ref<number | null>(null)
  const now = ref(Date.now())
  const memory = shallowRef<MemoryReport | null>(null)
  const lastAnalysis = shallowRef<LastAnalysis | null>(null)
  const storageUsage = ref<number | null>(null)
  /**
   * The last load that ended, a new object each time: the explicit ones and the silent ones of a worker started
   * again after an idle release. `stored`: the model is stored here after it; `downloaded`: some of it was not
   * (it was stored anew, when `stored`). useStoredModels tells the site's other tabs of a model stored again.
   */
  const lastLoad = shallowRef<{ stored: boolean; downloaded: boolean } | null>(null)

  const idleSecondsLeft = computed(() =>
    idleDeadline.value === null ? null : Math.max(0, Math.ceil((idleDeadline.value - now.value) / 1000)),
  )

  function followState(of: NerClient): () => void {
    return of.onStateChange((state) => {
      workerState.value = state
      // A released worker gave its memory back; show that instead of the last reading.
      if (state === 'released' || state === 'stopped') memory.value = null
    })
  }
  /** A load's result as this page's facts. */
  function applyLoad(result: LoadResult): void {
    model.value = result.model
    backend.value = result.backend
    loadedFromCache.value = result.fromCache
    manifestFromCache.value = result.manifestFromCache
    cacheError.value = result.cacheError ?? null
    lastLoad.value = { stored: result.model.cached, downloaded: !result.fromCache }
  }

  /** The silent loads of a worker started again (after an idle release, a crash): the model may have been removed
   *  in another tab and downloaded and stored again, or stored meanwhile by another tab (tabs QA: the Model tab went
   *  on saying "not stored" of a model this very tab had just read from storage). An explicit load, still 'loading'
   *  here, is applied by load() itself. */
  function followLoads(of: NerClient): () => void {
    return of.onLoad((result) => {
      if (client !== of || phase.value !== 'ready') return
      applyLoad(result)
      void refreshStorage()
    })
  }

  let unsubscribe = followState(client)
  let unsubscribeLoads = followLoads(client)

  let loading: Promise<void> | null = null

  /** The last progress report not shown yet (see LOAD_PROGRESS_INTERVAL_MS), and when it will be. */
  let heldProgress: LoadProgress | null = null
  let heldProgressTimer: ReturnType<typeof setTimeout> | undefined
  let progressShownAt = -Infinity

  function showProgress(progress: LoadProgress | null): void {
    clearTimeout(heldProgressTimer)
    heldProgressTimer = undefined
    heldProgress = null
    loadProgress.value = progress
    progressShownAt = performance.now()
  }

  /** A load's first report, the final ones and any after a pause are shown at once; others at most every
   *  LOAD_PROGRESS_INTERVAL_MS, the latest of them (none is lost at the end: the last is shown when it is due). */
  function reportProgress(progress: LoadProgress): void {
    const wait = progressShownAt + LOAD_PROGRESS_INTERVAL_MS - performance.now()
    if (loadProgress.value === null || wait <= 0 || isFinalProgress(progress)) {
      showProgress(progress)
      return
    }
    heldProgress = progress
    heldProgressTimer ??= setTimeout(() => showProgress(heldProgress), wait)
  }

  /** A load ended (or gave way to another): its held report, if any, is shown now or, for a stale load, dropped. */
  function settleProgress(current: boolean): void {
    if (heldProgress && current) showProgress(heldProgress)
    clearTimeout(heldProgressTimer)
    heldProgressTimer = undefined
    heldProgress = null
  }

  async function refreshStorage(): Promise<void> {
    try {
      const estimate = await navigator.storage?.estimate?.()
      storageUsage.value = estimate?.usage ?? null
    } catch {
      storageUsage.value = null
    }
  }

  /** Loads the model (download on first visit, IndexedDB afterwards). Safe to call repeatedly. */
  function load(): Promise<void> {
    if (loading) return loading
    phase.value = 'loading'
    loadError.value = null
    // A load that finishes after switchModel() belongs to a disposed client: it must not touch the state.
    const loadingClient = client
    const current = () => client === loadingClient
    loading = loadingClient
      .load((progress) => {
        if (!current()) return
        reportProgress(progress)
      })
      .then((result) => {
        if (!current()) return
        settleProgress(true)
        applyLoad(result)
        phase.value = 'ready'
        settleFirstModelLoad()
        void refreshStorage()
      })
      .catch((error: unknown) => {
        settleFirstModelLoad()
        if (current()) {
          // The error at once, with the last progress it stopped at (not a held report arriving after it).
          settleProgress(true)
          loadError.value = error
          phase.value = 'error'
          loading = null
        }
        throw error
      })
    return loading
  }

  /**
   * Another model folder: the current worker is stopped (a run in progress ends with ABORTED), and the
   * new model loads from its own cache entry or downloads. The text on the page is kept; useLiveAnalysis
   * reads it again once modelUrl changes.
   */
  function switchModel(url: string): Promise<void> {
    if (url === modelUrl.value) return load()
    return restartWith(url)
  }

  /** The same folder again in a fresh worker: a new version stored meanwhile (an update) is loaded. */
  function reloadModel(): Promise<void> {
    return restartWith(modelUrl.value)
  }

  function restartWith(url: string): Promise<void> {
    unsubscribe()
    unsubscribeLoads()
    client.dispose()
    disposeHelpers()
    client = clientFor(url)
    unsubscribe = followState(client)
    unsubscribeLoads = followLoads(client)
    workerState.value = client.state
    modelUrl.value = url
    modelGeneration.value++
    loading = null
    model.value = null
    backend.value = null
    settleProgress(false)
    showProgress(null)
    loadedFromCache.value = false
    manifestFromCache.value = false
    cacheError.value = null
    memory.value = null
    return load()
  }

  /** Several texts in one worker job, each windowed on its own (see NerModel.analyzeMany). */
  async function analyzeMany(
    texts: readonly string[],
    opts: { signal?: AbortSignal; onProgress?: (p: AnalyzeManyProgress) => void } = {},
  ): Promise<Entity[][]> {
    await load()
    const started = performance.now()
    const results = await client.analyzeMany(texts, opts)
    const chars = texts.reduce((sum, t) => sum + t.length, 0)
    lastAnalysis.value = { at: new Date(), ms: performance.now() - started, chars }
    return results
  }

  /**
   * Workers besides this one to share a run of `chars` characters with: up to `lanes - 1` helpers, once
   * the text is long enough to repay their start (each opens the model from IndexedDB and compiles the
   * runtime, a few hundred ms). Helpers only read a model stored in this browser, so they never download
   * anything; each releases itself after the same idle time.
   */
  function helperLanes(chars: number): AnalyzeMany[] {
    const stored = phase.value === 'ready' && model.value?.cached === true && !cacheError.value
    if (lanes <= 1 || chars < HELPER_MIN_CHARS || !stored) return []
    if (helpers.length === 0) helpers = Array.from({ length: lanes - 1 }, () => clientFor(modelUrl.value, 1))
    return helpers.map((helper): AnalyzeMany => (texts, opts) => helper.analyzeMany(texts, opts))
  }

  function disposeHelpers(): void {
    for (const helper of helpers) helper.dispose()
    helpers = []
  }

  /**
   * Removes the model in use from this browser's storage. With no model loaded (a stored copy too damaged to
   * load) the record its folder points to goes: clearCachedModels() without an id would remove every model.
   */
  async function clearCache(): Promise<void> {
    disposeHelpers()
    const id = model.value?.id
    if (id === undefined) await clearStoredModel({ modelUrl: modelUrl.value })
    else await clearCachedModels(id)
    if (model.value) model.value = { ...model.value, cached: false }
    await refreshStorage()
  }

  /**
   * What another tab did to the model in use, as useStoredModels found it: removed (its facts said "stored here",
   * with a Clear button, beside a choice list saying it was not: tabs QA) or stored again.
   */
  function noteStored(stored: boolean): void {
    if (!model.value || model.value.cached === stored) return
    model.value = { ...model.value, cached: stored }
  }

  let lastMemoryPoll = 0
  const timer = setInterval(async () => {
    now.value = Date.now()
    idleDeadline.value = client.idleDeadline()
    const running = workerState.value === 'ready' || workerState.value === 'busy'
    if (running && now.value - lastMemoryPoll >= MEMORY_POLL_MS) {
      lastMemoryPoll = now.value
      memory.value = await totalMemory([client, ...helpers])
    }
  }, POLL_MS)

  onScopeDispose(() => {
    clearInterval(timer)
    settleProgress(false)
    unsubscribe()
    unsubscribeLoads()
    client.dispose()
    disposeHelpers()
  })

  return {
    modelUrl,
    modelGeneration,
    phase,
    loadProgress,
    loadedFromCache,
    manifestFromCache,
    model,
    backend,
    loadError,
    cacheError,
    workerState,
    idleSecondsLeft,
    memory,
    lastAnalysis,
    storageUsage,
    lastLoad,
    load,
    refreshStorage,
    switchModel,
    reloadModel,
    analyzeMany,
    helperLanes,
    lanes,
    clearCache,
    noteStored,
  }
}

export type NerEngine = ReturnType<typeof useNerEngine>
