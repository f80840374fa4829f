// Readers for labelled NER files, streaming one sentence at a time. Gold spans come out as UTF-16
// offsets (like the engine's entities) with types mapped onto the model's types (PER/LOC/ORG, and a
// fine-grained model's own) where the dataset's scheme allows; spans of other types are dropped and counted.
// A line that is not of the format named, bytes that are not UTF-8 and a file without a sentence are errors
// naming file and line: a file read in the wrong format must not score as a model that found nothing.
import { createReadStream } from 'node:fs'
import { UserInputError } from './args'

export type GoldFormat = 'msra' | 'bio' | 'bmes' | 'cluener'
export const GOLD_FORMATS: GoldFormat[] = ['msra', 'bio', 'bmes', 'cluener']

export interface GoldSpan { start: number; end: number; type: string }
export interface GoldSentence {
  text: string
  spans: GoldSpan[]
  droppedTypes: string[]
  /** Where the corpus's words start (UTF-16 offsets), for formats that segment words (msra). */
  wordStarts?: number[]
}

/** Dataset labels → model types. Nominal mentions (Weibo *.NOM) and fine types without a clear
 *  PER/LOC/ORG counterpart are not evaluated. */
const TYPE_MAP: Record<string, string> = {
  PER: 'PER', LOC: 'LOC', ORG: 'ORG',
  nr: 'PER', ns: 'LOC', nt: 'ORG', // MSRA
  'PER.NAM': 'PER', 'LOC.NAM': 'LOC', 'GPE.NAM': 'LOC', 'ORG.NAM': 'ORG', // Weibo
  NAME: 'PER', CONT: 'LOC', // Resume (ORG and LOC as is)
  name: 'PER', address: 'LOC', scene: 'LOC', organization: 'ORG', company: 'ORG', government: 'ORG', // CLUENER
  NR: 'PER', NS: 'LOC', NT: 'ORG',
}

export function mapType(label: string): string | undefined {
  return TYPE_MAP[label]
}

/** CLUENER's fine labels and the types a fine-grained model (shiti-cluener-v1) names them with. */
const FINE_TYPE_MAP: Record<string, string> = {
  company: 'COMPANY', government: 'GOV', position: 'POSITION', scene: 'SCENE', book: 'BOOK', movie: 'MOVIE', game: 'GAME',
}
/** The other way round: COMPANY → company. */
const CLUENER_LABEL_OF: Record<string, string> = Object.fromEntries(Object.entries(FINE_TYPE_MAP).map(([label, type]) => [type, label]))

export type LabelMapper = (label: string) => string | undefined

/** A fine-grained model's prediction read as the news model's three types, as mapType reads CLUENER's
 *  labels (company and government as ORG, scene as LOC); positions, books, films and games as none. */
export function newsTypeOf(type: string): string | undefined {
  return mapType(CLUENER_LABEL_OF[type] ?? type)
}

/** Labels mapped onto the types a model knows: a fine label onto its own type where the model has it
 *  (company → COMPANY), else as mapType does (company → ORG for the news model). */
export function typeMapperFor(modelTypes: readonly string[]): LabelMapper {
  return (label) => {
    const fine = FINE_TYPE_MAP[label]
    return fine !== undefined && modelTypes.includes(fine) ? fine : mapType(label)
  }
}

/** Code point offsets → UTF-16 offsets for one sentence. */
function utf16Offsets(chars: readonly string[]): number[] {
  const offsets = [0]
  for (const c of chars) offsets.push(offsets[offsets.length - 1]! + c.length)
  return offsets
}

function sentence(chars: string[], spans: { from: number; to: number; label: string }[], mapLabel: LabelMapper): GoldSentence {
  const offsets = utf16Offsets(chars)
  const kept: GoldSpan[] = []
  const droppedTypes: string[] = []
  for (const { from, to, label } of spans) {
    const type = mapLabel(label)
    if (type) kept.push({ start: offsets[from]!, end: offsets[to]!, type })
    else droppedTypes.push(label)
  }
  return { text: chars.join(''), spans: kept, droppedTypes }
}

/** A line that is not what its format says; `line` where it is not the line being read (a token of a
 *  sentence judged at its end), `hint` false where asking about --format would not help. */
