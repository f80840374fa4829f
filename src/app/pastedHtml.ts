// What a paste into the editor inserts when the browser's own text would be wrong. The browser pastes the
// clipboard's text/plain into a <textarea>, which is what users expect, and is left alone, except in two cases
// where the clipboard's text/html says more:
// - ruby annotations (<rt> pinyin or zhuyin over the characters): the browser's text/plain runs each one into
//   the characters it annotates (clipboard QA: a web page's <ruby>李<rt>lǐ</rt>建<rt>jiàn</rt>国<rt>guó</rt></ruby>
//   pasted as 李lǐ建jiàn国guó, and the model found 李lǐ, the name cut);
// - text/html and no text/plain (another app's rich copy): the browser inserted nothing, and a paste over a
//   selection, or over all of the text, emptied the editor with no word and no Restore (clipboard QA).
// The HTML is read by htmlText, as an imported .html file is: in an inert document, never in this page.
import { htmlText } from './htmlText'

/** A ruby annotation's start tag. Only a tag counts: pasted source code's `&lt;rt&gt;` is text. */
const RUBY_ANNOTATION = /<rt[\s/>]/i

/**
 * The text a paste of `plain` (the clipboard's text/plain, '' when it has none) and `html` (its text/html) should
 * insert instead of the browser's, '' for nothing at all (HTML with nothing readable: the paste must not empty the
 * selection), or null to let the browser paste as usual. `toText`: how HTML is read (a test's stand-in; the page
 * has DOMParser, Node has none).
 */
export function pastedText(plain: string, html: string, toText: (html: string) => string = htmlText): string | null {
  if (html === '' || (plain !== '' && !RUBY_ANNOTATION.test(html))) return null
  const text = toText(html)
  // Annotations around nothing readable: the browser's text is the better guess.
  return text === '' && plain !== '' ? null : text
}
