// npm run eval -- <file> [--format msra|bio|bmes|cluener] [--model <model-id or folder>] [--threads N]
//                        [--join none|newline|space|indent [--max-chars N]] [--wrap N] [--letter-spaced]
//                        [--word-spaced] [--pages N [--keep-furniture]] [--as-news]
// Runs the engine (the same code the browser runs) over a labelled file, one sentence per document,
// and prints per-type precision, recall and F1 on exact span match. --join lays consecutive sentences out
// as users' text arrives (documents of up to --max-chars characters, default 256: run together, on lines
// of their own, separated by spaces, or as an indented article); --wrap N hard-wraps every line after N
// characters, as text copied from a PDF is; --letter-spaced puts a space between every two characters of a
// line, as pdf.js extracts a PDF set with letter spacing; --word-spaced puts a space between the corpus's words
// (msra), as a word segmenter writes them; --pages N cuts each document into pages of N lines
// with a running header and a page-number footer and puts them back together as the PDF import does
// (dropping that furniture; --keep-furniture leaves it between the pages). --as-news scores a fine-grained
// model as the news model is scored: gold labels onto PER/LOC/ORG, its COMPANY/GOV as ORG, SCENE as LOC.
import { endProgressLine, MODEL_OPTIONS, parseCommandLine, requireFile, showProgress, threadCount } from './lib/args'
import { GOLD_FORMATS, guessFormat, mapType, newsTypeOf, readGold, typeMapperFor, type GoldFormat } from './lib/gold'
import { JOIN_STYLES, joinSentences, layOut, paginate, type JoinStyle } from './lib/layout'
import { SpanScorer, prf } from './lib/metrics'
import { loadNodeModel } from './lib/node-engine'

const USAGE = 'npm run eval -- <file> [--format msra|bio|bmes|cluener] [--model <model-id or folder>] [--threads N] ' +
  '[--join none|newline|space|indent [--max-chars N]] [--wrap N] [--letter-spaced] [--word-spaced] [--pages N [--keep-furniture]] [--as-news]'
const { values, positionals } = parseCommandLine({
  format: { type: 'string' },
  join: { type: 'string' },
  'max-chars': { type: 'string', default: '256' },
  wrap: { type: 'string', default: '0' },
  'letter-spaced': { type: 'boolean', default: false },
  'word-spaced': { type: 'boolean', default: false },
  pages: { type: 'string', default: '0' },
  'keep-furniture': { type: 'boolean', default: false },
  'as-news': { type: 'boolean', default: false },
  ...MODEL_OPTIONS,
}, USAGE, 1)

const file = requireFile(positionals[0]!)
const threads = threadCount(values.threads)
const format = (values.format ?? guessFormat(file)) as GoldFormat
if (values['word-spaced'] && format !== 'msra') {
  console.error('--word-spaced needs a corpus that segments words: --format msra')
  process.exit(2)
}
if (!GOLD_FORMATS.includes(format)) {
  console.error(`Unknown --format ${format}; use one of ${GOLD_FORMATS.join(', ')}`)
  process.exit(2)
}
const join = values.join as JoinStyle | undefined
if (join !== undefined && !JOIN_STYLES.includes(join)) {
  console.error(`Unknown --join ${join}; use one of ${JOIN_STYLES.join(', ')}`)
  process.exit(2)
}
const maxChars = Number(values['max-chars'])
const wrapAt = Number(values.wrap)
const linesPerPage = Number(values.pages)
if (!(maxChars > 0) || !(wrapAt >= 0) || !(linesPerPage >= 0)) {
  console.error(`--max-chars must be positive, --wrap and --pages at least 0\n\nUsage: ${USAGE}`)
  process.exit(2)
}

const { model, manifest } = await loadNodeModel(values.model, { threads })
const scorer = new SpanScorer()
const dropped = new Map<string, number>()
let sentences = 0
const started = Date.now()
const all = []
const asNews = values['as-news']
for await (const gold of readGold(file, format, asNews ? mapType : typeMapperFor(manifest.entity_types))) {
  for (const t of gold.droppedTypes) dropped.set(t, (dropped.get(t) ?? 0) + 1)
  all.push(gold)
}
// Without --join every sentence is its own document, as `npm run annotate` reads a file line by line.
for (const group of join ? joinSentences(all, join, maxChars) : all.map((s) => [s])) {
  const laidOut = layOut(group, join ?? 'none', wrapAt, values['letter-spaced'], values['word-spaced'])
  const doc = linesPerPage > 0 ? paginate(laidOut, linesPerPage, !values['keep-furniture']) : laidOut
  let predicted = doc.text.trim() ? await model.analyze(doc.text) : []
  if (asNews) predicted = predicted.flatMap((e) => (newsTypeOf(e.type) ? [{ ...e, type: newsTypeOf(e.type)! }] : []))
  scorer.add(doc.spans, predicted)
  sentences += group.length
  if (Math.floor(sentences / 1000) > Math.floor((sentences - group.length) / 1000)) showProgress(`${sentences} sentences…`)
}
endProgressLine()

const pct = (v: number) => v.toFixed(4)
const layout = join ? ` · joined (${join}) into documents of up to ${maxChars} chars` : ''
const wrapped = (values['letter-spaced'] ? ' · letter-spaced' : '') + (values['word-spaced'] ? ' · word-spaced' : '') + (wrapAt > 0 ? ` · lines wrapped every ${wrapAt} chars` : '') +
  (linesPerPage > 0 ? ` · pages of ${linesPerPage} lines, header and footer ${values['keep-furniture'] ? 'kept' : 'dropped by the PDF import\'s rule'}` : '')
const asNewsNote = asNews ? ' · scored as PER/LOC/ORG' : ''
console.log(`model ${manifest.id} ${manifest.version} · ${file} (${format}) · ${sentences} sentences${layout}${wrapped}${asNewsNote} · ${((Date.now() - started) / 1000).toFixed(1)} s`)
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
