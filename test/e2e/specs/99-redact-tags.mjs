// HR QA: the Redact tab's type tags were the English codes whatever the UI's language, so a Chinese copy read
// 与[PER]签订合同, while its pseudonyms were already Chinese ([人名1]). Now the tags follow the UI's language as
// the pseudonyms do ([人名], [地名], [电话] …; in English [PER], [LOC], [PHONE] as before), in the Redact tab's
// result, its downloads' names, and the Batch tab's copies and their names.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { analysisAfter, newRecordedContext, openApp, openTab, waitForModelReady } from '../helpers.mjs'

const TEXT = '甲方与张伟华签订劳动合同，电话13912345678。张伟华同意在杭州工作。\n'
const CODES = /\[(?:PER|LOC|ORG|PHONE|[A-Z_]+)\]/u

test('tag mode writes the UI language\'s tags: [人名] in Chinese, [PER] in English, in the text, the download\'s name and the Batch copies', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', { name: '张伟华_劳动合同.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }))
  await openTab(page, 'redact')
  await page.check('[data-redact-mode=tag]')
  await page.check('[data-testid=find-patterns]')
  const panel = page.locator('[data-testid=redaction-panel]')
  await page.waitForFunction(() => !document.querySelector('[data-testid=redaction-panel] [data-testid=download]')?.disabled, null, { timeout: 10_000 })
  const copy = await page.inputValue('[data-testid=redacted-text]')
  assert.ok(copy.includes('[人名]') && copy.includes('[电话]'), copy)
  assert.doesNotMatch(copy, CODES)
  assert.ok(!copy.includes('张伟华'), copy)
  const name = (await panel.locator('[data-testid=download-name]').textContent()).trim()
  assert.ok(name.includes('[人名]_劳动合同.redacted.txt') && !CODES.test(name), name)

  // The Batch tab's copies, with the Redact tab's mode: the same tags, in the texts and in the copies' names.
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [{ name: '张伟华_劳动合同.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }])
  await page.waitForFunction(() => document.querySelector('[data-testid=batch-list] li')?.dataset.status === 'done', null, { timeout: 120_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted]')])
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  const copies = await Promise.all(Object.entries(zip.files).map(async ([entry, file]) => [entry, await file.async('string')]))
  assert.deepEqual(copies.map(([entry]) => entry), ['[人名]_劳动合同.redacted.txt'])
  assert.ok(copies[0][1].includes('[人名]') && !CODES.test(copies[0][1]), copies[0][1])

  // English: the codes, as before.
  await page.click('[data-locale=en]')
  await openTab(page, 'redact')
  const english = await page.inputValue('[data-testid=redacted-text]')
  assert.ok(english.includes('[PER]') && english.includes('[PHONE]') && !english.includes('[人名]'), english)
  assert.ok((await panel.locator('[data-testid=download-name]').textContent()).includes('[PER]_劳动合同.redacted.txt'))
  await context.close()
}, { timeoutMs: 180_000 })
