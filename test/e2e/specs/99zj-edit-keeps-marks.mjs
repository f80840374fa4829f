// An edited paragraph lost all its highlights after every word typed until its new result came (ime QA 52: in a
// 588-character paragraph with 72 names, 72 → 0 for 219-428 ms after each word; off 35 % of a 10 s typing session),
// and without their type labels the paragraph was shorter, so everything below it jumped up and back. Now, while
// its result is on its way, the names its earlier version showed where the edit left it unchanged stay shown; the
// exports still wait for the real result.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const UNIT = '记者王海燕报道：在杭州市召开的会议上，阿里巴巴集团代表张建军与浙江大学的李红梅教授交流了合作计划。'
const PARAGRAPH = UNIT.repeat(3)
const TEXT = `标题：会议纪要\n${PARAGRAPH}\n结尾：散会。`

test('typing in the middle of a paragraph keeps its names highlighted until its new result replaces them', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, TEXT)
  // The marks of the edited paragraph (its view line), and the top of the paragraph below it.
  const measure = () => page.evaluate(() => {
    const lines = [...document.querySelectorAll('[data-testid=highlight-view] .view-line')]
    const line = lines.find((l) => l.textContent.includes('记者'))
    const below = lines.find((l) => l.textContent.includes('结尾'))
    return { marks: line?.querySelectorAll('mark').length ?? -1, below: below?.getBoundingClientRect().top ?? -1 }
  })
  await openTab(page, 'export') // its Print button says whether an export is offered
  const settled = await measure()
  console.log(`    settled: ${settled.marks} marks in the paragraph`)
  assert.ok(settled.marks >= 6, `the paragraph's names are marked before the edit (${settled.marks})`)

  // The caret after the second sentence's 。 (no name touches the edit), then words typed as a fast typist does.
  const at = '标题：会议纪要\n'.length + UNIT.length
  await page.evaluate(([selector, p]) => {
    const editor = document.querySelector(selector)
    editor.focus()
    editor.setSelectionRange(p, p)
  }, [SELECTORS.editor, at])
  const completedRuns = () => page.getAttribute(SELECTORS.progress, 'data-completed-runs').then(Number)
  // Sampled in the page every 20 ms (and at every frame) from the first word until the last one's result is in.
  await page.evaluate(() => {
    window.__marks = []
    window.__sampling = true
    const sample = () => {
      const lines = [...document.querySelectorAll('[data-testid=highlight-view] .view-line')]
      const line = lines.find((l) => l.textContent.includes('记者'))
      const below = lines.find((l) => l.textContent.includes('结尾'))
      window.__marks.push({ n: line?.querySelectorAll('mark').length ?? 0, below: below?.getBoundingClientRect().top ?? -1 })
    }
    const timer = setInterval(() => (window.__sampling ? sample() : clearInterval(timer)), 20)
    const frame = () => {
      if (!window.__sampling) return
      sample()
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  let before = 0
  /** Per word, the frame after it: whether an export was offered (what is shown meanwhile must not be handed out). */
  const offeredAfterWord = []
  for (const word of ['并且', '在会后', '访问了', '深圳']) {
    before = await completedRuns()
    await page.keyboard.insertText(word) // as an input method commits a word
    offeredAfterWord.push(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(!document.querySelector('[data-testid=print]').disabled)))))
    await page.waitForTimeout(350) // past the typing pause: each word's run starts before the next word
  }
  await page.waitForFunction(([selector, runs]) => {
    const el = document.querySelector(selector)
    return el.getAttribute('data-run-state') === 'done' && Number(el.getAttribute('data-completed-runs')) > runs
  }, [SELECTORS.progress, before], { timeout: 60_000, polling: 20 })
  const samples = await page.evaluate(() => {
    window.__sampling = false
    return window.__marks
  })
  const least = Math.min(...samples.map((s) => s.n))
  const zero = samples.filter((s) => s.n === 0).length
  const tops = [...new Set(samples.map((s) => Math.round(s.below)))]
  console.log(`    ${samples.length} samples from the first word to the last one's result: fewest marks ${least} (${zero} samples with none), the paragraph below at ${tops.join(', ')} px`)
  assert.ok(samples.length >= 20, `sampled while the edit waited for its result (${samples.length})`)
  assert.ok(least >= settled.marks, `the paragraph kept its ${settled.marks} names outside the edit while its result was on its way (fewest ${least}, ${zero} samples with none)`)
  assert.deepEqual(tops.filter((top) => top < Math.round(settled.below) - 2), [], 'the paragraph below never jumped up')
  assert.deepEqual(offeredAfterWord, [false, false, false, false], 'no export offered while a word waited for its result')
  assert.equal(await page.locator('[data-testid=print]').isDisabled(), false, 'the export is offered once the result is in')
  // The result replaces them: the names of the edited text, the typed words in it.
  const value = await page.inputValue(SELECTORS.editor)
  assert.ok(value.includes('并且在会后访问了深圳'), 'the words went where the caret was')
  const after = await measure()
  assert.ok(after.marks >= settled.marks, `the new result marks the paragraph (${after.marks})`)
  assert.deepEqual(page.events.pageErrors, [])
})
