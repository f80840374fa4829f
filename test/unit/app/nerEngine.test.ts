// useNerEngine.switchModel with stand-in clients: the old worker is disposed, a load that the old client
// finishes late never overwrites the new model, and analysis goes to the new client.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, watch } from 'vue'
import type { LoadProgress } from '../../../src/engine'
import { ModelCache, clearCachedModels, listCachedModels } from '../../../src/engine/cache'

interface FakeClient {
  url: string
  threads: number
  disposed: boolean
  cached: boolean
  /** What the load result says came from storage (see LoadResult). */
  fromCache: boolean
  manifestFromCache: boolean
  finishLoad: () => void
  failLoad: (error: unknown) => void
  /** The progress callback the engine passed to load(). */
  report?: (progress: LoadProgress) => void
  /** A worker started again after an idle release loads silently (analyze() gives no result): its listeners hear. */
  silentLoad: (result: { cached: boolean; fromCache: boolean }) => void
}
const clients: FakeClient[] = []

// The real engine (its IndexedDB cache over fake-indexeddb), with stand-in clients.
vi.mock('../../../src/engine', async (importOriginal) => ({
  ...await importOriginal<typeof import('../../../src/engine')>(),
  createNerClient: ({ modelUrl, threads }: { modelUrl: string; threads: number }) => {
    let resolve!: (v: unknown) => void
    let reject!: (e: unknown) => void
    const loadListeners = new Set<(result: unknown) => void>()
    const result = (cached: boolean, fromCache: boolean, manifestFromCache: boolean) => ({
      model: { id: modelUrl, version: '1', title: modelUrl, entityTypes: ['PER'], metrics: {}, bytes: 1, cached },
      backend: { name: 'wasm', simd: true, threads: 1 },
      fromCache,
      manifestFromCache,
    })
    const loaded = new Promise((res, rej) => {
      resolve = res
      reject = rej
    })
    const fake: FakeClient = {
      url: modelUrl,
      threads,
      disposed: false,
      cached: false,
      fromCache: false,
      manifestFromCache: false,
      finishLoad: () => {
        const loaded = result(fake.cached, fake.fromCache, fake.manifestFromCache)
        loadListeners.forEach((listener) => listener(loaded)) // (as the real client: before load() resolves)
        resolve(loaded)
      },
      failLoad: (error) => reject(error),
      silentLoad: ({ cached, fromCache }) => loadListeners.forEach((listener) => listener(result(cached, fromCache, true))),
    }
    clients.push(fake)
    return {
      state: 'stopped',
      onStateChange: () => () => undefined,
      onLoad: (listener: (result: unknown) => void) => {
        loadListeners.add(listener)
        return () => loadListeners.delete(listener)
      },
      idleDeadline: () => null,
      memory: async () => null,
      load: (onProgress?: (progress: LoadProgress) => void) => {
        fake.report = onProgress
        return loaded
      },
      analyzeMany: async (texts: readonly string[]) => texts.map(() => [{ start: 0, end: 1, type: modelUrl, text: 'x', score: 1 }]),
      dispose: () => {
        fake.disposed = true
      },
    }
  },
}))

const { useNerEngine, LOAD_PROGRESS_INTERVAL_MS } = await import('../../../src/composables/useNerEngine')

beforeEach(() => {
  clients.length = 0
  vi.stubGlobal('navigator', { hardwareConcurrency: 2, storage: undefined })
})
afterEach(() => vi.unstubAllGlobals())

