// A first visit: the service worker waits for the model (its precache downloaded onnxruntime's WASM a second time
// while the engine did), and the page shows its title before index.js has loaded.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { REGISTER_FALLBACK_MS, registrationTime } from '../../../src/app/serviceWorker'
import zh from '../../../src/i18n/zh'

afterEach(() => { vi.useRealTimers() })

/** Whether `promise` has settled once pending timers up to `ms` have run. */
async function settledAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false
  void promise.then(() => { settled = true })
  await vi.advanceTimersByTimeAsync(ms)
  return settled
}

describe('registrationTime', () => {
  it('waits on a first visit until the model has loaded', async () => {
    vi.useFakeTimers()
    let ready!: () => void
    const time = registrationTime(false, new Promise<void>((resolve) => { ready = resolve }))
    expect(await settledAfter(time, 10_000)).toBe(false)
    ready()
    expect(await settledAfter(time, 0)).toBe(true)
  })
  it('or until it has failed to', async () => {
    vi.useFakeTimers()
    let fail!: (error: Error) => void
    const time = registrationTime(false, new Promise<void>((_, reject) => { fail = reject }))
    expect(await settledAfter(time, 1_000)).toBe(false)
    fail(new Error('NETWORK'))
    expect(await settledAfter(time, 0)).toBe(true)
  })
  it('or, where the load neither ends nor fails, the fallback delay', async () => {
    vi.useFakeTimers()
    const time = registrationTime(false, new Promise<void>(() => undefined))
    expect(await settledAfter(time, REGISTER_FALLBACK_MS - 1)).toBe(false)
    expect(await settledAfter(time, 1)).toBe(true)
    expect(REGISTER_FALLBACK_MS).toBe(60_000)
  })
  it('does not wait where a service worker controls the page already (a returning visitor: updates)', async () => {
    vi.useFakeTimers()
    expect(await settledAfter(registrationTime(true, new Promise<void>(() => undefined)), 0)).toBe(true)
  })
})

describe('index.html before the app has loaded', () => {
  it('shows the title and tagline of the first screen, in Chinese, with no inline style (CSP style-src)', () => {
    const html = readFileSync('index.html', 'utf8')
    const app = /<div id="app">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? ''
    expect(app).toContain(`<h1 class="neon-title font-mono text-2xl font-bold tracking-wide sm:text-3xl">${zh.app.title}</h1>`)
    expect(app).toContain(`>${zh.app.tagline}</p>`)
    expect(app).not.toMatch(/style=|<style|<script/)
  })
})