class BadLine extends Error {
  constructor(message: string, readonly line?: number, readonly hint = true) {
    super(message)
  }
}

/** `text/tag` chunks separated by spaces; nr/ns/nt chunks are entities, o chunks (or O, as some copies of
 *  the corpus write it) are not, and other tags are types this corpus has but the model may not. */
function parseMsraLine(line: string, mapLabel: LabelMapper): GoldSentence | undefined {
  const chars: string[] = []
  const spans: { from: number; to: number; label: string }[] = []
  const wordStarts: number[] = []
  for (const chunk of line.split(/[ \t]/)) {
    if (chunk === '') continue
    const slash = chunk.lastIndexOf('/')
    const tag = chunk.slice(slash + 1)
    if (slash <= 0 || !/^[A-Za-z][\w.]*$/.test(tag)) throw new BadLine(`expected word/tag chunks (中国/ns), got "${chunk}"`)
    const text = Array.from(chunk.slice(0, slash))
    if (tag !== 'o' && tag !== 'O') spans.push({ from: chars.length, to: chars.length + text.length, label: tag })
    wordStarts.push(chars.length)
    chars.push(...text)
  }
  if (!chars.length) return undefined
  const offsets = utf16Offsets(chars)
  return { ...sentence(chars, spans, mapLabel), wordStarts: wordStarts.map((i) => offsets[i]!) }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** CLUENER JSON line: label → mention → [[start, endInclusive]] in code points. */
function parseClueLine(line: string, mapLabel: LabelMapper): GoldSentence | undefined {
  if (!line.trim()) return undefined
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    throw new BadLine(`not a JSON object (${(error as Error).message})`)
  }
  if (!isObject(record) || typeof record.text !== 'string') throw new BadLine('expected {"text": ..., "label": {...}}')
  const chars = Array.from(record.text)
  const spans: { from: number; to: number; label: string }[] = []
  for (const [label, mentions] of Object.entries(record.label ?? {})) {
    if (!isObject(mentions)) throw new BadLine(`label "${label}" is not a map of mentions to spans`)
    for (const [mention, positions] of Object.entries(mentions)) {
      for (const pair of Array.isArray(positions) ? positions : [undefined]) {
        const [from, last] = Array.isArray(pair) && pair.length === 2 && pair.every(Number.isInteger) ? pair as number[] : [NaN, NaN]
        // In the text (a slice would clamp one that runs past its end) and spelling the mention.
        const inText = 0 <= from! && from! <= last! && last! < chars.length
        if (!inText || chars.slice(from, last! + 1).join('') !== mention) {
          throw new BadLine(`span ${JSON.stringify(pair)} of "${mention}" is not that text`)
        }
        spans.push({ from: from!, to: last! + 1, label })
      }
    }
  }
  spans.sort((a, b) => a.from - b.from)
  return sentence(chars, spans, mapLabel)
}

/** A BIO or BMES tag: O, or a prefix, a dash and a type. */
const TAG = /^(O|[BIMES]-\S+)$/

/** One character as the page's CoNLL export writes it: a code point with the combining marks (or emoji skin
 *  tone) on it, é written e + U+0301 included. */
const ONE_CHARACTER = /^[\s\S][\p{M}\p{Emoji_Modifier}]*$/u
/** A Weibo token: one character and its position in its word (`科0`, `技1`, and `011`: the digit 0 at position
 *  11), the number without leading zeros. Weibo's emoji are two U+FFFD each (one per surrogate), read as one
 *  U+FFFD, as before. */
const WEIBO_TOKEN = /^([\s\S][\p{M}\p{Emoji_Modifier}]*|\uFFFD\uFFFD)(0|[1-9]\d*)$/u

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
/** One user-perceived character (an emoji of several code points joined, a flag) written whole by another tool. */
function isOneCharacter(token: string): boolean {
  if (ONE_CHARACTER.test(token)) return true
  const it = graphemes.segment(token)[Symbol.iterator]()
  return !it.next().done && it.next().done === true
}

/** A row of a token-per-line file: its token, its tag and the line it is on. */
type Row = [token: string, tag: string, line: number]

