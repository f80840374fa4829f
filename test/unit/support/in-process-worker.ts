// A stand-in for `new Worker(...)` that runs the real worker API in this process over a real
// MessageChannel with Comlink, so the bridge's lifecycle (lazy start, idle release, cancel, crash) is
// tested without a browser. The browser suite runs the real module worker.
import { expose } from 'comlink'
import type { WorkerLike } from '../../../src/engine/client'

export interface TestWorker extends WorkerLike {
  terminated: boolean
  /** Fires an `error` event, as a browser does when a worker dies of an uncaught error. */
  crash(message: string): void
  /** Stops answering without an event, as a worker does that closed itself or was killed by the browser. */
  vanish(): void
}

export function inProcessWorker(api: object): TestWorker {
  const { port1, port2 } = new MessageChannel()
  expose(api, port2 as unknown as Parameters<typeof expose>[1])
  const events = new EventTarget()
  const worker: TestWorker = {
    terminated: false,
    postMessage(message: unknown, transfer?: Transferable[]) {
      if (!worker.terminated) port1.postMessage(message, transfer ?? [])
    },
    addEventListener(type: string, listener: EventListenerOrEventListenerObject) {
      if (type === 'message') port1.addEventListener('message', listener as EventListener)
      else events.addEventListener(type, listener)
    },
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject) {
      if (type === 'message') port1.removeEventListener('message', listener as EventListener)
      else events.removeEventListener(type, listener)
    },
    start() {
      port1.start()
    },
    terminate() {
      worker.terminated = true
      port1.close()
      port2.close()
    },
    vanish() {
      port2.close()
    },
    crash(message) {
      events.dispatchEvent(Object.assign(new Event('error'), { message }))
    },
  }
  return worker
}
