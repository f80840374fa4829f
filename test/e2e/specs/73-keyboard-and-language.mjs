// Keyboard and screen-reader details axe does not catch: the samples list moved through with the arrow keys,
// focus after the Batch tab's Clear, the names the highlighted view and its names have, the type of each name
// of a pair in words, and the language of the user's Chinese text in an English or Traditional interface.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, accessible, analysisAfter, axeViolations, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const TEXT = '国务院总理李强在北京会见了客人。'
// Names from the dictionary, so that the pairs and their types do not depend on the model under test.
const DICTIONARY = '李强 人名\n北京 地名\n国务院 机构名'

/** Role and accessible name of the element `selector` matches (its description left out). */
async function roleAndName(page, selector) {
  const { role, name } = await accessible(page, selector)
  return { role, name }
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

test('the samples: one keypress or click loads each, its button says which is open, and Restore still takes it back', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 360, height: 800 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const mine = '我的草稿。'
  await setTextAndWait(page, mine)
  const openSamples = () => page.$$eval('[data-testid=samples] [aria-current=true]', (buttons) => buttons.map((b) => b.dataset.testid))
  // A named group of buttons, one per sample, every one in sight at phone width.
  assert.equal(await page.getAttribute('[data-testid=samples]', 'role'), 'group')
  assert.match(await page.textContent(`#${await page.getAttribute('[data-testid=samples]', 'aria-labelledby')}`), /示例/)
  const buttons = await page.$$eval('[data-testid=samples] button', (all) => all.map((b) => {
    const box = b.getBoundingClientRect()
    return { id: b.dataset.testid, name: b.textContent.trim(), inSight: box.left >= 0 && box.right <= window.innerWidth, height: box.height }
  }))
  assert.deepEqual(buttons.map((b) => b.id), ['news', 'business', 'campus', 'traditional', 'tricky', 'long'].map((id) => `sample-${id}`))
  for (const b of buttons) assert.ok(b.name && b.inSight && b.height >= 24, `${b.id}: ${JSON.stringify(b)}`)
  assert.deepEqual(await openSamples(), [])
  await page.focus('[data-testid=sample-tricky]')
  await analysisAfter(page, () => page.keyboard.press('Enter'))
  assert.match(await page.inputValue(SELECTORS.editor), /朋友圈转发/)
  assert.deepEqual(await openSamples(), ['sample-tricky'], 'the button says which sample is open')
  await analysisAfter(page, () => page.click('[data-testid=restore-text]'))
  assert.equal(await page.inputValue(SELECTORS.editor), mine)
  assert.deepEqual(await openSamples(), [], 'no button names a sample that is not open')
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

test('the Batch tab\'s Stop hands focus to Resume when pressed, and to Clear when the batch ends under it', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  const long = '国务院总理李强在人民大会堂会见了法国总统马克龙。'.repeat(400)
  const files = (count) => Array.from({ length: count }, (_, i) => ({ name: `f${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(long) }))
  const focused = () => page.evaluate(() => document.activeElement.dataset.testid ?? document.activeElement.tagName)
  // Pressed: what is left to do (Resume) takes its place.
  await page.setInputFiles('[data-testid=batch-files]', files(20))
  await page.focus('[data-testid=batch-stop]')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => !document.querySelector('[data-testid=batch-stop]'))
  await page.waitForTimeout(100)
  assert.equal(await focused(), 'batch-resume', 'focus on Resume after Stop')
  // Not pressed: the batch ends while focus is on Stop.
  await page.click('[data-testid=batch-clear]')
  await page.setInputFiles('[data-testid=batch-files]', files(2))
  await page.focus('[data-testid=batch-stop]')
  await page.waitForFunction(() => !document.querySelector('[data-testid=batch-stop]'), null, { timeout: 120_000 })
  await page.waitForTimeout(100)
  assert.equal(await focused(), 'batch-clear', 'focus on Clear once the batch is done')
  await context.close()
}, { timeoutMs: 180_000 })

test('the highlighted view is a named document; a name reached with the arrow keys is named with its type', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'zh-CN')
  assert.deepEqual(await roleAndName(page, SELECTORS.view), { role: 'document', name: '实体高亮' })
  await page.focus(SELECTORS.view)
  await page.keyboard.press('ArrowRight')
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, label: document.activeElement.dataset.label }))
  assert.deepEqual(await roleAndName(page, `${SELECTORS.view} mark[tabindex]`), { role: 'button', name: `${first.text}，${first.label}` })
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
  assert.match((await roleAndName(page, '[data-testid=name-pair]')).name, /（(人名|地名|机构名)）.*（(人名|地名|机构名)）/)
  for (const [text, type] of [['李强', '人名'], ['北京', '地名'], ['国务院', '机构名']]) {
    assert.ok(names.some((name) => name.includes(`${text}（${type}）`)), `${text}（${type}） in ${names.join(' | ')}`)
  }
  // In sight too, not only to screen readers: in forced colours every chip is the same colour (QA).
  const shown = await page.$$eval('[data-testid=name-pair] [data-testid=pair-type]', (all) => all.map((el) => ({ text: el.textContent, width: el.getBoundingClientRect().width, lang: el.closest('[lang]').getAttribute('lang') })))
  assert.ok(shown.length >= 2 && shown.every((s) => s.width > 10 && /（(人名|地名|机构名)）/.test(s.text)), JSON.stringify(shown))
  assert.ok(shown.every((s) => s.lang !== 'zh'), 'the type is in the interface\'s language, outside the name\'s lang=zh')
  await context.close()
})

test('the user\'s Chinese text is marked as Chinese in the English and the Traditional interface', async (ctx) => {
  for (const locale of ['en-US', 'zh-TW']) {
    const { context, page } = await pageWithNames(ctx, locale)
    const languageOf = (selector) => page.$eval(selector, (el) => el.closest('[lang]').getAttribute('lang'))
    // A highlighted name's text (in the English interface inside the mark, whose label is English).
    const languageOfName = () => page.$eval(SELECTORS.marks, (mark) => {
      const first = mark.firstChild
      return (first.nodeType === Node.ELEMENT_NODE ? first : mark).closest('[lang]').getAttribute('lang')
    })
    const places = {
      editor: SELECTORS.editor,
      'mention': '[data-testid=mention] span',
      'name pair': '[data-testid=name-pair] .entity',
    }
    const found = {}
    for (const [what, selector] of Object.entries(places)) found[what] = await languageOf(selector)
    found['highlighted name'] = await languageOfName()
    // One child per mark, the name's text or its span: no empty anchor nodes (a mark per name in a 1,000,000-
    // character text is a lot of nodes already).
    assert.deepEqual(await page.$eval(SELECTORS.marks, (mark) => [...mark.childNodes].map((n) => n.nodeName)), [locale === 'en-US' ? 'SPAN' : '#text'])
    // Its label and title are in the interface's language (a11y QA: "Organization" was spoken with the Chinese voice).
    assert.equal(await page.$eval(SELECTORS.marks, (mark) => mark.closest('[lang]').getAttribute('lang')), locale === 'en-US' ? 'en' : 'zh-Hant')
    // A long type name is short on the marks (design QA: "Organization" after every name took a third of a line at
    // 360 px); the mark's title keeps the full name.
    const [label, title] = await page.$eval(`${SELECTORS.marks}[data-type=ORG]`, (mark) => [mark.dataset.label, mark.title])
    assert.equal(label, locale === 'en-US' ? 'Org' : '機構名')
    assert.match(title, locale === 'en-US' ? /Organization/ : /機構名/)
    await openTab(page, 'redact')
    found['redacted text'] = await languageOf('[data-testid=redacted-text]')
    await openTab(page, 'lexicon')
    found.dictionary = await languageOf('[data-testid=lexicon-source]')
    await openTab(page, 'export')
    await page.click('[data-testid=export-preview-toggle]')
    await page.locator('[data-testid=export-preview]').waitFor()
    found['export preview'] = await languageOf('[data-testid=export-preview]')
    // In the Traditional interface every place is Traditional (design QA: marked zh, ，。 were drawn bottom-left,
    // mainland style; QA: 骨, 令, 直 in mainland shapes in the view and the list beside the editor's); useTextLang.
    for (const [what, lang] of Object.entries(found)) assert.equal(lang, locale === 'zh-TW' ? 'zh-Hant' : 'zh', `${locale}: ${what} is lang=${lang}`)
    if (locale === 'en-US') {
      // Switched to Chinese, the view's labels follow (its chunks are re-rendered on a language switch too).
      await page.click('[data-locale=zh]')
      await page.waitForFunction((selector) => /名/.test(document.querySelector(selector).dataset.label), SELECTORS.marks)
      assert.equal(await page.$eval(SELECTORS.marks, (mark) => mark.getAttribute('lang')), null)
    }
    await context.close()
  }
})

test('after a language switch, the picked name\'s line, the correction message and the focused name\'s label are in the new language', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'zh-CN')
  const switchTo = (code) => page.$eval(`[data-locale=${code}]`, (button) => button.click()) // (focus stays where it is)
  await page.focus(SELECTORS.view)
  await page.keyboard.press('ArrowRight')
  const name = await page.evaluate(() => document.activeElement.textContent)
  await switchTo('en')
  await page.waitForTimeout(200)
  const label = await page.$eval(`${SELECTORS.view} mark[role=button]`, (mark) => mark.getAttribute('aria-label'))
  assert.match(label, new RegExp(`^${name}, (Person|Location|Organization)$`), `the focused name's label: ${label}`)
  await switchTo('zh')
  await page.focus(`${SELECTORS.view} mark[role=button]`)
  await page.keyboard.press('Enter')
  assert.match(await page.textContent('[data-testid=picked-entity]'), /来自自定义词典/)
  await switchTo('en')
  await page.waitForTimeout(200)
  const line = await page.textContent('[data-testid=picked-entity]')
  assert.match(line, /from your dictionary/, line)
  assert.doesNotMatch(line, /来自|人名|地名|机构名/, line)
  await page.click('[data-testid=picked-entity] [data-correct=forget]')
  await page.locator('[data-testid=correction-done]').waitFor()
  assert.match(await page.textContent('[data-testid=correction-done]'), /^Removed from your dictionary: /)
  assert.equal(await page.$eval('[data-testid=correction-done] [lang]', (el) => `${el.getAttribute('lang')} ${el.textContent}`), `zh ${name}`, 'the name in it is marked Chinese')
  await switchTo('zh')
  await page.waitForTimeout(200)
  assert.match(await page.textContent('[data-testid=correction-done]'), /^已从自定义词典删除/)
  await context.close()
})

test('the view: Home and End go to the first and last names; a paragraph rendered again keeps the focus on its name', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'zh-CN')
  await page.focus(SELECTORS.view)
  const marks = await page.$$eval(SELECTORS.marks, (all) => all.map((m) => m.textContent))
  const focused = () => page.evaluate(() => (document.activeElement.tagName === 'MARK' ? document.activeElement.textContent : document.activeElement.tagName))
  await page.keyboard.press('End')
  assert.equal(await focused(), marks.at(-1))
  await page.keyboard.press('Home')
  assert.equal(await focused(), marks[0])
  // The paragraph changes under the focused name (text put in from elsewhere: a dictionary edit, a file opened): its
  // marks are new elements.
  await page.$eval(SELECTORS.editor, (editor) => {
    editor.value = `今天，${editor.value}`
    editor.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.waitForFunction(() => document.querySelector('[data-testid=highlight-view]').textContent.startsWith('今天'))
  // Until the paragraph's names come back (after the typing pause and its run), the view holds the focus.
  assert.notEqual(await focused(), 'BODY', 'focus stays in the view meanwhile')
  await page.waitForFunction((name) => document.activeElement?.tagName === 'MARK' && document.activeElement.textContent === name, marks[0], { timeout: 15_000 })
  assert.equal(await focused(), marks[0], 'focus back on the name, not on <body>')
  await context.close()
})

test('the Redact checkboxes and the model radios are named by their labels alone, their help describes them', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'en-US' })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const description = (selector) => page.$eval(selector, (el) => el.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent.trim()).join(' '))
  await openTab(page, 'redact')
  // (QA: whole help paragraphs were part of each name)
  assert.deepEqual(await roleAndName(page, '[data-testid=find-patterns]'), { role: 'checkbox', name: 'Also find phone, ID, card and record numbers, e-mail addresses, dates of birth, ages, plates and house numbers' })
  assert.match(await description('[data-testid=find-patterns]'), /^By rule, not by the model/)
  assert.doesNotMatch((await roleAndName(page, '[data-testid=redact-everywhere]')).name, /The model can mark/)
  await openTab(page, 'model')
  await page.locator('[data-testid=choose-shiti-news-v1]').waitFor()
  const radio = await roleAndName(page, '[data-testid=choose-shiti-news-v1]')
  assert.ok(radio.role === 'radio' && radio.name.length < 40, `the radio's name: ${radio.name}`)
  assert.ok((await description('[data-testid=choose-shiti-news-v1]')).length > 40)
  await context.close()
})

