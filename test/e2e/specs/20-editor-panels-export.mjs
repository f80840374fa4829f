// The editor and everything around it: samples, live edits, legend and threshold, entity panel,
// hostile input, file import, export files and redaction. One browser profile, tests in order.
import assert from 'node:assert/strict'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import {
  SELECTORS, analysisAfter, assertPrivate, axeViolations, cspViolations, downloadText, newRecordedContext, openApp, openTab, pdfWithPredefinedCMap, screenshot,
  setTextAndWait, setThreshold, visibleMarks, waitForModelReady,
} from '../helpers.mjs'

let page
let context

async function chooseSample(id) {
  await analysisAfter(page, () => page.click(`[data-testid=sample-${id}]`))
  return page.inputValue(SELECTORS.editor)
}

async function exportedJson() {
  await openTab(page, 'export')
  await page.check('input[name=export-format][value=json]')
  const { text } = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  return JSON.parse(text)
}

test('a sample news text is analysed and its entities highlighted', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx))
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.origin })
  page = await openApp(ctx, context)
  await waitForModelReady(page)
  await page.waitForTimeout(200)
  const text = await chooseSample('news')
  assert.equal(await page.textContent(SELECTORS.view), text)
  // One count of the text: the view's agrees with the editor's, line breaks included, and a first run claims no
  // results taken over (QA: 114 characters there, 113 here, and "unchanged paragraphs keep…" after every run).
  assert.equal(await page.textContent('[data-testid=char-count]'), `${text.length} 个字符`)
  const status = await page.textContent('[data-testid=analysis-status]')
  assert.match(status, new RegExp(`已分析 ${text.length} 个字符`))
  assert.doesNotMatch(status, /沿用/)
  // Nothing picked: the line above the view says what a click or a selection does.
  await page.locator('[data-testid=correction-hint]').filter({ hasText: '点击名称可更正' }).waitFor()
  // It starts where the view starts, wrapped or not (visual QA: a wrapped hint stood 8 px out to the left).
  for (const width of [1440, 360]) {
    await page.setViewportSize({ width, height: 900 })
    const [hint, view] = await Promise.all(['[data-testid=correction-hint]', SELECTORS.view].map((s) => page.locator(s).boundingBox()))
    assert.ok(Math.abs(hint.x - view.x) <= 1, `hint at ${hint.x}, view at ${view.x} (${width} px)`)
  }
  await page.setViewportSize({ width: 1440, height: 900 })
  // A picked name is outlined in the view, and only while it is picked; names side by side are kept apart.
  const first = page.locator(SELECTORS.marks).first()
  assert.equal(await first.evaluate((m) => getComputedStyle(m).marginInlineEnd), '1px')
  await first.click()
  // The hint gives way to the picked name (with a mouse; a phone keeps it, spec 87): hidden, not removed.
  assert.equal(await page.locator('[data-testid=correction-hint]').isVisible(), false)
  assert.deepEqual(await page.$$eval(`${SELECTORS.marks}[data-picked]`, (ms) => ms.map((m) => [m.textContent, getComputedStyle(m).outlineStyle])),
    [[await first.textContent(), 'solid']])
  await page.locator(SELECTORS.view).click({ position: { x: 5, y: 5 } })
  assert.equal(await page.locator(`${SELECTORS.marks}[data-picked]`).count(), 0, 'a click beside the names lets go')
  const marks = await visibleMarks(page)
  const groups = await page.$$eval('[data-testid=entity-panel] [data-group]', (els) => els.map((e) => e.dataset.group))
  assert.deepEqual([...new Set(marks.map((m) => m.type))].sort(), [...groups].sort(), 'the panel groups the highlighted types')
  await screenshot(ctx, page, '10-sample-news')
})

