// Registering the service worker (offline app shell + cross-origin isolation for WASM threads).

/**
 * Safari and iOS browsers (all WebKit) have had service-worker + COEP bugs that break pages; there the
 * worker only caches and the engine stays single-threaded rather than risk a broken page.
 */
export function isolationIsRisky(userAgent: string): boolean {
  const isWebKitOnly = /safari/i.test(userAgent) && !/chrome|chromium|crios|android|edg/i.test(userAgent)
  const isIOS = /iphone|ipad|ipod/i.test(userAgent)
  return isWebKitOnly || isIOS
}

/** How long a first visit waits for the model before registering anyway (a load that neither ends nor fails). */
export const REGISTER_FALLBACK_MS = 60_000

/**
 * When to register: at once where a service worker already controls the page (a returning visitor: its update
 * check must not wait), else once the first model load has ended, ready or failed, or after `fallbackMs`.
 * The worker's install precaches the app shell, onnxruntime's 15 MB WASM included; registered at once, on a first
 * visit it fetched the WASM, index.js and the CSS a second time while the page's own requests for them were in
 * flight (QA on a 1.5 Mbps line: 47 MB instead of 12, a ready model after about 250 s instead of 142 s). Registered
 * after the load, its precache of the hashed files (no revision: cache mode 'default') finds them in the HTTP cache.
 */
export function registrationTime(controlled: boolean, modelSettled: Promise<unknown>, fallbackMs = REGISTER_FALLBACK_MS): Promise<void> {
  if (controlled) return Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  const fallback = new Promise<void>((resolve) => { timer = setTimeout(resolve, fallbackMs) })
  const settled = modelSettled.then(() => undefined, () => undefined)
  return Promise.race([settled, fallback]).finally(() => clearTimeout(timer))
}

export function registerServiceWorker(modelSettled: Promise<unknown> = Promise.resolve()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const coi = isolationIsRisky(navigator.userAgent) ? '0' : '1'
  const base = import.meta.env.BASE_URL
  void registrationTime(navigator.serviceWorker.controller !== null, modelSettled).then(() =>
    navigator.serviceWorker.register(`${base}sw.js?coi=${coi}`, { scope: base }).catch((error: unknown) => {
      // Without a service worker the site still works online, single-threaded.
      console.warn('Service worker registration failed:', error)
    }))
}

/**
 * A new build of the site while this page is open. `ready`: its service worker is installed and waits
 * (sw.ts), so this page's files stay; reloading applies it. `replaced`: another tab applied it, and the old
 * build's files this page would still load lazily are gone, so only a reload works from here.
 */
export type AppUpdate = 'ready' | 'replaced'

let applying = false

export function watchAppUpdate(onUpdate: (update: AppUpdate) => void): void {
  if (!('serviceWorker' in navigator)) return
  const serviceWorkers = navigator.serviceWorker
  // The first visit's worker takes the page over too; that is no new build.
  const hadController = serviceWorkers.controller !== null
  serviceWorkers.addEventListener('controllerchange', () => {
    if (applying) location.reload()
    else if (hadController) onUpdate('replaced')
  })
  // Once a worker is active (never without a service worker, as in development).
  void serviceWorkers.ready.then((registration) => {
    const waits = () => { if (registration.waiting && serviceWorkers.controller) onUpdate('ready') }
    waits()
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing
      installing?.addEventListener('statechange', () => { if (installing.state === 'installed') waits() })
    })
  })
}

/** Lets the waiting worker take over and reloads once it has (every open tab of the site hears of it). */
export async function applyAppUpdate(): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting
  if (!waiting) {
    location.reload()
    return
  }
  applying = true
  waiting.postMessage({ type: 'SKIP_WAITING' })
}
