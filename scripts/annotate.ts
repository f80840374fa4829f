// npm run annotate -- [<input>|-] [--format text|msra|bio|bmes|cluener] [--out <file>] [--lexicon <file>] [--patterns] [--encoding <label>] [--model <model-id or folder>] [--threads N]
// One document per input line in, one JSON object per line out:
//   {"text": ..., "entities": [{"start", "end", "type", "text", "score"}]}   (offsets into that line, in UTF-16
// code units as JavaScript strings count them: an emoji counts 2, as in the page's JSON export)
// The input is a file, or standard input when it is "-" or not given (but not a terminal: no one types a corpus).
// Streams both ways, so inputs larger than memory work; progress goes to standard error.
// U+2028, U+2029 and U+0085 are written escaped (\u2028 ...): JSON allows them raw, but a reader that splits the
// output into lines as Python's str.splitlines() does would break a record at them.
// --lexicon applies a user dictionary written as on the page's Dictionary tab ("腾讯 ORG", "-新华"); its
// entities carry "fromLexicon": true and score 1. A bad line stops the command before any output.
// --patterns adds phone numbers, e-mail addresses, ID and bank card numbers found by rule, as the page's
// Redact tab does (src/app/patterns.ts): "fromPattern": true, score 1, laid over the rest.
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
import { jsonLine } from '../src/app/exporters'

const USAGE = 'npm run annotate -- [<input>|-] [--format text|msra|bio|bmes|cluener] [--out <file>] [--lexicon <file>] [--patterns] [--encoding <label>] [--model <model-id or folder>] [--threads N]'
const NOTES = [
  'Reads the input file, or standard input when it is "-" or left out; writes one JSON object per input line,',
  '{"text": ..., "entities": [{"start", "end", "type", "text", "score"}]}, to --out or standard output.',
  'start and end are offsets into that line in UTF-16 code units, as JavaScript strings count them (an emoji',
  'counts 2; in Python, index text.encode("utf-16-le") by twice the offset), as in the page\'s JSON export.',
  'With npm run, write to --out (or run npm run --silent): npm prints its own banner on standard output.',
  '--format msra|bio|bmes|cluener reads a labelled file as npm run eval does and writes one object per sentence,',
  'its text the plain sentence: npm run annotate -- test.msra --format msra --out pred.jsonl.',
].join('\n')
const { values, positionals } = parseCommandLine({
  out: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lexicon: { type: 'string' },
  patterns: { type: 'boolean', default: false },
  encoding: { type: 'string' },
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
const lexiconEntries = lexicon && checkedLexicon(lexicon, manifest.entity_types)
// As on the page: Traditional names match Simplified entries (英偉達 for 英伟达 ORG) through the Redact tab's
// table. No threshold: every model name is written out, so every one counts as shown (applyLexicon's minScore 0).
if (lexiconEntries) await loadCommonWords()
const lexiconOptions = { simplified: traditionalToSimplified() }
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

const round = (e: Entity) => ({ ...e, score: Math.round(e.score * 1e4) / 1e4 })
let done = 0
let bytesDone = 0
let lastReport = Date.now()
const started = Date.now()
const unit = format === 'text' ? 'line' : 'sentence'
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
  } else {
    await annotateInput()
  }
} catch (error) {
  // What was annotated stays in the output: flushed before the exit, and the message says how far it goes.
  await finishOutput()
  if (error instanceof UserInputError) exitWithError(`${error.message} (${written()})`)
  throw error
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
  const withLexicon = lexiconEntries ? applyLexicon(line, found, lexiconEntries, lexiconOptions) : found
  const entities = (values.patterns ? withPatterns(line, withLexicon) : withLexicon).map(round)
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

/** Empties an --out file that was there, before its first record (see openOutput). */
function startOutput(): void {
  if (outStarted) return
  outStarted = true
  if (outFd !== undefined) ftruncateSync(outFd)
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
