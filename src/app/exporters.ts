// Export formats for analysed text: JSON (the engine's spans), CSV, a name list (one CSV row per distinct
// name), the names that share sentences (an edge list), CoNLL (BIO per character) and a self-contained
// annotated HTML page. All are plain string builders so they are easy to test.
import { CLOSING_MARKS, STRAIGHT_QUOTES as STRAIGHT_QUOTE_MARKS, type Entity } from '../engine'
import type { DocxRun } from './docx'
import { entityHue, exportShade, isGreyType } from './entityColors'
import { namePairs } from './cooccurrence'
import { groupMentions } from './mentions'
import { isFromPattern } from './patterns'
import { isFromLexicon } from './userLexicon'
import { nonOverlapping, toSegments } from './segments'
import { breakEndsSentence, LINE_BREAK_CHARS } from './sentences'

export type ExportFormat = 'json' | 'csv' | 'names' | 'pairs' | 'conll' | 'html'

export interface ExportInput {
  text: string
  entities: readonly Entity[]
  model?: { id: string; version: string } | null
  /** The view's filters, recorded in the JSON (`shown`); none: the entities are all there are. */
  shown?: ShownFilter
  /** The text's language (useTextLang), for the HTML page's lang: zh-Hant from the Traditional interface, whose page
   *  marked zh drew 骨, 令, 直 in their mainland shapes (QA). None: zh. */
  lang?: 'zh' | 'zh-Hant'
}

/** `file`: the download's name. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { file: string; mime: string }> = {
  json: { file: 'shiti-entities.json', mime: 'application/json' },
  csv: { file: 'shiti-entities.csv', mime: 'text/csv' },
  names: { file: 'shiti-names.csv', mime: 'text/csv' },
  pairs: { file: 'shiti-name-pairs.csv', mime: 'text/csv' },
  conll: { file: 'shiti-entities.conll', mime: 'text/plain' },
  html: { file: 'shiti-entities.html', mime: 'text/html' },
}

function sortedEntities(entities: readonly Entity[]): Entity[] {
  return [...entities].sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Where a span came from when not from the model: the user's dictionary, or a rule (phones, IDs ...). */
function spanSource(entity: Entity): { source?: 'dictionary' | 'rule' } {
  if (isFromLexicon(entity)) return { source: 'dictionary' }
  return isFromPattern(entity) ? { source: 'rule' } : {}
}

/** The entities as the JSON exports write them: in text order, scores to four places. */
export function jsonSpans(entities: readonly Entity[]) {
  return sortedEntities(entities).map((entity) => ({
    start: entity.start,
    end: entity.end,
    type: entity.type,
    text: entity.text,
    score: Math.round(entity.score * 10_000) / 10_000,
    ...spanSource(entity),
  }))
}

/** What the view left out of an export: the names its filters hide (the confidence slider, types hidden in the
 *  legend), with how many names they hide. Exports follow the view; this says so in the file (QA: a file with
 *  no PER, or no entity at all, read as "none found"). */
export interface ShownFilter {
  minScore: number
  hiddenTypes: readonly string[]
  /** Entities found but left out by the filters. */
  notShown: number
}

/** The `shown` block of the JSON exports (the editor's JSON, each file's line of Batch's JSONL): the view's filters
 *  and how many names they left out. */
export function shownRecord(shown: ShownFilter) {
  return { min_score: shown.minScore, hidden_types: [...shown.hiddenTypes], not_shown: shown.notShown }
}

/** The editor's JSON, indented. Its line separators escaped as in JSON Lines (jsonText): raw, an editor drew
 *  U+2028 inside the text's string as a line break (QA), the file read as broken JSON. */
export function toJson({ text, entities, model, shown }: ExportInput): string {
  const filter = shown && shownRecord(shown)
  return jsonText({ model: model ?? null, offsets: 'utf16', ...(filter && { shown: filter }), text, entities: jsonSpans(entities) }, 2) + '\n'
}

/** JSON.stringify, with U+2028, U+2029 and U+0085 escaped: JSON.stringify leaves them raw (valid JSON), at which
 *  str.splitlines() and other Unicode-aware line readers break a record (QA: Batch's JSONL) and editors show a
 *  line break. They occur only inside strings, so the escapes keep the JSON valid and its text the same once parsed. */
