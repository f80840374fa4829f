// Exposes the real engine (real module worker, onnxruntime-web WASM, IndexedDB) to the browser
// integration tests, which call it through page.evaluate.
import { clearCachedModels, createNerClient, listCachedModels, type NerClient, type NerClientOptions } from '../../../src/engine'

type Harness = typeof harness
declare global {
  interface Window { harness: Harness }
}

const realWorker = () => new Worker(new URL('../../../workers/ner.worker.ts', import.meta.url), { type: 'module' })

const harness = {
  client: undefined as NerClient | undefined,
  states: [] as string[],
  spawned: 0,

  /** `brokenFirstWorker`: the first worker is a script that fails to load, as a crashed worker would. */
  create(options: Omit<NerClientOptions, 'createWorker'> & { brokenFirstWorker?: boolean }) {
    harness.client?.dispose()
    harness.states = []
    harness.spawned = 0
    const client = createNerClient({
      ...options,
      createWorker: () => {
        harness.spawned++
        if (options.brokenFirstWorker && harness.spawned === 1) return new Worker('/no-such-worker.js', { type: 'module' })
        return realWorker()
      },
    })
    client.onStateChange((s) => harness.states.push(s))
    harness.client = client
  },
  listCachedModels,
  clearCachedModels,
}

window.harness = harness
