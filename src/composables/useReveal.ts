// The highlighted view's moves to a place (HighlightPane): a name shown from the Entities tab (reveal, and the steps
// bar going on from it), the editor's scroll position followed (scrollToRatio), the pane brought into sight.
import { nextTick, onBeforeUnmount, ref, shallowRef, toRaw, watch, type ComputedRef, type Ref } from 'vue'
import type { TextBlock } from '../app/blocks'
import type { Entity } from '../engine'
import { inTextOrder, nameKeyOf } from '../app/mentions'
import { namePairs } from '../app/cooccurrence'
import { lineRows, rowsOf, type ViewChunk } from './useViewChunks'

export interface RevealOptions {
  /** The view (scrolled) and the pane around it. */
  view: Readonly<Ref<HTMLElement | null>>
  pane: Readonly<Ref<HTMLElement | null>>
  /** The document's blocks, in the view's order. */
  blocks: () => readonly TextBlock[]
  chunks: ComputedRef<readonly ViewChunk[]>
  /** The document's text and its names, marked or not (the view marks those its filters leave): where the names
   *  a reveal went through occur now (occurrencesNow). */
  text: () => string
  entities: () => readonly Entity[]
  /** The most characters a row can hold at the view's width, and a row's height in px (measured by the view). */
  widthChars: () => number
  rowHeight: () => number
  /** Lays out the chunk of an element about to be measured or focused, while the view is paused. */
  openChunkOf: (element: HTMLElement) => void
  /** Makes a name the view's current name, its tab stop. */
  setCurrent: (mark: HTMLElement) => void
  /** Ends the view's keeping of its reading place across a new width (keepAnchor). */
  stopAnchoring: () => void
}

/** The occurrence the view last showed of a name's (or pair's) occurrences, whichever control moved it: a click in
 *  the Entities list or the steps bar (‹ ›). The list's button shows it ("4/24") and its next click goes on from it:
 *  one place for both (re-check QA: on a phone the bar went to 4/24 while the button still said 1/24, and its next
 *  click went to 2/24). `starts`: the occurrences of the name the view marks (recountSteps, occurrencesNow), `index`
 *  one of them; `all`: the occurrences as the list gave them to reveal(), which tell the name (or pair) they are of. */
export const lastShown = shallowRef<{ all: readonly number[]; starts: readonly number[]; index: number } | null>(null)

/** Where a place among `all` (the occurrence at `at`) stands among the occurrences still shown, `visible`: its index
 *  there, or, where it is hidden now, the index of the first shown after it (round to the first), not yet `landed` on. */
export function placeAmong(visible: readonly number[], at: number | undefined): { index: number; landed: boolean } {
  const index = at === undefined ? -1 : visible.indexOf(at)
  if (index >= 0) return { index, landed: true }
  const after = at === undefined ? -1 : visible.findIndex((start) => start > at)
  return { index: Math.max(after, 0), landed: false }
}

/** Whether `list` starts with `head`'s occurrences, in order: the same name's occurrences with more of a long text
 *  read (results come in from the top), not a text edited. */
export function startsWith(list: readonly number[], head: readonly number[]): boolean {
  return list === head || (head.length <= list.length && head.every((start, i) => start === list[i]))
}
/** Whether two lists of one name's occurrences are the same but for those read since the one or the other was
 *  taken (the Entities list draws its buttons at a pace behind the results, usePacedDerivation). */
export function sameOrLonger(a: readonly number[], b: readonly number[]): boolean {
  return a.length <= b.length ? startsWith(b, a) : startsWith(a, b)
}

/** The name (type and nameKey, as the Entities list groups them) of each entity of `entities` that starts at one of
 *  `all`'s offsets. */
function namesAt(all: readonly number[], entities: readonly Entity[]): Set<string> {
  const names = new Set<string>()
  const sorted = inTextOrder(entities)
  for (const start of all) {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]!.start < start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < sorted.length && sorted[i]!.start === start; i++) names.add(`${sorted[i]!.type}\u0000${nameKeyOf(sorted[i]!.text)}`)
  }
  return names
}

