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

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const coi = isolationIsRisky(navigator.userAgent) ? '0' : '1'
  const base = import.meta.env.BASE_URL
  navigator.serviceWorker.register(`${base}sw.js?coi=${coi}`, { scope: base }).catch((error: unknown) => {
    // Without a service worker the site still works online, single-threaded.
    console.warn('Service worker registration failed:', error)
  })
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