describe('useNerEngine.switchModel', () => {
  it('disposes the old client, ignores its late load, and analyses with the new model', async () => {
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    const first = engine.load()
    const switched = engine.switchModel('https://x/models/b/')
    expect(clients.map((c) => [c.url, c.disposed])).toEqual([['https://x/models/a/', true], ['https://x/models/b/', false]])
    expect(engine.modelUrl.value).toBe('https://x/models/b/')
    expect(engine.phase.value).toBe('loading')
    clients[0]!.finishLoad() // the old worker answers after the switch: it must not become the model
    await first
    expect(engine.model.value).toBeNull()
    clients[1]!.finishLoad()
    await switched
    expect(engine.model.value?.id).toBe('https://x/models/b/')
    expect(engine.phase.value).toBe('ready')
    expect((await engine.analyzeMany(['甲']))[0]![0]!.type).toBe('https://x/models/b/')
    // The same folder again is no switch: no new client.
    await engine.switchModel('https://x/models/b/')
    expect(clients).toHaveLength(2)
    expect(engine.modelGeneration.value).toBe(1)
    // A reload is: the same folder in a fresh worker (after an update stored a new version).
    const reloaded = engine.reloadModel()
    expect(clients.map((c) => [c.url, c.disposed])).toEqual([['https://x/models/a/', true], ['https://x/models/b/', true], ['https://x/models/b/', false]])
    expect(engine.modelGeneration.value).toBe(2)
    clients[2]!.finishLoad()
    await reloaded
    expect(engine.phase.value).toBe('ready')
    scope.stop()
  })

  it('a late failure of the old model is not shown as the new model\'s error', async () => {
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    const first = engine.load()
    const switched = engine.switchModel('https://x/models/b/')
    clients[0]!.failLoad(new Error('ABORTED'))
    await expect(first).rejects.toThrow('ABORTED')
    expect(engine.phase.value).toBe('loading')
    expect(engine.loadError.value).toBeNull()
    clients[1]!.finishLoad()
    await switched
    expect(engine.phase.value).toBe('ready')
    scope.stop()
  })
})

describe('useNerEngine.helperLanes', () => {
  const stored = async (cores: number, lanes?: number) => {
    vi.stubGlobal('navigator', { hardwareConcurrency: cores, storage: undefined })
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', lanes, warnings: [] }))!
    const loaded = engine.load()
    clients[0]!.cached = true
    clients[0]!.finishLoad()
    await loaded
    return { engine, scope }
  }

  it('shares a long text with one-thread helpers of the same model, one core left for the page', async () => {
    const { engine, scope } = await stored(4)
    expect(engine.lanes).toBe(3)
    expect(engine.helperLanes(19_999)).toEqual([]) // a short run stays on one worker
    expect(clients).toHaveLength(1)
    const helpers = engine.helperLanes(50_000)
    expect(helpers).toHaveLength(2)
    expect(clients.slice(1).map((c) => [c.url, c.threads])).toEqual([['https://x/models/a/', 1], ['https://x/models/a/', 1]])
    expect(await helpers[0]!(['甲'], {})).toEqual([[{ start: 0, end: 1, type: 'https://x/models/a/', text: 'x', score: 1 }]])
    engine.helperLanes(50_000) // the same helpers again
    expect(clients).toHaveLength(3)
    // Another model: the helpers go with the old one.
    const switched = engine.switchModel('https://x/models/b/')
    expect(clients.slice(0, 3).every((c) => c.disposed)).toBe(true)
    clients[3]!.finishLoad()
    await switched
    expect(engine.helperLanes(50_000)).toEqual([]) // b is not stored (cached: false): helpers would download it
    scope.stop()
  })

  it('keeps one worker on two cores, and ?lanes= overrides', async () => {
    const two = await stored(2)
    expect(two.engine.lanes).toBe(1)
    expect(two.engine.helperLanes(1_000_000)).toEqual([])
    two.scope.stop()
    clients.length = 0
    const forced = await stored(2, 2)
    expect(forced.engine.helperLanes(1_000_000)).toHaveLength(1)
    forced.scope.stop()
    expect(clients.every((c) => c.disposed)).toBe(true)
  })
})

