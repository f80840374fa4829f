// One side of `npm run bench`, run in its own process: session start, 200-char window latency,
// throughput and peak memory for either Shiti (the full engine path) or the BERT-base-shaped peer.
import { readFileSync, statSync } from 'node:fs'
import { configureOrt, loadNodeModel, modelDirBytes, ort, readManifest } from './node-engine'

export interface ChildResult {
  id: string
  modelBytes: number
  runtimeInitMs: number
  sessionStartMs: number
  window200: { median: number; p95: number; runs: number }
  throughputCharsPerS: number
  peakMemoryMb: number
  ortVersion: string
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** 200-code-point pieces cut from the news text, in order (each is several sentences, so several windows). */
export function windows200(text: string, count: number): string[] {
  const chars = Array.from(text)
  const out: string[] = []
  for (let i = 0; out.length < count && i + 200 <= chars.length; i += 200) out.push(chars.slice(i, i + 200).join(''))
  return out
}

const peakMemoryMb = () => process.resourceUsage().maxRSS / 1024

export async function runBenchChild(kind: 'ours' | 'peer', model: string, text: string, threads: number): Promise<ChildResult> {
  configureOrt(threads)
  return kind === 'ours' ? benchOurs(model, text) : benchPeer(model)
}

async function benchOurs(dir: string, text: string): Promise<ChildResult> {
  const first = await loadNodeModel(dir)
  const runtimeInitMs = first.sessionStartMs
  await first.model.release()
  const starts: number[] = []
  let loaded = first
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    loaded = await loadNodeModel(dir) // read + verify + create, as from a warm cache
    starts.push(performance.now() - t0)
    if (i < 4) await loaded.model.release()
  }
  const { model, manifest } = loaded
  const windows = windows200(text, 80)
  for (const w of windows.slice(0, 20)) await model.analyze(w) // warm-up: let the JIT settle
  const times: number[] = []
  for (const w of windows.slice(20)) times.push(await timeIt(() => model.analyze(w)))
  const throughputMs = await timeIt(() => model.analyze(text))
  return {
    id: manifest.id,
    modelBytes: modelDirBytes(dir, readManifest(dir)),
    runtimeInitMs,
    sessionStartMs: quantile(starts, 0.5),
    window200: { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs: times.length },
    throughputCharsPerS: text.length / (throughputMs / 1000),
    peakMemoryMb: peakMemoryMb(),
    ortVersion: ort.env.versions.web ?? 'unknown',
  }
}

async function benchPeer(path: string): Promise<ChildResult> {
  const create = async () => {
    const bytes = new Uint8Array(readFileSync(path))
    return ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' })
  }
  const t0 = performance.now()
  let session = await create()
  const runtimeInitMs = performance.now() - t0
  const starts: number[] = []
  for (let i = 0; i < 3; i++) {
    await session.release()
    const t1 = performance.now()
    session = await create()
    starts.push(performance.now() - t1)
  }
  const run = (tokens: number) => {
    const ids = BigInt64Array.from({ length: tokens }, (_, i) => BigInt(i === 0 ? 101 : i === tokens - 1 ? 102 : 672 + ((i * 7919) % 20000)))
    return session.run({
      input_ids: new ort.Tensor('int64', ids, [1, tokens]),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(tokens).fill(1n), [1, tokens]),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(tokens), [1, tokens]),
    })
  }
  for (let i = 0; i < 2; i++) await run(202)
  const times: number[] = []
  for (let i = 0; i < 15; i++) times.push(await timeIt(() => run(202)))
  const long: number[] = []
  for (let i = 0; i < 3; i++) long.push(await timeIt(() => run(512)))
  return {
    id: 'bert-base-shaped-int8-peer',
    modelBytes: statSync(path).size,
    runtimeInitMs,
    sessionStartMs: quantile(starts, 0.5),
    window200: { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs: times.length },
    throughputCharsPerS: 510 / (quantile(long, 0.5) / 1000),
    peakMemoryMb: peakMemoryMb(),
    ortVersion: ort.env.versions.web ?? 'unknown',
  }
}
