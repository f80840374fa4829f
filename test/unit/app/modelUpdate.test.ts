// useModelUpdate with a stand-in engine and backend: asks once per worker, only for a model that came from
// storage and only online; applying stores the new files and restarts the worker; a failure is shown.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useModelUpdate, type EngineForUpdate, type UpdateBackend } from '../../../src/composables/useModelUpdate'

function fakeEngine() {
  const engine = {
    modelUrl: ref('https://site/models/news/'),
    modelGeneration: ref(0),
    phase: ref('loading'),
    manifestFromCache: ref(true),
    reloadModel: vi.fn(async () => {
      engine.modelGeneration.value++
      engine.phase.value = 'loading'
      await nextTick()
      engine.phase.value = 'ready'
    }),
  }
  return engine satisfies EngineForUpdate
}

function fakeBackend(served: { version: string; bytes: number } | null) {
  const world = { served, checks: 0, stored: [] as string[] }
  const backend: UpdateBackend = {
    check: async () => {
      world.checks++
      return world.served ? { id: 'news', ...world.served } : null
    },
    store: async ({ modelUrl, onProgress }) => {
      onProgress?.({ phase: 'download', loaded: 5, total: 10, fromCache: false, overallLoaded: 5, overallTotal: 10 })
      world.stored.push(modelUrl)
      world.served = null // the stored copy is now the site's
      return { id: 'news', stored: true, bytes: 10 }
    },
  }
  return { backend, world }
}

const scopes: { stop(): void }[] = []
afterEach(() => scopes.splice(0).forEach((s) => s.stop()))

function setup(served: { version: string; bytes: number } | null) {
  const engine = fakeEngine()
  const { backend, world } = fakeBackend(served)
  const scope = effectScope()
  scopes.push(scope)
  const update = scope.run(() => useModelUpdate(engine, backend))!
  return { engine, backend, world, update }
}

describe('useModelUpdate', () => {
  it('asks once the stored model runs, offers the new version, and applies it: stored, worker restarted', async () => {
    const { engine, world, update } = setup({ version: '2.6.0', bytes: 1234 })
    expect(world.checks).toBe(0) // not while loading
    engine.phase.value = 'ready'
    await vi.waitFor(() => expect(update.available.value).toEqual({ id: 'news', version: '2.6.0', bytes: 1234 }))
    expect(world.checks).toBe(1)

    await update.apply()
    expect(world.stored).toEqual(['https://site/models/news/'])
    expect(engine.reloadModel).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(world.checks).toBe(2)) // the new worker's model is checked once too
    expect(update.available.value).toBeNull()
    expect(update.applying.value).toBe(false)
    expect(update.error.value).toBeNull()
  })

  it('does not ask for a model downloaded just now (it is the site\'s current one), nor twice for one worker', async () => {
    const { engine, world } = setup({ version: '2.6.0', bytes: 1 })
    engine.manifestFromCache.value = false
    engine.phase.value = 'ready'
    await nextTick()
    engine.phase.value = 'loading'
    engine.manifestFromCache.value = true
    await nextTick()
    engine.phase.value = 'ready'
    await vi.waitFor(() => expect(world.checks).toBe(1))
    engine.phase.value = 'error'
    await nextTick()
    engine.phase.value = 'ready'
    await nextTick()
    expect(world.checks).toBe(1)
  })

  it('shows a failed update and keeps offering it; the stored version stays in use', async () => {
    const { engine, backend, update } = setup({ version: '2.6.0', bytes: 1 })
    backend.store = async () => {
      throw Object.assign(new Error('quota'), { code: 'QUOTA' })
    }
    engine.phase.value = 'ready'
    await vi.waitFor(() => expect(update.available.value).not.toBeNull())
    await update.apply()
    expect(update.error.value).toMatchObject({ code: 'QUOTA' })
    expect(update.available.value).not.toBeNull()
    expect(engine.reloadModel).not.toHaveBeenCalled()
  })
})
