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
    lastLoad: ref<{ stored: boolean; downloaded: boolean } | null>(null),
    clearCache: vi.fn(async () => undefined),
    refreshStorage: vi.fn(async () => undefined),
    noteStored: vi.fn((stored: boolean) => {
      if (engine.model.value) engine.model.value = { ...engine.model.value, cached: stored }
    }),
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

  it('keeps a tab\'s facts about the model in use with its list when another tab clears it, and both say stored once a load stores it again', async () => {
    // Tabs QA: after tab A cleared the model, tab B's list said "not stored" and its facts "stored here", with a
    // Clear button; once B's next load stored it again, A went on saying "not stored", even after its own next load
    // read it from storage.
    const a = setup(NEWS, [NEWS])
    a.engine.clearCache.mockImplementation(async () => {
      a.stored.delete(NEWS)
    })
    const bEngine = fakeEngine(NEWS)
    const scope = effectScope()
    scopes.push(scope)
    const b = scope.run(() => useStoredModels(bEngine, urlOf, a.backend))!
    for (const engine of [a.engine, bEngine]) {
      engine.phase.value = 'ready'
      engine.model.value = { id: NEWS, cached: true }
    }
    await Promise.all([a.storage.refresh(), b.refresh()])
    bEngine.refreshStorage.mockClear()

    await a.storage.clearInUse()
    await vi.waitFor(() => expect(b.states[NEWS]!.stored).toBe(false))
    expect(bEngine.model.value).toEqual({ id: NEWS, cached: false }) // no "stored here", no Clear button
    expect(bEngine.refreshStorage).toHaveBeenCalled() // the storage figure too

    // B's worker, released after idle, starts again at B's next analysis: it downloads the model and stores it.
    a.stored.add(NEWS)
    bEngine.lastLoad.value = { stored: true, downloaded: true }
    await vi.waitFor(() => expect(b.states[NEWS]!.stored).toBe(true))
    await vi.waitFor(() => expect(a.storage.states[NEWS]!.stored).toBe(true)) // told over the channel
    expect(a.engine.model.value).toEqual({ id: NEWS, cached: true })
    expect(bEngine.model.value).toEqual({ id: NEWS, cached: true })
  })

  it('looks again after a load of its own that read the model from storage, and tells no other tab', async () => {
    const a = setup(NEWS)
    a.engine.phase.value = 'ready'
    a.engine.model.value = { id: NEWS, cached: false }
    await a.storage.refresh()
    expect(a.storage.states[NEWS]!.stored).toBe(false)
    const messages: unknown[] = []
    const listener = new BroadcastChannel(STORED_MODELS_CHANNEL)
    listener.addEventListener('message', (event) => messages.push(event.data))
    try {
      a.stored.add(NEWS) // stored meanwhile by another tab that said nothing (an older build of the site)
      a.engine.lastLoad.value = { stored: true, downloaded: false } // a worker's restart read it from storage
      await vi.waitFor(() => expect(a.storage.states[NEWS]!.stored).toBe(true))
      expect(a.engine.model.value).toEqual({ id: NEWS, cached: true })
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(messages).toEqual([]) // nothing stored anew: no message, so no tab answers another's refresh with one
    } finally {
      listener.close()
    }
  })

  it('keeps the latest answer when an earlier check answers after it', async () => {
    // A check asked while the model was still being stored waits on the site for the download size: its "not stored"
    // came after the "stored" of the check that followed the load.
    const { engine, backend, stored, storage } = setup(NEWS)
    engine.phase.value = 'ready'
    engine.model.value = { id: NEWS, cached: true }
    const slow: (() => void)[] = []
    const status = backend.status
    backend.status = async (options) => {
      const answer = await status(options)
      if (answer.stored || options.modelUrl !== urlOf(NEWS)) return answer
      return new Promise((resolve) => slow.push(() => resolve(answer)))
    }
    const first = storage.refresh()
    await vi.waitFor(() => expect(slow.length).toBeGreaterThan(0))
    await nextTick() // (the phase's watcher looks too, once watching)
    stored.add(NEWS)
    await storage.refresh()
    expect(storage.states[NEWS]!.stored).toBe(true)
    slow.forEach((answer) => answer())
    await first
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(storage.states[NEWS]!.stored).toBe(true)
    expect(engine.model.value).toEqual({ id: NEWS, cached: true })
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
