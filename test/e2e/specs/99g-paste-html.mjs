// Clipboard QA: a web page with ruby annotations pasted into the editor as 李lǐ建jiàn国guó (the browser's text/plain),
// and the model found 李lǐ, the name cut; a clipboard with text/html and no text/plain pasted over a selection
// emptied the editor with no word and no Restore. Such pastes are now read from their HTML (src/app/pastedHtml.ts),
// through the textarea's own undo; any other paste is the browser's own. Real pastes (Ctrl+V) of a clipboard the
// page wrote.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, newRecordedContext, openApp, setTextAndWait, visibleMarks, waitForModelReady } from '../helpers.mjs'

/** Puts `items` (type → text) on the clipboard, as a copy in another page or app would. */
async function copy(page, items) {
  await page.evaluate(async (data) => {
    const blobs = Object.fromEntries(Object.entries(data).map(([type, text]) => [type, new Blob([text], { type })]))
    await navigator.clipboard.write([new ClipboardItem(blobs)])
  }, items)
}

/** Selects the editor's characters from `start` to `end` (the caret alone when equal) and pastes with Ctrl+V. */
async function pasteOver(page, start, end) {
  await page.focus(SELECTORS.editor)
  await page.evaluate(([selector, from, to]) => document.querySelector(selector).setSelectionRange(from, to), [SELECTORS.editor, start, end])
  await page.keyboard.press('Control+V')
}

const RUBY = '<meta charset="utf-8"><p>记者<ruby>李<rt>lǐ</rt>建<rt>jiàn</rt>国<rt>guó</rt></ruby>来自<ruby>杭州<rp>(</rp><rt>hángzhōu</rt><rp>)</rp></ruby>。</p>'

test('pastes: ruby annotations left out, a name kept whole; HTML alone read; any other paste the browser\'s', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const value = () => page.inputValue(SELECTORS.editor)

  // At the caret, between two sentences of the user's: the annotations go, as the page showed them over the text.
  await setTextAndWait(page, '开头。结尾。')
  await copy(page, { 'text/plain': '记者李lǐ建jiàn国guó来自杭州hángzhōu。', 'text/html': RUBY })
  await analysisAfter(page, () => pasteOver(page, 3, 3))
  assert.equal(await value(), '开头。记者李建国来自杭州。结尾。')
  assert.equal(await page.evaluate((selector) => document.querySelector(selector).selectionStart, SELECTORS.editor), 13, 'caret after the paste')
  const marks = await visibleMarks(page)
  for (const mark of marks) assert.doesNotMatch(mark.text, /[a-zǐǎàáāōó]/, `no pinyin in ${JSON.stringify(marks)}`)
  if (ctx.realModel) assert.ok(marks.some((m) => m.text === '李建国' && m.type === 'PER'), `李建国 found whole: ${JSON.stringify(marks)}`)
  // An edit as a paste is: the textarea's own undo takes it back, and nothing was replaced from outside.
  assert.equal(await page.locator('[data-testid=text-replaced]').count(), 0)
  await analysisAfter(page, () => page.keyboard.press('Control+Z'))
  assert.equal(await value(), '开头。结尾。', 'Ctrl+Z takes the paste back')

  // An ordinary paste, HTML and text (a spreadsheet's rows): the browser's text/plain, tabs and lines as they were.
  const rows = '姓名\t城市\n马云飞\t成都\n'
  await copy(page, { 'text/plain': rows, 'text/html': '<table><tr><td>姓名</td><td>城市</td></tr><tr><td>马云飞</td><td>成都</td></tr></table>' })
  await analysisAfter(page, () => pasteOver(page, 0, 6))
  assert.equal(await value(), rows)

  // HTML and no text/plain, over all of the text: the text read from the HTML, not an empty editor.
  await copy(page, { 'text/html': '<p>王小红在<b>上海</b></p>' })
  await analysisAfter(page, () => pasteOver(page, 0, rows.length))
  assert.equal(await value(), '王小红在上海')
  // Nothing readable in it: the paste does nothing, and the selected text stays.
  await copy(page, { 'text/html': '<p><br></p><script>var x = "赵某"</script>' })
  await pasteOver(page, 0, 6)
  await page.waitForTimeout(300)
  assert.equal(await value(), '王小红在上海')
  assert.deepEqual(page.events.pageErrors, [])
  await context.close()
})
