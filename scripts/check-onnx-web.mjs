// Loads an ONNX model with onnxruntime-web's WASM backend in Node and runs it once on a few tokens:
// proof that every op in the exported (quantized) graph exists in the browser runtime.
// Usage: node scripts/check-onnx-web.mjs <model.onnx> [lexicon_dim]
import { readFileSync } from 'node:fs'
import * as ort from 'onnxruntime-web'

const [modelPath, lexiconDim = '12'] = process.argv.slice(2)
ort.env.wasm.numThreads = 1
const session = await ort.InferenceSession.create(readFileSync(modelPath))
const n = 9
const ids = () => new ort.Tensor('int64', BigInt64Array.from({ length: n }, (_, i) => BigInt(1 + (i % 3))), [1, n])
const feeds = { char_ids: ids(), bigram_left_ids: ids(), bigram_right_ids: ids() }
if (session.inputNames.includes('lexicon_feats')) {
  const k = Number(lexiconDim)
  feeds.lexicon_feats = new ort.Tensor('float32', new Float32Array(n * k), [1, n, k])
}
if (session.inputNames.includes('lexicon_word_ids')) {
  // B/M/E rows of the word-embedding table; row 1 exists in every table that has this input
  feeds.lexicon_word_ids = new ort.Tensor('int64', BigInt64Array.from({ length: n * 3 }, (_, i) => BigInt(i % 2)), [1, n, 3])
}
const { emissions } = await session.run(feeds)
if (emissions.dims[1] !== n || !Array.from(emissions.data).every(Number.isFinite)) {
  throw new Error(`bad emissions ${emissions.dims}`)
}
console.log(JSON.stringify({ ok: true, inputs: session.inputNames, dims: emissions.dims }))
