// npm run annotate -- [<input>|-] [--document] [--format text|msra|bio|bmes|cluener] [--out <file>] [--lexicon <file>] [--patterns] [--min-score X] [--meta] [--encoding <label>] [--model <model-id or folder>] [--threads N]
// One document per input line in, one JSON object per line out:
//   {"text": ..., "entities": [{"start", "end", "type", "text", "score"}]}   (offsets into that line, in UTF-16
// code units as JavaScript strings count them: an emoji counts 2, as in the page's JSON export)
// --document reads the whole input as one text, as the page and its Batch tab read a .txt file (decoded and its line
// breaks taken as they do, a hard-wrapped line joined to the next by the engine's own rule), and writes one record,
// its text the file's own (CR LF kept) and the offsets in it, as Batch's JSONL. Read line by line, a name or
// sentence wrapped over two lines is cut in two, and the scores differ from the page's (QA: on a hard-wrapped file
// 12 spans only in the CLI, 11 only on the page, 53 scores apart by up to 0.25).
// Every span the model finds is written (no threshold, unlike the page, whose slider hides those under 0.30 by
// default) unless --min-score X, which keeps those scored X or more as the page's slider does (dictionary and rule
// names score 1). The model's id and version go to standard error at the start; --meta writes them, with the
// threshold and the options, as a first line {"model": {"id", "version"}, "min_score", "patterns", "lexicon", "document"}.
// The input is a file, or standard input when it is "-" or not given (but not a terminal: no one types a corpus).
// Streams both ways, so inputs larger than memory work; progress goes to standard error.
// U+2028, U+2029 and U+0085 are written escaped (\u2028 ...): JSON allows them raw, but a reader that splits the
// output into lines as Python's str.splitlines() does would break a record at them.
// --lexicon applies a user dictionary written as on the page's Dictionary tab ("腾讯 ORG", "-新华"); its
// entities carry "source": "dictionary" and score 1, as in the page's JSON (jsonSpans). A bad line stops the command
// before any output.
// --patterns adds phone numbers, e-mail addresses, ID and bank card numbers found by rule, as the page's
// Redact tab does (src/app/patterns.ts): "source": "rule", score 1, laid over the rest.
// The input is UTF-8 unless --encoding names another (gb18030 for GBK text, big5, utf-16le ...) or a file starts
// with a UTF-16 byte-order mark. UTF-8 is read much as the page reads it: a stray invalid byte or a few become U+FFFD
// (the line is still written, so the output keeps one record per input line) with a warning naming the lines;
// input that is mostly not UTF-8 (GBK, Big5) stops the command with exit code 2 and a hint, before any of it
// is written. In another encoding the first invalid byte stops it, with the lines before it written. A
// byte-order mark is not part of the first line. The --lexicon file is UTF-8; --out may not name an input.
// --format msra|bio|bmes|cluener reads a labelled file (UTF-8) as `npm run eval` reads it (scripts/lib/gold.ts) and
// writes one record per sentence, its text the plain sentence (但/o 农村/o … read as 但农村…), a line not of the
// format stopping the command with file and line. Read as text (the default), a file whose first lines look
// labelled gets a warning naming the flag: annotated as text, 但/o 农村/o would give records nobody can score.
// Ctrl-C stops the command with what was annotated written and flushed, and says how far the output goes.
import {
  closeSync, createReadStream, createWriteStream, fstatSync, ftruncateSync, openSync, readFileSync, readSync, statSync, unlinkSync, type Stats,
} from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { GOLD_FORMATS, looksLabelled, readGold, type GoldFormat } from './lib/gold'
import {
  endProgressLine, exitWithError, exitWithUsage, MODEL_OPTIONS, parseCommandLine, requireFile, showProgress, threadCount, UserInputError,
} from './lib/args'
import { inputLines, InvalidText, type InputLine } from './lib/input-lines'
import { loadNodeModel } from './lib/node-engine'
import { NerError, type Entity } from '../src/engine/types'
import { applyLexicon, lexiconTypeNames, parseLexicon, type UserLexicon } from '../src/app/userLexicon'
import { loadCommonWords, traditionalToSimplified } from '../src/app/redact'
import { withPatterns } from '../src/app/patterns'
import { jsonLine, jsonSpans } from '../src/app/exporters'
import { isVisible } from '../src/app/segments'
import { asInFile } from '../src/app/batch'
import { decodeText, looksBinary } from '../src/app/textEncoding'
import { normalizeLineBreaks } from '../src/app/lineBreaks'

