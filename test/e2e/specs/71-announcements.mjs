// What a screen reader hears: every change of a live region's text is recorded in the page (a MutationObserver
// installed before the app's scripts), as a screen reader would announce it. The model's download, a pause in
// typing, a language switch, the dictionary being typed, corrections from the view and a replaced text each say
// what happened once, politely, from a live region that was in the page before its text came.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, axeViolations, newRecordedContext, openApp, openTab, recordLiveRegions, setTextAndWait, waitForModelReady } from '../helpers.mjs'

let context
let page

/** What was announced since the last call. */
async function announced() {
  return page.evaluate(() => window.__announced.splice(0))
}

test('the model download is announced in a few coarse steps from one live region, its bytes shown but not read out', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx, { locale: 'zh-CN' }))
  await context.addInitScript(recordLiveRegions)
  ctx.server.state.slow = { pattern: /model\.onnx$/, bytesPer100ms: ctx.realModel ? 300_000 : 2_000 }
  try {
    page = await openApp(ctx, context)
    // Text waiting for the model and the Model tab open: the load shows twice.
    await page.fill(SELECTORS.editor, '新华社北京电')
    await openTab(page, 'model')
    await page.waitForFunction(() => /\d+%/.test(document.querySelector('[data-testid=model-manager] [data-testid=load-phase]')?.textContent ?? ''))
    assert.equal(await page.locator('[data-testid=model-load]').count(), 2, 'the load shows above the view and on the Model tab')
  } finally {
    ctx.server.state.slow = null
  }
  await waitForModelReady(page)
  await page.waitForTimeout(500)
  const heard = await announced()
  const aboutTheModel = heard.filter((a) => /模型|model/i.test(a.text))
  assert.ok(aboutTheModel.length > 0, 'the download is announced')
  assert.ok(aboutTheModel.length <= 10, `${aboutTheModel.length} announcements about the model: ${aboutTheModel.slice(0, 8).map((a) => a.text).join(' | ')} …`)
  assert.deepEqual(aboutTheModel.filter((a) => /\d (B|KB|MB)\b|\.onnx/.test(a.text)), [], 'no byte counts read out')
  assert.deepEqual([...new Set(aboutTheModel.map((a) => a.region))], ['status-announcement'], 'one live region speaks for the load')
}, { timeoutMs: 180_000 })

test('a pause in typing is announced once, with what the analysis found; a language switch announces nothing', async () => {
  await openTab(page, 'entities')
  await page.waitForTimeout(1000) // (the first analysis, of the text typed during the download, has spoken)
  await announced()
  await page.focus(SELECTORS.editor)
  await analysisAfter(page, () => page.keyboard.type('国务院总理李强', { delay: 30 }))
  await page.waitForTimeout(800)
  const heard = await announced()
  assert.deepEqual(heard.map((a) => a.region), ['analysis-announcement'], `heard: ${heard.map((a) => `${a.region}: ${a.text}`).join(' | ')}`)
  assert.match(heard[0].text, /已分析 \d+ 个字符/)
  await page.click('[data-locale=en]')
  await page.waitForTimeout(500)
  assert.deepEqual(await announced(), [], 'switching the language says nothing again')
  await page.click('[data-locale=zh]')
  await page.waitForTimeout(300)
  await announced()
})

test('typing in the dictionary: its problems stay a list, said politely once typing pauses, not at every key', async () => {
  await openTab(page, 'lexicon')
  await page.focus('[data-testid=lexicon-source]')
  await page.keyboard.type('李强 PER\n马克龙 PE', { delay: 60 })
  const whileTyping = await announced()
  assert.deepEqual(whileTyping.filter((a) => a.region.startsWith('lexicon')), [], 'nothing said while typing')
  assert.equal(await page.getAttribute('[data-testid=lexicon-problems]', 'role'), null, 'the list keeps its list role')
  await page.waitForTimeout(2000)
  const afterPause = (await announced()).filter((a) => a.region.startsWith('lexicon'))
  assert.equal(afterPause.length, 1, `said once after the pause: ${afterPause.map((a) => a.text).join(' | ')}`)
  assert.match(afterPause[0].text, /2/, 'the bad line is named')
  assert.equal(afterPause[0].inserted, false)
  assert.ok(!afterPause.some((a) => a.region === 'lexicon-problems'), 'the list itself is not a live region')
  const violations = await axeViolations(page)
  assert.deepEqual(violations.filter((v) => /^(listitem|aria-allowed-role|list)\b/.test(v)), [])
  await page.fill('[data-testid=lexicon-source]', '')
  await page.waitForTimeout(300)
  await announced()
})

test('a correction from the view and a replaced text are announced from live regions already in the page; the undo names what it undoes', async () => {
  await openTab(page, 'entities')
  await setTextAndWait(page, '国务院总理李强在北京会见了客人。')
  await announced()
  const name = await page.locator(SELECTORS.marks).first().textContent()
  await page.click(`${SELECTORS.marks} >> nth=0`)
  await page.waitForTimeout(200)
  const picked = (await announced()).filter((a) => a.region === 'picked-entity' || a.region === 'correction-done')
  assert.equal(picked.length, 1, `the pick is said once: ${JSON.stringify(picked)}`)
  assert.ok(picked[0].text.startsWith(name))
  assert.equal(picked[0].inserted, false, 'the pick line\'s live region was in the page before')

  await page.click('[data-testid=picked-entity] [data-correct]:not([data-correct=never]) >> nth=0')
  await page.locator('[data-testid=correction-done]').waitFor()
  await page.waitForTimeout(200)
  const corrected = (await announced()).filter((a) => a.region === 'picked-entity' || a.region === 'correction-done')
  assert.equal(corrected.length, 1, `the correction is said once: ${JSON.stringify(corrected)}`)
  assert.match(corrected[0].text, /已加入自定义词典/)
  assert.equal(corrected[0].inserted, false, 'the confirmation\'s live region was in the page before')
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'correction-undo')
  const description = await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')
    ?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '))
  assert.match(description ?? '', /已加入自定义词典/, 'the undo is described by the confirmation')
  await page.click('[data-testid=correction-undo]')

  await page.click('[data-testid=clear-text]')
  await page.waitForTimeout(200)
  const replaced = (await announced()).filter((a) => a.region === 'text-replaced' || /已被替换/.test(a.text))
  assert.equal(replaced.length, 1, `the replaced text is said once: ${JSON.stringify(replaced)}`)
  assert.equal(replaced[0].inserted, false, 'the notice\'s live region was in the page before')
  await context.close()
})

