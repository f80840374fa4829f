// Keyboard and screen-reader details axe does not catch: the samples list moved through with the arrow keys,
// focus after the Batch tab's Clear, the names the highlighted view and its names have, the type of each name
// of a pair in words, and the language of the user's Chinese text in an English or Traditional interface.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, axeViolations, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const TEXT = '国务院总理李强在北京会见了客人。'
// Names from the dictionary, so that the pairs and their types do not depend on the model under test.
const DICTIONARY = '李强 人名\n北京 地名\n国务院 机构名'

/** Role and accessible name of the element `selector` matches, as Chromium gives them to screen readers. */
async function accessible(page, selector) {
  const client = await page.context().newCDPSession(page)
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { nodes } = await client.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
    return { role: nodes[0].role?.value, name: nodes[0].name?.value ?? '' }
  } finally {
    await client.detach()
  }
}

async function pageWithNames(ctx, locale) {
  const { context } = await newRecordedContext(ctx, { locale })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', DICTIONARY)
  await setTextAndWait(page, TEXT)
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 3)
  await openTab(page, 'entities')
  return { context, page }
}

test('the samples list: arrow keys move the choice without loading it, Load opens it, and Restore still takes it back', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const mine = '我的草稿。'
  await setTextAndWait(page, mine)
  await page.focus('[data-testid=samples]')
  const seen = []
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowDown')
    seen.push(await page.inputValue('[data-testid=samples]'))
  }
  assert.deepEqual(seen, ['news', 'business', 'campus'], 'each ArrowDown moves to the next sample')
  await page.keyboard.press('End')
  assert.equal(await page.inputValue('[data-testid=samples]'), 'long')
  assert.equal(await page.inputValue(SELECTORS.editor), mine, 'moving through the list loads nothing')
  await page.keyboard.press('ArrowUp')
  assert.equal(await page.inputValue('[data-testid=samples]'), 'tricky')
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'load-sample', 'Load follows the list')
  await analysisAfter(page, () => page.keyboard.press('Enter'))
  assert.match(await page.inputValue(SELECTORS.editor), /刁钻|张伟在Google/)
  assert.equal(await page.inputValue('[data-testid=samples]'), 'tricky', 'the list still says which sample is open')
  await analysisAfter(page, () => page.click('[data-testid=restore-text]'))
  assert.equal(await page.inputValue(SELECTORS.editor), mine)
  assert.equal(await page.inputValue('[data-testid=samples]'), '', 'the list no longer names a sample that is not open')
  await context.close()
})

test('the Batch tab\'s Clear hands focus to the file chooser, not to the page', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [{ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('李强在北京。') }])
  await page.locator('[data-testid=batch-list] li[data-status=done]').waitFor()
  await page.focus('[data-testid=batch-clear]')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => !document.querySelector('[data-testid=batch-clear]'))
  const focused = await page.evaluate(() => ({ tag: document.activeElement.tagName, next: document.activeElement.nextElementSibling?.dataset.testid }))
  assert.deepEqual(focused, { tag: 'BUTTON', next: 'batch-files' }, 'focus is on the button that chooses files')
  await context.close()
})

test('the highlighted view is a named document; a name reached with the arrow keys is named with its type', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'zh-CN')
  assert.deepEqual(await accessible(page, SELECTORS.view), { role: 'document', name: '实体高亮' })
  await page.focus(SELECTORS.view)
  await page.keyboard.press('ArrowRight')
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, label: document.activeElement.dataset.label }))
  assert.deepEqual(await accessible(page, `${SELECTORS.view} mark[tabindex]`), { role: 'button', name: `${first.text}，${first.label}` })
  await page.keyboard.press('ArrowRight')
  const second = await page.evaluate(() => document.activeElement.textContent)
  assert.notEqual(second, first.text)
  assert.equal(await page.locator(`${SELECTORS.view} mark[role], ${SELECTORS.view} mark[aria-label]`).count(), 1, 'only the focused name is a button')
  assert.deepEqual(await axeViolations(page), [])
  await context.close()
})

test('each name of a pair says its type in words, not only in colour', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'zh-CN')
  // (Each button's accessible name is its text: the visually hidden type included.)
  const names = await page.$$eval('[data-testid=name-pair]', (buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, '')))
  assert.ok(names.length >= 1)
  assert.match((await accessible(page, '[data-testid=name-pair]')).name, /（(人名|地名|机构名)）.*（(人名|地名|机构名)）/)
  for (const [text, type] of [['李强', '人名'], ['北京', '地名'], ['国务院', '机构名']]) {
    assert.ok(names.some((name) => name.includes(`${text}（${type}）`)), `${text}（${type}） in ${names.join(' | ')}`)
  }
  await context.close()
})

test('the user\'s Chinese text is marked as Chinese in the English and the Traditional interface', async (ctx) => {
  for (const locale of ['en-US', 'zh-TW']) {
    const { context, page } = await pageWithNames(ctx, locale)
    const languageOf = (selector) => page.$eval(selector, (el) => el.closest('[lang]').getAttribute('lang'))
    const places = {
      editor: SELECTORS.editor,
      'highlighted name': SELECTORS.marks,
      'mention': '[data-testid=mention] span',
      'name pair': '[data-testid=name-pair] .entity',
    }
    const found = {}
    for (const [what, selector] of Object.entries(places)) found[what] = await languageOf(selector)
    await openTab(page, 'redact')
    found['redacted text'] = await languageOf('[data-testid=redacted-text]')
    await openTab(page, 'lexicon')
    found.dictionary = await languageOf('[data-testid=lexicon-source]')
    await openTab(page, 'export')
    await page.click('[data-testid=export-panel] summary')
    await page.locator('[data-testid=export-preview]').waitFor()
    found['export preview'] = await languageOf('[data-testid=export-preview]')
    for (const [what, lang] of Object.entries(found)) assert.equal(lang, 'zh', `${locale}: ${what} is lang=${lang}`)
    await context.close()
  }
})
