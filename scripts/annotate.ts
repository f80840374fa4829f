// npm run annotate -- <input|-> [--out <file>] [--lexicon <file>] [--patterns] [--encoding <label>] [--model <model-id>] [--threads N]
// One document per input line in, one JSON object per line out:
//   {"text": ..., "entities": [{"start", "end", "type", "text", "score"}]}   (offsets into that line)
// Streams both ways, so inputs larger than memory work; progress goes to standard error.
// --lexicon applies a user dictionary written as on the page's Dictionary tab ("腾讯 ORG", "-新华"); its
// entities carry "fromLexicon": true and score 1. A bad line stops the command before any output.
// --patterns adds phone numbers, e-mail addresses, ID and bank card numbers found by rule, as the page's
// Redact tab does (src/app/patterns.ts): "fromPattern": true, score 1, laid over the rest.
// The input is UTF-8 unless --encoding names another (gb18030 for GBK text, big5, utf-16le ...); bytes that
// are not valid in it stop the command with exit code 2 rather than turn into replacement characters. A
// byte-order mark is not part of the first line.
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { TextDecoderStream } from 'node:stream/web'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { MODEL_OPTIONS, parseCommandLine } from './lib/args'
import { loadNodeModel } from './lib/node-engine'
import type { Entity } from '../src/engine/types'
import { applyLexicon, lexiconTypeNames, parseLexicon, type UserLexicon } from '../src/app/userLexicon'
import { withPatterns } from '../src/app/patterns'

const USAGE = 'npm run annotate -- <input|-> [--out <file>] [--lexicon <file>] [--patterns] [--encoding <label>] [--model <model-id>] [--threads N]'
const { values, positionals } = parseCommandLine({
  out: { type: 'string' },
  lexicon: { type: 'string' },
  patterns: { type: 'boolean', default: false },
  encoding: { type: 'string', default: 'utf-8' },
  ...MODEL_OPTIONS,
}, USAGE, 1)
const input = positionals[0]!

const decoder = textDecoderStream(values.encoding)
const { model, manifest } = await loadNodeModel(values.model, { threads: Number(values.threads) })
const lexicon = values.lexicon ? readLexicon(values.lexicon, manifest.entity_types) : null
const source = input === '-' ? process.stdin : createReadStream(input)
const totalBytes = input === '-' ? undefined : statSync(input).size
const out: Writable = values.out ? createWriteStream(values.out) : process.stdout
const text = Readable.fromWeb(Readable.toWeb(source).pipeThrough(decoder))
const lines = createInterface({ input: text, crlfDelay: Infinity })

const round = (e: Entity) => ({ ...e, score: Math.round(e.score * 1e4) / 1e4 })
let done = 0
let bytesRead = 0
let lastReport = Date.now()
const started = Date.now()
try {
  for await (const line of lines) await annotateLine(line)
} catch (error) {
  if ((error as { code?: unknown }).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error
  const hint = values.encoding === 'utf-8' ? '; if it was saved as GBK or Big5, pass --encoding gb18030 or --encoding big5' : ''
  console.error(`\nannotate: the input is not valid ${values.encoding} text after line ${done}${hint}`)
  process.exit(2)
}

async function annotateLine(line: string): Promise<void> {
  const found = line.trim() ? await model.analyze(line) : []
  const withLexicon = lexicon ? applyLexicon(line, found, lexicon) : found
  const entities = (values.patterns ? withPatterns(line, withLexicon) : withLexicon).map(round)
  // Respect backpressure, so a slow disk or pipe never makes us buffer the whole output.
  if (!out.write(JSON.stringify({ text: line, entities }) + '\n')) await once(out, 'drain')
  done++
  bytesRead += Buffer.byteLength(line) + 1
  if (Date.now() - lastReport > 1000) {
    lastReport = Date.now()
    const share = totalBytes ? ` (${Math.min(100, (100 * bytesRead) / totalBytes).toFixed(1)} %)` : ''
    process.stderr.write(`\rannotate: ${done} lines${share}`)
  }
}
if (Date.now() - started > 1000) process.stderr.write(`\rannotate: ${done} lines, ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
if (values.out) {
  out.end()
  await once(out, 'finish')
}

/** A decoder that fails on bytes invalid in `label`, or a usage error for a label nobody knows. */
function textDecoderStream(label: string): TextDecoderStream {
  try {
    return new TextDecoderStream(label, { fatal: true })
  } catch {
    console.error(`annotate: unknown encoding "${label}" (try utf-8, gb18030, big5, utf-16le)\n\nUsage: ${USAGE}`)
    process.exit(2)
  }
}

function readLexicon(path: string, types: readonly string[]): UserLexicon {
  const lexicon = parseLexicon(readFileSync(path, 'utf8'), lexiconTypeNames(types))
  if (lexicon.problems.length > 0) {
    for (const p of lexicon.problems) console.error(`${path}:${p.line}: ${p.reason}: ${p.content}`)
    console.error(`annotate: ${lexicon.problems.length} bad dictionary line(s); types are ${types.join(', ')}`)
    process.exit(2)
  }
  return lexicon
}
