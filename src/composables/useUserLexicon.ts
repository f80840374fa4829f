// The user's dictionary (see app/userLexicon.ts): its text is remembered in this browser's localStorage and
// never sent anywhere; parsed against the model's types, in either UI language's names for them.
import { useLocalStorage } from '@vueuse/core'
import { computed, shallowRef, watch, type Ref } from 'vue'
import { memoizedPerResult, type Overlay } from '../app/overlays'
import { loadCommonWords, traditionalToSimplified } from '../app/redact'
import {
  lexiconLayers, lexiconTypeNames, linesAbout, parseLexicon, withEntry, withoutChange, withoutSurface,
  type LexiconChange, type LexiconEntry, type LexiconOptions, type UserLexicon,
} from '../app/userLexicon'

const LEXICON_STORAGE_KEY = 'shiti.lexicon'

/** The dictionary as it is laid over the model's entities: its entries, the threshold in force, the table. */
export type LexiconInForce = UserLexicon & LexiconOptions

/**
 * `minScore`: the view's confidence threshold, below which the model's names are hidden; a hidden one does not
 * keep a dictionary name inside it out (see applyLexicon). `inForce` carries it to the overlays.
 */
export function useUserLexicon(types: Ref<readonly string[]>, minScore?: Ref<number>) {
  // A browser that refuses storage (private mode, full quota) still gets a working dictionary for the visit.
  const source = useLocalStorage(LEXICON_STORAGE_KEY, '', { onError: (e) => console.warn('dictionary not saved:', e) })
  const spellings = computed(() => lexiconTypeNames(types.value))
  const lexicon = computed(() => parseLexicon(source.value, spellings.value))
  // Traditional names match Simplified ones (英偉達, 英伟达) through the Redact tab's table, loaded once the
  // dictionary has a name. Until it is, names match without it; when it comes, inForce changes, so every
  // overlay built on it starts afresh and the view, exports and batch are laid over again with it.
  const simplified = shallowRef(traditionalToSimplified() ?? null)
  watch(() => lexicon.value.entries.length > 0, (named) => {
    if (named && simplified.value === null) loadCommonWords().then(() => (simplified.value = traditionalToSimplified() ?? null), (e: unknown) => console.warn('character table not loaded:', e))
  }, { immediate: true })
  const inForce = computed<LexiconInForce>(() => ({ ...lexicon.value, minScore: minScore?.value ?? 0, simplified: simplified.value }))

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

  return { source, lexicon, inForce, canAdd, add, forget, undo }
}

/**
 * The dictionary laid over the model's entities of a text (applyLexicon), each result scanned once per dictionary
 * and table (lexiconLayers) and read at the threshold in force: a slider move rescans nothing, and gives back the
 * same list wherever it changes nothing. A plain UserLexicon (no threshold) counts every model name as shown.
 */
export function lexiconOverlay(lexicon: Ref<LexiconInForce>): Overlay {
  const layersOf = memoizedPerResult(() => [lexicon.value.entries, lexicon.value.simplified ?? null], (text, found) =>
    lexiconLayers(text, found, lexicon.value, lexicon.value.simplified))
  return (text, found) => (lexicon.value.entries.length === 0 ? found : layersOf(text, found)(lexicon.value.minScore ?? 0))
}
