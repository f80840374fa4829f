// The text of a Word document (.docx), as a reader sees it: a line per paragraph (a table's cells a line
// each), a line break inside a paragraph (Shift+Enter) a line break, a tab a tab; footnotes and endnotes
// after the body, past a blank line, each marked [n] where it is referred to; a numbered paragraph starts with
// the number Word draws for it (一、 1.1 ①, see ListNumbering). mammoth reads the document
// (its extractRawText drops line breaks and notes, so its document tree is walked here instead); headers,
// footers and comments, which it does not give, are looked for only to say that they were left out.
// The zip is opened once (JSZip), and its sizes checked before anything is unpacked: a .docx is a zip, and
// a 1.4 MB one can unpack to 400 MB of XML, which took the tab down (QA); every part counts, not word/ alone
// (QA: a main part at /main.xml, 5 MB unpacking to 1.35 GB, crashed the tab with the editor's text). mammoth's own reader of the parts
// (lib/docx/docx-reader.js) is given that zip, through the small file interface mammoth uses inside
// (lib/zipfile.js), so that each XML part is unpacked once, within the limit, and can be rewritten first
// (rewriteWordXml) where mammoth would drop text Word shows. The app runs this in a worker (docxWorker.ts).
// A reference, not an import: the declaration must reach the unit tests' type check too (tsconfig.node.json
// takes test/, and src/ only as far as the tests import it).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./mammothReader.d.ts" />
import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'
import { read as readDocx } from 'mammoth/lib/docx/docx-reader'
import { emptiedIfBroken, hiddenStyleIds, rewriteWordXml } from './docxRewrite'
import { MAX_DOCX_XML_BYTES } from './fileImport'

/** Parts of a document that hold text and are not read into it: headers, footers and comments; text Word
 *  hides (hidden: formatted as hidden text, which Word does not show or print); and content of a kind mammoth
 *  does not read (unread: it says "An unrecognised element was ignored"). */
export type DocxPart = 'headers' | 'footers' | 'comments' | 'hidden' | 'unread'

export interface DocxText {
  text: string
  /** The parts of this document with text in them that are not in `text`, in this order: headers, footers,
   *  comments, hidden, unread. */
  leftOut: DocxPart[]
}

/** The parts of mammoth's document tree read here (lib/documents.js). */
interface DocxElement {
  type: string
  children?: DocxElement[]
  value?: string
  breakType?: 'line' | 'page' | 'column'
  noteType?: 'footnote' | 'endnote'
  noteId?: string
}
interface DocxNote { body: DocxElement[] }
interface DocxDocument extends DocxElement {
  notes: { resolve(reference: DocxElement): DocxNote | null }
  comments: unknown[]
}

/** Stands for a page or column break while a paragraph is put together: a line break inside it, none at its ends. */
const PAGE_BREAK = '\u0000'

const BLOCKS = new Set(['paragraph', 'table', 'tableRow', 'tableCell'])

class TextWriter {
  /** Notes in the order they are referred to, numbered from 1 (footnotes and endnotes alike). */
  readonly notes: DocxNote[] = []
  private readonly noteNumbers = new Map<string, number>()

  constructor(private readonly document: DocxDocument) {}

  /** Block elements (paragraphs, tables) as lines, each ended by a line feed. */
  blocks(elements: readonly DocxElement[]): string {
    return elements.map((element) => this.block(element)).join('')
  }

  private block(element: DocxElement): string {
    if (element.type === 'paragraph') {
      const pageBreaks = new RegExp(`^${PAGE_BREAK}+|${PAGE_BREAK}+$`, 'g')
      return this.inline(element).replace(pageBreaks, '').replaceAll(PAGE_BREAK, '\n') + '\n'
    }
    // A table, its rows and cells: a line per paragraph in them.
    return BLOCKS.has(element.type) ? this.blocks(element.children ?? []) : this.inline(element)
  }

  private inline(element: DocxElement): string {
    switch (element.type) {
      case 'text': return element.value ?? ''
      case 'tab': return '\t'
      case 'break': return element.breakType === 'line' ? '\n' : PAGE_BREAK
      case 'noteReference': return this.noteMark(element)
      default: return (element.children ?? []).map((child) => BLOCKS.has(child.type) ? this.block(child) : this.inline(child)).join('')
    }
  }

  private noteMark(reference: DocxElement): string {
    const key = `${reference.noteType}:${reference.noteId}`
    let number = this.noteNumbers.get(key)
    if (number === undefined) {
      const note = this.document.notes.resolve(reference)
      if (!note) return ''
      this.notes.push(note)
      number = this.notes.length
      this.noteNumbers.set(key, number)
    }
    return `[${number}]`
  }
}

