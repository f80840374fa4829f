// Correction QA: clicking a name the model marks offers "Never mark" (不再标注), but drag-selecting the same name
// offered only "Mark as": a user who reviews by selecting text could not take out a wrong name. Now a selection of
// exactly a model's name (however the drag's ends fall) offers it too, with the same effect (a "-name" line) and the
// same message; a selection that only overlaps a name (part of it, or it and a neighbour) does not, since a
// "-name" line of that text would stop nothing that is marked. Real model only: what the model marks is the point.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, newRecordedContext, openApp, setTextAndWait, visibleMarks, waitForModelReady } from '../helpers.mjs'

const TEXT = '昨天上午，张建华在南京会见了来访的李明，双方就合作交换了意见。'

/** The model's marks (not the dictionary's, not found by rule) whose text occurs once in TEXT. */
async function modelNames(page) {
  const marks = await page.$$eval(SELECTORS.marks, (ms) => ms.filter((m) => m.dataset.source === undefined).map((m) => m.textContent))
  return marks.filter((name) => name.length >= 2 && TEXT.indexOf(name) === TEXT.lastIndexOf(name))
}

/** Drags the mouse across `name`'s mark, from its first character to its last, as a user selects it. */
async function dragAcross(page, name) {
  const box = await page.evaluate(({ marks, name }) => {
    const mark = [...document.querySelectorAll(marks)].find((m) => m.textContent === name)
    const range = document.createRange()
    range.selectNodeContents(mark)
    const rects = [...range.getClientRects()]
    const r = rects[0]
    return { left: r.left, right: rects.at(-1).right, y: r.top + r.height / 2 }
  }, { marks: SELECTORS.marks, name })
  await page.mouse.move(box.left + 1, box.y)
  await page.mouse.down()
  await page.mouse.move(box.right - 1, box.y, { steps: 5 })
  await page.mouse.up()
}

/**
 * Selects, with the Selection API (a long press, a keyboard), the characters [from, to) of TEXT in the view. `outside`:
 * a boundary at a mark's edge is put in the text node beside it (the end of the one before, the start of the one after)
 * instead of inside the mark.
 */
async function selectChars(page, from, to, outside = false) {
  await page.evaluate(({ view, from, to, outside }) => {
    const texts = []
    const walker = document.createTreeWalker(document.querySelector(view), NodeFilter.SHOW_TEXT)
    let at = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push({ node, start: at, end: at + node.data.length })
      at += node.data.length
    }
    const find = (offset, isEnd) => {
      const hits = texts.filter((t) => t.start <= offset && offset <= t.end)
      // Two nodes meet at the offset: the one ending there or the one starting there.
      const inMark = (t) => !!t.node.parentElement.closest('mark')
      const pick = hits.length === 1 ? hits[0] : hits.find((t) => inMark(t) !== outside) ?? hits[isEnd ? 0 : hits.length - 1]
      return [pick.node, offset - pick.start]
    }
    const [a, ao] = find(from, false)
    const [b, bo] = find(to, true)
    getSelection().setBaseAndExtent(a, ao, b, bo)
  }, { view: SELECTORS.view, from, to, outside })
}

const pickedText = (page) => page.evaluate(() => document.querySelector('[data-testid=picked-entity] b')?.textContent)
const offered = (page) => page.$$eval('[data-correct]', (bs) => bs.map((b) => b.dataset.correct))
const source = (page) => page.evaluate(() => localStorage.getItem('shiti.lexicon') ?? '')
const isMarked = (page, name) => page.$$eval(SELECTORS.marks, (ms, name) => ms.some((m) => m.textContent === name), name)

async function waitPicked(page, text) {
  await page.waitForFunction((text) => document.querySelector('[data-testid=picked-entity] b')?.textContent === text, text)
}

/** Picks something else first (the text's first character), so that the next selection is seen as a new pick. */
async function reset(page) {
  await selectChars(page, 0, 1)
  await waitPicked(page, TEXT[0])
}