test('the real model finds the people, places and organizations of the news sample', async (ctx) => {
  const marks = await visibleMarks(page)
  const found = (text, type) => marks.some((m) => m.text === text && m.type === type)
  const expected = [
    ['新华社', 'ORG'],
    ['北京', 'LOC'],
    ['人民大会堂', 'LOC'],
    ['联合国', 'ORG'],
    ['古特雷斯', 'PER'],
    ['外交部', 'ORG'],
    ['王毅', 'PER'],
    ['上海', 'LOC'],
  ]
  for (const [text, type] of expected) assert.ok(found(text, type), `${text} ${type} in ${JSON.stringify(marks.map((m) => [m.text, m.type]))}`)
  // Known limitation of shiti-news-v1 (reported to the model's owner): it does not tag 习近平 as a
  // person in this sentence. Say so loudly rather than hide it; the assertion above covers PER with two
  // other names.
  if (!found('习近平', 'PER')) console.log('    NOTE: the model does not recognise 习近平 (PER) in the news sample')
  // The README screenshot shows the real model at work; docs/screenshot.png is only rewritten on
  // request (UPDATE_SCREENSHOT=1), so running the tests leaves the working tree clean.
  await page.setViewportSize({ width: 1280, height: 760 })
  await openTab(page, 'entities')
  const shot = await screenshot(ctx, page, '13-readme-screenshot')
  if (process.env.UPDATE_SCREENSHOT) await copyFile(shot, join(ctx.root, 'docs/screenshot.png'))
  await page.setViewportSize({ width: 1440, height: 900 })
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the real model public/models/shiti-news-v1/') })

test('the Traditional sample is read word by word where characters alone go wrong, and marked as written', async (ctx) => {
  const text = await chooseSample('traditional')
  assert.equal(await page.textContent(SELECTORS.view), text)
  const marks = await visibleMarks(page)
  // Read character by character (纽西兰总理), 紐西蘭 is taken for a person's name; the phrase table reads it 新西兰.
  for (const [name, type] of [['紐西蘭', 'LOC'], ['林志明', 'PER'], ['世界衛生組織', 'ORG'], ['香港大學', 'ORG']]) {
    assert.ok(marks.some((m) => m.text === name && m.type === type), `${name} ${type} in ${JSON.stringify(marks.map((m) => [m.text, m.type]))}`)
  }
  await screenshot(ctx, page, '11-sample-traditional')
  await chooseSample('news')
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the real model public/models/shiti-news-v1/') })

test('editing one paragraph keeps the others highlighted and updates the view live', async () => {
  const original = await page.inputValue(SELECTORS.editor)
  const firstBlockMarks = () => page.$$eval('[data-block="0"] mark', (ms) => ms.map((m) => [m.textContent, m.dataset.type]))
  const before = await firstBlockMarks()
  const added = '新增一段：李白来到长江边。'
  const edited = `${original}\n${added}`
  await setTextAndWait(page, edited)
  assert.equal(await page.textContent(SELECTORS.view), edited)
  // Only the new paragraph went through the model: the status reports its length, not the document's.
  assert.match(await page.textContent('[data-testid=analysis-status]'), new RegExp(`已分析 ${added.length} 个字符.*沿用已有结果`))
  assert.equal(await page.locator('[data-testid=samples] [aria-current]').count(), 0, 'no sample button says News is open over the edited text')
  // The status bar's figure is the worker call's own: the same characters, its time alone.
  assert.match(await page.textContent('[data-testid=last-analysis]'), new RegExp(`· ${added.length} 个字符，\\d`))
  assert.deepEqual(await firstBlockMarks(), before, 'the unchanged first paragraph keeps its highlights')
  await setTextAndWait(page, original)
})

test('the legend hides a type and the threshold hides weak entities', async (ctx) => {
  await setThreshold(page, 0)
  const all = await visibleMarks(page)
  assert.ok(all.length > 0, 'the sample has entities at threshold 0')
  const type = all[0].type
  await page.click(`[data-legend-type=${type}]`)
  assert.equal(await page.getAttribute(`[data-legend-type=${type}]`, 'aria-pressed'), 'false')
  assert.deepEqual(await visibleMarks(page), all.filter((m) => m.type !== type))
  await page.click(`[data-legend-type=${type}]`)
  // Exact scores come from the JSON export (the hover titles are rounded).
  const { entities } = await exportedJson()
  for (const threshold of [0.5, 0.95]) {
    await setThreshold(page, threshold)
    const shown = (await visibleMarks(page)).map((m) => m.text)
    assert.deepEqual(shown, entities.filter((e) => e.score >= threshold).map((e) => e.text), `threshold ${threshold}`)
  }
  // Under the slider, what it trades on the model's dev set, read from the manifest of the model in use.
  const modelDir = ctx.realModel ? 'public/models/shiti-news-v1' : 'test/fixtures/models/tiny'
  const curve = JSON.parse(await readFile(join(ctx.root, modelDir, 'manifest.json'), 'utf8')).metrics?.dev_thresholds
  const quality = page.locator('[data-testid=threshold-quality]')
  for (const threshold of [0.3, 0.9]) {
    await setThreshold(page, threshold)
    const step = curve?.find((s) => Math.abs(s.min_score - threshold) < 1e-6)
    if (!step) {
      assert.equal(await quality.count(), 0, 'no figures where the manifest has none')
      continue
    }
    const said = await quality.textContent()
    assert.ok(said.includes(`${Math.round(step.p * 100)}%`) && said.includes(`${Math.round(step.r * 100)}%`), `${threshold}: ${said}`)
  }
  await setThreshold(page, 1)
  assert.equal(await quality.textContent(), '阈值 1.00 几乎隐藏模型标出的所有名称，只剩词典中的名称。', 'no dev figure reaches 1.00: what the view keeps instead')
  await setThreshold(page, 0.3)
})

test('clicking a mention in the entity panel scrolls to and flashes its occurrences', async (ctx) => {
  // A long text, so the occurrences are far apart and need scrolling.
  const line = (await page.inputValue(SELECTORS.editor)).split('\n')[0]
  const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}段。${line}`).join('\n')
  await setThreshold(page, 0)
  await setTextAndWait(page, long)
  await openTab(page, 'entities')
  const mention = page.locator('[data-testid=mention]').first()
  const pageScroll = await page.evaluate(() => scrollY)
  await mention.click()
  const revealed = page.locator(`${SELECTORS.view} mark[data-revealed]`)
  await revealed.waitFor({ timeout: 5_000 })
  const first = await revealed.evaluate((m) => m.closest('[data-block]').dataset.block)
  await page.waitForTimeout(600) // smooth scrolling
  assert.equal(await page.evaluate(() => scrollY), pageScroll, 'the view scrolls, the page (and its tabs) stays put')
  const inView = await revealed.evaluate((m) => {
    const box = m.getBoundingClientRect()
    const view = m.closest('[data-testid=highlight-view]').getBoundingClientRect()
    return box.top >= view.top && box.bottom <= view.bottom
  })
  assert.ok(inView, 'the occurrence is scrolled into the view')
  await screenshot(ctx, page, '11-mention-revealed')
  await page.waitForTimeout(1600)
  await mention.click()
  await revealed.waitFor({ timeout: 5_000 })
  const second = await revealed.evaluate((m) => m.closest('[data-block]').dataset.block)
  assert.notEqual(second, first, 'a second click moves to the next occurrence')
})

test('scrolling the editor scrolls the highlighted view along', async () => {
  await page.locator(SELECTORS.editor).evaluate((el) => {
    el.scrollTop = el.scrollHeight
  })
  await page.waitForFunction((s) => {
    const view = document.querySelector(s)
    return view.scrollTop / (view.scrollHeight - view.clientHeight) > 0.95
  }, SELECTORS.view, { timeout: 5_000 })
  await page.locator(SELECTORS.editor).evaluate((el) => {
    el.scrollTop = 0
  })
  await page.waitForFunction((s) => document.querySelector(s).scrollTop === 0, SELECTORS.view, { timeout: 5_000 })
})

test('export files: JSON spans, CSV, the name list, CoNLL/BIO, annotated HTML and the annotated Word document match the analysis; the entity panel filters names', async () => {
  const text = await chooseSample('campus')
  await setThreshold(page, 0)
  const marks = await visibleMarks(page)
  const json = await exportedJson()
  assert.equal(json.text, text)
  assert.equal(json.entities.length, marks.length, 'one span per highlighted entity')
  for (const e of json.entities) assert.equal(text.slice(e.start, e.end), e.text, 'offsets index the text')
  assert.deepEqual(json.entities.map((e) => e.text), marks.map((m) => m.text))

  await page.check('input[name=export-format][value=csv]')
  const csv = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  assert.equal(csv.name, 'shiti-entities.csv')
  assert.ok(csv.bom, 'the CSV starts with the byte-order mark Excel needs')
  const rows = csv.text.trim().split('\r\n')
  assert.equal(rows[0], 'start,end,type,text,score,source')
  assert.equal(rows.length - 1, json.entities.length)

  // The name list: each name once per type; the counts add up to the entities, and match the panel's.
  await page.check('input[name=export-format][value=names]')
  const names = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  assert.equal(names.name, 'shiti-names.csv')
  const nameRows = names.text.trim().split('\r\n').slice(1).map((r) => r.split(','))
  assert.equal(nameRows.reduce((sum, r) => sum + Number(r[2]), 0), json.entities.length)
  assert.equal(new Set(nameRows.map((r) => `${r[0]} ${r[1]}`)).size, nameRows.length, 'each name once per type')
  for (const [, name, , first] of nameRows) assert.equal(text.slice(Number(first), Number(first) + name.length), name, `${name} first occurs at ${first}`)
  await openTab(page, 'entities')
  assert.equal(await page.locator('[data-testid=mention]').count(), nameRows.length, 'the panel lists the same names')
  // Typing part of a name narrows the panel down to the names holding it.
  const [, someName] = nameRows[0]
  await page.fill('[data-testid=mention-filter]', someName.slice(0, 2))
  const shown = await page.locator('[data-testid=mention]').allTextContents()
  assert.ok(shown.length >= 1 && shown.length <= nameRows.length, `${shown.length} shown`)
  for (const label of shown) assert.ok(label.includes(someName.slice(0, 2)), `${label} holds ${someName.slice(0, 2)}`)
  await page.locator('[data-testid=mention-matches]').filter({ hasText: `${shown.length}` }).waitFor()
  const headed = await page.$$eval('[data-testid=entity-panel] section[data-group]', (groups) => groups.map((g) => [
    Number(g.querySelector('h4').textContent.match(/\d+/)[0]),
    [...g.querySelectorAll('[data-testid=mention] span:not([lang]):not(.sr-only)')].reduce((sum, s) => sum + Number(s.textContent.match(/\d+/)[0]), 0),
  ]))
  assert.ok(headed.length > 0)
  for (const [count, occurrences] of headed) assert.equal(count, occurrences, 'a heading counts the names the filter leaves')
  await page.fill('[data-testid=mention-filter]', '不存在的名字')
  assert.equal(await page.locator('[data-testid=mention]').count(), 0)
  await page.locator('[data-testid=mention-matches]').filter({ hasText: '没有匹配的名称' }).waitFor()
  await page.fill('[data-testid=mention-filter]', '')
  await openTab(page, 'export')

  await page.check('input[name=export-format][value=conll]')
  const conll = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  const tokens = conll.text.split('\n').filter(Boolean).map((l) => l.split('\t'))
  assert.equal(tokens.length, Array.from(text).filter((c) => !/\s/u.test(c)).length, 'one line per character')
  assert.equal(tokens.filter(([, tag]) => tag.startsWith('B-')).length, json.entities.length)
  assert.equal(tokens.map(([c]) => c).join(''), Array.from(text).filter((c) => !/\s/u.test(c)).join(''))

  await page.check('input[name=export-format][value=html]')
  const html = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  assert.equal((html.text.match(/<mark /g) ?? []).length, json.entities.length)
  assert.ok(html.text.includes("default-src 'none'"), 'the exported page forbids scripts')

  // The annotated Word document: every highlighted name shaded, in text order, its type raised after it.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-annotated-docx]')])
  assert.equal(docx.suggestedFilename(), 'shiti-entities.docx')
  const documentXml = await (await JSZip.loadAsync(await readFile(await docx.path()))).file('word/document.xml').async('string')
  const shaded = [...documentXml.matchAll(/<w:shd [^>]*\/><\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1])
  assert.deepEqual(shaded, json.entities.map((e) => e.text))
  const labels = [...documentXml.matchAll(/<w:vertAlign w:val="superscript"\/>.*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1])
  assert.deepEqual(labels, json.entities.map((e) => e.type))

  // Copy gives the same content as the download.
  await page.click('[data-testid=export-panel] [data-testid=copy]')
  await page.locator('[data-testid=export-panel] [role=status]').filter({ hasText: /./ }).waitFor()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), html.text)
})

test('names named together: the panel lists the pairs that share sentences, a click shows them, the export is an edge list', async (ctx) => {
  const text = await page.inputValue(SELECTORS.editor)
  const { entities } = await exportedJson()
  // The pairs worked out here from the exported spans: one sentence ends at 。！？ or a line break.
  const expected = new Map()
  let sentence = new Set()
  const close = () => {
    const names = [...sentence]
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = [names[i], names[j]].sort().join(' | ')
        expected.set(key, (expected.get(key) ?? 0) + 1)
      }
    }
    sentence = new Set()
  }
  let at = 0
  for (const e of entities) {
    if (/[。！？\n]/u.test(text.slice(at, e.start))) close()
    sentence.add(`${e.type}:${e.text}`)
    at = e.start
  }
  close()
  assert.ok(expected.size > 0, 'the campus sample names people, places and organizations together')

  await page.check('input[name=export-format][value=pairs]')
  const pairs = await downloadText(page, () => page.click('[data-testid=export-panel] [data-testid=download]'))
  assert.equal(pairs.name, 'shiti-name-pairs.csv')
  const [header, ...rows] = pairs.text.trim().split('\r\n').map((r) => r.split(','))
  assert.deepEqual(header, ['Source', 'Target', 'Type', 'Weight', 'Source type', 'Target type'])
  const exported = new Map(rows.map(([a, b, , weight, aType, bType]) => [[`${aType}:${a}`, `${bType}:${b}`].sort().join(' | '), Number(weight)]))
  assert.deepEqual(exported, expected)

  await openTab(page, 'entities')
  const listed = page.locator('[data-testid=name-pair]')
  assert.equal(await listed.count(), Math.min(10, rows.length))
  const [first, second] = rows[0]
  // Seen as "A ↔ B 同在 n 句"; heard as "A（type）与 B（type）同在 n 句" (the arrow is hidden from screen readers).
  assert.match(await listed.first().textContent(), new RegExp(`${first}（[^）]+）\\s*↔\\s*与\\s*${second}（[^）]+）\\s*同在 \\d+ 句`))
  await listed.first().click()
  const revealed = await page.locator(`${SELECTORS.marks}[data-revealed]`).textContent()
  assert.ok([first, second].some((name) => revealed.startsWith(name)), `${revealed} is ${first} or ${second}`)
  await screenshot(ctx, page, '14-name-pairs')
  // The filter narrows the pairs down to those naming what was typed.
  await page.fill('[data-testid=mention-filter]', second)
  for (const label of await listed.allTextContents()) assert.ok(label.includes(second), `${label} names ${second}`)
  await page.fill('[data-testid=mention-filter]', '')
  await openTab(page, 'export')
})

// Chromium's PDFs map the glyphs CJK fonts share between a radical and its ideograph back to the radical
// (人民 comes out as ⼈⺠); the page's own table (src/app/radicals.ts) reads them as written.
const RADICAL_EQUIVALENTS = JSON.parse(await readFile(new URL('../../../src/app/cjk-radicals.json', import.meta.url), 'utf8'))
const asWritten = (text) => text.replace(/[\u2E80-\u2FDF]/gu, (radical) => RADICAL_EQUIVALENTS[radical] ?? radical)

/** The text of every page of a PDF, read with pdf.js (the library the page imports PDFs with). */
async function pdfPagesText(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  const pages = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(asWritten(content.items.map((item) => item.str).join('')))
  }
  await pdf.destroy()
  return pages
}

test('printing gives the highlighted text alone and whole, on white, from the Export tab', async (ctx) => {
  const paragraph = (await chooseSample('news')).trim()
  // Far longer than the view's scrolled box: paper must get every line, not the box's height.
  const text = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n')
  await setTextAndWait(page, text)
  const marks = await visibleMarks(page)
  const labels = [...new Set(marks.map((m) => m.label))]

  // The button opens the browser's print dialog (recorded here: headless Chromium has none to show).
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++ } })
  await openTab(page, 'export')
  await page.click('[data-testid=print]')
  // Once "preparing to print" is painted (two frames later, spec 88).
  await page.waitForFunction(() => window.__printed === 1, null, { timeout: 5_000 })
  assert.equal(await page.evaluate(() => window.__printed), 1)
  const screenMark = await page.locator(SELECTORS.marks).first().evaluate((m) => getComputedStyle(m).backgroundColor)

  await page.emulateMedia({ media: 'print' })
  try {
    for (const hidden of [SELECTORS.editor, 'aside', SELECTORS.backend, '[data-testid=memory]', '[data-testid=last-analysis]', '[data-testid=threshold]', '[data-testid=analysis-progress]', '[data-testid=theme-toggle]']) {
      assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} stays on screen`)
    }
    for (const shown of ['[data-testid=model-in-use]', '[data-testid=printed-analysis-time]', '[data-legend-type=PER]', SELECTORS.view]) {
      assert.ok(await page.locator(shown).isVisible(), `${shown} is printed`)
    }
    // When it was analysed, with the date; not the last worker call's figures (a paragraph's characters).
    assert.match(await page.textContent('[data-testid=printed-analysis-time]'), /^分析于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    const view = await page.locator(SELECTORS.view).evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }))
    assert.ok(view.scroll <= view.client + 1, `the view is not cut to a scrolled box (${view.scroll} > ${view.client})`)
    // The dark theme is the default on screen; paper gets the light one, marks shaded and printed.
    const inked = await page.evaluate(() => getComputedStyle(document.body).color)
    assert.equal(inked, 'rgb(21, 26, 43)', 'dark ink on paper')
    const paperMark = await page.locator(SELECTORS.marks).first().evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).printColorAdjust])
    assert.notEqual(paperMark[0], screenMark, 'marks take the light theme\'s shading')
    assert.equal(paperMark[1], 'exact', 'the shading is printed, not dropped as a background')
    await screenshot(ctx, page, '15-print')

    const pages = await pdfPagesText(await page.pdf({ format: 'A4' }))
    assert.ok(pages.length >= 3, `${pages.length} pages for ${text.length} characters`)
    const printed = pages.join('').replace(/\s+/gu, '')
    assert.ok(printed.includes('实体'), 'the title heads it')
    // The labels are the only text paper adds inside the document (no editor copy, no panel lists).
    const withoutLabels = labels.reduce((all, label) => all.replaceAll(label, ''), printed)
    const body = text.replace(/\s+/gu, '')
    assert.ok(withoutLabels.includes(body), 'every character of the text is printed, in order')
    assert.equal(withoutLabels.split(paragraph.replace(/\s+/gu, '').slice(0, 12)).length - 1, 30, 'once: the editor is not printed as well')
    const printedLabels = labels.reduce((n, label) => n + printed.split(label).length - 1, 0)
    assert.equal(printedLabels, marks.length + labels.length, 'one label per name, and the legend\'s')
  } finally {
    await page.emulateMedia({ media: null })
  }
})

