// Flat ESLint config: TypeScript everywhere, Vue single-file components in src/.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.venv/**', 'training/**', 'public/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Layout of attributes is a formatting choice, not a defect; lint keeps to correctness.
      'vue/max-attributes-per-line': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // With a folded <details> anywhere in the page, Chromium checks every new selection against its content (a
      // display lock, as a skipped chunk of the view): Ctrl+A in a 300,000-character editor took 7-9 s, not 0.2 s.
      'vue/no-restricted-html-elements': ['error', { element: 'details', message: 'A folded <details> makes large selections slow in Chromium: use DisclosureButton (a button with aria-expanded).' }],
    },
  },
  {
    // The UI reaches the engine through its public surface (src/engine/index.ts) only, so what the engine keeps to
    // itself can change without the UI noticing. network-lock is the exception: a worker imports it for its side
    // effect, first of all (docxWorker.ts). Tests, scripts and workers/ may use the engine's internals.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/engine/*', '!**/engine/network-lock'],
          message: 'Import from the engine\'s public surface (src/engine/index.ts), not its files: export what the UI needs there.',
        }],
      }],
    },
  },
)
