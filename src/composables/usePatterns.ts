// The rule-based matches (app/patterns.ts: phones, e-mails, ID and bank card numbers) as a setting of
// this browser and as an overlay on analysis results, like the dictionary's.
import { useLocalStorage } from '@vueuse/core'
import type { Ref } from 'vue'
import type { Entity } from '../engine'
import { withPatterns } from '../app/patterns'

export const PATTERNS_STORAGE_KEY = 'shiti.patterns'

/** Whether contact details and ID numbers are marked too; off until the visitor turns it on (remembered). */
export function usePatternSetting(): Ref<boolean> {
  return useLocalStorage(PATTERNS_STORAGE_KEY, false, { onError: (e) => console.warn('setting not saved:', e) })
}

export type Overlay = (text: string, found: readonly Entity[]) => readonly Entity[]

/** The pattern matches laid over a result while `enabled`, each result scanned once (results are immutable). */
export function patternOverlay(enabled: Ref<boolean>): Overlay {
  const withMatches = new WeakMap<readonly Entity[], readonly Entity[]>()
  return (text, found) => {
    if (!enabled.value) return found
    let adjusted = withMatches.get(found)
    if (!adjusted) withMatches.set(found, (adjusted = withPatterns(text, found)))
    return adjusted
  }
}

/** Overlays applied in order (the dictionary over the model's entities, then the rules over both). */
export function chainOverlays(...overlays: (Overlay | null)[]): Overlay {
  const active = overlays.filter((o): o is Overlay => o !== null)
  return (text, found) => active.reduce((entities, overlay) => overlay(text, entities), found)
}
