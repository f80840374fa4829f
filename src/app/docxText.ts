// The text of a Word document (.docx), as a reader sees it: a line per paragraph (a table's cells a line
// each), a line break inside a paragraph (Shift+Enter) a line break, a tab a tab; footnotes and endnotes
// after the body, past a blank line, each marked [n] where it is referred to. mammoth reads the document
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
import JSZip from 'jszip'
import { read as readDocx } from 'mammoth/lib/docx/docx-reader'
import { hiddenStyleIds, rewriteWordXml } from './docxRewrite'
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

/** What mammoth's reader asks of a .docx (lib/zipfile.js's interface), served from the one zip opened here.
 *  Each XML part is rewritten as it is read (rewriteWordXml), and whether that left hidden text out is noted. */
class DocxFile {
  hiddenText = false

  /** `hiddenStyles`: the styles that format text as hidden (hiddenStyleIds), read before mammoth reads a part. */
  constructor(private readonly zip: JSZip, private readonly parts: Unpacker, private readonly hiddenStyles: ReadonlySet<string>) {}

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
    const text = new TextDecoder(encoding).decode(bytes)
    if (!name.endsWith('.xml')) return text
    const rewritten = rewriteWordXml(text, this.hiddenStyles)
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
  const hiddenStyles = styles ? hiddenStyleIds(new TextDecoder().decode(await parts.unpack(styles))) : new Set<string>()
  const docxFile = new DocxFile(zip, parts, hiddenStyles)
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