/**
 * The occurrences the view marks now (`marked`) of the name, or the pair of names, whose occurrences the Entities
 * list gave as `all`, in text order: the list's own count of them now. Not `all` less those hidden: the threshold
 * lowered after the bar opened marks more of them, and the bar stayed at "4/70" while the view marked 85 广州 and ›
 * skipped those newly shown (re-check QA). A pair's, those in the sentences both names share (namePairs); anything
 * else (names the entities no longer hold), `all` less those not marked.
 */
export function occurrencesNow(all: readonly number[], entities: readonly Entity[], text: string, marked: (start: number) => boolean): number[] {
  const names = namesAt(all, entities)
  if (names.size === 0 || names.size > 2) return all.filter(marked)
  const same = inTextOrder(entities).filter((e) => names.has(`${e.type}\u0000${nameKeyOf(e.text)}`) && marked(e.start))
  if (names.size === 1) return same.map((e) => e.start)
  return namePairs(text, same)[0]?.starts ?? []
}

export function useReveal({ view, pane, blocks, chunks, text, entities, widthChars, rowHeight, openChunkOf, setCurrent, stopAnchoring }: RevealOptions) {
  /** The <mark> of the entity starting at document offset `start`, if it is displayed. */
  function markAt(start: number): HTMLElement | null {
    const all = blocks()
    // Binary search for the last block starting at or before `start`.
    let lo = 0
    let hi = all.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (all[mid]!.start <= start) lo = mid
      else hi = mid - 1
    }
    const block = all[lo]
    if (!block || !view.value) return null
    return view.value.querySelector<HTMLElement>(`[data-block="${lo}"] mark[data-offset="${start - block.start}"]`)
  }

  /** What the last reveal() showed, said to screen readers: the name, which occurrence and of how many. */
  const revealed = ref<{ text: string; n: number; total: number } | null>(null)
  let revealedTimer = 0
  let revealedOutline = 0

  /**
   * Scrolls to occurrence `focus` of a mention (the Entities tab's names and pairs: repeated clicks or Enter step
   * through them) and flashes every occurrence. The occurrence becomes the view's current name, its tab stop, and
   * the occurrence is announced ("陈立新，第 1/2 处"); the focus stays on the button, so that Enter again goes on to the next
   * occurrence, as a click does, and Shift+Tab back into the view, or → there, goes on from the name shown (QA: from the
   * keyboard nothing was said and → went to the first name). The same for a click: a pointer user who turns to the
   * keyboard finds the name just shown, and a screen reader driven by pointer hears it too; no need to tell them apart
   * (a screen reader's browse mode activates a button with a click and no key).
   */
  function reveal(starts: readonly number[], focus: number): void {
    // Who asked: a button of the Entities list (the focus stays on it), or the steps bar going on from it.
    const asker = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const fromSteps = asker?.closest('[data-testid=reveal-steps]') ? stepping.value : null
    let pageMoved = false
    const found = starts.map(markAt)
    const marks = found.filter((m): m is HTMLElement => m !== null)
    let index = starts.length > 0 ? focus % starts.length : -1
    // (an occurrence not displayed: the first that is)
    if (!found[index]) index = found.findIndex((m) => m !== null)
    const target = found[index] ?? null
    if (target) openChunkOf(target)
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches
    const behavior = reduceMotion ? 'auto' : 'smooth'
    const box = view.value
    if (target && box) {
      // Scrolled inside the view only (scrollIntoView would move the page too, taking the tabs out of sight);
      // the page moves only where the name, centred in the view, would still be off screen: on a phone, where
      // the panels stack and the view can be above the window.
      const frame = box.getBoundingClientRect()
      const centred = (box.clientHeight - target.offsetHeight) / 2
      const by = target.getBoundingClientRect().top - frame.top - centred
      // A name more than a few screens away is jumped to: a smooth scroll there lays out every chunk of lines
      // on the way and takes seconds in a long document; the flash below shows where it landed.
      const far = Math.abs(by) > 3 * box.clientHeight
      box.scrollTo({ top: box.scrollTop + by, behavior: far ? 'auto' : behavior })
      const landsAt = frame.top + box.clientTop + centred
      if (landsAt < 0 || landsAt + target.offsetHeight > innerHeight) {
        box.scrollIntoView({ block: 'nearest', behavior })
        pageMoved = true
      }
    }
    // With reduced motion no flash (it lasted 1 ms, QA), the name shown is outlined for a while instead (main.css,
    // data-revealed).
    for (const mark of reduceMotion ? [] : marks) {
      // Web Animations instead of a class: Vue owns the class attribute and would reset it on re-render.
      mark.animate(
        [
          { outline: '3px solid var(--mark-line)', outlineOffset: '3px', filter: 'brightness(1.6)' },
          { outline: '3px solid transparent', outlineOffset: '0px', filter: 'none' },
        ],
        { duration: 1400, easing: 'ease-out' },
      )
    }
    window.clearTimeout(revealedOutline)
    view.value?.querySelector('mark[data-revealed]')?.removeAttribute('data-revealed')
    if (!target) return
    // (the bar's steps go through the occurrences the list gave, less those hidden since: all of them again once shown)
    const all = fromSteps ? fromSteps.all : starts
    lastShown.value = { all, starts, index }
    target.setAttribute('data-revealed', '')
    revealedOutline = window.setTimeout(() => target.removeAttribute('data-revealed'), 1500)
    setCurrent(target)
    // Emptied first, then filled: the same words again (a name found once, Enter pressed twice) are said again.
    revealed.value = null
    window.clearTimeout(revealedTimer)
    const said = { text: target.textContent ?? '', n: index + 1, total: starts.length }
    revealedTimer = window.setTimeout(() => (revealed.value = said), 100)
    // The page left the list for the view: the steps bar goes on from here (and back to the list). A list in sight
    // beside the view needs none.
    stepping.value = fromSteps || pageMoved
      ? { ...said, all, starts, index, landed: true, from: fromSteps ? fromSteps.from : asker }
      : null
  }

  /** After a reveal that took the page away from the list (RevealSteps): the name, its occurrences (`all` as the list
   *  gave them, `starts` those the view marks), the one shown (`landed`: false where it was hidden since and `index`
   *  is the next one shown after it, not yet scrolled to), and the list button it was asked from. */
  const stepping = ref<{
    text: string
    n: number
    total: number
    all: readonly number[]
    starts: readonly number[]
    index: number
    landed: boolean
    from: HTMLElement | null
  } | null>(null)
  function stepOccurrence(by: -1 | 1): void {
    const shown = stepping.value
    if (!shown) return
    // (off an occurrence hidden since: › goes to the next one shown, which `index` already is)
    const to = shown.landed || by < 0 ? shown.index + by : shown.index
    reveal(shown.starts, (to + shown.starts.length) % shown.starts.length)
  }
  /**
   * What the view marks changed (a type hidden or shown with the legend, the threshold moved, a name never marked, a
   * run's results): the place shown (lastShown, the list's "6/24") and the steps bar count over the name's
   * occurrences marked now (occurrencesNow: fewer, or more with the threshold lowered), after the view has been
   * rendered, standing on the same occurrence (by its offset). The bar kept "6/24" and stepped through nothing once the
   * name's type was hidden (phone QA, 390 px). Returns false where none of the bar's occurrences is marked any more:
   * the caller closes it. The place is kept then, so that the type shown again finds the list's button at "6/24".
   */
  function recountSteps(): boolean {
    const seen = lastShown.value
    const bar = stepping.value
    if (!seen) return true
    const visible = occurrencesNow(seen.all, entities(), text(), (start) => markAt(start) !== null)
    if (visible.length === 0) return false
    if (visible.length === seen.starts.length && startsWith(visible, seen.starts)) return true
    const { index, landed } = placeAmong(visible, seen.starts[seen.index])
    lastShown.value = { all: seen.all, starts: visible, index }
    // (by their raw lists: `stepping` is a deep ref, its `all` a proxy of the list lastShown holds; compared as they
    // were, a bar opened from the list's button and not stepped on since was never recounted)
    if (bar && toRaw(bar.all) === toRaw(seen.all)) stepping.value = { ...bar, starts: visible, index, landed, n: index + 1, total: visible.length }
    return true
  }
  function backToList(): void {
    const from = stepping.value?.from
    stepping.value = null
    if (!from?.isConnected) return
    from.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
    from.focus({ preventScroll: true })
  }
  // A new text or new results: the occurrences the bar steps through are no longer where they were.
  watch(blocks, () => (stepping.value = null))
  onBeforeUnmount(() => {
    window.clearTimeout(revealedTimer)
    window.clearTimeout(revealedOutline)
  })

  /**
   * Follows the editor's scroll position, `ratio` of the way down. Not by the view's scrollHeight: the chunks
   * not laid out yet have estimated heights, and a line's place in them was off by tens of paragraphs in a long
   * document (QA). The ratio is taken as a row of the text (the view's rows match the editor's, same width and
   * font size), and the view scrolled to that row's line, laid out, so the chunks above it count for nothing. Once
   * the chunks brought into sight have been laid out (their real heights replace the estimates above and below),
   * the line is scrolled to again.
   */
  let following = 0
  function scrollToRatio(ratio: number): void {
    const token = ++following
    // (the editor scrolled by the reader after a new width: the view follows it, not the place before)
    stopAnchoring()
    const scrollOnce = (): boolean => {
      const el = view.value
      if (!el || token !== following) return false
      const before = el.scrollTop
      el.scrollTop = scrollTopFor(el, ratio)
      return Math.abs(el.scrollTop - before) > 1
    }
    scrollOnce()
    // Two frames for the layout to settle, a few more if it keeps moving.
    let frames = 0
    const settle = () => {
      if (token !== following || frames++ > 6) return
      if (scrollOnce() || frames < 2) requestAnimationFrame(settle)
    }
    requestAnimationFrame(settle)
  }

  /** The view's scrollTop that shows the text `ratio` of the way down, as the editor does. */
  function scrollTopFor(el: HTMLElement, ratio: number): number {
    const range = el.scrollHeight - el.clientHeight
    const chunkElements = el.querySelectorAll<HTMLElement>('.view-chunk')
    // Rows as the editor wraps them: as many characters as the width holds (it has no names' margins).
    const perRow = widthChars()
    const rows = chunks.value.map((chunk) => rowsOf(chunk, perRow))
    const total = rows.reduce((sum, r) => sum + r, 0)
    const shown = el.clientHeight / rowHeight()
    if (ratio <= 0 || total <= shown) return 0
    if (ratio >= 1) return range
    // The row at the top of the editor, and the line it is on.
    let row = ratio * (total - shown)
    let c = 0
    while (c < rows.length - 1 && row >= rows[c]!) row -= rows[c++]!
    const chunk = chunks.value[c]
    const lineElements = chunkElements[c]?.children
    if (!chunk || !lineElements) return ratio * range
    let l = 0
    while (l < chunk.lineChars.length - 1 && row >= lineRows(chunk.lineChars[l]!, perRow)) row -= lineRows(chunk.lineChars[l++]!, perRow)
    const line = lineElements[l] as HTMLElement | undefined
    if (!line) return ratio * range
    openChunkOf(line)
    // (a line inside a chunk not laid out yet is laid out to answer: that chunk only)
    const top = line.getBoundingClientRect().top - el.getBoundingClientRect().top - el.clientTop + el.scrollTop
    const within = Math.min(row, lineRows(chunk.lineChars[l]!, perRow)) * rowHeight()
    return Math.max(0, Math.min(range, top + within))
  }

  /**
   * A sample just loaded: where the view is out of sight below the editor (one column, on a phone), the pane is
   * scrolled into sight, or the user sees only the editor and the text they already have (QA).
   */
  function bringIntoSight(): void {
    void nextTick(() => {
      const box = view.value?.getBoundingClientRect()
      if (!box || !pane.value || box.top + 120 <= innerHeight) return
      const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches
      pane.value.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' })
    })
  }

  /** Drops a follow of the editor under way (scrollToRatio): the view's own scroll back to its place replaces it. */
  function dropFollow(): void {
    following++
  }

  return { reveal, revealed, stepping, stepOccurrence, recountSteps, backToList, scrollToRatio, bringIntoSight, dropFollow }
}
