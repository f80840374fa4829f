// The text of a saved web page (.html, .htm): what a reader sees, a line per block. DOMParser builds an
// inert document (no script runs, nothing loads), so a hostile page is only read, never rendered.

/** Never shown as text: code, styles, embedded objects, form controls' option lists, the head. */
const SKIPPED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'DATALIST'])

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
])

/** A line break the page shows (a block's edge, <br>, a line inside <pre>), apart from source line breaks. */
const BREAK = '\u0000'

/** Wide East Asian characters (CJK ideographs, punctuation, full-width forms; not Hangul). */
const WIDE = '[\\u2E80-\\u303F\\u3040-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]'
/** A line break in the source between two wide characters is not a space (CSS Text 3, segment breaks): a
 *  name wrapped in the page's source stays one name. */
const WRAP_BETWEEN_WIDE = new RegExp(`(${WIDE})[\\t\\f\\r ]*\\n[\\t\\n\\f\\r ]*(?=${WIDE})`, 'gu')

function hidden(element: Element): boolean {
  return element.hasAttribute('hidden') || /display\s*:\s*none/i.test(element.getAttribute('style') ?? '')
}

function collect(node: Node, parts: string[], inPre: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const data = (child as Text).data
      parts.push(inPre ? data.replaceAll('\n', BREAK) : data)
      continue
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue
    const element = child as Element
    const tag = element.tagName.toUpperCase()
    if (SKIPPED.has(tag) || hidden(element)) continue
    if (tag === 'BR') {
      parts.push(BREAK)
      continue
    }
    const block = BLOCKS.has(tag)
    if (block) parts.push(BREAK)
    collect(element, parts, inPre || tag === 'PRE' || tag === 'TEXTAREA')
    if (block) parts.push(BREAK)
    else if (tag === 'TD' || tag === 'TH') parts.push(' ') // cells of a row side by side
  }
}

export function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const parts: string[] = []
  collect(doc.body ?? doc.documentElement, parts, false)
  return parts.join('').split(BREAK)
    .map((line) => line.replace(WRAP_BETWEEN_WIDE, '$1').replace(/[\t\n\f\r ]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** The encoding a page declares in its first bytes (<meta charset=...>, or http-equiv's content), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null
}
