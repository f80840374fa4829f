// Hooks into the worker's WebAssembly API, installed before onnxruntime-web is imported:
//
// 1. Every WebAssembly.Memory created is recorded, so the engine can report how much WASM memory
//    onnxruntime holds (memory that can grow but never shrink: the reason the worker is terminated
//    when idle).
// 2. onnxruntime's compiled runtime (a WebAssembly.Module, ~14 MB of WASM) is captured when it is
//    first compiled, and reused when the bridge hands it to the next worker, so a worker restarted
//    after an idle release instantiates in milliseconds instead of compiling again.
import type { CompiledRuntime } from '../src/engine/worker-api'

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

let provided: CompiledRuntime | undefined
let compiled: CompiledRuntime | undefined
let reused = false
const nativeInstantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly)

WebAssembly.instantiateStreaming = async (source, imports) => {
  const response = await source
  if (provided && response.url === provided.url) {
    // The same file the given module was compiled from: skip reading and compiling it again.
    void response.body?.cancel().catch(() => undefined)
    const instance = await WebAssembly.instantiate(provided.module, imports)
    reused = true
    return { module: provided.module, instance }
  }
  const result = await nativeInstantiateStreaming(response, imports)
  compiled = { url: response.url, module: result.module }
  return result
}

export const runtimeCache = {
  /** The runtime this worker compiled itself (undefined when it reused a given one). */
  compiled: (): CompiledRuntime | undefined => compiled,
  reused: (): boolean => reused,
  provide(runtime: CompiledRuntime | undefined): void {
    provided = runtime
  },
}
