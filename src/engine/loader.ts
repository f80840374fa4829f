// Model download, integrity check and caching. loadModelFiles runs in the worker; the storage queries
// (storeModel, modelStorageStatus, checkModelUpdate, clearStoredModel) run on the page too. Node tests drive
// it with fake-indexeddb and a local fetch. A cached model loads with no network request at all.
import { ModelCache, type CachedModelRecord, type StoredModel } from './cache'
import { manifestBytes, parseManifest, runtimeEntries, type Manifest, type ManifestFile } from './manifest'
import type { ModelFiles } from './model'
import { SHIPPED_MANIFEST_SHA256 } from './shipped-manifests'
import { NerError, type LoadProgress } from './types'

export interface LoadModelOptions {
  /** Folder URL holding manifest.json (with or without the trailing slash). */
  modelUrl: string
  onProgress?: (progress: LoadProgress) => void
  /** Fetch manifest.json even when a cached copy exists, and download the files that changed. */
  checkForUpdates?: boolean
  cache?: ModelCache
  fetch?: typeof fetch
  /**
   * sha256 of the manifest.json the site ships for a model id (or folder name): a stored copy of that model with
   * another manifest is used only once the site's own manifest.json is that one too (a newer version deployed
   * since this page was built). Defaults to the manifests this build ships (shipped-manifests.ts).
   */
  pinnedManifests?: Readonly<Record<string, string>>
}

export interface LoadedModelFiles {
  manifest: Manifest
  files: ModelFiles
  /** The manifest and every runtime file came from IndexedDB: nothing was downloaded. */
  fromCache: boolean
  /** manifest.json came from IndexedDB, not the site: the site may serve a newer version than this one. */
  manifestFromCache: boolean
  /** The model is complete in IndexedDB after this load. */
  cached: boolean
  /** Set when caching failed (typically QUOTA): the model still runs from memory. */
  cacheError?: NerError
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

function folderUrl(modelUrl: string): string {
  return modelUrl.endsWith('/') ? modelUrl : modelUrl + '/'
}

/** GET with clear errors; network failures and HTTP errors both become NETWORK. */
async function request(fetchFn: typeof fetch, url: string, init?: RequestInit): Promise<Response> {
  let response: Response
  try {
    response = await (init ? fetchFn(url, init) : fetchFn(url))
  } catch (cause) {
    throw new NerError('NETWORK', `Could not download ${url}: ${String(cause)}`, { cause })
  }
  if (!response.ok) throw new NerError('NETWORK', `Could not download ${url}: HTTP ${response.status}`)
  return response
}

/** Reads a response body chunk by chunk, reporting bytes as they arrive. */
async function readWithProgress(response: Response, expectedBytes: number, report: (loaded: number) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer())
  const reader = response.body.getReader()
  // Preallocate when the size is known (it is, from the manifest); grow only if the server sends more.
  let buffer = new Uint8Array(expectedBytes)
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (loaded + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.max(buffer.byteLength * 2, loaded + value.byteLength))
      grown.set(buffer.subarray(0, loaded))
      buffer = grown
    }
    buffer.set(value, loaded)
    loaded += value.byteLength
    report(loaded)
  }
  return buffer.byteLength === loaded ? buffer : buffer.slice(0, loaded)
}

/** manifest.json's text, checked, with the entries of the files the engine needs; throws MODEL. */
function readManifest(text: string, base: string): { manifest: Manifest; wanted: ManifestFile[] } {
  let manifest: Manifest
  try {
    manifest = parseManifest(JSON.parse(text))
  } catch (cause) {
    if (cause instanceof NerError) throw cause
    throw new NerError('MODEL', `manifest.json at ${base} is not a valid manifest: ${String(cause)}`, { cause })
  }
  return { manifest, wanted: runtimeEntries(manifest) }
}

