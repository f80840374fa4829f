// A Word part's XML (word/document.xml, footnotes, endnotes, comments) rewritten before mammoth reads it, where
// mammoth would drop text Word shows, or read text Word hides (QA, each from a real document's features):
// - ruby (w:ruby, pinyin over 孔子): mammoth skips the whole element, base text and all; its base runs
//   (w:rubyBase) are kept, its annotation (w:rt) is not, as the HTML import does with <rt>;
// - a simple field (w:fldSimple, e.g. AUTHOR): mammoth skips it; its result runs are what Word shows;
// - a carriage return (w:cr): a line break in Word, skipped by mammoth; made a w:br;
// - a text box drawn as a DrawingML shape (wps:txbx) with no VML fallback (mc:Fallback) beside it: mammoth
//   reads text boxes only from the VML, so its paragraphs (w:txbxContent) are put in a w:pict, which it reads;
// - hidden text (w:vanish in a run's properties, or in the character or paragraph style it is formatted with):
//   Word neither shows nor prints it, mammoth reads it as any other; it is taken out, and the caller told so
//   (a redaction must know what was not looked at).
// Elements are found by namespace, not by prefix: mammoth reads any prefix a document uses.
// The DOM is @xmldom/xmldom's, the parser mammoth itself reads the XML with (a worker has no DOMParser).
import { DOMParser, XMLSerializer } from '@xmldom/xmldom'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** Any of the elements rewritten here, by local name: most parts have none, and are not parsed twice. */
const REWRITTEN = /<(?:[\w.-]+:)?(?:ruby|fldSimple|cr|txbx|vanish)[\s/>]/

type XmlElement = ReturnType<Document['createElementNS']>

function elements(root: Document | XmlElement, namespace: string, name: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(namespace, name) as ArrayLike<XmlElement>)
}

function child(element: XmlElement, namespace: string, name: string): XmlElement | null {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).namespaceURI === namespace && (node as XmlElement).localName === name) return node as XmlElement
  }
  return null
}

/** `element`'s children moved out to stand where it stood, in order, and `element` removed. */
function unwrap(element: XmlElement, children: XmlElement = element): void {
  const parent = element.parentNode!
  while (children.firstChild) parent.insertBefore(children.firstChild, element)
  parent.removeChild(element)
}

/** A `w:` element named as the document names its WordprocessingML elements. */
function wordElement(document: Document, like: XmlElement, name: string): XmlElement {
  return document.createElementNS(W, like.prefix ? `${like.prefix}:${name}` : name)
}

/** An on/off property is on unless its w:val says 0, false or off (ECMA-376 17.17.4, ST_OnOff). */
function isOn(property: XmlElement): boolean {
  return !/^(?:0|false|off)$/i.test(property.getAttributeNS(W, 'val') ?? '')
}

/** A part that refers to styles: only worth parsing for them when some style hides text. */
const STYLED = /<(?:[\w.-]+:)?(?:rStyle|pStyle)[\s/>]/

/** The ids of the styles in word/styles.xml that format text as hidden, their own w:vanish or, without one,
 *  the style they are based on (w:basedOn, followed to its end). A style sheet that does not parse hides nothing:
 *  mammoth reports it, reading it itself. */
export function hiddenStyleIds(stylesXml: string): Set<string> {
  let failed = false
  const document = new DOMParser({ errorHandler: { error: () => { failed = true }, fatalError: () => { failed = true } } })
    .parseFromString(stylesXml, 'text/xml')
  const hidden = new Set<string>()
  if (failed || !document?.documentElement) return hidden
  const styles = new Map<string, XmlElement>()
  for (const style of elements(document, W, 'style')) styles.set(style.getAttributeNS(W, 'styleId') ?? '', style)
  const hides = (id: string, seen: Set<string>): boolean => {
    const style = styles.get(id)
    if (!style || seen.has(id)) return false
    seen.add(id)
    const properties = child(style, W, 'rPr')
    const vanish = properties && child(properties, W, 'vanish')
    if (vanish) return isOn(vanish)
    const basedOn = child(style, W, 'basedOn')
    return basedOn ? hides(basedOn.getAttributeNS(W, 'val') ?? '', seen) : false
  }
  for (const id of styles.keys()) if (id && hides(id, new Set())) hidden.add(id)
  return hidden
}

/** The style id `properties` (a w:rPr or w:pPr) names in its `name` child (w:rStyle, w:pStyle), if any. */
function styleOf(properties: XmlElement | null, name: string): string | null {
  const style = properties && child(properties, W, name)
  return style ? style.getAttributeNS(W, 'val') : null
}

/** Whether Word hides `run`: its own w:vanish decides when it has one (w:val="0" shows a run a style hides);
 *  otherwise its character style, then its paragraph's style. */
