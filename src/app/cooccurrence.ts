// Which names appear together: two names co-occur when they are in one sentence. For a reader of a long
// document (who meets whom, which company is named with which ministry) and, as an undirected weighted
// edge list, for network tools such as Gephi.
import type { Entity } from '../engine'
import { displayName, mentionKey } from './mentions'

/** A sentence ends after one of these, or at a line break (code units: all are in the BMP). */
const SENTENCE_END = new Set(Array.from('。！？!?；;\n\r\u2028\u2029', (c) => c.charCodeAt(0)))
/** A sentence that lists more names than this (a roster, a table row) pairs only its first ones. */
const MAX_NAMES_PER_SENTENCE = 40

export interface PairedName {
  type: string
  /** As first written. */
  text: string
  /** What makes two mentions this name: its type and mentionKey. */
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

/** Where each sentence ends (the offset just after it), in text order; the last end lies past the text. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.has(text.charCodeAt(i))) ends.push(i + 1)
  ends.push(text.length + 1)
  return ends
}

/**
 * Every pair of distinct names (type and name as the entity panel groups them) that share a sentence,
 * most sentences first, then by where they first meet; in a pair, the name the text names first comes first.
 */
export function namePairs(text: string, entities: readonly Entity[]): NamePair[] {
  const ends = sentenceEnds(text)
  const names = new Map<string, PairedName>()
  /** Each name's rank by its first occurrence in the text. */
  const rank = new Map<string, number>()
  const pairs = new Map<string, NamePair>()
  let sentence = 0
  /** This sentence's names: key -> the starts of its occurrences here. */
  let current = new Map<string, number[]>()
  /** Entity text -> its key: a long document names the same few hundred names thousands of times. */
  const textKeys = new Map<string, string>()
  const closeSentence = () => {
    const keys = [...current.keys()].slice(0, MAX_NAMES_PER_SENTENCE).sort((x, y) => rank.get(x)! - rank.get(y)!)
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const id = `${keys[i]}\u0001${keys[j]}`
        let pair = pairs.get(id)
        if (!pair) pairs.set(id, (pair = { a: names.get(keys[i]!)!, b: names.get(keys[j]!)!, sentences: 0, starts: [] }))
        pair.sentences++
        pair.starts.push(...current.get(keys[i]!)!, ...current.get(keys[j]!)!)
      }
    }
    current = new Map()
  }
  for (const e of [...entities].sort((x, y) => x.start - y.start)) {
    while (e.start >= ends[sentence]!) {
      closeSentence()
      sentence++
    }
    let textKey = textKeys.get(e.text)
    if (textKey === undefined) textKeys.set(e.text, (textKey = mentionKey(e.text)))
    const key = `${e.type}\u0000${textKey}`
    if (!names.has(key)) {
      names.set(key, { type: e.type, text: displayName(e.text), key })
      rank.set(key, rank.size)
    }
    const starts = current.get(key)
    if (starts) starts.push(e.start)
    else current.set(key, [e.start])
  }
  closeSentence()
  for (const pair of pairs.values()) pair.starts.sort((x, y) => x - y)
  return [...pairs.values()].sort((x, y) => y.sentences - x.sentences || x.starts[0]! - y.starts[0]!)
}
