// The common two-character words (commonWords.data.ts, jieba's dictionary) as the dictionary reads them: a one-character
// entry (亮 人名, 汉 地名) is not marked where its character makes one of them with the character before or after it
// (明亮, 汉字, 好汉, 遵守; see userLexicon.ts), and redact.ts's given names and short names that are words (its
// loadCommonWords waits for these and adds the Traditional→Simplified table): one reading of the data for both.
// A shallowRef, so that a view laid over before the words came is laid over again when they come: the dictionary's
// layers read it (lexiconLayers), and an overlay read in a computed is redone when it changes.
import { shallowRef } from 'vue'

/** First character -> every character that follows it in a common word (the data's own grouping, kept as it is: a
 *  few thousand short strings rather than a set of 23,000 words). */
export type WordPairs = ReadonlyMap<string, string>

const pairs = shallowRef<WordPairs | null>(null)
let loading: Promise<void> | undefined

/** Loads the words once; resolves when loaded. Started as soon as a dictionary has a one-character entry. */
export function loadWordPairs(): Promise<void> {
  return (loading ??= import('./commonWords.data').then(({ COMMON_WORDS }) => {
    const byFirst = new Map<string, string>()
    for (const group of COMMON_WORDS.split(' ')) if (group.length > 1) byFirst.set(group[0]!, group.slice(1))
    pairs.value = byFirst
  }))
}

/** The words, once loaded (null before): a reactive read. */
export function wordPairs(): WordPairs | null {
  return pairs.value
}

/** Whether `a` and `b` (one UTF-16 unit each, simplified already where the caller folds) make a common word. */
export function isWordPair(words: WordPairs, a: string, b: string): boolean {
  return words.get(a)?.includes(b) === true
}