function isHidden(run: XmlElement, hiddenStyles: ReadonlySet<string>): boolean {
  const properties = child(run, W, 'rPr')
  const vanish = properties && child(properties, W, 'vanish')
  if (vanish) return isOn(vanish)
  if (hiddenStyles.size === 0) return false
  const characterStyle = styleOf(properties, 'rStyle')
  if (characterStyle && hiddenStyles.has(characterStyle)) return true
  let paragraph = run.parentNode as XmlElement | null
  while (paragraph && !(paragraph.namespaceURI === W && paragraph.localName === 'p')) paragraph = paragraph.parentNode as XmlElement | null
  const paragraphStyle = paragraph && styleOf(child(paragraph, W, 'pPr'), 'pStyle')
  return !!paragraphStyle && hiddenStyles.has(paragraphStyle)
}

/** A part read for its numbering or its styles (numbering.xml, styles.xml): by its root element, or, where
 *  that cannot be seen (an empty file), by its name. */
const LISTS_OR_STYLES = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?(numbering|styles)[\s/>]/
const LISTS_OR_STYLES_NAME = /(?:^|\/)(numbering|styles)(?:WithEffects)?\.xml$/i

/** Whether mammoth's parser takes `xml`: it refuses a part on any message of xmldom's, warnings too
 *  (mammoth/lib/xml/xmldom.js), after taking off a byte order mark. */
function mammothParses(xml: string): boolean {
  let failed = false
  const document = new DOMParser({ errorHandler: () => { failed = true } }).parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml')
  return !failed && !!document?.documentElement
}

/** A part whose XML does not parse, where its text does not depend on it: the list numbers (numbering.xml)
 *  or the styles (styles.xml), read by mammoth before the document, which it refused as a whole when one of
 *  them did not parse (QA: a truncated numbering.xml, NOT_DOCX for a document whose text is fine). Such a part
 *  is given to mammoth empty, as if the document had none: the text comes in without list numbers (which
 *  docxText counts from the same part) and without the styles' hidden text. Any other part (the main document,
 *  notes, comments) is given back as it came, for mammoth to report the document as damaged. */
export function emptiedIfBroken(name: string, xml: string): string {
  const part = LISTS_OR_STYLES.exec(xml)?.[1]
    ?? LISTS_OR_STYLES_NAME.exec(name)?.[1]?.toLowerCase() ?? null
  if (part === null || mammothParses(xml)) return xml
  return `<?xml version="1.0" encoding="UTF-8"?><w:${part} xmlns:w="${W}"/>`
}

export function rewriteWordXml(xml: string, hiddenStyles: ReadonlySet<string> = new Set()): { xml: string; hiddenText: boolean } {
  if (!REWRITTEN.test(xml) && !(hiddenStyles.size > 0 && STYLED.test(xml))) return { xml, hiddenText: false }
  let failed = false
  const document = new DOMParser({ errorHandler: { error: () => { failed = true }, fatalError: () => { failed = true } } })
    .parseFromString(xml, 'text/xml')
  // XML mammoth's own parse will refuse: left to it, to report the document as damaged.
  if (failed || !document?.documentElement) return { xml, hiddenText: false }

  for (const ruby of elements(document, W, 'ruby')) {
    const base = child(ruby, W, 'rubyBase')
    const run = ruby.parentNode as XmlElement | null
    if (!base || !run) continue
    // The base's runs go after the run that held the ruby: runs inside a run are no WordprocessingML.
    const after = run.nextSibling
    while (base.firstChild) run.parentNode!.insertBefore(base.firstChild, after)
    run.removeChild(ruby)
  }
  for (const field of elements(document, W, 'fldSimple')) unwrap(field)
  for (const cr of elements(document, W, 'cr')) cr.parentNode!.replaceChild(wordElement(document, cr, 'br'), cr)

  for (const textBox of elements(document, WPS, 'txbx')) {
    // Inside mc:Choice with an mc:Fallback beside it, mammoth reads the fallback's VML copy of the text box.
    let choice: XmlElement | null = textBox
    while (choice && !(choice.namespaceURI === MC && choice.localName === 'Choice')) choice = choice.parentNode as XmlElement | null
    if (choice?.parentNode && child(choice.parentNode as XmlElement, MC, 'Fallback')) continue
    const content = child(textBox, W, 'txbxContent')
    // The shape's outermost element within its run (w:drawing, or mc:AlternateContent round it).
    let anchor: XmlElement = textBox
    while (anchor.parentNode && !((anchor.parentNode as XmlElement).namespaceURI === W && (anchor.parentNode as XmlElement).localName === 'r')) {
      anchor = anchor.parentNode as XmlElement
    }
    if (!content || !anchor.parentNode) continue
    const picture = wordElement(document, content, 'pict')
    picture.appendChild(content.cloneNode(true))
    anchor.parentNode.insertBefore(picture, anchor.nextSibling)
  }

  let hiddenText = false
  for (const run of elements(document, W, 'r')) {
    if (!run.parentNode || !isHidden(run, hiddenStyles)) continue
    if (elements(run, W, 't').some((text) => text.textContent)) hiddenText = true
    run.parentNode.removeChild(run)
  }
  return { xml: new XMLSerializer().serializeToString(document), hiddenText }
}
