// A new build of the site deployed while tabs are open. The new service worker waits instead of taking over
// (taking over deletes the old build's files), so an open page keeps working, its analysis worker restarts
// after an idle release included, and it offers a reload; the reload applies the new build, and another
// open tab is told that it must reload too.
import assert from 'node:assert/strict'
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '../harness.mjs'
import { FIXTURE_PREFIX, startServer } from '../server.mjs'
import { SELECTORS, screenshot, setTextAndWait, visibleMarks, waitForModelReady } from '../helpers.mjs'

/**
 * What a rebuild does to the files: every hashed chunk under assets/ gets a new name (its content changed, or a
 * chunk it names did), everywhere it is named, the other files new revisions, and the old files are gone.
 */
async function deployNewBuild(dir) {
  const assets = join(dir, 'assets')
  const renamed = new Map((await readdir(assets)).map((name) => [name, name.replace(/(\.[a-z]+)$/, '-v2$1')]))
  for (const [oldName, newName] of renamed) await rename(join(assets, oldName), join(assets, newName))
  for (const file of await listFiles(dir)) {
    if (!/\.(m?js|html|css|webmanifest)$/.test(file)) continue
    const text = await readFile(file, 'utf8')
    let changed = text
    for (const [oldName, newName] of renamed) changed = changed.replaceAll(oldName, newName)
    // The service worker's list of files: unhashed ones (index.html) carry their content's hash as a revision.
    if (file.endsWith('sw.js')) changed = changed.replace(/"revision":"([0-9a-f]+)"/g, '"revision":"$1-v2"')
    if (changed !== text) await writeFile(file, changed)
  }
  const worker = [...renamed].find(([name]) => /^ner\.worker-.*\.js$/.test(name))
  assert.ok(worker, 'the build has an analysis worker chunk')
  return { oldName: worker[0], newName: worker[1] }
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name))
}

test('a deploy while tabs are open: the open page keeps working and offers a reload, which applies the new build', async (ctx) => {
  const dir = await mkdtemp(join(tmpdir(), 'shiti-deploy-'))
  let site
  let context
  try {
    await cp(ctx.distDir, dir, { recursive: true })
    site = await startServer({ distDir: dir, fixturesDir: join(ctx.root, 'test/fixtures') })
    const model = ctx.realModel ? '' : `&model=${encodeURIComponent(`${FIXTURE_PREFIX}models/tiny/`)}`
    context = await ctx.browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${site.origin}/?idle=1500${model}`)
    await waitForModelReady(page)
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 })
    const other = await context.newPage()
    await other.goto(`${site.origin}/?idle=1500${model}`)
    await waitForModelReady(other)
    await setTextAndWait(page, '李娜在北京。')

    const { oldName, newName } = await deployNewBuild(dir)
    // The browser looks for a new service worker on navigations and now and then; ask now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update())
    await page.locator('[data-testid=app-update][data-state=ready]').waitFor({ timeout: 30_000 })
    await other.locator('[data-testid=app-update][data-state=ready]').waitFor({ timeout: 30_000 })
    await screenshot(ctx, page, '28-app-update-ready')

    // The worker is released after idle and started again from the old build's files, still cached.
    await page.locator(`${SELECTORS.workerState}[data-state=released]`).waitFor({ timeout: 15_000 })
    await setTextAndWait(page, '王毅在上海会见了张伟。')
    assert.ok((await visibleMarks(page)).some((m) => m.text === '上海'), 'the old page still analyses after a worker restart')
    // (alert regions stand empty in the page until they have something to say, as the editor's import message
    // does since 67613f9, so that screen readers announce it: an error is an alert with text)
    assert.equal(await page.locator('[role=alert]').filter({ hasText: /\S/ }).count(), 0, 'no error on the old page')
    assert.ok(!site.state.log.some((r) => r.url.includes(oldName) && r.status === 404), 'nothing asked the server for the old worker')

    await page.click('[data-testid=app-update-reload]')
    await page.waitForFunction(() => !document.querySelector('[data-testid=app-update]') && document.querySelector('[data-testid=backend]')?.textContent?.includes('WASM'), null, { timeout: 60_000 })
    await setTextAndWait(page, '李娜在北京。')
    assert.ok((await visibleMarks(page)).some((m) => m.text === '北京'), 'the new build analyses')
    assert.ok(site.state.log.some((r) => r.url.includes(newName) && r.status === 200), 'the new build\'s worker was loaded')

    // The other tab's files are gone now: it says so, rather than fail later with a crash.
    await other.locator('[data-testid=app-update][data-state=replaced]').waitFor({ timeout: 15_000 })
    assert.match(await other.textContent('[data-testid=app-update]'), /另一个标签页/)
    await screenshot(ctx, other, '28-app-update-replaced')
  } finally {
    await context?.close()
    await site?.close()
    await rm(dir, { recursive: true, force: true })
  }
})
