// A first visit downloads onnxruntime's WASM (14.8 MB) beside the model (11.8 MB): the load must show the runtime's
// bytes while the session waits for them, not a full bar on "Starting the model…" (first-visit QA: up to 31 s).
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clearCachedModels } from '../../../src/engine/cache'
import { createWorkerApi, type RuntimeDownload } from '../../../src/engine/worker-api'
import type { LoadProgress } from '../../../src/engine/types'
import { configureOrt, ort } from '../../../scripts/lib/node-engine'
import { hasModel, TINY_MODEL_DIR, warnMissing } from '../support/models'
import { serveFolder, type StaticServer } from '../support/static-server'

warnMissing(TINY_MODEL_DIR, 'runtime download progress')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.runIf(hasModel(TINY_MODEL_DIR))('the runtime download in a load', () => {
  let server: StaticServer
  beforeAll(async () => {
    configureOrt(1)
    server = await serveFolder(TINY_MODEL_DIR)
  })
  afterAll(async () => {
    await server?.close()
  })

  /** A worker whose runtime arrives in steps: the session waits until the last byte is in, as onnxruntime does. */
  function slowRuntime(steps: number[]) {
    const download: RuntimeDownload = { loaded: 0, total: 1_000, done: false }
    const arrived = (async () => {
      for (const loaded of steps) {
        await sleep(250)
        download.loaded = loaded
      }
      await sleep(250)
      download.done = true
    })()
    const waitingOrt = {
      ...ort,
      InferenceSession: {
        create: async (...args: Parameters<typeof ort.InferenceSession.create>) => {
          await arrived
          // onnxruntime compiles the WASM after its last byte: time for the 200 ms poll to say "session" again.
          // Without it the poll raced the session's creation, and a loaded CI machine lost (CI of 6521299).
          await sleep(1_000)
          return ort.InferenceSession.create(...args)
        },
      },
    } as typeof ort
    return createWorkerApi({
      ort: waitingOrt,
      runtimeCache: { compiled: () => undefined, reused: () => false, prepare: () => undefined, download: () => download },
    })
  }

  it('reports the runtime\'s bytes after the model\'s, then the session again, then ready', async () => {
    await clearCachedModels()
    const reports: LoadProgress[] = []
    const api = slowRuntime([300, 700, 1_000])
    await api.load({ modelUrl: server.url, threads: 1 }, (p) => reports.push(p))
    const phases = reports.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1])
    expect(phases.slice(-4)).toEqual(['session', 'runtime', 'session', 'ready'])
    const runtime = reports.filter((p) => p.phase === 'runtime')
    expect(runtime.every((p) => p.total === 1_000 && p.loaded <= p.total)).toBe(true)
    const loaded = runtime.map((p) => p.loaded)
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b))
    expect(new Set(loaded).size).toBeGreaterThanOrEqual(2) // it moved
  })

  it('says nothing of a runtime already compiled (no download) and stops reporting once ready', async () => {
    const reports: LoadProgress[] = []
    const api = createWorkerApi({
      ort,
      runtimeCache: { compiled: () => undefined, reused: () => true, prepare: () => undefined, download: () => undefined },
    })
    await api.load({ modelUrl: server.url, threads: 1 }, (p) => reports.push(p))
    expect(reports.some((p) => p.phase === 'runtime')).toBe(false)
    const count = reports.length
    await sleep(500)
    expect(reports.length).toBe(count)
    expect(reports.at(-1)?.phase).toBe('ready')
  })
})
