import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { stableChunks } from '../../../src/app/stableChunks'
import { throttledWhile } from '../../../src/app/throttledWhile'

describe('stableChunks (the Batch tab list, re-rendered per chunk)', () => {
  it('keeps every chunk but the changed one, whatever the length: a row finished re-renders one chunk', () => {
    for (const n of [100, 5_000]) {
      const chunk = stableChunks<{ i: number }>(50)
      const items = Array.from({ length: n }, (_, i) => ({ i }))
      const before = chunk(items)
      const changed = items.map((item, i) => (i === 77 ? { i } : item))
      const after = chunk(changed)
      const renewed = after.filter((c, k) => c !== before[k])
      expect(renewed).toEqual([changed.slice(50, 100)])
      expect(after.flat()).toEqual(changed)
      expect(chunk(changed)).toEqual(after)
      expect(chunk(changed).every((c, k) => c === after[k])).toBe(true)
    }
  })

  it('cuts a list that grew or shrank, its last chunk short', () => {
    const chunk = stableChunks<number>(3)
    expect(chunk([1, 2, 3, 4])).toEqual([[1, 2, 3], [4]])
    const grown = chunk([1, 2, 3, 4, 5])
    expect(grown).toEqual([[1, 2, 3], [4, 5]])
    expect(chunk([1])).toEqual([[1]])
    expect(chunk([])).toEqual([])
  })
})

describe('throttledWhile (the Batch tab totals)', () => {
  it('while busy, takes the source at most once per interval, and its last value at the end; idle, at once', async () => {
    vi.useFakeTimers()
    try {
      const scope = effectScope()
      const source = shallowRef(0)
      const busy = shallowRef(true)
      const value = scope.run(() => throttledWhile(() => source.value, () => busy.value, 250))!
      // 1,000 ticks within 100 ms: the value read each time changes at most twice (the first at once, the last after the wait).
      const readings = new Set<number>()
      for (let i = 1; i <= 1_000; i++) {
        source.value = i
        await nextTick()
        readings.add(value.value)
      }
      expect([...readings]).toEqual([1])
      vi.advanceTimersByTime(250)
      expect(value.value).toBe(1_000)
      busy.value = false
      source.value = 1_001
      expect(value.value).toBe(1_001)
      scope.stop()
    } finally {
      vi.useRealTimers()
    }
  })
})
