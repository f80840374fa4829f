// The sha256 of each shipped model's manifest.json, keyed by model id (its folder under models/), as the site was
// built with it: vite.config.ts reads public/models/*/manifest.json and defines __SHITI_SHIPPED_MANIFESTS__. The
// loader holds a stored copy of one of these models to it (see loader.ts, storedModel): another page on the same
// origin can rewrite what IndexedDB holds, hash included, but not this build. Outside a Vite build (Node tests,
// commands, the integration harness) the constant is not defined and nothing is pinned.
declare const __SHITI_SHIPPED_MANIFESTS__: Readonly<Record<string, string>> | undefined

export const SHIPPED_MANIFEST_SHA256: Readonly<Record<string, string>> =
  typeof __SHITI_SHIPPED_MANIFESTS__ === 'undefined' ? {} : __SHITI_SHIPPED_MANIFESTS__
