// Keyboard and screen-reader QA (second pass): what a screen reader hears from the Entities filter, the confidence
// slider, an idle worker and a batch (few announcements, each from a region in the page before its text), and
// the names, descriptions and headings it reads for the slider, the dictionary box, the theme button, the entity
// buttons and the side panel.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, accessible, analysisAfter, newRecordedContext, openApp, openTab, recordLiveRegions, waitForModelReady } from '../helpers.mjs'

let context
let page
/** What the status line said while the model loaded (checked in a test of its own, last). */
let load = []

const announced = () => page.evaluate(() => window.__announced.splice(0))
const show = (said) => said.map((a) => `${a.region}: ${a.text}`).join(' | ')

test('the Entities filter speaks once typing pauses, from a region already in the page', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx, { locale: 'zh-CN', reducedMotion: 'reduce' }))
  await context.addInitScript(recordLiveRegions)
  // (the worker is released after 3 s idle, for the idle test below)
  page = await openApp(ctx, context, { idle: '3000' })
  await waitForModelReady(page)
  load = (await announced()).filter((a) => a.region === 'status-announcement').map((a) => a.text)
  await analysisAfter(page, () => page.click('[data-testid=sample-news]'))
  await page.waitForTimeout(1000)
  await announced()
  await page.focus('[data-testid=mention-filter]')
  await page.keyboard.type('北京大学', { delay: 120 })
  await page.waitForTimeout(900)
  const said = (await announced()).filter((a) => a.region.startsWith('mention'))
  assert.equal(said.length, 1, `said once: ${show(said)}`)
  assert.equal(said[0].inserted, false, 'from a region in the page before its text')
  assert.match(said[0].text, /名称匹配|没有匹配/)
  await page.fill('[data-testid=mention-filter]', '')
  await page.waitForTimeout(700)
  await announced()
})

test('the entity buttons read their name and a count in words, nothing invisible after it', async () => {
  const { name } = await accessible(page, '[data-testid=mention]')
  assert.match(name, /^\S+ \d+ 次$/, JSON.stringify(name))
  await page.click('[data-locale=en]')
  await page.waitForTimeout(300)
  const english = await accessible(page, '[data-testid=mention]')
  assert.match(english.name, /^\S+ (1 occurrence|\d+ occurrences)$/, JSON.stringify(english.name))
  const pair = await accessible(page, '[data-testid=name-pair]')
  assert.doesNotMatch(pair.name, /[\u2060\u200b]/, JSON.stringify(pair.name))
  await page.click('[data-locale=zh]')
  await page.waitForTimeout(300)
  await announced()
})

