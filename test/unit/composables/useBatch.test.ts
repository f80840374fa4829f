import { describe, expect, it } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import { useBatch } from '../../../src/composables/useBatch'
import type { LexiconInForce } from '../../../src/composables/useUserLexicon'

describe('useBatch', () => {
  it('keeps its items when the dictionary changes only in its problem lines', async () => {
    const engine = {
      analyzeMany: async (texts: string[]) => texts.map(() => [{ type: 'PER', text: '张伟', start: 0, end: 2, score: 0.9 }]),
      helperLanes: () => [],
      model: shallowRef({ id: 'm', version: '1' }),
      modelGeneration: shallowRef(0),
    }
    const entries = [{ surface: '北京', type: 'LOC' }]
    const lexicon = shallowRef({ entries, problems: [], minScore: 0.5 } as unknown as LexiconInForce)
    const batch = useBatch(engine as never, lexicon)
    await batch.run([{ path: 'a.txt', file: new File(['张伟在北京。'], 'a.txt', { type: 'text/plain' }) }])
    const before = batch.items.value[0]!
    expect(before.status).toBe('done')
    lexicon.value = { entries, problems: [{ line: 2, reason: 'x', content: 'y' }], minScore: 0.5 } as unknown as LexiconInForce
    expect(batch.items.value[0]).toBe(before)
    lexicon.value = { entries: [{ surface: '张伟', type: 'ORG' }], problems: [], minScore: 0.5 } as unknown as LexiconInForce
    expect(batch.items.value[0]).not.toBe(before)
  })

  it('after Stop then a model switch, analyses the whole batch again with the new model, not the rest alone', async () => {
    // Re-check QA: Stop, another model on the Model tab, then Resume went on with the new model (231 rows of one
    // model, the rest of another) and the exports named the first model for all rows.
    let hang = true
    let started!: () => void
    const running = new Promise<void>((resolve) => (started = resolve))
    const analysed: string[][] = []
    const engine = {
      analyzeMany: (texts: string[], { signal }: { signal?: AbortSignal } = {}) => {
        analysed.push([engine.model.value.id, ...texts])
        if (texts.includes('王芳去了上海。') && hang) {
          started()
          return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('stopped'))))
        }
        return Promise.resolve(texts.map(() => []))
      },
      helperLanes: () => [],
      model: shallowRef({ id: 'a', version: '1' }),
      modelGeneration: shallowRef(0),
    }
    const batch = useBatch(engine as never, shallowRef({ entries: [], problems: [], minScore: 0.5 } as unknown as LexiconInForce))
    const txt = (name: string, text: string) => ({ path: name, file: new File([text], name, { type: 'text/plain' }) })
    const run = batch.run([txt('a.txt', '张伟在北京。'), txt('b.txt', '王芳去了上海。')])
    await running
    batch.stop()
    await run
    expect(batch.items.value.map((item) => item.status)).toEqual(['done', 'stopped'])
    expect(batch.stopReason.value).toBe('stop')
    hang = false
    engine.model.value = { id: 'b', version: '2' }
    engine.modelGeneration.value++
    await nextTick()
    // The button now offers the whole batch again (batch.again), not the rest (batch.resume).
    expect(batch.stopReason.value).toBe('model')
    analysed.length = 0
    await batch.resume()
    expect(batch.items.value.map((item) => item.status)).toEqual(['done', 'done'])
    expect(analysed.flat().filter((text) => text.endsWith('。')).sort()).toEqual(['张伟在北京。', '王芳去了上海。'])
    expect(analysed.every(([model]) => model === 'b')).toBe(true)
    expect(batch.model.value).toEqual({ id: 'b', version: '2' })
  })

  it('a model switch after a batch ran to its end leaves its rows and model as they are', async () => {
    const engine = {
      analyzeMany: async (texts: string[]) => texts.map(() => []),
      helperLanes: () => [],
      model: shallowRef({ id: 'a', version: '1' }),
      modelGeneration: shallowRef(0),
    }
    const batch = useBatch(engine as never, shallowRef({ entries: [], problems: [], minScore: 0.5 } as unknown as LexiconInForce))
    await batch.run([{ path: 'a.txt', file: new File(['张伟在北京。'], 'a.txt', { type: 'text/plain' }) }])
    engine.model.value = { id: 'b', version: '2' }
    engine.modelGeneration.value++
    await nextTick()
    expect(batch.stopReason.value).toBe(null)
    expect(batch.model.value).toEqual({ id: 'a', version: '1' })
  })
})