const USAGE = 'npm run annotate -- [<input>|-] [--document] [--format text|msra|bio|bmes|cluener] [--out <file>] [--lexicon <file>] [--patterns] [--min-score X] [--meta] [--encoding <label>] [--model <model-id or folder>] [--threads N]'
const NOTES = [
  'Reads the input file, or standard input when it is "-" or left out; writes one JSON object per input line,',
  '{"text": ..., "entities": [{"start", "end", "type", "text", "score"}]}, to --out or standard output.',
  'start and end are offsets into that line in UTF-16 code units, as JavaScript strings count them (an emoji',
  'counts 2; in Python, index text.encode("utf-16-le") by twice the offset), as in the page\'s JSON export.',
  'With npm run, write to --out (or run npm run --silent): npm prints its own banner on standard output.',
  '--format msra|bio|bmes|cluener reads a labelled file as npm run eval does and writes one object per sentence,',
  'its text the plain sentence: npm run annotate -- test.msra --format msra --out pred.jsonl.',
  '--document reads the whole input as one text, as the page and its Batch tab read a .txt file (wrapped lines',
  'joined, the encoding detected), and writes one object for it, its offsets in the file\'s own text.',
  'Every span found is written unless --min-score X (0 to 1; the page hides spans under 0.30 by default).',
  '--meta writes a first line naming the model, the threshold and the options.',
].join('\n')
const { values, positionals } = parseCommandLine({
  out: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lexicon: { type: 'string' },
  patterns: { type: 'boolean', default: false },
  encoding: { type: 'string' },
  document: { type: 'boolean', default: false },
  'min-score': { type: 'string' },
  meta: { type: 'boolean', default: false },
  ...MODEL_OPTIONS,
}, USAGE, 0, 1, NOTES)
// From a terminal the command would sit waiting for text to be typed, without a word: say what it wants.
if (positionals.length === 0 && process.stdin.isTTY) exitWithUsage('Missing argument: the input file, or "-" for standard input (or redirect it: < file).', USAGE)
const input = positionals[0] === undefined || positionals[0] === '-' ? undefined : requireFile(positionals[0])
const threads = threadCount(values.threads)
const format = values.format as GoldFormat | 'text'
if (format !== 'text' && !GOLD_FORMATS.includes(format)) exitWithUsage(`annotate: unknown --format "${format}"; use text, ${GOLD_FORMATS.join(', ')}`, USAGE)
if (format !== 'text' && values.encoding !== undefined && new TextDecoder(values.encoding).encoding !== 'utf-8') {
  exitWithUsage(`annotate: --format ${format} reads UTF-8 only; convert the file first (iconv -f ${values.encoding} -t utf-8)`, USAGE)
}

if (format !== 'text' && values.document) exitWithUsage(`annotate: --document reads plain text; --format ${format} reads one sentence at a time`, USAGE)
const minScore = values['min-score'] === undefined ? undefined : scoreThreshold(values['min-score'])

