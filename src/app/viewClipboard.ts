// What a copy from the highlighted view puts on the clipboard. The browser's own copy serialised the view with its
// computed styles: the screen theme's colours (in the dark theme pale text on near-black blocks, rgb(219,231,255) on
// rgb(17,21,39)), the marks' translucent backgrounds and their titles and data attributes, so that a selection pasted
// into Word, Outlook or WeChat came out as dark blocks (clipboard QA). The view's copy handler writes this instead:
// the text as it is in the editor, and an HTML copy as a printed page would show it, the names on a light shade of
// their type's colour, no theme colour, font or label.
import { entityHue, isGreyType } from './entityColors'
import { escapeHtml } from './exporters'
import { LINE_BREAK_CLASS } from './sentences'

/** A run of selected text: inside a name of type `type`, or between names (`type` null). */
export type CopiedPiece = { readonly text: string; readonly type: string | null }

/** A type's shade as #rrggbb, the light theme's and the HTML export's (hsl(hue 90% 85%), grey for rule-based types):
 *  hex, as Word and Outlook read no hsl(). */
export function printShade(type: string): string {
  const h = entityHue(type)
  const s = isGreyType(type) ? 0 : 0.9
  const l = 0.85
  const a = s * Math.min(l, 1 - l)
  const channel = (n: number) => {
    const k = (n + h / 30) % 12
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(255 * value).toString(16).padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

/** Text as HTML that keeps its spaces: HTML collapses a run of them (a line indented with spaces lost its indent). */
function htmlText(value: string): string {
  return escapeHtml(value).replace(/ {2,}/g, (run) => ' '.padStart(run.length, '\u00a0')).replace(/^ /, '\u00a0')
}

/** Every line break the view shows as one (sentences.ts): a text's NEL, U+2028/U+2029 or an old Mac's CR ran its
 *  lines together in Word when only LF started a paragraph (re-check QA). */
const LINE_BREAK_RUN = new RegExp(`\r\n|[${LINE_BREAK_CLASS}]`, 'u')

/**
 * The clipboard's text/plain and text/html for the selected pieces, in the text's order. text/plain is the text
 * itself, character for character (no type label: the view's labels are CSS generated content, not copied). text/html
 * marks each name with a <span> shaded in its type's light colour and dark text (a <mark> is yellow, or nothing, in
 * Word); no font, size or colour elsewhere, so the pasted text takes the document's. A selection within one line is
 * inline HTML, pasted into a sentence without starting a paragraph; one across lines a <p> for each line, as Word
 * makes paragraphs of the lines of a pasted plain text (an empty line, an empty paragraph).
 */
export function viewClipboard(pieces: readonly CopiedPiece[]): { plain: string; html: string } {
  const plain = pieces.map((p) => p.text).join('')
  const lines: string[] = ['']
  for (const { text, type } of pieces) {
    text.split(LINE_BREAK_RUN).forEach((part, i) => {
      if (i > 0) lines.push('')
      if (part === '') return
      lines[lines.length - 1] += type === null
        ? htmlText(part)
        : `<span style="background-color:${printShade(type)};color:#000000">${htmlText(part)}</span>`
    })
  }
  // (a selection ending with its line's break: that line's end, not an empty line after it)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  const body = lines.length === 1 ? lines[0]! : lines.map((line) => `<p>${line || '<br>'}</p>`).join('')
  return { plain, html: `<meta charset="utf-8">${body}` }
}

/**
 * The pieces of the view's text a range covers: its text nodes, clipped to the range's ends, each with the type of
 * the name (`mark.entity`) it is in. Read from the elements, not their layout: while the view is paused (shelved
 * chunks, lines not displayed) or skips off-screen chunks, a select-all still copies every line.
 */
export function piecesOfRange(range: Range): CopiedPiece[] {
  const pieces: CopiedPiece[] = []
  const root = range.commonAncestorContainer
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode()
  for (; node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) {
      if (range.comparePoint(node, 0) > 0) break
      continue
    }
    const data = (node as Text).data
    const from = node === range.startContainer ? range.startOffset : 0
    const to = node === range.endContainer ? range.endOffset : data.length
    if (to <= from) continue
    const type = node.parentElement?.closest<HTMLElement>('mark.entity')?.dataset.type ?? null
    const last = pieces[pieces.length - 1]
    // (a name's text split over nodes, or two runs of plain text: one piece)
    if (last && last.type === type && type === null) pieces[pieces.length - 1] = { text: last.text + data.slice(from, to), type }
    else pieces.push({ text: data.slice(from, to), type })
  }
  return pieces
}
