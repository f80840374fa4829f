// The user's dictionary (see app/userLexicon.ts): its text is remembered in this browser's localStorage and
// never sent anywhere; parsed against the model's types, in either UI language's names for them.
import { useLocalStorage } from '@vueuse/core'
import { computed, type Ref } from 'vue'
import { memoizedOverlay, type Overlay } from '../app/overlays'
import { applyLexicon, lexiconTypeNames, linesAbout, parseLexicon, withEntry, withoutChange, withoutSurface, type LexiconChange, type LexiconEntry, type UserLexicon } from '../app/userLexicon'

const LEXICON_STORAGE_KEY = 'shiti.lexicon'

export function useUserLexicon(types: Ref<readonly string[]>) {
  // A browser that refuses storage (private mode, full quota) still gets a working dictionary for the visit.
  const source = useLocalStorage(LEXICON_STORAGE_KEY, '', { onError: (e) => console.warn('dictionary not saved:', e) })
  const spellings = computed(() => lexiconTypeNames(types.value))
  const lexicon = computed(() => parseLexicon(source.value, spellings.value))

  /** Whether `entry` can be written as a dictionary line (see withEntry): the view offers only those. */
  function canAdd(entry: LexiconEntry): boolean {
    return withEntry('', entry, spellings.value) !== null
  }

  /**
   * Puts `entry` in the dictionary in place of any line about the same name. Returns what changed, for an
   * undo, or null when the entry cannot be written (nothing changes then).
   */
  function add(entry: LexiconEntry): LexiconChange | null {
    const next = withEntry(source.value, entry, spellings.value)
    if (next === null) return null
    const change = { surfaces: [entry.surface], linesBefore: linesAbout(source.value, entry.surface) }
    source.value = next
    return change
  }

  /** Takes every line about `surface` out of the dictionary; returns what changed, for an undo. */
  function forget(surface: string): LexiconChange {
    const change = { surfaces: [surface], linesBefore: linesAbout(source.value, surface) }
    source.value = withoutSurface(source.value, surface)
    return change
  }

  /**
   * Takes back a change that add() or forget() returned, and only it: lines written since, here or in
   * another tab (localStorage keeps them in step), stay.
   */
  function undo(change: LexiconChange): void {
    source.value = withoutChange(source.value, change)
  }

  return { source, lexicon, canAdd, add, forget, undo }
}

/** The dictionary laid over the model's entities of a text (applyLexicon), each result scanned once per dictionary. */
export function lexiconOverlay(lexicon: Ref<UserLexicon>): Overlay {
  return memoizedOverlay(() => lexicon.value, applyLexicon)
}
