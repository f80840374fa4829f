// Serves the repository with Vite (the engine harness page, the worker, onnxruntime's WASM and the
// tiny model) and opens the harness in the system Chromium through playwright-core.
import { resolve } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium'
const root = resolve(import.meta.dirname, '../../..')

export interface OpenHarness {
  origin: string
  browser: Browser
  context: BrowserContext
  page: Page
  requests: { url: string; body: string | null }[]
  close(): Promise<void>
}

/** `headers` are added to every response (e.g. COOP/COEP for a cross-origin isolated page). */
export async function openHarness(headers: Record<string, string> = {}): Promise<OpenHarness> {
  const server: ViteDevServer = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, headers },
  })
  await server.listen()
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '')
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext()
  const requests: OpenHarness['requests'] = []
  context.on('request', (request) => requests.push({ url: request.url(), body: request.postData() }))
  const page = await context.newPage()
  await page.goto(`${origin}/test/integration/browser/harness.html`)
  await page.waitForFunction(() => window.harness !== undefined)
  return {
    origin, browser, context, page, requests,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
