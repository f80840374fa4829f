// The text of a saved web page (.html, .htm): what a reader sees, a line per block. DOMParser builds an
// inert document (no script runs, nothing loads), so a hostile page is only read, never rendered. Its styles
// and event handlers are taken out of the source first (withoutStyles): even in that inert document, Chromium
// checks each <style>, style="" and onclick="" against this page's Content-Security-Policy (style-src and
// script-src 'self') and logs an error.

/** Never shown as text: code, styles, embedded objects, form controls' option lists, the head; and ruby
 *  annotations (<rt> pinyin or zhuyin over the characters, <rp> the brackets shown without ruby support), which
 *  shown inline ran into the name they annotate (QA: <ruby>孔<rt>kǒng</rt>子</ruby> read 孔kǒng子). */
const SKIPPED = new Set([
  'HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'DATALIST',
  'RT', 'RP',
])

/** Elements that start and end a line of their own; a form's text box and buttons too (QA: a <textarea>'s text
 *  ran into the <button> after it, 张伟提交). */
const BLOCKS = new Set([
  'TEXTAREA', 'BUTTON',
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

/** What a style="" attribute is renamed to before parsing: kept for hidden(), never applied. */
const STYLE_ATTRIBUTE = 'data-shiti-style'

/** Not shown: the hidden attribute, display: none, or visibility: hidden or collapse (QA: visibility: hidden text
 *  was read in). A child made visible again inside a hidden one is rare enough to be left out with it. */
function hidden(element: Element): boolean {
  return element.hasAttribute('hidden')
    || /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)/i.test(element.getAttribute(STYLE_ATTRIBUTE) ?? '')
}

/** A tag's attributes: anything up to its `>`, a quoted value whole (it may hold a `>`). */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`
/** The source read as the HTML tokenizer reads it, as far as styles go: a comment (<!--> and <!---> are whole
 *  ones, and --!> ends one too: read as still open, they hid the tags after them from this pass and their styles
 *  reached the parser, QA); an element whose content is raw text (a `<style` in a script is not a tag), with that
 *  content and its end tag; or a start tag. */
const TOKEN = new RegExp(
  '<!--(?:-?>|[\\s\\S]*?(?:--!?>|$))'
  + `|<(script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\\s/>])(${ATTRIBUTES})>([\\s\\S]*?)(<\\/\\1(?=[\\s/>])${ATTRIBUTES}>|$)`
  + `|<([a-z][^\\s/>]*)(${ATTRIBUTES})>`,
  'gi',
)
/** One attribute of a start tag: its name, and its value if it has one (so a name inside a value is not read). */
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g

/** A tag's attributes with style="" renamed (hidden() still reads it) and event handlers (on...="") left out. */
function inertAttributes(attributes: string): string {
  return attributes.replace(ATTRIBUTE, (whole, name: string, value = '') => {
    const lower = name.toLowerCase()
    if (lower === 'style') return STYLE_ATTRIBUTE + value
    return lower.startsWith('on') ? '' : whole
  })
}

/** The page's source with its <style> elements left out, its style attributes renamed and its event handlers dropped. */
function withoutStyles(html: string): string {
  return html.replace(TOKEN, (token, raw?: string, rawAttributes?: string, content?: string, end?: string, tag?: string, attributes?: string) => {
    if (raw !== undefined) return raw.toLowerCase() === 'style' ? '' : `<${raw}${inertAttributes(rawAttributes!)}>${content}${end}`
    // <base href> set the inert document's base, against the page's base-uri 'self' (saved pages carry one, QA).
    if (tag !== undefined) return tag.toLowerCase() === 'base' ? '' : `<${tag}${inertAttributes(attributes!)}>`
    return token // a comment
  })
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
  const doc = new DOMParser().parseFromString(withoutStyles(html), 'text/html')
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
