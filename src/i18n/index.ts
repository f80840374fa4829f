// vue-i18n setup: Simplified Chinese for browsers that prefer Chinese, Traditional Chinese for those that
// prefer Taiwan's, Hong Kong's or Macau's, English otherwise; the choice is remembered.
// vue-i18n 11 compiles messages without eval (JIT to AST), which the strict CSP requires.
import { createI18n } from 'vue-i18n'
import en from './en'
import zh from './zh'
import zhHant from './zh-Hant'

export const LOCALES = ['zh', 'zh-Hant', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** The page's `lang` for each UI language (fonts and screen readers pick their Chinese by it). */
const HTML_LANG: Record<Locale, string> = { 'zh': 'zh-CN', 'zh-Hant': 'zh-Hant', 'en': 'en' }

const STORAGE_KEY = 'shiti.locale'

export function preferredLocale(languages: readonly string[], stored: string | null): Locale {
  const known = LOCALES.find((l) => l === stored)
  if (known) return known
  const first = languages[0]?.toLowerCase() ?? ''
  if (!first.startsWith('zh')) return 'en'
  return /^zh-(hant|tw|hk|mo)\b/.test(first) ? 'zh-Hant' : 'zh'
}

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null // storage disabled (private mode, sandboxed iframe)
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // not remembering is fine
  }
  document.documentElement.lang = HTML_LANG[locale]
}

export function createAppI18n() {
  const locale = preferredLocale(navigator.languages ?? [navigator.language], readStoredLocale())
  document.documentElement.lang = HTML_LANG[locale]
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { 'en': en, 'zh': zh, 'zh-Hant': zhHant },
    datetimeFormats: {
      'en': { time: { hour: '2-digit', minute: '2-digit', second: '2-digit' }, dateTime: { dateStyle: 'long', timeStyle: 'short' } },
      'zh': { time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }, dateTime: { dateStyle: 'long', timeStyle: 'short', hour12: false } },
      'zh-Hant': { time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }, dateTime: { dateStyle: 'long', timeStyle: 'short', hour12: false } },
    },
  })
}
