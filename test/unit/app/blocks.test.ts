import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cutLongLine, needsAnalysis, resplit, splitIntoBlocks } from '../../../src/app/blocks'

describe('splitIntoBlocks', () => {
  it('makes one block per line, keeping the line breaks out of the analysed key', () => {
    const doc = '新华社北京电\n\n习近平会见古特雷斯。\r\n最后一行'
    const blocks = splitIntoBlocks(doc)
    expect(blocks.map((b) => b.key)).toEqual(['新华社北京电', '习近平会见古特雷斯。', '最后一行'])
    expect(blocks.map((b) => b.start)).toEqual([0, 8, 20])
    expect(blocks.map((b) => b.text).join('')).toBe(doc)
  })

  it('keeps the lines of a hard-wrapped paragraph in one block, so the engine can undo the wraps', () => {
    const line = '国务院总理在人民大会堂会见了来访的法国总统马' // 22 characters, stops mid-name
    const doc = `${line}\r\n克龙，双方交换了意见。\n张伟\n李娜\n${line}。\n克龙\n${line}\n\u3000\u3000克龙`
    const blocks = splitIntoBlocks(doc)
    expect(blocks.map((b) => b.key)).toEqual([
      `${line}\r\n克龙，双方交换了意见。`, '张伟', '李娜', `${line}。`, '克龙', line, '\u3000\u3000克龙',
    ])
    expect(blocks.map((b) => b.text).join('')).toBe(doc)
  })

  it('keeps leading blank lines as an empty block that needs no analysis', () => {
    const blocks = splitIntoBlocks('\n\n北京')
    expect(blocks[0]).toEqual({ start: 0, text: '\n\n', key: '' })
    expect(needsAnalysis(blocks[0]!)).toBe(false)
    expect(blocks[1]).toMatchObject({ start: 2, key: '北京' })
  })

  it('cuts a long line after a sentence end, not inside a sentence', () => {
    const sentence = '国家主席习近平在北京会见了来访的外国客人。' // 21 chars
    const line = sentence.repeat(10)
    const blocks = splitIntoBlocks(line, 50)
    for (const block of blocks) {
      expect(block.key.length).toBeLessThanOrEqual(50)
      expect(block.key.endsWith('。')).toBe(true)
    }
    expect(blocks.map((b) => b.text).join('')).toBe(line)
  })

  it('cuts a long English paragraph after a full stop, not at a space inside a sentence or a name', () => {
    const sentences = [
      'Apple chief executive Tim Cook met officials in Beijing on Monday.',
      'He said the U.S.A. market and example.com matter, and that 3.14 percent is small.',
      '"We will invest more," Mr. Cook told J. K. Rowling in Shanghai.',
    ]
    const line = Array.from({ length: 36 }, (_, i) => sentences[i % 3]).join(' ') // about 2,500 characters
    const pieces = cutLongLine(line, 1000)
    expect(pieces.length).toBeGreaterThan(2)
    let offset = 0
    for (const length of pieces.slice(0, -1)) {
      offset += length
      expect(line.slice(offset - 10, offset + 1)).toMatch(/(?:Monday|small|Shanghai)\. $/)
    }
     // Where the only full stops are inside 3.14 or example.com, or after an initial or a title, the cut is at
    // the last space, as it was before full stops counted.
    const initials = 'Yesterday Mr. Cook and Dr. Li met J. K. Rowling of the U.S.A. at example.com at 3.14 pm'
    for (const max of [20, 30, 40, 50, 60, 70]) {
      let at = 0
      for (const length of cutLongLine(initials, max).slice(0, -1)) {
        at += length
        expect(initials[at - 1], `${max}: ${initials.slice(0, at)}|`).toBe(' ')
      }
    }
  })

  it('cuts a line with no punctuation or space after 的 or 了, not inside a name', () => {
    const line = '张伟在北京大学读书国务院总理在人民大会堂会见了李娜去上海参观了复旦大学王强和华为公司签约'.repeat(20)
    const pieces = cutLongLine(line, 100)
    expect(pieces.length).toBeGreaterThan(1)
    let offset = 0
    for (const length of pieces.slice(0, -1)) {
      offset += length
      expect(length).toBeLessThanOrEqual(100)
      expect(line[offset - 1]).toBe('了')
    }
  })

  it('never splits a surrogate pair when it must cut without punctuation', () => {
    const line = '😀'.repeat(30)
    const pieces = cutLongLine(line, 7)
    let offset = 0
    for (const length of pieces) {
      expect(length).toBeLessThanOrEqual(7)
      const code = line.charCodeAt(offset)
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false)
      offset += length
    }
    expect(offset).toBe(line.length)
  })

  it('covers any document exactly, in order, with keys that are prefixes of the block text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('北', '京', '。', '\n', '\r', ' ', 'a', '😀', '，') , maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (doc, max) => {
        const blocks = splitIntoBlocks(doc, max)
        expect(blocks.map((b) => b.text).join('')).toBe(doc)
        let expectedStart = 0
        for (const block of blocks) {
          expect(block.start).toBe(expectedStart)
          expect(block.text.startsWith(block.key)).toBe(true)
          // Only line breaks are left out of a key (those after the block); a wrap joined into a paragraph
          // (a line that may run on) keeps its break inside, as the engine reads it.
          expect(block.text.slice(block.key.length)).toMatch(/^[\r\n]*$/)
          expect(block.key.length).toBeLessThanOrEqual(max)
          expectedStart += block.text.length
        }
      }),
    )
  })
})

