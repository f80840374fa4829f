// IndexedDB model cache (idb-keyval). Files are stored under "<model id>@<sha256>", so a new model
// version never reads an old file by mistake, and a file shared by two versions is stored once.
// One record per model id holds its manifest and the list of its files, so listing needs no file bytes.
//
// Several tabs (and the worker beside the page) share the database, so a removal can run while a load
// writes. The record is written only in the transaction that sees all its files (putModel), a removal is
// one transaction too (clear), and whatever answers "stored" also checks that every listed file is there
// (by key: no file bytes are read). A record whose files are not all there is not a stored model.
import { createStore, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval'
import { NerError } from './types'

export interface CachedModelRecord {
  id: string
  /** sha256 of manifest.json as served. */
  hash: string
  manifestText: string
  files: { name: string; sha256: string; bytes: number }[]
  storedAt: number
}

const MODEL_PREFIX = 'model:'
const URL_PREFIX = 'url:'
const FILE_PREFIX = 'file:'

let defaultStore: UseStore | undefined
/** Created lazily: a module import must not open IndexedDB (Node commands never use it). */
export function modelStore(): UseStore {
  defaultStore ??= createStore('shiti-models', 'files')
  return defaultStore
}

function filePrefix(modelId: string): string {
  return `${FILE_PREFIX}${modelId}@`
}

function fileKey(modelId: string, sha256: string): string {
  return filePrefix(modelId) + sha256
}

/** Every key starting with `prefix` (keys are strings; '\uffff' sorts after any character they use). */
function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, prefix + '\uffff')
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return promisifyRequest(req)
}

/** The files of `record` that `fileKeys` (keys present in the store) lacks. */
function missingOf(record: CachedModelRecord, fileKeys: ReadonlySet<IDBValidKey>): CachedModelRecord['files'] {
  return record.files.filter((f) => !fileKeys.has(fileKey(record.id, f.sha256)))
}

/** A model record and which of its files are missing from IndexedDB (none: it is stored). */
export interface StoredModel {
  record: CachedModelRecord
  missing: CachedModelRecord['files']
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/**
 * Wraps IndexedDB write failures: a full disk becomes QUOTA, anything else NOT_STORED (storage disabled, as
 * IndexedDB is in some private modes, whose open fails with InvalidStateError). Either way only storing
 * failed, not the model: it must not read as a model that could not start.
 */
async function write(what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (cause) {
    if (isQuotaError(cause)) {
      throw new NerError('QUOTA', `Browser storage is full: could not cache ${what}. The model still runs from memory and will be downloaded again next time.`, { cause })
    }
    throw new NerError('NOT_STORED', `Could not cache ${what}: ${String(cause)}. The model still runs from memory and will be downloaded again next time.`, { cause })
  }
}

export class ModelCache {
  constructor(private readonly store: UseStore = modelStore()) {}

  async modelIdForUrl(modelUrl: string): Promise<string | undefined> {
    return get<string>(URL_PREFIX + modelUrl, this.store)
  }

  async getModel(id: string): Promise<CachedModelRecord | undefined> {
    return get<CachedModelRecord>(MODEL_PREFIX + id, this.store)
  }

  /**
   * The record for the model at `modelUrl` and the files of it IndexedDB lacks, read in one transaction
   * (keys only, no file bytes). undefined when there is no record.
   */
  async modelForUrl(modelUrl: string): Promise<StoredModel | undefined> {
    return this.store('readonly', async (s) => {
      const id = await request(s.get(URL_PREFIX + modelUrl)) as unknown
      if (typeof id !== 'string') return undefined
      const record = await request(s.get(MODEL_PREFIX + id)) as CachedModelRecord | undefined
      if (!record) return undefined
      const present = new Set(await request(s.getAllKeys(prefixRange(filePrefix(id)))))
      return { record, missing: missingOf(record, present) }
    })
  }

  async getFile(modelId: string, sha256: string): Promise<Uint8Array | undefined> {
    const value = await get<unknown>(fileKey(modelId, sha256), this.store)
    if (value instanceof Uint8Array) return value
    if (value instanceof ArrayBuffer) return new Uint8Array(value)
    return undefined // absent, or something that is not bytes (a corrupt entry): fetch again
  }

  async putFile(modelId: string, sha256: string, bytes: Uint8Array, name: string): Promise<void> {
    await write(name, () => set(fileKey(modelId, sha256), bytes, this.store))
  }

  async deleteFile(modelId: string, sha256: string): Promise<void> {
    await del(fileKey(modelId, sha256), this.store)
  }

  /**
   * Records a complete model and drops the files of its older versions, in one transaction that first
   * checks every file of the record is stored. When some are not (a removal ran since they were written,
   * in another tab or this one), nothing is written and those files are returned: store them again and
   * retry. An empty array means the model is stored.
   */
  async putModel(record: CachedModelRecord, modelUrl: string): Promise<CachedModelRecord['files']> {
    let missing: CachedModelRecord['files'] = []
    await write(`the manifest of ${record.id}`, () => this.store('readwrite', async (s) => {
      const present = await request(s.getAllKeys(prefixRange(filePrefix(record.id))))
      missing = missingOf(record, new Set(present))
      if (missing.length === 0) {
        const keep = new Set<IDBValidKey>(record.files.map((f) => fileKey(record.id, f.sha256)))
        s.put(record, MODEL_PREFIX + record.id)
        s.put(record.id, URL_PREFIX + modelUrl)
        for (const key of present) if (!keep.has(key)) s.delete(key)
      }
      await promisifyRequest(s.transaction)
    }))
    return missing
  }

  /** The models stored in full (a record some of whose files are gone is left out). */
  async list(): Promise<CachedModelRecord[]> {
    return this.store('readonly', async (s) => {
      const all = await request(s.getAllKeys())
      const present = new Set(all)
      const modelKeys = all.filter((k): k is string => typeof k === 'string' && k.startsWith(MODEL_PREFIX))
      const records = await Promise.all(modelKeys.map((k) => request(s.get(k)) as Promise<CachedModelRecord | undefined>))
      return records.filter((r): r is CachedModelRecord => r !== undefined && missingOf(r, present).length === 0)
    })
  }

  /**
   * Removes one model (or all) with its files and URL aliases, in one transaction, so that a load
   * committing its record meanwhile (putModel) sees either all of its files or none of them gone.
   */
  async clear(id?: string): Promise<void> {
    await this.store('readwrite', async (s) => {
      if (id === undefined) {
        s.clear()
      } else {
        s.delete(MODEL_PREFIX + id)
        s.delete(prefixRange(filePrefix(id)))
        const urlKeys = await request(s.getAllKeys(prefixRange(URL_PREFIX)))
        const targets = await Promise.all(urlKeys.map((k) => request(s.get(k)) as Promise<unknown>))
        urlKeys.forEach((k, i) => { if (targets[i] === id) s.delete(k) })
      }
      await promisifyRequest(s.transaction)
    })
  }
}

export async function listCachedModels(): Promise<{ id: string; hash: string; bytes: number; files: number }[]> {
  const records = await new ModelCache().list()
  return records.map((r) => ({
    id: r.id,
    hash: r.hash,
    bytes: r.files.reduce((sum, f) => sum + f.bytes, 0),
    files: r.files.length,
  }))
}

export async function clearCachedModels(id?: string): Promise<void> {
  await new ModelCache().clear(id)
}