const encoding = canonicalEncoding(values.encoding ?? (input && utf16ByteOrderMark(input)) ?? 'utf-8')
const lexiconPath = values.lexicon && requireFile(values.lexicon, '--lexicon file')
const lexicon = lexiconPath ? readLexicon(lexiconPath) : null
if (values.out) refuseToOverwriteAnInput(values.out)
// Opened before the model loads, so a folder that is not there fails at once, not after the first line; but
// emptied only when the first record is written (appending to an empty file writes from its start), so a
// refused input (GBK without --encoding, an unknown model) leaves a file that was there as it was, and one
// that was not there is removed (QA: an empty --out was left behind).
const { fd: outFd, existed: outExisted } = values.out === undefined ? { fd: undefined, existed: false } : openOutput(values.out)
let outStarted = false
const out: Writable = outFd !== undefined ? createWriteStream('', { fd: outFd }) : process.stdout
if (values.out) {
  const outPath = values.out
  out.on('error', (error: NodeJS.ErrnoException) => exitWithError(`cannot write the output file "${outPath}": ${systemProblem(error)} (${written()})`))
  process.on('exit', () => {
    if (!outStarted && !outExisted) {
      try {
        unlinkSync(outPath)
      } catch {
        // gone already
      }
    }
  })
}
const { model, manifest } = await loadNodeModel(values.model, { threads })
// In the log, so that a run's output can be traced to the model that made it (the records do not name it).
console.error(`annotate: model ${manifest.id} ${manifest.version}`)
const lexiconEntries = lexicon && checkedLexicon(lexicon, manifest.entity_types)
// As on the page: Traditional names match Simplified entries (英偉達 for 英伟达 ORG) through the Redact tab's
// table. No threshold unless --min-score: every model name is written out, so every one counts as shown
// (applyLexicon's minScore 0); with one, a model name under it keeps no dictionary name out, as on the page.
if (lexiconEntries) await loadCommonWords()
const lexiconOptions = { simplified: traditionalToSimplified(), minScore }
/** The page's filter (isVisible) at --min-score, no type hidden. */
const shownFilter = minScore === undefined ? undefined : { hiddenTypes: new Set<string>(), minScore }
const source = input === undefined ? process.stdin : createReadStream(input)
const inputName = input ?? 'standard input'
const totalBytes = input === undefined ? undefined : statSync(input).size

/**
 * UTF-8 with invalid bytes is still UTF-8, their sequences read as U+FFFD, while its valid characters beyond
 * ASCII outnumber them tenfold: the page's first rule (mostlyUtf8 in src/app/textEncoding.ts; the page, which has
 * the whole file, also takes one whose Chinese characters outnumber its invalid sequences), which GBK or Big5 read
 * as UTF-8 (about one valid character for ten invalid sequences) fails at once, and a stray Latin-1 byte or a
 * line pasted from a GBK file in a Chinese text passes. Up to FEW_STRAYS invalid sequences pass whatever the
 * rest: a character cut in two, a Latin-1 letter, a three-byte mark like FF FE FA are too few to tell an
 * encoding by, and in a short file the tenfold rule alone would refuse them (three lines, 25 characters in all, and
 * a fourth with FF FE FA); one short line of GBK is past it (李娜在武汉。 reads as 9 and 1 valid character).
 * A line with invalid bytes is held, with the lines after it, until another JUDGED_AFTER bytes have been read
 * (or the input ends); then the counts since the start decide, before any held line is written: a file in
 * another encoding is refused before a line of it is written, and the lines before its first invalid byte,
 * UTF-8 as far as they go, stay written.
 */
const VALID_PER_INVALID = 10
const FEW_STRAYS = 3
const JUDGED_AFTER = 1 << 20
const held: InputLine[] = []
let heldBytes = 0
let invalidSequences = 0
let validNonAscii = 0
const linesWithInvalidBytes: number[] = []

let done = 0
let bytesDone = 0
let lastReport = Date.now()
const started = Date.now()
const unit = values.document ? 'document' : format === 'text' ? 'line' : 'sentence'
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
/** The first lines read as text, to warn of a labelled file (looksLabelled) once FIRST_LINES are in. */
const FIRST_LINES = 20
const firstLines: string[] = []
let labelsLookedFor = false
let interrupted = false
let finishing: Promise<void> | undefined
process.on('SIGINT', () => void stopOnInterrupt())
try {
  if (format !== 'text') {
    for await (const sentence of readGold(inputName, format, undefined, source)) {
      if (interrupted) break
      await annotateText(sentence.text, 0)
    }
  } else if (values.document) {
    await annotateDocument()
  } else {
    await annotateInput()
  }
} catch (error) {
  // What was annotated stays in the output: flushed before the exit, and the message says how far it goes.
  await finishOutput()
  if (error instanceof UserInputError) exitWithError(`${error.message} (${written()})`)
  throw error
}