/**
 * The sentence's characters. Weibo's suffixes are stripped only where the sentence has Weibo's shape: every
 * token one character and a number, the first one 0; a token of several characters is otherwise an error, not
 * its first character (QA: a word-level CoNLL file's 北京 B-LOC was read as 北, F1 dropping without a word).
 */
function rowCharacters(rows: readonly Row[]): string[] {
  const weibo = WEIBO_TOKEN.exec(rows[0]![0])?.[2] === '0' && rows.every(([token]) => WEIBO_TOKEN.test(token))
  return rows.map(([token, , line]) => {
    if (weibo) {
      const char = WEIBO_TOKEN.exec(token)![1]!
      return char === '\uFFFD\uFFFD' ? '\uFFFD' : char
    }
    if (isOneCharacter(token)) return token
    throw new BadLine(`one character per line expected; got a word: ${token.slice(0, 40)} — convert word-level CoNLL to characters first`, line, false)
  })
}

/** Token-per-line files (BIO or BMES), blank line between sentences. Weibo tokens carry a trailing
 *  word-position number (`科0`), which is stripped. Ill-formed spans (I-/M-/E- without a start) are
 *  read conlleval-style: they open a new entity. */
function tagColumnSentence(rows: Row[], mapLabel: LabelMapper): GoldSentence {
  const chars = rowCharacters(rows)
  const spans: { from: number; to: number; label: string }[] = []
  let open: { from: number; label: string } | undefined
  const close = (at: number) => {
    if (open) spans.push({ from: open.from, to: at, label: open.label })
    open = undefined
  }
  rows.forEach(([, tag], i) => {
    const dash = tag.indexOf('-')
    const prefix = dash < 0 ? tag : tag.slice(0, dash)
    const label = dash < 0 ? '' : tag.slice(dash + 1)
    if (prefix === 'O' || label === '') {
      close(i)
    } else if (prefix === 'B' || prefix === 'S' || !open || open.label !== label) {
      close(i)
      open = { from: i, label }
    }
    if (prefix === 'S' || prefix === 'E') close(i + 1)
  })
  close(rows.length)
  return sentence(chars, spans, mapLabel)
}

/** `path` names the file in messages; `source`, where given, is read instead of it (standard input). */
export async function* readGold(
  path: string, format: GoldFormat, mapLabel: LabelMapper = mapType, source?: AsyncIterable<Uint8Array>,
): AsyncGenerator<GoldSentence> {
  let lineNo = 0
  let sentences = 0
  try {
    for await (const sentence of sentencesOf(numberedLines(source ?? createReadStream(path), (n) => { lineNo = n }), format, mapLabel, () => lineNo)) {
      sentences++
      yield sentence
    }
  } catch (error) {
    if (error instanceof BadLine) {
      throw new UserInputError(`${path}:${error.line ?? lineNo}: ${error.message}${error.hint ? `; is it --format ${format}?` : ''}`)
    }
    if (error instanceof NotUtf8) throw new UserInputError(`${path}:${lineNo}: not UTF-8 text; save it as UTF-8`)
    throw error
  }
  if (sentences === 0) throw new UserInputError(`${path}: no sentence in it (read as --format ${format})`)
}

class NotUtf8 extends Error {}

const LF = 0x0a
const CR = 0x0d

/** The file's lines, UTF-8 only (a byte-order mark dropped); `at` learns each line's number as it comes,
 *  before the line is decoded, so bytes that are not UTF-8 are blamed on their own line. Lines end at LF,
 *  CR LF or a lone CR, as node:readline ends them (neither byte occurs inside a UTF-8 sequence), and are
 *  split as bytes before each is decoded on its own: a decoder run over whole chunks fails at the chunk,
 *  not at the line. */
