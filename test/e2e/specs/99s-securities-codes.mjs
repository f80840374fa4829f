// Compliance QA: a redacted deal memo kept its tickers (300750.SZ, 证券代码：000858) and an announcement header's short
// name (证券简称：五粮液), each naming the company as surely as its name. With the rules' switch on, the Redact tab
// offers the securities code as a type of its own and replaces both, the short name as an organisation.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { analysisAfter, newRecordedContext, openApp, openTab, screenshot, waitForModelReady } from '../helpers.mjs'

const TEXT = '证券代码：002594　　证券简称：比亚迪　　公告编号：2026-011\n本次交易对方持有688981.SH与00700.HK的股份，邮编518000。\n'

test('the rules replace securities codes and an announcement\'s short name, and offer the code as a type', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', { name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) }))
  await openTab(page, 'redact')
  await page.check('[data-testid=find-patterns]')
  const box = page.locator('[data-redact-type=STOCK_CODE]')
  await box.waitFor({ timeout: 10_000 })
  assert.ok(await box.isChecked())
  assert.match(await page.locator('label', { has: box }).textContent(), /证券代码/u)
  await page.waitForFunction(() => !document.querySelector('[data-testid=redaction-panel] [data-testid=download]')?.disabled, null, { timeout: 10_000 })
  const copy = await page.inputValue('[data-testid=redacted-text]')
  for (const kept of ['002594', '比亚迪', '688981.SH', '00700.HK']) assert.ok(!copy.includes(kept), `${kept} left in: ${copy}`)
  assert.ok(copy.includes('[证券代码]') && copy.includes('2026-011'), copy)
  // The six digits after 邮编 are a postcode, no securities code: a record number since the rules took postcodes (b109efa).
  assert.match(copy, /邮编\[编号\d*\]/u)
  assert.match(copy, /证券简称：\[机构\d*\]/u)
  await screenshot(ctx, page, 'securities-codes-redacted')

  // Unticked, the codes stay as written.
  await box.uncheck()
  const kept = await page.inputValue('[data-testid=redacted-text]')
  assert.ok(kept.includes('002594') && kept.includes('688981.SH'), kept)
  await context.close()
}, { timeoutMs: 180_000 })
