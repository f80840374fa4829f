// npm run bench [-- --json] [--model <model-id or folder>] [--threads N] [--peer <peer.onnx>] [--runs N]
// Measures Shiti and a BERT-base-shaped INT8 peer in one run, each in its own child process (so peak
// memory and session start are not polluted by the other), on the WASM backend of onnxruntime-web.
// A run is `--runs` rounds (default 3), Shiti then the peer in each, so both see the same machine; every
// figure is the median over the rounds and each round's window medians are printed too.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { MODEL_OPTIONS, parseCommandLine, threadCount } from './lib/args'
import { REPO_ROOT, resolveModelDir } from './lib/node-engine'
import { newsText } from './lib/news-text'
import { quantile, runBenchChild, type ChildResult } from './lib/bench-child'

const USAGE = 'npm run bench [-- --json] [--model <model-id or folder>] [--threads N] [--peer <model.onnx>] [--runs N]'
const { values } = parseCommandLine({
  json: { type: 'boolean', default: false },
  ...MODEL_OPTIONS,
  peer: { type: 'string' },
  runs: { type: 'string', default: '3' },
  child: { type: 'string' },
  text: { type: 'string' },
}, USAGE)
const threads = threadCount(values.threads)
const rounds = Math.max(1, Math.floor(Number(values.runs)) || 3)

if (values.child) {
  // Child mode: measure one model and print one JSON line.
  const result = await runBenchChild(values.child as 'ours' | 'peer', values.model!, readFileSync(values.text!, 'utf8'), threads)
  process.stdout.write(JSON.stringify(result) + '\n')
  process.exit(0)
}

const log = (line: string) => { if (!values.json) console.log(line) }
const modelDir = resolveModelDir(values.model)
const peerPath = values.peer ?? ensurePeerModel()
const text = newsText(100_000)
const work = mkdtempSync(join(tmpdir(), 'shiti-bench-'))
const textFile = join(work, 'text.txt')
writeFileSync(textFile, text.text) // a temp file outside the repository, deleted below

function child(kind: 'ours' | 'peer', model: string): ChildResult {
  log(`measuring ${kind === 'ours' ? 'Shiti' : 'BERT-base-shaped peer'} (${model})…`)
  const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', kind, '--model', model, '--text', textFile, '--threads', String(threads)],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] })
  if (run.status !== 0) throw new Error(`the ${kind} benchmark failed (exit ${run.status})`)
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as ChildResult
}

