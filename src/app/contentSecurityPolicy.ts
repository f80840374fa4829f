// The site's Content-Security-Policy, in one place for the two ways it reaches the browser: a <meta> tag in
// index.html (vite.config.ts), which covers the page from its first visit, and a header the service worker puts
// on every response it serves (sw.ts). Only a header reaches a worker: a worker loaded from a URL takes the policy
// of its own response, not the page's, so the NER worker, which holds all the user's text, had none, and a fetch()
// from inside it to another origin went out (privacy QA). Only a header can say frame-ancestors, too.

/** Nothing but this site: no request to any other origin is possible (connect-src 'self'), no inline script,
 *  WASM compilation allowed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** The header's: no other site may frame the app either (a page laying its own controls over the app could have a
 *  user type or paste text into it). A <meta> tag cannot say this. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