/** Header or footer text other than a page number ("第 1 页 共 3 页", "Page 2 of 9", "- 3 -"). */
function hasRealText(xml: string): boolean {
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')
  return /\p{L}/u.test(text.replace(/\b(?:page|of)\b|[第页頁共]/giu, ''))
}

/** Why a .docx is refused before it is read: its XML unpacks to more than MAX_DOCX_XML_BYTES (TOO_BIG_UNPACKED),
 *  it is an OLE compound file (PROTECTED: see isOleFile), or it is no Word document (NOT_DOCX: no zip, or no
 *  document part in it). */
export class DocxError extends Error {
  constructor(readonly code: 'TOO_BIG_UNPACKED' | 'PROTECTED' | 'NOT_DOCX', cause?: unknown) {
    super(code, { cause })
    this.name = 'DocxError'
  }
}

/** An entry's size unpacked, as its zip's central directory says (JSZip keeps it on the entry it read:
 *  ZipObject._data, a CompressedObject, before the entry is unpacked; not in JSZip's typings). */
function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize
  return typeof size === 'number' && size >= 0 ? size : Infinity
}

/** JSZip's StreamHelper (ZipObject#internalStream, in its documentation but not its typings). */
interface UnpackStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): UnpackStream
  on(event: 'error', listener: (error: unknown) => void): UnpackStream
  on(event: 'end', listener: () => void): UnpackStream
  pause(): UnpackStream
  resume(): UnpackStream
}

/** Unpacks an entry, stopping as soon as it gives more bytes than its zip said it holds (a zip can lie, and
 *  JSZip checks only once it has unpacked all of it): at most `declaredSize` bytes are ever held. */
function unpack(file: JSZip.JSZipObject): Promise<Uint8Array> {
  const limit = declaredSize(file)
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let length = 0
    const stream = (file as unknown as { internalStream(type: 'uint8array'): UnpackStream }).internalStream('uint8array')
    stream
      .on('data', (chunk: Uint8Array) => {
        length += chunk.length
        if (length > limit) {
          stream.pause()
          reject(new DocxError('TOO_BIG_UNPACKED'))
          return
        }
        chunks.push(chunk)
      })
      .on('error', reject)
      .on('end', () => {
        const bytes = new Uint8Array(length)
        let at = 0
        for (const chunk of chunks) {
          bytes.set(chunk, at)
          at += chunk.length
        }
        resolve(bytes)
      })
      .resume()
  })
}

// List numbers. Word draws a numbered paragraph's number (一、 1.1 （三） ①) from word/numbering.xml; it is in
// no run of the document, and mammoth gives only "this paragraph is in a list", so a list of decisions came
// in as bare items and a redacted copy lost its 一、二、三、 (QA: a penalty decision's items, numbered by Word).
// Here the numbers are counted as Word counts them, in the order the paragraphs come, and each is put into its
// paragraph as a run of text before mammoth reads the document: it is then text like any other, in the
// editor, the Redact preview and the redacted .docx (written from that text, docx.ts). Only the main document
// is numbered; a list inside a footnote, endnote or comment is read without its numbers.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

type XmlElement = ReturnType<Document['createElementNS']>

function parseXml(xml: string): Document | null {
  let failed = false
  const document = new DOMParser({ errorHandler: { error: () => { failed = true }, fatalError: () => { failed = true } } })
    .parseFromString(xml, 'text/xml')
  return failed || !document?.documentElement ? null : document as unknown as Document
}

function wordChildren(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).namespaceURI === W && (node as XmlElement).localName === name) found.push(node as XmlElement)
  }
  return found
}

/** `element`'s `path` child (each step a w: child), or null. */
function wordChild(element: XmlElement | null, ...path: string[]): XmlElement | null {
  for (const name of path) element = element && (wordChildren(element, name)[0] ?? null)
  return element
}

/** A w: attribute of the `path` child of `element` (w:val unless said), or null. */
function wordValue(element: XmlElement | null, path: string[], attribute = 'val'): string | null {
  const found = wordChild(element, ...path)
  return (found && found.getAttributeNS(W, attribute)) || null
}

function integer(value: string | null): number | null {
  return value !== null && /^-?\d+$/.test(value.trim()) ? Number.parseInt(value, 10) : null
}

/** The largest number a list counts to here: w:start is a 32-bit integer (ST_DecimalNumber). */
const MAX_LIST_NUMBER = 2 ** 31 - 1

/** A list's w:start or w:startOverride as a number to count from: a negative one from 1, a larger one than a
 *  32-bit integer holds from that (QA: 99999999999999999999 was written 亿、, -1 as -1)). */
function startValue(value: string | null): number | null {
  const n = integer(value)
  return n === null ? null : n < 0 ? 1 : Math.min(n, MAX_LIST_NUMBER)
}

