// What the NER worker exposes over Comlink. Kept apart from the worker entry (workers/ner.worker.ts)
// so tests can run the very same object in-process over a MessageChannel.
import { releaseProxy, type Remote } from 'comlink'
import { simd as detectSimd } from 'wasm-feature-detect'
import { loadModelFiles } from './loader'
import { manifestBytes } from './manifest'
import { NerModel, type OrtModule } from './model'
import {
  NerError, type AnalyzeManyProgress, type BackendInfo, type Entity, type LoadProgress, type ModelSummary,
  type SerializedNerError,
} from './types'

/** onnxruntime's WASM runtime, compiled: structured-cloneable from one worker to the next. */
export interface CompiledRuntime {
  url: string
  module: WebAssembly.Module
}

export interface WorkerLoadOptions {
  modelUrl: string
  threads: number
  checkForUpdates?: boolean
  /** A runtime compiled by an earlier worker, to instantiate instead of compiling again. */
  compiledRuntime?: CompiledRuntime
}

export interface WorkerLoadResult {
  model: ModelSummary
  backend: BackendInfo
  /** onnxruntime session creation alone. */
  sessionStartMs: number
  /** The whole load inside the worker: manifest, files (IndexedDB or network), verification, session. */
  loadMs: number
  /** The manifest and every runtime file came from IndexedDB: nothing was downloaded (see LoadedModelFiles). */
  fromCache: boolean
  /** manifest.json came from IndexedDB, not the site: the site may serve a newer version. */
  manifestFromCache: boolean
  /** Caching failed (QUOTA...): the model runs from memory and is downloaded again next time. */
  cacheError?: SerializedNerError
  /** The runtime this worker compiled, for the bridge to hand to the next worker. */
  compiledRuntime?: CompiledRuntime
  /** This worker instantiated a runtime compiled by an earlier one instead of compiling it. */
  runtimeReused: boolean
}

export interface MemoryReport {
  wasmBytes?: number
  jsHeapBytes?: number
}

type Callback<T> = ((value: T) => void) | Remote<(value: T) => void>

/** What `analyze` answers: the entities of each text, and how many progress messages went out before it. */
export interface AnalyzeReply {
  results: Entity[][]
  /** Progress travels on its own channel and may arrive after the reply: the page waits for this many
   *  (the worker does not wait for the page to receive them, see `analyze`). */
  progressMessages: number
}

export interface NerWorkerApi {
  load(options: WorkerLoadOptions, onProgress?: Callback<LoadProgress>): Promise<WorkerLoadResult>
  /** Analyzes each text on its own (see NerModel.analyzeMany). Jobs run one at a time in the order they
   *  arrive: the page may send the next one while this one runs, and it starts as soon as this one ends. */
  analyze(jobId: number, texts: string[], onProgress?: Callback<AnalyzeManyProgress>): Promise<AnalyzeReply>
  cancel(jobId: number): void
  memory(): MemoryReport
  /** Answers at once: the bridge's watchdog asks this while a job runs, to tell a slow worker from a dead one. */
  ping(): true
}

export interface WorkerEnvironment {
  ort: OrtModule
  /** WebAssembly memories created so far (see workers/wasm-runtime-hooks.ts). */
  wasmMemories?: () => readonly WebAssembly.Memory[]
  /** Captures and reuses onnxruntime's compiled WASM runtime (see workers/wasm-runtime-hooks.ts). */
  runtimeCache?: {
    compiled(): CompiledRuntime | undefined
    reused(): boolean
    /** Use a runtime compiled by an earlier worker, or start compiling one now. */
    prepare(given: CompiledRuntime | undefined): void
    /** The runtime's download this worker started (bytes so far, of about `total`); undefined when none was. */
    download?(): RuntimeDownload | undefined
  }
}

export interface RuntimeDownload {
  loaded: number
  total: number
  done: boolean
}

/** How often a load looks at the runtime's download while the session waits for it. */
const RUNTIME_PROGRESS_MS = 200

/**
 * Reports onnxruntime's own download (14.8 MB of WASM, as big as the model) while the session waits for it. The
 * model's bytes came first and the bar stood full on "Starting the model…" for up to 31 s on a slow line (first-visit
 * QA): the runtime and the model download side by side, and the runtime, the bigger one, ends last. Returns a stop.
 */
function reportRuntimeDownload(download: () => RuntimeDownload | undefined, report: (p: LoadProgress) => void): () => void {
  let reporting = false
  const look = () => {
    const d = download()
    if (!d) return
    if (!d.done) {
      reporting = true
      report({ phase: 'runtime', loaded: Math.min(d.loaded, d.total), total: d.total, fromCache: false })
    } else if (reporting) {
      reporting = false
      report({ phase: 'session', loaded: 0, total: 1, fromCache: false })
    }
  }
  const timer = setInterval(look, RUNTIME_PROGRESS_MS)
  return () => clearInterval(timer)
}

/** Errors cross postMessage as plain objects so the NerError code survives (Comlink keeps only the message
 *  of an Error). Any other error gets `fallback`'s code. */
function serializeError(error: unknown, fallback: SerializedNerError['code'] = 'MODEL'): SerializedNerError {
  if (error instanceof NerError) return { name: 'NerError', code: error.code, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  if (fallback === 'WORKER_CRASHED') {
    return { name: 'NerError', code: fallback, message: `The analysis failed in the NER worker: ${message}. The next request starts a fresh one.` }
  }
  return { name: 'NerError', code: fallback, message }
}

async function rethrowSerialized<T>(work: () => Promise<T>, fallback?: SerializedNerError['code']): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw serializeError(error, fallback)
  }
}

