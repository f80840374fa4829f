import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref, watch, type Ref } from 'vue'
import type { Entity } from '../../../src/engine'
import { SETTLE_FROM_CHARS, SETTLE_MS, TYPING_DEBOUNCE_MS, useLiveAnalysis } from '../../../src/composables/useLiveAnalysis'
import { coversNothing, MAX_LIVE_CHARS, stillAnalysing } from '../../../src/app/coverage'
import type { NerEngine } from '../../../src/composables/useNerEngine'
import { parseLexicon, type UserLexicon } from '../../../src/app/userLexicon'

// An engine stand-in that tags 北京 as LOC after a delay and honours AbortSignal like the real client:
// these tests are about debouncing, superseding and cancelling, not about the model. Its "model" folder
// can be switched: under fine/ it tags 北京 as GOV, so a test can tell which model produced what is shown.
function slowEngine(delayMs: number) {
  const calls: string[] = [] // one entry per engine call: its texts joined by '|'
  const modelUrl = ref('models/news/')
  // As useNerEngine: every worker replacement (a switch, or a reload after an update) counts.
  const modelGeneration = ref(0)
  watch(modelUrl, () => modelGeneration.value++, { flush: 'sync' })
  const analyzeMany = (
    texts: readonly string[],
    opts: { signal?: AbortSignal; onProgress?: (p: { textIndex: number; charsDone: number; entities: Entity[] }) => void } = {},
  ) =>
    new Promise<Entity[][]>((resolve, reject) => {
      calls.push(texts.join('|'))
      const timer = setTimeout(() => {
        let charsDone = 0
        const results = texts.map((text, textIndex) => {
          const found: Entity[] = []
          const type = modelUrl.value === 'models/fine/' ? 'GOV' : 'LOC'
          for (let i = text.indexOf('北京'); i >= 0; i = text.indexOf('北京', i + 1)) found.push({ start: i, end: i + 2, type, text: '北京', score: 0.9 })
          charsDone += text.length
          opts.onProgress?.({ textIndex, charsDone, entities: found })
          return found
        })
        resolve(results)
      }, delayMs)
      opts.signal?.addEventListener('abort', () => {
        clearTimeout(timer)
        reject(Object.assign(new Error('aborted'), { code: 'ABORTED' }))
      })
    })
  // The model's load (useNerEngine's phase): ready unless a test says it is still downloading.
  const phase = ref<'loading' | 'ready'>('ready')
  return { engine: { analyzeMany, helperLanes: () => [], modelUrl, modelGeneration, phase } as unknown as NerEngine, calls, modelUrl, modelGeneration, phase }
}