test('Remove the stored model asks in a group named by its question, which both answers are described by', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'en-US' })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'model')
  await page.focus('[data-testid=clear-model]')
  await page.keyboard.press('Enter')
  await page.locator('[data-testid=cancel-clear]').waitFor()
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'cancel-clear')
  const question = /^Remove the stored model from this browser\?/
  // (QA: focus on Cancel, a screen reader said only "Cancel, button")
  const group = await roleAndName(page, '[data-testid=confirm-clear-group]')
  assert.equal(group.role, 'group')
  assert.match(group.name, question)
  for (const answer of ['cancel-clear', 'confirm-clear']) {
    const described = await page.$eval(`[data-testid=${answer}]`, (el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent)
    assert.match(described ?? '', question, `${answer} is described by the question`)
  }
  assert.notEqual((await roleAndName(page, '[data-testid=confirm-clear]')).name, 'Remove the stored model', 'the confirming button says what it does')
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'clear-model')
  // Escape answers Cancel, wherever the focus is in the group (visual QA).
  await page.keyboard.press('Enter')
  await page.keyboard.press('Shift+Tab')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'confirm-clear')
  await page.keyboard.press('Escape')
  assert.equal(await page.locator('[data-testid=confirm-clear-group]').count(), 0)
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'clear-model')
  await context.close()
})
