// Design QA for a non-technical reader: the page's words in plain language. The Entities tab tells an empty editor
// ("还没有找到名称") from a text read through with no name in it ("这段文字里没有找到人名、地名或机构名。") and from one
// whose names the filters all hide; the header and footer say that the text is not kept across a reload; the
// status line says the model's state in words (not 工作线程：运行中); the Model tab has one plain line on accuracy,
// the F1 figures under a fold; the business sample shows no mistake of the model's, and the mixed-scripts sample
// shows its pasted HTML tag as text.
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, newRecordedContext, openApp, openTab, screenshot, setTextAndWait, waitForModelReady } from '../helpers.mjs'

const none = (page) => page.textContent('[data-testid=entities-none]').then((text) => text.trim())

test('the Entities tab: nothing yet, no names in this text, and names all hidden are three messages', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { colorScheme: 'light' })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await openTab(page, 'entities')
  assert.equal(await none(page), '还没有找到名称。输入或粘贴文字后，找到的名称会列在这里。')
  // A dictionary name, so that the hidden case does not depend on the model under test.
  await openTab(page, 'lexicon')
  await page.fill('[data-testid=lexicon-source]', '李强 人名')
  await openTab(page, 'entities')
  if (ctx.realModel) {
    await setTextAndWait(page, '今天天气很好，我们一起去散步吧。')
    assert.equal(await none(page), '这段文字里没有找到人名、地名或机构名。')
    await screenshot(ctx, page, '99-no-names-found')
  }
  await setTextAndWait(page, '李强来了。')
  assert.equal(await page.locator('[data-testid=entities-none]').count(), 0, 'a name found is listed')
  await page.click('[data-legend-type=PER]')
  assert.match(await none(page), /^找到的 \d+ 个名称都未显示：其类型在图例中已隐藏，或低于最低置信度。$/)
  await page.click('[data-legend-type=PER]')
  await analysisAfter(page, () => page.fill(SELECTORS.editor, ''))
  assert.equal(await none(page), '还没有找到名称。输入或粘贴文字后，找到的名称会列在这里。', 'no text: the plain message again')
  await context.close()
})

test('the header and footer say the text is not kept; the status line and the Model tab speak plainly', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { colorScheme: 'light', viewport: { width: 1366, height: 990 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  for (const where of ['header', 'footer']) {
    assert.match(await page.textContent(where), /文字只在本页内存中处理，不上传、不保存；刷新页面即清空。/, where)
  }
  assert.equal(await page.getAttribute(SELECTORS.workerState, 'data-state'), 'ready')
  assert.match(await page.textContent('[data-testid=status-bar]'), /状态：就绪/)
  assert.doesNotMatch(await page.textContent('[data-testid=status-bar]'), /工作线程|运行中/)
  await openTab(page, 'model')
  if (ctx.realModel) assert.match((await page.textContent('[data-testid=model-accuracy]')).trim(), /^约 \d+%（在模型没见过的文本上测得）$/)
  assert.equal((await page.textContent('[data-testid=model-type-names]')).trim(), '人名、地名和机构名')
  // The F1 figures, corpus and id are a click away.
  assert.equal(await page.isVisible('[data-testid=model-f1]'), false, 'F1 folded away')
  await page.click('[data-testid=model-details-toggle]')
  assert.ok(await page.isVisible('[data-testid=model-f1]'))
  assert.match(await page.textContent('[data-testid=model-details]'), /shiti-news-v1.*MSRA 新闻语料/s)
  await screenshot(ctx, page, '99-model-tab')
  await openTab(page, 'export')
  const formats = await page.textContent('[data-testid=export-panel]')
  for (const label of ['JSON（供程序使用，含位置）', '关系网（CSV：同句出现的名称，可导入 Gephi 等绘图工具）', 'CoNLL（供模型训练使用）']) assert.ok(formats.includes(label), label)
  await screenshot(ctx, page, '99-export-tab')
  await context.close()

  const english = await newRecordedContext(ctx, { locale: 'en-US', colorScheme: 'light' })
  const en = await openApp(ctx, english.context)
  await waitForModelReady(en)
  assert.match(await en.textContent('footer'), /never uploaded, never saved, gone on reload\./)
  assert.match(await en.textContent('[data-testid=status-bar]'), /Status: ready/)
  await english.context.close()
})

test('the samples: the business one as the model reads it right, the mixed-scripts one with its HTML shown as text', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { colorScheme: 'dark', viewport: { width: 1366, height: 982 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await analysisAfter(page, () => page.click('[data-testid=sample-business]'))
  if (ctx.realModel) {
    const marks = await page.$$eval(SELECTORS.marks, (all) => all.map((m) => `${m.textContent}/${m.dataset.type}`))
    assert.deepEqual(marks, ['华为公司/ORG', '深圳/LOC', '孙丽华/PER', '德国/LOC', '慕尼黑/LOC', '商务部/ORG', '中国/LOC', '腾讯公司/ORG', '小米集团/ORG', '中国人民银行/ORG'])
  }
  await screenshot(ctx, page, '99-sample-business')
  await analysisAfter(page, () => page.click('[data-testid=sample-tricky]'))
  assert.equal((await page.textContent('[data-testid=sample-tricky]')).trim(), '混排与特殊字符')
  assert.ok((await page.textContent(SELECTORS.view)).includes('<b>限时特价</b>'), 'the pasted tag is shown as typed')
  assert.equal(await page.locator(`${SELECTORS.view} b`).count(), 0, 'and is not markup')
  if (ctx.realModel) {
    const marks = await page.$$eval(SELECTORS.marks, (all) => all.map((m) => `${m.textContent}/${m.dataset.type}`))
    assert.deepEqual(marks, ['张伟/PER', 'Google北京办公室/ORG', '李𠀋/PER', '广州/LOC'])
  }
  await screenshot(ctx, page, '99-sample-tricky')
  await context.close()
})
