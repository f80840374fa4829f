// The Traditional interface (QA, a Hong Kong/Taiwan journalist): the editor and the Redact text were marked zh-Hant,
// but the highlighted view, the entity list, the dictionary and the export preview were lang="zh", so the font drew
// 骨, 令, 直 in their mainland shapes beside the editor's Taiwanese ones; the exported page was lang="zh" too. And
// "Find a name" did not cross scripts: 陈美玲 found the 陈美玲 row, not the 陳美玲 one, as Redact treats them as one.
// In the English interface, the brand 实体 in the header and the footer had no lang.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, openTab, setTextAndWait, waitForModelReady } from '../helpers.mjs'

// Written for this test: each name in both scripts; the dictionary holds one script, and marks the other with it.
const TEXT = '陈美玲昨天在臺北見了陳美玲的朋友黃志強，黄志强说骨头令人直冒冷汗。'
const DICTIONARY = '陈美玲 人名\n黃志強 人名\n臺北 地名'

async function pageWithNames(ctx, locale) {
  const { context } = await newRecordedContext(ctx, { locale })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', DICTIONARY)
  await setTextAndWait(page, TEXT)
  // Both scripts of each name marked (the dictionary's Traditional table comes on demand).
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 5, null, { timeout: 30_000 })
  return { context, page }
}

/** Every [lang] in the page's main part, with its value and where it is. */
const langsInMain = (page) => page.$$eval('main [lang]', (all) => all.map((el) => ({
  lang: el.getAttribute('lang'),
  where: el.closest('[data-testid]')?.dataset.testid ?? el.tagName,
  text: el.textContent.slice(0, 20),
})))

for (const [locale, expected] of [['zh-TW', 'zh-Hant'], ['zh-CN', 'zh']]) {
  test(`${locale}: the user's text is lang=${expected} in every panel, and in the exported page`, async (ctx) => {
    const { context, page } = await pageWithNames(ctx, locale)
    const seen = new Set()
    const check = async (what) => {
      const langs = await langsInMain(page)
      for (const l of langs) seen.add(l.where)
      const wrong = langs.filter((l) => l.lang !== expected)
      assert.deepEqual(wrong, [], `${locale}, ${what}: every [lang] in main is ${expected}`)
    }
    await check('dictionary tab')
    assert.equal(await page.getAttribute('[data-testid=lexicon-source]', 'lang'), expected)
    await openTab(page, 'entities')
    await page.locator('[data-testid=mention]').first().waitFor()
    // A name's occurrences stepped through (RevealSteps), its name in the text's language.
    await page.locator('[data-testid=mention]').first().click()
    await check('entities tab, a name revealed')
    assert.equal(await page.$eval('[data-testid=mention]', (b) => b.querySelector('[lang]').getAttribute('lang')), expected, 'a name chip')
    assert.equal(await page.$eval(SELECTORS.marks, (mark) => mark.closest('[lang]').getAttribute('lang')), expected, 'a highlighted name')
    await openTab(page, 'export')
    await page.check('input[name=export-format][value=html]')
    await page.click('[data-testid=export-preview-toggle]')
    await page.locator('[data-testid=export-preview]').waitFor()
    await check('export tab')
    assert.equal(await page.getAttribute('[data-testid=export-preview]', 'lang'), expected, 'the export preview')
    assert.match(await page.textContent('[data-testid=export-preview]'), new RegExp(`^<!doctype html>\\n<html lang="${expected}">`), 'the exported page')
    for (const where of ['highlight-view', 'mention', 'export-preview', 'lexicon-source']) assert.ok(seen.has(where), `${where} was checked: ${[...seen]}`)
    await context.close()
  }, { timeoutMs: 120_000 })
}

test('Find a name finds a name in either script', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'zh-TW')
  await openTab(page, 'entities')
  await page.locator('[data-testid=mention]').first().waitFor()
  const rows = () => page.$$eval('[data-testid=mention] [lang]', (all) => all.map((s) => s.textContent).sort())
  const search = async (query, names) => {
    await page.fill('[data-testid=mention-filter]', query)
    const want = [...names].sort()
    await page.waitForFunction(([w]) => {
      const got = [...document.querySelectorAll('[data-testid=mention] [lang]')].map((s) => s.textContent).sort()
      return JSON.stringify(got) === JSON.stringify(w)
    }, [want], { timeout: 10_000 }).catch(() => undefined)
    assert.deepEqual(await rows(), want, `searching ${query}`)
  }
  await search('陈美玲', ['陈美玲', '陳美玲'])
  await search('陳美玲', ['陈美玲', '陳美玲'])
  await search('黄志', ['黃志強', '黄志强'])
  await search('臺', ['臺北'])
  await context.close()
}, { timeoutMs: 120_000 })

test('English interface: the brand 实体 is marked Chinese in the header and the footer; the text is zh', async (ctx) => {
  const { context, page } = await pageWithNames(ctx, 'en-US')
  assert.equal(await page.$eval('header h1', (h) => `${h.textContent.trim()}|${h.querySelector('[lang]')?.outerHTML}`), 'Shiti 实体|<span lang="zh">实体</span>')
  assert.equal(await page.$eval('footer', (f) => f.querySelector('[lang]')?.outerHTML), '<span lang="zh">实体</span>')
  assert.equal(await page.getAttribute('[data-testid=lexicon-source]', 'lang'), 'zh')
  // The marks are in English (their labels), the names inside them Chinese.
  assert.equal(await page.$eval(SELECTORS.marks, (mark) => `${mark.getAttribute('lang')} ${mark.firstElementChild?.getAttribute('lang')}`), 'en zh')
  await page.click('[data-locale=zh-Hant]')
  await page.waitForFunction(() => document.querySelector('[data-testid=highlight-view] [lang]')?.getAttribute('lang') === 'zh-Hant')
  assert.equal(await page.$eval('header h1', (h) => `${h.textContent.trim()}|${h.querySelector('[lang]')}`), 'Shiti 實體|null', 'no inner lang in a Chinese interface')
  await context.close()
}, { timeoutMs: 120_000 })