async function* numberedLines(source: AsyncIterable<Uint8Array>, at: (lineNo: number) => void): AsyncGenerator<string> {
  const first = new TextDecoder('utf-8', { fatal: true }) // drops a byte-order mark
  const rest = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) // keeps U+FEFF starting a later line
  let n = 0
  const decode = (bytes: Uint8Array): string => {
    at(++n)
    try {
      return (n === 1 ? first : rest).decode(bytes)
    } catch {
      throw new NotUtf8()
    }
  }
  let pending: Uint8Array[] = [] // the unfinished line's bytes from earlier chunks
  let afterCr = false // the last chunk ended in CR: an LF starting this one belongs to it
  for await (const bytes of source) {
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    let from = 0
    if (afterCr && chunk.length > 0 && chunk[0] === LF) from = 1
    afterCr = false
    for (let i = from; i < chunk.length; i++) {
      const byte = chunk[i]
      if (byte !== LF && byte !== CR) continue
      const part = chunk.subarray(from, i)
      const line = pending.length ? Buffer.concat([...pending, part]) : part
      pending = []
      yield decode(line)
      if (byte === CR) {
        if (i + 1 < chunk.length) {
          if (chunk[i + 1] === LF) i++
        } else {
          afterCr = true
        }
      }
      from = i + 1
    }
    if (from < chunk.length) pending.push(chunk.subarray(from))
  }
  if (pending.length) yield decode(Buffer.concat(pending))
}

async function* sentencesOf(
  lines: AsyncIterable<string>, format: GoldFormat, mapLabel: LabelMapper, lineNo: () => number,
): AsyncGenerator<GoldSentence> {
  if (format === 'msra' || format === 'cluener') {
    for await (const line of lines) {
      const parsed = format === 'msra' ? parseMsraLine(line, mapLabel) : parseClueLine(line, mapLabel)
      if (parsed) yield parsed
    }
    return
  }
  let rows: Row[] = []
  for await (const line of lines) {
    const trimmed = line.trim()
    if (trimmed === '') {
      if (rows.length) yield tagColumnSentence(rows, mapLabel)
      rows = []
      continue
    }
    const parts = trimmed.split(/\s+/)
    const tag = parts[parts.length - 1]!
    if (parts.length === 1 && TAG.test(tag) && /^\s/u.test(line)) {
      // trim() took the character: U+3000 or a no-break space, which a character-per-line file cannot hold.
      const blank = [...line.match(/^\s+/u)![0]].filter((c) => c !== ' ' && c !== '\t')
      const named = blank.length ? ` (${blank.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})` : ''
      throw new BadLine(`the character before the tag "${tag}" is whitespace${named}, which a character-per-line file cannot hold; drop the line or replace the character`, undefined, false)
    }
    if (parts.length < 2 || !TAG.test(tag)) throw new BadLine(`expected a character and its tag (中 B-LOC), got "${trimmed.slice(0, 40)}"`)
    rows.push([parts[0]!, tag, lineNo()])
  }
  if (rows.length) yield tagColumnSentence(rows, mapLabel)
}

export function guessFormat(path: string): GoldFormat {
  if (path.endsWith('.json') || path.endsWith('.jsonl')) return 'cluener'
  if (path.endsWith('.bmes')) return 'bmes'
  if (/conll|\.bio$/.test(path)) return 'bio'
  return 'msra'
}

/** MSRA's tags, as chunks of a plain text would hardly end. */
const MSRA_CHUNK = /^\S+\/(o|nr|ns|nt|nz)$/i
/** `字 B-LOC`: one character (a Weibo position number allowed) and a BIO or BMES tag. */
const TAG_LINE = /^\S[\p{M}]*\d*\s+(O|[BIMES]-\S+)$/u

/**
 * The labelled format the first lines of a text look like, if any: most whitespace-separated chunks ending in
 * an MSRA tag (但/o 农村/o), or most lines one character and a tag. For the warning of `npm run annotate` read
 * without --format: such a file annotated as text gives records of `但/o 农村/o` and of single characters.
 * A slash here and there (和/或, a URL) is no MSRA chunk.
 */
export function looksLabelled(lines: readonly string[]): 'msra' | 'bio' | 'bmes' | undefined {
  const filled = lines.map((l) => l.trim()).filter((l) => l !== '')
  if (filled.length === 0) return undefined
  const chunks = filled.flatMap((l) => l.split(/\s+/))
  const msra = chunks.filter((c) => MSRA_CHUNK.test(c)).length
  if (msra >= 2 && msra * 2 > chunks.length) return 'msra'
  const tagged = filled.filter((l) => TAG_LINE.test(l))
  if (tagged.length >= 2 && tagged.length * 2 > filled.length) {
    return tagged.some((l) => /\s[MES]-\S+$/.test(l)) ? 'bmes' : 'bio'
  }
  return undefined
}
