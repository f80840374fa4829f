// Hooks into the worker's WebAssembly API, installed before onnxruntime-web is imported:
//
// 1. Every WebAssembly.Memory created is recorded, so the engine can report how much WASM memory
//    onnxruntime holds (memory that can grow but never shrink: the reason the worker is terminated
//    when idle).
// 2. onnxruntime's runtime (~14 MB of WASM) is compiled as soon as a load starts, alongside reading the
//    model, and the compiled WebAssembly.Module goes back to the bridge, which hands it to the next
//    worker: a worker restarted after an idle release instantiates it instead of compiling again.
import type { CompiledRuntime, RuntimeDownload } from '../src/engine/worker-api'

/** The runtime's size as built (vite.config.ts defines it for every bundle; this module is in the worker's only): a
 *  server that compresses it sends a smaller Content-Length than the bytes the page reads. */
declare const __ORT_WASM_BYTES__: number

const memories: WebAssembly.Memory[] = []
const NativeMemory = WebAssembly.Memory

class TrackedMemory extends NativeMemory {
  constructor(descriptor: WebAssembly.MemoryDescriptor) {
    super(descriptor)
    memories.push(this)
  }
}

WebAssembly.Memory = TrackedMemory as typeof WebAssembly.Memory

export function wasmMemories(): readonly WebAssembly.Memory[] {
  return memories
}

let provided: Promise<CompiledRuntime> | undefined
let providedUrl: string | undefined
let compiled: CompiledRuntime | undefined
let reused = false
let download: RuntimeDownload | undefined
const nativeInstantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly)

WebAssembly.instantiateStreaming = async (source, imports) => {
  const response = await source
  if (provided && response.url === providedUrl) {
    // The file the provided module is (being) compiled from: skip reading and compiling it again.
    void response.body?.cancel().catch(() => undefined)
    const runtime = await provided
    const instance = await WebAssembly.instantiate(runtime.module, imports)
    return { module: runtime.module, instance }
  }
  // onnxruntime's own download, where the early compile failed before onnxruntime asked (a connection dropped
  // half-way while the model still downloads): counted anew. Where it failed while onnxruntime waited for it, its
  // fallback downloads the runtime with fetch and no count; the failed count ends (see prepare) and the page says
  // "Starting the model…" again rather than stand at the failed count (33 % for 8 s, re-check QA).
  const result = await nativeInstantiateStreaming(counted(response), imports)
  compiled = { url: response.url, module: result.module }
  return result
}

export const runtimeCache = {
  /** The runtime this worker compiled itself (undefined when it reused a given one). */
  compiled: (): CompiledRuntime | undefined => compiled,
  /** The bytes of the runtime read so far, for the load's progress (the page shows them while the session waits). */
  download: (): RuntimeDownload | undefined => download,
  reused: (): boolean => reused,
  /**
   * Called at the start of a load. With a runtime compiled by an earlier worker, use it. Without,
   * start compiling `url` now, on the browser's background compile threads, while the model is read
   * from IndexedDB and verified; onnxruntime then instantiates the result instead of compiling itself.
   */
  prepare(given: CompiledRuntime | undefined, url: string): void {
    if (provided) return
    if (given) {
      provided = Promise.resolve(given)
      providedUrl = given.url
      reused = true
      return
    }
    providedUrl = new URL(url, self.location.href).href
    provided = WebAssembly.compileStreaming(fetch(providedUrl, { credentials: 'same-origin' }).then(counted)).then((module) => {
      compiled = { url: providedUrl!, module }
      return compiled
    })
    // If compiling here fails, onnxruntime's own attempt reports the error (and its download is counted).
    provided.catch(() => {
      provided = undefined
      if (download) download.done = true
    })
  },
}

/** The same response, its bytes counted into `download` as the compiler reads them. */
function counted(response: Response): Response {
  if (!response.ok || !response.body) return response
  const progress: RuntimeDownload = { loaded: 0, total: __ORT_WASM_BYTES__, done: false }
  download = progress
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      progress.loaded += chunk.byteLength
      controller.enqueue(chunk)
    },
    flush() {
      progress.done = true
    },
  })
  // compileStreaming wants the application/wasm type: the headers go along.
  return new Response(response.body.pipeThrough(counter), { status: response.status, statusText: response.statusText, headers: response.headers })
}
