// One sentence for any error the engine (or the browser) throws, in the UI language.
import { useI18n } from 'vue-i18n'
import { MAX_LIVE_CHARS } from '../app/coverage'
import { errorCode, isMissingModelFile } from '../engine'
import type { StoredModels } from './useStoredModels'

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

/**
 * errorText, but a file the site does not have says so (a 404 is not the visitor's connection: design QA), and a
 * failed download of a shipped model this browser does not hold says so (offline, the generic "check the
 * connection" hides that the other model may still be stored and work). One wording for the view's pane and the
 * Model tab.
 */
export function useLoadErrorText(storage: Pick<StoredModels, 'unstoredInUse'>) {
  const { t } = useI18n()
  const errorText = useErrorText()
  return function loadErrorText(error: unknown): string | null {
    if (isMissingModelFile(error)) return t('model.missingFile')
    const unstored = storage.unstoredInUse.value
    if (!unstored || errorCode(error) !== 'NETWORK') return errorText(error)
    return t(unstored.anotherStored ? 'model.notStoredFailedOther' : 'model.notStoredFailed')
  }
}
