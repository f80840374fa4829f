// An automated accessibility audit (axe-core, its default rule set: WCAG 2.x A/AA plus best practices)
// of the states a user spends time in: the page before any text, and a finished analysis with each of
// the four side panels open, in both themes, both languages, and at phone width.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { analysisAfter, axeViolations, newRecordedContext, openApp, openTab, waitForModelReady } from '../helpers.mjs'

const PANELS = ['entities', 'export', 'redact', 'batch', 'lexicon', 'model']

async function auditAnalysedPage(ctx, { locale, light = false, viewport }) {
  // Reduced motion turns the 0.15 s colour transitions off: axe must see the colours at rest, not halfway
  // through the theme switch (it once caught the language button mid-fade below 4.5:1).
  const { context } = await newRecordedContext(ctx, { locale, reducedMotion: 'reduce', ...(viewport ? { viewport } : {}) })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  if (light) await page.click('[data-testid=theme-toggle]')
  const found = {}
  const before = await axeViolations(page)
  if (before.length) found['no text yet'] = before
  await analysisAfter(page, () => page.click('[data-testid=sample-news]'))
  for (const panel of PANELS) {
    await openTab(page, panel)
    if (panel === 'batch') {
      // audited with its list filled: a file done (its counts) and one refused (its reason)
      await page.setInputFiles('[data-testid=batch-files]', [
        { name: '新闻.txt', mimeType: 'text/plain', buffer: Buffer.from('国务院总理李强在人民大会堂会见了法国总统马克龙。') },
        { name: 'slides.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') },
      ])
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-list] li[data-status=done], [data-testid=batch-list] li[data-status=failed]').length === 2)
    }
    const violations = await axeViolations(page)
    if (violations.length) found[panel] = violations
  }
  await context.close()
  return found
}

test('accessibility audit: dark theme, Chinese, every panel', async (ctx) => {
  assert.deepEqual(await auditAnalysedPage(ctx, { locale: 'zh-CN' }), {})
})

test('accessibility audit: light theme, English, every panel', async (ctx) => {
  assert.deepEqual(await auditAnalysedPage(ctx, { locale: 'en-US', light: true }), {})
})

test('accessibility audit: phone width, Traditional Chinese', async (ctx) => {
  const viewport = { width: 390, height: 844 }
  assert.deepEqual(await auditAnalysedPage(ctx, { locale: 'zh-TW', viewport }), {})
})
