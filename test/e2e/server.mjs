// A small static server for the end-to-end suite: serves the production build like GitHub Pages does
// (no COOP/COEP headers: isolation must come from the service worker), logs every request it receives
// (the privacy tests read the log), can simulate the network being off, and can slow a file down so
// the download progress is visible.
import { createServer } from 'node:http'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** URL prefix under which test fixtures (e.g. the tiny model) are served next to the built site. */
export const FIXTURE_PREFIX = '/__e2e__/'

function safeJoin(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)))
  return path === root || path.startsWith(root + sep) ? path : null
}

/**
 * @param {{ distDir: string, fixturesDir: string, basePath?: string }} options
 *   basePath: serve the site under a sub-path, as GitHub Pages does (e.g. "/shiti/").
 */
export async function startServer({ distDir, fixturesDir, basePath = '/' }) {
  const dist = resolve(distDir)
  const fixtures = resolve(fixturesDir)
  const state = {
    /** Every request answered or being answered; status is set once the file lookup decides it. */
    /** @type {{ method: string, url: string, body: string, at: number, status?: number }[]} */
    log: [],
    /** When true, every request is refused (the connection is dropped), as if the network were off. */
    offline: false,
    /** Requests refused while offline (they still prove something tried to use the network). */
    refused: [],
    /** Paths matching this are streamed slowly (bytes per 100 ms), to make download progress visible. */
    slow: null,
    /** `{ pattern, afterBytes, times }`: the next `times` responses for matching paths are cut off (the connection
     *  dropped) once about `afterBytes` are sent, as a line that fails mid-download; `cutAt` notes when. */
    cut: null,
  }

  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', async () => {
      const entry = { method: req.method ?? 'GET', url: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8'), at: Date.now() }
      if (state.offline) {
        state.refused.push(entry)
        req.socket.destroy()
        return
      }
      state.log.push(entry)
      const fullPath = new URL(entry.url, 'http://localhost').pathname
      if (!fullPath.startsWith(basePath)) {
        entry.status = 404
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
        return
      }
      const pathname = `/${fullPath.slice(basePath.length)}`
      let file = pathname.startsWith(FIXTURE_PREFIX)
        ? safeJoin(fixtures, pathname.slice(FIXTURE_PREFIX.length))
        : safeJoin(dist, pathname)
      try {
        if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html')
        const info = file ? await stat(file) : null
        if (!info?.isFile()) throw new Error('not found')
        entry.status = 200
        res.writeHead(200, {
          'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-cache',
        })
        if (req.method === 'HEAD') return res.end()
        const slow = state.slow
        const cut = state.cut
        if (cut && cut.times > 0 && cut.pattern.test(pathname)) {
          cut.times--
          let sent = 0
          // At the slow pace too where `slow` matches (the cut then comes while the page waits for the file).
          const paced = slow && slow.pattern.test(pathname)
          const stream = createReadStream(file, { highWaterMark: paced ? slow.bytesPer100ms : 64 * 1024 })
          stream.on('data', (chunk) => {
            res.write(chunk)
            sent += chunk.length
            if (sent >= cut.afterBytes) {
              stream.destroy()
              cut.cutAt = Date.now()
              res.socket?.destroy()
            } else if (paced) {
              stream.pause()
              setTimeout(() => stream.resume(), 100)
            }
          })
        } else if (slow && slow.pattern.test(pathname)) {
          const stream = createReadStream(file, { highWaterMark: slow.bytesPer100ms })
          stream.on('data', (chunk) => {
            stream.pause()
            res.write(chunk)
            setTimeout(() => stream.resume(), 100)
          })
          stream.on('end', () => res.end())
        } else {
          createReadStream(file).pipe(res)
        }
      } catch {
        entry.status = 404
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      }
    })
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  return {
    origin: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise((done) => server.close(done)),
  }
}