/** Calls a page callback through Comlink; resolves when the page has run it. A callback that throws
 *  must not fail the work, so its errors are dropped. */
function deliver<T>(callback: Callback<T> | undefined, value: T): Promise<unknown> {
  if (!callback) return Promise.resolve()
  return Promise.resolve((callback as (value: T) => unknown)(value)).catch(() => undefined)
}

function releaseCallback(callback: unknown): void {
  const release = (callback as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]
  if (typeof release === 'function') release.call(callback)
}

/** Lets queued messages (a cancel request) run between windows; a MessageChannel hop is not clamped like setTimeout. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Progress batches go out at most this often, so a long document does not flood the main thread. */
const PROGRESS_INTERVAL_MS = 50

export function createWorkerApi(env: WorkerEnvironment): NerWorkerApi {
  const { ort } = env
  let model: NerModel | undefined
  const cancelled = new Map<number, AbortController>()
  /** Settles when the last analysis job received has ended (the next one starts then). */
  let lastJob: Promise<unknown> = Promise.resolve()

  return {
    load(options, onProgress) {
      return rethrowSerialized(async () => {
        const started = performance.now()
        try {
          ort.env.wasm.numThreads = Math.max(1, options.threads)
          env.runtimeCache?.prepare(options.compiledRuntime)
          const loaded = await loadModelFiles({
            modelUrl: options.modelUrl,
            checkForUpdates: options.checkForUpdates,
            onProgress: onProgress && ((p) => void deliver(onProgress, p)),
          })
          void deliver(onProgress, { phase: 'session', loaded: 0, total: 1, fromCache: loaded.fromCache })
          const sessionStarted = performance.now()
          const previous = model
          const runtimeDownload = env.runtimeCache?.download
          const stopRuntimeReports = onProgress && runtimeDownload
            ? reportRuntimeDownload(() => runtimeDownload.call(env.runtimeCache), (p) => void deliver(onProgress, p))
            : () => undefined
          try {
            model = await NerModel.create(ort, loaded.manifest, loaded.files)
          } finally {
            stopRuntimeReports()
          }
          const sessionStartMs = performance.now() - sessionStarted
          await previous?.release()
          // Awaited: progress travels on its own channel, and 'ready' must arrive before the result.
          await deliver(onProgress, { phase: 'ready', loaded: 1, total: 1, fromCache: loaded.fromCache })
          const m = loaded.manifest
          return {
            model: {
              id: m.id, version: m.version, title: m.title, entityTypes: m.entity_types,
              metrics: m.metrics ?? null, bytes: manifestBytes(m), cached: loaded.cached,
            },
            backend: {
              backend: 'wasm',
              simd: await detectSimd(),
              threads: ort.env.wasm.numThreads ?? 1,
              crossOriginIsolated: globalThis.crossOriginIsolated === true,
            },
            sessionStartMs,
            loadMs: performance.now() - started,
            fromCache: loaded.fromCache,
            manifestFromCache: loaded.manifestFromCache,
            cacheError: loaded.cacheError ? serializeError(loaded.cacheError) : undefined,
            compiledRuntime: env.runtimeCache?.compiled(),
            runtimeReused: env.runtimeCache?.reused() ?? false,
          }
        } finally {
          releaseCallback(onProgress)
        }
      })
    },

    analyze(jobId, texts, onProgress) {
      // Registered at once, before the job's turn comes: a cancel for a job still waiting in line stops it
      // before it starts.
      const controller = new AbortController()
      cancelled.set(jobId, controller)
      const earlier = lastJob
      const job = rethrowSerialized(async () => {
        // Progress is batched (one message per PROGRESS_INTERVAL_MS, never mixing two texts).
        let pending: AnalyzeManyProgress | undefined
        let lastSent = 0
        let progressMessages = 0
        const flush = () => {
          if (pending) {
            // Not awaited: waiting for the page to take each message cost a round trip through a busy main
            // thread per job, with the worker idle meanwhile (QA trace: 38 idle gaps, 8.7 s, in a
            // 100,000-character analysis). The page counts the messages instead (AnalyzeReply).
            void deliver(onProgress, pending)
            progressMessages++
          }
          pending = undefined
          lastSent = performance.now()
        }
        try {
          await earlier
          if (!model) throw new NerError('MODEL', 'no model is loaded in the worker')
          const results = await model.analyzeMany(texts, {
            signal: controller.signal,
            yieldToEventLoop,
            onProgress: onProgress && ((p) => {
              if (pending && pending.textIndex !== p.textIndex) flush()
              pending = { ...p, entities: [...(pending?.entities ?? []), ...p.entities] }
              if (performance.now() - lastSent >= PROGRESS_INTERVAL_MS || p.windowsDone === p.windowsTotal) flush()
            }),
          })
          flush()
          return { results, progressMessages }
        } finally {
          cancelled.delete(jobId)
          releaseCallback(onProgress)
        }
        // A loaded model that throws something of its own while running (onnxruntime's WASM out of
        // memory, say) leaves a runtime not worth trusting: reported as a crash, so the bridge starts a
        // fresh worker, and the user is not told the model "could not be started".
      }, 'WORKER_CRASHED')
      lastJob = job.catch(() => undefined)
      return job
    },

    cancel(jobId) {
      cancelled.get(jobId)?.abort()
    },

    ping() {
      return true
    },

    memory() {
      const heap = (performance as { memory?: { usedJSHeapSize?: number } }).memory?.usedJSHeapSize
      const memories = env.wasmMemories?.() ?? []
      const wasmBytes = memories.length > 0 ? memories.reduce((sum, m) => sum + m.buffer.byteLength, 0) : undefined
      return { wasmBytes, jsHeapBytes: heap }
    },
  }
}

