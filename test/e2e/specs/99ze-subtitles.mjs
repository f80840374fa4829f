// Subtitles (QA, a video producer): .srt, .vtt and .ass were refused in the editor, the Batch tab and a folder, and
// the chooser hid them, though renamed .txt they read and redacted well. Now .srt, .vtt (and .lrc lyrics) open as a
// .txt file does and a redacted .srt keeps every index and timing line; .ass/.ssa are refused with the way to an .srt;
// the folder note spaces its list as Chinese is written (".vtt和.ass" was run together).
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { test } from '../harness.mjs'
import { SELECTORS, analysisAfter, newRecordedContext, openApp, openTab, waitForModelReady, waitForBatchDone } from '../helpers.mjs'

const SRT = '\uFEFF1\r\n00:00:01,000 --> 00:00:03,500\r\n张晓梅在洱海边晒渔网。\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,200\r\n李建国说明天去大理古城。\r\n\r\n'
const VTT = '\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:03.500\r\n王芳和赵敏在双廊拍日落。\r\n'
const ASS = '[Script Info]\r\nTitle: 洱海之春\r\n\r\n[Events]\r\nDialogue: 0,0:00:01.00,0:00:03.50,Default,,0,0,0,,张晓梅在洱海边晒渔网。\r\n'
const file = (name, body) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(body) })
const timingLines = (text) => text.split(/\r\n/u).filter((line) => /^\d+$|-->/u.test(line))

test('the editor opens an .srt and a .vtt as text, and refuses an .ass with the way to an .srt', async (ctx) => {
  const { context } = await newRecordedContext(ctx)
  const page = await openApp(ctx, context)
  await waitForModelReady(page)
  const input = '[data-testid=file-input]'
  const accept = (await page.getAttribute(input, 'accept')).split(',')
  for (const extension of ['.srt', '.vtt', '.lrc', '.ass', '.ssa']) assert.ok(accept.includes(extension), `${extension} in ${accept}`)
  await analysisAfter(page, () => page.setInputFiles(input, file('洱海之春.srt', SRT)))
  assert.equal(await page.inputValue(SELECTORS.editor), SRT.slice(1).replaceAll('\r\n', '\n'))
  await analysisAfter(page, () => page.setInputFiles(input, file('采访.vtt', VTT)))
  assert.equal(await page.inputValue(SELECTORS.editor), VTT.slice(1).replaceAll('\r\n', '\n'))
  await page.setInputFiles(input, file('洱海之春.ass', ASS))
  await page.locator('[data-testid=import-message]', { hasText: '洱海之春.ass 是字幕文件（.ass），无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。' }).waitFor({ timeout: 5_000 })
  assert.equal(await page.inputValue(SELECTORS.editor), VTT.slice(1).replaceAll('\r\n', '\n'), 'the editor keeps its text')
  await context.close()
})

test('Batch: .srt and .vtt are read (files and folders), a redacted .srt keeps its cues, .ass/.ssa get the way out', async (ctx) => {
  const folder = await mkdtemp(join(tmpdir(), 'shiti-99ze-'))
  try {
    const { context } = await newRecordedContext(ctx)
    const page = await openApp(ctx, context)
    await waitForModelReady(page)
    await openTab(page, 'batch')
    const accept = (await page.getAttribute('[data-testid=batch-files]', 'accept')).split(',')
    for (const extension of ['.srt', '.vtt', '.lrc']) assert.ok(accept.includes(extension), `${extension} in ${accept}`)

    await page.setInputFiles('[data-testid=batch-files]', [file('洱海之春.srt', SRT), file('采访.vtt', VTT), file('洱海之春.ass', ASS)])
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid=batch-list] li')]
      return rows.length === 3 && rows.every((li) => li.dataset.status === 'done' || li.dataset.status === 'failed')
    }, null, { timeout: 120_000 })
    const status = await page.locator('[data-testid=batch-list] li').evaluateAll((lis) => lis.map((li) => `${li.dataset.status} ${li.querySelector('[data-name]').dataset.name}`))
    assert.deepEqual(status, ['done 洱海之春.srt', 'done 采访.vtt', 'failed 洱海之春.ass'])
    // The row's name on its own line, the way out under it (the name is not run into the status as shown).
    const refused = await page.locator('[data-testid=batch-list] li[data-status=failed]').evaluate((li) => li.innerText)
    assert.equal(refused, '洱海之春.ass\n字幕文件（.ass），无法直接读取：请先在字幕软件中导出为 .srt，再打开 .srt 文件。')

    // The redacted copy: every index and timing line byte-identical, CR LF kept, the same number of cues.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=batch-redacted]')])
    const zip = await JSZip.loadAsync(await readFile(await download.path()))
    const copies = await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')))
    assert.equal(copies.length, 2, 'one copy per file read')
    const copy = copies.find((text) => text.includes('00:00:01,000'))
    assert.ok(copy, copies.join('\n---\n'))
    assert.deepEqual(timingLines(copy), timingLines(SRT.slice(1)))
    assert.ok(!copy.includes('张晓梅'), copy)

    // A folder: the subtitles read, .ass and .ssa left out with the way out, the list spaced (".vtt和.ass" before).
    const clips = join(folder, '素材')
    await mkdir(clips, { recursive: true })
    await writeFile(join(clips, '一.srt'), SRT)
    await writeFile(join(clips, '二.vtt'), VTT)
    await writeFile(join(clips, '三.lrc'), '[00:12.30]赵阿妹在苍山下唱歌\n')
    await writeFile(join(clips, '四.ass'), ASS)
    await writeFile(join(clips, '五.ssa'), ASS)
    await page.setInputFiles('[data-testid=batch-folder]', clips)
    await waitForBatchDone(page, 3)
    const notice = await page.textContent('[data-testid=batch-notice]')
    assert.match(notice, /^有 2 个文件的格式无法在这里打开，未读取。其中 (\.ass 和 \.ssa|\.ssa 和 \.ass) 字幕文件（2 个）无法直接读取：请先在字幕软件中导出为 \.srt，再打开 \.srt 文件。$/u)
    await context.close()
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
