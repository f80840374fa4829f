// Findings of a QA pass on file import: text dragged into or within the editor arrives (only file drags
// are taken over by the drop zones); a Batch folder with nothing the app opens keeps the results and says
// so; several files or a folder dropped on the editor open the first file that can be opened and point to
// the Batch tab; a UTF-8 file with a few invalid bytes says how many were shown as U+FFFD.
// Drags are the browser's own (CDP Input.dispatchDragEvent, the mouse), not synthetic events.
import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp } from '../helpers.mjs'

let folder

/** A trusted drag of `data` (CDP DragData: text items and/or file paths) let go over `selector`. */
async function trustedDrop(page, cdp, selector, data) {
  const box = await page.locator(selector).boundingBox()
  const at = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) }
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data: { items: [], dragOperationsMask: 1, ...data } })
  }
}

test('text dragged into the editor, or a selection moved within it, arrives; a file dropped there still opens', async (ctx) => {
  folder = await mkdtemp(join(tmpdir(), 'shiti-78-'))
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const cdp = await context.newCDPSession(page)
  await page.fill(SELECTORS.editor, '')
  await trustedDrop(page, cdp, SELECTORS.editor, { items: [{ mimeType: 'text/plain', data: '李娜在上海。' }] })
  await page.waitForFunction((s) => document.querySelector(s).value === '李娜在上海。', SELECTORS.editor, { timeout: 5_000 })
    .catch(async () => assert.fail(`text dropped on the editor: it holds ${JSON.stringify(await page.inputValue(SELECTORS.editor))}`))

  // Moving a selection with the mouse: 张伟 (the first two characters) dragged further along the line.
  const original = '张伟在北京开会。李娜在上海。'
  await page.fill(SELECTORS.editor, original)
  await page.focus(SELECTORS.editor)
  await page.evaluate((s) => document.querySelector(s).setSelectionRange(0, 2), SELECTORS.editor)
  const box = await page.locator(SELECTORS.editor).boundingBox()
  await page.mouse.move(box.x + 20, box.y + 25)
  await page.mouse.down()
  await page.mouse.move(box.x + 60, box.y + 28, { steps: 5 })
  await page.mouse.move(box.x + 150, box.y + 28, { steps: 10 })
  await page.mouse.up()
  await page.waitForFunction(([s, before]) => document.querySelector(s).value !== before, [SELECTORS.editor, original], { timeout: 5_000 })
    .catch(() => assert.fail('the selection dragged within the editor did not move'))
  const moved = await page.inputValue(SELECTORS.editor)
  assert.equal([...moved].sort().join(''), [...original].sort().join(''), `moved, not copied or lost: ${moved}`)
  assert.ok(!moved.startsWith('张伟') && moved.includes('张伟'), moved)

  // A file, dragged in the same trusted way, still opens (and the browser does not navigate to it).
  const file = join(folder, '拖入.txt')
  await writeFile(file, '拖入的文件：周杰伦在台北。')
  await trustedDrop(page, cdp, SELECTORS.editor, { files: [file] })
  await page.waitForFunction((s) => document.querySelector(s).value === '拖入的文件：周杰伦在台北。', SELECTORS.editor, { timeout: 10_000 })
  assert.ok(page.url().startsWith(ctx.origin), page.url())
  await context.close()
})
