/// <reference lib="webworker" />
// The site's service worker (built by vite-plugin-pwa, injectManifest strategy):
// 1. precaches the app shell (HTML, JS, CSS, onnxruntime WASM) so the site opens offline after one visit;
// 2. adds COOP/COEP/CORP headers to every same-origin response, which GitHub Pages cannot set, so the
//    page becomes cross-origin isolated and onnxruntime can use WASM threads (SharedArrayBuffer), and the
//    Content-Security-Policy as a header (for the workers, and frame-ancestors).
// The page registers it with `?coi=0` on browsers where isolation is known to break things (Safari,
// iOS); there the worker only caches, and the engine runs single-threaded.
// One worker does both jobs because a scope can only have one service worker, which is why the
// standalone coi-serviceworker script is not used.
import { clientsClaim } from 'workbox-core'
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute, setDefaultHandler } from 'workbox-routing'
import { CONTENT_SECURITY_POLICY_HEADER } from '../contentSecurityPolicy'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> }

const isolate = new URL(self.location.href).searchParams.get('coi') !== '0'

/** The isolation headers (unless `?coi=0`), and the Content-Security-Policy as a header: the only way it reaches the
 *  workers (the NER worker holds all the user's text) and says frame-ancestors (contentSecurityPolicy.ts). */
function withSiteHeaders(response: Response): Response {
  // Opaque and error responses cannot be re-wrapped; redirects must stay as they are.
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response
  const headers = new Headers(response.headers)
  if (isolate) {
    headers.set('Cross-Origin-Embedder-Policy', 'require-corp')
    headers.set('Cross-Origin-Opener-Policy', 'same-origin')
    headers.set('Cross-Origin-Resource-Policy', 'same-origin')
  }
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const siteHeadersPlugin = { handlerWillRespond: async ({ response }: { response: Response }) => withSiteHeaders(response) }

addPlugins([siteHeadersPlugin])
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// The app's own address (with any query, `?model=...&idle=...` test URLs included) gets the cached app shell, and only
// it: every navigation in scope got the app, a model card, sw.js, a mistyped path, and with the site at a user site's
// root, another project of that owner opened later (/other/) was answered with Shiti by this worker, the server never
// asked (deploy QA). Workbox matches pathname and query.
const scopePath = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const appAddress = new RegExp(`^${scopePath}(?:index\\.html)?(?:\\?.*)?$`)
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [appAddress] }))

// Everything else (model files, which the engine keeps in IndexedDB itself) goes to the network,
// still with the isolation headers so the isolated page may use it.
setDefaultHandler(async ({ request }) => withSiteHeaders(await fetch(request)))

// The first worker takes over at once, so a first visit is offline-ready without a reload. A new build's
// worker waits instead: on taking over it deletes the old build's files, which an open page still loads
// lazily (its analysis worker after an idle release, the PDF reader). The page offers a reload
// (watchAppUpdate in src/app/serviceWorker.ts) and sends SKIP_WAITING when the user takes it.
self.addEventListener('install', () => {
  if (!self.registration.active) void self.skipWaiting()
})
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
clientsClaim()
