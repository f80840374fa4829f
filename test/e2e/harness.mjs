// A tiny sequential test harness for the browser suite: tests share one built site, one server and one
// Chromium, run in file order (later tests may rely on state such as the cached model), and the runner
// prints one summary line. Assertions use node:assert.
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

export async function runRegistered(ctx) {
  const results = { passed: 0, failed: 0, skipped: 0, failures: [] }
  for (const t of registered) {
    const skip = typeof t.skip === 'function' ? t.skip(ctx) : t.skip
    if (skip) {
      results.skipped++
      console.log(`  - ${t.name} (skipped: ${skip})`)
      continue
    }
    const started = Date.now()
    let timer
    try {
      await Promise.race([
        t.fn(ctx),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs)
        }),
      ])
      results.passed++
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`)
    } catch (error) {
      results.failed++
      results.failures.push({ name: t.name, error })
      console.log(`  ✗ ${t.name} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`)
    } finally {
      clearTimeout(timer)
    }
  }
  return results
}

export async function artifactPath(ctx, name) {
  await mkdir(ctx.artifactsDir, { recursive: true })
  return join(ctx.artifactsDir, name)
}
