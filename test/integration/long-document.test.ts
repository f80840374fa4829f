// A 1,000,000-character document finishes, with memory bounded by the result rather than the text
// (windows are streamed: no per-character arrays for the whole document).
import { describe, expect, it } from 'vitest'
import { hasModel, TINY_MODEL_DIR, useNodeModel, warnMissing } from '../unit/support/models'

warnMissing(TINY_MODEL_DIR, '1,000,000-character document test')

describe.runIf(hasModel(TINY_MODEL_DIR))('a 1,000,000-character document', () => {
  const model = useNodeModel(TINY_MODEL_DIR)

  it('streams window by window to the end, with bounded memory', async () => {
    const paragraph = '新华社北京电，张伟和王芳去了杭州西湖。记者在上海报道😀，联合国秘书长古特雷斯表示欢迎！\r\n'
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)).slice(0, 1_000_000)
    global.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    let peakHeap = heapBefore
    let windowsDone = 0
    let windowsTotal = 0
    let streamed = 0
    const entities = await model().model.analyze(text, {
      onProgress: (p) => {
        windowsDone = p.windowsDone
        windowsTotal = p.windowsTotal
        streamed += p.entities.length
        if (p.windowsDone % 200 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
      },
    })
    expect(windowsDone).toBe(windowsTotal)
    expect(windowsTotal).toBeGreaterThan(1_000_000 / 256)
    expect(streamed).toBe(entities.length)
    expect(entities.length).toBeGreaterThan(10_000)
    const last = entities.at(-1)!
    expect(last.end).toBeGreaterThan(990_000)
    expect(text.slice(last.start, last.end)).toBe(last.text)
    // The result itself costs ~150-250 bytes per entity; everything else must stay small: 250 bytes per
    // entity plus 48 MB of slack (garbage not yet collected). Holding one small object per character
    // of the text (~100 bytes each, 100 MB here) would not fit.
    const growthMb = (peakHeap - heapBefore) / 2 ** 20
    console.log(`1M chars: ${windowsTotal} windows, ${entities.length} entities, heap growth ${growthMb.toFixed(0)} MB`)
    expect(peakHeap - heapBefore).toBeLessThan(entities.length * 250 + 48 * 2 ** 20)
  }, 300_000)
})
