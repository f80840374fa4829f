// The model's names in short lines of their own (the stems of file and folder names), for the names of the
// redacted copies: a name that only a file's name holds (王小明_简历.txt whose text never names him, or a
// contract whose name was edited in the text) was left readable there (re-check QA item 2).
import type { Entity } from '../engine'

/** What separates the words of a file's name (_ - . space, brackets): never the edge of a name in it. */
const EDGE = /[\p{P}\p{Z}\p{S}]/u

/** The engine's call for several texts (useNerEngine's analyzeMany, options left out). */
export type AnalyzeTexts = (texts: readonly string[]) => Promise<Entity[][]>

/**
 * The names the model finds in each of `lines`, in one call: the lines joined by line breaks (one short job, not a
 * job per file of a batch), each name given back with its offsets in its own line. A line's own breaks are read as
 * spaces; a name over the join of two lines (the model reads across a break) is cut to the part in each line, and
 * the separators at a name's edges are left out (the model gave 张三_ in 张三_身份证复印件: as a name, it took the _).
 */
export async function namesInLines(lines: readonly string[], analyze: AnalyzeTexts): Promise<Entity[][]> {
  const clean = lines.map((line) => line.replace(/[\r\n]/gu, ' '))
  const joined = clean.join('\n')
  const out: Entity[][] = clean.map(() => [])
  if (!joined.trim()) return out
  const [found = []] = await analyze([joined])
  const starts: number[] = []
  let at = 0
  for (const line of clean) {
    starts.push(at)
    at += line.length + 1
  }
  for (const e of found) {
    for (let i = 0; i < clean.length; i++) {
      const line = clean[i]!
      let start = Math.max(e.start - starts[i]!, 0)
      let end = Math.min(e.end - starts[i]!, line.length)
      while (start < end && EDGE.test(line[start]!)) start++
      while (end > start && EDGE.test(line[end - 1]!)) end--
      if (end > start) out[i]!.push({ ...e, start, end, text: line.slice(start, end) })
    }
  }
  return out
}
