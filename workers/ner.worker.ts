// The NER Web Worker: tokenization and inference off the main thread, exposed with Comlink.
import '../src/engine/network-lock' // first of all: this worker reaches its own origin only, CSP or not
import { runtimeCache, wasmMemories } from './wasm-runtime-hooks' // then: patches WebAssembly before onnxruntime loads
import * as ort from 'onnxruntime-web/wasm'
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url'
import { expose } from 'comlink'
import { createWorkerApi } from '../src/engine/worker-api'

// onnxruntime loads exactly the file Vite emitted for this import, so the runtime hooks can compile it early.
ort.env.wasm.wasmPaths = { wasm: new URL(ortWasmUrl, self.location.href).href }

expose(createWorkerApi({
  ort,
  wasmMemories,
  runtimeCache: { ...runtimeCache, prepare: (given) => runtimeCache.prepare(given, ortWasmUrl) },
}))
