// The main-thread side of the engine: a lazy, self-releasing bridge to the NER worker.
//
// - The worker is created on the first call and loads the model (IndexedDB first, network otherwise).
// - Jobs run one at a time, in call order. An analysis is posted to the worker while the one before it
//   still runs there (at most one waits in the worker), so the worker goes on to it at once instead of
//   waiting for the page to take the result and send the next: with a busy main thread that wait left
//   the worker idle for seconds over a long document (QA trace).
// - An AbortSignal cancels a job: queued jobs are dropped; a running one is asked to stop and, if it
//   does not within `cancelGraceMs`, the worker is terminated.
// - After `idleTimeoutMs` without work the worker is terminated, because WASM memory never shrinks;
//   the next call starts a fresh worker from the IndexedDB copy without the caller noticing.
// - A crashed worker rejects the running job with WORKER_CRASHED; the next call starts a fresh one.
//   So does one that dies without an error event (closed, or killed by the browser): while a job runs,
//   the worker is pinged, and one that answers nothing for `unresponsiveMs` is taken for dead.
import { proxy, releaseProxy, wrap, type Endpoint, type Remote } from 'comlink'
import { checkText, checkTexts } from './model'
import type { AnalyzeReply, CompiledRuntime, MemoryReport, NerWorkerApi, WorkerLoadResult } from './worker-api'
import {
  NerError, isNerErrorLike, type AnalyzeManyProgress, type AnalyzeProgress, type BackendInfo, type Entity, type LoadProgress,
  type ModelSummary, type WorkerState,
} from './types'

/** The part of `Worker` the bridge uses; tests pass an in-process stand-in. */
export interface WorkerLike extends Endpoint {
  terminate(): void
}

export interface NerClientOptions {
  /** Folder URL holding manifest.json. */
  modelUrl: string
  /** Terminate the idle worker after this long (default 30 000 ms). */
  idleTimeoutMs?: number
  /** onnxruntime threads (default: chooseThreads for this page). */
  threads?: number
  /** On an explicit `load()`, fetch manifest.json to pick up a new model version (default false: a
   *  cached model loads with no network request at all). Never done on the transparent restarts
   *  after an idle release, so analysing text makes no request. */
  checkForUpdates?: boolean
  /** How long a cancelled job may take to stop before its worker is terminated (default 250 ms). */
  cancelGraceMs?: number
  /** A worker that answers no ping for this long while a job runs is terminated and the job fails with
   *  WORKER_CRASHED (default 30 000 ms). The worker yields between windows, so only a dead or hung one
   *  stays silent: a slow download or a long text does not. */
  unresponsiveMs?: number
  /** Creates the worker (default: the bundled module worker). */
  createWorker?: () => WorkerLike
  /** Keep onnxruntime's compiled WASM runtime on this thread after the first worker compiled it, so
   *  restarts after an idle release skip the compile (hundreds of ms). Costs the compiled code's
   *  memory while the page lives (default true). */
  reuseCompiledRuntime?: boolean
}

export interface LoadResult {
  model: ModelSummary
  backend: BackendInfo
  sessionStartMs: number
  /** The whole worker-side load, IndexedDB or network included. */
  loadMs: number
  /** The manifest and every runtime file came from this browser's storage: nothing was downloaded. */
  fromCache: boolean
  /** manifest.json came from this browser's storage, not the site: the site may serve a newer version. */
  manifestFromCache: boolean
  /** Set when the model could not be cached (QUOTA...): it still runs from memory. */
  cacheError?: NerError
  /** The worker reused onnxruntime's WASM runtime compiled by an earlier worker (see reuseCompiledRuntime). */
  runtimeReused: boolean
}

