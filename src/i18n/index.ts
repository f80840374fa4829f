// vue-i18n setup: Chinese for browsers that prefer Chinese, English otherwise; the choice is remembered.
// vue-i18n 11 compiles messages without eval (JIT to AST), which the strict CSP requires.
import { createI18n } from 'vue-i18n'
import en from './en'
import zh from './zh'

export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'shiti.locale'

export function preferredLocale(languages: readonly string[], stored: string | null): Locale {
  if (stored === 'zh' || stored === 'en') return stored
  const first = languages[0]?.toLowerCase() ?? ''
  return first.startsWith('zh') ? 'zh' : 'en'
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
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
}

export function createAppI18n() {
  const locale = preferredLocale(navigator.languages ?? [navigator.language], readStoredLocale())
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, zh },
    datetimeFormats: {
      en: { time: { hour: '2-digit', minute: '2-digit', second: '2-digit' } },
      zh: { time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false } },
    },
  })
}
