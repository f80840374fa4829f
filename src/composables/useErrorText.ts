// One sentence for any error the engine (or the browser) throws, in the UI language.
import { useI18n } from 'vue-i18n'
import { MAX_LIVE_CHARS } from './useLiveAnalysis'
import type { NerErrorCode } from '../engine'

const ENGINE_CODES: readonly NerErrorCode[] = [
  'EMPTY_INPUT', 'TOO_LARGE', 'ABORTED', 'WORKER_CRASHED', 'QUOTA', 'NOT_STORED', 'STORED_DAMAGED', 'INTEGRITY', 'NETWORK', 'MODEL',
]

export function useErrorText() {
  const { t, n } = useI18n()
  return function errorText(error: unknown): string | null {
    if (error === null || error === undefined) return null
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && ENGINE_CODES.includes(code as NerErrorCode)) return t(`errors.${code}`, { limit: n(MAX_LIVE_CHARS) })
    const message = error instanceof Error ? error.message : String(error)
    return t('errors.unknown', { message })
  }
}
