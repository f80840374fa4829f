// Batch tab, its redacted copies' red lines as the Redact tab's (4709cd3, 7c5b739): the line of the names under the
// confidence threshold said "1 name" without saying it was a place (a whole home address, PII QA), and neither line
// had the Redact tab's button to the switch it asks for (on a phone the switches are off screen above it). Now the
// line names the types as the Redact tab's does, and each line's button brings its switch, the Batch tab's own
// copy, into sight and focuses it, by click or by keyboard.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { axeViolations, newRecordedContext, openApp, openTab, screenshot, setThreshold, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

/** Two small files: a home address, and a phone number the rules would find. */
const FILES = [['病历.txt', '病人家住杭州市西湖区文三路。\n'], ['联系.txt', '联系电话13912345678。\n']]

test('on a phone, the Batch tab\'s red lines name the types under the threshold, and their buttons focus their switches', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setThreshold(page, 1)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', FILES.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })))
  await waitForBatchDone(page, FILES.length)

  const panel = '[data-testid=batch-panel]'
  const names = page.locator(`${panel} [data-testid=batch-uncertain-left]`)
  const numbers = page.locator(`${panel} [data-testid=batch-patterns-left]`)
  // The types in brackets after the count, as the Redact tab's line (spec 90): the address is a place.
  assert.match((await names.textContent()).trim(), /^文件中有 \d+ 个名称（[^）]*地名[^）]*）低于置信度\u00a01\.00，副本中不会替换/u)
  assert.match((await numbers.textContent()).trim(), /^文件中有 1 处像电话号码/u)

  const inSight = (selector) => page.locator(selector).evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight })
  const focusedId = () => page.evaluate(() => document.activeElement?.dataset.testid)
  // A tap on one, Enter on the other: either way focus moves to the Batch tab's switch, which is brought into sight
  // and shows its focus.
  for (const [button, box, how] of [['batch-go-to-uncertain', 'batch-redact-uncertain', 'tap'], ['batch-go-to-patterns', 'batch-find-patterns', 'keyboard']]) {
    const go = page.locator(`${panel} [data-testid=${button}]`)
    assert.equal((await go.textContent()).trim(), '转到该选项', 'the Redact tab\'s words')
    // A button named by its text, right after its line (read after it), not inside it.
    assert.equal(await go.evaluate((el) => el.tagName + (el.getAttribute('type') ?? '')), 'BUTTONbutton')
    assert.ok(await go.evaluate((el, id) => el.previousElementSibling?.dataset.testid === id, button === 'batch-go-to-uncertain' ? 'batch-uncertain-left' : 'batch-patterns-left'))
    await go.scrollIntoViewIfNeeded()
    await page.evaluate(() => scrollBy(0, innerHeight)) // the switch off screen, as on a phone under a long list
    if (how === 'tap') {
      await go.scrollIntoViewIfNeeded()
      await go.tap()
    } else {
      await go.focus()
      await page.keyboard.press('Enter')
    }
    await page.waitForFunction((b) => document.activeElement?.dataset.testid === b, box, { timeout: 2_000 })
    assert.equal(await focusedId(), box)
    assert.ok(await inSight(`${panel} [data-testid=${box}]`), `${box} in sight`)
    assert.ok(await page.locator(`${panel} [data-testid=${box}]`).evaluate((el) => el.matches(':focus-visible')), `${box} shows its focus`)
  }
  // Space ticks the focused switch: the line goes.
  await page.keyboard.press('Space')
  assert.equal(await numbers.count(), 0, 'the rules on: no number left')
  await screenshot(ctx, page, '99b-batch-go-to-switch')
  assert.deepEqual(await axeViolations(page), [])

  // In English, the same words as the Redact tab's: the type in brackets, "Go to the box".
  await page.click('[data-locale=en]')
  assert.match((await names.textContent()).trim(), /^(One name|\d+ names) in the files \([^)]*Place[^)]*\) scores? under the confidence threshold\u00a01\.00/u)
  assert.equal((await page.locator(`${panel} [data-testid=batch-go-to-uncertain]`).textContent()).trim(), 'Go to the box')
  await context.close()
}, { timeoutMs: 180_000 })
