// The NER Web Worker: tokenization and inference off the main thread, exposed with Comlink.
import { runtimeCache, wasmMemories } from './wasm-runtime-hooks' // first: patches WebAssembly before onnxruntime loads
import * as ort from 'onnxruntime-web/wasm'
import { expose } from 'comlink'
import { createWorkerApi } from '../src/engine/worker-api'

expose(createWorkerApi({ ort, wasmMemories, runtimeCache }))