test('redaction: type tags, consistent pseudonyms and ■ masks', async () => {
  const text = await page.inputValue(SELECTORS.editor)
  const { entities } = await exportedJson()
  await openTab(page, 'redact')
  const redacted = () => page.inputValue('[data-testid=redacted-text]')

  await page.check('[data-redact-mode=tag]')
  // The tags in the UI's language, the pseudonyms' words without a number (a Chinese copy read 与[PER]签订合同).
  const tags = { PER: '[人名]', LOC: '[地名]', ORG: '[机构]' }
  let expected = text
  for (const e of [...entities].reverse()) expected = expected.slice(0, e.start) + tags[e.type] + expected.slice(e.end)
  assert.equal(await redacted(), expected)

  await page.check('[data-redact-mode=pseudonym]')
  const out = await redacted()
  // Same name, same pseudonym: the distinct names of each type are numbered in order of appearance.
  const labels = { PER: '人名', LOC: '地名', ORG: '机构' }
  const numbering = {}
  const pseudonymOf = (e) => {
    numbering[e.type] ??= new Map()
    if (!numbering[e.type].has(e.text)) numbering[e.type].set(e.text, numbering[e.type].size + 1)
    return `[${labels[e.type]}${numbering[e.type].get(e.text)}]`
  }
  const replacements = entities.map(pseudonymOf)
  let pseudo = text
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]
    pseudo = pseudo.slice(0, e.start) + replacements[i] + pseudo.slice(e.end)
  }
  assert.equal(out, pseudo)

  await page.check('[data-redact-mode=mask]')
  await page.uncheck('[data-redact-type=LOC]')
  let masked = text
  for (const e of [...entities].reverse()) {
    if (e.type !== 'LOC') masked = masked.slice(0, e.start) + '■'.repeat(Array.from(e.text).length) + masked.slice(e.end)
  }
  assert.equal(await redacted(), masked)
  const file = await downloadText(page, () => page.click('[data-testid=redaction-panel] [data-testid=download]'))
  assert.equal(file.text, masked)
  // The settings survive a look at another tab.
  await openTab(page, 'entities')
  await openTab(page, 'redact')
  assert.equal(await page.isChecked('[data-redact-mode=mask]'), true)
  assert.equal(await page.isChecked('[data-redact-type=LOC]'), false)
  assert.equal(await redacted(), masked)
  await page.check('[data-redact-type=LOC]')
})

test('redaction replaces a found name where the model missed it too (Markdown around it), with a count and a switch', async (ctx) => {
  const before = await page.inputValue(SELECTORS.editor)
  await setTextAndWait(page, '张伟和李娜在北京见面。\n[李娜](mailto:li@example.com) 确认了`张伟`的说明。')
  await openTab(page, 'redact')
  await page.check('[data-redact-mode=tag]')
  const redacted = () => page.inputValue('[data-testid=redacted-text]')
  const everywhere = page.locator('[data-testid=redact-everywhere]')
  assert.equal(await everywhere.isChecked(), true)
  if (ctx.realModel) {
    assert.doesNotMatch(await redacted(), /张伟|李娜/u)
    const label = await page.locator('label', { has: everywhere }).textContent()
    const added = Number(label.match(/（(\d+) 处）/u)[1])
    assert.ok(added > 0, label)
    await everywhere.uncheck()
    assert.match(await redacted(), /张伟|李娜/u, 'unticked, only the names the model marked are replaced')
    await everywhere.check()
  }
  await setTextAndWait(page, before)
})

test('typing in a one-paragraph text keeps the last redacted result until the edit is read: never blank, never a name in clear', async (ctx) => {
  const before = await page.inputValue(SELECTORS.editor)
  await setTextAndWait(page, '张伟在北京见了李娜。')
  await openTab(page, 'redact')
  await page.check('[data-redact-mode=tag]')
  // Every frame's result while keys are typed at the end of the paragraph.
  await page.evaluate(() => {
    const output = document.querySelector('[data-testid=redacted-text]')
    window.redactedFrames = []
    const sample = () => {
      window.redactedFrames.push(output.value)
      if (window.redactedFrames.length < 2000) window.redactedFrameId = requestAnimationFrame(sample)
    }
    sample()
  })
  await analysisAfter(page, async () => {
    await page.focus(SELECTORS.editor)
    await page.keyboard.press('End')
    for (const key of '王芳也来了') {
      await page.keyboard.type(key)
      await page.waitForTimeout(90)
    }
  })
  const frames = await page.evaluate(() => {
    cancelAnimationFrame(window.redactedFrameId)
    return window.redactedFrames
  })
  assert.ok(frames.length > 20, `${frames.length} frames sampled`)
  assert.deepEqual(frames.filter((frame) => frame === ''), [], 'the result blanked while an edit was read')
  if (ctx.realModel) {
    const inClear = [...new Set(frames.filter((frame) => /张伟|李娜/u.test(frame)))]
    assert.deepEqual(inClear, [], 'names the result had replaced were shown in clear while the edit was read')
  }
  await setTextAndWait(page, before)
})

test('redaction replaces every ticked type whatever the legend hides, and the names under the threshold when asked', async () => {
  const text = await page.inputValue(SELECTORS.editor)
  await setThreshold(page, 0)
  const { entities: all } = await exportedJson()
  const tagged = (entities) => {
    let out = text
    for (const e of [...entities].reverse()) out = out.slice(0, e.start) + ({ PER: '[人名]', LOC: '[地名]', ORG: '[机构]' })[e.type] + out.slice(e.end)
    return out
  }
  await openTab(page, 'redact')
  await page.check('[data-redact-mode=tag]')
  const redacted = () => page.inputValue('[data-testid=redacted-text]')
  assert.ok(all.some((e) => e.type === 'PER'), 'the text names people')

  // Hiding people in the view to read the rest must not leave them in the redacted text.
  await page.click('[data-legend-type=PER]')
  assert.equal(await redacted(), tagged(all))
  await page.click('[data-legend-type=PER]')

  // A slider step with names on both sides of it (1.00 if every score is below that), none at it: the
  // export rounds scores to four places.
  const steps = Array.from({ length: 14 }, (_, i) => 0.35 + 0.05 * i).map((s) => Math.round(s * 100) / 100)
  const threshold = steps.find((s) => all.some((e) => e.score < s) && all.some((e) => e.score >= s)
    && all.every((e) => Math.abs(e.score - s) > 0.0001)) ?? 1
  await setThreshold(page, threshold)
  const kept = all.filter((e) => e.score >= threshold)
  assert.equal(await redacted(), tagged(kept), `at ${threshold} the names the view shows are replaced`)
  const uncertain = page.locator('[data-testid=redact-uncertain]')
  assert.match(await page.locator('label', { has: uncertain }).textContent(), new RegExp(`${threshold.toFixed(2)}.*（${all.length - kept.length} 个）`))
  await uncertain.check()
  assert.equal(await redacted(), tagged(all), 'and, when asked, the ones it hides as uncertain')
  await uncertain.uncheck()
  await setThreshold(page, 0)
  assert.equal(await uncertain.count(), 0, 'no such choice while no name is under the threshold')
})

test('redaction of contact details and ID numbers: found by rule when asked, marked apart from the model\'s names, redacted with them', async (ctx) => {
  const text = '患者张伟，身份证号11010519491231002X，手机138 0013 8000，邮箱 zhangwei@example.com，在北京就诊。'
  await setTextAndWait(page, text)
  assert.equal(await page.locator(`${SELECTORS.view} mark[data-source=pattern]`).count(), 0, 'off until asked for')
  await openTab(page, 'redact')
  // Off, the tab says how many the copy leaves readable.
  assert.match(await page.locator('[data-testid=patterns-left]').textContent(), /文本中有 3 处/u)
  await page.check('[data-testid=find-patterns]')
  assert.equal(await page.locator('[data-testid=patterns-left]').count(), 0)
  const patternMarks = () => page.$$eval(`${SELECTORS.view} mark[data-source=pattern]`, (ms) => ms.map((m) => [m.textContent, m.dataset.type]))
  await page.waitForFunction((s) => document.querySelectorAll(s).length === 3, `${SELECTORS.view} mark[data-source=pattern]`)
  assert.deepEqual(await patternMarks(), [['11010519491231002X', 'ID_NUMBER'], ['138 0013 8000', 'PHONE'], ['zhangwei@example.com', 'EMAIL']])
  // Clicked, a rule's match says what it is and offers no dictionary correction (the switch decides).
  await page.click(`${SELECTORS.view} mark[data-type=PHONE]`)
  await page.locator('[data-testid=picked-entity]').filter({ hasText: '按规则识别' }).waitFor()
  assert.equal(await page.locator('[data-testid=picked-entity] button:visible').count(), 0)
  await page.check('[data-redact-mode=pseudonym]')
  await page.waitForFunction(() => document.querySelector('[data-testid=redacted-text]').value.includes('身份证号1'))
  const out = await page.inputValue('[data-testid=redacted-text]')
  for (const secret of ['11010519491231002X', '138 0013 8000', 'zhangwei@example.com']) assert.ok(!out.includes(secret), `${secret} redacted: ${out}`)
  assert.match(out, /身份证号1.*电话1.*邮箱1/)
  if (ctx.realModel) assert.match(out, /人名1/)
  await screenshot(ctx, page, '12f-redacted-contact-details')
  // Grey and dashed, legible in both themes (axe: contrast among the WCAG AA rules).
  const atRest = () => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
  assert.deepEqual(await axeViolations(page), [], 'dark theme')
  await page.click('[data-testid=theme-toggle]')
  await atRest()
  assert.deepEqual(await axeViolations(page), [], 'light theme')
  await screenshot(ctx, page, '12g-redacted-contact-details-light')
  await page.click('[data-testid=theme-toggle]')
  await atRest()
  // As a Word document: the page reads the download back as it reads any .docx, and it is the redacted text.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-docx]')])
  assert.equal(docx.suggestedFilename(), 'shiti-redacted.docx')
  const docxBytes = await readFile(await docx.path())
  await setTextAndWait(page, '')
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', { name: 'shiti-redacted.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docxBytes }))
  assert.equal(await page.inputValue(SELECTORS.editor), out)
  await setTextAndWait(page, text)
  await openTab(page, 'redact')
  // The setting is remembered, and can be turned off again.
  await page.reload()
  await setTextAndWait(page, text)
  assert.equal(await page.locator(`${SELECTORS.view} mark[data-source=pattern]`).count(), 3)
  await openTab(page, 'redact')
  // Found while another tab was showing, the rules' types are ticked and replaced all the same (they used
  // to be added to the boxes only while this tab was open, and left in clear otherwise).
  for (const type of ['ID_NUMBER', 'PHONE', 'EMAIL']) assert.equal(await page.isChecked(`[data-redact-type=${type}]`), true, `${type} ticked`)
  const afterReload = await page.inputValue('[data-testid=redacted-text]')
  for (const secret of ['11010519491231002X', '138 0013 8000', 'zhangwei@example.com']) assert.ok(!afterReload.includes(secret), `${secret} redacted after a reload: ${afterReload}`)
  await page.uncheck('[data-testid=find-patterns]')
  assert.equal(await page.locator(`${SELECTORS.view} mark[data-source=pattern]`).count(), 0)
  await page.check('[data-redact-mode=tag]')
})

