// A tiny sequential test harness for the browser suite: tests share one built site, one server and one
// Chromium, run in file order (later tests may rely on state such as the cached model), and the runner
// prints a summary at the end. Assertions use node:assert.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

/** @typedef {{ name: string, fn: (ctx: any) => Promise<void>, skip?: string, timeoutMs: number }} TestCase */

/** @type {TestCase[]} */
export const registered = []

/**
 * Registers a test. `options.skip`: a reason to skip, or a function of the suite context returning one
 * (or nothing to run it); `options.timeoutMs` overrides 120 s.
 */
export function test(name, fn, options = {}) {
  registered.push({ name, fn, skip: options.skip, timeoutMs: options.timeoutMs ?? 120_000 })
}

/**
 * A failed test runs once more before it counts as failed (E2E_RETRIES sets how many more; 0 for none). The
 * suite shares a 2-core machine with the browser, the model's worker and the build, and a few of its checks
 * bound times: a slow minute on a CI machine failed one of 230 with nothing wrong in the code. A test that
 * fails every try still fails; one that passes on a later try is named in the summary with its first error.
 */
const RETRIES = Number(process.env.E2E_RETRIES ?? 1)

/** Runs one test under its time limit; resolves with nothing, or with the error it failed with. */
async function attempt(t, ctx) {
  let timer
  try {
    await Promise.race([
      t.fn(ctx),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs)
      }),
    ])
    return undefined
  } catch (error) {
    return error ?? new Error('failed without an error')
  } finally {
    clearTimeout(timer)
  }
}

const firstLines = (error, n) => String(error?.stack ?? error).split('\n').slice(0, n)

export async function runRegistered(ctx) {
  const results = { passed: 0, failed: 0, skipped: 0, failures: [], flaky: [] }
  for (const t of registered) {
    const skip = typeof t.skip === 'function' ? t.skip(ctx) : t.skip
    if (skip) {
      results.skipped++
      console.log(`  - ${t.name} (skipped: ${skip})`)
      continue
    }
    const errors = []
    for (let tries = 0; tries <= RETRIES; tries++) {
      const started = Date.now()
      const error = await attempt(t, ctx)
      const took = `${Date.now() - started} ms`
      if (!error) {
        results.passed++
        console.log(`  ✓ ${t.name} (${took}${errors.length ? `, try ${tries + 1}` : ''})`)
        if (errors.length) results.flaky.push({ name: t.name, error: errors[0] })
        break
      }
      errors.push(error)
      console.log(`  ✗ ${t.name} (${took}, try ${tries + 1} of ${RETRIES + 1})\n    ${firstLines(error, 8).join('\n    ')}`)
      if (tries === RETRIES) {
        results.failed++
        results.failures.push({ name: t.name, error })
      }
    }
  }
  return results
}

/** The lines the runner prints last, so that a log cut to its tail still says what failed and what wavered. */
export function summaryLines(results) {
  const lines = []
  for (const { name, error } of results.failures) lines.push(`e2e FAILED: ${name}`, ...firstLines(error, 3).map((l) => `    ${l}`))
  for (const { name, error } of results.flaky) lines.push(`e2e passed on a later try: ${name}`, `    first try: ${firstLines(error, 1)[0]}`)
  const flaky = results.flaky.length ? ` (${results.flaky.length} on a later try)` : ''
  lines.push(`e2e: ${results.passed} passed${flaky}, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`)
  return lines
}

export async function artifactPath(ctx, name) {
  await mkdir(ctx.artifactsDir, { recursive: true })
  return join(ctx.artifactsDir, name)
}
