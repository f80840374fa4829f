// Model download, sha256 verification and the IndexedDB cache, against a real HTTP server and
// fake-indexeddb (the same IndexedDB API the browser has).
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStore, del, get, keys, set } from 'idb-keyval'
import { ModelCache, clearCachedModels, listCachedModels, modelStore } from '../../../src/engine/cache'
import { checkModelUpdate, loadModelFiles, modelStorageStatus, sha256Hex, storeModel } from '../../../src/engine/loader'
import { NerError, type LoadProgress } from '../../../src/engine/types'
import { hasModel, TINY_MODEL_DIR, warnMissing } from '../support/models'
import { serveFolder, type StaticServer } from '../support/static-server'

warnMissing(TINY_MODEL_DIR, 'loader and cache tests')

describe.runIf(hasModel(TINY_MODEL_DIR))('loadModelFiles', () => {
  let server: StaticServer
  const manifest = () => JSON.parse(readFileSync(join(TINY_MODEL_DIR, 'manifest.json'), 'utf8'))
  const modelFile = (name: string) => new Uint8Array(readFileSync(join(TINY_MODEL_DIR, name)))

  beforeAll(async () => {
    server = await serveFolder(TINY_MODEL_DIR)
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(async () => {
    await clearCachedModels()
    server.requests.length = 0
    server.override.clear()
  })

  it('downloads with byte progress, verifies, caches; the second load makes no request at all', async () => {
    const progress: LoadProgress[] = []
    const first = await loadModelFiles({ modelUrl: server.url, onProgress: (p) => progress.push(p) })
    expect(first.fromCache).toBe(false)
    expect(first.manifestFromCache).toBe(false) // the site's manifest: no update to look for
    expect(first.cached).toBe(true)
    expect(server.requests.sort()).toEqual(['/bigrams.txt', '/lexicon.txt', '/manifest.json', '/model.onnx', '/t2s-phrases.txt', '/t2s.txt', '/vocab.txt'])
    const onnxDownload = progress.filter((p) => p.phase === 'download' && p.file === 'model.onnx')
    expect(onnxDownload.at(-1)).toMatchObject({ loaded: modelFile('model.onnx').byteLength, total: modelFile('model.onnx').byteLength })
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['manifest', 'download', 'verify', 'cache']))
    // One bar over the whole model: never goes back, ends at the sum of the runtime files.
    const overall = progress.filter((p) => p.overallTotal !== undefined)
    const runtimeBytes = ['model.onnx', 'vocab.txt', 'bigrams.txt', 'lexicon.txt', 't2s.txt', 't2s-phrases.txt'].reduce((s, n) => s + modelFile(n).byteLength, 0)
    expect(overall.every((p) => p.overallTotal === runtimeBytes)).toBe(true)
    overall.slice(1).forEach((p, i) => expect(p.overallLoaded!).toBeGreaterThanOrEqual(overall[i]!.overallLoaded!))
    expect(overall.at(-1)!.overallLoaded).toBe(runtimeBytes)
    expect(first.files.get('model.onnx')).toEqual(modelFile('model.onnx'))

    server.requests.length = 0
    const second = await loadModelFiles({ modelUrl: server.url })
    expect(server.requests).toEqual([])
    expect(second.fromCache).toBe(true)
    expect(second.manifestFromCache).toBe(true)
    expect(second.files.get('vocab.txt')).toEqual(modelFile('vocab.txt'))

    const listed = await listCachedModels()
    const expectedBytes = ['model.onnx', 'vocab.txt', 'bigrams.txt', 'lexicon.txt', 't2s.txt', 't2s-phrases.txt'].reduce((s, n) => s + modelFile(n).byteLength, 0)
    expect(listed).toEqual([{ id: manifest().id, hash: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: expectedBytes, files: 6 }])
  })

  it('detects a corrupt cached file and fetches only that file again', async () => {
    await loadModelFiles({ modelUrl: server.url })
    const entry = manifest().files.find((f: { name: string }) => f.name === 'vocab.txt')
    // Flip the cached bytes behind the engine's back.
    const broken = modelFile('vocab.txt')
    broken[0] = broken[0]! ^ 0xff
    await set(`file:${manifest().id}@${entry.sha256}`, broken, modelStore())
    server.requests.length = 0
    const reloaded = await loadModelFiles({ modelUrl: server.url })
    expect(server.requests).toEqual(['/vocab.txt'])
    expect(reloaded.files.get('vocab.txt')).toEqual(modelFile('vocab.txt'))
    // ...and the repaired copy is what the cache holds now.
    server.requests.length = 0
    await loadModelFiles({ modelUrl: server.url })
    expect(server.requests).toEqual([])
  })

  it('treats a cached entry that is not bytes at all as missing', async () => {
    await loadModelFiles({ modelUrl: server.url })
    const entry = manifest().files.find((f: { name: string }) => f.name === 'model.onnx')
    await set(`file:${manifest().id}@${entry.sha256}`, { garbage: true }, modelStore())
    server.requests.length = 0
    await loadModelFiles({ modelUrl: server.url })
    expect(server.requests).toEqual(['/model.onnx'])
  })

  it('refuses a download whose sha256 does not match the manifest (INTEGRITY) and caches nothing', async () => {
    server.override.set('model.onnx', new Uint8Array(modelFile('model.onnx').byteLength))
    await expect(loadModelFiles({ modelUrl: server.url })).rejects.toMatchObject({ code: 'INTEGRITY' })
    expect(await listCachedModels()).toEqual([])
  })

  it('reports a missing file as NETWORK and a missing manifest too', async () => {
    server.override.set('bigrams.txt', 404)
    await expect(loadModelFiles({ modelUrl: server.url })).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('HTTP 404') })
    await expect(loadModelFiles({ modelUrl: 'http://127.0.0.1:9/' })).rejects.toBeInstanceOf(NerError)
  })

  it('tries a download that broke off once more, and takes the file another tab stored meanwhile', async () => {
    // Two tabs on a first visit: the second one's download failed and it told an online user to check the network (QA).
    let failures = 1
    const flaky: typeof fetch = (input, init) => {
      if (String(input).endsWith('/model.onnx') && failures-- > 0) return Promise.reject(new TypeError('net::ERR_CACHE_WRITE_FAILURE'))
      return fetch(input, init)
    }
    const retried = await loadModelFiles({ modelUrl: server.url, fetch: flaky })
    expect(retried.files.get('model.onnx')).toEqual(modelFile('model.onnx'))
    expect(server.requests.filter((r) => r === '/model.onnx')).toHaveLength(1) // the failed one never reached it

    await clearCachedModels()
    server.requests.length = 0
    const otherTab = new ModelCache()
    const storedByOtherTab: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/model.onnx')) {
        const m = manifest()
        const entry = m.files.find((f: { name: string }) => f.name === 'model.onnx')
        await otherTab.putFile(m.id, entry.sha256, modelFile('model.onnx'), 'model.onnx')
        throw new TypeError('net::ERR_CACHE_WRITE_FAILURE')
      }
      return fetch(input, init)
    }
    const reused = await loadModelFiles({ modelUrl: server.url, fetch: storedByOtherTab })
    expect(reused.files.get('model.onnx')).toEqual(modelFile('model.onnx'))
    expect(reused.cached).toBe(true)
    expect(server.requests).not.toContain('/model.onnx')

    // A download the caller cancels is not tried again.
    await clearCachedModels()
    let cancelledCalls = 0
    const cancelling: typeof fetch = (input, init) => {
      if (!String(input).endsWith('/model.onnx')) return fetch(input, init)
      cancelledCalls++
      return Promise.reject(new DOMException('The user aborted a request.', 'AbortError'))
    }
    await expect(loadModelFiles({ modelUrl: server.url, fetch: cancelling })).rejects.toMatchObject({ code: 'NETWORK' })
    expect(cancelledCalls).toBe(1)

    // Still down on the second try: NETWORK, as before.
    const down: typeof fetch = (input, init) => (String(input).endsWith('/model.onnx') ? Promise.reject(new TypeError('offline')) : fetch(input, init))
    await clearCachedModels()
    await expect(loadModelFiles({ modelUrl: server.url, fetch: down })).rejects.toMatchObject({ code: 'NETWORK' })
  })

  it('says it waits while another tab holds a file (Web Lock), then reads what that tab stored', async () => {
    // The second of two tabs opened together sat on "reading the model description" with a full bar for the whole of
    // the first one's download (tabs QA).
    const held = new Map<string, Promise<unknown>>()
    const locks = {
      request(name: string, ...args: unknown[]) {
        const work = args.at(-1) as (lock: { name: string } | null) => Promise<unknown>
        const ifAvailable = args.length > 1 && (args[0] as { ifAvailable?: boolean }).ifAvailable
        if (ifAvailable && held.has(name)) return Promise.resolve(work(null))
        const before = held.get(name) ?? Promise.resolve()
        const mine = before.then(() => work({ name }))
        const settled = mine.catch(() => undefined)
        held.set(name, settled)
        void settled.then(() => { if (held.get(name) === settled) held.delete(name) })
        return mine
      },
    }
    vi.stubGlobal('navigator', { locks })
    try {
      const onnx = manifest().files.find((f: { name: string }) => f.name === 'model.onnx')
      let releaseOtherTab!: () => void
      const otherTab = locks.request(`shiti-model-file:${onnx.sha256}`, () => new Promise<void>((resolve) => (releaseOtherTab = resolve)))
      const progress: LoadProgress[] = []
      const loading = loadModelFiles({ modelUrl: server.url, onProgress: (p) => progress.push(p) })
      await vi.waitFor(() => expect(progress.some((p) => p.phase === 'wait')).toBe(true))
      const waiting = progress.find((p) => p.phase === 'wait')!
      expect(waiting).toEqual({ phase: 'wait', file: 'model.onnx', loaded: 0, total: 0, fromCache: false }) // no figures: no bar
      expect(progress.filter((p) => p.file === 'model.onnx' && p.phase !== 'wait')).toEqual([])
      await new ModelCache().putFile(manifest().id, onnx.sha256, modelFile('model.onnx'), 'model.onnx') // what that tab stored
      releaseOtherTab()
      await otherTab
      const loaded = await loading
      expect(loaded.files.get('model.onnx')).toEqual(modelFile('model.onnx'))
      expect(server.requests).not.toContain('/model.onnx')
      expect(progress.filter((p) => p.phase === 'wait')).toHaveLength(1) // the files no one held: no wait
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('rejects a manifest that is not JSON as MODEL', async () => {
    server.override.set('manifest.json', new TextEncoder().encode('<html>not found</html>'))
    await expect(loadModelFiles({ modelUrl: server.url })).rejects.toMatchObject({ code: 'MODEL' })
  })

  it('keeps running from memory when storage is full, and says so with QUOTA', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const loaded = await loadModelFiles({ modelUrl: server.url, cache: new ModelCache(failingStore(quota)) })
    expect(loaded.cached).toBe(false)
    expect(loaded.cacheError).toMatchObject({ code: 'QUOTA' })
    expect(loaded.files.size).toBe(6) // the model is complete in memory
    expect(await listCachedModels()).toEqual([])
  })

  it('calls a failure to store that is not a full disk NOT_STORED (not MODEL): the model runs from memory', async () => {
    // Firefox's private mode (before 115) failed indexedDB.open itself with InvalidStateError.
    const disabled = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
    const loaded = await loadModelFiles({ modelUrl: server.url, cache: new ModelCache(failingStore(disabled)) })
    expect(loaded.files.size).toBe(6)
    expect(loaded.cached).toBe(false)
    expect(loaded.cacheError).toMatchObject({ code: 'NOT_STORED', message: expect.stringContaining('InvalidStateError') })
    await expect(storeModel({ modelUrl: server.url, cache: new ModelCache(failingStore(disabled)) })).rejects.toMatchObject({ code: 'NOT_STORED' })
  })

  describe('a stored manifest that does not read', () => {
    const RUNTIME = ['model.onnx', 'vocab.txt', 'bigrams.txt', 'lexicon.txt', 't2s.txt', 't2s-phrases.txt']
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    const damages = {
      'cut short': () => '{"schema":1,',
      // What an older site stored, refused by this one's parseManifest (as a future version may refuse today's).
      'refused by this version': () => JSON.stringify({ ...manifest(), tag_scheme: 'BIO' }),
    }

    async function damageStoredManifest(text: string) {
      const key = `model:${manifest().id}`
      const record = await get(key, modelStore())
      await set(key, { ...record, manifestText: text }, modelStore())
    }

    it.each(Object.entries(damages))('(%s) is no stored model: the site\'s manifest replaces it and the stored files serve again', async (_, text) => {
      await loadModelFiles({ modelUrl: server.url })
      await damageStoredManifest(text())
      const runtimeBytes = RUNTIME.reduce((sum, n) => sum + modelFile(n).byteLength, 0)
      expect(await modelStorageStatus({ modelUrl: server.url })).toEqual({ id: manifest().id, stored: false, bytes: runtimeBytes })
      expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull()

      server.requests.length = 0
      const loaded = await loadModelFiles({ modelUrl: server.url })
      expect(loaded.manifest.id).toBe(manifest().id)
      expect(loaded.cached).toBe(true)
      expect(server.requests).toEqual(['/manifest.json']) // the files, checked against it, are still good
      expect(await modelStorageStatus({ modelUrl: server.url, fetch: offline })).toMatchObject({ stored: true })
      expect((await loadModelFiles({ modelUrl: server.url, fetch: offline })).fromCache).toBe(true)
    })

    it('offline, says the stored copy is damaged (STORED_DAMAGED), every time, until it is cleared', async () => {
      await loadModelFiles({ modelUrl: server.url })
      await damageStoredManifest(damages['cut short']())
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(loadModelFiles({ modelUrl: server.url, fetch: offline }))
          .rejects.toMatchObject({ code: 'STORED_DAMAGED', message: expect.stringContaining('damaged') })
      }
      await clearCachedModels(manifest().id)
      await expect(loadModelFiles({ modelUrl: server.url, fetch: offline })).rejects.toMatchObject({ code: 'NETWORK' })
    })

    it('of another id is removed with its files once the site\'s manifest is read', async () => {
      await loadModelFiles({ modelUrl: server.url })
      const store = modelStore()
      const record = await get(`model:${manifest().id}`, store)
      await set('model:old-id', { ...record, id: 'old-id', manifestText: '{' }, store)
      await set('file:old-id@abc', new Uint8Array([1]), store)
      await set(`url:${server.url}`, 'old-id', store)
      await loadModelFiles({ modelUrl: server.url })
      const left = await keys<string>(store)
      expect(left.filter((k) => k.includes('old-id'))).toEqual([])
      expect(await get(`url:${server.url}`, store)).toBe(manifest().id)
    })
  })

  describe('a stored manifest rewritten by another page of the origin (a sibling project on <owner>.github.io)', () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    // What QA's sibling page did: the CRF may never start a person, so every name is missed.
    function neverPerson(): string {
      const m = manifest()
      const per = (m.labels as string[]).flatMap((l, i) => /^[BS]-PER$/.test(l) ? [i] : [])
      for (const i of per) {
        m.decoding.start_transitions[i] = -1e4
        for (const row of m.decoding.transitions) row[i] = -1e4
      }
      return JSON.stringify(m)
    }
    async function rewrite(manifestText: string, rehash: boolean) {
      const key = `model:${manifest().id}`
      const record = await get(key, modelStore())
      const hash = rehash ? await sha256Hex(new TextEncoder().encode(manifestText)) : record.hash
      await set(key, { ...record, manifestText, hash }, modelStore())
    }
    const siteText = () => readFileSync(join(TINY_MODEL_DIR, 'manifest.json'), 'utf8')

    it('with its hash left as it was, is not used: the site\'s manifest replaces it, offline it is STORED_DAMAGED', async () => {
      await loadModelFiles({ modelUrl: server.url })
      await rewrite(neverPerson(), false)
      expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull()
      server.requests.length = 0
      const loaded = await loadModelFiles({ modelUrl: server.url })
      expect(loaded.manifest.decoding).toEqual(manifest().decoding)
      expect(server.requests).toEqual(['/manifest.json'])
      expect((await loadModelFiles({ modelUrl: server.url, fetch: offline })).manifest.decoding).toEqual(loaded.manifest.decoding)

      await rewrite(neverPerson(), false)
      await expect(loadModelFiles({ modelUrl: server.url, fetch: offline })).rejects.toMatchObject({ code: 'STORED_DAMAGED' })
    })

    it('with its hash rewritten too, is used online only when the site serves that manifest (the build pins the shipped one)', async () => {
      const pinnedManifests = { [manifest().id]: await sha256Hex(new TextEncoder().encode(siteText())) }
      await loadModelFiles({ modelUrl: server.url, pinnedManifests })
      expect((await loadModelFiles({ modelUrl: server.url, pinnedManifests, fetch: offline })).fromCache).toBe(true) // the shipped copy: no request
      await rewrite(neverPerson(), true)
      // Offline the site cannot be asked: the copy is used, as the model of an earlier build of the site must be
      // (a laptop with no network keeps working after the site's update); the README states this limit.
      expect(await modelStorageStatus({ modelUrl: server.url, pinnedManifests, fetch: offline })).toMatchObject({ stored: true })
      expect((await loadModelFiles({ modelUrl: server.url, pinnedManifests, fetch: offline })).manifest.decoding).not.toEqual(manifest().decoding)
      server.requests.length = 0
      const loaded = await loadModelFiles({ modelUrl: server.url, pinnedManifests })
      expect(loaded.manifest.decoding).toEqual(manifest().decoding)
      expect(server.requests).toEqual(['/manifest.json']) // the files, checked against the site's manifest, are still good
      expect((await loadModelFiles({ modelUrl: server.url, pinnedManifests, fetch: offline })).manifest.decoding).toEqual(loaded.manifest.decoding)

      // A newer version deployed since this page was built: the site's manifest is the stored one, so it is kept.
      const newer = JSON.stringify({ ...manifest(), version: '7.0.0' })
      server.override.set('manifest.json', new TextEncoder().encode(newer))
      await loadModelFiles({ modelUrl: server.url, pinnedManifests, checkForUpdates: true })
      expect(await modelStorageStatus({ modelUrl: server.url, pinnedManifests })).toMatchObject({ stored: true })
      expect((await loadModelFiles({ modelUrl: server.url, pinnedManifests })).manifest.version).toBe('7.0.0')
    })
  })

  // Final QA: the Model tab asked for the other model's manifest.json offline, and the console logged a network error
  // each time it opened.
  it('asks nothing of the network for a model not stored while the browser says it is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false })
    try {
      let asked = 0
      const counting: typeof fetch = (...args) => (asked++, fetch(...args))
      expect(await modelStorageStatus({ modelUrl: server.url, fetch: counting })).toEqual({ id: null, stored: false, bytes: null })
      expect(asked).toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
    // Online, the same call reads the manifest for the download size.
    expect(await modelStorageStatus({ modelUrl: server.url })).toMatchObject({ id: manifest().id, stored: false })
  })

  it('checks the site\'s manifest when a stored file fetched again fails against the stored one (a newer version)', async () => {
    await loadModelFiles({ modelUrl: server.url })
    // The site now serves a new vocab.txt with a new manifest; the stored copy lost its vocab.txt.
    const vocab = new TextEncoder().encode(new TextDecoder().decode(modelFile('vocab.txt')) + 'extra\n')
    const vocabSha = await sha256Hex(vocab)
    const files = manifest().files.map((f: { name: string }) => f.name === 'vocab.txt' ? { ...f, bytes: vocab.byteLength, sha256: vocabSha } : f)
    server.override.set('manifest.json', new TextEncoder().encode(JSON.stringify({ ...manifest(), version: '10.0.0', files })))
    server.override.set('vocab.txt', vocab)
    const oldVocab = manifest().files.find((f: { name: string }) => f.name === 'vocab.txt')
    await del(`file:${manifest().id}@${oldVocab.sha256}`, modelStore())

    server.requests.length = 0
    const loaded = await loadModelFiles({ modelUrl: server.url })
    expect(loaded.manifest.version).toBe('10.0.0')
    expect(loaded.files.get('vocab.txt')).toEqual(vocab)
    expect(server.requests).toEqual(['/vocab.txt', '/manifest.json', '/vocab.txt'])

    // The server's own files disagreeing with its manifest is still INTEGRITY, asked once.
    await clearCachedModels()
    server.override.set('vocab.txt', modelFile('vocab.txt'))
    await expect(loadModelFiles({ modelUrl: server.url })).rejects.toMatchObject({ code: 'INTEGRITY' })
  })

  it('picks up a new model version only when asked to check for updates', async () => {
    await loadModelFiles({ modelUrl: server.url })
    const changed = { ...manifest(), version: '9.9.9' }
    server.override.set('manifest.json', new TextEncoder().encode(JSON.stringify(changed)))
    expect((await loadModelFiles({ modelUrl: server.url })).manifest.version).toBe(manifest().version)
    server.requests.length = 0
    const updated = await loadModelFiles({ modelUrl: server.url, checkForUpdates: true })
    expect(updated.manifest.version).toBe('9.9.9')
    expect(server.requests).toEqual(['/manifest.json']) // unchanged files (same sha256) are reused
  })

  it('tells of a newer model the site serves, and what it costs; applied by storing with checkForUpdates', async () => {
    expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull() // nothing stored: nothing to update
    await loadModelFiles({ modelUrl: server.url })
    server.requests.length = 0
    expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull() // the same manifest
    expect(server.requests).toEqual(['/manifest.json'])

    // Only the manifest changed: nothing to download.
    server.override.set('manifest.json', new TextEncoder().encode(JSON.stringify({ ...manifest(), version: '9.9.9' })))
    expect(await checkModelUpdate({ modelUrl: server.url })).toEqual({ id: manifest().id, version: '9.9.9', bytes: 0 })

    // A new vocab.txt: its bytes are the cost.
    const vocab = new TextEncoder().encode(new TextDecoder().decode(modelFile('vocab.txt')) + 'extra\n')
    const vocabSha = await sha256Hex(vocab)
    const files = manifest().files.map((f: { name: string }) => f.name === 'vocab.txt' ? { ...f, bytes: vocab.byteLength, sha256: vocabSha } : f)
    const newManifest = { ...manifest(), version: '10.0.0', files }
    server.override.set('manifest.json', new TextEncoder().encode(JSON.stringify(newManifest)))
    server.override.set('vocab.txt', vocab)
    expect(await checkModelUpdate({ modelUrl: server.url })).toEqual({ id: manifest().id, version: '10.0.0', bytes: vocab.byteLength })

    server.requests.length = 0
    await storeModel({ modelUrl: server.url, checkForUpdates: true })
    expect(server.requests.sort()).toEqual(['/manifest.json', '/vocab.txt'])
    expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull()
    expect((await loadModelFiles({ modelUrl: server.url })).manifest.version).toBe('10.0.0')

    server.override.set('manifest.json', 404) // offline or gone: no update, the stored model stays
    expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull()
  })

  it('clears one model or all of them', async () => {
    await loadModelFiles({ modelUrl: server.url })
    await clearCachedModels('some-other-model')
    expect(await listCachedModels()).toHaveLength(1)
    await clearCachedModels(manifest().id)
    expect(await listCachedModels()).toEqual([])
    server.requests.length = 0
    await loadModelFiles({ modelUrl: server.url })
    expect(server.requests).toContain('/model.onnx')
  })

  it('tells whether a folder is stored and how big it is: from IndexedDB when stored, else from its manifest', async () => {
    const runtimeBytes = ['model.onnx', 'vocab.txt', 'bigrams.txt', 'lexicon.txt', 't2s.txt', 't2s-phrases.txt'].reduce((s, n) => s + modelFile(n).byteLength, 0)
    expect(await modelStorageStatus({ modelUrl: server.url })).toEqual({ id: manifest().id, stored: false, bytes: runtimeBytes })
    expect(server.requests).toEqual(['/manifest.json'])

    server.override.set('manifest.json', 404) // offline, or the folder gone: not stored, size unknown
    expect(await modelStorageStatus({ modelUrl: server.url })).toEqual({ id: null, stored: false, bytes: null })
    server.override.clear()

    await loadModelFiles({ modelUrl: server.url })
    server.requests.length = 0
    expect(await modelStorageStatus({ modelUrl: server.url })).toEqual({ id: manifest().id, stored: true, bytes: runtimeBytes })
    expect(server.requests).toEqual([]) // a stored model is described without the network
  })

  it('stores a model for later without running it; the load that follows needs no request', async () => {
    const progress: LoadProgress[] = []
    const stored = await storeModel({ modelUrl: server.url, onProgress: (p) => progress.push(p) })
    expect(stored).toMatchObject({ id: manifest().id, stored: true })
    expect(progress.at(-1)?.overallLoaded).toBe(stored.bytes)
    server.requests.length = 0
    const loaded = await loadModelFiles({ modelUrl: server.url })
    expect(loaded.fromCache).toBe(true)
    expect(server.requests).toEqual([])
  })

  describe('removal racing a load (another tab, or the same one)', () => {
    const RUNTIME = ['model.onnx', 'vocab.txt', 'bigrams.txt', 'lexicon.txt', 't2s.txt', 't2s-phrases.txt']
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    /** A second connection to the same database, as another tab of the site has. */
    const otherTab = () => new ModelCache(createStore('shiti-models', 'files'))
    /** fetch that first runs `before` when the loader asks for `name` (the files before it are stored by then). */
    const fetchWith = (name: string, before: () => Promise<void>): typeof fetch => async (input, init) => {
      if (String(input).endsWith('/' + name)) await before()
      return fetch(input, init)
    }
    /** What IndexedDB holds: the model record, and which of its runtime files are there. */
    async function stored() {
      const all = new Set(await keys<string>(modelStore()))
      const entries = manifest().files.filter((f: { name: string }) => RUNTIME.includes(f.name))
      return {
        record: all.has(`model:${manifest().id}`),
        files: entries.filter((f: { sha256: string }) => all.has(`file:${manifest().id}@${f.sha256}`)).map((f: { name: string }) => f.name).sort(),
      }
    }

    it('another tab removing the model between the file writes and the record leaves it complete, and it loads offline', async () => {
      const loaded = await loadModelFiles({ modelUrl: server.url, fetch: fetchWith('lexicon.txt', () => otherTab().clear(manifest().id)) })
      expect(loaded.cached).toBe(true)
      expect(await stored()).toEqual({ record: true, files: [...RUNTIME].sort() })
      expect(await listCachedModels()).toMatchObject([{ id: manifest().id, files: 6 }])
      expect(await modelStorageStatus({ modelUrl: server.url, fetch: offline })).toMatchObject({ stored: true })
      const again = await loadModelFiles({ modelUrl: server.url, fetch: offline })
      expect(again.fromCache).toBe(true)
      expect(again.files.get('model.onnx')).toEqual(modelFile('model.onnx'))
    })

    it('the same tab removing it during a load ends with the model stored or not at all, as the load says', async () => {
      // Before each runtime file's download, and right after the load: every step of the interleaving.
      for (const name of [...RUNTIME, null]) {
        await clearCachedModels()
        const clearNow = () => clearCachedModels(manifest().id)
        const loaded = await loadModelFiles({ modelUrl: server.url, fetch: name ? fetchWith(name, clearNow) : undefined })
        if (!name) await clearNow()
        const now = await stored()
        const complete = now.record && now.files.length === RUNTIME.length
        expect(now.record ? complete : true, `removed before ${name ?? 'nothing (after the load)'}`).toBe(true)
        expect((await modelStorageStatus({ modelUrl: server.url, fetch: offline })).stored).toBe(complete)
        expect(await listCachedModels()).toHaveLength(complete ? 1 : 0)
        if (name) expect(loaded.cached).toBe(complete)
        if (complete) expect((await loadModelFiles({ modelUrl: server.url, fetch: offline })).fromCache).toBe(true)
      }
    })

    it('does not call a record stored when one of its files is gone; offline it says which, online it fetches only that', async () => {
      await loadModelFiles({ modelUrl: server.url })
      const vocab = manifest().files.find((f: { name: string }) => f.name === 'vocab.txt')
      await del(`file:${manifest().id}@${vocab.sha256}`, modelStore()) // as an older version of the site could leave it
      const runtimeBytes = RUNTIME.reduce((s, n) => s + modelFile(n).byteLength, 0)
      expect(await modelStorageStatus({ modelUrl: server.url })).toEqual({ id: manifest().id, stored: false, bytes: runtimeBytes })
      expect(await modelStorageStatus({ modelUrl: server.url, fetch: offline })).toEqual({ id: null, stored: false, bytes: null })
      expect(await listCachedModels()).toEqual([])
      expect(await checkModelUpdate({ modelUrl: server.url })).toBeNull()

      const failure = await loadModelFiles({ modelUrl: server.url, fetch: offline }).catch((e: unknown) => e)
      expect(failure).toMatchObject({ code: 'STORED_DAMAGED', message: expect.stringMatching(/incomplete.*vocab\.txt/) })

      server.requests.length = 0
      const refetched = await loadModelFiles({ modelUrl: server.url })
      expect(refetched).toMatchObject({ cached: true, fromCache: false, manifestFromCache: true }) // not all from storage
      expect(server.requests).toEqual(['/vocab.txt'])
      expect(await modelStorageStatus({ modelUrl: server.url, fetch: offline })).toMatchObject({ stored: true })
    })

    it('gives up storing, honestly, when the files keep vanishing before the record is written', async () => {
      class VanishingCache extends ModelCache {
        override async putModel(...args: Parameters<ModelCache['putModel']>) {
          await otherTab().clear(args[0].id)
          return super.putModel(...args)
        }
      }
      const loaded = await loadModelFiles({ modelUrl: server.url, cache: new VanishingCache() })
      expect(loaded.files.size).toBe(6) // it still runs from memory
      expect(loaded.cached).toBe(false)
      expect(loaded.cacheError).toMatchObject({ code: 'NOT_STORED' })
      expect((await stored()).record).toBe(false)
      expect(await modelStorageStatus({ modelUrl: server.url, fetch: offline })).toMatchObject({ stored: false })
    })

    it('removes one model with its files and aliases, and nothing of another', async () => {
      await loadModelFiles({ modelUrl: server.url })
      const store = modelStore()
      await set('model:other', { id: 'other', hash: 'x', manifestText: '{}', files: [], storedAt: 0 }, store)
      await set('file:other@abc', new Uint8Array([1]), store)
      await set('url:http://elsewhere/', 'other', store)
      await set('url:http://alias/', manifest().id, store)
      await clearCachedModels(manifest().id)
      expect((await keys<string>(store)).sort()).toEqual(['file:other@abc', 'model:other', 'url:http://elsewhere/'])
      await clearCachedModels()
      expect(await keys(store)).toEqual([])
    })
  })

  it('fails to store when the browser has no room, where a load would run from memory', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    const cache = new ModelCache(failingStore(quota))
    await expect(storeModel({ modelUrl: server.url, cache })).rejects.toMatchObject({ code: 'QUOTA' })
    expect(await modelStorageStatus({ modelUrl: server.url, cache })).toMatchObject({ stored: false })
  })
})

/** An idb-keyval store whose writes fail with `error`, like a browser with a full disk. */
function failingStore(error: Error) {
  const store = createStore('shiti-full-disk', 'files')
  return ((mode: IDBTransactionMode, callback: (s: IDBObjectStore) => unknown) => {
    if (mode === 'readwrite') return Promise.reject(error)
    return store(mode, callback as never)
  }) as typeof store
}