test('the user dictionary marks names the model misses, explains bad lines, exports, and survives a reload', async (ctx) => {
  const text = '腾讯和字节跳动在深圳签约，新华社记者张伟报道。'
  await setTextAndWait(page, text)
  const lexiconMarks = async () => (await visibleMarks(page)).filter((m) => m.title.includes('dictionary') || m.title.includes('词典'))
  assert.deepEqual(await lexiconMarks(), [])
  const modelMarks = await visibleMarks(page)

  await openTab(page, 'lexicon')
  // A line without a type is shown an example that is right: the name with the type the view gives it (深圳),
  // else a place as a place (native-speaker review: a bare 北京 was offered “北京 机构名”).
  await page.fill('[data-testid=lexicon-source]', '深圳\n王五')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=lexicon-problems] li').length === 2)
  const [shenzhen, wangWu] = (await page.locator('[data-testid=lexicon-problems] li').allTextContents()).map((p) => p.trim())
  const shenzhenType = modelMarks.find((m) => m.text === '深圳')?.type
  assert.ok(shenzhen.endsWith(shenzhenType ? `例如“深圳 ${{ PER: '人名', LOC: '地名', ORG: '机构名' }[shenzhenType]}”。` : '例如“北京 地名”。'), `${shenzhenType}: ${shenzhen}`)
  assert.ok(wangWu.endsWith('例如“北京 地名”。'), wangWu)
  await page.fill('[data-testid=lexicon-source]', '# clients\n腾讯 机构名\n字节跳动 ORG\n深圳 地方\n-新华社')
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 2)
  const problems = await page.textContent('[data-testid=lexicon-problems]')
  assert.match(problems, /4/, 'the bad line is named by its number')
  assert.match(problems, /人名、地名、机构名/, 'and the types the model knows are named')
  assert.match(await page.textContent('[data-testid=lexicon-summary]'), /3\D+2/, '3 entries, 2 marked')
  const marks = await visibleMarks(page)
  assert.deepEqual((await lexiconMarks()).map((m) => [m.text, m.type]), [['腾讯', 'ORG'], ['字节跳动', 'ORG']])
  assert.ok(!marks.some((m) => m.text === '新华社'), 'a "-" line removes the model\'s 新华社')
  // Everything the model found outside the dictionary's names is still there.
  const untouched = modelMarks.filter((m) => !['腾讯', '字节跳动', '新华社'].includes(m.text))
  assert.deepEqual(marks.filter((m) => !m.title.includes('dictionary') && !m.title.includes('词典')), untouched)
  await screenshot(ctx, page, '11-user-dictionary')
  const { entities } = await exportedJson()
  assert.deepEqual(entities.filter((e) => e.text === '腾讯').map((e) => [e.start, e.end, e.type, e.score]), [[0, 2, 'ORG', 1]])

  // Download it, and add lines from a file: appended, so nothing typed is lost; a non-.txt file is refused.
  await openTab(page, 'lexicon')
  const downloaded = await downloadText(page, () => page.click('[data-testid=lexicon-download]'))
  assert.equal(downloaded.name, 'shiti-dictionary.txt')
  assert.equal(downloaded.text, await page.inputValue('[data-testid=lexicon-source]'))
  await page.setInputFiles('[data-testid=lexicon-file]', { name: 'names.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFF张伟 人名\r\n') })
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-source]').value.endsWith('-新华社\n张伟 人名\n'))
  await page.waitForSelector(`${SELECTORS.view} mark[data-source=lexicon]:text-is("张伟")`)
  // A list saved by Notepad in GBK reads as written.
  await page.setInputFiles('[data-testid=lexicon-file]', { name: 'gbk.txt', mimeType: 'text/plain', buffer: Buffer.from('c0eec4c820c8cbc3fb0d0a', 'hex') })
  await page.waitForFunction(() => document.querySelector('[data-testid=lexicon-source]').value.endsWith('张伟 人名\n李娜 人名\n'))
  await page.setInputFiles('[data-testid=lexicon-file]', { name: 'names.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') })
  await page.waitForSelector('[data-testid=lexicon-panel] [role=alert]:has-text("names.docx")')
  await page.fill('[data-testid=lexicon-source]', downloaded.text)

  // Kept in this browser (localStorage), so it applies again after a reload.
  await page.reload()
  await waitForModelReady(page)
  await setTextAndWait(page, text)
  assert.deepEqual((await lexiconMarks()).map((m) => m.text), ['腾讯', '字节跳动'])
  // One click takes it all out of the browser's storage (privacy QA: names from confidential documents stayed
  // there, and emptying the box by hand was the only way); Restore until the next edit.
  await openTab(page, 'lexicon')
  assert.match(await page.textContent('[data-testid=lexicon-panel]'), /本地存储/, 'says where it is kept')
  await page.click('[data-testid=lexicon-clear]')
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 0)
  assert.equal(await page.evaluate(() => localStorage.getItem('shiti.lexicon') ?? ''), '', 'nothing left in localStorage')
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'lexicon-restore')
  await page.click('[data-testid=lexicon-restore]')
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 2)
  assert.match(await page.evaluate(() => localStorage.getItem('shiti.lexicon')), /腾讯/)
  await page.click('[data-testid=lexicon-clear]')
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 0)
})

/** Drags the mouse across the first occurrence of `surface` in the highlighted view, as a user selects it. */
async function dragSelect(surface) {
  const box = await page.evaluate(({ view, surface }) => {
    const walker = document.createTreeWalker(document.querySelector(view), NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(surface)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + surface.length)
      const r = range.getBoundingClientRect()
      return { left: r.left, right: r.right, y: r.top + r.height / 2 }
    }
    return null
  }, { view: SELECTORS.view, surface })
  assert.ok(box, `${surface} is in the view as plain text`)
  await page.mouse.move(box.left + 1, box.y)
  await page.mouse.down()
  await page.mouse.move(box.right - 1, box.y, { steps: 5 })
  await page.mouse.up()
}

const lexiconSource = () => page.inputValue('[data-testid=lexicon-source]')

test('corrections from the view: mark a selection, change or drop an entity, each with an undo, all in the dictionary', async (ctx) => {
  await openTab(page, 'lexicon')
  assert.equal(await lexiconSource(), '')
  const text = '今天，华为在深圳发布新手机。\n新华社记者张伟报道。'
  await setTextAndWait(page, text)
  const modelMarks = await visibleMarks(page)

  // A name the model does not mark as a whole: select it and mark it as an organization.
  assert.ok(!modelMarks.some((m) => m.text === '华为' && m.type === 'ORG'), 'the model already marks 华为/ORG: pick another name')
  // Selection is over plain text, so drop any model mark inside 华为 first (it would split the text node).
  for (const m of modelMarks.filter((m) => '华为'.includes(m.text))) {
    await page.click(`${SELECTORS.view} mark:text-is("${m.text}")`)
    await page.click('[data-correct=never]')
  }
  await page.waitForFunction((v) => document.querySelector(v).textContent.length > 0, SELECTORS.view)
  await dragSelect('华为')
  await page.click('[data-correct=ORG]')
  await page.waitForSelector(`${SELECTORS.view} mark[data-source=lexicon][data-type=ORG]:text-is("华为")`)
  assert.match(await page.textContent('[data-testid=correction-done]'), /华为 机构名/)
  assert.match(await lexiconSource(), /^华为 ORG$/m)
  // The selection is let go, so the confirmation and its undo stay (the new highlights used to move it onto a
  // neighbouring character, offered next in their place); the focus is on the undo, not lost with the buttons.
  assert.equal(await page.evaluate(() => getSelection().isCollapsed), true, 'the selection is let go')
  await page.waitForTimeout(300)
  assert.match(await page.textContent('[data-testid=correction-done]'), /华为 机构名/)
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'correction-undo')

  // The dictionary's mark offers a type change and removal; removal can be undone.
  await page.click(`${SELECTORS.view} mark[data-source=lexicon]`)
  assert.deepEqual(await page.$$eval('[data-correct]', (bs) => bs.map((b) => b.dataset.correct)), ['PER', 'LOC', 'forget'])
  await screenshot(ctx, page, '11b-correction-from-view')
  await page.click('[data-correct=forget]')
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 0)
  assert.doesNotMatch(await lexiconSource(), /华为 机构名/)
  await page.click('[data-testid=correction-undo]')
  await page.waitForSelector(`${SELECTORS.view} mark[data-source=lexicon]:text-is("华为")`)
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'correction-done', 'after an undo, the focus is on its message')
  assert.match(await lexiconSource(), /^华为 ORG$/m)

  // A model entity: "never mark" writes a "-" line and the mark goes; undo brings it back.
  const target = (await visibleMarks(page)).find((m) => !m.title.includes('dictionary') && !m.title.includes('词典'))
  assert.ok(target, 'the model marks something besides the dictionary name')
  const count = async () => (await visibleMarks(page)).filter((m) => m.text === target.text).length
  const before = await count()
  await page.click(`${SELECTORS.view} mark:text-is("${target.text}")`)
  await page.click('[data-correct=never]')
  await page.waitForFunction((t) => ![...document.querySelectorAll('mark')].some((m) => m.textContent === t), target.text)
  assert.match(await lexiconSource(), new RegExp(`^-${target.text}$`, 'm'))
  await page.click('[data-testid=correction-undo]')
  await page.waitForFunction(({ t, n }) => [...document.querySelectorAll('mark')].filter((m) => m.textContent === t).length === n,
    { t: target.text, n: before })

  // A selection made without a click (a long press on a touch screen) offers the same choices.
  await page.evaluate((view) => {
    const walker = document.createTreeWalker(document.querySelector(view), NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf('手机')
      if (at >= 0) return getSelection().setBaseAndExtent(node, at, node, at + 2)
    }
  }, SELECTORS.view)
  await page.waitForFunction(() => document.querySelector('[data-testid=picked-entity] b')?.textContent === '手机')
  assert.deepEqual(await page.$$eval('[data-correct]', (bs) => bs.map((b) => b.dataset.correct)), ['PER', 'LOC', 'ORG'])
  // Two lines are not a name: a hint, and nothing to click.
  await page.evaluate((view) => getSelection().selectAllChildren(document.querySelector(view)), SELECTORS.view)
  await page.waitForFunction(() => document.querySelector('[data-testid=picked-entity] b')?.textContent === '')
  assert.match(await page.textContent('[data-testid=picked-entity]'), /50/)
  assert.equal(await page.$$eval('[data-correct]', (bs) => bs.length), 0)
  await page.evaluate(() => getSelection().removeAllRanges())

  // A wrong boundary (李强作 for 李强): the part selected inside a model's name is marked, and that name,
  // which a dictionary name inside it would not split, stops being marked; one undo takes back both.
  const longName = modelMarks.find((m) => Array.from(m.text).length >= 3 && m.text !== '华为')
  assert.ok(longName, 'the model marks a name of three characters or more')
  const part = longName.text.slice(0, 2)
  await page.evaluate(({ view, name }) => {
    const mark = [...document.querySelectorAll(`${view} mark`)].find((m) => m.textContent === name)
    // (the name's text node: in an interface not in Chinese it is inside a <span lang="zh"> in the mark)
    const text = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT).nextNode()
    getSelection().setBaseAndExtent(text, 0, text, 2)
  }, { view: SELECTORS.view, name: longName.text })
  await page.waitForFunction((p) => document.querySelector('[data-testid=picked-entity] b')?.textContent === p, part)
  const lexiconBefore = await lexiconSource()
  await page.click(`[data-correct=${longName.type}]`)
  await page.waitForSelector(`${SELECTORS.view} mark[data-source=lexicon]:text-is("${part}")`)
  assert.equal((await visibleMarks(page)).filter((m) => m.text === longName.text).length, 0, `${longName.text} is no longer marked`)
  assert.match(await lexiconSource(), new RegExp(`^${part} ${longName.type}$`, 'm'))
  assert.match(await lexiconSource(), new RegExp(`^-${longName.text}$`, 'm'))
  assert.match(await page.textContent('[data-testid=correction-done]'), new RegExp(`-${longName.text}`))
  await page.click('[data-testid=correction-undo]')
  await page.waitForSelector(`${SELECTORS.view} mark:not([data-source]):text-is("${longName.text}")`)
  assert.equal(await lexiconSource(), lexiconBefore)

  // Without a mouse: Tab to the view, the arrows walk the names, Enter picks one and goes to its corrections.
  const marks = await visibleMarks(page)
  await page.focus(SELECTORS.view)
  const focusedMark = () => page.evaluate(() => document.activeElement?.closest('mark')?.textContent ?? null)
  await page.keyboard.press('ArrowRight')
  assert.equal(await focusedMark(), marks[0].text)
  await page.keyboard.press('ArrowRight')
  assert.equal(await focusedMark(), marks[1].text)
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft') // stays on the first name
  assert.equal(await focusedMark(), marks[0].text)
  assert.equal(await page.locator(`${SELECTORS.view} mark[tabindex]`).count(), 1, 'one name is focusable at a time')
  await page.keyboard.press('Enter')
  await page.waitForFunction((name) => document.querySelector('[data-testid=picked-entity] b')?.textContent === name, marks[0].text)
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-correct'))
  await page.keyboard.press('Tab')
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-correct')), 'Tab goes on through the corrections')
  await page.keyboard.press('Escape')
  assert.equal(await focusedMark(), marks[0].text, 'Escape goes back to the name')
  assert.equal(await page.getAttribute(SELECTORS.view, 'aria-describedby'), 'highlight-keys')

  await page.fill('[data-testid=lexicon-source]', '')
  await page.waitForFunction(() => document.querySelectorAll('mark[data-source=lexicon]').length === 0)
})