/** A record IndexedDB holds of a model, the files of it that are missing, and whether its manifest reads. */
interface StoredCopy extends StoredModel {
  /**
   * false when the stored manifest does not read, or is not the text its record's hash was taken of: damaged
   * in storage, rewritten by another page of the origin (QA: a sibling project on <owner>.github.io changed the
   * CRF so that no person was ever found, hash untouched), or written by an older version of the site whose
   * manifests this one refuses. Such a copy is not a stored model (its files cannot be checked without a
   * manifest): a load replaces it from the network, and offline says it is damaged.
   */
  readable: boolean
  /**
   * false when this build ships another manifest for the model (pinnedManifests): the copy is used only once the
   * site's manifest.json matches it, since a page that rewrites the text can rewrite the hash beside it too.
   */
  confirmed: boolean
}

/** The pinned manifest hashes that apply to the model at `base` stored as `id`: by its id and by its folder. */
function pinsFor(pins: Readonly<Record<string, string>>, id: unknown, base: string): string[] {
  const folder = /\/models\/([^/?#]+)\/$/.exec(base)?.[1]
  return [typeof id === 'string' ? pins[id] : undefined, folder === undefined ? undefined : pins[folder]]
    .filter((hash): hash is string => hash !== undefined)
}

const textSha256 = (text: string) => sha256Hex(new TextEncoder().encode(text))

/**
 * The record IndexedDB holds of the model at `base` (a read error counts as no record). Only a readable
 * record with no missing file is a stored model: another tab may have removed files under it (see cache.ts).
 */
async function storedModel(cache: ModelCache, base: string, pins: Readonly<Record<string, string>>): Promise<StoredCopy | undefined> {
  const stored = await cache.modelForUrl(base).catch(() => undefined)
  if (!stored) return undefined
  try {
    const text = stored.record.manifestText
    if (typeof text !== 'string') throw new TypeError('no manifest text')
    const hash = await textSha256(text)
    if (hash !== stored.record.hash) throw new Error('the manifest is not the text its hash was taken of')
    readManifest(text, base)
    return { ...stored, readable: true, confirmed: pinsFor(pins, stored.record.id, base).every((pin) => pin === hash) }
  } catch {
    return { ...stored, readable: false, confirmed: false }
  }
}

/** The complete, readable copy IndexedDB holds of the model at `base`, if any (confirmed or not). */
async function storedCopy(cache: ModelCache, base: string, pins: Readonly<Record<string, string>>): Promise<StoredCopy | undefined> {
  const stored = await storedModel(cache, base, pins)
  return stored?.readable && stored.missing.length === 0 ? stored : undefined
}

/** How often a load stores the files that vanished before its record could be written, before giving up. */
const COMMIT_ATTEMPTS = 3

const totalBytes = (files: readonly { bytes: number }[]) => files.reduce((sum, f) => sum + f.bytes, 0)

/** A download that broke off is tried this many times in all, RETRY_DELAY_MS apart. */
const DOWNLOAD_ATTEMPTS = 2
const RETRY_DELAY_MS = 1000
/** What obtainFile returns when the model must be loaded again with the site's manifest. */
const RECHECK = Symbol('recheck')

/**
 * Runs `work` as the only holder of the lock `name` among this origin's tabs and workers, where the browser has
 * Web Locks (else at once). Two tabs opened together on a first visit both downloaded the model, and the second
 * download failed (net::ERR_CACHE_WRITE_FAILURE in 5 of 7 tries, QA) and told an online user to check the
 * network; now the second waits for the first and reads the file the first stored.
 */
async function oneAtATime<T>(name: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (!locks) return work()
  // Taken at once when free; else `onWait` says so before waiting: the second tab's load sat on "reading the model
  // description" with a full bar for the whole of the first tab's download (tabs QA).
  const now = await locks.request(name, { ifAvailable: true }, (lock) => (lock ? work().then((value) => ({ value })) : null))
  if (now) return now.value
  onWait?.()
  return locks.request(name, work)
}

/** A caching failure as a load reports it: NOT_STORED unless it already says what went wrong (QUOTA, …). */
function asNotStored(error: unknown): NerError {
  return error instanceof NerError ? error : new NerError('NOT_STORED', String(error), { cause: error })
}

/** The manifest a load goes by, where it came from, and what IndexedDB held of the model before the load. */
interface ChosenManifest {
  manifest: Manifest
  manifestText: string
  /** The runtime files of `manifest` (runtimeEntries). */
  wanted: ManifestFile[]
  manifestFromCache: boolean
  /** The record IndexedDB held of the model at `base`, readable or not. */
  stored: StoredCopy | undefined
  /** `stored`'s record when it is readable. */
  cachedRecord: CachedModelRecord | undefined
}

/**
 * Step 1 of loadModelFiles: the manifest from IndexedDB when we have a readable copy (confirmed, if this build
 * pins it), else from the network; a damaged record of another id is removed. Throws NETWORK, STORED_DAMAGED, MODEL.
 */
async function chooseManifest(options: LoadModelOptions, cache: ModelCache, base: string, fetchFn: typeof fetch): Promise<ChosenManifest> {
  options.onProgress?.({ phase: 'manifest', loaded: 0, total: 1, fromCache: false })
  // A record that lacks files still gives the manifest: the missing files are fetched in step 2.
  const stored = await storedModel(cache, base, options.pinnedManifests ?? SHIPPED_MANIFEST_SHA256)
  const cachedRecord = stored?.readable ? stored.record : undefined
  const damagedRecord = stored && !stored.readable ? stored.record : undefined
  const unconfirmed = Boolean(cachedRecord && !stored?.confirmed)
  let manifestText: string
  let manifestFromCache = false
  if (cachedRecord && !unconfirmed && !options.checkForUpdates) {
    manifestText = cachedRecord.manifestText
    manifestFromCache = true
  } else {
    try {
      manifestText = await (await request(fetchFn, base + 'manifest.json')).text()
    } catch (error) {
      if (damagedRecord && error instanceof NerError && error.code === 'NETWORK') {
        throw new NerError('STORED_DAMAGED', `The copy of ${String(damagedRecord.id)} stored in this browser is damaged `
          + `(its manifest does not read), and it could not be downloaded again: ${error.message}`, { cause: error })
      }
      // A copy this build does not ship, offline, is still used: it is most likely the model of an earlier build of
      // the site (a new build pins its own), and refusing it would leave a laptop with no network and no analysis.
      // Online the site's manifest decides (above); offline a rewritten copy gets through, a limit the README states.
      if (!cachedRecord) throw error
      manifestText = cachedRecord.manifestText // offline: the cached model is still good
      manifestFromCache = true
    }
  }
  const { manifest, wanted } = readManifest(manifestText, base)
  // The site's manifest replaces a damaged record: putModel overwrites one of the same id; one of another
  // id (and its files) would be left behind, unlisted, so it goes now.
  // (An id that is not a string is no id: clear() without one would remove every model.)
  const damagedId = damagedRecord?.id
  if (typeof damagedId === 'string' && damagedId !== manifest.id) await cache.clear(damagedId).catch(() => undefined)
  options.onProgress?.({ phase: 'manifest', loaded: 1, total: 1, fromCache: manifestFromCache })
  return { manifest, manifestText, wanted, manifestFromCache, stored, cachedRecord }
}

/**
 * Step 3 of loadModelFiles: writes the cache record of a complete, verified model, only once all its files are
 * seen stored. Files removed meanwhile (a removal in another tab, or in this one) are stored again from memory,
 * so the model ends up stored in full or, failing that, not at all. Returns why it was not stored, if it was not.
 */
async function commitRecord(cache: ModelCache, base: string, manifest: Manifest, manifestText: string,
  wanted: readonly ManifestFile[], files: ReadonlyMap<string, Uint8Array>): Promise<NerError | undefined> {
  const record: CachedModelRecord = {
    id: manifest.id,
    hash: await textSha256(manifestText),
    manifestText,
    files: wanted.map(({ name, sha256, bytes }) => ({ name, sha256, bytes })),
    storedAt: Date.now(),
  }
  try {
    for (let attempt = 1; ; attempt++) {
      const missing = await cache.putModel(record, base)
      if (missing.length === 0) return undefined
      if (attempt === COMMIT_ATTEMPTS) {
        throw new NerError('NOT_STORED', `Could not cache ${manifest.id}: its files were removed from browser storage while it was being stored (${missing.map((f) => f.name).join(', ')}). The model still runs from memory.`)
      }
      for (const file of missing) await cache.putFile(record.id, file.sha256, files.get(file.name)!, file.name)
    }
  } catch (error) {
    return asNotStored(error)
  }
}

export async function loadModelFiles(options: LoadModelOptions): Promise<LoadedModelFiles> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis)
  const cache = options.cache ?? new ModelCache()
  const base = folderUrl(options.modelUrl)
  const reportAll = (p: LoadProgress) => options.onProgress?.(p)

  // 1. Manifest: from IndexedDB or the network (chooseManifest).
  const { manifest, manifestText, wanted, manifestFromCache, stored, cachedRecord } = await chooseManifest(options, cache, base, fetchFn)

  // 2. Files: cached bytes are verified too, so a corrupt entry is noticed and fetched again.
  const files = new Map<string, Uint8Array>()
  let fromCache = true
  let cacheError: NerError | undefined
  const overallTotal = totalBytes(wanted)
  let overallDone = 0
  /** A file's verified bytes from IndexedDB, or downloaded (twice at most) and stored; RECHECK: load again with
   *  the site's manifest. One tab or worker of this origin at a time per file (see oneAtATime). */
  async function obtainFile(entry: ManifestFile, report: (p: LoadProgress) => void): Promise<Uint8Array | typeof RECHECK> {
    const stored = await verifiedStoredFile(entry, report)
    if (stored) return stored
    fromCache = false
    let bytes: Uint8Array
    for (let attempt = 1; ; attempt++) {
      try {
        bytes = await downloadVerified(fetchFn, base, entry, report)
        break
      } catch (error) {
        // The stored manifest, read without asking the network, can be older than the files the site serves
        // now (a new version under the same name): a stored file that has to be fetched again (removed,
        // damaged) then fails its check. The site's manifest settles it; only a second mismatch is the server's.
        if (error instanceof NerError && error.code === 'INTEGRITY' && manifestFromCache && !options.checkForUpdates) return RECHECK
        const network = error instanceof NerError && error.code === 'NETWORK'
        // A download that broke off is tried once more (another tab may have stored the file meanwhile); one the
        // caller cancelled is not.
        const cancelled = (error as { cause?: { name?: unknown } }).cause?.name === 'AbortError'
        if (network && !cancelled && attempt < DOWNLOAD_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS))
          const storedMeanwhile = await verifiedStoredFile(entry, report)
          if (storedMeanwhile) return storedMeanwhile
          continue
        }
        // Offline with a stored copy that lost this file (removed in another tab): say so, not just "no network".
        const lost = manifestFromCache && cachedRecord?.files.some((f) => f.sha256 === entry.sha256)
        if (!lost || !network) throw error
        throw new NerError('STORED_DAMAGED', `The copy of ${manifest.id} stored in this browser is incomplete: ${entry.name} is `
          + `missing or damaged (removed in another tab?), and it could not be downloaded: ${(error as Error).message}`, { cause: error })
      }
    }
    if (!cacheError) {
      report({ phase: 'cache', file: entry.name, loaded: 0, total: entry.bytes, fromCache: false })
      try {
        await cache.putFile(manifest.id, entry.sha256, bytes, entry.name)
        report({ phase: 'cache', file: entry.name, loaded: entry.bytes, total: entry.bytes, fromCache: false })
      } catch (error) {
        cacheError = asNotStored(error)
      }
    }
    return bytes
  }

  /** The file as IndexedDB holds it, if its bytes check out; a damaged copy is removed. */
  async function verifiedStoredFile(entry: ManifestFile, report: (p: LoadProgress) => void): Promise<Uint8Array | undefined> {
    const cached = await cache.getFile(manifest.id, entry.sha256).catch(() => undefined)
    if (!cached) return undefined
    report({ phase: 'verify', file: entry.name, loaded: 0, total: entry.bytes, fromCache: true })
    if (cached.byteLength === entry.bytes && (await sha256Hex(cached)) === entry.sha256) {
      report({ phase: 'verify', file: entry.name, loaded: entry.bytes, total: entry.bytes, fromCache: true })
      return cached
    }
    await cache.deleteFile(manifest.id, entry.sha256).catch(() => undefined)
    return undefined
  }

  for (const entry of wanted) {
    // Per-file progress, plus the whole model's: a file being verified or cached after its download
    // counts as fully loaded.
    const report = (p: LoadProgress) => reportAll({
      ...p, overallTotal, overallLoaded: overallDone + (p.phase === 'download' || p.fromCache ? p.loaded : p.total),
    })
    // While another tab (or worker) holds the file: no figures (the bar goes indeterminate), only what it waits on.
    const waiting = () => reportAll({ phase: 'wait', file: entry.name, loaded: 0, total: 0, fromCache: false })
    const bytes = await oneAtATime(`shiti-model-file:${entry.sha256}`, () => obtainFile(entry, report), waiting)
    if (bytes === RECHECK) return loadModelFiles({ ...options, cache, checkForUpdates: true })
    files.set(entry.name, bytes)
    overallDone += entry.bytes
  }

  // 3. Only a complete, verified model gets a cache record (commitRecord); one loaded whole from a record
  //    that lacked no file has one already.
  if (!cacheError && !(fromCache && manifestFromCache && stored?.missing.length === 0)) {
    cacheError = await commitRecord(cache, base, manifest, manifestText, wanted, files)
  }
  return { manifest, files, fromCache: fromCache && manifestFromCache, manifestFromCache, cached: !cacheError, cacheError }
}

