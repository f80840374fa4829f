// Reading dropped or chosen files into the editor. Plain text is decoded in the encoding it was saved in
// (./textEncoding), and refused when its bytes are evidently not text; .docx goes through mammoth
// (./docxText) and .pdf through pdf.js (./pdfText), each loaded only when such a file actually arrives
// (large modules most visits never need).
import { declaredCharset, htmlText } from './htmlText'
import type { DocxPart } from './docxText'
import { decodeText, looksBinary, type DecodedText } from './textEncoding'
import { normalizeLineBreaks, type LineBreaks } from './lineBreaks'

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024
/** Imported text longer than this is refused (the editor keeps its text); matches live analysis. */
export const MAX_IMPORT_CHARS = 1_000_000

/** TOO_BIG: more bytes than MAX_IMPORT_BYTES; TOO_LONG: more text than MAX_IMPORT_CHARS; PROTECTED: a
 * password-protected PDF; NO_TEXT: a PDF with no text layer (a scan); NOT_TEXT: a .txt, .md or .html file
 * whose bytes are evidently not text (binary data under a text file's name; see looksBinary). */
export type ImportErrorCode = 'UNSUPPORTED' | 'TOO_BIG' | 'TOO_LONG' | 'UNREADABLE' | 'PROTECTED' | 'NO_TEXT' | 'NOT_TEXT'

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    cause?: unknown,
  ) {
    super(`${code}: ${fileName}`, { cause })
    this.name = 'ImportError'
  }
}

/** The file chooser's `accept` for the files readImportedFile opens. */
export const IMPORT_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

type FileKind = 'text' | 'html' | 'docx' | 'pdf'

export function fileKind(name: string): FileKind | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  if (['txt', 'md', 'markdown', 'text'].includes(extension)) return 'text'
  if (['html', 'htm', 'xhtml'].includes(extension)) return 'html'
  if (extension === 'docx' || extension === 'pdf') return extension
  return null
}

/** Normalizes line endings so offsets in exports match what the editor shows. */
function normalizeNewlines(text: string): string {
  return normalizeLineBreaks(text).text
}

export interface ImportOptions {
  /** Called as a PDF's pages are read (the one kind of file that can take seconds). */
  onPage?: (page: number, pages: number) => void
  /** Abandons the import: it rejects with the signal's reason (an AbortError) and reads no further. */
  signal?: AbortSignal
}

export interface ImportedText {
  text: string
  /** A plain-text file's encoding as decoded ('utf-8', 'gb18030', 'big5', ...); null for .docx and .pdf. */
  encoding: string | null
  /** UTF-8 with this many invalid byte sequences, each shown as U+FFFD; absent when none. */
  invalidSequences?: number
  /** A plain-text file with CR LF or CR line breaks says where they were (`text` itself always breaks lines
   * with LF), so that a batch's exports give offsets in the file's own text and its redacted .txt copy
   * keeps its line endings. */
  lineBreaks?: LineBreaks
  /** A .docx file's parts with text in them that are not in `text` (headers, footers, comments), so that
   * the reader is told; absent when there are none. Its footnotes and endnotes are in `text`, at the end. */
  leftOut?: DocxPart[]
}

export async function readImportedFile(file: File, { onPage, signal }: ImportOptions = {}): Promise<ImportedText> {
  const kind = fileKind(file.name)
  if (!kind) throw new ImportError('UNSUPPORTED', file.name)
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('TOO_BIG', file.name)
  let imported: ImportedText
  try {
    imported = await readText(file, kind, onPage, signal)
    signal?.throwIfAborted()
  } catch (error) {
    if (error instanceof ImportError || signal?.aborted) throw error
    throw new ImportError('UNREADABLE', file.name, error)
  }
  if (imported.text.length > MAX_IMPORT_CHARS) throw new ImportError('TOO_LONG', file.name)
  return imported
}

const invalidOf = ({ invalidSequences }: DecodedText) => (invalidSequences ? { invalidSequences } : {})

async function readText(file: File, kind: FileKind, onPage?: ImportOptions['onPage'], signal?: AbortSignal): Promise<ImportedText> {
  if (kind === 'text') {
    const decoded = await decodeText(new Uint8Array(await file.arrayBuffer()))
    if (looksBinary(decoded.text, { strayReplacements: decoded.invalidSequences !== undefined })) throw new ImportError('NOT_TEXT', file.name)
    return { ...normalizeLineBreaks(decoded.text), encoding: decoded.encoding, ...invalidOf(decoded) }
  }
  if (kind === 'html') {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const decoded = await decodeText(bytes, declaredCharset(bytes))
    if (looksBinary(decoded.text, { strayReplacements: decoded.invalidSequences !== undefined })) throw new ImportError('NOT_TEXT', file.name)
    return { text: htmlText(decoded.text), encoding: decoded.encoding, ...invalidOf(decoded) }
  }
  if (kind === 'docx') {
    const { docxText } = await import('./docxText')
    const { text, leftOut } = await docxText(await file.arrayBuffer())
    return { text: normalizeNewlines(text), encoding: null, ...(leftOut.length > 0 && { leftOut }) }
  }
  return { text: await readPdf(file, onPage, signal), encoding: null }
}

async function readPdf(file: File, onPage?: ImportOptions['onPage'], signal?: AbortSignal): Promise<string> {
  const { pdfText, PdfTextError } = await import('./pdfText')
  try {
    return normalizeNewlines(await pdfText(await file.arrayBuffer(), { maxChars: MAX_IMPORT_CHARS, onPage, signal }))
  } catch (error) {
    if (!(error instanceof PdfTextError)) throw error
    throw new ImportError(error.problem, file.name, error)
  }
}
