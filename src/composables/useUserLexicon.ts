// The user's dictionary (see app/userLexicon.ts): its text is remembered in this browser's localStorage and
// never sent anywhere; parsed against the model's types, in either UI language's names for them.
import { useLocalStorage } from '@vueuse/core'
import { computed, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { memoizedPerResult, type Overlay } from '../app/overlays'
import { loadCommonWords, traditionalToSimplified } from '../app/redact'
import {
  lexiconLayers, lexiconTypeNames, linesAbout, parseLexicon, withEntry, withoutChange, withoutSurface,
  type LexiconChange, type LexiconEntry, type LexiconOptions, type UserLexicon,
} from '../app/userLexicon'

const LEXICON_STORAGE_KEY = 'shiti.lexicon'
/** Where the list an edit of the box replaced is kept (see useLexiconRestore), beside the dictionary itself. */
const RESTORE_STORAGE_KEY = 'shiti.lexicon.restore'

/** The dictionary as it is laid over the model's entities: its entries, the threshold in force, the table. */
export type LexiconInForce = UserLexicon & LexiconOptions

/**
 * `minScore`: the view's confidence threshold, below which the model's names are hidden; a hidden one does not
 * keep a dictionary name inside it out (see applyLexicon). `inForce` carries it to the overlays.
 */
export function useUserLexicon(types: Ref<readonly string[]>, minScore?: Ref<number>) {
  // A browser that refuses storage (private mode, full quota) still gets a working dictionary for the visit.
  const source = useLocalStorage(LEXICON_STORAGE_KEY, '', { onError: (e) => console.warn('dictionary not saved:', e) })
  // The Dictionary tab is unmounted while another tab is shown: a name added or forgotten in the view meanwhile is an
  // edit after the one that replaced the list, so the list kept to restore it goes from storage now, not at the
  // tab's next visit (it would no longer be offered anyway).
  watch(source, (now) => dropStaleRestorePoint(now))
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

/**
 * Whether an edit of the box that took the dictionary from `before` entries to `after` (the box then reading
 * `afterText`) removed most of it, so that the list it replaced is offered back as the Clear button offers it (QA:
 * Ctrl+A, Delete or a document pasted over the list was saved within 1.5 s, and after a reload the entries were
 * gone for good). Most: fewer than half are left of two or more (2 → 0, 3 → 1, 10 → 4); a list of one entry only
 * when the box is emptied, as one key typed in the only line (张三 PER → 张三 PE) leaves no entry either.
 */
export function removesMost(before: number, after: number, afterText: string): boolean {
  if (before >= 2) return after * 2 < before
  return before === 1 && afterText.trim() === ''
}

/** The dictionary as it was before an edit or Clear emptied most of it (`before`, `entries` of them), offered back
 *  while the box reads `after`, as that left it. `kept`: written to the site's storage, to outlive a reload. */
export interface LexiconRestorePoint {
  before: string
  after: string
  entries: number
  kept: boolean
}

/** The part of Storage used here: a browser without localStorage (or that refuses it) just keeps nothing. */
export type RestoreStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function browserStorage(): RestoreStorage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined // a sandboxed frame or a browser that forbids storage throws on access
  }
}

function readRestorePoint(storage: RestoreStorage | undefined): LexiconRestorePoint | null {
  try {
    const stored = storage?.getItem(RESTORE_STORAGE_KEY)
    if (!stored) return null
    const { before, after, entries } = JSON.parse(stored) as Partial<LexiconRestorePoint>
    return typeof before === 'string' && typeof after === 'string' && typeof entries === 'number' ? { before, after, entries, kept: true } : null
  } catch {
    return null
  }
}

function writeRestorePoint(storage: RestoreStorage | undefined, point: LexiconRestorePoint | null): void {
  try {
    if (point?.kept) storage?.setItem(RESTORE_STORAGE_KEY, JSON.stringify({ before: point.before, after: point.after, entries: point.entries }))
    else storage?.removeItem(RESTORE_STORAGE_KEY)
  } catch (e) {
    console.warn('dictionary restore point not saved:', e)
  }
}

/** Takes the kept restore point out of storage once the dictionary no longer reads as the edit left it. */
export function dropStaleRestorePoint(source: string, storage: RestoreStorage | undefined = browserStorage()): void {
  const point = readRestorePoint(storage)
  if (point && point.after !== source) writeRestorePoint(storage, null)
}

/**
 * The one way the Dictionary tab gives back a list that was taken out: by its Clear button (clear()) or by an edit
 * of the box that removed most entries (edited()). Offered while the box reads as that left it: any other edit, a
 * restore or a dismissal ends it.
 *
 * Clear's point is held in this page's memory only: Clear says the entries were removed from the site's storage.
 * An edit's point is written to storage beside the dictionary (the same place the edited list is), so a reload does
 * not lose the list for good: a hand-made deletion or a wrong paste is saved as soon as it is made.
 */
export function useLexiconRestore(source: Ref<string>, storage: RestoreStorage | undefined = browserStorage()) {
  const point: ShallowRef<LexiconRestorePoint | null> = shallowRef(readRestorePoint(storage))
  if (point.value && point.value.after !== source.value) set(null)

  function set(next: LexiconRestorePoint | null): void {
    point.value = next
    writeRestorePoint(storage, next)
  }
  /** The restore point while the box reads as its edit left it. */
  const offered = computed(() => (point.value && point.value.after === source.value ? point.value : null))
  watch(source, (now) => {
    if (point.value && point.value.after !== now) set(null)
  })

  /** Empties the dictionary, the list kept in memory to restore (`entries`: how many it had). */
  function clear(entries: number): void {
    set({ before: source.value, after: '', entries, kept: false })
    source.value = ''
  }
  /** Says that the box was edited from `before` (`entriesBefore` entries) to `after` (`entriesAfter`). */
  function edited(before: string, after: string, entriesBefore: number, entriesAfter: number): void {
    if (removesMost(entriesBefore, entriesAfter, after)) set({ before, after, entries: entriesBefore, kept: true })
  }
  function restore(): void {
    const restored = offered.value
    set(null)
    if (restored) source.value = restored.before
  }
  function dismiss(): void {
    set(null)
  }
  return { offered, clear, edited, restore, dismiss }
}
