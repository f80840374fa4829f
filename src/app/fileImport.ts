// Reading dropped or chosen files into the editor. Plain text is decoded in the encoding it was saved in
// (./textEncoding), and refused when its bytes are evidently not text; .docx goes through mammoth
// (./docxText, in a worker of its own: ./docxWorker) and .pdf through pdf.js (./pdfText), each loaded only
// when such a file actually arrives (large modules most visits never need).
import { declaredCharset, htmlText } from './htmlText'
import type { DocxPart, DocxText } from './docxText'
import type { DocxAnswer } from './docxWorker'
import { decodeText, looksBinary, type DecodedText } from './textEncoding'
import { normalizeLineBreaks, type LineBreaks } from './lineBreaks'
import { MAX_LIVE_CHARS } from './coverage'
import { parseRecordsTable, recordsFormat, recordsText, RecordsError, type RecordsTable, type TextRecord } from './records'

export const MAX_IMPORT_BYTES = 25_000_000
/** Imported text longer than this is refused (the editor keeps its text): the live analysis's limit, so that a
 *  file accepted is never one the editor then says is too large to analyse. */
export const MAX_IMPORT_CHARS = MAX_LIVE_CHARS

/**
 * The most the document's parts other than pictures and other media (the body, notes, comments, headers, styles,
 * and every .xml and .rels wherever it sits in the zip: the rels may put the main document outside word/) may
 * unpack to together; and the most all that is unpacked of one file adds up to (docxText.ts). It follows from the 1,000,000 characters an import may hold (MAX_IMPORT_CHARS): a million
 * characters at 100 bytes of XML each. Plain paragraphs take about 5 bytes a character (QA: 979,703 characters
 * in 4.5 MB), a document formatted run by run far more (QA: 654,551 characters in 85 MB, still read); a zip made
 * to unpack to much more (QA: 1.4 MB unpacking to 400 MB, which took the tab down) is refused from its zip's
 * directory, before any of it is unpacked.
 */
export const MAX_DOCX_XML_BYTES = 100_000_000

/** TOO_BIG: more bytes than MAX_IMPORT_BYTES; TOO_BIG_UNPACKED: a .docx whose XML unpacks to more than
 * MAX_DOCX_XML_BYTES (a zip can unpack to hundreds of times its size); TOO_LONG: more text than MAX_IMPORT_CHARS; PROTECTED: a
 * password-protected PDF, or a .docx that is an OLE file (a password-protected document, or an old .doc renamed); NO_TEXT: a PDF with no text layer (a scan); NOT_TEXT: a .txt, .md or .html file
 * whose bytes are evidently not text (binary data under a text file's name; see looksBinary); BAD_RECORD: a .jsonl
 * line that is no JSON object (`line` says which); BAD_QUOTE: a .csv/.tsv cell whose quote, opened at `line`, is never
 * closed (read so, it would swallow every later row into one record). */
export type ImportErrorCode = 'UNSUPPORTED' | 'TOO_BIG' | 'TOO_BIG_UNPACKED' | 'TOO_LONG' | 'UNREADABLE' | 'PROTECTED' | 'NO_TEXT' | 'NOT_TEXT' | 'BAD_RECORD' | 'BAD_QUOTE'

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    cause?: unknown,
    /** BAD_RECORD: the number of the JSON Lines line that is no JSON object, from 1; BAD_QUOTE: the line whose quote is never closed. */
    readonly line?: number,
  ) {
    super(`${code}: ${fileName}`, { cause })
    this.name = 'ImportError'
  }
}

/** The file chooser's `accept` for the files readImportedFile opens. */
export const IMPORT_ACCEPT =
  '.txt,.md,.markdown,.srt,.vtt,.lrc,.html,.htm,.docx,.pdf,.csv,.tsv,.jsonl,.ndjson,text/plain,text/csv,text/tab-separated-values,text/markdown,text/vtt,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * Files people often try that no reader here opens, by extension, each refused with its way out: a document is
 * saved as .docx in Word or WPS, a spreadsheet's or a presentation's text is copied or saved as PDF (QA: a
 * legacy .doc, the most common file in many offices, was refused with only the list of formats), an .ass or .ssa
 * subtitle file is exported as .srt (read as text, its `Dialogue: 0,0:00:01.00,…,{\an8}` lines would be redacted
 * with their styles and override tags, and the copy would no longer load as subtitles; a video producer's QA).
 */
const CONVERTIBLE = {
  doc: 'doc', dot: 'doc', wps: 'wps', rtf: 'rtf', odt: 'odt',
  xls: 'sheet', xlsx: 'sheet', et: 'sheet', ods: 'sheet',
  ppt: 'slides', pptx: 'slides', dps: 'slides', odp: 'slides',
  ass: 'ass', ssa: 'ssa',
} as const
export type ConvertibleFormat = (typeof CONVERTIBLE)[keyof typeof CONVERTIBLE]

/** The way out for a file of such a kind (the messages' keys): saved as .docx (Word's and WPS's documents), saved as
 *  .csv (sheets: read column by column, which masks their values best, school QA), its text copied (slides), or
 *  exported as .srt (styled subtitles). */
export type ConvertAdvice = 'saveAsDocx' | 'saveAsCsv' | 'copyText' | 'exportSrt'
export function convertAdvice(format: ConvertibleFormat): ConvertAdvice {
  if (format === 'sheet') return 'saveAsCsv'
  if (format === 'slides') return 'copyText'
  return format === 'ass' || format === 'ssa' ? 'exportSrt' : 'saveAsDocx'
}

/** The kind of `name` when it is one of the files above, to say how to make it one that opens; null otherwise. */
export function convertibleFormat(name: string): ConvertibleFormat | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  return Object.hasOwn(CONVERTIBLE, extension) ? CONVERTIBLE[extension as keyof typeof CONVERTIBLE] : null
}

