// The rule-based matches (app/patterns.ts: phones, e-mails, ID and bank card numbers) as a setting of
// this browser and as an overlay on analysis results, like the dictionary's.
import { useLocalStorage } from '@vueuse/core'
import type { Ref } from 'vue'
import { memoizedOverlay, type Overlay } from '../app/overlays'
import { withPatterns } from '../app/patterns'

const PATTERNS_STORAGE_KEY = 'shiti.patterns'

/** Whether contact details and ID numbers are marked too; off until the visitor turns it on (remembered). */
export function usePatternSetting(): Ref<boolean> {
  return useLocalStorage(PATTERNS_STORAGE_KEY, false, { onError: (e) => console.warn('setting not saved:', e) })
}

/** The pattern matches laid over a result while `enabled`, each result scanned once. */
export function patternOverlay(enabled: Ref<boolean>): Overlay {
  return memoizedOverlay(() => (enabled.value ? true : null), withPatterns)
}
