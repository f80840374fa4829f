// Page-level helpers shared by the e2e specs: opening the app with the test's model, recording every
// request, dialog, page error and CSP violation, and waiting for analysis runs to finish.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { artifactPath } from './harness.mjs'

export const SELECTORS = {
  editor: '[data-testid=editor]',
  view: '[data-testid=highlight-view]',
  marks: '[data-testid=highlight-view] mark',
  progress: '[data-testid=analysis-progress]',
  backend: '[data-testid=backend]',
  workerState: '[data-testid=worker-state]',
}

/** A browser context whose every request (page, dedicated worker, service worker) is recorded. Its system scheme
 *  is dark unless `options` say otherwise: the page follows it, and the specs test the dark theme by default. */
export async function newRecordedContext(ctx, options = {}) {
  const context = await ctx.browser.newContext({
    locale: 'zh-CN',
    colorScheme: 'dark',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    ...options,
  })
  const requests = []
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      postData: request.postData(),
      fromServiceWorkerScope: Boolean(request.serviceWorker?.()),
      at: Date.now(),
    })
  })
  return { context, requests }
}

/** The app URL with the model under test (fixture or real) plus extra query parameters. */
export function appUrl(ctx, extra = {}) {
  const params = new URLSearchParams({ ...ctx.modelParams, ...extra })
  const query = params.toString()
  return `${ctx.origin}/${query ? `?${query}` : ''}`
}

/** Opens the app; records dialogs, page errors, console errors and CSP violations on `page.events`. */
export async function openApp(ctx, context, extra = {}) {
  const page = await context.newPage()
  const events = { dialogs: [], pageErrors: [], consoleErrors: [] }
  page.on('dialog', (dialog) => {
    events.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => events.pageErrors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') events.consoleErrors.push(message.text())
  })
  // Runs before the page's own scripts (injected by the browser, not subject to the page's CSP).
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  await page.goto(appUrl(ctx, extra))
  page.events = events
  return page
}

/** Polls a Node-side condition (the test server's state, say; sync or async) until it holds, or fails with `what`. */
export async function waitFor(condition, timeout, what) {
  const deadline = Date.now() + timeout
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for: ${what}`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

export async function waitForModelReady(page, timeout = 90_000) {
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.textContent?.includes('WASM'),
    SELECTORS.backend,
    { timeout },
  )
}

async function completedRuns(page) {
  return Number((await page.getAttribute(SELECTORS.progress, 'data-completed-runs')) ?? 0)
}

/** Waits until the analysis progress panel shows `state` (polling fast: runs can be short). */
export async function waitForRunState(page, state, timeout = 120_000) {
  await page.waitForFunction(([selector, want]) => document.querySelector(selector)?.getAttribute('data-run-state') === want, [SELECTORS.progress, state], {
    timeout,
    polling: 20,
  })
}

/** Does `action` (an edit, a sample, a retry) and waits until the analysis run it caused has finished. */
export async function analysisAfter(page, action, timeout = 120_000) {
  const before = await completedRuns(page)
  await action()
  await page.waitForFunction(
    ([selector, runs]) => {
      const el = document.querySelector(selector)
      return el && el.getAttribute('data-run-state') === 'done' && Number(el.getAttribute('data-completed-runs')) > runs
    },
    [SELECTORS.progress, before],
    { timeout, polling: 50 },
  )
}

/** Replaces the editor text and waits until the live analysis of that text has finished. */
export async function setTextAndWait(page, text, timeout = 120_000) {
  await analysisAfter(page, () => page.fill(SELECTORS.editor, text), timeout)
}

/** Sets the confidence threshold the way a user drags the slider. */
export async function setThreshold(page, value) {
  await page.locator('[data-testid=threshold]').evaluate((el, v) => {
    el.value = String(v)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }, value)
}

/** Highlighted entities as the user sees them. */
export async function visibleMarks(page) {
  return page.$$eval(SELECTORS.marks, (marks) =>
    marks.map((m) => ({ text: m.textContent, type: m.dataset.type, title: m.getAttribute('title'), label: m.dataset.label })),
  )
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? [])
}

export async function screenshot(ctx, page, name, options = {}) {
  const path = await artifactPath(ctx, `${name}.png`)
  await page.screenshot({ path, ...options })
  return path
}

/** Waits until the Batch list has `rows` rows, every one done. */
export async function waitForBatchDone(page, rows, timeout = 120_000) {
  await page.waitForFunction((n) => {
    const items = [...document.querySelectorAll('[data-testid=batch-list] li')]
    return items.length === n && items.every((li) => li.dataset.status === 'done')
  }, rows, { timeout })
}

/**
 * A page whose names come from the user's dictionary, so that the occurrences do not depend on the model under test,
 * with `text` analysed and the Entities tab open; `marks` dictionary names awaited in the view when given. zh-CN unless
 * `options` (newRecordedContext's) say otherwise.
 */
export async function pageWithDictionary(ctx, { dictionary, text, marks, ...options }) {
  const { context } = await newRecordedContext(ctx, { locale: 'zh-CN', ...options })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', dictionary)
  await setTextAndWait(page, text)
  if (marks !== undefined) await page.waitForFunction((n) => document.querySelectorAll('mark[data-source=lexicon]').length === n, marks)
  await openTab(page, 'entities')
  return { context, page }
}

export async function openTab(page, id) {
  await page.click(`[data-tab=${id}]`)
}

/** Reads a download triggered by `trigger` as UTF-8 text; `bom`: whether it starts with the byte-order mark
 *  (CSV files do, for Excel), which `text` leaves out. */
export async function downloadText(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()])
  const stream = await download.createReadStream()
  const chunks = []
  for await (const chunk of stream) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString('utf8')
  const bom = text.startsWith('\uFEFF')
  return { name: download.suggestedFilename(), text: bom ? text.slice(1) : text, bom }
}

/**
 * Requests the server refused while "offline", minus the browser's own: it may check for a new service
 * worker (sw.js) or read the web app manifest on its own schedule. Those carry no text and are not
 * made by the app; anything else is.
 */
export function appRequestsWhileOffline(refused, basePath = '/') {
  const browserOwn = new RegExp(`^${basePath}(sw\\.js|manifest\\.webmanifest)(\\?|$)`)
  return refused.map((r) => r.url).filter((url) => !browserOwn.test(url))
}

/** Asserts that no recorded request left the site's origin or carried `secret` in its URL or body. */
export function assertPrivate(requests, origin, secrets) {
  assert.ok(requests.length > 0, 'expected the recorder to have seen the page load')
  for (const r of requests) {
    const url = new URL(r.url)
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue
    assert.equal(url.origin, origin, `request left the site: ${r.method} ${r.url}`)
    let decoded = r.url
    try {
      decoded = decodeURIComponent(r.url)
    } catch {
      // keep the raw URL
    }
    for (const secret of secrets) {
      assert.ok(!r.url.includes(secret) && !decoded.includes(secret), `request URL carries user text: ${r.url}`)
      assert.ok(!(r.postData ?? '').includes(secret), `request body carries user text: ${r.method} ${r.url}`)
    }
  }
}

let axeSource // axe-core's browser bundle, read once

/** axe-core's violations (its default rules: WCAG 2.x A/AA and best practices) on the page as it is now,
 *  one line each: rule, impact, the first offending nodes. */
export async function axeViolations(page) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  return result.violations.map((v) =>
    `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}; ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`)
}

/**
 * A PDF as older Chinese office software writes it: the font (STSong-Light) is not embedded and the text is
 * encoded with Adobe's predefined UniGB-UCS2-H CMap, which a reader has to bring itself.
 */
export function pdfWithPredefinedCMap(text) {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')
  const stream = `BT /F1 14 Tf 10 40 Td <${hex}> Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 80] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/** Role, accessible name and description of the element `selector` matches, as Chromium gives them to screen readers. */
