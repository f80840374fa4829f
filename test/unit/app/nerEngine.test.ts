// useNerEngine.switchModel with stand-in clients: the old worker is disposed, a load that the old client
// finishes late never overwrites the new model, and analysis goes to the new client.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

interface FakeClient {
  url: string
  disposed: boolean
  finishLoad: () => void
  failLoad: (error: unknown) => void
}
const clients: FakeClient[] = []

vi.mock('../../../src/engine', () => ({
  clearCachedModels: async () => undefined,
  createNerClient: ({ modelUrl }: { modelUrl: string }) => {
    let resolve!: (v: unknown) => void
    let reject!: (e: unknown) => void
    const loaded = new Promise((res, rej) => {
      resolve = res
      reject = rej
    })
    const fake: FakeClient = {
      url: modelUrl,
      disposed: false,
      finishLoad: () => resolve({
        model: { id: modelUrl, version: '1', title: modelUrl, entityTypes: ['PER'], metrics: {}, bytes: 1, cached: false },
        backend: { name: 'wasm', simd: true, threads: 1 },
      }),
      failLoad: (error) => reject(error),
    }
    clients.push(fake)
    return {
      state: 'stopped',
      onStateChange: () => () => undefined,
      idleDeadline: () => null,
      memory: async () => null,
      load: () => loaded,
      analyzeMany: async (texts: readonly string[]) => texts.map(() => [{ start: 0, end: 1, type: modelUrl, text: 'x', score: 1 }]),
      dispose: () => {
        fake.disposed = true
      },
    }
  },
}))

const { useNerEngine } = await import('../../../src/composables/useNerEngine')

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
