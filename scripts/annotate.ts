// npm run annotate -- <input|-> [--out <file>] [--lexicon <file>] [--patterns] [--encoding <label>] [--model <model-id>] [--threads N]
// One document per input line in, one JSON object per line out:
//   {"text": ..., "entities": [{"start", "end", "type", "text", "score"}]}   (offsets into that line)
// Streams both ways, so inputs larger than memory work; progress goes to standard error.
// --lexicon applies a user dictionary written as on the page's Dictionary tab ("腾讯 ORG", "-新华"); its
// entities carry "fromLexicon": true and score 1. A bad line stops the command before any output.
// --patterns adds phone numbers, e-mail addresses, ID and bank card numbers found by rule, as the page's
// Redact tab does (src/app/patterns.ts): "fromPattern": true, score 1, laid over the rest.
// The input is UTF-8 unless --encoding names another (gb18030 for GBK text, big5, utf-16le ...) or a file starts
// with a UTF-16 byte-order mark; bytes that are not valid in it stop the command with exit code 2, naming their
// line, rather than turn into replacement characters (the lines before them are written out). A byte-order
// mark is not part of the first line. The --lexicon file is UTF-8.
import { closeSync, createReadStream, createWriteStream, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { TextDecoderStream } from 'node:stream/web'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { exitWithError, MODEL_OPTIONS, parseCommandLine, requireFile, threadCount, UserInputError } from './lib/args'
import { loadNodeModel } from './lib/node-engine'
import { NerError, type Entity } from '../src/engine/types'
import { applyLexicon, lexiconTypeNames, parseLexicon, type UserLexicon } from '../src/app/userLexicon'
import { withPatterns } from '../src/app/patterns'

const USAGE = 'npm run annotate -- <input|-> [--out <file>] [--lexicon <file>] [--patterns] [--encoding <label>] [--model <model-id>] [--threads N]'
const { values, positionals } = parseCommandLine({
  out: { type: 'string' },
  lexicon: { type: 'string' },
  patterns: { type: 'boolean', default: false },
  encoding: { type: 'string' },
  ...MODEL_OPTIONS,
}, USAGE, 1)
const input = positionals[0] === '-' ? undefined : requireFile(positionals[0]!)
const threads = threadCount(values.threads)

const decoder = textDecoderStream(values.encoding ?? (input && utf16ByteOrderMark(input)) ?? 'utf-8')
const encoding = decoder.encoding // the label's canonical name: utf8 and UTF-8 are utf-8
const lexicon = values.lexicon ? readLexicon(requireFile(values.lexicon, '--lexicon file')) : null
// Opened before the model loads, so a folder that is not there fails at once, not after the first line.
const out: Writable = values.out ? createWriteStream('', { fd: openSync(values.out, 'w') }) : process.stdout
const { model, manifest } = await loadNodeModel(values.model, { threads })
const lexiconEntries = lexicon && checkedLexicon(lexicon, manifest.entity_types)
const source = input === undefined ? process.stdin : createReadStream(input)
const totalBytes = input === undefined ? undefined : statSync(input).size
const text = Readable.fromWeb(Readable.toWeb(source).pipeThrough(decoder))
const lines = createInterface({ input: text, crlfDelay: Infinity })

const round = (e: Entity) => ({ ...e, score: Math.round(e.score * 1e4) / 1e4 })
let done = 0
let bytesDone = 0
let lastReport = Date.now()
const started = Date.now()
try {
  for await (const line of lines) await annotateLine(line)
} catch (error) {
  // What was annotated stays in the output: flushed before the exit, and the message says how far it goes.
  await finishOutput()
  if ((error as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    const hint = encoding === 'utf-8' ? '; if it was saved as GBK or Big5, pass --encoding gb18030 or --encoding big5' : ''
    const where = input === undefined ? `after line ${done}` : `on line ${lineOfBadBytes(input, encoding) ?? `${done + 1} or later`}`
    exitWithError(`the input is not valid ${encoding} text ${where}${hint} (the output holds lines 1 to ${done})`)
  }
  if (error instanceof NerError) exitWithError(`line ${done + 1}: ${error.message} (the output holds lines 1 to ${done})`)
  throw error
}

async function annotateLine(line: string): Promise<void> {
  const found = line.trim() ? await model.analyze(line) : []
  const withLexicon = lexiconEntries ? applyLexicon(line, found, lexiconEntries) : found
  const entities = (values.patterns ? withPatterns(line, withLexicon) : withLexicon).map(round)
  // Respect backpressure, so a slow disk or pipe never makes us buffer the whole output.
  if (!out.write(JSON.stringify({ text: line, entities }) + '\n')) await once(out, 'drain')
  done++
  bytesDone += encodedBytes(line, encoding) + 1
  if (Date.now() - lastReport > 1000) {
    lastReport = Date.now()
    const share = totalBytes ? ` (${Math.min(100, (100 * bytesDone) / totalBytes).toFixed(1)} %)` : ''
    process.stderr.write(`\rannotate: ${done} lines${share}`)
  }
}
if (Date.now() - started > 1000) process.stderr.write(`\rannotate: ${done} lines, ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
await finishOutput()

/** About the bytes `line` took in the file, for the progress share: exact for UTF-8 and UTF-16; for GB18030 and
 *  Big5 one byte an ASCII character and two any other (GB18030's rare four-byte ones count two). */
function encodedBytes(line: string, label: string): number {
  if (label === 'utf-8') return Buffer.byteLength(line)
  if (label.startsWith('utf-16')) return 2 * line.length + 1 // + 1: the line feed is two bytes too
  let bytes = 0
  for (let i = 0; i < line.length; i++) bytes += line.charCodeAt(i) < 0x80 ? 1 : 2
  return bytes
}

async function finishOutput(): Promise<void> {
  if (!values.out) return
  out.end()
  await once(out, 'finish')
}

/** A file that starts with a UTF-16 byte-order mark is UTF-16 whatever the default says. */
function utf16ByteOrderMark(path: string): string | undefined {
  const head = Buffer.alloc(2)
  const fd = openSync(path, 'r')
  const n = readSync(fd, head, 0, 2, 0)
  closeSync(fd)
  if (n < 2) return undefined
  return head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : undefined
}

/**
 * The line of the first bytes not valid in `encoding` (the decoder fails a chunk ahead of the lines done), read
 * a megabyte at a time; line by line, as a 0x0A byte is a line feed in UTF-8, GB18030 and Big5 (not in UTF-16).
 */
function lineOfBadBytes(path: string, label: string): number | undefined {
  if (label.toLowerCase().startsWith('utf-16')) return undefined
  const decoder = new TextDecoder(label, { fatal: true })
  const chunk = Buffer.alloc(1 << 20)
  const fd = openSync(path, 'r')
  let line = 1
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      let from = 0
      for (let feed = chunk.indexOf(0x0a, from); feed >= 0 && feed < n; feed = chunk.indexOf(0x0a, from)) {
        decoder.decode(chunk.subarray(from, feed), { stream: true })
        decoder.decode() // the line must end whole: a sequence cut by the line feed is invalid too
        from = feed + 1
        line++
      }
      decoder.decode(chunk.subarray(from, n), { stream: true })
    }
    decoder.decode()
    return undefined
  } catch {
    return line
  } finally {
    closeSync(fd)
  }
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

/** The dictionary's text, which must be UTF-8: GBK read as UTF-8 would become names nobody wrote. */
function readLexicon(path: string): { path: string; text: string } {
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)) }
  } catch (error) {
    if (error instanceof TypeError) throw new UserInputError(`the --lexicon file "${path}" is not UTF-8 text; save it as UTF-8`)
    throw error
  }
}

function checkedLexicon({ path, text }: { path: string; text: string }, types: readonly string[]): UserLexicon {
  const lexicon = parseLexicon(text, lexiconTypeNames(types))
  if (lexicon.problems.length > 0) {
    for (const p of lexicon.problems) console.error(`${path}:${p.line}: ${p.reason}: ${p.content}`)
    exitWithError(`${lexicon.problems.length} bad dictionary line(s); types are ${types.join(', ')}`)
  }
  return lexicon
}
