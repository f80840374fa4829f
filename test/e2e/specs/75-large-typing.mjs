// Typing in a 400,000-character document (QA): the model runs in its worker, but each keystroke re-split the
// whole text, rebuilt the view's thousands of lines and the entity panel's names and pairs on the main
// thread, some 300 ms of JavaScript per key. The page's own JavaScript per keystroke is measured here with
// the DevTools profiler (what the browser itself spends on the textarea and the page's layout is left out:
// a bare 400,000-character textarea costs some 25 ms a key on the 2-core test machine).
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, waitForModelReady, waitForRunState } from '../helpers.mjs'

const SIZE = 400_000
const KEYS = 'abcdefgh'
/** After each key: the view follows after SETTLE_MS, the paragraph is read after the typing debounce. */
const AFTER_KEY_MS = 1200

/** The long sample (100,000 characters) numbered anew until `size`: no two paragraphs alike. */
async function largeText(page, size) {
  await page.click('[data-testid=sample-long]')
  const lines = (await page.inputValue(SELECTORS.editor)).split('\n').filter((line) => line.trim())
  const out = []
  let length = 0
  for (let copy = 1; length < size; copy++) {
    for (const line of lines) {
      const part = `[${copy}]${line}\n`
      out.push(part)
      length += part.length
      if (length >= size) break
    }
  }
  return out.join('').slice(0, size)
}

/** Milliseconds of the page's JavaScript (garbage collection included) in a CPU profile. */
function scriptMs(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  let ms = 0
  profile.samples.forEach((id, i) => {
    const name = byId.get(id).callFrame.functionName
    if (name !== '(idle)' && name !== '(program)' && name !== '(root)') ms += (profile.timeDeltas[i + 1] ?? 0) / 1000
  })
  return ms
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

test('a keystroke at the end of a 400,000-character document costs the page tens of milliseconds of script', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const text = await largeText(page, SIZE)
  // Pasted, as QA did (typing 400,000 characters through the test driver takes minutes).
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Control+V')
  await page.waitForFunction(([selector, n]) => document.querySelector(selector).value.length === n, [SELECTORS.editor, SIZE], { polling: 100 })
  await waitForRunState(page, 'done', 300_000)
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('Control+End')
  await page.waitForTimeout(AFTER_KEY_MS)

  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  const perKey = []
  const pressMs = []
  for (const key of KEYS) {
    await cdp.send('Profiler.start')
    const started = Date.now()
    await page.keyboard.press(key)
    pressMs.push(Date.now() - started)
    await page.waitForTimeout(AFTER_KEY_MS)
    const { profile } = await cdp.send('Profiler.stop')
    perKey.push(Math.round(scriptMs(profile)))
  }
  await cdp.detach()
  console.log(`    ${SIZE.toLocaleString('en')} characters, script per keystroke (ms): ${perKey.join(' ')}; median ${median(perKey)}; key press round trip median ${median(pressMs)} ms`)
  assert.ok((await page.inputValue(SELECTORS.editor)).endsWith(KEYS), 'every key reached the editor')
  // The view and the panels follow the text: the last paragraph, typed in, is shown as it is now.
  await waitForRunState(page, 'done', 60_000)
  await page.waitForFunction(([selector, keys]) => document.querySelector(selector).textContent.endsWith(keys), [SELECTORS.view, KEYS])
  // Off-screen text skips layout by chunks of lines, not line by line: an element observed for visibility per
  // line made some 18,000 in a 500,000-character document, seconds of the browser's intersection checks and
  // scrolling at 16 frames a second (QA). Each line stays its own block, and the view's text is the document's.
  const layout = await page.evaluate((selector) => {
    const root = document.querySelector(`${selector} [lang=zh]`)
    const lines = [...root.querySelectorAll('.view-line')]
    const skipped = [...root.children, ...lines].filter((el) => getComputedStyle(el).contentVisibility === 'auto')
    return {
      lines: lines.length,
      skipped: skipped.length,
      skippedLines: lines.filter((el) => getComputedStyle(el).contentVisibility === 'auto').length,
      lineBlocks: lines.every((el) => getComputedStyle(el).display === 'block'),
      text: root.textContent,
    }
  }, SELECTORS.view)
  const editorText = await page.inputValue(SELECTORS.editor)
  assert.ok(layout.lines > editorText.split('\n').length / 2, `${layout.lines} view lines`)
  assert.ok(layout.lineBlocks, 'each line is a block of its own')
  assert.equal(layout.skippedLines, 0, 'lines are not skipped one by one')
  assert.ok(layout.skipped > 1 && layout.skipped <= Math.ceil(layout.lines / 64), `${layout.skipped} elements skip layout for ${layout.lines} lines`)
  assert.equal(layout.text, editorText, "the view's text is the document's")
  // Before the fix: a median of about 250-300 ms on the 2-core test machine. After it, the same code measures 67-127 ms
  // from run to run on these shared machines (2026-12-07: 89 and 94 alone, for d0b7141 and 503a49e alike, 127 inside
  // a full CI run), so the bound sits between the two: 160 ms still fails the slow path, not a slow afternoon.
  assert.ok(median(perKey) < 160, `a keystroke cost ${median(perKey)} ms of script (median of ${perKey.join(', ')})`)
  await context.close()
}, { timeoutMs: 420_000 })