/** A level of a list (w:lvl): how its number is written. */
interface ListLevel {
  /** w:start; ECMA-376 17.9.26: 0 when it is left out. */
  start: number
  /** w:numFmt (decimal, chineseCounting, bullet ...), and its w:format (a custom format, e.g. "001, 002, 003"). */
  format: string
  custom: string | null
  /** w:lvlText: "%1、", "（%1）", "%1.%2" (%n the number of level n, one-based), a bullet's own character. */
  text: string | null
  /** w:suff: what follows the number. */
  suffix: 'tab' | 'space' | 'nothing'
  /** w:lvlRestart: the one-based level whose use restarts this one (0: never); null: any shallower level. */
  restartAfter: number | null
  /** w:isLgl: every level's number in this one's text written in decimal ("1.1" under "第一章"). */
  legal: boolean
}

function readLevel(element: XmlElement): ListLevel {
  const suffix = wordValue(element, ['suff'])
  return {
    start: startValue(wordValue(element, ['start'])) ?? 0,
    format: wordValue(element, ['numFmt']) ?? 'decimal',
    custom: wordValue(element, ['numFmt'], 'format'),
    text: wordValue(element, ['lvlText']),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    restartAfter: integer(wordValue(element, ['lvlRestart'])),
    legal: !!wordChild(element, 'isLgl') && !/^(?:0|false|off)$/i.test(wordValue(element, ['isLgl']) ?? ''),
  }
}

function readLevels(parent: XmlElement, into: Map<number, ListLevel>): void {
  for (const level of wordChildren(parent, 'lvl')) into.set(integer(level.getAttributeNS(W, 'ilvl')) ?? 0, readLevel(level))
}

interface ListInstance {
  abstractId: string
  /** w:lvlOverride: a level's w:startOverride, and a level defined anew (its own w:lvl). */
  starts: Map<number, number>
  levels: Map<number, ListLevel>
}

interface AbstractList {
  levels: Map<number, ListLevel>
  /** w:numStyleLink: its levels are those of the list a numbering style (styles.xml) names. */
  styleLink: string | null
}

/** Where a paragraph's number comes from: a list (w:numId) and a level in it (w:ilvl), as far as given. */
interface NumberingProperties { numId: string | null; level: number | null }

/** A document's lists (numbering.xml) and the paragraph styles that number their paragraphs (styles.xml),
 *  and the counts of each list so far: label() is asked paragraph by paragraph, in the document's order. */
export class ListNumbering {
  private readonly instances = new Map<string, ListInstance>()
  private readonly abstracts = new Map<string, AbstractList>()
  /** Paragraph and numbering styles' own w:numPr, and the style each is based on. */
  private readonly styles = new Map<string, { numbering: NumberingProperties | null; basedOn: string | null }>()
  /** Paragraph styles a list's level names (w:lvl/w:pStyle): the level they take. */
  private readonly styleLevels = new Map<string, { abstractId: string; level: number }>()
  /** Counts per list (Word counts the w:num that share a w:abstractNum together, unless one restarts it). */
  private counts = new Map<string, (number | undefined)[]>()
  private readonly started = new Set<string>()

  private constructor() {}

  /** null when the document has no lists, or its numbering.xml does not parse (then it is read as before). */
  static read(numberingXml: string, stylesXml: string | null): ListNumbering | null {
    const numbering = parseXml(numberingXml)
    if (!numbering) return null
    const lists = new ListNumbering()
    for (const element of Array.from(numbering.getElementsByTagNameNS(W, 'abstractNum')) as XmlElement[]) {
      const levels = new Map<number, ListLevel>()
      readLevels(element, levels)
      const abstractId = element.getAttributeNS(W, 'abstractNumId') ?? ''
      lists.abstracts.set(abstractId, { levels, styleLink: wordValue(element, ['numStyleLink']) })
      for (const level of wordChildren(element, 'lvl')) {
        const style = wordValue(level, ['pStyle'])
        if (style) lists.styleLevels.set(style, { abstractId, level: integer(level.getAttributeNS(W, 'ilvl')) ?? 0 })
      }
    }
    for (const element of Array.from(numbering.getElementsByTagNameNS(W, 'num')) as XmlElement[]) {
      const abstractId = wordValue(element, ['abstractNumId'])
      if (abstractId === null) continue
      const instance: ListInstance = { abstractId, starts: new Map(), levels: new Map() }
      for (const override of wordChildren(element, 'lvlOverride')) {
        const level = integer(override.getAttributeNS(W, 'ilvl')) ?? 0
        const start = startValue(wordValue(override, ['startOverride']))
        if (start !== null) instance.starts.set(level, start)
        const defined = wordChild(override, 'lvl')
        if (defined) instance.levels.set(level, readLevel(defined))
      }
      lists.instances.set(element.getAttributeNS(W, 'numId') ?? '', instance)
    }
    if (lists.instances.size === 0) return null
    const styles = stylesXml === null ? null : parseXml(stylesXml)
    for (const style of styles ? Array.from(styles.getElementsByTagNameNS(W, 'style')) as XmlElement[] : []) {
      const numPr = wordChild(style, 'pPr', 'numPr')
      lists.styles.set(style.getAttributeNS(W, 'styleId') ?? '', {
        numbering: numPr && { numId: wordValue(numPr, ['numId']), level: integer(wordValue(numPr, ['ilvl'])) },
        basedOn: wordValue(style, ['basedOn']),
      })
    }
    return lists
  }