/** A new page in English, its live regions recorded, with the model ready and what its load said kept. */
async function recordedEnglishPage(ctx) {
  ;({ context } = await newRecordedContext(ctx, { locale: 'en-US' }))
  await context.addInitScript(recordLiveRegions)
  page = await openApp(ctx, context)
  await waitForModelReady(page)
  await page.waitForTimeout(500)
}

test('status announcements are sentences that name the model, not fragments of the status line', async (ctx) => {
  await recordedEnglishPage(ctx)
  const said = (await announced()).filter((a) => a.region === 'status-announcement').map((a) => a.text)
  assert.ok(said.length > 0)
  // (QA heard "downloading the model, 0%", "Ready", then a bare "running")
  for (const text of said) assert.match(text, /^[A-Z].*[.…]$/, `"${text}" is a sentence`)
  assert.ok(said.some((text) => /^Model: /.test(text)), said.join(' | '))
})

test('a long analysis says that it has started, then what it found', async () => {
  await announced()
  // (paragraphs that differ: repeated ones are analysed once)
  const long = Array.from({ length: 600 }, (_, i) => `第${i + 1}段：国务院总理李强在人民大会堂会见了法国总统马克龙，双方就中法关系交换了意见。\n`).join('')
  await analysisAfter(page, () => page.fill(SELECTORS.editor, long), 180_000)
  await page.waitForTimeout(300)
  const said = (await announced()).filter((a) => a.region === 'analysis-announcement').map((a) => a.text)
  assert.match(said[0] ?? '', /^Analysing [\d,]+ characters…$/, `said: ${said.join(' | ')}`)
  assert.match(said.at(-1), /^Analysed /)
  assert.ok(said.length <= 3, `said: ${said.join(' | ')}`)
  await context.close()
}, { timeoutMs: 240_000 })

test('storing a model for offline use is said in quarters from one region; opening the Model tab says nothing', async (ctx) => {
  await recordedEnglishPage(ctx)
  await announced()
  await openTab(page, 'model')
  const store = page.locator('[data-testid=store-shiti-cluener-v1]')
  await store.waitFor()
  await page.waitForTimeout(500)
  assert.deepEqual((await announced()).map((a) => `${a.region}: ${a.text}`), [], 'opening the tab says nothing (QA: "Checking…" twice, then each stored line)')
  ctx.server.state.slow = { pattern: /shiti-cluener-v1\/model\.onnx$/, bytesPer100ms: 250_000 }
  try {
    await store.click()
    await page.locator('[data-testid=remove-shiti-cluener-v1]').waitFor({ timeout: 120_000 })
  } finally {
    ctx.server.state.slow = null
  }
  await page.waitForTimeout(500)
  const said = await announced()
  assert.ok(said.length >= 2 && said.length <= 8, `${said.length} announcements: ${said.map((a) => a.text).join(' | ')}`)
  assert.deepEqual([...new Set(said.map((a) => a.region))], ['store-announcement'])
  assert.match(said.at(-1).text, /Stored in this browser/)
  await page.click('[data-testid=remove-shiti-cluener-v1]')
  await page.locator('[data-testid=store-shiti-cluener-v1]').waitFor()
  await context.close()
}, { timeoutMs: 180_000, skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped models') })

test('offline first visit: one alert for the failed download, its button not part of it, focus on it; typing adds no second copy', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx, { locale: 'en-US' }))
  await context.addInitScript(recordLiveRegions)
  await context.route(/\/models\//, (route) => route.abort('internetdisconnected'))
  page = await openApp(ctx, context)
  // The failure and its Try again are above the highlighted view now, the one copy: the page switched to the Model
  // tab, which showed both a second time (design QA). The alert is that view's, its own region.
  await page.locator('[data-testid=analysis-retry]').waitFor({ timeout: 30_000 })
  await page.waitForTimeout(2500) // (the download is tried once more after 1 s)
  const alerts = (await announced()).filter((a) => /error|alert/.test(a.region))
  assert.equal(alerts.length, 1, `one alert: ${JSON.stringify(alerts)}`)
  assert.equal(alerts[0].region, 'analysis-alert')
  assert.doesNotMatch(alerts[0].text, /Try again/, 'the button is not read as part of the alert')
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'analysis-retry', 'focus is on Try again, not <body>')
  await page.fill(SELECTORS.editor, '国务院总理李强在北京会见了客人。')
  await page.locator('[data-testid=not-highlighted]').waitFor({ timeout: 30_000 })
  await page.waitForTimeout(1500)
  // Typing tries the download again, which fails again: the same failure is not alerted again.
  const afterTyping = (await announced()).filter((a) => /error|alert/.test(a.region))
  assert.deepEqual(afterTyping, [], 'the failure is not a second alert')
  assert.equal(await page.locator('[data-testid=analysis-error] [role=alert]').count(), 0)
  await context.close()
})
