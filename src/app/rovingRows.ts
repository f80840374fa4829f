// The Batch tab's list as one Tab stop (the ARIA Authoring Practices' roving tabindex): every row's button was its own
// stop, 50 of them between Clear and the export's formats for a 50-row sheet, 20,000 for a large one (a11y QA). One
// row's button is focusable; the arrow keys, Home, End, Page Up and Page Down move among the rows that can be opened.

/** The row a key moves to from row `at` among `length` rows, only those `stop` allows, `page` of them for Page Up and
 *  Page Down; `at` itself where there is none further that way; null for a key that does not move. */
export function rowAfter(at: number, key: string, length: number, page: number, stop: (index: number) => boolean): number | null {
  const step = (from: number, by: 1 | -1, count: number): number => {
    let found = from
    for (let i = from + by, left = count; i >= 0 && i < length && left > 0; i += by) {
      if (!stop(i)) continue
      found = i
      left--
    }
    return found
  }
  switch (key) {
    case 'ArrowDown': return step(at, 1, 1)
    case 'ArrowUp': return step(at, -1, 1)
    case 'PageDown': return step(at, 1, Math.max(1, page))
    case 'PageUp': return step(at, -1, Math.max(1, page))
    case 'Home': {
      const first = step(-1, 1, 1)
      return first === -1 ? at : first
    }
    case 'End': {
      const last = step(length, -1, 1)
      return last === length ? at : last
    }
    default: return null
  }
}
