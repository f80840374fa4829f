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
