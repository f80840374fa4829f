// Why a name typed on the Dictionary tab marks nothing in the text (QA: 市数据局 ORG and 阿里巴巴 ORG gave
// "2 entries · 0 marked" and no reason). A listed name inside a longer name the model found does not split it
// (applyLexicon: a listed 北京 leaves 北京大学/ORG whole), so an entry can occur and still mark nothing. Selecting
// the name in the view also writes a never-mark line for the longer name (CorrectionBar); the tab says so and
// offers the same, with withNeverMarked.
import type { Entity } from '../engine'
import { isFromPattern } from './patterns'
import { isFromLexicon, lexiconFold, lexiconOccurrences, lexiconWordAt, linesAbout, withEntry, type CharacterTable, type LexiconChange, type LexiconEntry, type LexiconOptions } from './userLexicon'

/**
 * Why an entry marks nothing, the first that applies to any of its occurrences:
 * `inside`: it sits inside longer names the model found (`names`, as written in the text), which it does not split;
 * `dictionary`: other names of the dictionary are marked over it (a longer listed name, or one starting earlier);
 * `words`: a name of one character, it stands only in common words (`names`: 明亮, 遵守, as written), where it is not
 *   marked (userLexicon.ts, wordAround; history-teacher QA: 亮 人名 marked 明亮 and nothing said so);
 * `pattern`: a phone, ID or card number found by rule is marked over it;
 * `absent`: it does not occur in the text.
 */
export type UnmarkedReason = { kind: 'inside' | 'dictionary' | 'words'; names: string[] } | { kind: 'pattern' | 'absent' }

export interface UnmarkedEntry {
  surface: string
  reason: UnmarkedReason
}


interface Span {
  start: number
  end: number
}

/** The entities among `sorted` (by start, apart from each other) that overlap `span`. */
function overlapping<T extends Span>(sorted: readonly T[], span: Span): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.end <= span.start) lo = mid + 1
    else hi = mid
  }
  const found: T[] = []
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) found.push(sorted[i]!)
  return found
}

/**
 * The typed entries of the dictionary (`entries`, as parsed) that mark nothing in `text`, in the dictionary's order,
 * each with why. `model`: the model's entities of the text before the dictionary; `shown`: the entities shown, the
 * dictionary and the rules laid over them. An entry marked at one occurrence at least is not reported: a listed
 * 北京 left inside 北京大学 but marked elsewhere does what it was written for. Occurrences are found by applyLexicon's
 * own search (lexiconOccurrences: folded alike, a Latin edge a word's edge, an acronym in capitals alone).
 * `options`: those the dictionary is laid over the text with (applyLexicon's), so names compare alike (lexiconFold:
 * width, Latin case, Traditional with the table) and only a model name shown at the threshold counts as keeping an
 * entry out.
 */
export function unmarkedEntries(text: string, entries: readonly LexiconEntry[], model: readonly Entity[], shown: readonly Entity[], options: LexiconOptions = {}): UnmarkedEntry[] {
  const fold = (s: string) => lexiconFold(s, options.simplified)
  const minScore = options.minScore ?? 0
  const typed = new Map<string, string>() // folded name -> the entry's name as written (the last line wins)
  const neverMarked = new Set<string>()
  for (const { surface, type } of entries) {
    if (type === null) neverMarked.add(fold(surface))
    else typed.set(fold(surface), surface)
  }
  if (typed.size === 0) return []
  const occurrences = new Map<string, Span[]>()
  for (const { start, end, key } of lexiconOccurrences(text, entries, options.simplified)) {
    const list = occurrences.get(key) ?? []
    list.push({ start, end })
    occurrences.set(key, list)
  }
  const byStart = (a: Span, b: Span) => a.start - b.start
  // The model's names that keep a dictionary name inside them out (applyLexicon): shown, not on the never-mark list.
  const modelKept = model.filter((e) => e.score >= minScore && !neverMarked.has(fold(e.text))).sort(byStart)
  const fromLexicon = shown.filter(isFromLexicon).sort(byStart)
  const fromPattern = shown.filter(isFromPattern).sort(byStart)

  const report: UnmarkedEntry[] = []
  for (const [name, surface] of typed) {
    const spans = occurrences.get(name)
    if (!spans) {
      report.push({ surface, reason: { kind: 'absent' } })
      continue
    }
    const inside = new Set<string>()
    const dictionary = new Set<string>()
    const words = new Set<string>()
    let pattern = false
    let marked = false
    for (const span of spans) {
      const lexicon = overlapping(fromLexicon, span)
      if (lexicon.some((e) => e.start === span.start && e.end === span.end)) {
        marked = true
        break
      }
      for (const e of overlapping(modelKept, span)) {
        if (e.start <= span.start && span.end <= e.end && e.end - e.start > span.end - span.start) inside.add(e.text)
      }
      for (const e of lexicon) dictionary.add(e.text)
      const word = lexicon.length === 0 ? lexiconWordAt(text, span.start, span.end, options.simplified) : null
      if (word !== null) words.add(word)
      pattern ||= overlapping(fromPattern, span).length > 0
    }
    if (marked) continue
    if (inside.size > 0) report.push({ surface, reason: { kind: 'inside', names: [...inside] } })
    else if (dictionary.size > 0) report.push({ surface, reason: { kind: 'dictionary', names: [...dictionary] } })
    else if (words.size > 0) report.push({ surface, reason: { kind: 'words', names: [...words] } })
    else if (pattern) report.push({ surface, reason: { kind: 'pattern' } })
    // Else the text around it is not analysed yet: nothing to say.
  }
  return report
}

/**
 * `source` with a never-mark line ("-name") for each of `names`, as the view's selection writes one for the longer
 * name it is inside (withEntry: in place of the lines about the same name), and what changed, for an undo that takes
 * back all of them (withoutChange). Null when none of them can be written as a line (withEntry).
 */
export function withNeverMarked(source: string, names: readonly string[], typeNames: ReadonlyMap<string, string>): { source: string; change: LexiconChange } | null {
  const change: LexiconChange = { surfaces: [], linesBefore: [] }
  let next = source
  for (const surface of names) {
    const written = withEntry(next, { surface, type: null }, typeNames)
    if (written === null) continue
    change.surfaces.push(surface)
    change.linesBefore.push(...linesAbout(source, surface)) // as the user wrote them
    next = written
  }
  return change.surfaces.length > 0 ? { source: next, change } : null
}

/**
 * The name of the never-mark line ("-週二") that `text` is on, as the line writes it, to take the line out; null when
 * it is on none. Compared as the dictionary compares (lexiconFold), so a selected ＩＢＭ finds the line -ibm, and with
 * the Traditional table 週二 finds -周二.
 */
export function neverMarkedName(entries: readonly LexiconEntry[], text: string, simplified?: CharacterTable | null): string | null {
  const name = lexiconFold(text, simplified)
  return entries.find((e) => e.type === null && lexiconFold(e.surface, simplified) === name)?.surface ?? null
}
