// Line breaks of a plain-text file. The page works on text whose lines all break with LF (what a textarea
// holds, and what offsets in the editor's exports count), but a batch's exports and redacted copies go back
// to the files themselves, saved on Windows with CR LF or on an old Mac with CR: reading a file records
// where its breaks were not LF, so that offsets map back into the file's own text, the text itself can be
// given back as it was, and a copy is written with the file's breaks.

/** Where the file's breaks were not LF: offsets in the normalized text of the LFs that stand for them,
 * ascending. A CR LF is one character shorter there; a lone CR is the same length. */
export interface LineBreaks {
  crlfAt: readonly number[]
  crAt: readonly number[]
}

/** The text with every CR LF and lone CR made LF, and where they were (absent when there was none). */
export function normalizeLineBreaks(raw: string): { text: string; lineBreaks?: LineBreaks } {
  const crlfAt: number[] = []
  const crAt: number[] = []
  const text = raw.replace(/\r\n?/g, (lineBreak, at: number) => {
    if (lineBreak === '\r') crAt.push(at - crlfAt.length)
    else crlfAt.push(at - crlfAt.length)
    return '\n'
  })
  return crlfAt.length + crAt.length > 0 ? { text, lineBreaks: { crlfAt, crAt } } : { text }
}

/** Where `offset` in the normalized text falls in the file's text: one on for every CR LF before it. */
export function fileOffset(offset: number, { crlfAt }: LineBreaks): number {
  // How many crlfAt entries lie under `offset` (a binary search: a long file has many lines).
  let low = 0
  let high = crlfAt.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (crlfAt[middle]! < offset) low = middle + 1
    else high = middle
  }
  return offset + low
}

/** The file's text as it was: each LF that stands for a CR LF or a CR made that again. */
export function fileText(text: string, { crlfAt, crAt }: LineBreaks): string {
  const breaks = [...crlfAt.map((at) => [at, '\r\n'] as const), ...crAt.map((at) => [at, '\r'] as const)].sort((a, b) => a[0] - b[0])
  const pieces: string[] = []
  let from = 0
  for (const [at, lineBreak] of breaks) {
    pieces.push(text.slice(from, at), lineBreak)
    from = at + 1
  }
  pieces.push(text.slice(from))
  return pieces.join('')
}
