// The text of a Word document (.docx), as a reader sees it: a line per paragraph (a table's cells a line
// each), a line break inside a paragraph (Shift+Enter) a line break, a tab a tab; footnotes and endnotes
// after the body, past a blank line, each marked [n] where it is referred to. mammoth reads the document
// (its extractRawText drops line breaks and notes, so its document tree is walked here instead); headers,
// footers and comments, which it does not give, are looked for only to say that they were left out.
import JSZip from 'jszip'
import mammoth from 'mammoth'

/** Parts of a document that hold text and are not read into it. */
export type DocxPart = 'headers' | 'footers' | 'comments'

export interface DocxText {
  text: string
  /** The parts of this document with text in them that are not in `text`, in this order: headers, footers, comments. */
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

async function leftOutParts(zip: JSZip, document: DocxDocument): Promise<DocxPart[]> {
  const parts: DocxPart[] = []
  for (const [part, pattern] of [['headers', /^word\/header\d*\.xml$/], ['footers', /^word\/footer\d*\.xml$/]] as const) {
    for (const file of zip.file(pattern)) {
      if (hasRealText(await file.async('string'))) {
        parts.push(part)
        break
      }
    }
  }
  if (document.comments.length > 0) parts.push('comments')
  return parts
}

export async function docxText(data: ArrayBuffer): Promise<DocxText> {
  let document = null as DocxDocument | null
  // mammoth's public way to its document tree; the HTML it would go on to write is not needed, so it gets none.
  // `buffer` is the name mammoth's Node build (unit tests, scripts) reads the bytes under; it takes an ArrayBuffer as well.
  const input = { arrayBuffer: data, buffer: data } as { arrayBuffer: ArrayBuffer }
  await mammoth.convertToHtml(input, {
    transformDocument: (tree: DocxDocument) => {
      document = tree
      return { ...tree, children: [] }
    },
  })
  if (!document) throw new Error('mammoth gave no document')
  const writer = new TextWriter(document)
  const body = writer.blocks(document.children ?? []).trim()
  // A note's own number starts its text in Word (a footnoteRef run); mammoth leaves that out.
  const notes = writer.notes.map((note, i) => `[${i + 1}] ${writer.blocks(note.body).trim()}`)
  const text = notes.length > 0 ? `${body}\n\n${notes.join('\n')}` : body
  return { text, leftOut: await leftOutParts(await JSZip.loadAsync(data), document) }
}
