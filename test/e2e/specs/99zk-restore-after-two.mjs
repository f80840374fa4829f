// Ime QA: two replacements in a row lost the user's own text for good. Typed text, then the 新闻 sample, then 财经
// (or a file, or Clear): the offer read 之前的文本（114 个字符）已被替换 and Restore brought the sample back, not the
// typed characters, and the editor's undo history is wiped on each replacement. Now a sample or file replaced
// unedited keeps the offer holding what the user wrote (src/app/replacedText.ts); an edited one is theirs and is
// what Restore brings back. Ctrl+Z, with nothing of the editor's own to undo, restores too.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp } from '../helpers.mjs'

const MINE = '这是我自己输入的一段很重要的稿子，写了很久。'
const FILE = '会议纪要：王建军在南京主持了项目评审。'

test('two replacements in a row: Restore brings back the typed text; an edited sample is kept as edited', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  const value = () => page.inputValue(SELECTORS.editor)
  const offer = () => page.locator('[data-testid=text-replaced]').textContent()
  /** Empties the editor and types `text` into it, with no offer left from before. */
  async function typeAnew(text) {
    await page.fill(SELECTORS.editor, '')
    if (await page.locator('[data-testid=dismiss-restore]').count()) await page.click('[data-testid=dismiss-restore]')
    await page.focus(SELECTORS.editor)
    await page.keyboard.insertText(text)
  }
  const steps = {
    news: () => page.click('[data-testid=sample-news]'),
    business: () => page.click('[data-testid=sample-business]'),
    file: () => page.setInputFiles('[data-testid=file-input]', { name: '纪要.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE) }),
    clear: () => page.click('[data-testid=clear-text]'),
  }
  /** Waits for the editor to hold something else than `before`. */
  async function changedFrom(before) {
    await page.waitForFunction(([selector, text]) => document.querySelector(selector).value !== text, [SELECTORS.editor, before])
  }

  for (const sequence of [['news', 'business'], ['news', 'file'], ['news', 'clear'], ['file', 'clear'], ['clear', 'news'], ['news', 'file', 'business', 'clear']]) {
    await typeAnew(MINE)
    for (const step of sequence) {
      const before = await value()
      await steps[step]()
      await changedFrom(before)
    }
    const count = MINE.length
    assert.match(await offer(), new RegExp(`[（(]${count} `), `${sequence}: the offer counts the typed text's ${count} characters`)
    await page.click('[data-testid=restore-text]')
    assert.equal(await value(), MINE, `${sequence}: Restore brings back the typed text`)
  }

  // An edited sample is the user's own: a second sample offers it, as edited.
  await typeAnew(MINE)
  await steps.news()
  await changedFrom(MINE)
  const edited = (await value()) + '我在样例后面加了一句。'
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText('我在样例后面加了一句。')
  assert.equal(await value(), edited)
  await steps.business()
  await changedFrom(edited)
  await page.click('[data-testid=restore-text]')
  assert.equal(await value(), edited, 'the edited sample comes back')

  // Ctrl+Z, the editor's history wiped by the replacements: in the editor after two samples, and on Restore (where
  // focus goes) after Clear.
  await typeAnew(MINE)
  await steps.news()
  await changedFrom(MINE)
  await steps.business()
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('Control+Z')
  assert.equal(await value(), MINE, 'Ctrl+Z in the editor restores')
  await page.keyboard.press('Control+Shift+Z')
  assert.notEqual(await value(), MINE, 'Ctrl+Shift+Z takes it back')
  await page.keyboard.press('Control+Z')
  assert.equal(await value(), MINE)
  await page.focus(SELECTORS.editor)
  await steps.clear()
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'restore-text')
  await page.keyboard.press('Control+Z')
  assert.equal(await value(), MINE, 'Ctrl+Z on Restore restores')
  // Typed since: Ctrl+Z is the editor's own again.
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('End')
  await page.keyboard.type('好')
  await page.keyboard.press('Control+Z')
  assert.equal(await value(), MINE, 'the editor\'s own undo')
  await context.close()
})