  /** Whether any paragraph style numbers its paragraphs. */
  hasNumberedStyles(): boolean {
    return this.styleLevels.size > 0 || [...this.styles.values()].some((style) => style.numbering?.numId)
  }

  /** Whether paragraphs of style `styleId` are numbered without a w:numPr of their own. */
  numbersStyle(styleId: string): boolean {
    return this.styleNumbering(styleId).numId !== null || this.styleLevels.has(styleId)
  }

  /** A style's w:numPr, its own or, as far as it gives none, from the styles it is based on. */
  private styleNumbering(styleId: string): NumberingProperties {
    const found: NumberingProperties = { numId: null, level: null }
    const seen = new Set<string>()
    for (let id: string | null = styleId; id !== null && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id)
      const own = this.styles.get(id)?.numbering
      found.numId ??= own?.numId ?? null
      found.level ??= own?.level ?? null
    }
    return found
  }

  /** The list a w:num counts in, following a numbering style's link (w:numStyleLink) to the list it stands for. */
  private abstractOf(numId: string): { id: string; list: AbstractList } | null {
    const seen = new Set<string>()
    for (let id: string | null = numId; id !== null && !seen.has(id);) {
      seen.add(id)
      const abstractId: string | undefined = this.instances.get(id)?.abstractId
      const list: AbstractList | undefined = abstractId === undefined ? undefined : this.abstracts.get(abstractId)
      if (!list || abstractId === undefined) return null
      if (!list.styleLink) return { id: abstractId, list }
      id = this.styleNumbering(list.styleLink).numId
    }
    return null
  }

  /** Counts, the numbers of everything counted so far, to be put back with restore (a copy of the same content
   *  in mc:AlternateContent is counted once, not once per copy). */
  save(): Map<string, (number | undefined)[]> {
    return new Map([...this.counts].map(([id, counts]) => [id, [...counts]]))
  }

  restore(counts: Map<string, (number | undefined)[]>): void {
    this.counts = new Map([...counts].map(([id, levelCounts]) => [id, [...levelCounts]]))
  }

  /** The number of the next paragraph with `own` numbering (its w:numPr; null: none) and style `styleId`, with
   *  what follows it ('一、', '1.1 ', '• '); '' when the paragraph is not numbered. */
  label(own: NumberingProperties | null, styleId: string | null): string {
    const styled = styleId === null ? { numId: null, level: null } : this.styleNumbering(styleId)
    const styleLevel = styleId === null ? undefined : this.styleLevels.get(styleId)
    let numId = own?.numId ?? styled.numId
    if (numId === null && styleLevel) {
      // A style a list's level names, with no w:numPr: the first w:num of that list.
      numId = [...this.instances].find(([, instance]) => instance.abstractId === styleLevel.abstractId)?.[0] ?? null
    }
    if (numId === null || numId === '0') return '' // w:numId 0: not numbered, whatever the style says
    const instance = this.instances.get(numId)
    const abstract = this.abstractOf(numId)
    if (!instance || !abstract) return ''
    const level = own?.level ?? styled.level ?? (styleLevel?.abstractId === abstract.id ? styleLevel.level : 0)
    const definition = (at: number) => instance.levels.get(at) ?? abstract.list.levels.get(at)
    const start = (at: number) => instance.starts.get(at) ?? definition(at)?.start ?? 0
    const current = definition(level)
    if (!current) return ''
    let counts = this.counts.get(abstract.id)
    if (!counts) this.counts.set(abstract.id, counts = [])
    if (!this.started.has(numId)) {
      // A w:num that restarts its list (Word's "Restart at 1") does so where it is first used.
      this.started.add(numId)
      for (const at of instance.starts.keys()) counts[at] = undefined
    }
    counts[level] = counts[level] === undefined ? start(level) : counts[level]! + 1
    for (let deeper = level + 1; deeper < Math.max(counts.length, 9); deeper++) {
      const after = definition(deeper)?.restartAfter ?? null
      const restartBelow = after === null || after > deeper ? deeper : after
      if (level < restartBelow) counts[deeper] = undefined
    }
    if (current.format === 'none' && !current.text) return ''
    let label: string
    if (current.format === 'bullet') {
      // A bullet's character, often a Symbol or Wingdings one at a private code point no other font draws.
      label = (current.text ?? '').replace(/[\uE000-\uF8FF]/g, '•') || '•'
    } else {
      label = (current.text ?? `%${level + 1}.`).replace(/%([1-9])/g, (_, n: string) => {
        // A level below this one (%5 in level 1's "%5.%1"), as any not counted yet, stands at its start (Word).
        const at = Number(n) - 1
        const number = counts[at] ?? start(at)
        return listNumber(number, current.legal ? 'decimal' : definition(at)?.format ?? 'decimal', definition(at)?.custom ?? null)
      })
    }
    if (!label) return ''
    // A tab in Word lines the text up; here a space. None after a full-width mark (一、 （一）, an ideographic space):
    // the mark holds its own space, as in the typed 一、.
    if (current.suffix === 'nothing' || /[\u3000-\u303F\uFF01-\uFF60\s]$/.test(label)) return label
    return label + ' '
  }
}

