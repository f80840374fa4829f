// Export-format QA: the Export tab exports what the view shows (types hidden in the legend, names under the
// confidence threshold left out), and neither the tab nor the file said so: hiding Person gave a JSON with no
// PER, the slider at 1.00 an empty `entities`, which read as "nothing found". Now a line over Download says how
// many names the exports hold and why the others are left out, and the JSON records the filter (`shown`).
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { downloadText, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, setThreshold, waitForModelReady } from '../helpers.mjs'

const TEXT = '新华社北京电，外交部长王毅在北京会见了美国国务卿布林肯。阿里巴巴集团的马云和李娜在杭州。'

async function exportedJson(page) {
  const { text } = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  return JSON.parse(text)
}

test('the Export tab says what the view leaves out of the exports, and the JSON records the filter', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, TEXT)
  await openTab(page, 'export')
  await page.check('input[name=export-format][value=json]')
  const line = page.locator('[data-testid=export-left-out]')

  // Threshold 0: everything found is shown, no line; the JSON records the (empty) filter.
  await setThreshold(page, 0)
  const all = await exportedJson(page)
  assert.ok(all.entities.some((e) => e.type === 'PER') && all.entities.length > 3, JSON.stringify(all.entities))
  assert.equal(await line.count(), 0)
  assert.deepEqual(all.shown, { min_score: 0, hidden_types: [], not_shown: 0 })
  assert.deepEqual(Object.keys(all), ['model', 'offsets', 'shown', 'text', 'entities'])

  // Person hidden in the legend: the line counts the names left out and names the type; the file says so too.
  await page.click('[data-legend-type=PER]')
  const people = all.entities.filter((e) => e.type === 'PER').length
  const shown = all.entities.length - people
  await line.filter({ hasText: `导出当前显示的 ${shown} 个名称；另有 ${people} 个未显示（图例中隐藏了人名）。` }).waitFor()
  const noPeople = await exportedJson(page)
  assert.equal(noPeople.entities.length, shown)
  assert.deepEqual(noPeople.shown, { min_score: 0, hidden_types: ['PER'], not_shown: people })
  await screenshot(ctx, page, '97-export-left-out')
  // Read with Download and Copy too (look QA: a screen reader user tabbing straight to them never heard it).
  const lineId = await line.getAttribute('id')
  assert.ok(lineId)
  for (const button of ['download', 'copy']) {
    assert.equal(await page.getAttribute(`[data-testid=export-panel] [data-testid=${button}]`, 'aria-describedby'), lineId, button)
  }

  // Threshold 1.00 (no score reaches it): nothing exported, and the tab and the file say why.
  await setThreshold(page, 1)
  await line.filter({ hasText: `导出内容不含任何名称；另有 ${all.entities.length} 个未显示（图例中隐藏了人名，${shown} 个低于置信度\u00a01.00）。` }).waitFor()
  const none = await exportedJson(page)
  assert.deepEqual(none.entities, [])
  assert.deepEqual(none.shown, { min_score: 1, hidden_types: ['PER'], not_shown: all.entities.length })

  // In English, the same line.
  await page.click('[data-locale=en]')
  await line.filter({ hasText: `Exports no names; ${all.entities.length} not shown (Person hidden in the legend, ${shown} under the confidence threshold\u00a01.00).` }).waitFor()
  await page.click('[data-legend-type=PER]')
  await setThreshold(page, 0)
  assert.equal(await line.count(), 0, 'nothing left out: no line')
  assert.equal(await page.getAttribute('[data-testid=export-panel] [data-testid=download]', 'aria-describedby'), null)
  await context.close()
})
