// The analysis worker reaches its own origin only, even where no Content-Security-Policy covers it: the harness,
// like a first visit before the service worker controls the page, gives the worker no CSP header (privacy QA: a
// fetch() inside the worker reached another origin). The model still loads and runs, onnxruntime's WASM included.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasModel, TINY_MODEL_DIR } from '../unit/support/models'
import { CHROME, openHarness, type OpenHarness } from './browser/open-harness'

const root = resolve(import.meta.dirname, '../..')
const canRun = existsSync(CHROME) && hasModel(TINY_MODEL_DIR) && TINY_MODEL_DIR.startsWith(root)
const MODEL_PATH = '/' + TINY_MODEL_DIR.slice(root.length + 1).replaceAll('\\', '/') + '/'

describe.runIf(canRun)('the analysis worker\'s network, with no CSP over it', () => {
  let harness: OpenHarness
  let other: Server
  let otherOrigin: string
  const reached: string[] = []

  beforeAll(async () => {
    other = createServer((req, res) => {
      reached.push(req.url ?? '')
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('x')
    })
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done))
    const address = other.address()
    otherOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    harness = await openHarness()
  })
  afterAll(async () => {
    await harness?.close()
    other?.close()
  })

  it('refuses fetch, XHR and WebSocket to another origin; the model loads and runs from its own', async () => {
    const { page, origin } = harness
    const result = await page.evaluate(async (modelUrl) => {
      await window.harness.clearCachedModels()
      window.harness.create({ modelUrl, idleTimeoutMs: 60_000 })
      const loaded = await window.harness.client!.load()
      const entities = await window.harness.client!.analyze('习近平在北京会见了联合国秘书长古特雷斯。')
      return { id: loaded.model.id, entities, controlled: Boolean(navigator.serviceWorker?.controller) }
    }, MODEL_PATH)
    expect(result.controlled).toBe(false) // as on a first visit
    expect(result.id).toBe('tiny')
    expect(result.entities).toContainEqual(expect.objectContaining({ text: '北京', type: 'LOC' }))

    const worker = harness.page.workers().find((w) => w.url().includes('ner.worker'))
    expect(worker, 'the analysis worker').toBeDefined()
    const probes = await worker!.evaluate(async ({ other, own }) => {
      const attempt = async (what: () => Promise<unknown> | unknown) => {
        try {
          await what()
          return 'sent'
        } catch (error) {
          return String(error).includes('own origin') ? 'refused' : `failed: ${String(error)}`
        }
      }
      return {
        fetch: await attempt(() => fetch(`${other}/fetch?text=张伟`)),
        fetchRequest: await attempt(() => fetch(new Request(`${other}/request`))),
        fetchNoScheme: await attempt(() => fetch(`//${other.replace(/^https?:\/\//, '')}/protocol-relative`)),
        xhr: await attempt(() => { const x = new XMLHttpRequest(); x.open('GET', `${other}/xhr`); x.send() }),
        webSocket: await attempt(() => new WebSocket(other.replace(/^http/, 'ws') + '/ws')),
        eventSource: await attempt(() => new EventSource(`${other}/sse`)),
        ownOrigin: await attempt(async () => { if (!(await fetch(`${own}/package.json`)).ok) throw new Error('not ok') }),
        relative: await attempt(async () => { if (!(await fetch('/package.json')).ok) throw new Error('not ok') }),
        data: await attempt(() => fetch('data:text/plain,x')),
      }
    }, { other: otherOrigin, own: origin })
    expect(probes).toEqual({
      fetch: 'refused', fetchRequest: 'refused', fetchNoScheme: 'refused', xhr: 'refused', webSocket: 'refused', eventSource: 'refused',
      ownOrigin: 'sent', relative: 'sent', data: 'sent',
    })
    await new Promise((done) => setTimeout(done, 300))
    expect(reached).toEqual([])
  })
})
