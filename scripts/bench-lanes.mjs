// npm run bench:lanes -- [--lanes 1,2] [--rounds 5] [--no-build]
// A long document in the real page: the built site in Chromium, the page's "Long document" sample
// (100,000 characters) analysed from the start with the text shared between 1, 2, ... workers (`?lanes=`),
// lanes alternating round by round so every setting sees the same machine state. Prints each run, then
// the median per setting and its ratio to one worker. The model is stored in IndexedDB first, as on a
// second visit: helpers only ever read a stored model.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { startServer } from '../test/e2e/server.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const USAGE = 'npm run bench:lanes -- [--lanes 1,2] [--rounds 5] [--no-build]   (builds dist/ first unless --no-build)'
/** Bad usage: the message and the usage line, exit code 2 (as the TypeScript commands, scripts/lib/args.ts). */
const usageError = (message) => {
  console.error(`${message}\n\nUsage: ${USAGE}`)
  process.exit(2)
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: ${USAGE}`)
  process.exit(0)
}
let values
try {
  ;({ values } = parseArgs({
    options: {
      lanes: { type: 'string', default: '1,2' },
      rounds: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
    },
  }))
} catch (error) {
  usageError(error.message)
}
const settings = values.lanes.split(',').map(Number)
const rounds = Math.max(1, Number(values.rounds) || 5)
if (settings.some((n) => !Number.isInteger(n) || n < 1 || n > 4)) usageError('--lanes: numbers from 1 to 4, e.g. 1,2')

const distDir = join(root, 'dist')
if (!values['no-build'] || !existsSync(join(distDir, 'index.html'))) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } })
  if (build.status !== 0) process.exit(1)
}
const server = await startServer({ distDir, fixturesDir: join(root, 'test/fixtures') })
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })

/** Milliseconds from choosing the sample to the page saying the analysis is done, and the marks shown. */
async function analyseLongDocument(lanes) {
  const page = await context.newPage()
  await page.goto(`${server.origin}/?lanes=${lanes}`)
  await page.waitForFunction(() => document.querySelector('[data-testid=backend]')?.textContent?.includes('WASM'), null, { timeout: 120_000 })
  const started = Date.now()
  await page.click('[data-testid=sample-long]')
  await page.waitForFunction(() => document.querySelector('[data-testid=analysis-progress]')?.getAttribute('data-run-state') === 'done', null, { timeout: 600_000, polling: 20 })
  const ms = Date.now() - started
  const marks = await page.locator('[data-testid=highlight-view] mark').count()
  await page.close()
  return { ms, marks }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

try {
  await analyseLongDocument(1) // stores the model in this context's IndexedDB (a first visit), warms the caches
  const times = new Map(settings.map((n) => [n, []]))
  const marks = new Set()
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? settings : [...settings].reverse()
    for (const lanes of order) {
      const run = await analyseLongDocument(lanes)
      times.get(lanes).push(run.ms)
      marks.add(run.marks)
      console.log(`round ${round + 1}, ${lanes} worker${lanes > 1 ? 's' : ''}: ${run.ms} ms, ${run.marks} marks`)
    }
  }
  const version = await browser.version()
  console.log(`\n100,000 characters (the page's long sample), Chromium ${version}, ${cpus().length} logical cores (${cpus()[0]?.model.trim()}), medians of ${rounds} runs:`)
  const base = median(times.get(settings[0]))
  for (const lanes of settings) {
    const m = median(times.get(lanes))
    console.log(`  ${lanes} worker${lanes > 1 ? 's' : ' '}: ${Math.round(m)} ms (${(base / m).toFixed(2)}x of ${settings[0]})  runs: ${times.get(lanes).join(' / ')}`)
  }
  if (marks.size !== 1) console.log(`  marks differ between runs: ${[...marks].join(', ')}`)
} finally {
  await browser.close()
  await server.close()
}
