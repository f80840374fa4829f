import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import type { Entity } from '../../../src/engine'
import { resplit } from '../../../src/app/blocks'
import { carryOver, carryOverResults } from '../../../src/app/blockAnalysis'
import { TYPING_DEBOUNCE_MS, useLiveAnalysis } from '../../../src/composables/useLiveAnalysis'
import { stillAnalysing } from '../../../src/app/coverage'
import type { NerEngine } from '../../../src/composables/useNerEngine'

// A dictionary tagger standing in for the model: every expected offset follows from the text itself.
const NAMES: Record<string, string> = { 王海燕: 'PER', 杭州: 'LOC', 浙江大学: 'ORG', 李红梅: 'PER' }
function tag(text: string): Entity[] {
  const found: Entity[] = []
  for (const [word, type] of Object.entries(NAMES)) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push({ start: i, end: i + word.length, type, text: word, score: 0.9 })
  }
  return found.sort((a, b) => a.start - b.start)
}
const words = (text: string, entities: readonly Entity[]) => entities.map((e) => `${text.slice(e.start, e.end)}/${e.type}`)

describe('carryOver', () => {
  const before = '记者王海燕在杭州报道，浙江大学的李红梅教授发言。'
  it('keeps the names before and after the edit, shifted to their new place, and drops the one it touches', () => {
    const after = before.replace('在杭州', '在杭州市') // 杭州 ends where the insertion starts: unchanged
    const kept = carryOver(before, tag(before), after)
    expect(words(after, kept)).toEqual(['王海燕/PER', '杭州/LOC', '浙江大学/ORG', '李红梅/PER'])
    const edited = before.replace('浙江大学', '浙江理工大学') // inside the name: the name goes until its result comes
    expect(words(edited, carryOver(before, tag(before), edited))).toEqual(['王海燕/PER', '杭州/LOC', '李红梅/PER'])
    const deleted = before.replace('报道，', '') // a deletion moves what follows back
    expect(words(deleted, carryOver(before, tag(before), deleted))).toEqual(['王海燕/PER', '杭州/LOC', '浙江大学/ORG', '李红梅/PER'])
  })

  it('keeps nothing across a text replaced whole, and every name of an unchanged text', () => {
    expect(carryOver(before, tag(before), '完全不同的一段话。')).toEqual([])
    expect(carryOver(before, tag(before), before)).toEqual(tag(before))
  })

  it('does not let a repeated character count twice (common start and end may not overlap)', () => {
    const text = '王海燕王海燕'
    const after = '王海燕王海燕王海燕' // prefix 6 covers both; the suffix may only use what is left
    expect(words(after, carryOver(text, tag(text), after))).toEqual(['王海燕/PER', '王海燕/PER'])
  })
})

describe('carryOverResults', () => {
  it('gives the edited paragraph what its old version showed where unchanged, block-relative, and nothing to cached blocks', () => {
    const doc = '标题：会议纪要\n记者王海燕在杭州报道，浙江大学的李红梅教授发言。\n李红梅说。'
    const old = resplit(null, doc)
    const cache = new Map(old.blocks.map((b) => [b.key, tag(b.key)]))
    const edited = doc.replace('报道，', '报道并且在会后访问了，')
    const now = resplit(old, edited)
    const carried = carryOverResults(old, now, (key) => cache.get(key), new Map())
    const block = now.blocks[1]!
    expect([...carried.keys()]).toEqual([block.key])
    expect(words(block.key, carried.get(block.key)!)).toEqual(['王海燕/PER', '杭州/LOC', '浙江大学/ORG', '李红梅/PER'])
    // A second edit before the first's result: carried on from what the block carried.
    const again = resplit(now, edited.replace('会后', '会后立即'))
    const next = carryOverResults(now, again, (key) => cache.get(key), carried)
    expect(words(again.blocks[1]!.key, next.get(again.blocks[1]!.key)!)).toEqual(['王海燕/PER', '杭州/LOC', '浙江大学/ORG', '李红梅/PER'])
    expect(next.size).toBe(1) // the superseded version is not kept
    // An edit in another paragraph keeps what the pending one carries.
    const third = resplit(again, again.doc.replace('李红梅说', '李红梅说了'))
    const after = carryOverResults(again, third, (key) => cache.get(key), next)
    expect(after.get(third.blocks[1]!.key)).toBe(next.get(again.blocks[1]!.key))
    expect(words(third.blocks[2]!.key, after.get(third.blocks[2]!.key)!)).toEqual(['李红梅/PER'])
  })
})

// The engine stand-in answers after `delayMs`, tagging with the dictionary.
function slowEngine(delayMs: number) {
  const analyzeMany = (texts: readonly string[], opts: { signal?: AbortSignal; onProgress?: (p: { textIndex: number; charsDone: number; entities: Entity[] }) => void } = {}) =>
    new Promise<Entity[][]>((resolve, reject) => {
      const timer = setTimeout(() => {
        let charsDone = 0
        resolve(texts.map((text, textIndex) => {
          const found = tag(text)
          charsDone += text.length
          opts.onProgress?.({ textIndex, charsDone, entities: found })
          return found
        }))
      }, delayMs)
      opts.signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(Object.assign(new Error('aborted'), { code: 'ABORTED' }))
      })
    })
  return { analyzeMany, helperLanes: () => [], modelUrl: ref('models/news/'), modelGeneration: ref(0), phase: ref('ready') } as unknown as NerEngine
}

describe('useLiveAnalysis while an edited paragraph waits for its result', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('shows its names outside the edit meanwhile, and offers no export until the result is in', async () => {
    const scope = effectScope()
    const text = ref('')
    const live = scope.run(() => useLiveAnalysis(text, slowEngine(300)))!
    text.value = '记者王海燕在杭州报道，浙江大学的李红梅教授发言。'
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 400)
    expect(live.entities.value).toHaveLength(4)
    text.value = text.value.replace('报道，', '报道并且，')
    await nextTick()
    for (let waited = 0; waited < TYPING_DEBOUNCE_MS + 250; waited += 50) {
      expect(words(live.text.value, live.entities.value)).toEqual(['王海燕/PER', '杭州/LOC', '浙江大学/ORG', '李红梅/PER'])
      expect(live.rendered.value[0]!.entities).toHaveLength(4)
      expect(stillAnalysing(live.runState.value, live.coverage.value)).toBe(true) // exports wait for the real result
      await vi.advanceTimersByTimeAsync(50)
    }
    await vi.advanceTimersByTimeAsync(200)
    expect(live.runState.value).toBe('done')
    expect(stillAnalysing(live.runState.value, live.coverage.value)).toBe(false)
    expect(words(live.text.value, live.entities.value)).toEqual(['王海燕/PER', '杭州/LOC', '浙江大学/ORG', '李红梅/PER'])
    // A run stopped: nothing is on its way, so nothing is carried over (the panels then offer what is shown).
    text.value = text.value.replace('并且', '而且')
    await nextTick()
    expect(live.entities.value).toHaveLength(4)
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 50)
    expect(live.runState.value).toBe('running')
    live.cancel()
    await vi.advanceTimersByTimeAsync(0)
    expect(live.runState.value).toBe('cancelled')
    expect(live.entities.value).toEqual([])
    expect(live.rendered.value[0]!.entities).toEqual([])
    scope.stop()
  })
})