test('hostile input is shown as text: no element is created and no dialog fires', async (ctx) => {
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script><b onmouseover=alert(3)>北京</b>'
  const text = `${hostile}\n习近平在北京。`
  await setTextAndWait(page, text)
  assert.equal(await page.textContent(SELECTORS.view), text)
  assert.equal(await page.$$eval(`${SELECTORS.view} img, ${SELECTORS.view} script, ${SELECTORS.view} b`, (els) => els.length), 0)
  await page.hover(SELECTORS.view)
  await page.waitForTimeout(300)
  assert.deepEqual(page.events.dialogs, [])
  assert.deepEqual(await cspViolations(page), [])
  await screenshot(ctx, page, '12-hostile-input')
})

test('emoji, surrogate pairs and zero-width characters keep offsets right', async () => {
  const text = '😀😀张伟\u200b在北京𠀋工作。'
  await setTextAndWait(page, text)
  assert.equal(await page.textContent(SELECTORS.view), text)
  const { entities } = await exportedJson()
  for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text)
})

test('social-media text: @, # and web or e-mail addresses never end up inside a highlighted name', async (ctx) => {
  const text = '@新华视点 #两会#王刚在北京答记者问，全文见http://t.cn/AbCd12x ，来信请寄wang.gang@example.org#'
  await setTextAndWait(page, text)
  const marks = await visibleMarks(page)
  assert.ok(marks.some((m) => m.text === '王刚' && m.type === 'PER'), `王刚 is found as PER: ${JSON.stringify(marks)}`)
  for (const m of marks) assert.doesNotMatch(m.text, /[@#＠＃]|http|t\.cn|AbCd|example|wang\.gang/, `mark ${m.text}`)
  await screenshot(ctx, page, '12b-social-media')
})

test('text pasted from a PDF: a name broken over two lines is found whole, short lines keep their breaks', async (ctx) => {
  // Lines wrapped mid-sentence, as a PDF or an e-mail hands them over, then a list of short lines.
  const text = '国务院总理在人民大会堂会见了来访的法国总统马\n克龙，双方就中法关系和共同关心的国际\n问题交换了意见。\n出席者：\n王毅\n李强'
  await setTextAndWait(page, text)
  assert.equal(await page.textContent(SELECTORS.view), text)
  const marks = await visibleMarks(page)
  assert.ok(marks.some((m) => m.text === '马\n克龙' && m.type === 'PER'), `马克龙 is found across the wrap: ${JSON.stringify(marks)}`)
  for (const name of ['王毅', '李强']) assert.ok(marks.some((m) => m.text === name && m.type === 'PER'), `${name} on its own line`)
  await screenshot(ctx, page, '12c-wrapped-pdf-text')
}, { skip: (ctx) => (ctx.realModel ? undefined : 'needs the real model public/models/shiti-news-v1/') })

test('a sample, a file or Clear replacing the text can be taken back; an empty file changes nothing', async () => {
  const mine = '我自己的草稿：张伟昨天在北京见了李娜。'
  await setTextAndWait(page, mine)
  assert.equal(await page.locator('[data-testid=text-replaced]').count(), 0, 'typing replaces nothing')
  const offersToRestore = async (replaced) => {
    assert.match(await page.textContent('[data-testid=text-replaced]'), new RegExp(`${replaced.length.toLocaleString('zh-CN')} 个字符`))
  }
  const restore = async () => {
    await offersToRestore(mine)
    const replacedBy = await page.inputValue(SELECTORS.editor)
    await analysisAfter(page, () => page.click('[data-testid=restore-text]'))
    assert.equal(await page.inputValue(SELECTORS.editor), mine)
    // Restoring replaces in its turn: the text it took away (unless empty) can be brought back the same way.
    if (replacedBy.trim()) await offersToRestore(replacedBy)
    else assert.equal(await page.locator('[data-testid=text-replaced]').count(), 0)
  }
  // The offer is in sight where the sample was chosen, at a laptop's height and on a phone (final QA: under the
  // editor it was below the screen at 1280 x 800; on a phone the page scrolled on to the highlights, past it).
  const viewport = page.viewportSize()
  for (const size of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
    await page.setViewportSize(size)
    if (await page.inputValue(SELECTORS.editor) !== mine) await setTextAndWait(page, mine)
    await page.locator('[data-testid=sample-business]').scrollIntoViewIfNeeded()
    await chooseSample('business')
    await page.waitForTimeout(800) // a smooth scroll, were there one, would be over
    const offer = await page.locator('[data-testid=restore-text]').boundingBox()
    assert.ok(offer && offer.y >= 0 && offer.y + offer.height <= size.height, `Restore in sight at ${size.width}: ${JSON.stringify(offer)}`)
  }
  await page.setViewportSize(viewport)
  await restore()
  await analysisAfter(page, () => page.click('button:text-is("清空")'))
  assert.equal(await page.inputValue(SELECTORS.editor), '')
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName)
  assert.equal(await focused(), 'restore-text', 'Clear, now disabled, hands focus to Restore')
  await restore()
  assert.equal(await focused(), 'editor', 'restoring an empty text removes the offer: focus goes to the editor')
  await analysisAfter(page, () => page.setInputFiles('[data-testid=file-input]', { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('另一份文件：王芳在上海。') }))
  await restore()
  // An empty file is an error, not an empty editor.
  await page.setInputFiles('[data-testid=file-input]', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) })
  await page.locator('[data-testid=import-message]').filter({ hasText: 'empty.txt 是空的' }).waitFor()
  assert.equal(await page.inputValue(SELECTORS.editor), mine)
  // Keys typed after a replacement (a Clear clicked by mistake, noticed late) do not lose the text before.
  await analysisAfter(page, () => page.click('button:text-is("清空")'))
  await page.focus(SELECTORS.editor)
  await page.keyboard.type('好')
  await offersToRestore(mine)
  await restore()
  // Dismissed, the offer goes, and typing does not bring it back.
  await page.click('[data-testid=dismiss-restore]')
  assert.equal(await page.locator('[data-testid=text-replaced]').count(), 0)
  assert.equal(await focused(), 'editor', 'Dismiss hands focus to the editor')
  await page.focus(SELECTORS.editor)
  await page.keyboard.type('。')
  assert.equal(await page.locator('[data-testid=text-replaced]').count(), 0)
})