function setup(delayMs = 50, lexicon?: Ref<UserLexicon>, patterns?: Ref<boolean>) {
  const scope = effectScope()
  const text = ref('')
  const { engine, calls, modelUrl, modelGeneration, phase } = slowEngine(delayMs)
  const live = scope.run(() => useLiveAnalysis(text, engine, lexicon, patterns))!
  return { scope, text, live, calls, modelUrl, modelGeneration, phase, engine }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useLiveAnalysis', () => {
  it('shows a short text at every key, a long one once typing pauses; a run reads the text as it is', async () => {
    const { scope, text, live } = setup(10)
    text.value = '在北京'
    expect(live.text.value).toBe('在北京')
    expect(live.blocks.value.map((b) => b.text).join('')).toBe('在北京')
    const long = '在北京开会。\n'.repeat(Math.ceil(SETTLE_FROM_CHARS / 7))
    text.value = long
    expect(live.text.value).toBe('在北京') // not yet: rebuilding the view at every key is what made typing lag
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(live.text.value).toBe(long)
    text.value = `${long}上海`
    text.value = `${long}上海。`
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 50)
    expect(live.text.value).toBe(long)
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 100) // settled, then analysed
    expect(live.text.value).toBe(`${long}上海。`)
    expect(live.runState.value).toBe('done')
    expect(live.entities.value.at(-1)!.start).toBeLessThan(live.text.value.length)
    scope.stop()
  })

  it('offers no export while a long text\'s view is behind the editor (re-check QA: the copy before the key)', async () => {
    const { scope, text, live } = setup(10)
    const long = '王海燕在北京开会。\n'.repeat(Math.ceil(SETTLE_FROM_CHARS / 9))
    text.value = long
    await vi.advanceTimersByTimeAsync(SETTLE_MS + TYPING_DEBOUNCE_MS + 100)
    expect(live.runState.value).toBe('done')
    expect(stillAnalysing(live.runState.value, live.coverage.value)).toBe(false)
    text.value = long.replace('王海燕', '') // a name deleted: the view shows it for SETTLE_MS more
    expect(live.text.value).toBe(long)
    expect(live.coverage.value.settling).toBe(true)
    expect(stillAnalysing(live.runState.value, live.coverage.value)).toBe(true)
    await vi.advanceTimersByTimeAsync(SETTLE_MS + TYPING_DEBOUNCE_MS + 100)
    expect(live.text.value).toBe(text.value)
    expect(live.coverage.value.settling).toBeUndefined()
    expect(stillAnalysing(live.runState.value, live.coverage.value)).toBe(false)
    scope.stop()
  })

  it('does not count the wait for the model\'s first download as analysis time', async () => {
    const { scope, text, live, phase } = setup(1000)
    phase.value = 'loading'
    text.value = '在北京'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 900) // the "download" ends 900 ms into the run
    phase.value = 'ready'
    await vi.advanceTimersByTimeAsync(200)
    expect(live.runState.value).toBe('done')
    expect(live.lastRun.value?.ms).toBeGreaterThanOrEqual(99)
    expect(live.lastRun.value?.ms).toBeLessThanOrEqual(101)
    scope.stop()
  })

  it('analyses the text as soon as a model that failed to load is loaded by another way (the Model tab\'s retry)', async () => {
    const { scope, text, live, calls, phase, engine } = setup(50)
    const working = engine.analyzeMany
    engine.analyzeMany = () => Promise.reject(Object.assign(new Error('download failed'), { code: 'DOWNLOAD_FAILED' }))
    ;(phase as Ref<string>).value = 'error'
    text.value = '在北京'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 100)
    expect(live.runState.value).toBe('error')
    engine.analyzeMany = working
    phase.value = 'ready' // loaded from the Model tab; this text was not touched
    await vi.advanceTimersByTimeAsync(100)
    expect(calls).toEqual(['在北京'])
    expect(live.runState.value).toBe('done')
    expect(live.runError.value).toBeNull()
    expect(live.entities.value.map((e) => e.text)).toEqual(['北京'])
    scope.stop()
  })

  it('reads the text again, at once and uncached, when the model changes, and drops a run of the old one', async () => {
    const { scope, text, live, calls, modelUrl } = setup(200)
    text.value = '在北京'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 250)
    expect(live.entities.value.map((e) => e.type)).toEqual(['LOC'])
    // Edit, and switch models while that edit's run is still in flight.
    text.value = '在北京。'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 50)
    expect(live.runState.value).toBe('running')
    modelUrl.value = 'models/fine/'
    await nextTick()
    expect(live.entities.value).toEqual([]) // nothing the old model found is shown under the new one
    await vi.advanceTimersByTimeAsync(250)
    expect(calls).toEqual(['在北京', '在北京。', '在北京。'])
    expect(live.runState.value).toBe('done')
    expect(live.entities.value.map((e) => e.type)).toEqual(['GOV'])
    scope.stop()
  })

  it('reads the text again when the same model is reloaded (a new version stored by an update)', async () => {
    const { scope, text, live, calls, modelGeneration } = setup(50)
    text.value = '在北京'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 100)
    expect(calls).toEqual(['在北京'])
    modelGeneration.value++ // reloadModel(): same folder, fresh worker
    await nextTick()
    await vi.advanceTimersByTimeAsync(100)
    expect(calls).toEqual(['在北京', '在北京']) // not served from the cache of the old version
    expect(live.runState.value).toBe('done')
    scope.stop()
  })

  it('waits for a pause in typing, then analyses the final text once', async () => {
    const { scope, text, live, calls } = setup()
    for (const t of ['北', '北京', '北京市']) {
      text.value = t
      await nextTick()
      await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS / 3)
    }
    expect(calls).toEqual([])
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 100)
    expect(calls).toEqual(['北京市'])
    expect(live.runState.value).toBe('done')
    expect(live.entities.value.map((e) => e.text)).toEqual(['北京'])
    scope.stop()
  })

  it('an edit during a run supersedes it without reporting a cancellation', async () => {
    const { scope, text, live, calls } = setup(1000)
    text.value = '北京'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 10)
    expect(live.runState.value).toBe('running')
    text.value = '北京和上海'
    await nextTick()
    await vi.advanceTimersByTimeAsync(10)
    expect(live.runState.value).not.toBe('cancelled')
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 1100)
    expect(calls).toEqual(['北京', '北京和上海'])
    expect(live.runState.value).toBe('done')
    scope.stop()
  })

  it('cancel stops the run and says so; the text is untouched', async () => {
    const { scope, text, live } = setup(1000)
    text.value = '北京'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 10)
    live.cancel()
    await vi.advanceTimersByTimeAsync(10)
    expect(live.runState.value).toBe('cancelled')
    expect(text.value).toBe('北京')
    scope.stop()
  })

  it('does not analyse or lay out a text over the live limit', async () => {
    const { scope, text, live, calls } = setup()
    text.value = '北'.repeat(MAX_LIVE_CHARS + 1)
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 10)
    expect(calls).toEqual([])
    expect(live.runState.value).toBe('error')
    expect(live.runError.value).toMatchObject({ code: 'TOO_LARGE' })
    expect(live.rendered.value).toEqual([])
    scope.stop()
  })

  it('says how much of the text its entities cover: none of a text too large or waiting for the model, part of one just edited', async () => {
    const { scope, text, live, phase } = setup(1000)
    phase.value = 'loading' // a first visit: the model is still downloading
    text.value = '我在北京。\n他在上海。'
    await nextTick()
    expect(live.coverage.value).toEqual({ analysed: 0, total: 10, tooLarge: false, soon: false })
    expect(coversNothing(live.coverage.value)).toBe(true) // a redacted copy now would be the text as it is
    phase.value = 'ready'
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 1010)
    expect(live.coverage.value).toEqual({ analysed: 10, total: 10, tooLarge: false, soon: true })
    text.value = '我在北京。\n他在上海开会。'
    await nextTick()
    expect(live.coverage.value).toEqual({ analysed: 5, total: 12, tooLarge: false, soon: true })
    expect(coversNothing(live.coverage.value)).toBe(false)
    // One paragraph, a key typed: read in a moment by the loaded model, so the panels do not blank out at
    // every keystroke (the Redact result and the Export preview did).
    text.value = '我在北京开会。'
    await nextTick()
    expect(live.coverage.value).toMatchObject({ analysed: 0, soon: true })
    expect(coversNothing(live.coverage.value)).toBe(false)
    text.value = '北'.repeat(MAX_LIVE_CHARS + 1)
    await vi.advanceTimersByTimeAsync(SETTLE_MS + TYPING_DEBOUNCE_MS + 10)
    expect(live.runState.value).toBe('error')
    expect(live.coverage.value).toEqual({ analysed: 0, total: MAX_LIVE_CHARS + 1, tooLarge: true, soon: false })
    expect(coversNothing(live.coverage.value)).toBe(true)
    text.value = ' \n'
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10)
    expect(coversNothing(live.coverage.value)).toBe(false) // nothing to read, nothing missed
    scope.stop()
  })

  it('lays the user dictionary over the results, and a dictionary edit needs no new model run', async () => {
    const types = new Map([['ORG', 'ORG'], ['LOC', 'LOC']])
    const lexicon = ref<UserLexicon>(parseLexicon('', types))
    const { scope, text, live, calls } = setup(50, lexicon)
    text.value = '腾讯在北京。\n腾讯在上海。'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 100)
    expect(live.entities.value.map((e) => e.text)).toEqual(['北京'])
    lexicon.value = parseLexicon('腾讯 ORG\n-北京', types)
    expect(live.entities.value.map((e) => [e.start, e.text, e.type])).toEqual([[0, '腾讯', 'ORG'], [7, '腾讯', 'ORG']])
    expect(live.rendered.value.map((r) => r.entities.map((e) => e.start))).toEqual([[0], [0]])
    expect(calls).toHaveLength(1)
    scope.stop()
  })

  it('lays phone numbers and the like over the results when asked, with no new model run', async () => {
    const patterns = ref(false)
    const { scope, text, live, calls } = setup(50, undefined, patterns)
    text.value = '北京办事处电话010-12345678。'
    await nextTick()
    await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS + 100)
    expect(live.entities.value.map((e) => e.type)).toEqual(['LOC'])
    patterns.value = true
    expect(live.entities.value.map((e) => [e.text, e.type])).toEqual([['北京', 'LOC'], ['010-12345678', 'PHONE']])
    patterns.value = false
    expect(live.entities.value.map((e) => e.type)).toEqual(['LOC'])
    expect(calls).toHaveLength(1)
    scope.stop()
  })
  it('shows what a run streams in at most every 150 ms, and all of it when the run ends', async () => {
    // An engine that finishes one text every 10 ms, with a progress message each time.
    const { engine } = slowEngine(0)
    engine.analyzeMany = (texts, opts = {}) =>
      new Promise((resolve, reject) => {
        const charsTotal = texts.reduce((sum, t) => sum + t.length, 0)
        let charsDone = 0
        let index = 0
        const results: Entity[][] = []
        const timer = setInterval(() => {
          charsDone += texts[index]!.length
          results.push([])
          opts.onProgress?.({ textIndex: index, charsDone, charsTotal, windowsDone: index + 1, windowsTotal: texts.length, entities: [] })
          if (++index === texts.length) {
            clearInterval(timer)
            resolve(results)
          }
        }, 10)
        opts.signal?.addEventListener('abort', () => {
          clearInterval(timer)
          reject(Object.assign(new Error('aborted'), { code: 'ABORTED' }))
        })
      })
    const scope = effectScope()
    const text = ref('')
    const live = scope.run(() => useLiveAnalysis(text, engine))!
    const shown: number[] = []
    scope.run(() => watch(live.progress, (p) => shown.push(p?.charsDone ?? 0), { flush: 'sync' }))
    // 60 paragraphs of one sentence: 60 texts, 600 ms of "analysis".
    text.value = Array.from({ length: 60 }, (_, i) => `第${i}段在北京。`).join('\n')
    await vi.advanceTimersByTimeAsync(SETTLE_MS + TYPING_DEBOUNCE_MS + 700)
    expect(live.runState.value).toBe('done')
    expect(shown.length).toBeGreaterThanOrEqual(3) // it moved while running
    expect(shown.length).toBeLessThanOrEqual(6) // not 60 times
    expect(shown.at(-1)).toBe(live.progress.value!.charsTotal)
    scope.stop()
  })
})