const CHINESE = { digits: '〇一二三四五六七八九', units: ['', '十', '百', '千'], tenThousand: '万', hundredMillion: '亿', zero: '零' }
const CHINESE_LEGAL = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'], tenThousand: '万', hundredMillion: '亿', zero: '零' }
const CHINESE_LEGAL_TRADITIONAL = { digits: '零壹貳參肆伍陸柒捌玖', units: ['', '拾', '佰', '仟'], tenThousand: '萬', hundredMillion: '億', zero: '零' }
const TRADITIONAL = { ...CHINESE, tenThousand: '萬', hundredMillion: '億' }

/** `n` in Chinese counting: 一 十 十一 二十 一百零一 一万. `short`: 十 for 一十 at the start (not in legal figures). */
function chineseNumber(n: number, system: typeof CHINESE, short: boolean): string {
  if (n === 0) return system.digits[0]!
  const belowTenThousand = (value: number): string => {
    let text = ''
    let zero = false
    for (let unit = 3; unit >= 0; unit--) {
      const digit = Math.floor(value / 10 ** unit) % 10
      if (digit === 0) {
        zero = text !== ''
        continue
      }
      if (zero) text += system.zero
      zero = false
      text += system.digits[digit]! + system.units[unit]!
    }
    return text
  }
  const groups: [number, string][] = [[Math.floor(n / 1e8), system.hundredMillion], [Math.floor(n / 1e4) % 1e4, system.tenThousand], [n % 1e4, '']]
  let text = ''
  for (const [value, unit] of groups) {
    if (value === 0) {
      if (text && !text.endsWith(system.zero)) text += system.zero
      continue
    }
    if (text && value < 1000 && !text.endsWith(system.zero)) text += system.zero
    text += belowTenThousand(value) + unit
  }
  text = text.replace(new RegExp(`${system.zero}+$`), '')
  return short && n >= 10 && n < 20 ? text.slice(1) : text
}

function roman(n: number): string {
  let text = ''
  for (const [value, letters] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    for (; n >= value; n -= value) text += letters
  }
  return text
}

