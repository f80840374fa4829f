// The text layer of a PDF, read with pdf.js in its own worker (loaded only when a PDF is opened, and
// terminated when done, so the memory goes back). Nothing is rendered and nothing leaves the page: the
// only requests are for pdf.js itself and, for PDFs whose fonts use Adobe's predefined Chinese CMaps
// (older GB/Big5 documents), the CMap files that the build copies from pdfjs-dist to `pdfjs/cmaps/`.
// The text is what the PDF holds, except CJK radical code points standing in for ideographs (./radicals)
// and the page furniture (./pdfPages).
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { radicalsToIdeographs } from './radicals'
import { joinPages } from './pdfPages'

/** Where the build puts the Chinese CMaps (vite.config.ts, `pdfCMaps`). */
const CMAP_FOLDER = 'pdfjs/cmaps/'

export type PdfProblem = 'PROTECTED' | 'NO_TEXT' | 'TOO_LONG'

export class PdfTextError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem)
    this.name = 'PdfTextError'
  }
}

export interface PdfReadOptions {
  /** Stops with TOO_LONG as soon as the text passes this, so a huge PDF is not read to the end first. */
  maxChars: number
  /** Called after each page is read, so a long PDF can show how far it has got. */
  onPage?: (page: number, pages: number) => void
  /** Stops reading (pdf.js and its worker are destroyed) and rejects with the signal's reason. */
  signal?: AbortSignal
}

/**
 * One line of text per line of the PDF (pdf.js marks line ends with `hasEOL`), pages one after another,
 * without the running headers, footers and page numbers (./pdfPages). Lines wrapped by the PDF's layout
 * stay wrapped here; the engine reads a wrapped sentence whole, across a page break too.
 */
export async function pdfText(data: ArrayBuffer, { maxChars, onPage, signal }: PdfReadOptions): Promise<string> {
  signal?.throwIfAborted()
  GlobalWorkerOptions.workerSrc = workerUrl
  const task = getDocument({
    data: new Uint8Array(data),
    cMapUrl: `${import.meta.env.BASE_URL}${CMAP_FOLDER}`,
    cMapPacked: true,
    isEvalSupported: false, // the page's CSP has no 'unsafe-eval'
    disableFontFace: true, // nothing is drawn
    stopAtErrors: false, // a damaged object in one page should not lose the others
  })
  // Destroying the task ends pdf.js's worker at once, even in the middle of a page; a call it had under
  // way need not settle after that, so every wait is also a race against the signal.
  let rejectAborted: (reason: unknown) => void = () => undefined
  const aborted = new Promise<never>((_, reject) => (rejectAborted = reject))
  aborted.catch(() => undefined) // a race that nobody lost
  const stop = (): void => {
    void task.destroy()
    rejectAborted(signal?.reason)
  }
  signal?.addEventListener('abort', stop, { once: true })
  const untilAborted = <T>(work: Promise<T>): Promise<T> => Promise.race([work, aborted])
  let pdf: PDFDocumentProxy
  try {
    pdf = await untilAborted(task.promise)
  } catch (error) {
    signal?.removeEventListener('abort', stop)
    await task.destroy()
    signal?.throwIfAborted()
    // pdf.js does not export its PasswordException class; its name is part of the API.
    throw (error as Error | null)?.name === 'PasswordException' ? new PdfTextError('PROTECTED') : error
  }
  try {
    const pages: string[][] = []
    let length = 0
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await untilAborted(pdf.getPage(number))
      const content = await untilAborted(page.getTextContent())
      page.cleanup()
      const text = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => item.str + (item.hasEOL ? '\n' : ''))
        .join('')
        // A glyph the PDF maps to no character comes out as NUL (an emoji drawn from an embedded font, say):
        // shown as U+FFFD, as a text file's unreadable bytes are, not as an invisible control in the exports.
        .replaceAll('\0', '\uFFFD')
      pages.push(text.split('\n'))
      length += text.length
      if (length > maxChars) throw new PdfTextError('TOO_LONG')
      onPage?.(number, pdf.numPages)
    }
    // Spaces that only pad a line out to its right edge are layout, not text.
    const text = radicalsToIdeographs(joinPages(pages)).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    if (!text) throw new PdfTextError('NO_TEXT') // a scan: pages of images, no text layer
    return text
  } catch (error) {
    signal?.throwIfAborted()
    throw error
  } finally {
    signal?.removeEventListener('abort', stop)
    await task.destroy()
  }
}