for (const locale of ['zh-CN', 'en-US']) {
  test(`${locale}: a drag selection of exactly a model's name offers "never mark", as a click does; one that only overlaps it does not`, async (ctx) => {
    const { context } = await newRecordedContext(ctx, { locale })
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await setTextAndWait(page, TEXT)
    const names = await modelNames(page)
    assert.ok(names.length >= 2, `the model marks two names here: ${JSON.stringify(await visibleMarks(page))}`)
    assert.equal(await page.textContent(SELECTORS.view), TEXT, 'the view holds the text and nothing else')
    const [name, other] = names
    const start = TEXT.indexOf(name)

    // Dragged across with the mouse: "never mark" is offered beside the types, and does what the click's does.
    await dragAcross(page, name)
    await waitPicked(page, name)
    assert.ok((await offered(page)).includes('never'), `never offered for the selected ${name}: ${await offered(page)}`)
    assert.equal(await page.getAttribute('[data-correct=never]', 'title'), locale === 'zh-CN'
      ? `把“-${name}”加入自定义词典：模型不再标出与之完全相同的文本`
      : `Adds “-${name}” to your dictionary: the model no longer marks exactly this text`)
    await page.click('[data-correct=never]')
    await page.waitForFunction(({ marks, name }) => ![...document.querySelectorAll(marks)].some((m) => m.textContent === name), { marks: SELECTORS.marks, name })
    assert.match(await source(page), new RegExp(`^-${name}$`, 'm'))
    assert.equal(await page.textContent('[data-testid=correction-done]'), locale === 'zh-CN'
      ? `不再标注：${name}（已加入词典，保存在本浏览器中）`
      : `No longer marked: ${name} (added to your dictionary, kept in this browser)`)
    assert.equal(await page.evaluate(() => getSelection().isCollapsed), true, 'the selection is let go')
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'correction-undo')
    await page.click('[data-testid=correction-undo]')
    await page.waitForFunction(({ marks, name }) => [...document.querySelectorAll(marks)].some((m) => m.textContent === name), { marks: SELECTORS.marks, name })
    assert.doesNotMatch(await source(page), new RegExp(`-${name}`))

    // Selected without the mouse, its ends in the text beside the mark or inside it: the same.
    for (const outside of [true, false]) {
      await reset(page)
      await selectChars(page, start, start + name.length, outside)
      await waitPicked(page, name)
      assert.ok((await offered(page)).includes('never'), `never offered (ends ${outside ? 'outside' : 'inside'} the mark): ${await offered(page)}`)
    }

    // Only overlapping it: part of the name, the name and the character after it. No "never mark", as before: its
    // line would be of text the model does not mark.
    for (const [from, to] of [[start, start + name.length - 1], [start, start + name.length + 1]]) {
      await reset(page)
      await selectChars(page, from, to)
      await waitPicked(page, TEXT.slice(from, to))
      assert.ok(!(await offered(page)).includes('never'), `no never for ${TEXT.slice(from, to)}: ${await offered(page)}`)
      assert.ok((await offered(page)).length > 0, 'marking it as a type is still offered')
    }

    // The other name, dragged across and never-marked; the first stays marked.
    await page.evaluate(() => getSelection().removeAllRanges())
    await dragAcross(page, other)
    await waitPicked(page, other)
    await page.click('[data-correct=never]')
    await page.waitForFunction(({ marks, name }) => ![...document.querySelectorAll(marks)].some((m) => m.textContent === name), { marks: SELECTORS.marks, name: other })
    assert.ok(await isMarked(page, name))
    assert.match(await source(page), new RegExp(`^-${other}$`, 'm'))
    assert.equal(await pickedText(page), undefined, 'the bar shows its message, not a pick')
    assert.deepEqual(page.events.pageErrors, [])
    await context.close()
  }, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the real model'), timeoutMs: 180_000 })
}
