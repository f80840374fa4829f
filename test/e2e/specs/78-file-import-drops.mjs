// Findings of a QA pass on file import: text dragged into or within the editor arrives (only file drags
// are taken over by the drop zones); a Batch folder with nothing the app opens keeps the results and says
// so; several files or a folder dropped on the editor open the first file that can be opened and point to
// the Batch tab; a UTF-8 file with a few invalid bytes says how many were shown as U+FFFD.
// Drags are the browser's own (CDP Input.dispatchDragEvent, the mouse), not synthetic events.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab, screenshot } from '../helpers.mjs'

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

test('Batch: a folder with no file the app opens (chosen or dropped), or an empty one, keeps the results and says so', async (ctx) => {
  const images = join(folder, '图片')
  const oldDocs = join(folder, '旧文档')
  const empty = join(folder, '空文件夹')
  for (const dir of [images, oldDocs, empty]) await mkdir(dir, { recursive: true })
  await writeFile(join(images, '照片.png'), Buffer.from('89504e470d0a1a0a', 'hex'))
  await writeFile(join(images, '表格.csv'), '姓名,城市\n张伟,北京\n')
  await writeFile(join(oldDocs, '判决书.doc'), Buffer.from('d0cf11e0a1b11ae1', 'hex'))
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const cdp = await context.newCDPSession(page)
  await openTab(page, 'batch')
  const notice = page.locator('[data-testid=batch-notice]')
  assert.equal(await notice.textContent(), '')
  assert.equal(await notice.evaluate((el) => getComputedStyle(el).marginTop), '-12px', 'while empty it takes no room (nor the gap above it)')
  await page.setInputFiles('[data-testid=batch-files]', { name: '一审.txt', mimeType: 'text/plain', buffer: Buffer.from('李强在北京会见了客人。') })
  await page.locator('[data-testid=batch-list] li[data-status=done]').waitFor({ timeout: 90_000 })
  const rows = () => page.locator('[data-testid=batch-list] li').evaluateAll((lis) => lis.map((li) => `${li.dataset.status} ${li.querySelector('[data-name]').dataset.name}`))

  await page.setInputFiles('[data-testid=batch-folder]', images)
  await page.waitForFunction(() => document.querySelector('[data-testid=batch-notice]').textContent !== '', null, { timeout: 5_000 })
    .catch(() => assert.fail('no word when the chosen folder holds nothing to read'))
  assert.equal(await notice.textContent(), '文件夹“图片”中没有 .txt、.md、.html、.docx 或 .pdf 文件。')
  assert.deepEqual(await rows(), ['done 一审.txt'], 'the results stay')
  await screenshot(ctx, page, '78-batch-nothing-in-folder')

  // Dropped (the browser's own drag of real folders): a folder of old .doc files, then an empty one.
  await trustedDrop(page, cdp, '[data-testid=batch-panel]', { files: [oldDocs] })
  await page.locator('[data-testid=batch-notice]', { hasText: '“旧文档”' }).waitFor({ timeout: 5_000 })
  assert.equal(await notice.textContent(), '文件夹“旧文档”中没有 .txt、.md、.html、.docx 或 .pdf 文件。')
  await trustedDrop(page, cdp, '[data-testid=batch-panel]', { files: [empty] })
  await page.locator('[data-testid=batch-notice]', { hasText: '“空文件夹”' }).waitFor({ timeout: 5_000 })
  assert.deepEqual(await rows(), ['done 一审.txt'], 'the results stay')
  assert.equal(await notice.getAttribute('role'), 'status')

  // Files that can be read run as before, and the word goes.
  await page.setInputFiles('[data-testid=batch-files]', { name: '二审.txt', mimeType: 'text/plain', buffer: Buffer.from('王芳在上海。') })
  await page.locator('[data-testid=batch-list] li[data-status=done] [data-name="二审.txt"]').waitFor({ timeout: 90_000 })
  assert.equal(await notice.textContent(), '')
  await context.close()

  // On an empty tab too, in English: the drop area stays, the word below it.
  const english = await newRecordedContext(ctx, { locale: 'en-US' })
  const enPage = await openApp(ctx, english.context)
  await openTab(enPage, 'batch')
  await enPage.setInputFiles('[data-testid=batch-folder]', images)
  await enPage.locator('[data-testid=batch-notice]', { hasText: 'The folder “图片” holds no .txt, .md, .html, .docx or .pdf file.' }).waitFor({ timeout: 5_000 })
  assert.equal(await enPage.locator('[data-testid=batch-drop-area]').count(), 1)
  await screenshot(ctx, enPage, '78-batch-nothing-in-folder-en')
  // An empty folder chosen gives no file, and so no folder name.
  await enPage.setInputFiles('[data-testid=batch-folder]', empty)
  await enPage.locator('[data-testid=batch-notice]', { hasText: 'No .txt, .md, .html, .docx or .pdf file to analyse.' }).waitFor({ timeout: 5_000 })
  await english.context.close()
})
