// Batch's JSON Lines record the view's filters (QA: a corpus researcher citing an export could not tell which names a
// threshold had left out; the editor's JSON had a `shown` block, the Batch lines none). Each file's line now carries
// the editor's block: the threshold, the types hidden in the legend, and how many of that file's names they left out.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { downloadText, newRecordedContext, openApp, openTab, setThreshold, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

const FILES = [['会见.txt', '张伟在北京会见了李娜，双方讨论了腾讯公司与华为公司的合作。\n'], ['通知.txt', '王芳明天去上海大学，陈静留在武汉。\n']]

test('each Batch JSON line says the threshold, the hidden types and how many of its names they left out', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', FILES.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })))
  await waitForBatchDone(page, FILES.length)
  await page.check('[data-testid=batch-panel] input[value=jsonl]')
  const jsonl = async () => (await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))).text
    .trimEnd().split('\n').map((line) => JSON.parse(line))

  await setThreshold(page, 0)
  const all = await jsonl()
  assert.deepEqual(all.map((o) => o.shown), FILES.map(() => ({ min_score: 0, hidden_types: [], not_shown: 0 })))

  await setThreshold(page, 0.5)
  await page.click('[data-legend-type=PER]')
  const filtered = await jsonl()
  for (const [i, line] of filtered.entries()) {
    const left = all[i].entities.filter((e) => e.type === 'PER' || e.score < 0.5).length
    assert.deepEqual(line.shown, { min_score: 0.5, hidden_types: ['PER'], not_shown: left }, line.file)
    assert.equal(line.entities.length, all[i].entities.length - left)
    assert.deepEqual(Object.keys(line), ['file', 'model', 'offsets', 'shown', 'text', 'entities'])
  }
})
