// Dictionary QA: a name typed on the Dictionary tab inside a longer name the model found (省财政局 ORG, the model's
// 省教育厅联合省财政局/ORG) marked nothing, and the tab said only "2 entries · 0 marked": no which, no why. Now the
// tab lists the entries that mark nothing and why, and offers what selecting the name in the view does (a
// never-mark line for the longer name), with an undo. And "Never mark" was hard to take back: selecting 周二 again
// after it offered only "Mark as"; now the bar says it is on the never-mark list and lets the model mark it again.
// Real model only: what the model marks is the point.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, axeViolations, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, visibleMarks, waitForModelReady } from '../helpers.mjs'

const TEXT = '昨天，省教育厅联合省财政局发布通知。会议于周二在南京举行，张建华出席。'
const LONGER = '省教育厅联合省财政局'

/** Selects the first `text` in the highlighted view's plain text, as a drag or a long press does. */
async function selectInView(page, text) {
  await page.evaluate(([view, wanted]) => {
    const walker = document.createTreeWalker(document.querySelector(view), NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(wanted)
      if (at >= 0) return getSelection().setBaseAndExtent(node, at, node, at + wanted.length)
    }
    throw new Error(`${wanted} not in the view's text`)
  }, [SELECTORS.view, text])
}

const source = (page) => page.inputValue('[data-testid=lexicon-source]')
const marked = async (page, text, from) => (await visibleMarks(page)).some((m) => m.text === text && (from === undefined || (from === 'lexicon') === /词典|dictionary/.test(m.title)))

for (const locale of ['zh-CN', 'en-US']) {
  test(`${locale}: the Dictionary tab says why a name marks nothing and marks it inside a longer name; a never-marked selection can be marked again`, async (ctx) => {
    const { context } = await newRecordedContext(ctx, { locale })
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, TEXT)
    assert.ok(await marked(page, LONGER), `the model marks ${LONGER}: ${JSON.stringify(await visibleMarks(page))}`)
    assert.ok(await marked(page, '周二'), '周二 is marked (wrongly, as a person) by the model')

    // Typed on the tab: one inside the model's longer name, one not in the text.
    await openTab(page, 'lexicon')
    await page.fill('[data-testid=lexicon-source]', '省财政局 ORG\n腾讯 ORG\n')
    const item = page.locator('[data-testid=lexicon-unmarked] li[data-entry="省财政局"]')
    await item.waitFor()
    assert.match(await item.textContent(), new RegExp(`省财政局.*${LONGER}`))
    assert.match(await page.textContent('[data-testid=lexicon-absent]'), /腾讯/)
    assert.deepEqual(await axeViolations(page), [])
    await screenshot(ctx, page, `99m-dictionary-unmarked-${locale}`)

    // One click does what the view's selection does: the longer name is no longer marked, the typed one is.
    await item.locator('[data-testid=lexicon-mark-inside]').click()
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=highlight-view] mark')].some((m) => m.textContent === '省财政局'))
    assert.ok(await marked(page, '省财政局', 'lexicon'))
    assert.ok(!(await marked(page, LONGER)))
    assert.equal(await source(page), `省财政局 ORG\n腾讯 ORG\n-${LONGER}\n`)
    assert.equal(await item.count(), 0, 'the entry is no longer listed')
    assert.match(await page.textContent('[data-testid=lexicon-split-done]'), new RegExp(`-${LONGER}`))
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'lexicon-split-undo', 'the focus is on the undo')
    await screenshot(ctx, page, `99m-dictionary-marked-inside-${locale}`)
    // Undo takes the line back out, and the entry is listed again.
    await page.click('[data-testid=lexicon-split-undo]')
    await item.waitFor()
    assert.equal(await source(page), '省财政局 ORG\n腾讯 ORG\n')
    await page.waitForFunction((name) => [...document.querySelectorAll('[data-testid=highlight-view] mark')].some((m) => m.textContent === name), LONGER)

    // "Never mark" 周二, then select it again: the bar says it is on the never-mark list and lets the model mark it.
    // (hasText: in an English interface the name is a <span lang="zh"> inside the mark, which :text-is would pick)
    await page.locator(SELECTORS.marks, { hasText: /^周二$/ }).click()
    await page.click('[data-correct=never]')
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid=highlight-view] mark')].some((m) => m.textContent === '周二'))
    assert.match(await source(page), /^-周二$/m)
    await selectInView(page, '周二')
    await page.waitForFunction(() => document.querySelector('[data-testid=picked-entity] b')?.textContent === '周二')
    await page.locator('[data-testid=correction-never-listed]').waitFor()
    const box = await page.locator('[data-testid=picked-entity]').boundingBox()
    await screenshot(ctx, page, `99m-bar-never-listed-${locale}`, { clip: { x: box.x - 8, y: box.y - 8, width: 900, height: box.height + 16 } })
    await page.click('[data-correct=allow]')
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=highlight-view] mark')].some((m) => m.textContent === '周二'))
    assert.doesNotMatch(await source(page), /周二/)
    assert.match(await page.textContent('[data-testid=correction-done]'), /周二/)
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'correction-undo')
    // Its undo puts the line back.
    await page.click('[data-testid=correction-undo]')
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid=highlight-view] mark')].some((m) => m.textContent === '周二'))
    assert.match(await source(page), /^-周二$/m)
    assert.deepEqual(page.events.pageErrors, [])
    await context.close()
  }, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the real model'), timeoutMs: 180_000 })
}