/**
 * Removes what this browser stores of the model at `modelUrl`, whatever state it is in: a copy too damaged
 * to load (STORED_DAMAGED) gives no model to name, only the record its folder points to.
 */
export async function clearStoredModel(options: Pick<LoadModelOptions, 'modelUrl' | 'cache'>): Promise<void> {
  const cache = options.cache ?? new ModelCache()
  const id = await cache.modelIdForUrl(folderUrl(options.modelUrl))
  if (typeof id === 'string') await cache.clear(id)
}

/** Where a model folder stands in this browser. */
export interface ModelStorageStatus {
  /** The model id, when known (from the stored record or the manifest). */
  id: string | null
  /** A complete, verified copy is in IndexedDB: the model loads with no network at all. */
  stored: boolean
  /** Bytes of its runtime files (stored, or to download); null when not stored and the manifest is out of reach. */
  bytes: number | null
}

/**
 * Whether a model folder is stored, and how big it is. Reads IndexedDB first; only a model that is not
 * stored costs a request, for its manifest.json (to tell the download size), and offline that answers null.
 */
export async function modelStorageStatus(options: Pick<LoadModelOptions, 'modelUrl' | 'cache' | 'fetch' | 'pinnedManifests'>): Promise<ModelStorageStatus> {
  const cache = options.cache ?? new ModelCache()
  const base = folderUrl(options.modelUrl)
  const copy = await storedCopy(cache, base, options.pinnedManifests ?? SHIPPED_MANIFEST_SHA256) // every file present: a record alone is not enough
  const record = copy?.record
  const stored: ModelStorageStatus | undefined = record && { id: record.id, stored: true, bytes: totalBytes(record.files) }
  if (stored && copy?.confirmed) return stored
  // Without the site's manifest, a copy this build does not ship is what a load would use (see loadModelFiles).
  const unanswered: ModelStorageStatus = stored ?? { id: null, stored: false, bytes: null }
  // Known offline, nothing is asked: the request could only fail, and logged a network error in the console each
  // time the Model tab opened offline (final QA).
  if (globalThis.navigator?.onLine === false) return unanswered
  try {
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis)
    const text = await (await request(fetchFn, base + 'manifest.json')).text()
    // A copy this build does not ship is stored once the site serves that very manifest (a newer version).
    if (stored && (await textSha256(text)) === record?.hash) return stored
    const manifest = parseManifest(JSON.parse(text))
    return { id: manifest.id, stored: false, bytes: manifestBytes(manifest) }
  } catch {
    return unanswered
  }
}

