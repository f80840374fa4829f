// A PDF's pages, as lines of text, put together into one text without the page furniture: running
// headers, running footers and page numbers repeat on every page and sit between the two halves of any
// sentence that crosses a page break (…国务院总 / 第 3 页，共 12 页 / 工作简报 / 理李鹏…). Left in, they cut
// that sentence, and any name on the break, in two, and they litter the editor, the exports and the
// redacted text. Pure functions, so `npm run eval -- --pages N` measures the same rule the import runs.

/** How many lines at the top and at the bottom of a page can be furniture. Chromium prints its header
 * and footer both after the page's text, so one edge can hold two of them. */
export const EDGE_LINES = 3
/** Furniture is short: a title, a date, a page number. Longer lines are text. */
export const MAX_FURNITURE_LENGTH = 60
/** A line shape must be on the edge of at least this share of the pages (alternating left and right
 * running heads are on half of them), and of two pages at least. */
export const MIN_PAGE_SHARE = 0.4

const NUMBER = /[0-9０-９〇零一二三四五六七八九十百千]+/gu
const WHITESPACE = /[\s\u3000]+/gu

/** What a line looks like with its numbers taken out: 第 3 页，共 12 页 and 第 4 页，共 12 页 alike. */
export function lineShape(line: string): string {
  return line.replace(WHITESPACE, '').replace(NUMBER, '#')
}

function numbersIn(line: string): string[] {
  return (line.match(NUMBER) ?? []).map((n) => n.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)))
}

/**
 * Whether the numbers of same-shaped lines, page after page, are what furniture holds: each number the
 * same on every page (第12期) or counting up with the pages (the page number). Figures of a table that
 * happen to sit on page edges do neither, and stay text.
 */
function numbersRunLikePages(lines: readonly string[]): boolean {
  const rows = lines.map(numbersIn)
  return rows[0]!.every((_, k) => {
    const column = rows.map((row) => row[k]!)
    if (column.every((n) => n === column[0])) return true
    return column.every((n, i) => /^\d+$/u.test(n) && (i === 0 || Number(n) > Number(column[i - 1])))
  })
}

/** Indices of the lines on a page's edges: at most EDGE_LINES non-blank lines from each end. */
function edgeLines(lines: readonly string[]): number[] {
  const filled = lines.flatMap((line, index) => (line.trim() ? [index] : []))
  if (filled.length <= 2 * EDGE_LINES) return filled
  return [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)]
}

/**
 * For every line of every page, whether it is page furniture: a short line on a page's edge whose shape
 * is on the edges of at least MIN_PAGE_SHARE of the pages (two at least), its numbers constant or
 * counting up the pages. The document's first line is never furniture: it is where the title is, and a
 * running head kept there cuts no sentence. A one-page document has none: nothing to compare with.
 */
export function findFurniture(pages: readonly (readonly string[])[]): boolean[][] {
  const marks = pages.map((lines) => lines.map(() => false))
  if (pages.length < 2) return marks
  const byShape = new Map<string, { page: number; index: number }[]>()
  pages.forEach((lines, page) => {
    for (const index of edgeLines(lines)) {
      const shape = lineShape(lines[index]!)
      if (shape.length > MAX_FURNITURE_LENGTH) continue
      const places = byShape.get(shape) ?? []
      places.push({ page, index })
      byShape.set(shape, places)
    }
  })
  const needed = Math.max(2, Math.ceil(pages.length * MIN_PAGE_SHARE))
  const firstLine = pages[0]!.findIndex((line) => line.trim())
  for (const places of byShape.values()) {
    // one line per page for the count and the numbers (a shape can sit on both edges of a page)
    const firstOnPage = places.filter((place, i) => i === 0 || places[i - 1]!.page !== place.page)
    if (firstOnPage.length < needed) continue
    if (!numbersRunLikePages(firstOnPage.map(({ page, index }) => pages[page]![index]!))) continue
    for (const { page, index } of places) {
      if (page !== 0 || index !== firstLine) marks[page]![index] = true
    }
  }
  return marks
}

/** The pages' lines without their furniture, as one text, the pages one after another. */
export function joinPages(pages: readonly (readonly string[])[]): string {
  const furniture = findFurniture(pages)
  return pages.map((lines, page) => lines.filter((_, index) => !furniture[page]![index]).join('\n')).join('\n')
}
