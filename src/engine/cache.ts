// IndexedDB model cache (idb-keyval). Files are stored under "<model id>@<sha256>", so a new model
// version never reads an old file by mistake, and a file shared by two versions is stored once.
// One record per model id holds its manifest and the list of its files, so listing needs no file bytes.
import { createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval'
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

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** Wraps IndexedDB write failures: a full disk becomes QUOTA, anything else MODEL. */
async function write(what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (cause) {
    if (isQuotaError(cause)) {
      throw new NerError('QUOTA', `Browser storage is full: could not cache ${what}. The model still runs from memory and will be downloaded again next time.`, { cause })
    }
    throw new NerError('MODEL', `Could not cache ${what}: ${String(cause)}`, { cause })
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

  /** Records a complete model (all files stored) and drops files of its older versions. */
  async putModel(record: CachedModelRecord, modelUrl: string): Promise<void> {
    await write(`the manifest of ${record.id}`, async () => {
      await set(MODEL_PREFIX + record.id, record, this.store)
      await set(URL_PREFIX + modelUrl, record.id, this.store)
    })
    const keep = new Set(record.files.map((f) => fileKey(record.id, f.sha256)))
    const stale = (await this.fileKeys()).filter((k) => k.startsWith(filePrefix(record.id)) && !keep.has(k))
    await delMany(stale, this.store)
  }

  async list(): Promise<CachedModelRecord[]> {
    const modelKeys = (await keys(this.store)).filter((k): k is string => typeof k === 'string' && k.startsWith(MODEL_PREFIX))
    const records = await getMany<CachedModelRecord | undefined>(modelKeys, this.store)
    return records.filter((r): r is CachedModelRecord => r !== undefined)
  }

  /** Removes one model (or all) with its files and URL aliases. */
  async clear(id?: string): Promise<void> {
    const all = (await keys(this.store)).filter((k): k is string => typeof k === 'string')
    if (id === undefined) {
      await delMany(all, this.store)
      return
    }
    const urlKeys = all.filter((k) => k.startsWith(URL_PREFIX))
    const urlTargets = await getMany<string | undefined>(urlKeys, this.store)
    const doomed = all.filter((k) => k === MODEL_PREFIX + id || k.startsWith(filePrefix(id)))
    urlKeys.forEach((k, i) => { if (urlTargets[i] === id) doomed.push(k) })
    await delMany(doomed, this.store)
  }

  private async fileKeys(): Promise<string[]> {
    return (await keys(this.store)).filter((k): k is string => typeof k === 'string' && k.startsWith(FILE_PREFIX))
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
