// A PDF's pages, as lines of text, put together into one text without the page furniture: running
// headers, running footers and page numbers repeat on every page and sit between the two halves of any
// sentence that crosses a page break (…国务院总 / 第 3 页，共 12 页 / 工作简报 / 理李鹏…). Left in, they cut
// that sentence, and any name on the break, in two, and they litter the editor, the exports and the
// redacted text. Pure functions, so `npm run eval -- --pages N` measures the same rule the import runs.

/** How many lines at the top and at the bottom of a page can be furniture. Chromium prints its header
 * and footer both after the page's text, so one edge can hold two of them. */
const EDGE_LINES = 3
/** Furniture is short: a title, a date, a page number. Longer lines are text. */
const MAX_FURNITURE_LENGTH = 60
/** A line shape must be on the edge of at least this share of the pages (alternating left and right
 * running heads are on half of them), and of two pages at least. */
const MIN_PAGE_SHARE = 0.4

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
 * same on every page (第12期) or going up exactly as the pages do (the page number: 3 on page 3, 5 on page
 * 5). Figures of a table that happen to sit on page edges do neither, and neither do numbered clauses or
 * questions (第20条 at the foot of one page, 第23条 at the head of the next): they stay text.
 */
function numbersRunLikePages(places: readonly { page: number; line: string }[]): boolean {
  const rows = places.map(({ line }) => numbersIn(line))
  return rows[0]!.every((_, k) => {
    const column = rows.map((row) => row[k]!)
    if (column.every((n) => n === column[0])) return true
    return column.every((n, i) => /^\d+$/u.test(n) && (i === 0 || Number(n) - Number(column[i - 1]) === places[i]!.page - places[i - 1]!.page))
  })
}

/**
 * A sentence is text, however often it repeats: running heads and feet are titles, dates, names and
 * numbers, while a transcript's 答：是的。 or a clause ending in 。 can fall on the edges of several pages.
 */
const SENTENCE_END = /[。！？；!?;…][”’"'）)」』]*$/u

/** The lines on a page's edges: at most EDGE_LINES non-blank lines from each end, with their places
 * counted from the top and from the bottom among the page's non-blank lines. */
function edgeLines(lines: readonly string[]): { index: number; fromTop: number; fromBottom: number }[] {
  const filled = lines.flatMap((line, index) => (line.trim() ? [index] : []))
  const place = (index: number, k: number) => ({ index, fromTop: k, fromBottom: filled.length - 1 - k })
  if (filled.length <= 2 * EDGE_LINES) return filled.map(place)
  return [...filled.slice(0, EDGE_LINES).map(place), ...filled.slice(-EDGE_LINES).map((index, k) => place(index, filled.length - EDGE_LINES + k))]
}

/**
 * For every line of every page, whether it is page furniture: a short line on a page's edge, no sentence,
 * whose shape is on the edges of at least MIN_PAGE_SHARE of the pages (two at least), in the same place
 * on each (the same count of lines from the top, or from the bottom), its numbers constant or going up
 * with the pages. Dropping a line of text loses it from every export and redacted copy without a word,
 * while furniture kept only litters the text, so each rule errs towards keeping. The document's first
 * line is never furniture: it is where the title is, and a running head kept there cuts no sentence. A
 * one-page document has none: nothing to compare with.
 */
export function findFurniture(pages: readonly (readonly string[])[]): boolean[][] {
  const marks = pages.map((lines) => lines.map(() => false))
  if (pages.length < 2 || isRepeatedForm(pages)) return marks
  type Place = { page: number; index: number; fromTop: number; fromBottom: number }
  const byShape = new Map<string, Place[]>()
  pages.forEach((lines, page) => {
    for (const edge of edgeLines(lines)) {
      const line = lines[edge.index]!
      const shape = lineShape(line)
      if (shape.length > MAX_FURNITURE_LENGTH || SENTENCE_END.test(line.trim())) continue
      const places = byShape.get(shape) ?? []
      places.push({ page, ...edge })
      byShape.set(shape, places)
    }
  })
  const needed = Math.max(2, Math.ceil(pages.length * MIN_PAGE_SHARE))
  const firstLine = pages[0]!.findIndex((line) => line.trim())
  const samePlace = (places: readonly Place[]) =>
    places.every((p) => p.fromTop === places[0]!.fromTop) || places.every((p) => p.fromBottom === places[0]!.fromBottom)
  for (const places of byShape.values()) {
    // one line per page for the count, the places and the numbers (a shape can sit on both edges of a page)
    const firstOnPage = places.filter((place, i) => i === 0 || places[i - 1]!.page !== place.page)
    if (firstOnPage.length < needed || !samePlace(firstOnPage)) continue
    // A line that is all most of its pages hold is their text, not what runs round it (QA: 2,000 pages of one
    // line each, "Page N Zhang Wei works in Beijing …", were read as a running head and gave page 1's line
    // alone). A page number on a blank page or two is still dropped.
    if (firstOnPage.filter((place) => place.fromTop === 0 && place.fromBottom === 0).length * 2 > firstOnPage.length) continue
    if (!numbersRunLikePages(firstOnPage.map(({ page, index }) => ({ page, line: pages[page]![index]! })))) continue
    for (const { page, index } of places) {
      if (page !== 0 || index !== firstLine) marks[page]![index] = true
    }
  }
  return marks
}

/**
 * Pages that repeat their text, not just their edges: a mail merge (the same letter to five people, one
 * a page), a form printed once per person. Their repeated first and last lines are the letter's own (its
 * closing, its signature, a sentence cut by the wrap), and removing them lost body text from every page
 * without a word (QA: 录用通知 merged for 张伟, 李娜 …: 经公司研究决定，录用您为阿里巴巴集团杭州总 / 敬礼 /
 * 阿里巴巴集团人力资源部 / the date, gone from each letter). A document is one when, on enough pages, most
 * lines are word for word on enough other pages too; running heads and feet are a line or two of a page,
 * and page numbers differ from page to page.
 */
function isRepeatedForm(pages: readonly (readonly string[])[]): boolean {
  const needed = Math.max(2, Math.ceil(pages.length * MIN_PAGE_SHARE))
  const filled = pages.map((lines) => lines.map((line) => line.trim()).filter(Boolean))
  const pagesWithLine = new Map<string, number>()
  for (const lines of filled) for (const line of new Set(lines)) pagesWithLine.set(line, (pagesWithLine.get(line) ?? 0) + 1)
  const mostlyRepeated = filled.filter((lines) => lines.filter((line) => pagesWithLine.get(line)! >= needed).length * 2 > lines.length)
  return mostlyRepeated.length >= needed
}

/** The pages' lines without their furniture, as one text, the pages one after another. */
export function joinPages(pages: readonly (readonly string[])[]): string {
  const furniture = findFurniture(pages)
  return pages.map((lines, page) => lines.filter((_, index) => !furniture[page]![index]).join('\n')).join('\n')
}
