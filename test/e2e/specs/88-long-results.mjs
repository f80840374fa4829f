// Long results at a slow CPU (slow-CPU QA #4-#6): the Redact tab's box shows a preview of a long result, the
// CoNLL export is built in slices, and Print says it is preparing before the browser lays the text out.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { downloadText, newRecordedContext, openApp, setTextAndWait, waitFor, waitForModelReady } from '../helpers.mjs'

/** A text of 1,100 short paragraphs, some 33,000 characters, every one naming 王芳, 杭州 and 华为公司. */
const LONG = Array.from({ length: 1100 }, (_, i) => `第${i + 1}段：王芳在杭州会见了华为公司的代表。`).join('\n')

test('the Redact tab shows the first 20,000 characters of a longer result and says so; Download and Copy give it whole', async (ctx) => {
  // Slow-CPU QA: a box holding all of a 200,000-character result was laid out at every opening of the tab.
  const { context: tab } = await newRecordedContext(ctx)
  await tab.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  const app = await openApp(ctx, tab)
  await waitForModelReady(app)
  const text = LONG
  assert.ok(text.length > 22_000, `${text.length} characters`)
  await setTextAndWait(app, text)
  // The tabs' offsets are not read as the panel mounts (that made the browser lay the long result out in the
  // click's task): every tab fits on the row at 1440 px, none has to be scrolled into sight.
  await app.evaluate(() => {
    window.__tabReads = 0
    const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetLeft')
    Object.defineProperty(HTMLElement.prototype, 'offsetLeft', { ...descriptor, get() { if (this.closest('[role=tablist]')) window.__tabReads++; return descriptor.get.call(this) } })
  })
  await app.click('[data-tab=redact]')
  await app.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  assert.equal(await app.evaluate(() => window.__tabReads), 0, 'no tab offset read')
  const shown = await app.inputValue('[data-testid=redacted-text]')
  assert.ok(shown.length <= 20_000 && shown.length > 18_000 && shown.endsWith('\n'), `${shown.length} characters shown, cut at a line end`)
  assert.ok(shown.startsWith('第1段：') && !/王芳|杭州/.test(shown), shown.slice(0, 40))
  const note = app.locator('[data-testid=redacted-preview-note]')
  assert.ok(await note.isVisible())
  const { text: whole } = await downloadText(app, () => app.click('[data-testid=redaction-panel] [data-testid=download]'))
  assert.match(await note.textContent(), new RegExp(`上面只显示前 ${shown.length.toLocaleString('en')} 个字符（共 ${whole.length.toLocaleString('en')} 个）；下载或复制可得到完整的脱敏文本。`))
  assert.equal(await app.getAttribute('[data-testid=redacted-text]', 'aria-describedby'), await note.getAttribute('id'))
  assert.ok(whole.startsWith(shown) && whole.length > shown.length, `download ${whole.length} characters`)
  assert.equal(whole.split('\n').length, 1100, 'every line downloaded')
  assert.ok(whole.includes('第1100段：') && !/王芳|杭州/.test(whole), 'redacted whole')
  await app.click('[data-testid=redaction-panel] [data-testid=copy]')
  await waitFor(async () => (await app.evaluate(() => navigator.clipboard.readText())) === whole, 10_000, 'Copy gives the whole redacted text')
  await tab.close()
}, { timeoutMs: 180_000 })

test('a long text\'s CoNLL file, built in slices, is whole and the same to Download, Copy and the preview', async (ctx) => {
  const { context: tab } = await newRecordedContext(ctx)
  await tab.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  const app = await openApp(ctx, tab)
  await waitForModelReady(app)
  await setTextAndWait(app, LONG)
  await app.click('[data-tab=export]')
  await app.check('input[name=export-format][value=conll]')
  const { text: conll } = await downloadText(app, () => app.click('[data-testid=export-panel] [data-testid=download]'))
  const rows = conll.split('\n').filter(Boolean).map((line) => line.split('\t'))
  // One row per character but the line breaks, the first and the last paragraph's included.
  assert.equal(rows.length, LONG.length - 1099, 'a row per character')
  assert.equal(rows.map(([c]) => c).join(''), LONG.replaceAll('\n', ''))
  assert.equal(rows.filter(([, tag]) => tag === 'B-PER').length, 1100, 'every 王芳 a name')
  assert.ok(conll.endsWith('。\tO\n\n'), conll.slice(-20))
  await app.click('[data-testid=export-panel] [data-testid=copy]')
  await waitFor(async () => (await app.evaluate(() => navigator.clipboard.readText())) === conll, 10_000, 'Copy gives the same file')
  await app.click('[data-testid=export-preview-toggle]')
  assert.ok(conll.startsWith(await app.textContent('[data-testid=export-preview]')), 'the preview is its beginning')
  await tab.close()
}, { timeoutMs: 180_000 })

test('Print says it is preparing, and shows it before the browser lays the text out for paper', async (ctx) => {
  const { context: tab } = await newRecordedContext(ctx)
  const app = await openApp(ctx, tab)
  await waitForModelReady(app)
  await setTextAndWait(app, LONG.slice(0, 2000))
  await app.click('[data-tab=export]')
  // What the page showed when print() was called, and whether a frame was painted with it before.
  await app.evaluate(() => {
    window.__print = []
    const status = () => document.querySelector('[data-testid=print-status]')
    new MutationObserver(() => {
      if (status()?.textContent.trim()) requestAnimationFrame(() => { window.__framedAt ??= performance.now() })
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
    window.print = () => window.__print.push({ said: status().textContent.trim(), role: status().getAttribute('role'), at: performance.now(), framedAt: window.__framedAt })
  })
  assert.equal((await app.textContent('[data-testid=print-status]')).trim(), '', 'nothing said before')
  await app.click('[data-testid=print]')
  await app.waitForFunction(() => window.__print.length === 1, null, { timeout: 5_000 })
  const [call] = await app.evaluate(() => window.__print)
  assert.equal(call.said, '正在准备打印……')
  assert.equal(call.role, 'status', 'a polite live region says it')
  assert.ok(call.framedAt !== undefined && call.framedAt < call.at, 'a frame showed it before print()')
  await app.waitForFunction(() => document.querySelector('[data-testid=print-status]').textContent.trim() === '')
  assert.equal(await app.evaluate(() => window.__print.length), 1)
  await tab.close()
}, { timeoutMs: 120_000 })
