// The page promises that the text is held in its memory only (「不上传、不保存；刷新页面即清空」). Privacy QA found
// Chromium writing the editor's text and the dictionary box's text into the profile on disk (Default/Sessions/
// Session_* and Tabs_*, UTF-16LE): form state kept for session restore, which put the text back in the editor after
// a restart or a crash while the app's state said it was empty. autocomplete="off" on every field that holds the
// user's text stops that. This spec runs a browser of its own on a fresh profile (the suite's shared browser has
// none on disk), types unique markers into the editor, the dictionary, the name filter and lets the Redact tab show
// its copy, closes the browser, and reads every file the profile holds.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { test } from '../harness.mjs'
import { SELECTORS, appUrl, waitForModelReady } from '../helpers.mjs'

/** Every file under `dir` holding one of `markers` in UTF-8 or UTF-16LE (Chromium's session files use the latter). */
function scan(dir, markers) {
  const patterns = markers.flatMap((m) => [[m, Buffer.from(m, 'utf8')], [m, Buffer.from(m, 'utf16le')]])
  const found = []
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) {
        let bytes
        try {
          bytes = readFileSync(path)
        } catch {
          continue // a lock or socket file
        }
        for (const [marker, pattern] of patterns) if (bytes.includes(pattern)) found.push({ file: relative(dir, path), marker })
      }
    }
  }
  walk(dir)
  return found
}

test('closing the browser leaves none of the editor\'s, the name filter\'s or the Redact copy\'s text in its profile, and the dictionary only in the site\'s storage', async (ctx) => {
  const { chromium } = await import('playwright-core')
  const profile = mkdtempSync(join(tmpdir(), 'shiti-99f-'))
  const token = randomBytes(4).toString('hex').toUpperCase()
  // Markers no file of the site or the model holds: the run's token, in the text's own script and in ASCII.
  const editorMarker = `案卷编号QZXED${token}`
  const filterMarker = `QZXFILTER${token}`
  const lexiconMarker = `QZXLEXICON${token}`
  const name = '澹台雪翎'
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  let closed = false
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(appUrl(ctx))
    await waitForModelReady(page)
    // Chromium writes a page's form state to its session files some seconds after it changes, and again at close;
    // the tab panels unmount their fields when another tab is chosen, so each field stays in sight 3 s (with 1.5 s
    // the dictionary box's text, saved without autocomplete="off", was not yet in the file).
    const settle = () => page.waitForTimeout(3000)
    await page.fill(SELECTORS.editor, `委托人${name}于2023年签订协议，${editorMarker}。${name}随后离开。`)
    // The dictionary marks the name, so the Entities tab has names and shows its filter, whatever the model finds.
    await page.click('[data-tab=lexicon]')
    await page.fill('[data-testid=lexicon-source]', `${name} 人名\n# ${lexiconMarker}\n`)
    await settle()
    await page.click('[data-tab=entities]')
    await page.fill('[data-testid=mention-filter]', filterMarker)
    await settle()
    await page.click('[data-tab=redact]')
    // (The model may take the random marker for a name and replace it there: wait for the rest of the text.)
    await page.waitForFunction(() => document.querySelector('[data-testid=redacted-text]')?.value.includes('签订协议'), null, { timeout: 30_000 })
    await settle()
    await context.close()
    closed = true

    const found = scan(profile, [editorMarker, filterMarker, lexiconMarker])
    const inSiteStorage = (f) => f.file.startsWith(`Default${sep}Local Storage${sep}`)
    // The scan sees what the browser writes: the dictionary is kept in localStorage by design.
    assert.ok(found.some((f) => f.marker === lexiconMarker && inSiteStorage(f)), `the dictionary was not found in Local Storage: ${JSON.stringify(found)}`)
    // Nothing else: before autocomplete="off" the editor's, the filter's and the dictionary box's text were all in
    // Default/Sessions/Session_* and Tabs_*.
    const leaks = found.filter((f) => !(f.marker === lexiconMarker && inSiteStorage(f)))
    assert.deepEqual(leaks, [], `text from the page's fields on disk: ${leaks.map((f) => `${f.marker} in ${f.file}`).join('; ')}`)
  } finally {
    if (!closed) await context.close().catch(() => {})
    rmSync(profile, { recursive: true, force: true })
  }
}, { timeoutMs: 90_000 })
