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
  // Each key typed in the box parses the dictionary again. Where the entries come out as before (a line being typed
  // is a problem until it is done; QA typed after a pasted 2,000-name list), the same entries array is kept, and the
  // same object where the problems did not change either, so nothing built on the entries (every block's scan, the
  // view, the tab's report) is redone: QA measured 50-77 ms of main thread per key at 2,000 entries, most of it that.
  const lexicon = computed<UserLexicon>((previous) => {
    const parsed = parseLexicon(source.value, spellings.value)
    if (!previous || !sameEntries(previous.entries, parsed.entries)) return parsed
    if (sameProblems(previous.problems, parsed.problems)) return previous
    return { entries: previous.entries, problems: parsed.problems }
  })
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

function sameEntries(a: readonly LexiconEntry[], b: readonly LexiconEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.surface === b[i]!.surface && entry.type === b[i]!.type)
}

function sameProblems(a: UserLexicon['problems'], b: UserLexicon['problems']): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i]!
    return p.line === q.line && p.reason === q.reason && p.content === q.content && p.suggestion === q.suggestion
  })
}

/** What of the dictionary in force the overlays read: the same object while none of it changes (only the problems
 *  did, or the object was rebuilt alike), so the computeds that lay it over the text are not redone. */
export function laidLexicon(lexicon: Ref<LexiconInForce>): Ref<Required<LexiconOptions> & Pick<UserLexicon, 'entries'>> {
  return computed((previous) => {
    const { entries, minScore = 0, simplified = null } = lexicon.value
    return previous && previous.entries === entries && previous.minScore === minScore && previous.simplified === simplified
      ? previous
      : { entries, minScore, simplified }
  })
}

/**
 * The dictionary laid over the model's entities of a text (applyLexicon), each result scanned once per dictionary
 * and table (lexiconLayers) and read at the threshold in force: a slider move rescans nothing, and gives back the
 * same list wherever it changes nothing. A plain UserLexicon (no threshold) counts every model name as shown.
 */
export function lexiconOverlay(lexicon: Ref<LexiconInForce>): Overlay {
  // Read through laidLexicon: a key typed in the box that changes only the problems leaves every block's result be.
  const laid = laidLexicon(lexicon)
  const layersOf = memoizedPerResult(() => [laid.value.entries, laid.value.simplified], (text, found) =>
    lexiconLayers(text, found, { entries: laid.value.entries, problems: [] }, laid.value.simplified))
  return (text, found) => (laid.value.entries.length === 0 ? found : layersOf(text, found)(laid.value.minScore))
}