/**
 * Downloads, verifies and stores a model without starting it, so that it works offline later (a model
 * the visitor has not switched to yet). Already stored files are checked, not fetched again. Fails when
 * the model cannot be stored (QUOTA), unlike a load, which runs from memory then.
 */
export async function storeModel(options: LoadModelOptions): Promise<ModelStorageStatus> {
  const loaded = await loadModelFiles(options)
  if (loaded.cacheError) throw loaded.cacheError
  let bytes = 0
  for (const file of loaded.files.values()) bytes += file.byteLength
  return { id: loaded.manifest.id, stored: true, bytes }
}

/** A newer model than the stored copy, as the site serves it now. */
export interface ModelUpdate {
  id: string
  version: string
  /** Bytes of the runtime files the stored copy lacks (0 when only the manifest changed). */
  bytes: number
}

/**
 * Whether the site serves another manifest.json than the stored copy's (one request, revalidated past the
 * HTTP cache), and what it would cost. null when none is stored, the manifest is unchanged, or it cannot
 * be read (offline, or a broken manifest: the stored model stays in use either way).
 */
export async function checkModelUpdate(options: Pick<LoadModelOptions, 'modelUrl' | 'cache' | 'fetch' | 'pinnedManifests'>): Promise<ModelUpdate | null> {
  const cache = options.cache ?? new ModelCache()
  const base = folderUrl(options.modelUrl)
  const record = (await storedCopy(cache, base, options.pinnedManifests ?? SHIPPED_MANIFEST_SHA256))?.record
  if (!record) return null
  try {
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis)
    const text = await (await request(fetchFn, base + 'manifest.json', { cache: 'no-cache' })).text()
    if ((await textSha256(text)) === record.hash) return null
    const manifest = parseManifest(JSON.parse(text))
    const stored = new Set(manifest.id === record.id ? record.files.map((f) => f.sha256) : [])
    return { id: manifest.id, version: manifest.version, bytes: totalBytes(runtimeEntries(manifest).filter((f) => !stored.has(f.sha256))) }
  } catch {
    return null
  }
}

async function downloadVerified(fetchFn: typeof fetch, base: string, entry: ManifestFile,
  report: (p: LoadProgress) => void): Promise<Uint8Array> {
  const url = base + entry.name
  report({ phase: 'download', file: entry.name, loaded: 0, total: entry.bytes, fromCache: false })
  const response = await request(fetchFn, url)
  let bytes: Uint8Array
  try {
    bytes = await readWithProgress(response, entry.bytes, (loaded) =>
      report({ phase: 'download', file: entry.name, loaded, total: entry.bytes, fromCache: false }))
  } catch (cause) {
    throw new NerError('NETWORK', `The download of ${url} broke off: ${String(cause)}`, { cause })
  }
  report({ phase: 'verify', file: entry.name, loaded: 0, total: entry.bytes, fromCache: false })
  const actual = await sha256Hex(bytes)
  if (actual !== entry.sha256) {
    throw new NerError('INTEGRITY', `${entry.name} is corrupt: its sha256 is ${actual}, the manifest says ${entry.sha256}`)
  }
  report({ phase: 'verify', file: entry.name, loaded: entry.bytes, total: entry.bytes, fromCache: false })
  return bytes
}
