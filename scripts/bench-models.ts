// npm run bench:models -- <model A> <model B> [--windows N] [--json]
// Two of our models head to head on the same 200-character windows, in one process, alternating window by
// window (A, B, B, A, ...) so both see the same machine state. The machine's speed moves by a quarter between
// sessions, so a model is compared with another only as a ratio measured like this, never across runs.
import { quantile, timeIt, windows200 } from './lib/bench-child'
import { parseCommandLine } from './lib/args'
import { loadNodeModel } from './lib/node-engine'
import { newsText } from './lib/news-text'

const USAGE = 'npm run bench:models -- <model A> <model B> [--windows N] [--json]'
const { values, positionals } = parseCommandLine({
  windows: { type: 'string', default: '300' },
  json: { type: 'boolean', default: false },
}, USAGE, 2)
const count = Math.max(20, Math.floor(Number(values.windows)) || 300)

const text = newsText(200 * (count + 20))
const windows = windows200(text.text, count + 20)

const models = await Promise.all(positionals.map((m) => loadNodeModel(m, { threads: 1 })))
const times: number[][] = models.map(() => [])
for (const [k, w] of windows.entries()) {
  const order = k % 2 === 0 ? [0, 1] : [1, 0]
  for (const m of order) {
    const ms = await timeIt(() => models[m]!.model.analyze(w))
    if (k >= 20) times[m]!.push(ms) // the first 20 windows warm the JIT up
  }
}

const result = {
  windows: times[0]!.length,
  text: text.source,
  models: models.map((m, i) => ({
    id: m.manifest.id,
    version: m.manifest.version,
    dir: m.dir,
    window200: { median: quantile(times[i]!, 0.5), p95: quantile(times[i]!, 0.95) },
  })),
  ratioBOverA: quantile(times[1]!, 0.5) / quantile(times[0]!, 0.5),
}
if (values.json) {
  process.stdout.write(JSON.stringify(result) + '\n')
} else {
  for (const m of result.models) {
    console.log(`${m.id} ${m.version} (${m.dir}): median ${m.window200.median.toFixed(1)} ms, p95 ${m.window200.p95.toFixed(1)} ms per 200-character window`)
  }
  console.log(`B / A = ${result.ratioBOverA.toFixed(3)} over ${result.windows} windows each, alternating, one thread`)
}
for (const m of models) await m.model.release()
