// Every fold of the page is a DisclosureButton: a button that says whether it is open (aria-expanded) and which
// region it shows (aria-controls), that region shown and hidden with it. The Export tab's preview toggle had no
// aria-controls (code-health review): a screen reader could not go from it to the preview.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

/** Opens and closes the fold `toggle` (a test id), checking that it names and shows the region of test id `region`. */
async function checkFold(page, toggle, region) {
  const button = page.locator(`[data-testid=${toggle}]`)
  assert.equal(await button.getAttribute('aria-expanded'), 'false', `${toggle} starts folded`)
  const controls = await button.getAttribute('aria-controls')
  assert.ok(controls, `${toggle} names the region it shows`)
  await button.click()
  assert.equal(await button.getAttribute('aria-expanded'), 'true', `${toggle} open`)
  const shown = page.locator(`[id="${controls}"]`)
  assert.equal(await shown.getAttribute('data-testid'), region, `${toggle} controls ${region}`)
  assert.ok(await shown.isVisible(), `${region} shown`)
  await button.press('Enter')
  assert.equal(await button.getAttribute('aria-expanded'), 'false', `${toggle} folded again by keyboard`)
  assert.equal(await page.locator(`[id="${controls}"]:visible`).count(), 0, `${region} hidden again`)
}

test('each fold names the region it opens (aria-controls) and opens and closes it', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { colorScheme: 'light' })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, '王小明在南京的一家银行上班。')
  await checkFold(page, 'status-details', 'status-details-items')
  await openTab(page, 'model')
  await checkFold(page, 'model-details-toggle', 'model-details')
  await openTab(page, 'export')
  await checkFold(page, 'export-preview-toggle', 'export-preview')
  await openTab(page, 'redact')
  await checkFold(page, 'patterns-help-toggle', 'patterns-help')
  if (ctx.realModel) await checkFold(page, 'threshold-help-toggle', 'threshold-help-text')
  await context.close()
})
