import { describe, expect, it } from 'vitest'
import { shallowRef } from 'vue'
import type { Entity } from '../../../src/engine'
import type { RenderedBlock } from '../../../src/composables/useLiveAnalysis'
import { belowThreshold, CHUNK_LINES, lineRows, rowsOf, textWidth, useViewChunks } from '../../../src/composables/useViewChunks'

/** No names: one array, as the analysis keeps a block's entities while they do not change (sameLine compares them). */
const NONE: readonly Entity[] = []
/** Blocks of `texts`, one after the other in a document, each with the given entities. */
function rendered(texts: readonly string[], entities: readonly (readonly Entity[])[] = []): RenderedBlock[] {
  let start = 0
  return texts.map((text, i) => {
    const block = { start, text, key: text.replace(/\n+$/, '') }
    start += text.length
    return { block, entities: entities[i] ?? NONE }
  })
}
const name = (score: number): Entity => ({ start: 0, end: 2, type: 'PER', text: '某某', score })

describe('textWidth', () => {
  it('counts Chinese characters whole and Latin letters, digits and spaces as half, not the line break', () => {
    expect(textWidth('第9段')).toBe(2.5)
    expect(textWidth('第10段')).toBe(3)
    expect(textWidth('第10段\n')).toBe(3)
    expect(textWidth('')).toBe(0)
  })
})

describe('rows', () => {
  it('counts a row at least for each line, empty ones included', () => {
    expect(lineRows(0, 10)).toBe(1)
    expect(lineRows(10, 10)).toBe(1)
    expect(lineRows(11, 10)).toBe(2)
    expect(rowsOf({ lines: [], lineChars: [0, 25, 10] }, 10)).toBe(1 + 3 + 1)
  })
})

describe('useViewChunks', () => {
  it('ends a line at each line break and groups lines into chunks of CHUNK_LINES', () => {
    const texts = Array.from({ length: CHUNK_LINES + 2 }, (_, i) => `第${i}段\n`)
    const source = shallowRef(rendered(['甲乙', '丙丁\n', ...texts]))
    const { lines, chunks } = useViewChunks(() => source.value)
    expect(lines.value.length).toBe(CHUNK_LINES + 3)
    expect(lines.value[0]!.map(({ index }) => index)).toEqual([0, 1])
    expect(chunks.value.map((chunk) => chunk.lines.length)).toEqual([CHUNK_LINES, 3])
    expect(chunks.value[0]!.lineChars[0]).toBe(4)
  })

  it('keeps unchanged lines and chunks as the same objects, so that an edit renders one chunk again', () => {
    const texts = Array.from({ length: CHUNK_LINES * 2 }, (_, i) => `第${i}段\n`)
    const source = shallowRef(rendered(texts))
    const { lines, chunks } = useViewChunks(() => source.value)
    const [firstBefore, secondBefore] = chunks.value
    const linesBefore = lines.value
    // The same text rendered again (new objects, equal content), one line in the second chunk edited.
    const edited = [...texts]
    edited[CHUNK_LINES + 5] = '改了\n'
    source.value = rendered(edited)
    const [first, second] = chunks.value
    expect(first).toBe(firstBefore)
    expect(second).not.toBe(secondBefore)
    expect(lines.value[CHUNK_LINES + 4]).toBe(linesBefore[CHUNK_LINES + 4])
    expect(lines.value[CHUNK_LINES + 5]).not.toBe(linesBefore[CHUNK_LINES + 5])
  })

  it('keeps no state between two views', () => {
    const a = shallowRef(rendered(['一\n']))
    const b = shallowRef(rendered(['一\n']))
    const viewA = useViewChunks(() => a.value)
    const viewB = useViewChunks(() => b.value)
    expect(viewA.chunks.value[0]).not.toBe(viewB.chunks.value[0])
  })
})

describe('belowThreshold', () => {
  it('counts the names of a chunk scoring under the threshold', () => {
    const source = shallowRef(rendered(['甲\n', '乙\n'], [[name(0.3), name(0.9)], [name(0.5)]]))
    const { chunks } = useViewChunks(() => source.value)
    expect(belowThreshold(chunks.value[0]!, 0.6)).toBe(2)
    expect(belowThreshold(chunks.value[0]!, 0.2)).toBe(0)
  })
})
