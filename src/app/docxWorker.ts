// Reads a .docx (docxText) off the page's thread: mammoth takes seconds on a large document (QA: 30 s, the
// page frozen and its Stop button dead, on 85 MB of XML), and a Stop or a newer file ends this worker outright
// (fileImport.ts's readDocx). It gets the file's bytes and answers once: the text, or why it was refused.
import '../engine/network-lock' // first of all: this worker reaches its own origin only, CSP or not
import { DocxError, docxText, type DocxText } from './docxText'

export type DocxAnswer = { text: DocxText } | { refused: DocxError['code'] } | { failed: string }

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  let answer: DocxAnswer
  try {
    answer = { text: await docxText(event.data) }
  } catch (error) {
    answer = error instanceof DocxError ? { refused: error.code } : { failed: String(error) }
  }
  self.postMessage(answer)
}