test('opening and dropping files: .docx (mammoth), .md, .txt (UTF-8, GBK, Big5) and .html load into the editor; bad files leave it unchanged', async (ctx) => {
  await openTab(page, 'entities')
  // A Chinese .docx made from one of mammoth's own test documents.
  const zip = await JSZip.loadAsync(await readFile(join(ctx.root, 'node_modules/mammoth/test/test-data/single-paragraph.docx')))
  const xml = await zip.file('word/document.xml').async('string')
  zip.file('word/document.xml', xml.replace('Walking on imported air', '新华社记者在上海报道。'))
  const docx = await zip.generateAsync({ type: 'nodebuffer' })
  const input = '[data-testid=file-input]'
  await page.setInputFiles(input, { name: '报道.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx })
  await page.waitForFunction((s) => document.querySelector(s).value === '新华社记者在上海报道。', SELECTORS.editor)

  // Dropping a file on the editor.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['拖入的文件：周杰伦在台北。'], 'dropped.txt', { type: 'text/plain' }))
    return transfer
  })
  await page.dispatchEvent(SELECTORS.editor, 'drop', { dataTransfer: dropped })
  await page.waitForFunction((s) => document.querySelector(s).value === '拖入的文件：周杰伦在台北。', SELECTORS.editor)
  // Several at once: the first opens, and the message says the others did not (the Batch tab takes them).
  const several = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    for (const name of ['第一.txt', '第二.txt', '第三.txt']) transfer.items.add(new File([`${name}的内容`], name, { type: 'text/plain' }))
    return transfer
  })
  await page.dispatchEvent(SELECTORS.editor, 'drop', { dataTransfer: several })
  await page.waitForFunction((s) => document.querySelector(s).value === '第一.txt的内容', SELECTORS.editor)
  await page.locator('[data-testid=import-message]').filter({ hasText: '已打开 第一.txt；一同拖入的另外 2 个文件没有打开' }).waitFor()

  await page.setInputFiles(input, { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# 标题\r\n王毅会见客人。\r\n') })
  await page.waitForFunction((s) => document.querySelector(s).value === '# 标题\n王毅会见客人。\n', SELECTORS.editor)

  // Text files saved in the legacy Chinese encodings read as written, and the message names the encoding.
  const gbk = Buffer.from('b2eec2c3b1a8b8e6a3bacdf5d2e3d4dac9cfbaa3bbe1bcfbbfcdc8cba1a30d0a', 'hex') // 差旅报告：王毅在上海会见客人。 in GBK
  await page.setInputFiles(input, { name: '差旅.txt', mimeType: 'text/plain', buffer: gbk })
  await page.waitForFunction((s) => document.querySelector(s).value === '差旅报告：王毅在上海会见客人。\n', SELECTORS.editor)
  await page.locator('[data-testid=import-message]').filter({ hasText: '差旅.txt 不是 UTF-8 编码，已按以下编码读取：GB18030（GBK）。' }).waitFor()
  const big5 = Buffer.from('b04faacca662bb4fa55fb3f8bec9a147b3a2a578bbcaa558ae75b77cc4b3a143', 'hex') // 記者在臺北報導：郭台銘出席會議。 in Big5
  await page.setInputFiles(input, { name: 'big5.txt', mimeType: 'text/plain', buffer: big5 })
  await page.waitForFunction((s) => document.querySelector(s).value === '記者在臺北報導：郭台銘出席會議。', SELECTORS.editor)
  await page.locator('[data-testid=import-message]').filter({ hasText: '已按以下编码读取：Big5。' }).waitFor()
  // A saved web page in GBK (<meta charset="gbk">): its visible text, a line per block; its script never runs
  // and its image is never fetched.
  const html = Buffer.from('3c68746d6c3e3c686561643e3c6d65746120636861727365743d2267626b223e3c7469746c653ed2b3c3e63c2f7469746c653e3c2f686561643e3c626f64793e3c68313ed0c2cec53c2f68313e3c703ecdf5d2e3d4dac9cfbaa30abbe1bcfbbfcdc8cba1a33c696d67207372633d222f747261636b2e706e67223e3c2f703e3c7363726970743e706172656e742e616c6572742831293c2f7363726970743e3c2f626f64793e3c2f68746d6c3e', 'hex')
  await analysisAfter(page, () => page.setInputFiles(input, { name: '新闻.html', mimeType: 'text/html', buffer: html }))
  assert.equal(await page.inputValue(SELECTORS.editor), '新闻\n王毅在上海会见客人。')
  await page.locator('[data-testid=import-message]').filter({ hasText: '新闻.html 不是 UTF-8 编码，已按以下编码读取：GBK。' }).waitFor()
  assert.ok((await visibleMarks(page)).some((m) => m.text === '王毅' && m.type === 'PER'), 'the name in the page is found')
  assert.deepEqual(page.events.dialogs, [], 'the page\'s script did not run')
  assert.ok(!ctx.server.state.log.some((r) => r.url.includes('track.png')), 'the page\'s image was not fetched')
  await page.setInputFiles(input, { name: 'slides.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') })
  await page.locator('[data-testid=import-message]').filter({ hasText: 'slides.pptx' }).waitFor()
  await page.setInputFiles(input, { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') })
  await page.locator('[data-testid=import-message]').filter({ hasText: 'broken.docx' }).waitFor()
  assert.equal(await page.inputValue(SELECTORS.editor), '新闻\n王毅在上海会见客人。', 'the editor kept its text')
  await context.close()
})

/** A PDF printed by Chromium itself from `html`: real fonts, a real text layer (or none, for a picture). */
async function printedPdf(ctx, html, options = {}) {
  const printer = await ctx.browser.newPage()
  await printer.setContent(`<body style="margin: 0; font: 16px/24px 'Noto Sans CJK SC', sans-serif">${html}</body>`)
  const pdf = await printer.pdf({ width: '416px', height: '200px', margin: { top: '16px', left: '16px' }, ...options })
  await printer.close()
  return pdf
}

test('opening a PDF: its text layer fills the editor, wrapped lines and pages included; scans, passwords and damage are explained', async (ctx) => {
  ;({ context } = await newRecordedContext(ctx))
  page = await openApp(ctx, context)
  await waitForModelReady(page)
  const input = '[data-testid=file-input]'
  const message = page.locator('[data-testid=import-message]')
  // Two pages; the first paragraph runs over three lines of 24 characters, 马克龙 broken after 马.
  const paragraphs = ['国务院总理李强在人民大会堂会见了来访的法国总统马克龙，双方就中法关系和共同关心的国际问题交换了意见。', '新华社北京电']
  const pdf = await printedPdf(ctx, `<p style="width: 24em; margin: 0">${paragraphs[0]}</p><p style="break-before: page; margin: 0">${paragraphs[1]}</p>`)
  await analysisAfter(page, () => page.setInputFiles(input, { name: '会见.pdf', mimeType: 'application/pdf', buffer: pdf }))
  const text = await page.inputValue(SELECTORS.editor)
  // Chromium's PDFs, like many, map some ideographs back to CJK radical code points that look the same
  // (⼈⺠⼤会堂); the page puts the ideographs back, so the editor holds 人民大会堂.
  assert.equal(text.replace(/\n/g, ''), paragraphs.join(''), `the text layer, in order: ${JSON.stringify(text)}`)
  assert.deepEqual(text.split('\n').filter(Boolean).map((line) => line.length), [24, 24, 2, 6], `one editor line per PDF line: ${JSON.stringify(text)}`)
  assert.equal(await message.count(), 0, 'no message once the PDF is open')
  if (ctx.realModel) {
    const marks = await visibleMarks(page)
    for (const [name, type] of [['李强', 'PER'], ['人民大会堂', 'LOC'], ['马\n克龙', 'PER'], ['新华社', 'ORG']]) {
      assert.ok(marks.some((m) => m.text === name && m.type === type), `${name} ${type} in ${JSON.stringify(marks)}`)
    }
  }
  await screenshot(ctx, page, '12d-pdf-opened')

  // Letter-spaced type: pdf.js puts a space between every two characters, and the engine closes them up.
  const spacedPdf = await printedPdf(ctx, `<p style="width: 24em; margin: 0; letter-spacing: 0.5em">${paragraphs[0]}</p>`)
  await analysisAfter(page, () => page.setInputFiles(input, { name: 'spaced.pdf', mimeType: 'application/pdf', buffer: spacedPdf }))
  const spacedText = await page.inputValue(SELECTORS.editor)
  assert.equal(spacedText.replace(/\s/g, ''), paragraphs[0])
  assert.ok(spacedText.includes('国 务 院'), `letter-spaced as extracted: ${JSON.stringify(spacedText)}`)
  if (ctx.realModel) {
    const marks = (await visibleMarks(page)).map((m) => ({ ...m, text: m.text.replace(/\s/g, '') }))
    for (const [name, type] of [['李强', 'PER'], ['人民大会堂', 'LOC'], ['马克龙', 'PER']]) {
      assert.ok(marks.some((m) => m.text === name && m.type === type), `${name} ${type} in ${JSON.stringify(marks)}`)
    }
  }

  // A printed report: pages of two lines, each with a running header and a page-number footer that pdf.js
  // reads as text after the page's lines. The import drops them, so 马 (the last character of page 1) and
  // 克龙 (the first of page 2) read as one name again.
  const report = (lines) => printedPdf(ctx, `<p style="margin: 0">${paragraphs[1]}</p><p style="width: 24em; margin: 0">${lines}</p>`, {
    height: '136px', margin: { top: '40px', bottom: '40px', left: '16px' }, displayHeaderFooter: true,
    headerTemplate: '<div style="font-size: 8px; width: 100%; text-align: center">外交动态（内部参考）</div>',
    footerTemplate: '<div style="font-size: 8px; width: 100%; text-align: center">第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页</div>',
  })
  await page.evaluate((s) => { window.importMessages = []; new MutationObserver(() => { const m = document.querySelector(s); if (m) window.importMessages.push(m.textContent) }).observe(document.body, { subtree: true, childList: true, characterData: true }) }, '[data-testid=import-message]')
  const short = await report(paragraphs[0])
  await analysisAfter(page, () => page.setInputFiles(input, { name: '简报.pdf', mimeType: 'application/pdf', buffer: short }))
  const reportText = await page.inputValue(SELECTORS.editor)
  assert.equal(reportText, `${paragraphs[1]}\n${paragraphs[0].slice(0, 24)}\n${paragraphs[0].slice(24, 48)}\n${paragraphs[0].slice(48)}`, `no header or footer left: ${JSON.stringify(reportText)}`)
  const progress = await page.evaluate(() => window.importMessages)
  // (the observer can see one text twice: a text node changed, then replaced)
  const pages = [...new Set(progress.flatMap((m) => m.match(/第 (\d+) \/ 3 页/)?.[1] ?? []))]
  assert.deepEqual(pages, ['1', '2', '3'], `page by page progress: ${JSON.stringify(progress)}`)
  if (ctx.realModel) {
    const marks = await visibleMarks(page)
    assert.ok(marks.some((m) => m.text === '马\n克龙' && m.type === 'PER'), `马克龙 across the page break in ${JSON.stringify(marks)}`)
  }
  // A long one can be stopped while it is read; the editor keeps its text.
  const long = await report(paragraphs[0].repeat(300))
  await page.setInputFiles(input, { name: '长报告.pdf', mimeType: 'application/pdf', buffer: long })
  await message.filter({ hasText: '长报告.pdf' }).filter({ hasText: '页' }).waitFor()
  // Pressed from the keyboard: Stop goes, and focus with it to Open (keyboard QA: it fell to <body>).
  await page.focus('[data-testid=import-stop]')
  await page.keyboard.press('Enter')
  await message.filter({ hasText: '已停止读取 长报告.pdf' }).waitFor()
  assert.equal(await page.locator('[data-testid=import-stop]').count(), 0, 'no Stop button once stopped')
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '打开文件', 'focus on Open once Stop is gone')
  assert.equal(await page.inputValue(SELECTORS.editor), reportText, 'the editor kept its text')
  // A file opened while another is still being read replaces it.
  await page.setInputFiles(input, { name: '长报告.pdf', mimeType: 'application/pdf', buffer: long })
  await message.filter({ hasText: '长报告.pdf' }).filter({ hasText: '页' }).waitFor()
  await screenshot(ctx, page, '12e-pdf-reading') // the page reached, and a Stop button
  await analysisAfter(page, () => page.setInputFiles(input, { name: '会见.pdf', mimeType: 'application/pdf', buffer: pdf }))
  assert.equal(await page.inputValue(SELECTORS.editor), text, 'the newer file won')
  assert.equal(await message.count(), 0, 'no message from the file it replaced')

  // An older PDF with a predefined CMap: the site serves Adobe's Chinese CMaps itself.
  const cmapRequests = []
  page.on('request', (request) => { if (request.url().includes('/pdfjs/cmaps/')) cmapRequests.push(new URL(request.url()).pathname) })
  await analysisAfter(page, () => page.setInputFiles(input, { name: 'old.pdf', mimeType: 'application/pdf', buffer: pdfWithPredefinedCMap('新华社记者在上海报道') }))
  assert.equal(await page.inputValue(SELECTORS.editor), '新华社记者在上海报道')
  assert.ok(cmapRequests.some((path) => path.endsWith('/pdfjs/cmaps/UniGB-UCS2-H.bcmap')), `CMaps fetched from the site: ${cmapRequests}`)
  await setTextAndWait(page, text)

  // A scan: the page is a picture of text, with no text layer.
  const scan = await printedPdf(ctx, `<canvas id="c" width="300" height="60"></canvas><script>
    const g = document.getElementById('c').getContext('2d'); g.font = '24px sans-serif'; g.fillText('新华社记者在上海报道', 10, 40)</script>`)
  await page.setInputFiles(input, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan })
  await message.filter({ hasText: 'scan.pdf' }).filter({ hasText: 'OCR' }).waitFor()
  const locked = await readFile(join(ctx.root, 'test/fixtures/files/password-protected.pdf'))
  await page.setInputFiles(input, { name: 'locked.pdf', mimeType: 'application/pdf', buffer: locked })
  await message.filter({ hasText: 'locked.pdf' }).filter({ hasText: '密码' }).waitFor()
  await page.setInputFiles(input, { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 cut off here') })
  await message.filter({ hasText: 'broken.pdf' }).filter({ hasText: '无法读取' }).waitFor()
  assert.equal(await page.inputValue(SELECTORS.editor), text, 'the editor kept the text of the last good file')
  assert.deepEqual(page.events.pageErrors, [])
  assert.deepEqual(await cspViolations(page), [], 'pdf.js runs under the page\'s Content-Security-Policy')
  await context.close()
})

test('a mail-merged PDF keeps every line of every letter, and a glyph with no character shows as U+FFFD', async (ctx) => {
  const { context: merged } = await newRecordedContext(ctx)
  const tab = await openApp(ctx, merged)
  await waitForModelReady(tab)
  // The same offer letter to five people, a page each, its lines the same on every page but the greeting
  // (they used to be taken for running heads and feet and dropped, 阿里巴巴集团 and 杭州 with them).
  const people = ['张伟', '李娜', '王强', '刘洋', '陈静']
  const letter = (name) => `<section style="break-after: page"><p style="margin: 0">录用通知书</p><p style="margin: 0">尊敬的${name}先生/女士：</p>
    <p style="margin: 0; width: 21em">经公司研究决定，录用您为阿里巴巴集团杭州总部的软件工程师，请于三月一日前到人力资源部报到。</p>
    <p style="margin: 0">此致</p><p style="margin: 0">敬礼</p><p style="margin: 0">阿里巴巴集团人力资源部</p><p style="margin: 0">二〇二四年二月一日</p></section>`
  const pdf = await printedPdf(ctx, `<p style="margin: 0">联系人👍王芳</p>${people.map(letter).join('')}`, { height: '300px' })
  await analysisAfter(tab, () => tab.setInputFiles('[data-testid=file-input]', { name: '录用通知_合并.pdf', mimeType: 'application/pdf', buffer: pdf }))
  const text = await tab.inputValue(SELECTORS.editor)
  for (const line of ['敬礼', '阿里巴巴集团人力资源部', '二〇二四年二月一日']) {
    assert.equal(text.split('\n').filter((l) => l === line).length, people.length, `${line} in every letter: ${JSON.stringify(text)}`)
  }
  assert.equal(text.replace(/\n/g, '').split('录用您为阿里巴巴集团杭州总部').length - 1, people.length, 'the body of every letter')
  // Chromium embeds the emoji as a glyph without a character: pdf.js gives NUL, which the editor does not keep.
  assert.ok(!text.includes('\0'), `no NUL in ${JSON.stringify(text.slice(0, 20))}`)
  assert.match(text, /^联系人\uFFFD?王芳/)
  await merged.close()
})

test('the Batch tab reads and analyses several files in the page, one after another, and exports them as one CSV or JSON Lines', async (ctx) => {
  let requests
  ;({ context, requests } = await newRecordedContext(ctx))
  page = await openApp(ctx, context)
  await waitForModelReady(page)
  const texts = {
    '会见.txt': '国务院总理李强在人民大会堂会见了法国总统马克龙。\n新华社记者在上海报道。',
    '通知.md': '# 通知\n北京大学的张伟教授明天去广州开会。',
    '空白.txt': '  \n',
  }
  const pdf = await printedPdf(ctx, '<p style="margin: 0">王毅在日内瓦会见联合国秘书长。</p>')
  const files = [
    // 通知.md saved in GBK, as Windows' Notepad in the Chinese locale did: read as written, and the row says so.
    // 会见.txt saved with Windows line endings: offsets are those of the file's own text (CR LF), and its
    // redacted copy goes back with CR LF.
    ...Object.entries(texts).map(([name, text]) => ({
      name, mimeType: 'text/plain',
      buffer: name === '通知.md' ? Buffer.from('2320cda8d6aa0ab1b1bea9b4f3d1a7b5c4d5c5ceb0bdcccadac3f7ccecc8a5b9e3d6ddbfaabbe1a1a3', 'hex')
        : Buffer.from(name === '会见.txt' ? text.replaceAll('\n', '\r\n') : text),
    })),
    { name: '日内瓦.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'slides.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') },
  ]
  /** The text of each file as saved (通知.md decoded from GBK gives back texts' own). */
  const saved = { ...texts, '会见.txt': texts['会见.txt'].replaceAll('\n', '\r\n') }
  await openTab(page, 'batch')
  await page.setInputFiles('[data-testid=batch-files]', files)
  const finished = '[data-testid=batch-list] li[data-status=done], [data-testid=batch-list] li[data-status=failed]'
  await page.waitForFunction((s) => document.querySelectorAll(s).length === 5, finished)
  const rows = await page.locator('[data-testid=batch-list] li').evaluateAll((lis) => lis.map((li) => [li.dataset.status, li.textContent.replace(/\s+/g, ' ').trim()]))
  assert.deepEqual(rows.map(([status]) => status), ['done', 'done', 'done', 'done', 'failed'], JSON.stringify(rows))
  assert.match(rows[2][1], /空白\.txt.*空文件/, 'an empty file says so, not "no entities"')
  assert.deepEqual(await page.locator('[data-testid=batch-encoding]').allTextContents(), ['GB18030（GBK）'], 'full-width brackets in a Chinese row')
  assert.ok(rows.some(([, row]) => row.includes('已按以下编码读取：GB18030（GBK）')), JSON.stringify(rows))
  // The convertible format's way out, without the name again (the row's first line holds it).
  assert.match(rows[4][1], /^slides\.pptx ?演示文稿，这里无法打开。请复制其中的文字，在编辑器中粘贴；或先另存为 PDF，再打开 PDF 文件。$/u)
  assert.match(await page.textContent('[data-testid=batch-summary]'), /已分析 4 \/ 5 个文件 · \d+ 个名称( · 另有 \d+ 个低于置信度\u00a00\.30)? · 1 个文件无法处理（原因见下）$/)
  await screenshot(ctx, page, '13-batch')

  // CSV: a row per entity, each naming its file and the exact span of that file's text.
  const csv = (await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))).text
  const lines = csv.trimEnd().split('\r\n')
  assert.equal(lines[0], 'file,start,end,type,text,score,source')
  const entities = lines.slice(1).map((line) => line.split(','))
  assert.ok(entities.length > 0, 'entities found')
  for (const [file, start, end, type, mention, score] of entities) {
    assert.ok(['PER', 'LOC', 'ORG'].includes(type) && Number(score) >= 0.3, `${file} ${mention} ${type} ${score}`)
    if (saved[file] !== undefined) assert.equal(saved[file].slice(Number(start), Number(end)), mention, `${file} ${start}-${end}`)
    else assert.equal(file, '日内瓦.pdf')
  }
  if (ctx.realModel) {
    const found = new Set(entities.map(([file, , , type, mention]) => `${file} ${mention} ${type}`))
    for (const expected of ['会见.txt 李强 PER', '会见.txt 人民大会堂 LOC', '通知.md 北京大学 ORG', '通知.md 张伟 PER', '日内瓦.pdf 王毅 PER', '日内瓦.pdf 日内瓦 LOC']) {
      assert.ok(found.has(expected), `${expected} in ${[...found]}`)
    }
  }

  // JSON Lines: an object per file, a failed file with its reason.
  await page.check('[data-testid=batch-panel] input[value=jsonl]')
  const jsonl = (await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))).text
  const objects = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line))
  assert.deepEqual(objects.map((o) => o.file), files.map((f) => f.name))
  assert.equal(objects[0].text, saved['会见.txt'], 'the file\'s own text, line breaks as saved, which its offsets count')
  assert.deepEqual(objects[2].entities, [])
  assert.deepEqual(objects[4], { file: 'slides.pptx', error: 'UNSUPPORTED' })
  assert.equal(objects[0].entities.length + objects[1].entities.length, entities.filter(([file]) => file !== '日内瓦.pdf').length)

  // The name list across the files: its mentions add up to the CSV's rows, each file it names holds it.
  await page.check('[data-testid=batch-panel] input[value=names]')
  const nameList = await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))
  assert.equal(nameList.name, 'shiti-batch-names.csv')
  const nameRows = nameList.text.trimEnd().split('\r\n').slice(1).map((line) => line.split(','))
  assert.equal(nameRows.reduce((sum, r) => sum + Number(r[2]), 0), entities.length)
  for (const [type, name, , fileCount, fileNames] of nameRows) {
    const inFiles = fileNames.split(' | ')
    assert.equal(inFiles.length, Number(fileCount))
    for (const file of inFiles) assert.ok(entities.some(([f, , , t, m]) => f === file && t === type && m === name), `${name} ${type} in ${file}`)
  }

  // The names that share sentences across the files: both names of a pair are in every file it lists.
  await page.check('[data-testid=batch-panel] input[value=pairs]')
  const pairList = await downloadText(page, () => page.click('[data-testid=batch-panel] [data-testid=download]'))
  assert.equal(pairList.name, 'shiti-batch-name-pairs.csv')
  const [pairHeader, ...pairRows] = pairList.text.trimEnd().split('\r\n').map((line) => line.split(','))
  assert.deepEqual(pairHeader, ['Source', 'Target', 'Type', 'Weight', 'Source type', 'Target type', 'files', 'file_names'])
  assert.ok(pairRows.length > 0, 'the files name people, places and organizations together')
  for (const [a, b, kind, weight, aType, bType, fileCount, fileNames] of pairRows) {
    const inFiles = fileNames.split(' | ')
    assert.ok(kind === 'Undirected' && inFiles.length === Number(fileCount) && Number(weight) >= inFiles.length, `${a} ${b} ${weight} ${fileNames}`)
    for (const file of inFiles) {
      for (const [name, type] of [[a, aType], [b, bType]]) {
        assert.ok(entities.some(([f, , , t, m]) => f === file && t === type && m === name), `${name} ${type} in ${file}`)
      }
    }
  }

  // Redacted copies, as the Redact tab is set (pseudonyms by default here): one .txt per analysed file in a
  // .zip, a name with one pseudonym across the files.
  await openTab(page, 'redact')
  await page.check('[data-redact-mode=pseudonym]')
  await openTab(page, 'batch')
  const zipDownload = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted]')])
  const zipped = await JSZip.loadAsync(await readFile(await zipDownload[0].path()))
  // A name found in the files is replaced in the copies' names too: 日内瓦.pdf, a place, is [地名n].redacted.txt.
  const copyNames = Object.keys(zipped.files).sort()
  assert.deepEqual(copyNames.filter((name) => !name.startsWith('[')), ['会见.redacted.txt', '空白.redacted.txt', '通知.redacted.txt'].concat(ctx.realModel ? [] : ['日内瓦.redacted.txt']).sort())
  if (ctx.realModel) assert.match(copyNames.find((name) => name.startsWith('[')) ?? '', /^\[地名\d+\]\.redacted\.txt$/, copyNames.join(', '))
  const copies = Object.fromEntries(await Promise.all(Object.keys(zipped.files).map(async (name) => [name, await zipped.file(name).async('string')])))
  assert.equal(copies['空白.redacted.txt'], texts['空白.txt'])
  assert.match(copies['会见.redacted.txt'], /。\r\n/, 'a CR LF file\'s copy keeps its line endings')
  assert.ok(!/[^\r]\n/.test(copies['会见.redacted.txt']) && !/\r/.test(copies['通知.redacted.txt']), JSON.stringify(copies))
  if (ctx.realModel) {
    for (const name of ['李强', '人民大会堂', '马克龙', '新华社']) assert.ok(!copies['会见.redacted.txt'].includes(name), copies['会见.redacted.txt'])
    assert.match(copies['会见.redacted.txt'], /^\[机构1\]总理\[人名1\]在\[地名1\]会见了/)
    assert.ok(!copies['通知.redacted.txt'].includes('张伟') && copies['通知.redacted.txt'].includes('人名3'), copies['通知.redacted.txt'])
  }
  // The same copies as Word documents: each one's paragraphs are its .txt twin's lines.
  const docxDownload = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted-docx]')])
  const docxZip = await JSZip.loadAsync(await readFile(await docxDownload[0].path()))
  assert.deepEqual(Object.keys(docxZip.files).sort(), Object.keys(zipped.files).map((n) => n.replace(/\.txt$/, '.docx')).sort())
  const mammoth = (await import('mammoth')).default
  for (const name of Object.keys(zipped.files)) {
    const docx = await docxZip.file(name.replace(/\.txt$/, '.docx')).async('nodebuffer')
    const { value } = await mammoth.extractRawText({ buffer: docx })
    assert.equal(value.replace(/\n\n/g, '\n').trimEnd(), copies[name].replaceAll('\r\n', '\n').trimEnd(), name)
  }
  // Annotated copies: a Word document per analysed file, its shaded names those of the CSV for that file.
  const annotatedDownload = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-annotated-docx]')])
  const annotatedZip = await JSZip.loadAsync(await readFile(await annotatedDownload[0].path()))
  assert.deepEqual(Object.keys(annotatedZip.files).sort(), ['会见', '日内瓦', '空白', '通知'].map((n) => `${n}.annotated.docx`).sort())
  const meeting = await JSZip.loadAsync(await annotatedZip.file('会见.annotated.docx').async('uint8array'))
  const meetingXml = await meeting.file('word/document.xml').async('string')
  const shadedNames = [...meetingXml.matchAll(/<w:shd [^>]*\/><\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1])
  assert.deepEqual(shadedNames, entities.filter(([file]) => file === '会见.txt').map(([, , , , mention]) => mention))

  // A folder chosen: its openable files under it, named by their path; other and hidden files left out.
  const folder = await mkdtemp(join(tmpdir(), 'shiti-batch-'))
  await mkdir(join(folder, '案卷', '附件'), { recursive: true })
  await writeFile(join(folder, '案卷', '一审.txt'), '李强在北京会见了客人。')
  await writeFile(join(folder, '案卷', '附件', '证据.md'), '王毅在上海。')
  await writeFile(join(folder, '案卷', '图.png'), 'not an image')
  await writeFile(join(folder, '案卷', '.DS_Store'), 'x')
  await page.setInputFiles('[data-testid=batch-folder]', join(folder, '案卷'))
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-list] li[data-status=done]').length === 2)
  const listed = await page.locator('[data-testid=batch-list] li [data-name]').evaluateAll((names) => names.map((s) => s.dataset.name))
  assert.deepEqual(listed.sort(), ['案卷/一审.txt', '案卷/附件/证据.md'].sort())
  await rm(folder, { recursive: true })
  // A file of the batch opens in the editor, with its entities highlighted there.
  await analysisAfter(page, () => page.click('[data-testid=batch-list] button[data-name="案卷/一审.txt"]'))
  assert.equal(await page.inputValue(SELECTORS.editor), '李强在北京会见了客人。')
  if (ctx.realModel) assert.ok((await visibleMarks(page)).some((m) => m.text === '李强' && m.type === 'PER'))
  // On a phone the editor is far above the list: opening a file brings it into sight.
  const desktop = page.viewportSize()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.locator('[data-testid=batch-list] button[data-name="案卷/附件/证据.md"]').scrollIntoViewIfNeeded()
  await analysisAfter(page, () => page.click('[data-testid=batch-list] button[data-name="案卷/附件/证据.md"]'))
  const editorTop = await page.$eval(SELECTORS.editor, (editor) => editor.getBoundingClientRect().top)
  // (scrolled to a whole pixel: its top may land a fraction above the window's)
  assert.ok(editorTop > -1 && editorTop < 844, `the editor is in sight at 390 px (top ${editorTop})`)
  // and so is the offer to bring back the text it replaced, just above it (it was scrolled off the top), a little below
  // the window's top (it was flush with it: top 0)
  const offerTop = await page.locator('[data-testid=restore-text]').evaluate((button) => button.getBoundingClientRect().top)
  assert.ok(offerTop >= 8 && offerTop < 844, `Restore is in sight at 390 px, clear of the window's top (top ${offerTop})`)
  await page.setViewportSize(desktop)
  await analysisAfter(page, () => page.click('[data-testid=batch-list] button[data-name="案卷/一审.txt"]'))

  // A long batch can be stopped; what was left is marked so.
  const long = { name: '长.txt', mimeType: 'text/plain', buffer: Buffer.from('李强在北京会见了客人。'.repeat(20_000)) }
  await page.setInputFiles('[data-testid=batch-files]', [long, files[0]])
  await page.locator('[data-testid=batch-list] li[data-status=analysing]').waitFor()
  // Closing the tab meanwhile asks first (the dialog is dismissed here: the page stays).
  const dialogsBefore = page.events.dialogs.length
  const asked = page.waitForEvent('dialog', (dialog) => dialog.type() === 'beforeunload')
  await page.close({ runBeforeUnload: true })
  await asked
  await page.waitForFunction(() => true) // the page still answers
  assert.equal(page.isClosed(), false)
  assert.equal(page.events.dialogs.length, dialogsBefore + 1)
  await page.click('[data-testid=batch-stop]')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=batch-list] li')].every((li) => li.dataset.status === 'stopped'))
  assert.equal(await page.locator('[data-testid=batch-stop]').count(), 0)
  // The summary says why, and the files left can be analysed from where the batch stopped.
  assert.match(await page.textContent('[data-testid=batch-summary]'), /已停止：2 个文件未分析$/)
  assert.equal((await page.textContent('[data-testid=batch-resume]')).trim(), '继续分析剩下的 2 个文件')
  // (Resumed at once after the Stop: the stopped job's grace timer once terminated the worker under the next job.)
  await page.click('[data-testid=batch-resume]')
  assert.equal(await page.locator('[data-testid=batch-resume]').count(), 0)
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=batch-list] li')].every((li) => li.dataset.status === 'done'), null, { timeout: 90_000 })
  assert.match(await page.textContent('[data-testid=batch-summary]'), /^已分析 2 \/ 2 个文件/)

  assert.equal(await page.inputValue(SELECTORS.editor), '李强在北京会见了客人。', 'the editor holds only the file opened from the batch')
  assertPrivate(requests, ctx.origin, ['李强在人民大会堂', '张伟教授', '王毅在日内瓦', '李强在北京会见了客人'])
  assert.deepEqual(page.events.pageErrors, [])
  // With nothing running, the page closes without asking.
  const dialogsNow = page.events.dialogs.length
  const closed = page.waitForEvent('close')
  await page.close({ runBeforeUnload: true })
  await closed
  assert.equal(page.events.dialogs.length, dialogsNow)
  await context.close()
})

