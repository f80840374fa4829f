// Travel QA, a11y: after a batch ended, ticking the rules' switch (识别电话、邮箱…) changed the summary in sight to
// "已分析 9 / 9 项 · 213 个名称" while the hidden status region still said "… 162 个名称": it held a copy of the
// summary taken at the end, so a screen reader heard both, the old count first. Now the region holds the summary
// itself once the batch has ended: a change of count is said, and the line in sight stays hidden from screen readers.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { newRecordedContext, openApp, openTab, recordLiveRegions, setThreshold, waitForBatchDone, waitForModelReady } from '../helpers.mjs'

const FILES = [
  ['行程.txt', '导游陈志远带团去杭州，联系电话13911872345，邮箱chenzy@example.com。'],
  ['名单.txt', '游客李建国，手机13812345678，身份证号510104196503124514。'],
]

test('Batch: the status region says the summary in sight, also after the rules\' switch changes its count', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  await context.addInitScript(recordLiveRegions)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', FILES.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })))
  await waitForBatchDone(page, FILES.length)
  await page.waitForTimeout(500)
  // (the switch is shown with the batch's downloads; off by default)
  const patternsSwitch = page.locator('[data-testid=batch-find-patterns]')
  assert.equal(await patternsSwitch.isChecked(), false)

  const summary = page.locator('[data-testid=batch-summary]')
  const region = page.locator('[data-testid=batch-announcement]')
  const words = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim()
  const before = await words(summary)
  assert.match(before, /^已分析 2 \/ 2 个文件/u)
  assert.equal(await words(region), before)
  assert.equal(await summary.getAttribute('aria-hidden'), 'true')
  await page.evaluate(() => window.__announced.splice(0))

  // The rules find the phones, the e-mail and the ID number: more names, in sight and in the region alike.
  await patternsSwitch.check()
  await page.waitForFunction((old) => document.querySelector('[data-testid=batch-summary]').textContent.replace(/\s+/g, ' ').trim() !== old, before, { timeout: 10_000 })
  // (said once the count has settled, SUMMARY_SETTLE_MS)
  await page.waitForTimeout(900)
  const after = await words(summary)
  const count = (text) => Number(/· (\d+) 个名称/u.exec(text)?.[1])
  assert.ok(count(after) > count(before), `${before} → ${after}`)
  assert.equal(await words(region), after, 'the region says the count in sight')
  assert.equal(await summary.getAttribute('aria-hidden'), 'true', 'and the line in sight is read once')
  const said = (await page.evaluate(() => window.__announced.splice(0))).filter((a) => a.region.startsWith('batch'))
  assert.deepEqual(said.map((a) => a.text), [after], 'said once, from the status region')

  // Off again: back to the first count, said too.
  await patternsSwitch.uncheck()
  await page.waitForTimeout(900)
  assert.equal(await words(summary), before)
  assert.equal(await words(region), before)

  // The threshold slider dragged to and fro, 50 ms apart (re-check QA): the count changes at each step, and the
  // summary it settles on is said once, not at every step (five announcements before).
  await page.evaluate(() => window.__announced.splice(0))
  const counts = []
  for (const value of [1, 0.5, 1, 0.5, 1]) {
    await setThreshold(page, value)
    counts.push(count(await words(summary)))
    await page.waitForTimeout(50)
  }
  await page.waitForTimeout(1_000)
  const settled = await words(summary)
  assert.ok(count(settled) < count(before), `the slider hides names: ${before} → ${settled}`)
  assert.equal(new Set(counts).size, 2, `the count changed at each step: ${counts}`)
  assert.equal(await words(region), settled)
  const saidOnSlider = (await page.evaluate(() => window.__announced.splice(0))).filter((a) => a.region.startsWith('batch'))
  assert.deepEqual(saidOnSlider.map((a) => a.text), [settled], 'the settled summary, said once')
  assert.equal(await summary.getAttribute('aria-hidden'), 'true')
  await context.close()
})
