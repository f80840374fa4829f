// The highlighted view's layout estimates and reading place (HighlightPane): characters a row holds, the chunks'
// estimated heights, and the place kept across a new width (the anchor).
import { onBeforeUnmount, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useEventListener, useResizeObserver } from '@vueuse/core'
import type { RenderedBlock } from './useLiveAnalysis'
import { rowsOf, type ViewChunk } from './useViewChunks'

export interface ScrollAnchorOptions {
  view: Readonly<Ref<HTMLElement | null>>
  chunks: ComputedRef<readonly ViewChunk[]>
  /** The blocks the view shows: an edit renumbers them, and the anchor is noted again. */
  rendered: () => readonly RenderedBlock[]
  /** Whether the view is paused (its chunks shelved) for a large selection in the editor: no calibration then. */
  paused: () => boolean
  /** Lays out the chunk of an element about to be measured, while the view is paused. */
  openChunkOf: (element: HTMLElement) => void
  /** Drops a follow of the editor under way (useReveal). */
  dropFollow: () => void
}

export function useScrollAnchor({ view, chunks, rendered, paused, openChunkOf, dropFollow }: ScrollAnchorOptions) {
  /**
   * Characters of a row of the view, from its width and font size (Chinese characters are 1 em wide). A fixed
   * guess of 36 made the chunks not laid out yet half as tall as they are at 1280 px (22 a row) and a third at
   * 360 px (14): following the editor, the view showed paragraph 89 where the editor showed 109 (QA). Measured by
   * the resize observer, after the browser's own layout (none forced at mount).
   */
  const rowChars = ref(36)
  /** The most characters a row can hold at the view's width. */
  let widthChars = 36
  /** The height of a row, in px (line-height 2.1, main.css). */
  let rowHeight = 2.1 * 16
  useResizeObserver(view, () => {
    const el = view.value
    if (!el || el.clientWidth === 0) return
    const widthChanged = viewWidth !== 0 && el.clientWidth !== viewWidth
    viewWidth = el.clientWidth
    if (widthChanged) keepAnchor()
    const style = getComputedStyle(el)
    const fontSize = parseFloat(style.fontSize) || 16
    rowHeight = parseFloat(style.lineHeight) || 2.1 * fontSize
    const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    widthChars = Math.max(1, Math.floor(width / fontSize))
    rowChars.value = widthChars
  })
  /**
   * The reading place kept across a new width. A phone turned re-flows the view's text at the same scrollTop, which
   * then shows another paragraph: 125 -> 148 -> 145 turning a phone and back (mobile QA, 30,000 characters). The
   * paragraph at the view's top, and how far down it the top is (a fraction of its height, which the new width
   * changes), are noted once a frame after the view scrolls or its text changes; when the resize observer sees a new
   * width (after the browser's layout at it, too late to read where the reader was) the view is scrolled back to it.
   */
  let anchor: { block: string; within: number } | null = null
  /** The view's width in px at the last resize observation; 0 before the first. */
  let viewWidth = 0
  /** Set while keepAnchor scrolls the view: its own scrolls are not the reader's, and leave the anchor as it is. */
  let anchoring = 0
  /** The last of `elements` (in the text's order) whose top is at or above `y`, else the first: a binary search, a
   *  few boxes read (those of chunks not laid out are their estimated sizes, read without laying them out). */
  function lastAtOrAbove<T extends Element>(elements: ArrayLike<T>, y: number): T | undefined {
    let lo = 0
    let hi = elements.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (elements[mid]!.getBoundingClientRect().top <= y) lo = mid
      else hi = mid - 1
    }
    return elements[lo]
  }
  /** The view's top edge, inside its border, in the window's coordinates. */
  const viewTop = (el: HTMLElement) => el.getBoundingClientRect().top + el.clientTop
  function noteAnchor(): void {
    const el = view.value
    // (a new width not yet seen by the resize observer: the place read now would be the re-flowed one)
    if (!el || anchoring || el.clientWidth !== viewWidth) return
    const top = viewTop(el)
    const chunk = lastAtOrAbove(el.querySelectorAll<HTMLElement>('.view-chunk'), top)
    const line = chunk && lastAtOrAbove(chunk.children, top)
    const block = line && lastAtOrAbove(line.querySelectorAll<HTMLElement>('[data-block]'), top)
    if (!block) {
      anchor = null
      return
    }
    const box = block.getBoundingClientRect()
    anchor = { block: block.dataset.block ?? '', within: box.height > 0 ? Math.min(1, Math.max(0, (top - box.top) / box.height)) : 0 }
  }
  let anchorQueued = false
  function queueAnchor(): void {
    if (anchorQueued) return
    anchorQueued = true
    // Read in the next frame, where the browser lays the view out anyway: not at each scroll event.
    requestAnimationFrame(() => {
      anchorQueued = false
      noteAnchor()
    })
  }
  // Noted again once the scrolling stops and as chunks are laid out (their real heights replace the estimates, which
  // moves the text under an unchanged scrollTop, without a scroll event), and after an edit, which renumbers blocks.
  let scrollQuiet = 0
  useEventListener(view, 'scroll', () => {
    queueAnchor()
    window.clearTimeout(scrollQuiet)
    scrollQuiet = window.setTimeout(queueAnchor, 200)
  }, { passive: true })
  useEventListener(view, 'contentvisibilityautostatechange', queueAnchor, { capture: true, passive: true })
  watch(() => rendered(), queueAnchor, { flush: 'post' })
  onBeforeUnmount(() => window.clearTimeout(scrollQuiet))
  /**
   * Scrolls the view back to the anchor, now (in the resize observer, before the new width is painted) and over the
   * next frames while it moves: the chunks coming into sight are laid out at the new width and the estimates of
   * the others follow it, which moves the paragraph again. Stops where something else scrolled the view meanwhile
   * (the reader, or the editor followed: scrollToRatio ends it), and never scrolls the editor (the view tells the
   * editor nothing).
   */
  function keepAnchor(): void {
    const at = anchor
    if (!at) return
    // A follow of the editor under way is dropped: its rows were counted at the old width.
    dropFollow()
    const token = ++anchoring
    let frames = 0
    let setTop = -1
    const step = () => {
      const el = view.value
      const block = el?.querySelector<HTMLElement>(`[data-block="${at.block}"]`)
      // (moved by someone else since the last step, not clamped by a shorter text below: theirs to keep)
      const moved = el && setTop >= 0 && Math.abs(el.scrollTop - setTop) > 1 && el.scrollTop < el.scrollHeight - el.clientHeight - 1
      if (token !== anchoring || !el || !block || moved) {
        if (token === anchoring) anchoring = 0
        return
      }
      openChunkOf(block)
      const box = block.getBoundingClientRect()
      const by = box.top + at.within * box.height - viewTop(el)
      const before = el.scrollTop
      el.scrollTop = before + by
      setTop = el.scrollTop
      // Two frames at least for the layout to settle, a few more while it moves the paragraph.
      if (frames++ < 10 && (frames < 3 || Math.abs(setTop - before) > 1)) requestAnimationFrame(step)
      else anchoring = 0
    }
    step()
  }
  /**
   * A chunk laid out for the first time tells how many characters a row really holds (names' margins, punctuation
   * kept off a line's start and the font make it fewer than the width says: 13 where 16 fit at 360 px), and the
   * estimate of the others follows, so that they do not grow by a fifth as they come into sight.
   */
  function calibrate(event: Event): void {
    const chunkElement = event.target as HTMLElement
    if ((event as Event & { skipped?: boolean }).skipped || !chunkElement.classList.contains('view-chunk') || paused()) return
    const chunk = chunks.value[[...chunkElement.parentElement!.children].indexOf(chunkElement)]
    const chars = chunk?.lineChars.reduce((sum, c) => sum + c, 0) ?? 0
    if (!chunk || chars < 500) return
    const rows = chunkElement.offsetHeight / rowHeight
    // Each line's last row is on average half full.
    const perRow = Math.round(chars / Math.max(1, rows - chunk.lineChars.length / 2))
    if (perRow >= 1 && Math.abs(perRow - rowChars.value) > 0.5 && perRow <= widthChars) rowChars.value = perRow
  }
  useEventListener(view, 'contentvisibilityautostatechange', calibrate, { capture: true })

  /** Each chunk's estimated height, set on its element rather than rendered: a new width would otherwise render
   *  every chunk again (v-memo), seconds in a long document. */
  function estimateChunkHeights(): void {
    const elements = view.value?.querySelectorAll<HTMLElement>('.view-chunk') ?? []
    const perRow = rowChars.value
    chunks.value.forEach((chunk, i) => elements[i]?.style.setProperty('--rows', String(rowsOf(chunk, perRow))))
  }
  watch([chunks, rowChars], estimateChunkHeights, { flush: 'post' })

  return {
    /** The most characters a row can hold at the view's width (measured). */
    widthChars: () => widthChars,
    /** A row's height in px (measured). */
    rowHeight: () => rowHeight,
    /** Ends a keeping of the place under way: the editor, scrolled by the reader, is followed instead. */
    stopAnchoring: () => {
      anchoring = 0
    },
  }
}
