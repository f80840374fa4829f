// The text layer of a PDF, read with pdf.js in its own worker (loaded only when a PDF is opened, and
// terminated when done, so the memory goes back). Nothing is rendered and nothing leaves the page: the
// only requests are for pdf.js itself and, for PDFs whose fonts use Adobe's predefined Chinese CMaps
// (older GB/Big5 documents), the CMap files that the build copies from pdfjs-dist to `pdfjs/cmaps/`.
// The text is what the PDF holds, except CJK radical code points standing in for ideographs (below).
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
// Unicode's EquivalentUnifiedIdeograph.txt for the CJK radical blocks (written by `python -m shiti_train.t2s`).
import radicalTable from './cjk-radicals.json'

/** Where the build puts the Chinese CMaps (vite.config.ts, `pdfCMaps`). */
export const CMAP_FOLDER = 'pdfjs/cmaps/'

export type PdfProblem = 'PROTECTED' | 'NO_TEXT' | 'TOO_LONG'

export class PdfTextError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem)
    this.name = 'PdfTextError'
  }
}

const RADICAL = /[\u2E80-\u2FDF]/gu
const RADICAL_EQUIVALENTS: Readonly<Record<string, string>> = radicalTable

/**
 * CJK fonts draw a radical and the ideograph it stands for with one glyph, and many PDFs (Chromium's own
 * among them) map that glyph back to the radical: 人民大会堂 comes out as ⼈⺠⼤会堂, which looks the same
 * but is other characters to search, copy and export. Radicals in running text are nearly always that.
 */
export function radicalsToIdeographs(text: string): string {
  return text.replace(RADICAL, (radical) => RADICAL_EQUIVALENTS[radical] ?? radical)
}

/**
 * One line of text per line of the PDF (pdf.js marks line ends with `hasEOL`), pages one after another.
 * Lines wrapped by the PDF's layout stay wrapped here; the engine reads a wrapped sentence whole.
 * Stops with TOO_LONG as soon as the text passes `maxChars`, so a huge PDF is not read to the end first.
 */
export async function pdfText(data: ArrayBuffer, maxChars: number): Promise<string> {
  GlobalWorkerOptions.workerSrc = workerUrl
  const task = getDocument({
    data: new Uint8Array(data),
    cMapUrl: `${import.meta.env.BASE_URL}${CMAP_FOLDER}`,
    cMapPacked: true,
    isEvalSupported: false, // the page's CSP has no 'unsafe-eval'
    disableFontFace: true, // nothing is drawn
    stopAtErrors: false, // a damaged object in one page should not lose the others
  })
  let pdf: PDFDocumentProxy
  try {
    pdf = await task.promise
  } catch (error) {
    await task.destroy()
    // pdf.js does not export its PasswordException class; its name is part of the API.
    throw (error as Error | null)?.name === 'PasswordException' ? new PdfTextError('PROTECTED') : error
  }
  try {
    const pages: string[] = []
    let length = 0
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      page.cleanup()
      const text = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => item.str + (item.hasEOL ? '\n' : ''))
        .join('')
      pages.push(text)
      length += text.length
      if (length > maxChars) throw new PdfTextError('TOO_LONG')
    }
    // Spaces that only pad a line out to its right edge are layout, not text.
    const text = radicalsToIdeographs(pages.join('\n')).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    if (!text) throw new PdfTextError('NO_TEXT') // a scan: pages of images, no text layer
    return text
  } finally {
    await task.destroy()
  }
}
