// useStoredModels with a stand-in storage backend and engine: what the Model tab shows for each shipped
// model, storing one without switching (progress, cancel), removing one, and no request before the tab asks.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { STORED_MODELS_CHANNEL, useStoredModels, type EngineForStorage, type StorageBackend } from '../../../src/composables/useStoredModels'
import type { ModelStorageStatus } from '../../../src/engine'
import type { LoadProgress } from '../../../src/engine/types'

const NEWS = 'shiti-news-v1'
const FINE = 'shiti-cluener-v1'
const urlOf = (id: string) => `https://site/models/${id}/`

function fakeEngine(currentId = NEWS) {
  const engine = {
    modelUrl: ref(urlOf(currentId)),
    phase: ref('idle'),
    model: ref<{ id: string; cached: boolean } | null>(null),
    clearCache: vi.fn(async () => undefined),
    refreshStorage: vi.fn(async () => undefined),
  }
  return engine satisfies EngineForStorage
}

/** A backend over an in-memory "IndexedDB": `stored` holds ids; `online` decides whether a manifest can be read. */
function fakeBackend(sizes: Record<string, number>) {
  const stored = new Set<string>()
  const world = { online: true, statusCalls: 0 }
  const backend: StorageBackend = {
    status: async ({ modelUrl }) => {
      world.statusCalls++
      const id = Object.keys(sizes).find((k) => urlOf(k) === modelUrl)!
      if (stored.has(id)) return { id, stored: true, bytes: sizes[id]! }
      return world.online ? { id, stored: false, bytes: sizes[id]! } : { id: null, stored: false, bytes: null }
    },
    store: async ({ modelUrl, onProgress, fetch: fetchFn }) => {
      const id = Object.keys(sizes).find((k) => urlOf(k) === modelUrl)!
      const total = sizes[id]!
      onProgress?.({ phase: 'download', loaded: 0, total, fromCache: false, overallLoaded: total / 4, overallTotal: total } satisfies LoadProgress)
      await fetchFn!(modelUrl + 'model.onnx') // the composable's fetch: cancel aborts it
      stored.add(id)
      return { id, stored: true, bytes: total } satisfies ModelStorageStatus
    },
    remove: vi.fn(async (id: string) => {
      stored.delete(id)
    }),
  }
  return { backend, stored, world }
}

afterEach(() => vi.unstubAllGlobals())

/** fetch that resolves at once, or (hang) only when its signal aborts. */
function stubFetch(hang: boolean) {
  vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => new Promise((resolve, reject) => {
    if (!hang) resolve(new Response(''))
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
  }))
}

const SIZES = { [NEWS]: 11_000_000, [FINE]: 12_000_000 }
const scopes: { stop(): void }[] = []
afterEach(() => scopes.splice(0).forEach((scope) => scope.stop()))

/** The composable over a stand-in engine (using `currentId`) and backend (holding `storedIds`). */
function setup(currentId = NEWS, storedIds: string[] = []) {
  const engine = fakeEngine(currentId)
  const { backend, stored, world } = fakeBackend(SIZES)
  storedIds.forEach((id) => stored.add(id))
  const scope = effectScope()
  scopes.push(scope)
  const storage = scope.run(() => useStoredModels(engine, urlOf, backend))!
  return { engine, backend, stored, world, storage }
}