/** `n` in a list's number format (ECMA-376 ST_NumberFormat); decimal for a format not written here. */
export function listNumber(n: number, format: string, custom: string | null = null): string {
  // A number no format writes (negative, not finite) in the decimal digits of the nearest one it does.
  n = Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), Number.MAX_SAFE_INTEGER) : 0
  const decimal = String(n)
  // Chinese counting goes as far as 亿 (below 10^12); past that, digits.
  const counting = (write: () => string) => n < 1e12 ? write() : decimal
  const enclosed = (first: number, last: number, codePoint: number) => n >= first && n <= last ? String.fromCodePoint(codePoint + n - first) : decimal
  switch (format) {
    case 'decimalZero': return n < 10 ? `0${n}` : decimal
    case 'decimalFullWidth': case 'decimalFullWidth2': return decimal.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'upperLetter': case 'lowerLetter': {
      // Word's Z, AA, BB …: past 780 (30 Zs) a label of letters no one reads, and unbounded; digits.
      if (n < 1 || n > 780) return decimal
      const letter = String.fromCharCode(65 + (n - 1) % 26).repeat(Math.ceil(n / 26)) // Word: Z, AA, BB
      return format === 'upperLetter' ? letter : letter.toLowerCase()
    }
    case 'upperRoman': case 'lowerRoman': {
      if (n < 1 || n > 3999) return decimal
      return format === 'upperRoman' ? roman(n) : roman(n).toLowerCase()
    }
    case 'chineseCounting': case 'chineseCountingThousand': return counting(() => chineseNumber(n, CHINESE, true))
    case 'taiwaneseCounting': case 'taiwaneseCountingThousand': return counting(() => chineseNumber(n, TRADITIONAL, true))
    case 'japaneseCounting': return counting(() => chineseNumber(n, { ...CHINESE, tenThousand: '万', hundredMillion: '億' }, true).replace(/一([十百千])/g, '$1'))
    case 'chineseLegalSimplified': return counting(() => chineseNumber(n, CHINESE_LEGAL, false))
    case 'ideographLegalTraditional': case 'japaneseLegal': return counting(() => chineseNumber(n, CHINESE_LEGAL_TRADITIONAL, false))
    case 'ideographDigital': case 'taiwaneseDigital': case 'japaneseDigitalTenThousand':
      return decimal.replace(/\d/g, (d) => CHINESE.digits[Number(d)]!)
    case 'ideographTraditional': return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1]! : decimal
    case 'ideographZodiac': return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1]! : decimal
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      return n >= 21 && n <= 35 ? String.fromCodePoint(0x3251 + n - 21) : n >= 36 && n <= 50 ? String.fromCodePoint(0x32b1 + n - 36) : enclosed(1, 20, 0x2460)
    case 'decimalEnclosedParen': return enclosed(1, 20, 0x2474)
    case 'decimalEnclosedFullstop': return enclosed(1, 20, 0x2488)
    case 'ideographEnclosedCircle': return enclosed(1, 10, 0x3280)
    case 'ordinal': {
      const tens = n % 100
      return decimal + (tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
    }
    case 'none': return ''
    case 'custom': {
      // w:format "001, 002, 003, ...": zero-padded to the first example's width.
      const width = /^0\d+/.exec(custom ?? '')?.[0].length ?? 0
      return decimal.padStart(width, '0')
    }
    default: return decimal
  }
}