import { longDocument } from '../../../src/app/samples'

describe('resplit', () => {
  // Pieces that make wraps, blank lines, CR LF, long lines cut at punctuation and surrogate pairs likely.
  const piece = fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '，', '。', '的', '国务院总理', '马', 'Mr. Cook', 'a.', '😀', '人民大会堂会见了来访的法国总统')
  const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

  it('splits an edited document exactly as splitIntoBlocks does, keeping the unchanged blocks', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), fc.integer({ min: 8, max: 40 }), (doc, insert, at, removed, max) => {
        const from = at % (doc.length + 1)
        const edited = doc.slice(0, from) + insert + doc.slice(Math.min(doc.length, from + (removed % 6)))
        const before = resplit(null, doc, max)
        const after = resplit(before, edited, max)
        expect(after.blocks).toEqual(splitIntoBlocks(edited, max))
        expect(after.paragraphs).toEqual(resplit(null, edited, max).paragraphs)
        // The blocks of a paragraph ending well before the edit are the same objects.
        before.paragraphs.forEach((first, k) => {
          const next = before.paragraphs[k + 1] ?? before.blocks.length
          const end = next < before.blocks.length ? before.blocks[next]!.start : doc.length
          if (end + 2 <= from) for (let i = first; i < next; i++) expect(after.blocks[i]).toBe(before.blocks[i])
        })
      }),
      { numRuns: 3000 },
    )
  })

  it('re-splits only around an edit: typing at the end of a long document keeps every earlier block', () => {
    const doc = longDocument(200_000)
    const before = resplit(null, doc)
    const after = resplit(before, `${doc}好`)
    expect(after.blocks.slice(0, -1).every((block, i) => block === before.blocks[i])).toBe(true)
    const middle = resplit(after, `${doc.slice(0, 100_000)}好${doc.slice(100_000)}好`)
    expect(middle.blocks).toEqual(splitIntoBlocks(middle.doc))
    expect(resplit(middle, middle.doc)).toBe(middle)
  })
})

describe('longDocument', () => {
  it('is exactly as long as asked and has no two identical paragraphs', () => {
    const doc = longDocument(100_000)
    expect(doc).toHaveLength(100_000)
    const keys = splitIntoBlocks(doc).map((b) => b.key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