export async function accessible(page, selector) {
  const client = await page.context().newCDPSession(page)
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { nodes } = await client.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
    return { role: nodes[0].role?.value, name: nodes[0].name?.value ?? '', description: nodes[0].description?.value ?? '' }
  } finally {
    await client.detach()
  }
}

/** Runs in the page before its scripts: records each new text of a live region on `window.__announced`, with
 *  `inserted` set where the region came into the page along with that text (often not announced at all). */
export function recordLiveRegions() {
  const LIVE = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]'
  const last = new WeakMap()
  window.__announced = []
  const name = (el) => el.dataset.testid ?? el.closest('[data-testid]')?.dataset.testid ?? el.tagName
  new MutationObserver((mutations) => {
    const added = new Set()
    const regions = new Set()
    for (const m of mutations) {
      const target = m.target.nodeType === Node.ELEMENT_NODE ? m.target : m.target.parentElement
      const region = target?.closest(LIVE)
      if (region) regions.add(region)
      for (const node of m.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue
        added.add(node)
        if (node.matches(LIVE)) regions.add(node)
        for (const inner of node.querySelectorAll(LIVE)) regions.add(inner)
      }
    }
    const inserted = (el) => {
      for (let node = el; node; node = node.parentElement) if (added.has(node)) return true
      return false
    }
    for (const region of regions) {
      if (!region.isConnected) continue
      const text = region.textContent.replace(/\s+/g, ' ').trim()
      if (text === (last.get(region) ?? '')) continue
      last.set(region, text)
      if (text) window.__announced.push({ region: name(region), text, inserted: inserted(region), at: performance.now() })
    }
  }).observe(document, { subtree: true, childList: true, characterData: true })
}

/** A phone the steps bar specs (91c, 91d) open the page on: the bar stands at its foot there. */
export const PHONE_CONTEXT = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const STEPS_BAR = '[data-testid=reveal-steps]'

/** The steps bar's words ("广州 6/24"), spaces folded; null while there is no bar. */
export async function stepsBarText(page) {
  const bar = page.locator(STEPS_BAR)
  return (await bar.count()) ? (await bar.textContent()).replace(/\s+/g, ' ').trim() : null
}

/** Taps `name`'s button in the entities list and waits for the steps bar it opens to settle; returns the button. */
export async function showFromList(page, name) {
  await openTab(page, 'entities')
  const chip = page.locator('[data-testid=mention]').filter({ hasText: name }).first()
  await chip.scrollIntoViewIfNeeded()
  await chip.tap()
  await page.locator(STEPS_BAR).waitFor()
  await page.waitForTimeout(600)
  return chip
}

const CITIES = ['北京', '上海', '广州', '成都', '西安']
/** 120 paragraphs, each a different person (the Entities list's PER group long, as in a real text) in one of five
 *  cities: 广州, in every fifth paragraph from the third (24 times), is a LOC button screens below the view on a phone
 *  (the steps bar specs 91 and 91c). */
export function cityParagraphs() {
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙']
  const given = ['建国', '雪梅', '志强', '海燕', '文博', '晓东', '丽华', '国庆', '春生', '秀英']
  let out = ''
  for (let i = 0; i < 120; i++) out += `第${i + 1}段：${surnames[i % 12]}${given[Math.floor(i / 12)]}出席了在${CITIES[i % 5]}举行的会议，对此表示感谢。\n`
  return out
}