function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** One record on one line (JSON Lines), its line separators escaped (jsonText). */
export function jsonLine(record: unknown): string {
  return jsonText(record) + '\n'
}

/** RFC 4180 quoting, plus a leading apostrophe for cells a spreadsheet would run as a formula. A cell with a
 *  semicolon is quoted too: Excel set to a locale whose list separator is ";" split `a;=1+1` there and ran the
 *  rest as a formula (QA). */
function csvCell(value: string | number): string {
  let cell = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`
  return /[",;\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

/** CSV rows (RFC 4180, CRLF), the first one the header. */
export function csvTable(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** One CSV row per entity, in text order: start, end, type, text, score. */
/** The columns of a row per entity; `source` says model, dictionary or rule (a dictionary name's score of 1
 *  is no confidence of the model's, QA). */
export const ENTITY_CSV_COLUMNS = ['start', 'end', 'type', 'text', 'score', 'source']

export function csvEntityRows(entities: readonly Entity[]): (string | number)[][] {
  return sortedEntities(entities).map((e) => [e.start, e.end, e.type, e.text, e.score.toFixed(4), spanSource(e).source ?? 'model'])
}

export function toCsv({ entities }: ExportInput): string {
  return csvTable([ENTITY_CSV_COLUMNS, ...csvEntityRows(entities)])
}

/**
 * One row per distinct name, as the entity panel groups them (layout whitespace and full-width forms do
 * not make another name): type, name, how often it occurs, where it first occurs. Types in the order they
 * first occur, names by frequency: who and what a document is about, for a spreadsheet.
 */
export function toNameList({ entities }: ExportInput): string {
  const typeOrder = [...new Set(sortedEntities(entities).map((e) => e.type))]
  const rows = groupMentions(entities, typeOrder).flatMap((group) =>
    group.mentions.map((m) => [m.type, m.text, m.starts.length, m.starts[0] ?? 0]))
  return csvTable([['type', 'name', 'mentions', 'first_start'], ...rows])
}

/** The edge list's columns: the first four are those Gephi's spreadsheet import reads as an edge table. */
export const NAME_PAIR_COLUMNS = ['Source', 'Target', 'Type', 'Weight', 'Source type', 'Target type']

/**
 * The names that share sentences as an undirected, weighted edge list: Source, Target, Type and Weight
 * (sentences shared) are the columns Gephi's spreadsheet import reads as an edge table; the names' types follow.
 */
export function toNamePairs({ text, entities }: ExportInput): string {
  const rows = namePairs(text, entities).map((p) => [p.a.text, p.b.text, 'Undirected', p.sentences, p.a.type, p.b.type])
  return csvTable([NAME_PAIR_COLUMNS, ...rows])
}

/** The marks after which a CoNLL sentence ends: 。！？!?, not ；; (the name pairs also end at those). A line
 *  break ends one too where breakEndsSentence says so (sentences.ts). */
const CONLL_SENTENCE_END = new Set(['。', '！', '？', '!', '?'])
/** Closing quotes and brackets, which stay in the sentence whose end they follow (他说：“我在北京。”李娜笑了。 ends
 *  after ”), as further end marks do (什么？！): the engine's sentences keep them so (the same CLOSING_MARKS,
 *  engine/closers.ts), and so do Chinese sentence splitters. QA: ” 」 』 ） ’ 》 began the next sentence. The
 *  straight quotes " ' ＂ ＇ of the engine's set open a quote as often as they close one (好吗？"好。"): one closes
 *  only where it is the quote's second, STRAIGHT_QUOTES. */
const CONLL_CLOSERS = new Set([...CLOSING_MARKS])
/** Straight quotes, which open and close alike: one right after an end mark closes (stays in that sentence) where
 *  an odd number of the same quote came before it since the last break that ends a sentence, so one is open (the
 *  re-check 55c: "Stop!" she said. "Go!"Li Na left. gave "Stop! / " she said. "Go! / " Li Na left.; 他说："我走了！"
 *  李娜笑了。 gave "李娜笑了。); counted from the paragraph, not the sentence, as a quote may hold sentences
 *  ("I left. I came back!" he said.). An apostrophe, ' between letters (don't, Li's), is no quote. */
const STRAIGHT_QUOTES = new Set([...STRAIGHT_QUOTE_MARKS])
/** An ellipsis ends no sentence (他说……不，算了。), but one right before a closing quote ends the quoted speech and
 *  the sentence with it, as 。” does (他说：“我走了……”李娜笑了。: re-check 55c, one sentence before). Only quotes:
 *  a bracket after …… (等等……）) closes an aside, mostly inside a sentence. */
const ELLIPSES = new Set(['…', '⋯'])
const CLOSING_QUOTES = new Set([...'”’」』'])
/** Neither shown nor a token: control characters, zero-width and other invisible code points (ZWJ, variation
 *  selectors, soft hyphen), which made lines of their own that tools reading CoNLL choke on (a NUL line). */
const NO_TOKEN = /^[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u
/** Code points that cannot stand alone: combining marks (the accent of Jinpíng written i + U+0301) and emoji
 *  skin tones. They belong to the character before (QA: U+0301 made a token line of its own). */
const ATTACHED = /^[\p{M}\p{Emoji_Modifier}]$/u
/** An emoji is one token however many code points it takes (QA: 🇨🇳 made two lines, 👨‍👩‍👧 three and lost its
 *  ZWJs): a flag's two regional indicators, emoji joined by ZWJ, a subdivision flag's tag characters. Only emoji:
 *  a ZWJ or a variation selector in a name (李\u200d娜) is still dropped, and every other character is still a
 *  code point with its marks, which `npm run eval` reads back (scripts/lib/gold.ts takes a whole emoji too). */
const EMOJI = /^\p{Extended_Pictographic}/u
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}$/u
const ZWJ = '\u200d'
const EMOJI_STYLE = '\ufe0f'
const KEYCAP = '\u20e3'
const isEmojiTag = (cp: number) => cp >= 0xe0020 && cp <= 0xe007f

/** The BIO tag of each code point of the entities (those that overlap none before them), by offset. */
function entityTags(text: string, entities: readonly Entity[]): Map<number, string> {
  const tagAt = new Map<number, string>()
  for (const e of nonOverlapping(entities)) {
    let first = true
    for (let i = e.start; i < e.end; ) {
      const cp = text.codePointAt(i) ?? 0
      tagAt.set(i, `${first ? 'B' : 'I'}-${e.type}`)
      first = false
      i += cp > 0xffff ? 2 : 1
    }
  }
  return tagAt
}

/**
 * CoNLL lines as tokens come: a token's line is written once the next one starts (a combining mark may still
 * be added to it), and a sentence end waits for the next token too: a sentence never ends before a token
 * inside a name (I-), so none starts with one (QA: 北\n京市 gave a sentence starting 京 I-LOC).
 */
function conllWriter() {
  const lines: string[] = []
  let token = ''
  let tag = 'O'
  /** Whether the next token starts a sentence: after an end mark (closers and end marks still join it), or after
   *  a line break that ends one (nothing joins it). */
  let sentenceMayEnd: false | 'mark' | 'break' = false
  const writeToken = () => {
    if (token) lines.push(`${token}\t${tag}`)
    token = ''
  }
  const endSentence = () => {
    writeToken()
    if (lines.length > 0 && lines.at(-1) !== '') lines.push('')
    tag = 'O'
  }
  return {
    mayEndSentence: (after: 'mark' | 'break') => (sentenceMayEnd = sentenceMayEnd === 'break' ? 'break' : after),
    attach: (char: string) => (token += char),
    /** The token being read (marks and emoji parts may still be added to it). */
    token: () => token,
    /** `closesQuote`: `char` is a straight quote that closes one (STRAIGHT_QUOTES), so a closer here. */
    startToken(char: string, entityTag: string, closesQuote = false) {
      const inside = entityTag.startsWith('I-')
      if (sentenceMayEnd === 'mark' && (CONLL_CLOSERS.has(char) || closesQuote || CONLL_SENTENCE_END.has(char))) {
        // Stays in the sentence that ended before it; the end waits for the token after it.
      } else {
        if (sentenceMayEnd && !inside) endSentence()
        sentenceMayEnd = false
      }
      writeToken()
      // An entity whose first code point made no token of its own (invisible, or a mark on the character
      // before) starts at its first token.
      token = char
      tag = inside && tag.slice(2) !== entityTag.slice(2) ? `B-${entityTag.slice(2)}` : entityTag
    },
    finish() {
      endSentence()
      return lines.join('\n') + (lines.length > 0 ? '\n' : '')
    },
  }
}

/**
 * CoNLL with BIO tags: one visible character per line, `char<TAB>tag`, a character being a code point with
 * the combining marks on it (ATTACHED), or a whole emoji (EMOJI: a flag, a ZWJ family); whitespace and invisible
 * code points are dropped (a name with a zero-width space in it is still B, I). A sentence ends after 。！？!?
 * (CONLL_SENTENCE_END; the name pairs end at ；; too) and the closers and end marks right after it (CONLL_CLOSERS:
 * 。” ！」 ？！; a straight quote where it closes one, STRAIGHT_QUOTES), after ……” (ELLIPSES), and at a line break that is no wrap (breakEndsSentence, the name pairs' rule for breaks), never
 * inside a name; a blank line follows every sentence end.
 */
export function toConll(input: ExportInput): string {
  const reader = conllReader(input)
  reader.readTo(Infinity)
  return reader.finish()
}

/**
 * `toConll`, the same file to the byte, built `sliceChars` characters of the text at a time with a pause for
 * the browser after each (a task of its own): in one go, a 200,000-character text's file (1 MB) was one task of
 * 540 to 870 ms on a CPU four times slower than this one, the page frozen meanwhile (slow-CPU QA).
 */
export async function toConllInSlices(
  input: ExportInput,
  { sliceChars = 20_000, pause = nextTask }: { sliceChars?: number; pause?: () => Promise<void> } = {},
): Promise<string> {
  const reader = conllReader(input)
  for (let end = sliceChars; !reader.readTo(end); end += sliceChars) await pause()
  return reader.finish()
}

const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0))

/** CoNLL's lines as the text is read, up to any offset at a time (a code point is read whole). */
function conllReader({ text, entities }: ExportInput) {
  const tagAt = entityTags(text, entities)
  const writer = conllWriter()
  let attachable = false // a mark here goes with the token before: no whitespace or line break between them
  let joinEmoji = false // the token is an emoji that ends in a ZWJ (attached only with an emoji next): that emoji joins
  /** The straight quotes open (an odd number of them read) since the last break that ended a sentence. */
  const openQuotes = new Set<string>()
  const isLetter = (offset: number) => /^\p{L}/u.test(String.fromCodePoint(text.codePointAt(offset) ?? 0))
  /** Whether the ' at `offset` is an apostrophe (a letter before and after it: don't), not a quote. */
  const isApostrophe = (offset: number) => offset > 0 && isLetter(offset + 1) && /\p{L}$/u.test(text.slice(Math.max(0, offset - 2), offset))
  /** Whether `char` at `offset` is part of the emoji being read (EMOJI): a flag's second regional indicator, a ZWJ
   *  with an emoji after it, the emoji after a ZWJ, a tag character, the emoji variation selector (on a keycap's
   *  digit too, 1️⃣). */
  const joinsEmoji = (char: string, offset: number): boolean => {
    const token = writer.token()
    if (REGIONAL_INDICATOR.test(char)) return REGIONAL_INDICATOR.test(token)
    if (char === EMOJI_STYLE && text[offset + 1] === KEYCAP) return true
    if (!EMOJI.test(token)) return false
    if (char === ZWJ) return EMOJI.test(String.fromCodePoint(text.codePointAt(offset + 1) ?? 0))
    return (joinEmoji && EMOJI.test(char)) || char === EMOJI_STYLE || isEmojiTag(char.codePointAt(0)!)
  }
  let offset = 0
  return {
    /** Reads on to `until` (the end of the code point there); whether the text is read to its end. */
    readTo(until: number): boolean {
      const end = Math.min(until, text.length)
      while (offset < end) {
        // As `for (const char of text)` reads it: a pair of surrogates together, a lone surrogate alone.
        const char = String.fromCodePoint(text.codePointAt(offset)!)
        if (LINE_BREAK_CHARS.has(char)) {
          if (breakEndsSentence(text, offset)) {
            writer.mayEndSentence('break')
            openQuotes.clear()
          }
          attachable = false
        } else if (attachable && joinsEmoji(char, offset)) {
          writer.attach(char)
          joinEmoji = char === ZWJ
        } else if (NO_TOKEN.test(char)) {
          attachable &&= !/\s/u.test(char) // an invisible code point stands between nothing
        } else if (attachable && ATTACHED.test(char)) {
          writer.attach(char)
        } else {
          const quote = STRAIGHT_QUOTES.has(char) && !isApostrophe(offset)
          const closesQuote = quote && openQuotes.has(char)
          const afterEllipsis = attachable && ELLIPSES.has(writer.token())
          writer.startToken(char, tagAt.get(offset) ?? 'O', closesQuote)
          if (quote && !openQuotes.delete(char)) openQuotes.add(char)
          if (CONLL_SENTENCE_END.has(char) || (afterEllipsis && (CLOSING_QUOTES.has(char) || closesQuote))) writer.mayEndSentence('mark')
          attachable = true
        }
        offset += char.length
      }
      return offset >= text.length
    },
    finish: () => writer.finish(),
  }
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** A title with no Han (the brand, Shiti): English in the Chinese page. */
const LATIN_ONLY = /^[\x20-\x7e]+$/

/** A standalone page with the entities marked; its own CSP forbids scripts, so it stays inert. */
export function toAnnotatedHtml({ text, entities, model, lang = 'zh' }: ExportInput, title = 'Shiti'): string {
  const body = toSegments(text, entities)
    .map((s) => {
      if (!s.entity) return escapeHtml(s.text)
      const { type, score } = s.entity
      const label = `${type} ${score.toFixed(2)}`
      const colour = `--h:${entityHue(type)}${isGreyType(type) ? ';--s:0%' : ''}`
      // The type code and its score (title) are English, in a Chinese page: the mark is lang="en", so a screen reader
      // reads PER as English (re-check QA: it was read in the page's Chinese voice), and the name inside it the text's.
      // A title can only be in its element's language, hence the mark, not the <small> alone, as the view's BlockText.
      return `<mark lang="en" style="${colour}" data-type="${escapeHtml(type)}" title="${escapeHtml(label)}"><span lang="${lang}">${escapeHtml(s.text)}</span><small>${escapeHtml(type)}</small></mark>`
    })
    .join('')
  const source = model ? `${model.id} ${model.version}` : ''
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Shiti ${escapeHtml(source)}">
<title${LATIN_ONLY.test(title) ? ' lang="en"' : ''}>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.9 system-ui, "Noto Sans CJK ${lang === 'zh-Hant' ? 'TC' : 'SC'}", sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
main { white-space: pre-wrap; }
mark { background: hsl(var(--h) var(--s, 90%) 85%); border-bottom: 2px solid hsl(var(--h) var(--s, 80%) 40%); border-radius: 3px; padding: 0 2px; }
mark small { font-size: .6em; margin-left: 2px; color: hsl(var(--h) var(--s, 80%) 30%); vertical-align: super; }
</style>
</head>
<body>
<main>${body}</main>
</body>
</html>
`
}

/** The text for an annotated Word document: each name shaded in its type's colour, its type raised after it. */
export function annotatedRuns({ text, entities }: ExportInput): DocxRun[] {
  return toSegments(text, entities).flatMap((s): DocxRun[] =>
    s.entity ? [{ text: s.text, shade: exportShade(s.entity.type) }, { text: s.entity.type, label: true }] : [{ text: s.text }])
}

/** `exportAs`, with the CoNLL file built in slices (`toConllInSlices`) so the page stays responsive meanwhile. */
export async function exportInSlices(format: ExportFormat, input: ExportInput): Promise<string> {
  return format === 'conll' ? toConllInSlices(input) : exportAs(format, input)
}

export function exportAs(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'json':
      return toJson(input)
    case 'csv':
      return toCsv(input)
    case 'names':
      return toNameList(input)
    case 'pairs':
      return toNamePairs(input)
    case 'conll':
      return toConll(input)
    case 'html':
      return toAnnotatedHtml(input)
  }
}
