#!/usr/bin/env node
// `npm run test:e2e`: builds the production site, serves it on a free localhost port, drives the system
// Chromium with playwright-core through the specs in test/e2e/specs/, and prints a summary: what failed, what passed only on a later try, and the counts.
//
//   node test/e2e/run.mjs               build, then test
//   node test/e2e/run.mjs --no-build    test the existing dist/ (e.g. right after `npm run build`)
//   E2E_ONLY=offline node test/e2e/run.mjs   only the spec files whose name contains "offline"
//   E2E_DIST=/tmp/x/dist node test/e2e/run.mjs   build into (or, with --no-build, test) that folder instead
//   E2E_RETRIES=0 node test/e2e/run.mjs    a failed test is not tried again (default: once more)
//   UPDATE_SCREENSHOT=1 node test/e2e/run.mjs  also refresh docs/screenshot.png (needs the real model)
//
// Without Chromium the suite is skipped with a loud warning, except under CI (CI set), where that fails.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runRegistered, summaryLines } from './harness.mjs'
import { FIXTURE_PREFIX, startServer } from './server.mjs'

// Report service-worker network traffic on the browser context too (older playwright-core needs this).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'

if (!existsSync(chromePath)) {
  const banner = '!'.repeat(78)
  console.error(`${banner}\n!! e2e: Chromium not found at ${chromePath} (set CHROME_PATH). The browser suite did NOT run.\n${banner}`)
  process.exit(process.env.CI ? 1 : 0)
}

const distDir = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(root, 'dist')
if (!process.argv.includes('--no-build') || !existsSync(join(distDir, 'index.html'))) {
  console.log('e2e: building the production site (vite build)…')
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } })
  if (build.status !== 0) {
    console.error('e2e: the production build failed')
    process.exit(1)
  }
}

const realModel = existsSync(join(distDir, 'models/shiti-news-v1/manifest.json'))
const server = await startServer({ distDir, fixturesDir: join(root, 'test/fixtures') })
const { chromium } = await import('playwright-core')
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

const ctx = {
  browser,
  server,
  origin: server.origin,
  root,
  // The site under test (E2E_DIST or dist/): specs that read its files or copy it use this, not root/dist.
  distDir,
  artifactsDir: join(root, 'test-artifacts'),
  realModel,
  // Without the real model the suite runs on the tiny random-weight fixture: mechanics only.
  modelParams: realModel ? {} : { model: `${FIXTURE_PREFIX}models/tiny/` },
}
console.log(`e2e: ${server.origin}, model: ${realModel ? 'shiti-news-v1 (real)' : 'tiny fixture (random weights)'}, Chromium: ${chromePath}`)

const specsDir = join(root, 'test/e2e/specs')
// Spec files run in name order; tests inside a file run in order and may build on each other.
const only = process.env.E2E_ONLY
const specFiles = (await readdir(specsDir)).filter((f) => f.endsWith('.mjs') && (!only || f.includes(only))).sort()
for (const file of specFiles) await import(pathToFileURL(join(specsDir, file)).href)

let results
try {
  results = await runRegistered(ctx)
} finally {
  await browser.close()
  await server.close()
}
console.log(summaryLines(results).join('\n'))
process.exit(results.failed > 0 ? 1 : 0)