/** The editor's file chooser also shows the word processors' other documents and styled subtitles: a .doc or .ass
 *  left out of the dialog is a file the user cannot find, where one chosen is refused with the way to a .docx or
 *  an .srt. */
export const EDITOR_ACCEPT = `${IMPORT_ACCEPT},.doc,.wps,.rtf,.odt,.ass,.ssa`

/** records: a .csv, .tsv or .jsonl file, a text per row or line (./records). */
type FileKind = 'text' | 'html' | 'docx' | 'pdf' | 'records'

export function fileKind(name: string): FileKind | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  // Subtitles (.srt, .vtt) and lyrics (.lrc) are plain text with cue numbers and time stamps, read as a .txt file
  // is: the stamps and `-->` hold no names, and redacted line by line the copy stays a valid subtitle file (QA, a
  // video producer: refused until renamed .txt, then every index and timing line came back byte-identical).
  if (['txt', 'md', 'markdown', 'text', 'srt', 'vtt', 'lrc'].includes(extension)) return 'text'
  if (['html', 'htm', 'xhtml'].includes(extension)) return 'html'
  if (extension === 'docx' || extension === 'pdf') return extension
  if (recordsFormat(name)) return 'records'
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
  /** A .csv, .tsv or .jsonl file's table too (ImportedText's recordsTable): the editor's, for the Redact tab. */
  table?: boolean
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
  /** A .csv, .tsv or .jsonl file: how many records (rows) it held and the column their texts came from; `text` is
   *  those texts, a blank line between two (recordsText). `header` false: a .csv/.tsv with no header row, its first
   *  row read as a record and `column` the text column's number (1 = the first). `allColumns` and `leftOut` as
   *  ParsedRecords has them: every column read (how many), or the columns not read, so that the editor says so. */
  records?: { count: number; column: string; header: boolean; allColumns?: number; leftOut?: string[] }
  /** That file as a table and its records (records.ts's RecordsTable), for the Redact tab's redacted copy of the
   *  table (openedTable.ts): when asked for (ImportOptions' `table`); absent for JSON Lines with nested objects. */
  recordsTable?: { table: RecordsTable; records: TextRecord[] }
}

export async function readImportedFile(file: File, { onPage, signal, table = false }: ImportOptions = {}): Promise<ImportedText> {
  const kind = fileKind(file.name)
  if (!kind) throw new ImportError('UNSUPPORTED', file.name)
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('TOO_BIG', file.name)
  let imported: ImportedText
  try {
    imported = await readText(file, kind, onPage, signal, table)
    signal?.throwIfAborted()
  } catch (error) {
    if (error instanceof ImportError || signal?.aborted) throw error
    throw new ImportError('UNREADABLE', file.name, error)
  }
  if (imported.text.length > MAX_IMPORT_CHARS) throw new ImportError('TOO_LONG', file.name)
  return imported
}

const invalidOf = ({ invalidSequences }: DecodedText) => (invalidSequences ? { invalidSequences } : {})

async function readText(file: File, kind: FileKind, onPage?: ImportOptions['onPage'], signal?: AbortSignal, withTable = false): Promise<ImportedText> {
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
  if (kind === 'records') {
    const { parsed, decoded } = await readRecords(file)
    const { allColumns, leftOut, table } = parsed
    const records = { count: parsed.records.length, column: parsed.column, header: parsed.header, ...(allColumns !== undefined && { allColumns }), ...(leftOut && { leftOut }) }
    // The table and its records too: the Redact tab writes a redacted copy of the table from them (redactedTable.ts).
    return { text: recordsText(parsed.records), encoding: decoded.encoding, ...invalidOf(decoded), records, ...(withTable && table && { recordsTable: { table, records: parsed.records } }) }
  }
  if (kind === 'docx') {
    const { text, leftOut } = await readDocx(file, signal)
    return { text: normalizeNewlines(text), encoding: null, ...(leftOut.length > 0 && { leftOut }) }
  }
  return { text: await readPdf(file, onPage, signal), encoding: null }
}

