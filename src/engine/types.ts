// Types shared by the engine, its worker, the Vue app and the Node commands.

/** One recognized entity. `start`/`end` are UTF-16 code unit offsets into the ORIGINAL text. */
export interface Entity {
  start: number
  end: number
  type: string
  text: string
  score: number
}

export interface LoadProgress {
  /** 'runtime': onnxruntime's WASM still downloading once the model's files are in (loaded and total: its bytes).
   *  'wait': another tab or worker of the site is downloading (or reading) this file; this load waits for it, then
   *  reads what it stored (loaded and total: 0). */
  phase: 'wait' | 'manifest' | 'download' | 'verify' | 'cache' | 'session' | 'runtime' | 'ready'
  file?: string
  loaded: number
  total: number
  fromCache: boolean
  /** Bytes of all the model's runtime files done so far (cached ones count as done), for one
   *  progress bar over the whole model; set in the download, verify and cache phases. */
  overallLoaded?: number
  overallTotal?: number
}

export interface BackendInfo {
  backend: 'wasm'
  simd: boolean
  threads: number
  crossOriginIsolated: boolean
}

export interface ModelSummary {
  id: string
  version: string
  title: string
  entityTypes: string[]
  metrics: unknown
  bytes: number
  cached: boolean
}

export interface AnalyzeProgress {
  windowsDone: number
  windowsTotal: number
  charsDone: number
  charsTotal: number
  /** Entities of the windows finished since the last callback, offsets into the full text. */
  entities: Entity[]
}

/** Progress of `analyzeMany`: the event's entities belong to `texts[textIndex]` (offsets into it);
 *  `charsDone`/`charsTotal` count all the texts together. */
export interface AnalyzeManyProgress extends AnalyzeProgress {
  textIndex: number
}

export type WorkerState = 'stopped' | 'starting' | 'ready' | 'busy' | 'released'

/** Every code a NerError can carry, as a value: the UI checks a caught error's code against it (useErrorText,
 *  errorCode), and the type below is derived from it so the two cannot drift apart. */
export const NER_ERROR_CODES = [
  'EMPTY_INPUT',
  'TOO_LARGE',
  'ABORTED',
  'WORKER_CRASHED',
  /** Browser storage is full: the model runs from memory and is downloaded again next visit. */
  'QUOTA',
  /** The model could not be stored for another reason (storage disabled, as in some private modes; its
   *  files removed while it was being stored): it runs from memory, and is downloaded again next visit. */
  'NOT_STORED',
  /** The copy stored in this browser is damaged or incomplete, and the network cannot replace it (offline). */
  'STORED_DAMAGED',
  /** A downloaded file does not match the manifest's sha256 (damaged on the way, or the server's files disagree). */
  'INTEGRITY',
  'NETWORK',
  'MODEL',
] as const

export type NerErrorCode = typeof NER_ERROR_CODES[number]

/** The engine's code of a caught error (a NerError, or one rebuilt from the worker), or undefined for anything
 *  else (a browser error, a string, null), read without a cast at each call site. */
export function errorCode(error: unknown): NerErrorCode | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return (NER_ERROR_CODES as readonly unknown[]).includes(code) ? code as NerErrorCode : undefined
}

/**
 * A failed load whose file the site answered it does not have (HTTP 404 or 410): the connection works, so "check the
 * connection" was the wrong advice (design QA). The engine gives every failed download the code NETWORK, an HTTP
 * error included (loader.ts `request`), and says the status in the message, which crosses the worker with the code.
 */
export function isMissingModelFile(error: unknown): boolean {
  if (errorCode(error) !== 'NETWORK') return false
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
  return typeof message === 'string' && /\bHTTP (404|410)\b/.test(message)
}

/** The one error type the engine throws; `code` says what went wrong without parsing messages. */
export class NerError extends Error {
  readonly code: NerErrorCode
  constructor(code: NerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'NerError'
    this.code = code
  }
}

/** Errors cross the worker boundary as plain objects; this rebuilds a NerError on the other side. */
export interface SerializedNerError {
  name: 'NerError'
  code: NerErrorCode
  message: string
}

export function isNerErrorLike(value: unknown): value is SerializedNerError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'NerError'
    && typeof (value as { code?: unknown }).code === 'string'
}

/** Texts above this size are refused outright; everything below is streamed window by window. */
export const MAX_TEXT_LENGTH = 20_000_000
