import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { viteStaticCopy } from 'vite-plugin-static-copy'
import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { CONTENT_SECURITY_POLICY } from './src/app/contentSecurityPolicy'

// UI: the production page's Content-Security-Policy as a <meta> tag (src/app/contentSecurityPolicy.ts; the service
// worker sends it as a header too), and a request to every browser not to translate the page: a browser's page
// translation sends the page's text, the user's included, to a translation service, which no CSP can stop
// (privacy QA); the interface has its own languages. Build only, because the dev server needs inline styles and a
// websocket for hot reload.
function privacyHead(): Plugin {
  return {
    name: 'shiti-privacy-head',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'google', content: 'notranslate' }, injectTo: 'head' },
    ],
  }
}

// UI: Adobe's predefined CMaps for Chinese (GB1 and CNS1 collections: GB/GBK/Big5/HKSCS encodings and
// their Unicode forms), which pdf.js needs to read the text of older Chinese PDFs whose fonts are not
// embedded. Copied to pdfjs/cmaps/ (src/app/pdfText.ts, CMAP_FOLDER) and precached, so a PDF opens offline.
// Japanese and Korean CMaps are left out: this is a Chinese tool.
function pdfCMaps() {
  const cmaps = 'node_modules/pdfjs-dist/cmaps'
  return viteStaticCopy({
    targets: [{
      src: ['*GB*', '*CNS*', 'B5*', 'ETen*', 'ETHK*', 'HK*', 'LICENSE'].map((pattern) => `${cmaps}/${pattern}`),
      dest: 'pdfjs/cmaps',
      rename: { stripBase: true },
    }],
  })
}

// UI: offline app shell + COOP/COEP headers from one service worker (src/app/service-worker/sw.ts).
function progressiveWebApp() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app/service-worker',
    filename: 'sw.ts',
    injectRegister: false, // registered by src/app/serviceWorker.ts (it adds the ?coi= switch)
    manifest: {
      name: 'Shiti 实体 — Chinese NER in your browser',
      short_name: 'Shiti',
      description: 'Chinese named-entity recognition that runs entirely in the browser.',
      theme_color: '#05060b',
      background_color: '#05060b',
      display: 'standalone',
      // PNGs for platforms that do not take SVG icons (rendered from icon.svg by scripts/make-icons.mjs)
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    },
    injectManifest: {
      rollupFormat: 'iife',
      // The app shell, including onnxruntime's WASM and pdf.js; model files stay out (the engine stores them in IndexedDB).
      globPatterns: ['**/*.{js,mjs,css,html,wasm,svg,png,ico,webmanifest,bcmap}'],
      globIgnores: ['models/**', '**/node_modules/**'],
      maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
    },
  })
}

// Engine: the sha256 of each shipped model's manifest.json, as served (public/ is copied byte for byte), keyed by its
// folder, which is its id (src/engine/shipped-manifests.ts). A stored copy of a shipped model whose manifest differs
// is used only once the site's manifest.json matches it: another page of the origin can rewrite IndexedDB (QA).
function shippedManifestHashes(): Record<string, string> {
  const root = 'public/models'
  if (!existsSync(root)) return {}
  const hashes: Record<string, string> = {}
  for (const id of readdirSync(root)) {
    const file = `${root}/${id}/manifest.json`
    if (existsSync(file)) hashes[id] = createHash('sha256').update(readFileSync(file)).digest('hex')
  }
  return hashes
}

// Static site for GitHub Pages: BASE_PATH is the repository sub-path there (e.g. "/shiti/"), "/" locally.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [vue(), tailwindcss(), privacyHead(), pdfCMaps(), progressiveWebApp()],
  define: {
    __SHITI_SHIPPED_MANIFESTS__: JSON.stringify(shippedManifestHashes()),
    // The runtime's size for its download progress (workers/wasm-runtime-hooks.ts): with compression on, the
    // server's Content-Length is not what the page reads.
    __ORT_WASM_BYTES__: statSync(createRequire(import.meta.url).resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm')).size,
    // vue-i18n: composition API only, no devtools hooks in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  worker: {
    // Module workers so the NER worker can use `import` (onnxruntime-web, comlink, idb-keyval).
    format: 'es',
  },
  optimizeDeps: {
    // onnxruntime-web resolves its .wasm next to its own module URL; pre-bundling would move the module
    // away from the .wasm files, so Vite must serve it from node_modules as is.
    exclude: ['onnxruntime-web'],
  },
  build: {
    target: 'es2022',
    // The largest chunk, jschardet's detection model (1.1 MB), is loaded only when a text file is not UTF-8.
    chunkSizeWarningLimit: 1200,
  },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
  },
})
