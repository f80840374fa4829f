// npm run eval -- <file> [--format msra|bio|bmes|cluener] [--model <model-id or folder>] [--threads N]
// Runs the engine (the same code the browser runs) over a labelled file, one sentence per document,
// and prints per-type precision, recall and F1 on exact span match.
import { MODEL_OPTIONS, parseCommandLine } from './lib/args'
import { GOLD_FORMATS, guessFormat, readGold, type GoldFormat } from './lib/gold'
import { SpanScorer, prf } from './lib/metrics'
import { loadNodeModel } from './lib/node-engine'

const USAGE = 'npm run eval -- <file> [--format msra|bio|bmes|cluener] [--model <model-id>] [--threads N]'
const { values, positionals } = parseCommandLine({
  format: { type: 'string' },
  ...MODEL_OPTIONS,
}, USAGE, 1)

const file = positionals[0]!
const format = (values.format ?? guessFormat(file)) as GoldFormat
if (!GOLD_FORMATS.includes(format)) {
  console.error(`Unknown --format ${format}; use one of ${GOLD_FORMATS.join(', ')}`)
  process.exit(2)
}

const { model, manifest } = await loadNodeModel(values.model, { threads: Number(values.threads) })
const scorer = new SpanScorer()
const dropped = new Map<string, number>()
let sentences = 0
const started = Date.now()
for await (const gold of readGold(file, format)) {
  const predicted = gold.text.trim() ? await model.analyze(gold.text) : []
  scorer.add(gold.spans, predicted)
  for (const t of gold.droppedTypes) dropped.set(t, (dropped.get(t) ?? 0) + 1)
  if (++sentences % 1000 === 0) process.stderr.write(`\r${sentences} sentences…`)
}
if (sentences >= 1000) process.stderr.write('\n')

const pct = (v: number) => v.toFixed(4)
console.log(`model ${manifest.id} ${manifest.version} · ${file} (${format}) · ${sentences} sentences · ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(['type', 'P', 'R', 'F1', 'gold', 'predicted'].map((h) => h.padStart(10)).join(''))
for (const type of [...scorer.byType.keys()].sort()) {
  const c = scorer.byType.get(type)!
  const { p, r, f1 } = prf(c)
  console.log([type, pct(p), pct(r), pct(f1), String(c.tp + c.fn), String(c.tp + c.fp)].map((v) => v.padStart(10)).join(''))
}
if (dropped.size) {
  console.log(`not evaluated (no PER/LOC/ORG counterpart): ${[...dropped].map(([t, n]) => `${t} ${n}`).join(', ')}`)
}
const { p, r, f1 } = prf(scorer.overall())
console.log(`overall P=${pct(p)} R=${pct(r)} F1=${pct(f1)}`)