test('the page is mounted without reading its layout, which would make the browser lay out a half-built page', async (ctx) => {
  // Perf QA: the selection's text read as the view was set up, and the tabs measured from onMounted, made the
  // browser lay out the page in the middle of the main script's task (~190 ms of a 370–670 ms task at CPU x4).
  // Every layout-reading call made while the main script runs (module scripts run before DOMContentLoaded).
  const { context: fresh } = await newRecordedContext(ctx)
  await fresh.addInitScript(() => {
    window.__layoutReads = []
    let mounting = true
    document.addEventListener('DOMContentLoaded', () => { mounting = false })
    const note = (name) => { if (mounting) window.__layoutReads.push(name) }
    for (const [owner, name] of [[Selection.prototype, 'toString'], [Element.prototype, 'getBoundingClientRect'], [Element.prototype, 'getClientRects'], [window, 'getComputedStyle']]) {
      const original = owner[name]
      owner[name] = function (...args) { note(name); return original.apply(this, args) }
    }
    const getters = [[HTMLElement.prototype, ['offsetLeft', 'offsetTop', 'offsetWidth', 'offsetHeight']], [Element.prototype, ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight', 'scrollLeft', 'scrollTop']]]
    for (const [owner, names] of getters) {
      for (const name of names) {
        const descriptor = Object.getOwnPropertyDescriptor(owner, name)
        Object.defineProperty(owner, name, { ...descriptor, get() { note(name); return descriptor.get.call(this) } })
      }
    }
  })
  const freshPage = await openApp(ctx, fresh)
  await freshPage.waitForSelector(SELECTORS.editor)
  // The app did mount in that task (the tabs are there), and read no layout while doing it.
  assert.equal(await freshPage.evaluate(() => document.readyState !== 'loading' && document.querySelectorAll('[role=tab]').length > 0), true)
  assert.deepEqual(await freshPage.evaluate(() => window.__layoutReads), [])
  // The tabs were still laid out (from the resize observer's first report): one row at 1440 px.
  await freshPage.waitForFunction(() => document.querySelector('[role=tablist]')?.dataset.layout === 'row')
  await fresh.close()
})