export interface NerClient {
  load(onProgress?: (p: LoadProgress) => void): Promise<LoadResult>
  analyze(text: string, opts?: { signal?: AbortSignal; onProgress?: (p: AnalyzeProgress) => void }): Promise<Entity[]>
  /** Several texts in one worker call, each windowed on its own (results never depend on neighbours).
   *  Blank texts get no entities; `entities` of a progress event belong to `texts[p.textIndex]`. */
  analyzeMany(texts: readonly string[], opts?: { signal?: AbortSignal; onProgress?: (p: AnalyzeManyProgress) => void }): Promise<Entity[][]>
  readonly state: WorkerState
  onStateChange(cb: (s: WorkerState) => void): () => void
  /** Called with each load's result, the silent ones of a worker started again after an idle release or a crash
   *  included (analyze() does not return them): such a load may have stored the model anew, or found it gone. */
  onLoad(cb: (result: LoadResult) => void): () => void
  idleDeadline(): number | null
  memory(): Promise<MemoryReport | null>
  dispose(): void
}

interface RunningWorker {
  handle: WorkerLike
  remote: Remote<NerWorkerApi>
  /** Rejects when the worker reports an uncaught error, fails to start or stops responding. */
  crashed: Promise<never>
  /** Rejects `crashed` (the watchdog's verdict). */
  fail(error: NerError): void
  /** Rejects when the bridge terminates the worker (a job that would not stop, idle release, dispose): a job
   *  posted to it behind another one learns that it will never run there. */
  stopped: Promise<never>
  stop(): void
  loaded: boolean
  /** Set once stopped: its remote proxy is released and must not be used. */
  released: boolean
}

/** A job's place in line. */
interface Ticket {
  /** Resolves once the job has been posted to its worker, or has settled without being posted. */
  posted: Promise<void>
  /** Resolves once every job before it has settled. */
  earlierSettled: Promise<void>
  /** An analysis: the next analysis may be posted to the worker before this one settles. */
  pipelined: boolean
  /** Set when the job has resolved. */
  succeeded: boolean
  /** Resolves once the job has settled. */
  settled: Promise<void>
}

/**
 * onnxruntime's WASM threads for a page: `override` (the app's ?threads=) or half the cores, at most 4, when the
 * page is cross-origin isolated; else 1, since WASM threads need SharedArrayBuffer, which only an isolated page has
 * (a first visit before the service worker runs, Safari). Half: the cores left over run the page itself and the
 * app's one-thread helper workers (chooseLanes). The one rule for the app and the engine's default: the engine
 * had its own, min(4, cores), which the app never used (review).
 */
export function chooseThreads(crossOriginIsolated: boolean, hardwareConcurrency: number, override?: number): number {
  if (!crossOriginIsolated) return 1
  if (override !== undefined) return override
  return Math.max(1, Math.min(4, Math.floor(hardwareConcurrency / 2) || 1))
}

function defaultThreads(): number {
  return chooseThreads(globalThis.crossOriginIsolated === true, globalThis.navigator?.hardwareConcurrency ?? 1)
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../../workers/ner.worker.ts', import.meta.url), { type: 'module', name: 'shiti-ner' })
}

