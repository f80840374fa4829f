// One sentence for any error the engine (or the browser) throws, in the UI language.
import { useI18n } from 'vue-i18n'
import { MAX_LIVE_CHARS } from '../app/coverage'
import { errorCode } from '../engine'

export function useErrorText() {
  const { t, n } = useI18n()
  return function errorText(error: unknown): string | null {
    if (error === null || error === undefined) return null
    const code = errorCode(error)
    if (code) return t(`errors.${code}`, { limit: n(MAX_LIVE_CHARS) })
    const message = error instanceof Error ? error.message : String(error)
    return t('errors.unknown', { message })
  }
}
