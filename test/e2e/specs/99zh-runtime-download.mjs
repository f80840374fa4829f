// A first visit downloads onnxruntime's WASM (14.8 MB) beside the model (11.8 MB). The model's bytes were all the
// page counted: once they were in, the bar stood full on "Starting the model…" while the bigger runtime went on
// downloading, up to 31 s on a 1.5 Mbps line (first-visit QA). Now the box above the view and the Model tab show the
// runtime's own bytes and percent while the session waits for it, then the model starts.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

test('first visit: a runtime still downloading after the model shows its own MB and percent, then the model starts', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  // The runtime slowly (about 6 s: 250 KB per 100 ms), the model at full speed: it ends well before.
  ctx.server.state.slow = { pattern: /\.wasm$/, bytesPer100ms: 250_000 }
  try {
    const page = await openApp(ctx, context)
    const paneLine = '[data-testid=analysis-progress] [data-testid=load-phase]'
    const pattern = /^正在下载分析引擎（(\d+(?:\.\d)?) MB\s\/\s(\d+(?:\.\d)?) MB，(\d+)%），只在首次使用时下载一次$/u
    const seen = []
    const started = Date.now()
    while (Date.now() - started < 60_000) {
      const text = (await page.locator(paneLine).textContent({ timeout: 1_000 }).catch(() => null))?.trim() ?? ''
      const match = pattern.exec(text)
      if (match) seen.push({ loaded: Number(match[1]), total: Number(match[2]), percent: Number(match[3]) })
      if (seen.length >= 2 && seen.at(-1).percent >= seen[0].percent + 10) break
      if (await page.locator('[data-testid=backend]').filter({ hasText: 'WASM' }).count()) break
      await page.waitForTimeout(150)
    }
    console.log(`    runtime progress above the view: ${seen.map((s) => `${s.percent}%`).filter((p, i, all) => p !== all[i - 1]).join(' → ')}`)
    assert.ok(seen.length >= 2, 'the runtime\'s download was shown above the view')
    assert.ok(seen.every((s) => s.total === 14.8), `its size is the runtime's 14.8 MB (saw ${seen[0]?.total})`)
    assert.ok(seen.at(-1).percent > seen[0].percent, 'its percent moved')
    // The bar follows the runtime's bytes, not a full model bar.
    const bar = await page.locator('[data-testid=analysis-progress] [data-testid=load-progress]').evaluate((el) => ({ value: el.value, max: el.max }))
    assert.ok(bar.max > 14e6 && bar.value < bar.max, `the bar counts the runtime (${bar.value} of ${bar.max})`)
    // The status line says what downloads too (it said "downloading the model, 100%" meanwhile).
    await page.locator('[data-testid=worker-download]').filter({ hasText: /正在下载分析引擎，\d+%/u }).waitFor({ timeout: 10_000 })
    await screenshot(ctx, page, '99zh-runtime-download-pane')
    await openTab(page, 'model')
    await page.locator('[data-testid=model-manager] [data-testid=load-phase]').filter({ hasText: /^正在下载分析引擎（onnxruntime）：/u }).waitFor({ timeout: 30_000 })
    await waitForModelReady(page)
    await setTextAndWait(page, '王小明在上海工作。')
    assert.equal(await page.locator('[data-testid=analysis-progress] [data-testid=load-phase]').count(), 0, 'no load line once ready')
  } finally {
    ctx.server.state.slow = null
    await context.close()
  }
})

test('a runtime download cut off half-way does not leave its percent standing: the page goes on to start the model', async (ctx) => {
  // Re-check QA: the first .wasm response dropped after 5 MB; onnxruntime downloaded it again itself, uncounted, and
  // the page said 正在下载分析引擎（5 MB / 14.8 MB，33%） for the 8 s that took.
  const { context } = await newRecordedContext(ctx)
  // Cut at 6 MB of 14.8, at 400 KB per 100 ms: the model (full speed) is in by then, and the session waits for it.
  ctx.server.state.cut = { pattern: /\.wasm$/, afterBytes: 6_000_000, times: 1 }
  ctx.server.state.slow = { pattern: /\.wasm$/, bytesPer100ms: 400_000 }
  const paneLine = '[data-testid=analysis-progress] [data-testid=load-phase]'
  try {
    const page = await openApp(ctx, context)
    // Samples of the line above the view, from the cut until the model is ready.
    const after = []
    const started = Date.now()
    while (Date.now() - started < 60_000) {
      if (await page.locator('[data-testid=backend]').filter({ hasText: 'WASM' }).count()) break
      const cutAt = ctx.server.state.cut.cutAt
      const text = (await page.locator(paneLine).textContent({ timeout: 1_000 }).catch(() => null))?.trim() ?? ''
      if (cutAt) after.push({ at: Date.now() - cutAt, text })
      await page.waitForTimeout(100)
    }
    await waitForModelReady(page)
    assert.ok(ctx.server.state.cut.cutAt, 'the runtime\'s download was cut off')
    const frozen = after.filter((s) => s.at > 2_000 && /^正在下载分析引擎/u.test(s.text))
    console.log(`    after the cut: ${after.length} samples, ${frozen.length} still on the cut download's count after 2 s (${[...new Set(after.map((s) => s.text))].join(' | ')})`)
    assert.deepEqual(frozen.map((s) => s.text), [], 'no count of the cut download stands more than 2 s after the cut')
    await setTextAndWait(page, '王小明在上海工作。')
  } finally {
    ctx.server.state.cut = null
    ctx.server.state.slow = null
    await context.close()
  }
})