describe('useNerEngine load progress', () => {
  const MB = 1_000_000
  const download = (loaded: number, total = 10 * MB): LoadProgress =>
    ({ phase: 'download', file: 'model.onnx', loaded, total, fromCache: false, overallLoaded: loaded, overallTotal: total })

  /** An engine loading, with every value its loadProgress takes recorded as it is set. */
  function loadingEngine() {
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    const shown: (LoadProgress | null)[] = []
    scope.run(() => watch(engine.loadProgress, (p) => shown.push(p), { flush: 'sync' }))
    const loaded = engine.load()
    return { engine, scope, shown, loaded, report: clients[0]!.report! }
  }

  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('passes a download reported at every chunk on to the page about four times a second, first and last at once', async () => {
    const { engine, scope, shown, loaded, report } = loadingEngine()
    // A 10 MB download in 100 kB chunks over 3 s, as the worker reports it.
    for (let chunk = 0; chunk <= 100; chunk++) {
      report(download(chunk * 100_000))
      if (chunk === 0) expect(shown).toEqual([download(0)]) // the first at once
      vi.advanceTimersByTime(30)
    }
    expect(shown.at(-1)).toEqual(download(10 * MB)) // the whole model, at once
    // 3 s at four a second, and the first and last: not the 101 reports.
    expect(shown.length).toBeGreaterThanOrEqual(10)
    expect(shown.length).toBeLessThanOrEqual(3000 / LOAD_PROGRESS_INTERVAL_MS + 2)
    const loadedBytes = shown.map((p) => p!.loaded)
    expect(loadedBytes).toEqual([...loadedBytes].sort((a, b) => a - b)) // in order
    report({ phase: 'session', loaded: 0, total: 1, fromCache: false })
    expect(engine.loadProgress.value?.phase).toBe('session') // the phases after the download at once
    clients[0]!.finishLoad()
    await loaded
    expect(engine.phase.value).toBe('ready')
    scope.stop()
  })

  it('shows the last report held back when the download pauses, and when the load fails', async () => {
    const { engine, scope, shown, loaded, report } = loadingEngine()
    report(download(0))
    report(download(1 * MB))
    expect(engine.loadProgress.value).toEqual(download(0))
    vi.advanceTimersByTime(LOAD_PROGRESS_INTERVAL_MS)
    expect(engine.loadProgress.value).toEqual(download(1 * MB)) // not lost while no other report comes
    report(download(2 * MB))
    clients[0]!.failLoad(Object.assign(new Error('offline'), { code: 'NETWORK' }))
    await expect(loaded).rejects.toThrow('offline')
    // The error at once, with the progress it stopped at; nothing arrives after it.
    expect(engine.phase.value).toBe('error')
    expect(engine.loadProgress.value).toEqual(download(2 * MB))
    const count = shown.length
    vi.advanceTimersByTime(10 * LOAD_PROGRESS_INTERVAL_MS)
    expect(shown).toHaveLength(count)
    scope.stop()
  })

  it('drops a report held back for a model switched away from', async () => {
    const { engine, scope, report } = loadingEngine()
    report(download(0))
    report(download(5 * MB))
    void engine.switchModel('https://x/models/b/')
    expect(engine.loadProgress.value).toBeNull()
    vi.advanceTimersByTime(10 * LOAD_PROGRESS_INTERVAL_MS)
    expect(engine.loadProgress.value).toBeNull()
    scope.stop()
  })
})

describe('useNerEngine.loadedFromCache', () => {
  it('says the model came from storage only when the whole of it did, as the load result says', async () => {
    // A stored model one file of which was downloaded again: the stored files' reports said fromCache, and the
    // Model tab said "loaded from this browser's storage, no download needed" (review).
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    const loaded = engine.load()
    const first = clients[0]!
    first.report!({ phase: 'manifest', loaded: 1, total: 1, fromCache: true })
    first.report!({ phase: 'verify', file: 'model.onnx', loaded: 1, total: 1, fromCache: true })
    first.report!({ phase: 'download', file: 'vocab.txt', loaded: 1, total: 1, fromCache: false })
    Object.assign(first, { cached: true, fromCache: false, manifestFromCache: true })
    first.finishLoad()
    await loaded
    expect(engine.loadedFromCache.value).toBe(false)
    expect(engine.manifestFromCache.value).toBe(true) // the site may serve a newer version: useModelUpdate asks

    const reloaded = engine.reloadModel()
    expect(engine.manifestFromCache.value).toBe(false)
    Object.assign(clients[1]!, { cached: true, fromCache: true, manifestFromCache: true })
    clients[1]!.finishLoad()
    await reloaded
    expect(engine.loadedFromCache.value).toBe(true)
    scope.stop()
  })
})