/**
 * --document: the input's bytes decoded as the page decodes a .txt file (decodeText: a byte-order mark, UTF-8, UTF-16
 * without its mark, else GB18030 or Big5 as detected; --encoding decides instead, when given), refused as the page
 * refuses binary data, its line breaks made LF for the model (normalizeLineBreaks) and given back in the record
 * with the offsets (asInFile), as Batch's JSONL writes a file.
 */
async function annotateDocument(): Promise<void> {
  const bytes = await allBytes(source)
  let text: string
  let decodedAs: string
  let invalid = 0
  if (values.encoding !== undefined) {
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    } catch {
      exitWithError(`the input is not valid ${encoding} text (nothing was written)`)
    }
    decodedAs = encoding
  } else {
    const decoded = await decodeText(bytes)
    text = decoded.text
    decodedAs = decoded.encoding
    invalid = decoded.invalidSequences ?? 0
  }
  if (looksBinary(text, { strayReplacements: invalid > 0 })) exitWithError(`${input ? `"${input}"` : 'the input'} does not look like text, as the page would say (nothing was written)`)
  if (decodedAs !== 'utf-8') console.error(`annotate: read as ${decodedAs}, as the page reads it`)
  if (invalid > 0) console.error(`annotate: ${plural(invalid, 'byte sequence')} not valid UTF-8 read as U+FFFD (\uFFFD), as the page reads them`)
  const { text: modelText, lineBreaks } = normalizeLineBreaks(text)
  // An empty or blank file is not given to the engine, which refuses it ("all texts are empty", exit 2, no record):
  // Batch writes such a file's line with no entities (useBatch), and so does this, as a line of white space is
  // written line by line (annotateText).
  const found = !modelText.trim() ? [] : (await model.analyzeMany([modelText], {
    onProgress: ({ charsDone, charsTotal }) => {
      if (Date.now() - lastReport < 1000) return
      lastReport = Date.now()
      showProgress(`${((100 * charsDone) / Math.max(1, charsTotal)).toFixed(1)} %`)
    },
  }))[0]!
  const laid = laidOver(modelText, found)
  if (interrupted) return
  const record = asInFile({ name: inputName, status: 'done', text: modelText, entities: laid, ...(lineBreaks && { lineBreaks }) }, () => true)
  startOutput()
  done++
  if (!out.write(jsonLine({ text: record.text, entities: jsonSpans(record.entities) }))) await once(out, 'drain')
}

async function allBytes(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return new Uint8Array(Buffer.concat(chunks))
}

/** The dictionary and the rules laid over the model's names as on the page (lexicon, then rules), and --min-score's
 *  filter: what a record holds. */
function laidOver(text: string, found: readonly Entity[]): readonly Entity[] {
  const withLexicon = lexiconEntries ? applyLexicon(text, found, lexiconEntries, lexiconOptions) : found
  const laid = values.patterns ? withPatterns(text, withLexicon) : withLexicon
  return shownFilter ? laid.filter((e) => isVisible(e, shownFilter)) : laid
}

async function annotateInput(): Promise<void> {
  try {
    await readTextInput()
  } catch (error) {
    await finishOutput()
    if (error instanceof InvalidText) {
      const where = error.line === undefined ? `after line ${error.linesRead}` : `on line ${error.line}`
      exitWithError(`the input is not valid ${encoding} text ${where}${encodingHint()} (${written()})`)
    }
    if (error instanceof NerError) {
      warnOfReplacedBytes()
      exitWithError(`line ${done + 1}: ${error.message} (${written()})`)
    }
    throw error
  }
  warnIfLabelled()
}

async function readTextInput(): Promise<void> {
  for await (const line of inputLines(source, encoding)) {
    if (interrupted) return
    invalidSequences += line.invalidSequences
    validNonAscii += line.validNonAscii
    if (line.invalidSequences > 0) linesWithInvalidBytes.push(line.number)
    if (line.invalidSequences === 0 && held.length === 0) {
      await annotateLine(line)
      continue
    }
    held.push(line)
    heldBytes += line.bytes
    if (heldBytes >= JUDGED_AFTER) await judgeAndWriteHeldLines()
  }
  await judgeAndWriteHeldLines()
}

