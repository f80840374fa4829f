// The worker bridge: lazy start, ordered jobs, idle release and restart from IndexedDB, cancellation,
// crash recovery, bad input. The real worker API and model run in-process behind a MessageChannel.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createNerClient, type NerClient } from '../../../src/engine/client'
import { clearCachedModels } from '../../../src/engine/cache'
import { modelStorageStatus } from '../../../src/engine/loader'
import { createWorkerApi, type NerWorkerApi, type WorkerLoadOptions } from '../../../src/engine/worker-api'
import { MAX_TEXT_LENGTH, NerError, type LoadProgress, type WorkerState } from '../../../src/engine/types'
import { configureOrt, ort } from '../../../scripts/lib/node-engine'
import { hasModel, TINY_MODEL_DIR, warnMissing } from '../support/models'
import { serveFolder, type StaticServer } from '../support/static-server'
import { inProcessWorker, type TestWorker } from '../support/in-process-worker'

warnMissing(TINY_MODEL_DIR, 'worker bridge tests')

const SENTENCE = '习近平在北京会见了联合国秘书长古特雷斯。'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.runIf(hasModel(TINY_MODEL_DIR))('createNerClient', () => {
  let server: StaticServer
  let workers: TestWorker[]
  let client: NerClient | undefined
  let states: WorkerState[]

  function makeClient(options: { idleTimeoutMs?: number; cancelGraceMs?: number; unresponsiveMs?: number; api?: () => object } = {}) {
    const c = createNerClient({
      modelUrl: server.url,
      threads: 1,
      idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
      cancelGraceMs: options.cancelGraceMs,
      unresponsiveMs: options.unresponsiveMs,
      createWorker: () => {
        const worker = inProcessWorker(options.api?.() ?? createWorkerApi({ ort }))
        workers.push(worker)
        return worker
      },
    })
    c.onStateChange((s) => states.push(s))
    client = c
    return c
  }

  beforeAll(async () => {
    configureOrt(1)
    server = await serveFolder(TINY_MODEL_DIR)
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(async () => {
    await clearCachedModels()
    workers = []
    states = []
    server.requests.length = 0
  })
  afterEach(() => {
    client?.dispose()
    client = undefined
  })

  it('starts no worker until the first call, then loads with progress and reports the backend', async () => {
    const c = makeClient()
    expect(c.state).toBe('stopped')
    expect(workers).toHaveLength(0)
    const progress: LoadProgress[] = []
    const loaded = await c.load((p) => progress.push(p))
    expect(workers).toHaveLength(1)
    expect(loaded.model).toMatchObject({ id: 'tiny', entityTypes: ['PER', 'LOC', 'ORG'], cached: true })
    expect(loaded.model.bytes).toBeGreaterThan(0)
    expect(loaded.backend).toEqual({ backend: 'wasm', simd: true, threads: 1, crossOriginIsolated: false })
    expect(loaded.sessionStartMs).toBeGreaterThan(0)
    expect(progress.at(-1)?.phase).toBe('ready')
    expect(progress.some((p) => p.phase === 'download' && p.file === 'model.onnx')).toBe(true)
    expect(states).toEqual(['starting', 'busy', 'ready'])
  })

  it('gives one size for a model, its runtime files, on the Model tab and in the stored and download sizes', async () => {
    // The contract lets the manifest list parity.json and MODEL_CARD.md too: the model's summary counted every file
    // listed, the storage status only the runtime ones (review).
    const manifest = JSON.parse(readFileSync(join(TINY_MODEL_DIR, 'manifest.json'), 'utf8'))
    const runtimeBytes = manifest.files.reduce((sum: number, f: { bytes: number }) => sum + f.bytes, 0)
    manifest.files.push({ name: 'parity.json', bytes: 5_000_000, sha256: 'f'.repeat(64) })
    server.override.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)))
    try {
      expect(await modelStorageStatus({ modelUrl: server.url })).toMatchObject({ stored: false, bytes: runtimeBytes })
      const loaded = await makeClient().load()
      expect(loaded.model.bytes).toBe(runtimeBytes)
      expect(await modelStorageStatus({ modelUrl: server.url })).toMatchObject({ stored: true, bytes: runtimeBytes })
      expect(server.requests).not.toContain('/parity.json')
    } finally {
      server.override.clear()
    }
  })

  it('without a thread count, takes the app\'s rule (chooseThreads): half the cores when isolated, else one', async () => {
    // The engine had its own default, min(4, cores), which the app never used; the engine README described it.
    const seen: number[] = []
    const api = {
      ...createWorkerApi({ ort }),
      load: async (options: WorkerLoadOptions) => {
        seen.push(options.threads)
        throw new Error('the thread count is all this test needs')
      },
    }
    try {
      for (const [isolated, cores] of [[true, 4], [true, 16], [false, 8]] as const) {
        vi.stubGlobal('crossOriginIsolated', isolated)
        vi.stubGlobal('navigator', { hardwareConcurrency: cores })
        const c = createNerClient({ modelUrl: server.url, createWorker: () => inProcessWorker(api) })
        await c.load().catch(() => undefined)
        c.dispose()
      }
    } finally {
      vi.unstubAllGlobals()
    }
    expect(seen).toEqual([2, 4, 1])
  })

  it('analyzes without an explicit load, and runs jobs in call order', async () => {
    const c = makeClient()
    const finished: number[] = []
    const jobs = [SENTENCE.repeat(40), SENTENCE, '张伟和王芳去了杭州西湖。'].map((text, i) =>
      c.analyze(text).then((entities) => {
        finished.push(i)
        return entities
      }))
    const [long, short] = await Promise.all(jobs)
    expect(finished).toEqual([0, 1, 2])
    expect(short!.map((e) => e.text)).toContain('北京')
    expect(long!.length).toBeGreaterThan(short!.length)
    expect(workers).toHaveLength(1)
  })

  it('terminates the idle worker and restarts it from IndexedDB without a network request', async () => {
    const c = makeClient({ idleTimeoutMs: 300 })
    const first = await c.analyze(SENTENCE)
    const deadline = c.idleDeadline()
    expect(deadline).not.toBeNull()
    expect(deadline! - Date.now()).toBeGreaterThan(200)
    expect(deadline! - Date.now()).toBeLessThanOrEqual(300)
    await sleep(450)
    expect(c.state).toBe('released')
    expect(workers[0]!.terminated).toBe(true)
    expect(c.idleDeadline()).toBeNull()
    expect(await c.memory()).toBeNull()

    server.requests.length = 0
    const second = await c.analyze(SENTENCE)
    expect(second).toEqual(first)
    expect(workers).toHaveLength(2)
    expect(server.requests).toEqual([])
    expect(states).toEqual(['starting', 'busy', 'ready', 'released', 'starting', 'busy', 'ready'])
  })

  it('tells its load listeners of each load, the silent restart after an idle release included', async () => {
    // The page learnt only of explicit loads: a restart that stored the model again (removed in another tab) or found
    // it stored left the Model tab saying "not stored" (tabs QA).
    const c = makeClient({ idleTimeoutMs: 200 })
    const heard: { cached: boolean; fromCache: boolean }[] = []
    c.onLoad((result) => heard.push({ cached: result.model.cached, fromCache: result.fromCache }))
    await c.load()
    expect(heard).toEqual([{ cached: true, fromCache: false }])
    await sleep(350)
    expect(c.state).toBe('released')
    await clearCachedModels() // another tab removed it
    await c.analyze(SENTENCE)
    expect(heard).toEqual([{ cached: true, fromCache: false }, { cached: true, fromCache: false }]) // stored again
    await c.analyze(SENTENCE) // the same worker: no load
    expect(heard).toHaveLength(2)
  })

  it('keeps the worker while jobs keep coming (each job pushes the deadline back)', async () => {
    const c = makeClient({ idleTimeoutMs: 300 })
    for (let i = 0; i < 4; i++) {
      await c.analyze(SENTENCE)
      await sleep(150)
    }
    expect(workers).toHaveLength(1)
    expect(c.state).toBe('ready')
  })

  it('cancels a running job through its AbortSignal; the worker stops cooperatively and stays', async () => {
    const c = makeClient()
    await c.load()
    const controller = new AbortController()
    let windows = 0
    const job = c.analyze('张伟和王芳去了杭州西湖，新华社记者在上海报道。'.repeat(20_000), {
      signal: controller.signal,
      onProgress: (p) => {
        windows = p.windowsDone
        controller.abort()
      },
    })
    await expect(job).rejects.toMatchObject({ name: 'NerError', code: 'ABORTED' })
    expect(windows).toBeGreaterThan(0)
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
    expect((await c.analyze(SENTENCE)).length).toBeGreaterThan(0)
  })

  it('a job cancelled in time leaves its worker to the next job: the grace timer does not terminate it', async () => {
    // Stop, then at once a new job (a batch Stopped and chosen again, Cancel then Resume): the cancelled job
    // stops within the grace time, the next one starts on the same worker, and the old job's timer used to
    // terminate that worker under it, leaving the new job waiting for ever.
    const c = makeClient({ cancelGraceMs: 100 })
    await c.load()
    const controller = new AbortController()
    const cancelled = c.analyze('张伟和王芳去了杭州西湖，新华社记者在上海报道。'.repeat(20_000), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    const next = c.analyze('张伟和王芳去了杭州西湖，新华社记者在上海报道。'.repeat(400))
    await expect(cancelled).rejects.toMatchObject({ code: 'ABORTED' })
    const found = await Promise.race([next, sleep(20_000).then(() => 'hung' as const)])
    expect(found).not.toBe('hung')
    expect(workers.map((w) => w.terminated)).toEqual([false])
  })

  it('drops a queued job whose signal aborts before it starts', async () => {
    const c = makeClient()
    const controller = new AbortController()
    const running = c.analyze(SENTENCE.repeat(50))
    const queued = c.analyze(SENTENCE, { signal: controller.signal })
    controller.abort()
    await expect(queued).rejects.toMatchObject({ code: 'ABORTED' })
    expect((await running).length).toBeGreaterThan(0)
    await expect(c.analyze(SENTENCE, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED' })
  })

  it('terminates a worker that does not stop in time, and the next call starts a fresh one', async () => {
    // A worker stuck in a job (it never yields): only terminate() can stop it.
    const real = () => createWorkerApi({ ort })
    let stuck = true
    const c = makeClient({
      cancelGraceMs: 50,
      api: () => {
        const api = real()
        const hang: NerWorkerApi['analyze'] = () => new Promise(() => undefined)
        return stuck ? { ...api, analyze: hang } : api
      },
    })
    const controller = new AbortController()
    const job = c.analyze(SENTENCE, { signal: controller.signal })
    await sleep(300) // let it load and start
    expect(c.state).toBe('busy')
    controller.abort()
    await expect(job).rejects.toMatchObject({ code: 'ABORTED' })
    expect(workers[0]!.terminated).toBe(true)
    expect(c.state).toBe('stopped')
    stuck = false
    expect((await c.analyze(SENTENCE)).length).toBeGreaterThan(0)
    expect(workers).toHaveLength(2)
  })

  // Final QA: offline while a first visit was still loading, the worker's script could not be fetched, and the page
  // said the analysis thread had crashed (perhaps out of memory).
  it('reports a worker that fails to start while the network is off as NETWORK, not a crash, and tries again', async () => {
    // A worker whose load never answers: the crash below is the only way the job can end (an empty API answered
    // load with a TypeError, at times before the crash, and that rejection went unhandled during the sleep).
    const neverLoads = () => ({ load: () => new Promise(() => undefined), ping: async () => undefined })
    const c = makeClient({ api: neverLoads })
    vi.stubGlobal('navigator', { onLine: false })
    try {
      const job = c.load()
      await sleep(0)
      workers[0]!.crash('')
      await expect(job).rejects.toMatchObject({ code: 'NETWORK' })
    } finally {
      vi.unstubAllGlobals()
    }
    c.dispose()
    const crashedOnline = makeClient({ api: neverLoads })
    const job = crashedOnline.load()
    await sleep(0)
    workers.at(-1)!.crash('')
    await expect(job).rejects.toMatchObject({ code: 'WORKER_CRASHED' })
  })

  it('surfaces a worker crash as WORKER_CRASHED and recovers on the next call', async () => {
    const c = makeClient()
    await c.load()
    const victim = workers[0]!
    let crashed = false
    const job = c.analyze('新华社记者在上海报道。'.repeat(2_000), {
      onProgress: () => {
        if (!crashed) victim.crash('RangeError: Out of memory')
        crashed = true
      },
    })
    await expect(job).rejects.toMatchObject({ code: 'WORKER_CRASHED', message: expect.stringContaining('Out of memory') })
    expect(c.state).toBe('stopped')
    expect(victim.terminated).toBe(true)
    const entities = await c.analyze(SENTENCE)
    expect(entities.map((e) => e.text)).toContain('北京')
    expect(workers).toHaveLength(2)
  })

  it('fails the job of a worker that dies without an error event, and recovers on the next call', async () => {
    const c = makeClient({ unresponsiveMs: 200 })
    await c.load()
    const victim = workers[0]!
    let vanished = false
    const job = c.analyze('新华社记者在上海报道。'.repeat(2_000), {
      onProgress: () => {
        if (!vanished) victim.vanish()
        vanished = true
      },
    })
    await expect(job).rejects.toMatchObject({ code: 'WORKER_CRASHED', message: expect.stringContaining('stopped responding') })
    expect(c.state).toBe('stopped')
    expect(victim.terminated).toBe(true)
    expect((await c.analyze(SENTENCE)).map((e) => e.text)).toContain('北京')
    expect(workers).toHaveLength(2)
  })

  it('leaves alone a worker that is slow but answers: the watchdog times silence, not work', async () => {
    const c = makeClient({
      unresponsiveMs: 100,
      api: () => {
        const api = createWorkerApi({ ort })
        const slow: NerWorkerApi['analyze'] = async (...args) => {
          await sleep(600) // six times the limit, but the event loop stays free
          return api.analyze(...args)
        }
        return { ...api, analyze: slow }
      },
    })
    expect((await c.analyze(SENTENCE)).map((e) => e.text)).toContain('北京')
    expect(workers).toHaveLength(1)
    expect(workers[0]!.terminated).toBe(false)
  })

  it('reports a model that throws while running as WORKER_CRASHED, not MODEL, and runs the next job in a fresh worker', async () => {
    // onnxruntime's WASM running out of memory inside session.run, once.
    let failures = 1
    const failingOrt = {
      ...ort,
      InferenceSession: {
        create: async (...args: Parameters<typeof ort.InferenceSession.create>) => {
          const session = await ort.InferenceSession.create(...args)
          const run = session.run.bind(session)
          return Object.assign(session, {
            run: (...runArgs: Parameters<typeof run>) => (failures-- > 0 ? Promise.reject(new RangeError('Out of memory')) : run(...runArgs)),
          })
        },
      },
    } as unknown as typeof ort
    const c = makeClient({ api: () => createWorkerApi({ ort: failingOrt }) })
    await expect(c.analyze(SENTENCE)).rejects.toMatchObject({ code: 'WORKER_CRASHED', message: expect.stringContaining('Out of memory') })
    expect(c.state).toBe('stopped')
    expect(workers[0]!.terminated).toBe(true)
    expect((await c.analyze(SENTENCE)).map((e) => e.text)).toContain('北京')
    expect(workers).toHaveLength(2)
  })

  it('refuses empty and absurdly large input up front, without starting a worker', async () => {
    const c = makeClient()
    await expect(c.analyze('')).rejects.toMatchObject({ code: 'EMPTY_INPUT' })
    await expect(c.analyze(' \n\t\u3000')).rejects.toMatchObject({ code: 'EMPTY_INPUT' })
    await expect(c.analyze('中'.repeat(MAX_TEXT_LENGTH + 1))).rejects.toMatchObject({ code: 'TOO_LARGE' })
    expect(workers).toHaveLength(0)
  })

  it('reports a missing model as NETWORK, and a later call retries', async () => {
    server.override.set('manifest.json', 404)
    const c = makeClient()
    await expect(c.load()).rejects.toMatchObject({ name: 'NerError', code: 'NETWORK' })
    // The worker that could not load is gone at once, not kept to be "released after idle".
    expect(c.state).toBe('stopped')
    expect(workers.map((w) => w.terminated)).toEqual([true])
    server.override.clear()
    expect((await c.load()).model.id).toBe('tiny')
  })

  it('streams progress batches whose entities add up to the result', async () => {
    const c = makeClient()
    const text = '张伟和王芳去了杭州西湖，新华社记者在上海报道。'.repeat(400)
    const streamed: unknown[] = []
    let last = { windowsDone: 0, windowsTotal: -1, charsDone: 0, charsTotal: -1 }
    const entities = await c.analyze(text, {
      onProgress: (p) => {
        streamed.push(...p.entities)
        last = p
      },
    })
    expect(streamed).toEqual(entities)
    expect(last.windowsDone).toBe(last.windowsTotal)
    expect(last.charsTotal).toBe(text.length)
  })

  it('posts the next analysis to the worker while the one before it runs there, and the worker runs them in order', async () => {
    // The worker went idle after each job until the page had taken its result and sent the next one: over a
    // long document with a busy main thread, seconds of idle worker (QA trace). Now the next one is waiting.
    const log: string[] = []
    const c = makeClient({
      api: () => {
        const api = createWorkerApi({ ort })
        const logged: NerWorkerApi['analyze'] = (jobId, texts, onProgress) => {
          log.push(`worker got ${texts[0]!.length}`)
          return api.analyze(jobId, texts, onProgress).then((reply) => {
            log.push(`worker done ${texts[0]!.length}`)
            return reply
          })
        }
        return { ...api, analyze: logged }
      },
    })
    await c.load()
    const long = SENTENCE.repeat(200)
    const streamed: unknown[] = []
    const first = c.analyze(long, { onProgress: (p) => streamed.push(...p.entities) }).then((entities) => {
      log.push('page has first')
      return entities
    })
    const second = c.analyze(SENTENCE).then((entities) => {
      log.push('page has second')
      return entities
    })
    const [a, b] = await Promise.all([first, second])
    expect(log.indexOf(`worker got ${SENTENCE.length}`)).toBeLessThan(log.indexOf('page has first'))
    expect(log.indexOf(`worker done ${long.length}`)).toBeLessThan(log.indexOf(`worker done ${SENTENCE.length}`))
    expect(log.indexOf('page has first')).toBeLessThan(log.indexOf('page has second'))
    expect(streamed).toEqual(a) // every progress message handed on before the result
    expect(b!.map((e) => e.text)).toContain('北京')
    expect(workers).toHaveLength(1)
  })

  it('a job waiting in the worker behind another runs again in a fresh worker when that one crashes it', async () => {
    const c = makeClient()
    await c.load()
    let crashed = false
    const first = c.analyze('新华社记者在上海报道。'.repeat(2_000), {
      onProgress: () => {
        if (!crashed) workers[0]!.crash('RangeError: Out of memory')
        crashed = true
      },
    })
    const second = c.analyze(SENTENCE)
    await expect(first).rejects.toMatchObject({ code: 'WORKER_CRASHED' })
    expect((await second).map((e) => e.text)).toContain('北京')
    expect(workers).toHaveLength(2)
  })

  it('cancelling a job that waits in the worker behind another drops it there, without terminating the worker', async () => {
    const c = makeClient({ cancelGraceMs: 20 })
    await c.load()
    const controller = new AbortController()
    // At its first progress message, the job behind it has been posted to the worker.
    const running = c.analyze(SENTENCE.repeat(400), { onProgress: () => controller.abort() })
    const waiting = c.analyze(SENTENCE, { signal: controller.signal })
    await expect(waiting).rejects.toMatchObject({ code: 'ABORTED' })
    expect((await running).length).toBeGreaterThan(0)
    expect(workers.map((w) => w.terminated)).toEqual([false])
    expect((await c.analyze(SENTENCE)).length).toBeGreaterThan(0)
  })

  it('the worker does not wait for the page to take a progress message before it answers', async () => {
    // Each wait was a round trip through the page's main thread, busy showing what had streamed in.
    const api = createWorkerApi({ ort })
    await api.load({ modelUrl: server.url, threads: 1 })
    let messages = 0
    const neverTaken = () => {
      messages++
      return new Promise<void>(() => undefined)
    }
    const reply = await Promise.race([api.analyze(1, [SENTENCE.repeat(50)], neverTaken), sleep(3_000).then(() => 'hung' as const)])
    expect(reply).not.toBe('hung')
    expect(reply).toMatchObject({ progressMessages: messages })
    expect(messages).toBeGreaterThan(0)
  })

  it('analyzeMany runs several texts in one job, each on its own, with progress per text', async () => {
    const c = makeClient()
    const texts = [SENTENCE, '', '张伟和王芳去了杭州西湖。'.repeat(30)]
    const events: { textIndex: number; count: number }[] = []
    const many = await c.analyzeMany(texts, { onProgress: (p) => events.push({ textIndex: p.textIndex, count: p.entities.length }) })
    expect(many[0]).toEqual(await c.analyze(SENTENCE))
    expect(many[1]).toEqual([])
    expect(many[2]!.length).toBeGreaterThan(30)
    expect(events.filter((e) => e.textIndex === 2).reduce((s, e) => s + e.count, 0)).toBe(many[2]!.length)
    await expect(c.analyzeMany(['', ' '])).rejects.toMatchObject({ code: 'EMPTY_INPUT' })
  })

  it('checks for a new model version on an explicit load only, never on the restarts inside analyze', async () => {
    const c = createNerClient({ modelUrl: server.url, threads: 1, idleTimeoutMs: 200, checkForUpdates: true,
      createWorker: () => inProcessWorker(createWorkerApi({ ort })) })
    client = c
    await c.load()
    server.requests.length = 0
    await c.load()
    expect(server.requests).toEqual(['/manifest.json'])
    await sleep(350)
    expect(c.state).toBe('released')
    server.requests.length = 0
    await c.analyze(SENTENCE)
    expect(server.requests).toEqual([])
  })

  it('a progress callback that throws does not break loading or analysis', async () => {
    const c = makeClient()
    await c.load(() => { throw new Error('UI bug') })
    const entities = await c.analyze(SENTENCE.repeat(30), { onProgress: () => { throw new Error('UI bug') } })
    expect(entities.length).toBeGreaterThan(0)
  })

  it('reports a full disk as a QUOTA cacheError on load, and analyzes from memory', async () => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (String(args[1]).startsWith('file:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
    try {
      const c = makeClient()
      const loaded = await c.load()
      expect(loaded.cacheError).toBeInstanceOf(NerError)
      expect(loaded.cacheError).toMatchObject({ code: 'QUOTA', message: expect.stringContaining('storage is full') })
      expect(loaded.model.cached).toBe(false)
      expect((await c.analyze(SENTENCE)).map((e) => e.text)).toContain('北京')
    } finally {
      IDBObjectStore.prototype.put = put
    }
  })

  it('disposes: the worker is terminated and further calls are refused', async () => {
    const c = makeClient()
    await c.analyze(SENTENCE)
    c.dispose()
    expect(workers[0]!.terminated).toBe(true)
    await expect(c.analyze(SENTENCE)).rejects.toMatchObject({ code: 'ABORTED' })
  })
})