describe('useNerEngine: the model stored or not meanwhile', () => {
  it('takes in the silent load of a worker started again, and tells each load once (lastLoad)', async () => {
    // Tabs QA: a worker released after idle, started again by the next analysis, read the model from storage (or
    // downloaded and stored it again), and the Model tab went on saying "not stored".
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    const loads: unknown[] = []
    scope.run(() => watch(engine.lastLoad, (load) => loads.push(load), { flush: 'sync' }))
    const loaded = engine.load()
    Object.assign(clients[0]!, { cached: true, fromCache: false })
    clients[0]!.finishLoad()
    await loaded
    expect(loads).toEqual([{ stored: true, downloaded: true }]) // a first visit: stored anew
    expect(engine.loadedFromCache.value).toBe(false)

    engine.noteStored(false) // another tab removed it
    expect(engine.model.value?.cached).toBe(false)
    clients[0]!.silentLoad({ cached: true, fromCache: true })
    expect(engine.model.value?.cached).toBe(true)
    expect(engine.loadedFromCache.value).toBe(true)
    expect(loads.at(-1)).toEqual({ stored: true, downloaded: false })
    expect(loads).toHaveLength(2)
    scope.stop()
  })

  it('ignores a silent load of a client switched away from', async () => {
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    const first = engine.load()
    clients[0]!.finishLoad()
    await first
    const switched = engine.switchModel('https://x/models/b/')
    clients[1]!.finishLoad()
    await switched
    clients[0]!.silentLoad({ cached: true, fromCache: true })
    expect(engine.model.value?.id).toBe('https://x/models/b/')
    expect(engine.model.value?.cached).toBe(false)
    scope.stop()
  })
})

describe('useNerEngine.clearCache', () => {
  const SHA = 'a'.repeat(64)
  async function storeModels(ids: string[]): Promise<void> {
    const cache = new ModelCache()
    for (const id of ids) {
      await cache.putFile(id, SHA, new Uint8Array([1]), 'model.onnx')
      const record = { id, hash: 'h', manifestText: '{}', files: [{ name: 'model.onnx', sha256: SHA, bytes: 1 }], storedAt: 0 }
      expect(await cache.putModel(record, `https://x/models/${id}/`)).toEqual([])
    }
  }
  afterEach(() => clearCachedModels())

  it('with no model loaded (a stored copy too damaged to load), clears only what its folder points to', async () => {
    // clearCachedModels(undefined) removes every model: the other stored model went too (review).
    await storeModels(['a', 'b'])
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: 'https://x/models/a/', warnings: [] }))!
    expect(engine.model.value).toBeNull()
    await engine.clearCache()
    expect((await listCachedModels()).map((m) => m.id)).toEqual(['b'])
    scope.stop()
  })

  it('clears the loaded model by its id, and its facts say it is no longer stored', async () => {
    const url = 'https://x/models/a/'
    await storeModels([url, 'b']) // the stand-in client names its model after the folder
    const scope = effectScope()
    const engine = scope.run(() => useNerEngine({ modelUrl: url, warnings: [] }))!
    const loaded = engine.load()
    clients[0]!.cached = true
    clients[0]!.finishLoad()
    await loaded
    await engine.clearCache()
    expect(engine.model.value?.cached).toBe(false)
    expect((await listCachedModels()).map((m) => m.id)).toEqual(['b'])
    scope.stop()
  })
})