describe('useStoredModels', () => {
  it('asks nothing until the Model tab refreshes, then tells stored and download sizes, keeping a size known before going offline', async () => {
    const { engine, storage, world } = setup(NEWS, [NEWS])
    engine.phase.value = 'ready'
    await nextTick()
    expect(world.statusCalls).toBe(0) // a visit that never opens the Model tab fetches no other manifest
    expect(storage.states[FINE]).toMatchObject({ stored: null, bytes: null })

    await storage.refresh()
    expect(storage.states[NEWS]).toMatchObject({ stored: true, bytes: 11_000_000 })
    expect(storage.states[FINE]).toMatchObject({ stored: false, bytes: 12_000_000 })

    world.online = false
    await storage.refresh()
    expect(storage.states[FINE]).toMatchObject({ stored: false, bytes: 12_000_000 })
  })

  it('tells the site\'s other tabs when it stores or removes a model, and their Model tab looks again', async () => {
    // A tab beside the one that stored a model never left the front, and went on offering to download it (QA).
    stubFetch(false)
    const here = setup(NEWS)
    const { backend, stored } = fakeBackend(SIZES)
    const scope = effectScope()
    scopes.push(scope)
    const there = scope.run(() => useStoredModels(fakeEngine(NEWS), urlOf, { ...backend, status: here.backend.status }))!
    await there.refresh()
    expect(there.states[FINE]!.stored).toBe(false)
    await here.storage.store(FINE)
    await vi.waitFor(() => expect(there.states[FINE]!.stored).toBe(true))
    await here.storage.remove(FINE)
    await vi.waitFor(() => expect(there.states[FINE]!.stored).toBe(false))
    expect(stored.size).toBe(0) // the other tab's own backend was not asked to do anything
  })

  it('stores a model without touching the one in use, with progress, then refreshes the storage figure', async () => {
    stubFetch(false)
    const { engine, storage, stored } = setup(NEWS)
    await storage.refresh()
    const progressSeen: (number | null)[] = []
    const done = storage.store(FINE)
    progressSeen.push(storage.states[FINE]!.progress)
    expect(storage.states[FINE]!.task).toBe('store')
    await done
    expect(progressSeen[0]).toBe(0.25)
    expect(storage.states[FINE]).toMatchObject({ stored: true, bytes: 12_000_000, task: null, progress: null, error: null })
    expect(stored.has(FINE)).toBe(true)
    expect(engine.modelUrl.value).toBe(urlOf(NEWS))
    expect(engine.refreshStorage).toHaveBeenCalled()
  })

  it('cancels a store: ABORTED, nothing recorded as stored', async () => {
    stubFetch(true)
    const { storage, stored } = setup(NEWS)
    await storage.refresh()
    const done = storage.store(FINE)
    await storage.store(FINE) // a second click while storing starts nothing
    storage.cancel(FINE)
    await done
    expect(storage.states[FINE]).toMatchObject({ stored: false, task: null, progress: null })
    expect(storage.states[FINE]!.error).toMatchObject({ code: 'ABORTED' })
    expect(stored.has(FINE)).toBe(false)
  })

  it('removes another model from storage directly, and clears the model in use through the engine', async () => {
    const { engine, storage, backend, stored } = setup(NEWS, [NEWS, FINE])
    engine.clearCache.mockImplementation(async () => {
      stored.delete(NEWS) // what the engine's clearCache does to IndexedDB
    })
    await storage.refresh()
    await storage.remove(FINE)
    expect(backend.remove).toHaveBeenCalledWith(FINE)
    expect(storage.states[FINE]!.stored).toBe(false)
    expect(engine.clearCache).not.toHaveBeenCalled()
    expect(storage.unstoredInUse.value).toBeNull() // the model in use is still stored

    await storage.clearInUse()
    expect(engine.clearCache).toHaveBeenCalledTimes(1)
    expect(backend.remove).toHaveBeenCalledTimes(1)
    expect(storage.states[NEWS]!.stored).toBe(false)
    expect(storage.unstoredInUse.value).toEqual({ anotherStored: false })
    stored.add(FINE)
    await storage.refresh()
    expect(storage.unstoredInUse.value).toEqual({ anotherStored: true })
  })

  it('tells the other tabs when the model in use is cleared (the Model tab\'s Clear), and their Model tab looks again', async () => {
    // The Model tab cleared the model in use through the engine alone: no message went out, and a tab beside it
    // went on saying "stored here" (review).
    const here = setup(NEWS, [NEWS, FINE])
    here.engine.clearCache.mockImplementation(async () => {
      here.stored.delete(NEWS)
    })
    const messages: unknown[] = []
    const listener = new BroadcastChannel(STORED_MODELS_CHANNEL)
    listener.addEventListener('message', (event) => messages.push(event.data))
    const scope = effectScope()
    scopes.push(scope)
    const there = scope.run(() => useStoredModels(fakeEngine(NEWS), urlOf, here.backend))!
    await there.refresh()
    expect(there.states[NEWS]!.stored).toBe(true)
    try {
      await here.storage.clearInUse()
      await vi.waitFor(() => expect(messages).toHaveLength(1))
      await vi.waitFor(() => expect(there.states[NEWS]!.stored).toBe(false))
      expect(there.states[FINE]!.stored).toBe(true)
      expect(here.backend.remove).not.toHaveBeenCalled() // the engine cleared it, so its facts follow
    } finally {
      listener.close()
    }
  })

  it('follows the engine once watching: a model that finishes loading shows as stored', async () => {
    const { engine, storage, stored } = setup(FINE)
    await storage.refresh()
    expect(storage.states[FINE]!.stored).toBe(false)
    stored.add(FINE) // what the worker's load does
    engine.phase.value = 'ready'
    engine.model.value = { id: FINE, cached: true }
    await vi.waitFor(() => expect(storage.states[FINE]!.stored).toBe(true))
  })
})