/** The prefix a document gives a namespace on its root element (`w:`), '' for the default namespace, or null. */
function prefixOf(xml: string, namespace: string): string | null {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? ''
  for (const [, prefix, uri] of root.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (uri === namespace) return prefix ? `${prefix}:` : ''
  }
  return null
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** The main document's XML with each numbered paragraph's number put in as its first run. Read as a stream
 *  of tags, not parsed: the document may be 100 MB (MAX_DOCX_XML_BYTES), and rewriteWordXml may parse it next.
 *  XML it cannot follow (a tag closed that is not open) is given back as it came. */
export function numberParagraphs(xml: string, lists: ListNumbering): string {
  const w = prefixOf(xml, W)
  // Nothing numbered: no paragraph of its own in a list, and no style that puts one there.
  if (w === null || (!xml.includes(`<${w}numPr`) && !lists.hasNumberedStyles())) return xml
  const mc = prefixOf(xml, MC) ?? 'mc:' // Word declares it on the root; else the prefix every document uses
  const [P, PPR, NUMPR, NUMID, ILVL, PSTYLE, RPR, DEL] = ['p', 'pPr', 'numPr', 'numId', 'ilvl', 'pStyle', 'rPr', 'del'].map((name) => w + name)
  const [ALTERNATE, CHOICE, FALLBACK] = ['AlternateContent', 'Choice', 'Fallback'].map((name) => mc + name)
  const value = new RegExp(`\\s${w}val\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
  const open: string[] = []
  interface Paragraph {
    depth: number; insertAt: number; numId: string | null; level: number | null; numbered: boolean; style: string | null
    /** Its paragraph mark deleted under Track Changes (w:pPr/w:rPr/w:del). */
    markDeleted: boolean
    done: boolean
  }
  const paragraphs: Paragraph[] = []
  const alternatives: Map<string, (number | undefined)[]>[] = []
  const inserts: { at: number; text: string }[] = []
  // A paragraph whose mark is deleted (Track Changes) is no paragraph in Word's final view: what is left of it
  // (inserted text) runs into the next paragraph, which mammoth reads the same way (its contents put before
  // the next w:p's). It is neither counted nor labelled (QA: "1. 2. B" for Word's "1. B", one number used up),
  // and the next paragraph's label goes where the merged paragraph starts: "1. insB", not "ins1. B".
  let mergedFrom: number | null = null
  const finish = (paragraph: Paragraph) => {
    paragraph.done = true
    if (paragraph.markDeleted) {
      mergedFrom ??= paragraph.insertAt
      return
    }
    const at = mergedFrom ?? paragraph.insertAt
    mergedFrom = null
    if (!paragraph.numbered && (paragraph.style === null || !lists.numbersStyle(paragraph.style))) return
    const label = lists.label(paragraph.numbered ? { numId: paragraph.numId, level: paragraph.level } : null, paragraph.style)
    if (label) inserts.push({ at, text: `<${w}r><${w}t xml:space="preserve">${escapeXml(label)}</${w}t></${w}r>` })
  }
  for (const tag of xml.matchAll(/<(\/?)([\w.:-]+)((?:\s[^>]*?)?)(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g)) {
    const [whole, closing, name, attributes, selfClosing] = tag
    if (name === undefined) continue // a comment, CDATA or processing instruction
    const end = tag.index + whole.length
    const paragraph = paragraphs.at(-1)
    if (closing) {
      if (open.pop() !== name) return xml
      if (paragraph && !paragraph.done && name === PPR && paragraph.depth === open.length - 1) {
        paragraph.insertAt = end
        finish(paragraph)
      } else if (name === P && paragraph?.depth === open.length) {
        if (!paragraph.done) finish(paragraph)
        paragraphs.pop()
      } else if (name === ALTERNATE) {
        alternatives.pop()
      }
      continue
    }
    const depth = open.length
    if (paragraph && !paragraph.done) {
      // The paragraph's properties end where its first other child begins.
      if (paragraph.depth === depth - 1 && name !== PPR) finish(paragraph)
      else if (paragraph.depth === depth - 1 && selfClosing) {
        paragraph.insertAt = end
        finish(paragraph)
      } else if (paragraph.depth === depth - 2 && open[depth - 1] === PPR && name === PSTYLE) {
        paragraph.style = value.exec(attributes ?? '')?.slice(1).find((v) => v !== undefined) ?? null
      } else if (paragraph.depth === depth - 2 && open[depth - 1] === PPR && name === NUMPR) {
        paragraph.numbered = true
      } else if (paragraph.depth === depth - 3 && open[depth - 1] === NUMPR && (name === NUMID || name === ILVL)) {
        const found = value.exec(attributes ?? '')?.slice(1).find((v) => v !== undefined) ?? null
        if (name === NUMID) paragraph.numId = found
        else paragraph.level = integer(found)
      } else if (paragraph.depth === depth - 3 && name === DEL && open[depth - 1] === RPR && open[depth - 2] === PPR) {
        paragraph.markDeleted = true
      }
    }
    if (name === ALTERNATE && !selfClosing) alternatives.push(lists.save())
    else if ((name === CHOICE || name === FALLBACK) && open[depth - 1] === ALTERNATE) lists.restore(alternatives.at(-1)!)
    if (selfClosing) continue
    if (name === P) paragraphs.push({ depth, insertAt: end, numId: null, level: null, numbered: false, style: null, markDeleted: false, done: false })
    open.push(name)
  }
  if (inserts.length === 0) return xml
  inserts.sort((a, b) => a.at - b.at)
  const pieces: string[] = []
  let from = 0
  for (const { at, text } of inserts) {
    pieces.push(xml.slice(from, at), text)
    from = at
  }
  pieces.push(xml.slice(from))
  return pieces.join('')
}

/** A main document part (w:document), not a footnotes, comments or other part: its root element. */
const MAIN_DOCUMENT = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?document[\s>]/

/** What mammoth's reader asks of a .docx (lib/zipfile.js's interface), served from the one zip opened here.
 *  Each XML part is rewritten as it is read (rewriteWordXml), and whether that left hidden text out is noted. */
class DocxFile {
  hiddenText = false

  /** `hiddenStyles`: the styles that format text as hidden (hiddenStyleIds), read before mammoth reads a part. */
  /** `lists`: the document's lists (numbering.xml), whose numbers are put into the main document. */
  constructor(
    private readonly zip: JSZip, private readonly parts: Unpacker, private readonly hiddenStyles: ReadonlySet<string>,
    private readonly lists: ListNumbering | null,
  ) {}

  exists(name: string): boolean {
    return this.zip.file(name) !== null
  }

  async read(name: string, encoding?: string): Promise<string | Uint8Array> {
    const file = this.zip.file(name)
    if (!file) throw new Error(`no ${name} in the document`)
    const bytes = await this.parts.unpack(file)
    if (encoding === 'base64') {
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    }
    if (!encoding) return bytes
    const decoded = new TextDecoder(encoding).decode(bytes)
    if (!name.endsWith('.xml')) return decoded
    const text = emptiedIfBroken(name, decoded)
    const numbered = this.lists && MAIN_DOCUMENT.test(text) ? numberParagraphs(text, this.lists) : text
    const rewritten = rewriteWordXml(numbered, this.hiddenStyles)
    if (rewritten.hiddenText) this.hiddenText = true
    return rewritten.xml
  }
}

/** Parts that are never unpacked here: pictures, sounds and videos, embedded files and fonts (mammoth reads a
 *  picture only to convert it to HTML, which extractRawText-like reading never does). Everything else counts
 *  against MAX_DOCX_XML_BYTES, wherever it sits: the package's own rels point at the main document, and they
 *  may point outside word/ (QA: _rels/.rels pointing at /main.xml, 1.35 GB unpacked from 5 MB, and a
 *  [Content_Types].xml padded to 1.2 GB, both read in full and taking the tab down, when only word/*.xml was
 *  counted). */
const MEDIA = /(?:^|\/)(?:media|embeddings|fonts)\/|\.(?:png|jpe?g|jfif|gif|bmp|tiff?|emf|wmf|emz|wmz|svgz?|webp|ico|heic|wdp|odttf|ttf|otf|bin|mp3|mp4|m4a|wav|avi|mov|wmv)$/i

function checkSizes(zip: JSZip): void {
  let total = 0
  zip.forEach((path, file) => {
    if (!file.dir && !MEDIA.test(path)) total += declaredSize(file)
  })
  if (total > MAX_DOCX_XML_BYTES) throw new DocxError('TOO_BIG_UNPACKED')
}

/** Unpacks the parts of one file, all of them together never more than MAX_DOCX_XML_BYTES: each part's size is
 *  counted, as its zip's directory gives it, before it is unpacked (and unpack holds no more than that), so a
 *  part checkSizes did not count (a "picture" the rels name as the document) is refused before it is inflated.
 *  A part read twice (styles.xml: here, then by mammoth) is counted once. */
class Unpacker {
  private total = 0
  private readonly counted = new Set<string>()

  unpack(file: JSZip.JSZipObject): Promise<Uint8Array> {
    if (!this.counted.has(file.name)) {
      this.total += declaredSize(file)
      if (this.total > MAX_DOCX_XML_BYTES) return Promise.reject(new DocxError('TOO_BIG_UNPACKED'))
      this.counted.add(file.name)
    }
    return unpack(file)
  }
}

async function leftOutParts(zip: JSZip, unpacker: Unpacker, document: DocxDocument): Promise<DocxPart[]> {
  const parts: DocxPart[] = []
  for (const [part, pattern] of [['headers', /^word\/header\d*\.xml$/], ['footers', /^word\/footer\d*\.xml$/]] as const) {
    for (const file of zip.file(pattern)) {
      if (hasRealText(new TextDecoder().decode(await unpacker.unpack(file)))) {
        parts.push(part)
        break
      }
    }
  }
  if (document.comments.length > 0) parts.push('comments')
  return parts
}

/** mammoth's word for a part of the document it skipped (lib/docx/body-reader.js). */
const UNRECOGNISED = /^An unrecognised element was ignored: /

/** An OLE compound file's first 8 bytes (D0 CF 11 E0 A1 B1 1A E1). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Whether `data` is an OLE compound file, not a zip: under a .docx name, a document Word encrypted with a
 *  password (Word keeps the encrypted .docx inside such a file), or an old .doc given the new name. Both were
 *  said to be no valid Word document, or a damaged one (QA), where a PDF with a password is said to be one. */
function isOleFile(data: ArrayBuffer): boolean {
  const head = new Uint8Array(data, 0, Math.min(OLE_SIGNATURE.length, data.byteLength))
  return head.length === OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, i) => head[i] === byte)
}

export async function docxText(data: ArrayBuffer): Promise<DocxText> {
  if (isOleFile(data)) throw new DocxError('PROTECTED')
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(data)
  } catch (error) {
    throw new DocxError('NOT_DOCX', error)
  }
  checkSizes(zip)
  const parts = new Unpacker()
  const styles = zip.file('word/styles.xml')
  const stylesXml = styles ? new TextDecoder().decode(await parts.unpack(styles)) : null
  const hiddenStyles = stylesXml === null ? new Set<string>() : hiddenStyleIds(stylesXml)
  const numbering = zip.file('word/numbering.xml')
  const lists = numbering ? ListNumbering.read(new TextDecoder().decode(await parts.unpack(numbering)), stylesXml) : null
  const docxFile = new DocxFile(zip, parts, hiddenStyles, lists)
  const result = await readDocx(docxFile, {}, {}).catch((error: unknown) => {
    throw error instanceof DocxError ? error : new DocxError('NOT_DOCX', error)
  })
  const document = result.value as DocxDocument
  const writer = new TextWriter(document)
  const body = writer.blocks(document.children ?? []).trim()
  // A note's own number starts its text in Word (a footnoteRef run); mammoth leaves that out.
  const notes = writer.notes.map((note, i) => `[${i + 1}] ${writer.blocks(note.body).trim()}`)
  const text = notes.length > 0 ? `${body}\n\n${notes.join('\n')}` : body
  const leftOut = await leftOutParts(zip, parts, document)
  if (docxFile.hiddenText) leftOut.push('hidden')
  if (result.messages.some((message) => UNRECOGNISED.test(message.message))) leftOut.push('unread')
  return { text, leftOut }
}
