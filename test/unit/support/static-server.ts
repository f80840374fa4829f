// A real HTTP server over a folder, recording every request, so loader tests see real streaming fetches.
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import type { AddressInfo } from 'node:net'

export interface StaticServer {
  url: string
  requests: string[]
  /** Replace a file's bytes as served (to simulate a corrupt or changed download). */
  override: Map<string, Uint8Array | 404>
  close(): Promise<void>
}

export async function serveFolder(root: string): Promise<StaticServer> {
  const requests: string[] = []
  const override = new Map<string, Uint8Array | 404>()
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requests.push(path)
    const name = normalize(path).replace(/^\/+/, '')
    const replaced = override.get(name)
    if (replaced === 404) {
      res.writeHead(404).end()
      return
    }
    const body = replaced ? Promise.resolve(replaced) : readFile(join(root, name))
    body.then((bytes) => {
      res.writeHead(200, { 'content-length': bytes.byteLength })
      res.end(bytes)
    }, () => res.writeHead(404).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    override,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