function toNerError(error: unknown): NerError {
  if (error instanceof NerError) return error
  if (isNerErrorLike(error)) return new NerError(error.code, error.message)
  return new NerError('WORKER_CRASHED', `The NER worker failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
}

const aborted = () => new NerError('ABORTED', 'the analysis was cancelled')

function toLoadResult(result: WorkerLoadResult): LoadResult {
  return {
    model: result.model,
    backend: result.backend,
    sessionStartMs: result.sessionStartMs,
    loadMs: result.loadMs,
    fromCache: result.fromCache,
    manifestFromCache: result.manifestFromCache,
    runtimeReused: result.runtimeReused,
    cacheError: result.cacheError ? new NerError(result.cacheError.code, result.cacheError.message) : undefined,
  }
}

export function createNerClient(options: NerClientOptions): NerClient {
  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000
  const cancelGraceMs = options.cancelGraceMs ?? 250
  const unresponsiveMs = options.unresponsiveMs ?? 30_000
  const threads = options.threads ?? defaultThreads()
  const createWorker = options.createWorker ?? defaultWorker
  // The worker resolves relative URLs against its own script's URL; resolve against the page instead.
  const modelUrl = globalThis.location ? new URL(options.modelUrl, globalThis.location.href).href : options.modelUrl

  let state: WorkerState = 'stopped'
  const listeners = new Set<(s: WorkerState) => void>()
  const loadListeners = new Set<(result: LoadResult) => void>()
  let worker: RunningWorker | undefined
  /** Settles once every job so far has settled. */
  let allSettled: Promise<void> = Promise.resolve()
  let lastTicket: Ticket | undefined
  let queued = 0
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let idleAt: number | null = null
  let nextJobId = 1
  let disposed = false
  let compiledRuntime: CompiledRuntime | undefined

  function setState(next: WorkerState): void {
    if (next === state) return
    state = next
    for (const listener of listeners) listener(next)
  }

  function stopWorker(next: WorkerState): void {
    clearIdle()
    if (!worker) return
    const { handle } = worker
    const stopped = worker
    worker = undefined
    handle.terminate()
    // Comlink keeps the worker's endpoint alive until its remote proxy is collected, and the worker's own error
    // listeners hold that proxy: without this, every worker ever stopped (idle release, model switch) stayed in
    // memory with its listeners (lifecycle QA: 13 Worker objects after 12 model switches, 1 with it). A released
    // proxy throws when used: the jobs still racing on this worker end through `stopped` below.
    stopped.remote[releaseProxy]()
    stopped.released = true
    stopped.stop()
    setState(next)
  }

  function clearIdle(): void {
    if (idleTimer !== undefined) clearTimeout(idleTimer)
    idleTimer = undefined
    idleAt = null
  }

  function scheduleIdle(): void {
    clearIdle()
    if (!worker || queued > 0) return
    idleAt = Date.now() + idleTimeoutMs
    idleTimer = setTimeout(() => stopWorker('released'), idleTimeoutMs)
  }

  function spawn(): RunningWorker {
    const handle = createWorker()
    let fail: (error: NerError) => void = () => undefined
    const crashed = new Promise<never>((_, reject) => {
      fail = reject
      const onError = (event: Event) => {
        const detail = (event as ErrorEvent).message
        // A worker whose script could not be fetched fails with a bare error event before it has loaded anything: the
        // network went off while a first visit was still loading, with nothing cached yet. No crash (final QA: the page
        // said the analysis thread crashed, perhaps out of memory); the next request tries again.
        if (!detail && !running.loaded && globalThis.navigator?.onLine === false) {
          reject(new NerError('NETWORK', 'The NER worker could not be downloaded: the network is off. The next request tries again.'))
          return
        }
        reject(new NerError('WORKER_CRASHED', `The NER worker crashed${detail ? `: ${detail}` : ''}. The next request starts a fresh one.`))
      }
      handle.addEventListener('error', onError as EventListener)
      handle.addEventListener('messageerror', onError as EventListener)
    })
    crashed.catch(() => undefined) // observed through Promise.race in each job
    let stop: () => void = () => undefined
    const stopped = new Promise<never>((_, reject) => {
      stop = () => reject(new NerError('WORKER_CRASHED', 'The NER worker was stopped. The next request starts a fresh one.'))
    })
    stopped.catch(() => undefined)
    const running: RunningWorker = { handle, remote: wrap<NerWorkerApi>(handle), crashed, fail, stopped, stop, loaded: false, released: false }
    return running
  }

  /** Pings whichever worker is current until stopped; fails one that leaves a ping unanswered for
   *  `unresponsiveMs`. Silence is timed from the unanswered ping, not from the last answer, so timers
   *  throttled in a background tab (once a minute) do not make a live worker look dead. */
  function startWatchdog(): () => void {
    let watched: RunningWorker | undefined
    let unansweredSince: number | undefined
    const timer = setInterval(() => {
      const current = worker
      if (!current) return
      if (current !== watched) {
        watched = current
        unansweredSince = undefined
      }
      if (unansweredSince !== undefined) {
        if (Date.now() - unansweredSince >= unresponsiveMs) {
          current.fail(new NerError('WORKER_CRASHED', `The NER worker stopped responding for ${Math.round(unresponsiveMs / 1000)} s. The next request starts a fresh one.`))
        }
        return
      }
      const sentAt = Date.now()
      unansweredSince = sentAt
      current.remote.ping().then(() => {
        if (watched === current && unansweredSince === sentAt) unansweredSince = undefined
      }, () => undefined)
    }, Math.max(1, Math.floor(unresponsiveMs / 4)))
    return () => clearInterval(timer)
  }

  /** `onProgress` is given by an explicit load(); restarts inside analyze() load silently. */
  async function ensureWorker(onProgress?: (p: LoadProgress) => void): Promise<{ running: RunningWorker; result?: WorkerLoadResult }> {
    if (worker?.loaded && !onProgress) return { running: worker }
    if (!worker) {
      setState('starting')
      worker = spawn()
    }
    const running = worker
    const loadOptions = {
      modelUrl,
      threads,
      checkForUpdates: Boolean(onProgress && options.checkForUpdates),
      compiledRuntime,
    }
    const result = await Promise.race([
      running.remote.load(loadOptions, onProgress ? proxy(onProgress) : undefined),
      running.crashed,
    ])
    running.loaded = true
    if (result.compiledRuntime && options.reuseCompiledRuntime !== false) compiledRuntime = result.compiledRuntime
    const told = toLoadResult(result)
    for (const listener of loadListeners) listener(told)
    return { running, result }
  }

  /**
   * Runs `job` after every earlier job; handles abort, crash and the idle timer around it. A `pipelined` job
   * (an analysis) following another analysis is posted to the worker once that one is posted and all before
   * it have settled: the worker runs them in order (worker-api.ts), so it starts this one as soon as the
   * other ends. Should the worker be lost before the job ahead of it succeeded (that job crashed it, or was
   * cancelled and would not stop), the job never ran there: it runs again, once that job has settled, in a
   * fresh worker, as it would have without pipelining.
   */
  function enqueue<T>(signal: AbortSignal | undefined, job: (running: RunningWorker, jobId: number) => Promise<T>,
    onProgress?: (p: LoadProgress) => void, pipelined = false): Promise<T & { loadResult?: WorkerLoadResult }> {
    if (disposed) return Promise.reject(new NerError('ABORTED', 'the NER client was disposed'))
    if (signal?.aborted) return Promise.reject(aborted())
    clearIdle()
    queued++
    const ahead = pipelined && lastTicket?.pipelined ? lastTicket : undefined
    const earlierSettled = allSettled
    const turn = ahead ? Promise.all([ahead.posted, ahead.earlierSettled]) : earlierSettled
    let markPosted: () => void = () => undefined
    const ticket: Ticket = { posted: new Promise((resolve) => (markPosted = resolve)), earlierSettled, pipelined, succeeded: false, settled: earlierSettled }
    /** The job ahead may still be running in the worker this job is posted to. */
    const behindAnother = () => ahead !== undefined && !ahead.succeeded
    const attempt = async (canRetry: boolean): Promise<T & { loadResult?: WorkerLoadResult }> => {
      if (signal?.aborted) throw aborted()
      if (disposed) throw new NerError('ABORTED', 'the NER client was disposed')
      let running: RunningWorker | undefined
      let onAbort: (() => void) | undefined
      let graceTimer: ReturnType<typeof setTimeout> | undefined
      const stopWatchdog = startWatchdog()
      try {
        const abortPromise = new Promise<never>((_, reject) => {
          onAbort = () => {
            // (not on a worker already stopped: its released proxy would throw)
            if (running && !running.released) void running.remote.cancel(jobId).catch(() => undefined)
            // Give the worker a moment to stop on its own; otherwise terminate it. A job that stopped in
            // time has settled and cleared this timer: the worker may be running the next job by then. A job
            // still waiting behind another in the worker is dropped there when its turn comes: that other
            // job's worker is not terminated for it.
            const waiting = !running || behindAnother()
            graceTimer = setTimeout(() => {
              // Rejected first, so that the job fails as cancelled, not as stopped.
              reject(aborted())
              if (!waiting && worker === running) stopWorker('stopped')
            }, waiting ? 0 : cancelGraceMs)
          }
          signal?.addEventListener('abort', onAbort, { once: true })
        })
        abortPromise.catch(() => undefined)
        const started = await Promise.race([ensureWorker(onProgress), abortPromise])
        running = started.running
        setState('busy')
        const result = job(running, jobId)
        markPosted()
        // The worker's loss first: a job posted to a worker stopped meanwhile fails as stopped, not as a use of its
        // released proxy.
        const value = await Promise.race([running.crashed, running.stopped, result, abortPromise])
        // Jobs settle in call order: this one's result may come before the last progress of the one ahead.
        if (ahead) await ahead.settled
        return Object.assign(value as object, { loadResult: started.result }) as T & { loadResult?: WorkerLoadResult }
      } catch (error) {
        if (disposed) throw new NerError('ABORTED', 'the NER client was disposed')
        const nerError = toNerError(error)
        if (nerError.code === 'WORKER_CRASHED' && canRetry && running && behindAnother()) {
          // Lost before its turn came: wait for the job ahead (it settles with the loss), then run again.
          await ahead!.settled
          return attempt(false)
        }
        if (nerError.code === 'WORKER_CRASHED' && running && worker === running) stopWorker('stopped')
        if (nerError.code === 'WORKER_CRASHED' && !running && worker) stopWorker('stopped')
        // A model that failed to load leaves nothing worth keeping in memory: the worker goes now, and the
        // status line says "not started" rather than, 30 s later, "released after idle".
        else if (nerError.code !== 'ABORTED' && !running && worker && !worker.loaded) stopWorker('stopped')
        throw nerError
      } finally {
        stopWatchdog()
        if (graceTimer !== undefined) clearTimeout(graceTimer)
        if (onAbort) signal?.removeEventListener('abort', onAbort)
      }
    }
    const jobId = nextJobId++
    const run = turn.then(() => attempt(true)).finally(() => {
      markPosted()
      queued--
      if (worker && queued === 0) {
        setState('ready')
        scheduleIdle()
      }
    })
    ticket.settled = run.then(() => {
      ticket.succeeded = true
    }, () => undefined)
    lastTicket = ticket
    allSettled = Promise.all([earlierSettled, ticket.settled]).then(() => undefined)
    return run
  }

  async function runAnalysis(texts: string[], signal: AbortSignal | undefined,
    onProgress: ((p: AnalyzeManyProgress) => void) | undefined): Promise<Entity[][]> {
    const { results } = await enqueue(signal, async (running, jobId) => {
      // Progress comes on its own channel and the worker does not wait for it to arrive (worker-api.ts):
      // the result waits here until every progress message sent before it has been handed on.
      let received = 0
      let expected = Infinity
      let allReceived: () => void = () => undefined
      const forward = onProgress && ((p: AnalyzeManyProgress) => {
        received++
        try {
          onProgress(p)
        } finally {
          if (received >= expected) allReceived()
        }
      })
      const reply: AnalyzeReply = await running.remote.analyze(jobId, texts, forward ? proxy(forward) : undefined)
      expected = reply.progressMessages
      if (forward && received < expected) await new Promise<void>((resolve) => (allReceived = resolve))
      return { results: reply.results }
    }, undefined, true)
    return results
  }

  return {
    get state() {
      return state
    },

    async load(onProgress) {
      // Ask the browser to keep the cached model under storage pressure (a Window-only API).
      void globalThis.navigator?.storage?.persist?.().catch(() => false)
      const forward = onProgress ?? (() => undefined)
      if (worker) worker.loaded = false // an explicit load always reports fresh progress
      const { loadResult } = await enqueue(undefined, async () => ({}), forward)
      return toLoadResult(loadResult!)
    },

    async analyze(text, opts = {}) {
      checkText(text) // bad input fails fast, without starting a worker
      const onProgress = opts.onProgress
      const [entities] = await runAnalysis([text], opts.signal, onProgress && (({ textIndex: _, ...p }) => onProgress(p)))
      return entities!
    },

    async analyzeMany(texts, opts = {}) {
      checkTexts(texts)
      return runAnalysis([...texts], opts.signal, opts.onProgress)
    },

    onStateChange(cb) {
      listeners.add(cb)
      return () => listeners.delete(cb)
    },

    onLoad(cb) {
      loadListeners.add(cb)
      return () => loadListeners.delete(cb)
    },

    idleDeadline() {
      return idleAt
    },

    async memory() {
      if (!worker) return null
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000))
      return Promise.race([worker.remote.memory().catch(() => null), timeout])
    },

    dispose() {
      disposed = true
      stopWorker('stopped')
      listeners.clear()
      loadListeners.clear()
    },
  }
}
