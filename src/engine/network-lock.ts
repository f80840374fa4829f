// Keeps a worker's network to its own origin. The page's Content-Security-Policy (connect-src 'self') comes from
// the service worker's headers and the <meta> tag, but a worker gets neither on a first visit, before the service
// worker controls the page: a fetch() from the analysis worker then reached another origin (privacy QA). Imported
// first by every worker of the app, so that nothing it loads afterwards (onnxruntime, mammoth, a compromised
// dependency) can send the text it is given elsewhere. Same-origin requests and data: URLs (no network at all;
// Emscripten glue may read an inlined file that way) are let through; blob: URLs carry their creator's origin.

/** Whether `url` (relative ones resolved against the worker) is this worker's origin, or a data: URL. */
function allowedUrl(url: string | URL): boolean {
  let resolved: URL
  try {
    resolved = new URL(url, self.location.href)
  } catch {
    return false
  }
  return resolved.protocol === 'data:' || resolved.origin === self.location.origin
}

function refuse(url: string | URL): TypeError {
  return new TypeError(`Refused to reach ${String(url).slice(0, 100)}: this worker only talks to its own origin`)
}

/** Installs the lock on `scope` (the worker's global); idempotent. */
function lockNetworkToOrigin(scope: typeof globalThis = globalThis): void {
  const marked = scope as typeof globalThis & { __shitiNetworkLocked?: boolean }
  if (marked.__shitiNetworkLocked) return
  marked.__shitiNetworkLocked = true

  const nativeFetch = scope.fetch.bind(scope)
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input
    return allowedUrl(url) ? nativeFetch(input, init) : Promise.reject(refuse(url))
  }

  if (typeof scope.XMLHttpRequest === 'function') {
    const nativeOpen = scope.XMLHttpRequest.prototype.open
    scope.XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      if (!allowedUrl(url)) throw refuse(url)
      return (nativeOpen as (...args: unknown[]) => void).call(this, method, url, ...rest)
    } as XMLHttpRequest['open']
  }

  // Connections that no part of the app opens from a worker: any origin but this one is refused.
  for (const name of ['WebSocket', 'EventSource', 'WebTransport'] as const) {
    const Native = (scope as unknown as Record<string, (new (url: string | URL, ...rest: unknown[]) => object) | undefined>)[name]
    if (typeof Native !== 'function') continue
    const Locked = class extends Native {
      constructor(url: string | URL, ...rest: unknown[]) {
        // A WebSocket's ws(s): URL has its own scheme, so compare hosts for it.
        const checked = name === 'WebSocket' ? String(url).replace(/^ws(s?):/i, 'http$1:') : url
        if (!allowedUrl(checked)) throw refuse(url)
        super(url, ...rest)
      }
    }
    Object.defineProperty(scope, name, { value: Locked, configurable: true, writable: true })
  }

  // Classic workers only (a module worker's importScripts always throws): scripts from this origin only.
  const nativeImport = (scope as { importScripts?: (...urls: (string | URL)[]) => void }).importScripts
  if (typeof nativeImport === 'function') {
    (scope as { importScripts?: (...urls: (string | URL)[]) => void }).importScripts = (...urls) => {
      const bad = urls.find((u) => !allowedUrl(u))
      if (bad !== undefined) throw refuse(bad)
      nativeImport.apply(scope, urls)
    }
  }
}

// On import, in a worker only: the page has its CSP. Nothing imports the functions; the lock is tested in a real
// worker (test/integration/network-lock.test.ts).
const workerScope = (globalThis as { WorkerGlobalScope?: abstract new () => object }).WorkerGlobalScope
if (workerScope && globalThis instanceof workerScope) lockNetworkToOrigin()

// A module, though nothing is imported from it: without an export TypeScript reads the file as a script and puts
// its functions in the global scope of every other file.
export {}