/** One warning when the first lines read as text look like a labelled file (no change to the exit code). */
function warnIfLabelled(): void {
  if (labelsLookedFor) return
  labelsLookedFor = true
  const looks = looksLabelled(firstLines.splice(0))
  if (!looks) return
  endProgressLine()
  const what = looks === 'msra' ? 'MSRA word/tag chunks (但/o 农村/o)' : `one character and its tag per line (${looks.toUpperCase()})`
  console.error(`annotate: warning: the first lines of ${input ? `"${input}"` : 'the input'} look like ${what}, annotated here as plain text; ` +
    `for a labelled file pass --format ${looks}, which annotates its plain sentences`)
}

/** Ctrl-C: what was reported done is flushed to the output, and the message says how far it goes. */
async function stopOnInterrupt(): Promise<void> {
  if (interrupted) process.exit(130) // a second Ctrl-C does not wait for the flush
  interrupted = true
  await finishOutput()
  endProgressLine()
  console.error(`annotate: interrupted (${written()})`)
  process.exit(130)
}

/** The held lines written, when the input is still UTF-8 by VALID_PER_INVALID; else the stop. */
async function judgeAndWriteHeldLines(): Promise<void> {
  if (held.length === 0) return
  if (invalidSequences > FEW_STRAYS && validNonAscii < VALID_PER_INVALID * invalidSequences) {
    const first = held[0]!.number
    const others = linesWithInvalidBytes.filter((n) => n >= first).length - 1
    const more = others > 0 ? ` and ${others} more line${others > 1 ? 's' : ''} after it` : ''
    const counts = `${invalidSequences} invalid byte sequences against ${validNonAscii} valid characters beyond ASCII`
    warnOfReplacedBytes(first)
    await finishOutput()
    exitWithError(`the input is not valid utf-8 text on line ${first}${more}${encodingHint()} (${counts}; ${written()})`)
  }
  for (const line of held.splice(0)) await annotateLine(line)
  heldBytes = 0
}

function encodingHint(): string {
  return encoding === 'utf-8' ? '; if it was saved as GBK or Big5, pass --encoding gb18030 or --encoding big5' : ''
}

function written(): string {
  if (done === 0) return 'nothing was written'
  return `${values.out ? `"${values.out}"` : 'the output'} holds ${done === 1 ? 'line 1' : `lines 1 to ${done}`}`
}

/** The lines written with U+FFFD for invalid bytes (before line `before`, where the command stops), named. */
function warnOfReplacedBytes(before = Infinity): void {
  const lines = linesWithInvalidBytes.filter((n) => n < before)
  if (lines.length === 0) return
  const named = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ` and ${lines.length - 10} more` : '')
  endProgressLine()
  console.error(`annotate: bytes that are not valid UTF-8 on line${lines.length > 1 ? 's' : ''} ${named} were read as U+FFFD (\uFFFD), as the page reads them`)
}

async function annotateLine({ text, bytes }: InputLine): Promise<void> {
  if (!labelsLookedFor) {
    firstLines.push(text)
    if (firstLines.length === FIRST_LINES) warnIfLabelled()
  }
  await annotateText(text, bytes)
}

async function annotateText(line: string, bytes: number): Promise<void> {
  const found = line.trim() ? await model.analyze(line) : []
  // jsonSpans: the page's JSON's spans (text order, scores to four places, "source" for dictionary and rule names).
  // The model's spans alone come out as before, key for key: start, end, type, text, score.
  const entities = jsonSpans(laidOver(line, found))
  if (interrupted) return // the output is being closed: this line is not in it
  startOutput()
  // Respect backpressure, so a slow disk or pipe never makes us buffer the whole output.
  done++
  if (!out.write(jsonLine({ text: line, entities }))) await once(out, 'drain')
  bytesDone += bytes
  if (Date.now() - lastReport > 1000) {
    lastReport = Date.now()
    const share = totalBytes && format === 'text' ? ` (${Math.min(100, (100 * bytesDone) / totalBytes).toFixed(1)} %)` : ''
    showProgress(`${plural(done, unit)}${share}`)
  }
}
if (interrupted) await new Promise(() => {}) // stopOnInterrupt exits
if (Date.now() - started > 1000) showProgress(`${plural(done, unit)}, ${((Date.now() - started) / 1000).toFixed(1)} s`, true)
warnOfReplacedBytes()
endProgressLine()
startOutput() // an empty input's output is empty
await finishOutput()