test('the confidence slider: its name is its label, the trade-off its description; a pause after moving it says what it hid', async () => {
  const before = await page.locator(SELECTORS.marks).count()
  await page.focus('[data-testid=threshold]')
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight', { delay: 40 })
  await page.waitForTimeout(1200)
  const after = await page.locator(SELECTORS.marks).count()
  const said = (await announced()).filter((a) => a.region === 'threshold-announcement')
  assert.equal(said.length, 1, `said once, after the keys: ${show(said)}`)
  const figures = said[0].text.match(/^显示 (\d+) 个名称（隐藏 (\d+) 个）$/) ?? said[0].text.match(/^仍显示 (\d+) 个名称$/)
  assert.ok(figures, said[0].text)
  assert.equal(Number(figures[1]), after, 'the names the view shows now')
  assert.equal(Number(figures[2] ?? 0), before - after, 'the names the move hid')
  const slider = await accessible(page, '[data-testid=threshold]')
  assert.equal(slider.name, '最低置信度', 'the value is not part of the name')
  const quality = (await page.textContent('[data-testid=threshold-quality]')).trim()
  assert.equal(slider.description, quality)
  await page.locator('[data-testid=threshold]').evaluate((el) => {
    el.value = '0.3'
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.waitForTimeout(900)
  await announced()
})

test('an idle worker\'s release and restart are not announced; the analysis still is', async () => {
  await page.waitForFunction(() => document.querySelector('[data-testid=worker-state]')?.dataset.state === 'released', null, { timeout: 15_000 })
  await page.focus(SELECTORS.editor)
  await page.keyboard.press('Control+End')
  await analysisAfter(page, () => page.keyboard.type('。'))
  await page.waitForTimeout(1500)
  const said = await announced()
  assert.deepEqual(said.filter((a) => a.region === 'status-announcement'), [], show(said))
  assert.ok(said.some((a) => a.region === 'analysis-announcement'), show(said))
})

test('a batch of 30 files is announced at its start, each quarter and its end, not at every file', async () => {
  // At 1.00 the files' names are under the threshold, and the warning about them changes with every file too.
  await page.locator('[data-testid=threshold]').evaluate((el) => {
    el.value = '1'
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await openTab(page, 'batch')
  await page.waitForTimeout(900)
  await announced()
  const files = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`第${i}篇：国务院总理李强在北京会见了法国总统马克龙。`) }))
  await page.setInputFiles('[data-testid=batch-files]', files)
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-list] li[data-status=done]').length === 30, null, { timeout: 90_000 })
  await page.waitForTimeout(800)
  const said = (await announced()).filter((a) => a.region.startsWith('batch'))
  assert.ok(said.length >= 2 && said.length <= 5, `${said.length}: ${show(said)}`)
  assert.ok(said.every((a) => a.region === 'batch-announcement' && !a.inserted), show(said))
  assert.match(said[0].text, /^正在分析 30 个文件/)
  assert.equal(said.at(-1).text, (await page.textContent('[data-testid=batch-summary]')).trim().replace(/\s+/g, ' '), 'the end says the summary')
  assert.match(said.at(-1).text, /低于置信度/, 'with the names under the threshold')
  await page.locator('[data-testid=threshold]').evaluate((el) => {
    el.value = '0.3'
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.waitForTimeout(900)
})

test('the dictionary box is named by its heading and described by its help, which gives the keyboard route', async () => {
  await openTab(page, 'lexicon')
  const box = await accessible(page, '[data-testid=lexicon-source]')
  assert.equal(box.name, '自定义词典')
  assert.match(box.description, /方向键.*回车/)
})

test('the side panel has a heading, and each tab\'s panel one under it; the theme button\'s description does not repeat its name', async () => {
  for (const tab of ['entities', 'export', 'redact', 'batch', 'lexicon', 'model']) {
    await openTab(page, tab)
    const outline = await page.$$eval('aside :is(h1, h2, h3, h4, h5, h6)', (hs) => hs.map((h) => ({ level: Number(h.tagName[1]), text: h.textContent.trim() })))
    assert.equal(outline[0]?.level, 2, `${tab}: ${JSON.stringify(outline)}`)
    assert.equal(outline[1]?.level, 3, `${tab}: ${JSON.stringify(outline)}`)
    assert.equal(outline[1].text, (await page.textContent(`[data-tab=${tab}]`)).trim(), 'the panel\'s heading is its tab\'s name')
    for (let i = 1; i < outline.length; i++) assert.ok(outline[i].level <= outline[i - 1].level + 1 && outline[i].level >= 3, `${tab}: no level skipped: ${JSON.stringify(outline)}`)
  }
  const aside = await accessible(page, 'aside')
  assert.equal(aside.name, '结果与工具')
  const theme = await accessible(page, '[data-testid=theme-toggle]')
  assert.match(theme.name, /^切换到/)
  assert.notEqual(theme.description, theme.name)
})

test('the status line names the model it loads', async (ctx) => {
  await context.close()
  if (!ctx.realModel) return // (a folder's model, not one of the site's, has no name before it loads)
  assert.ok(load.some((text) => text.includes('新闻（三类）')), `the model is named: ${load.join(' | ')}`)
})