/**
 * A .docx's text, read in a worker of its own (module workers, as the NER worker: the site's CSP allows
 * workers from this origin, worker-src 'self', and the service worker precaches the worker's chunk as it does
 * every .js): the page keeps answering, and Stop (or a newer file) ends the worker at once. Where there are no
 * workers (the unit tests, in Node) it is read here.
 */
async function readDocx(file: File, signal?: AbortSignal): Promise<DocxText> {
  const data = await file.arrayBuffer()
  signal?.throwIfAborted()
  if (typeof Worker === 'undefined') {
    // Named through a variable so that the build leaves it out: browsers have workers, and the page's bundle
    // would otherwise hold a second copy of mammoth.
    const here = './docxText'
    const { DocxError, docxText } = await import(/* @vite-ignore */ here) as typeof import('./docxText')
    try {
      return await docxText(data)
    } catch (error) {
      throw error instanceof DocxError && error.code !== 'NOT_DOCX' ? new ImportError(error.code, file.name, error) : error
    }
  }
  const worker = new Worker(new URL('./docxWorker.ts', import.meta.url), { type: 'module' })
  return new Promise<DocxText>((resolve, reject) => {
    const done = (): void => {
      worker.terminate()
      signal?.removeEventListener('abort', stop)
    }
    const stop = (): void => {
      done()
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', stop, { once: true })
    worker.onmessage = ({ data: answer }: MessageEvent<DocxAnswer>) => {
      done()
      if ('text' in answer) resolve(answer.text)
      else if ('refused' in answer && answer.refused !== 'NOT_DOCX') reject(new ImportError(answer.refused, file.name))
      else reject(new Error('refused' in answer ? answer.refused : answer.failed)) // UNREADABLE: no Word document, or a damaged one
    }
    // The worker's module failed to load, or it ran out of memory: the file is reported as not read.
    worker.onerror = (event) => {
      done()
      reject(new Error(event.message || 'the .docx reader stopped'))
    }
    worker.postMessage(data, [data])
  })
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

/** A .csv, .tsv or .jsonl file decoded as a .txt file is (its encoding found, binary data refused) and parsed. */
async function readRecords(file: File): Promise<{ parsed: ReturnType<typeof parseRecordsTable>; decoded: DecodedText }> {
  const decoded = await decodeText(new Uint8Array(await file.arrayBuffer()))
  if (looksBinary(decoded.text, { strayReplacements: decoded.invalidSequences !== undefined })) throw new ImportError('NOT_TEXT', file.name)
  try {
    return { parsed: parseRecordsTable(normalizeNewlines(decoded.text), recordsFormat(file.name)!), decoded }
  } catch (error) {
    if (error instanceof RecordsError) throw new ImportError(error.reason === 'quote' ? 'BAD_QUOTE' : 'BAD_RECORD', file.name, error, error.line)
    throw error
  }
}

export interface ImportedRecords {
  records: TextRecord[]
  column: string
  /** As ParsedRecords' (records.ts): whether the first row named the columns, and the columns with something in them
   *  that were not read, which the Batch tab names as the editor does. */
  header: boolean
  leftOut?: string[]
  /** The file as a table (records.ts's RecordsTable), for the Batch tab's redacted copy of it: when asked for
   *  (`table`), and absent as there. */
  table?: RecordsTable
  /** As ImportedText's. */
  encoding: string
  invalidSequences?: number
}

/**
 * The records of a .csv, .tsv or .jsonl file, for the Batch tab (an item per record): the whole file is not held
 * to the editor's MAX_IMPORT_CHARS, each record is (the batch says which are longer). Throws ImportError as
 * readImportedFile does.
 */
export async function readRecordsFile(file: File, { signal, table: withTable = false }: Pick<ImportOptions, 'signal'> & { table?: boolean } = {}): Promise<ImportedRecords> {
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('TOO_BIG', file.name)
  try {
    const { parsed, decoded } = await readRecords(file)
    signal?.throwIfAborted()
    const { records, column, header, leftOut, table } = parsed
    return { records, column, header, ...(leftOut && { leftOut }), ...(withTable && table && { table }), encoding: decoded.encoding, ...invalidOf(decoded) }
  } catch (error) {
    if (error instanceof ImportError || signal?.aborted) throw error
    throw new ImportError('UNREADABLE', file.name, error)
  }
}
