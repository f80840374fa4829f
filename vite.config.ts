import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'

// Static site for GitHub Pages: BASE_PATH is the repository sub-path there (e.g. "/shiti/"), "/" locally.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [vue(), tailwindcss()],
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
  },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
  },
})
