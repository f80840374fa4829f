// Records every WebAssembly.Memory the worker creates, so the engine can report how much WASM memory
// onnxruntime holds (memory that can grow but never shrink: the reason the worker is terminated when
// idle). Must be imported before onnxruntime-web.
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
