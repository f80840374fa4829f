// Line breaks and where they end a sentence, as the app reads a document: one set of line breaks for the
// name pairs (cooccurrence.ts), the CoNLL export, the entity panel's names (mentions.ts) and redaction, and
// one rule for a break that may be a wrap. Which marks end a sentence stays with each reader: CoNLL and the
// name pairs differ (；).
import { mayBeWrap } from './blocks'

/** The line breaks, as the engine reads them (LINE_BREAKS in engine/normalize.ts): \n, \r, NEL (U+0085), the
 *  line and paragraph separators. The inside of a character class, for readers that add marks of their own. */
export const LINE_BREAK_CLASS = String.raw`\n\r\u0085\u2028\u2029`
/** One line break (LINE_BREAK_CLASS). */
export const LINE_BREAK = new RegExp(`[${LINE_BREAK_CLASS}]`, 'u')
/** The same, a character at a time. */
export const LINE_BREAK_CHARS: ReadonlySet<string> = new Set(['\n', '\r', '\u0085', '\u2028', '\u2029'])

/** Whether the line break at `offset` ends a sentence: not the \r of a \r\n (its \n decides), nor a \n that
 *  may be a wrap the engine reads through (mayBeWrap; QA: a paragraph wrapped every 22 characters gave 10 name
 *  pairs, not 36, a sentence ending inside 北\n京市). Any other break does. */
export function breakEndsSentence(text: string, offset: number): boolean {
  if (text[offset] === '\r') return text[offset + 1] !== '\n'
  return text[offset] !== '\n' || !mayBeWrap(text, offset)
}
