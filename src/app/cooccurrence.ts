// Which names appear together: two names co-occur when they are in one sentence. For a reader of a long
// document (who meets whom, which company is named with which ministry) and, as an undirected weighted
// edge list, for network tools such as Gephi.
import type { Entity } from '../engine'
import { displayNameOf, inTextOrder, mostWritten, nameKeyOf } from './mentions'
import { breakEndsSentence, LINE_BREAK_CHARS, LINE_BREAK_CLASS } from './sentences'

/** A name pair's sentence ends after 。！？!? or ；; (a clause of its own: two names on either side of a ； are
 *  not paired), or at a line break that ends one (breakEndsSentence: no wrap). */
const NAME_PAIR_SENTENCE_END = new RegExp(`[。！？!?；;${LINE_BREAK_CLASS}]`, 'g')
/** A sentence that lists more names than this (a roster, a table row) pairs only its first ones. */
const MAX_NAMES_PER_SENTENCE = 40

export interface PairedName {
  type: string
  /** As written most often (the entity list's row of it). */
  text: string
  /** What makes two mentions this name: its type and nameKey. */
  key: string
}

export interface NamePair {
  a: PairedName
  b: PairedName
  /** Sentences in which both occur. */
  sentences: number
  /** Offsets of both names' occurrences in those sentences, in text order (what the view flashes). */
  starts: number[]
}

/** The first sentence end at or after `from` (the offset just after it), or Infinity. */
function nextSentenceEnd(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from - 1
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const at = found.index
    if (!LINE_BREAK_CHARS.has(text[at]!) || breakEndsSentence(text, at)) return at + 1
    pattern.lastIndex = at + 1
  }
  return Infinity
}

/** The offsets just after each sentence end at or after `from`, found as they are asked for: the text
 *  between two names is searched once, and the text after the last name not at all. */
function sentenceEnds(text: string): (from: number) => number {
  const pattern = new RegExp(NAME_PAIR_SENTENCE_END)
  let next = -1
  return (from) => {
    if (next < from) next = from - 1 < text.length ? nextSentenceEnd(text, pattern, from) : Infinity
    return next
  }
}

/**
 * Every pair of distinct names (type and name as the entity panel groups them) that share a sentence,
 * most sentences first, then by where they first meet; in a pair, the name the text names first comes first.
 */
export function namePairs(text: string, entities: readonly Entity[]): NamePair[] {
  const endAfter = sentenceEnds(text)
  /** The names by rank: their order of first occurrence in the text. */
  const names: PairedName[] = []
  /** Each name's rank, by its type and nameKey, */
  const rankOfKey = new Map<string, number>()
  /** and by its type and text as written (a long document names the same few hundred names thousands of times). */
  const rankOfText = new Map<string, Map<string, number>>()
  /** Each name's ways of being written (埃隆·马斯克, 埃隆•马斯克), as the entities write it, and how often each. */
  const writtenOf = new Map<number, Map<string, number>>()
  /** The pairs as first met, also by the ranks of their names (the first, then the second). */
  const pairs: NamePair[] = []
  const pairOf = new Map<number, Map<number, NamePair>>()
  /** This sentence's names: rank -> the starts of its occurrences here. */
  let current = new Map<number, number[]>()
  const closeSentence = () => {
    const ranks = [...current.keys()].slice(0, MAX_NAMES_PER_SENTENCE).sort((x, y) => x - y)
    for (let i = 0; i < ranks.length; i++) {
      let withFirst = pairOf.get(ranks[i]!)
      if (!withFirst) pairOf.set(ranks[i]!, (withFirst = new Map()))
      for (let j = i + 1; j < ranks.length; j++) {
        let pair = withFirst.get(ranks[j]!)
        if (!pair) {
          withFirst.set(ranks[j]!, (pair = { a: names[ranks[i]!]!, b: names[ranks[j]!]!, sentences: 0, starts: [] }))
          pairs.push(pair)
        }
        pair.sentences++
        pair.starts.push(...current.get(ranks[i]!)!, ...current.get(ranks[j]!)!)
      }
    }
    current = new Map()
  }
  /** Where the current sentence ends (the offset just after it). */
  let sentenceEnd = endAfter(0)
  for (const e of inTextOrder(entities)) {
    if (e.start >= sentenceEnd) {
      closeSentence()
      sentenceEnd = endAfter(e.start + 1)
    }
    // A sentence does not end inside a name: a break in it is one the engine read through (马\n克龙).
    if (e.end > sentenceEnd) sentenceEnd = endAfter(e.end)
    let byText = rankOfText.get(e.type)
    if (!byText) rankOfText.set(e.type, (byText = new Map()))
    let rank = byText.get(e.text)
    if (rank === undefined) {
      const key = `${e.type}\u0000${nameKeyOf(e.text)}`
      rank = rankOfKey.get(key)
      if (rank === undefined) {
        rank = names.length
        rankOfKey.set(key, rank)
        names.push({ type: e.type, text: displayNameOf(e.text), key })
        writtenOf.set(rank, new Map())
      }
      byText.set(e.text, rank)
    }
    const written = writtenOf.get(rank)!
    written.set(e.text, (written.get(e.text) ?? 0) + 1)
    const starts = current.get(rank)
    if (starts) starts.push(e.start)
    else current.set(rank, [e.start])
  }
  closeSentence()
  // A name written more than one way is shown as the entity list shows it: as written most often.
  for (const [rank, written] of writtenOf) {
    if (written.size < 2) continue
    const forms = new Map<string, number>()
    for (const [text, count] of written) forms.set(displayNameOf(text), (forms.get(displayNameOf(text)) ?? 0) + count)
    names[rank]!.text = mostWritten(forms)
  }
  for (const pair of pairs) pair.starts.sort((x, y) => x - y)
  return pairs.sort((x, y) => y.sentences - x.sentences || x.starts[0]! - y.starts[0]!)
}
