// Entities must point into the ORIGINAL text (UTF-16 offsets), whatever the text holds: emoji and other
// surrogate pairs, CRLF, zero-width characters, mixed scripts, and documents longer than one window.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { loadNodeModel } from '../../scripts/lib/node-engine'
import { hasModel, TINY_MODEL_DIR, useNodeModel, warnMissing } from '../unit/support/models'

warnMissing(TINY_MODEL_DIR, 'offset property tests')

describe.runIf(hasModel(TINY_MODEL_DIR))('entity offsets on the tiny model', () => {
  const model = useNodeModel(TINY_MODEL_DIR)

  // Pieces the tiny model was trained on (so entities really occur) mixed with hostile ones.
  const piece = fc.constantFrom(
    '习近平', '在', '北京', '会见', '联合国', '秘书长', '。', '，', '上海', '张伟', '新华社', '杭州',
    '😀', '👨\u200d👩\u200d👧', '𠮷', '\r\n', '\n', '\u200b', '\u200d', '\ufeff', '\u00ad', ' ', '\t', '\u3000',
    'Apple', 'Tim Cook', 'Москва', '서울', '<b>', '&amp;', '１２３', '！', '？', '…',
    '\ud800', // a lone surrogate must not break anything either
  )
  const text = fc.array(piece, { minLength: 1, maxLength: 120 }).map((parts) => parts.join(''))

  it('every entity satisfies text === input.slice(start, end), on one window or many', async () => {
    await fc.assert(fc.asyncProperty(text, fc.integer({ min: 1, max: 6 }), async (input, repeat) => {
      const doc = input.repeat(repeat) // up to ~4 windows of 256
      if (doc.trim() === '') return
      const entities = await model().model.analyze(doc)
      let previousEnd = 0
      for (const e of entities) {
        expect(e.text).toBe(doc.slice(e.start, e.end))
        expect(e.start).toBeGreaterThanOrEqual(previousEnd) // sorted, never overlapping
        expect(e.end).toBeGreaterThan(e.start)
        // Offsets never split a surrogate pair.
        expect(doc.codePointAt(e.start)! > 0xffff || !isLowSurrogate(doc.charCodeAt(e.start))).toBe(true)
        expect(isLowSurrogate(doc.charCodeAt(e.end)) && isHighSurrogate(doc.charCodeAt(e.end - 1))).toBe(false)
        expect(e.score).toBeGreaterThan(0)
        expect(e.score).toBeLessThanOrEqual(1 + 1e-9)
        previousEnd = e.end
      }
    }), { numRuns: 60 })
  })

  it('finds the same entities in a sentence wherever it sits in a long document', async () => {
    const sentence = '习近平在北京会见了联合国秘书长古特雷斯。'
    const alone = await model().model.analyze(sentence)
    expect(alone.length).toBeGreaterThan(0)
    const filler = '今天天气很好，我们一起去散步。'.repeat(40)
    const doc = filler + sentence + filler
    const found = (await model().model.analyze(doc)).filter((e) => e.start >= filler.length && e.end <= filler.length + sentence.length)
    // Spans must agree; scores may move a little, since the model sees neighbouring sentences.
    const span = ({ start, end, type, text }: { start: number; end: number; type: string; text: string }) => ({ start, end, type, text })
    expect(found.map((e) => span({ ...e, start: e.start - filler.length, end: e.end - filler.length })))
      .toEqual(alone.map(span))
  })

  it('analyzeMany gives each text exactly what analyzing it alone gives', async () => {
    await fc.assert(fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (texts) => {
      if (texts.every((t) => t.trim() === '')) return
      const events: { textIndex: number; entities: unknown[] }[] = []
      const many = await model().model.analyzeMany(texts, { onProgress: (p) => events.push(p) })
      expect(many).toHaveLength(texts.length)
      for (const [i, t] of texts.entries()) {
        expect(many[i]).toEqual(t.trim() === '' ? [] : await model().model.analyze(t))
        expect(events.filter((e) => e.textIndex === i).flatMap((e) => e.entities)).toEqual(many[i])
      }
    }), { numRuns: 25 })
  })

  it('streams progress window by window with entities matching the final result', async () => {
    const doc = '张伟和王芳去了杭州西湖，新华社记者在上海报道。'.repeat(30)
    const streamed: unknown[] = []
    const seen: number[] = []
    const entities = await model().model.analyze(doc, {
      onProgress: (p) => {
        streamed.push(...p.entities)
        seen.push(p.windowsDone)
        expect(p.windowsTotal).toBeGreaterThan(1)
        expect(p.charsDone).toBeLessThanOrEqual(p.charsTotal)
      },
    })
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => i + 1))
    expect(streamed).toEqual(entities)
  })
})

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

describe.runIf(hasModel(TINY_MODEL_DIR))('over-long sentences', () => {
  it('cuts with overlap and finds the same entities as one uncut pass', async () => {
    const { model: cut, manifest, dir } = await loadNodeModel(TINY_MODEL_DIR)
    const { NerModel } = await import('../../src/engine/model')
    const { readModelFiles, ort } = await import('../../scripts/lib/node-engine')
    // The same model allowed to see the whole sentence at once: the reference without cuts.
    const uncut = await NerModel.create(ort, { ...manifest, max_window: 100_000 }, await readModelFiles(dir, manifest))
    // Clauses joined by commas: a single "sentence" of ~1,300 code points. Shifting it by 0..38
    // code points moves every entity across every cut and hand-over position once.
    const clauses = ['张伟和王芳去了杭州西湖', '新华社记者在上海报道', '习近平在北京会见了联合国秘书长']
    const body = Array.from({ length: 110 }, (_, i) => clauses[i % 3]).join('，') + '。'
    const span = ({ start, end, type, text }: { start: number; end: number; type: string; text: string }) => ({ start, end, type, text })
    for (let shift = 0; shift < 39; shift++) {
      const sentence = '的'.repeat(shift) + body
      expect(cut.countWindows(sentence)).toBeGreaterThan(4)
      const reference = (await uncut.analyze(sentence)).map(span)
      const windowed = (await cut.analyze(sentence)).map(span)
      expect(reference.length).toBeGreaterThan(100)
      expect(windowed).toEqual(reference)
    }
    await uncut.release()
    await cut.release()
  })
})
