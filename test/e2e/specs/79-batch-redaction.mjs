// Privacy QA of the Batch tab's redacted copies: with the confidence slider at 1.00 the copies left every name
// readable while each file's row said "no entities" and the tab said nothing of the Redact tab's switch for the
// names under the threshold. Now the tab counts those names next to its downloads, offers the same switch (one
// setting for both tabs), and the rows and the summary count them apart. And a file analysed with the
// fine-grained model keeps all its types in its row after a switch back to the news model.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, axeViolations, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, setThreshold, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

const FINE_ID = 'shiti-cluener-v1'
const NAMES = ['王建国', '李娜', '杭州']
const TEXT = '王建国和李娜昨天在杭州见面。\n'

/** The one .txt file in the redacted copies' .zip. */
async function redactedCopy(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted]')])
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  const [name] = Object.keys(zip.files)
  return zip.file(name).async('string')
}

const rowText = (page) => page.locator('[data-testid=batch-list] li').first().evaluate((li) => li.textContent.replace(/\s+/g, ' ').trim())

async function batchOf(page, files) {
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', files)
  await waitForBatchDone(page, files.length)
}

test('names under the confidence threshold: the Batch tab counts them, warns that its copies leave them readable, and its switch (the Redact tab\'s) replaces them', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setThreshold(page, 1)
  await batchOf(page, [{ name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }])

  // Not "no names found" (once "no entities"): the row and the summary say the file's names are under the threshold.
  const row = await rowText(page)
  assert.ok(!/没有实体|没有找到名称/.test(row), row)
  const under = Number(row.match(/未显示：(\d+) 个低于置信度 1\.00/)?.[1])
  assert.ok(under >= NAMES.length, `the row counts the names under the threshold: ${row}`)
  assert.match(await page.textContent('[data-testid=batch-summary]'), new RegExp(`· 0 个名称 · 另有 ${under} 个低于置信度\u00a01\\.00$`))

  // Next to the downloads: how many names the copies leave readable, and the switch, off as on the Redact tab.
  const left = page.locator('[data-testid=batch-uncertain-left]')
  // (their types in brackets, as the Redact tab says them: people and a place, each with its count)
  const leftText = (await left.textContent()).trim()
  const types = leftText.match(new RegExp(`^文件中有 ${under} 个名称（([^）]+)）低于置信度\u00a01\\.00，副本中不会替换，仍保留原文。勾选上面对应的一项即可替换。$`, 'u'))?.[1]
  assert.ok(types && /人名 \d/u.test(types) && /地名 \d/u.test(types), leftText)
  const batchSwitch = page.locator('[data-testid=batch-redact-uncertain]')
  assert.equal(await batchSwitch.isChecked(), false)
  assert.match(await page.locator('[data-testid=batch-panel] label', { has: batchSwitch }).textContent(), new RegExp(`也替换低于置信度 1\\.00 的名称（${under} 个）`))
  await screenshot(ctx, page, '79-batch-under-threshold')
  assert.deepEqual(await axeViolations(page), [], 'the warning (in the danger colour) and the switch pass the audit')
  // Off, the copy is the text as it was: what the warning says.
  assert.equal(await redactedCopy(page), TEXT)

  // On: no name left in the copy, the warning gone, and the Redact tab's switch on too (one setting).
  await batchSwitch.check()
  assert.equal(await left.count(), 0, 'no warning once the names are replaced')
  const copy = await redactedCopy(page)
  for (const name of NAMES) assert.ok(!copy.includes(name), `${name} replaced: ${copy}`)
  assert.match(copy, /^\[人名\]和\[人名\]昨天在\[地名\]见面。/)
  await setTextAndWait(page, TEXT)
  await openTab(page, 'redact')
  assert.equal(await page.isChecked('[data-testid=redact-uncertain]'), true, 'the Redact tab shows the same setting')
  await page.uncheck('[data-testid=redact-uncertain]')
  await openTab(page, 'batch')
  assert.equal(await batchSwitch.isChecked(), false, 'and the Batch tab follows the Redact tab')
  assert.equal(await left.count(), 1)

  // At the default threshold the names are shown and replaced, and nothing is said of names under it.
  await setThreshold(page, 0.3)
  assert.ok(!(await rowText(page)).includes('低于置信度'), await rowText(page))
  assert.equal(await left.count(), 0)
  for (const name of NAMES) assert.ok(!(await redactedCopy(page)).includes(name), name)
  await context.close()
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped model (the fixture\'s random weights find no stable names)') })

test('a file analysed with the fine-grained model keeps all its types in its row after a switch back to the news model', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const text = '腾讯公司总裁刘炽平和国务院副总理在北京见面，还去了故宫博物院。'
  await setTextAndWait(page, text)
  await openTab(page, 'model')
  await analysisAfter(page, () => page.check(`[data-testid=choose-${FINE_ID}]`), 180_000)
  await batchOf(page, [{ name: 'fine.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }])
  const rowCounts = () => page.locator('[data-testid=batch-list] li [data-count]').evaluateAll((spans) =>
    spans.map((s) => [s.dataset.count, Number(s.textContent.match(/\d+/)[0])]))
  const summed = (counts) => counts.reduce((sum, [, count]) => sum + count, 0)
  const before = await rowCounts()
  assert.ok(before.some(([type]) => !['PER', 'LOC', 'ORG'].includes(type)), JSON.stringify(before))

  await openTab(page, 'model')
  await analysisAfter(page, () => page.check('[data-testid=choose-shiti-news-v1]'), 180_000)
  await openTab(page, 'batch')
  const after = await rowCounts()
  // (in another order: the news model's types first, then the others as met in the file)
  assert.deepEqual(after.toSorted(), before.toSorted(), `the same counts, all ten types considered: ${JSON.stringify([before, after])}`)
  assert.deepEqual(after.slice(0, 2).map(([type]) => type), ['PER', 'LOC'])
  assert.match(await page.textContent('[data-testid=batch-summary]'), new RegExp(` ${summed(after)} 个名称`))
  assert.equal(await page.inputValue(SELECTORS.editor), text)
  await context.close()
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the shipped models'), timeoutMs: 240_000 })
