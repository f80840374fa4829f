import { describe, expect, it } from 'vitest'
import { shallowRef } from 'vue'
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
})
