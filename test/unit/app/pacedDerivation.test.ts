import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { CHEAP_MS, usePacedDerivation } from '../../../src/composables/usePacedDerivation'

// The derivation's cost is simulated: a manual clock that `derive` advances by `costMs`, read through
// performance.now, with fake timers advanced in step with it.
let clock = 0
beforeEach(() => {
  clock = 0
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  vi.spyOn(performance, 'now').mockImplementation(() => clock)
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function advance(ms: number): void {
  clock += ms
  vi.advanceTimersByTime(ms)
}

function setup(costMs: number) {
  const scope = effectScope()
  const input = ref(0)
  const streaming = ref(false)
  let derivations = 0
  const paced = scope.run(() =>
    usePacedDerivation(
      [input],
      (value) => {
        derivations++
        clock += costMs
        return value * 10
      },
      () => streaming.value,
    ),
  )!
  return { input, streaming, paced, derivations: () => derivations, stop: () => scope.stop() }
}

describe('usePacedDerivation', () => {
  it('follows every change at once while deriving is cheap', async () => {
    const { input, paced, derivations } = setup(CHEAP_MS - 1)
    for (let i = 1; i <= 5; i++) {
      input.value = i
      await nextTick()
      expect(paced.value.value).toBe(i * 10)
    }
    expect(derivations()).toBe(6)
  })

  it('follows a costly derivation at most a fifth of the time while the user edits, and once per interval', async () => {
    const { input, paced, derivations } = setup(40)
    // 40 ms per derivation: at most every 200 ms.
    input.value = 1
    await nextTick()
    expect(paced.value.value).toBe(0)
    advance(100)
    input.value = 2
    await nextTick()
    advance(99)
    expect(paced.value.value).toBe(0)
    advance(1)
    expect(paced.value.value).toBe(20)
    expect(derivations()).toBe(2)
  })

  it('follows at most once a second while a run streams results in, and catches up at once when it ends', async () => {
    const { input, streaming, paced } = setup(40)
    streaming.value = true
    input.value = 1
    await nextTick()
    advance(999)
    expect(paced.value.value).toBe(0)
    advance(1)
    expect(paced.value.value).toBe(10)
    input.value = 2
    await nextTick()
    advance(100)
    // The last results and the end of the run arrive in one update.
    input.value = 3
    streaming.value = false
    await nextTick()
    expect(paced.value.value).toBe(30)
  })

  it('catches up when the run ends after its last results were already waiting', async () => {
    const { input, streaming, paced } = setup(40)
    streaming.value = true
    input.value = 1
    await nextTick()
    streaming.value = false
    await nextTick()
    expect(paced.value.value).toBe(10)
  })

  it('gives the value as of the inputs now to whoever acts on it', async () => {
    const { input, paced, derivations } = setup(40)
    input.value = 7
    await nextTick()
    expect(paced.value.value).toBe(0)
    expect(paced.current()).toBe(70)
    expect(paced.value.value).toBe(70)
    const before = derivations()
    expect(paced.current()).toBe(70) // not derived again when nothing changed
    expect(derivations()).toBe(before)
    advance(1000)
    expect(derivations()).toBe(before) // the pending timer was dropped
  })

  it('leaves no timer behind when its scope ends', async () => {
    const { input, paced, stop, derivations } = setup(40)
    input.value = 1
    await nextTick()
    stop()
    advance(1000)
    expect(derivations()).toBe(1)
    expect(paced.value.value).toBe(0)
  })
})