/** Empties an --out file that was there, before its first record (see openOutput); then --meta's line. */
function startOutput(): void {
  if (outStarted) return
  outStarted = true
  if (outFd !== undefined) ftruncateSync(outFd)
  if (values.meta) {
    out.write(jsonLine({
      model: { id: manifest.id, version: manifest.version },
      min_score: minScore ?? null,
      patterns: values.patterns,
      lexicon: lexiconPath ?? null,
      document: values.document,
    }))
  }
}

/** Every record written so far flushed: to the --out file, closed, or to standard output. */
function finishOutput(): Promise<void> {
  finishing ??= values.out
    ? new Promise((resolve) => {
      out.end(resolve)
    })
    : new Promise((resolve) => {
      process.stdout.write('', () => resolve())
    })
  return finishing
}

/** --out opened for appending, which neither empties a file that is there nor waits for the model to fail on
 *  a folder that is not; the errors in words (QA: ENOENT: no such file or directory, open '/proc/nope/x.jsonl'). */
function openOutput(path: string): { fd: number; existed: boolean } {
  const existed = fileAt(path) !== undefined
  try {
    return { fd: openSync(path, 'a'), existed }
  } catch (error) {
    exitWithError(`cannot write the output file "${path}": ${systemProblem(error as NodeJS.ErrnoException)}`)
  }
}

function systemProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such folder'
    case 'ENOTDIR': return 'a part of its path is a file, not a folder'
    case 'EISDIR': return 'it is a folder'
    case 'EACCES': case 'EPERM': return 'permission denied'
    case 'EROFS': return 'the disk is read-only'
    case 'ENOSPC': return 'the disk is full'
    default: return error.message
  }
}

/** The same file (device and inode, so a link or another spelling of the path too), or none when `path` is not there. */
function fileAt(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function standardInput(): Stats | undefined {
  try {
    return fstatSync(0)
  } catch {
    return undefined // closed: then it is no file either
  }
}

/** Opening --out empties it, before a byte of the input (or the dictionary) is read: naming one would lose it. */
function refuseToOverwriteAnInput(outPath: string): void {
  const output = fileAt(outPath)
  if (!output) return
  const inputs: [string, Stats | undefined][] = [
    [input === undefined ? 'standard input' : `the input "${input}"`, input === undefined ? standardInput() : fileAt(input)],
    [`the --lexicon file "${lexiconPath}"`, lexiconPath ? fileAt(lexiconPath) : undefined],
  ]
  for (const [what, stats] of inputs) {
    if (stats && stats.isFile() && stats.dev === output.dev && stats.ino === output.ino) {
      exitWithError(`--out "${outPath}" is ${what}: writing it would empty it before it is read; name another output file`)
    }
  }
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

/** --min-score: a number from 0 to 1, as the page's slider, written as a plain decimal (0, 0.3, .5, 1, 1.0). Not
 *  whatever Number() reads: it takes 0x1 for 1, " 0.5" for 0.5 and 1e-1 for 0.1, so a slip would pass as a threshold
 *  and the run be cited with one nobody meant (re-check QA). */
function scoreThreshold(value: string): number {
  if (!/^(?:0|0?\.\d+|1(?:\.0+)?)$/.test(value)) exitWithUsage(`annotate: --min-score must be a number from 0 to 1 written as a decimal (0, 0.3, .5, 1), not "${value}"`, USAGE)
  return Number(value)
}

/** The label's canonical name (utf8 and UTF-8 are utf-8), or a usage error for a label nobody knows. */
function canonicalEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding
  } catch {
    exitWithUsage(`annotate: unknown encoding "${label}" (try utf-8, gb18030, big5, utf-16le)`, USAGE)
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