const ourRuns: ChildResult[] = []
const peerRuns: ChildResult[] = []
try {
  for (let i = 0; i < rounds; i++) {
    log(`round ${i + 1} of ${rounds}`)
    ourRuns.push(child('ours', modelDir))
    peerRuns.push(child('peer', peerPath))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
const ours = medianResult(ourRuns)
const peer = medianResult(peerRuns)

const round = (v: number, digits = 2) => Number(v.toFixed(digits))
const result = {
  model: ours.id,
  model_bytes: ours.modelBytes,
  runtime_init_ms: round(ours.runtimeInitMs),
  session_start_ms: round(ours.sessionStartMs),
  window200_ms_median: round(ours.window200.median, 3),
  window200_ms_p95: round(ours.window200.p95, 3),
  throughput_chars_per_s: Math.round(ours.throughputCharsPerS),
  peak_memory_mb: round(ours.peakMemoryMb, 1),
  peer_model_bytes: peer.modelBytes,
  peer_session_start_ms: round(peer.sessionStartMs),
  peer_window200_ms_median: round(peer.window200.median, 3),
  peer_window200_ms_p95: round(peer.window200.p95, 3),
  peer_throughput_chars_per_s: Math.round(peer.throughputCharsPerS),
  peer_peak_memory_mb: round(peer.peakMemoryMb, 1),
  speedup_vs_peer: round(peer.window200.median / ours.window200.median, 1),
  throughput_ratio_vs_peer: round(ours.throughputCharsPerS / peer.throughputCharsPerS, 1),
  size_ratio_vs_peer: round(peer.modelBytes / ours.modelBytes, 1),
  session_start_ratio_vs_peer: round(peer.sessionStartMs / ours.sessionStartMs, 1),
  memory_ratio_vs_peer: round(peer.peakMemoryMb / ours.peakMemoryMb, 1),
  threads,
  rounds,
  window200_ms_median_by_round: ourRuns.map((r) => round(r.window200.median, 3)),
  peer_window200_ms_median_by_round: peerRuns.map((r) => round(r.window200.median, 3)),
  text_source: text.source,
  text_chars: text.text.length,
  machine: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} logical cores, Node ${process.version}, onnxruntime-web ${ours.ortVersion} (WASM, SIMD)`,
  notes: {
    session_start_ms: 'model files read from disk and sha256-verified, then the onnxruntime session created; median of 5, after the WASM runtime is initialized (runtime_init_ms: the first session, runtime compile included)',
    rounds: 'every figure is the median over the rounds; in each round Shiti is measured, then the peer',
    window200: 'a 200-code-point piece of news text through the whole engine path (normalize, one window per sentence, tokenize, run, CRF decode: about 6 model calls); median and p95 of 60 after 20 warm-up runs',
    peer_window200: 'the peer runs 202 tokens ([CLS] + 200 + [SEP]); tokenization is not timed',
    peer_throughput: 'from 512-token windows (510 chars each), median of 3 runs',
    peak_memory_mb: 'peak resident set size of the measuring process',
  },
}

if (values.json) {
  console.log(JSON.stringify(result))
} else {
  const rows: [string, string, string, string][] = [
    ['model bytes', fmtBytes(result.model_bytes), fmtBytes(result.peer_model_bytes), `${result.size_ratio_vs_peer}× smaller`],
    ['session start (ms)', String(result.session_start_ms), String(result.peer_session_start_ms), `${result.session_start_ratio_vs_peer}× faster`],
    ['200 chars of news, median (ms)', String(result.window200_ms_median), String(result.peer_window200_ms_median), `${result.speedup_vs_peer}× faster`],
    ['200 chars of news, p95 (ms)', String(result.window200_ms_p95), String(result.peer_window200_ms_p95), ''],
    ['throughput (chars/s)', String(result.throughput_chars_per_s), String(result.peer_throughput_chars_per_s), `${result.throughput_ratio_vs_peer}×`],
    ['peak memory (MB)', String(result.peak_memory_mb), String(result.peer_peak_memory_mb), `${result.memory_ratio_vs_peer}× less`],
  ]
  log('')
  log(`${'figure'.padEnd(30)}${'Shiti'.padStart(14)}${'BERT-base peer'.padStart(16)}   ratio`)
  for (const [name, a, b, ratio] of rows) log(`${name.padEnd(30)}${a.padStart(14)}${b.padStart(16)}   ${ratio}`)
  log('')
  log(`medians of ${rounds} rounds; 200-char medians by round: ${result.window200_ms_median_by_round.join(' / ')} ms ` +
    `(peer ${result.peer_window200_ms_median_by_round.join(' / ')} ms)`)
  log(`model: ${result.model} · threads: ${threads} · WASM runtime init (first session): ${result.runtime_init_ms} ms`)
  log(`text: ${result.text_chars} chars, ${result.text_source}`)
  log(`machine: ${result.machine}`)
}

/** Each figure's median over the rounds (the rounds' own window p95s are medianed like the rest). */
function medianResult(runs: ChildResult[]): ChildResult {
  const mid = (pick: (r: ChildResult) => number) => quantile(runs.map(pick), 0.5)
  return {
    ...runs[0]!,
    runtimeInitMs: mid((r) => r.runtimeInitMs),
    sessionStartMs: mid((r) => r.sessionStartMs),
    window200: { median: mid((r) => r.window200.median), p95: mid((r) => r.window200.p95), runs: runs[0]!.window200.runs },
    throughputCharsPerS: mid((r) => r.throughputCharsPerS),
    peakMemoryMb: mid((r) => r.peakMemoryMb),
  }
}

/** Decimal megabytes, as the README and the model card count the model's size (11.79 MB). */
function fmtBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`
}

/** The peer is generated once (random weights, no download) and cached outside git. */
function ensurePeerModel(): string {
  const dir = process.env.SHITI_PEER_DIR ?? join(homedir(), '.cache', 'shiti', 'peer')
  const path = join(dir, 'model.onnx')
  if (existsSync(path)) return path
  const python = join(REPO_ROOT, '.venv', 'bin', 'python')
  if (!existsSync(python)) throw new Error('The peer model is missing and .venv is not set up: run `bash scripts/setup-python.sh` first.')
  log(`generating the BERT-base-shaped INT8 peer into ${dir} (once; a few minutes)…`)
  const run = spawnSync(python, [join(REPO_ROOT, 'scripts', 'make-peer-model.py'), '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (run.status !== 0 || !existsSync(path)) throw new Error('make-peer-model.py failed')
  return path
}
