// The user's dictionary (see app/userLexicon.ts): its text is remembered in this browser's localStorage and
// never sent anywhere; parsed against the model's types, in either UI language's names for them.
import { useLocalStorage } from '@vueuse/core'
import { computed, getCurrentInstance, getCurrentScope, inject, onScopeDispose, provide, shallowRef, watch, type ComputedRef, type InjectionKey, type Ref } from 'vue'
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
  const source = useLocalStorage(LEXICON_STORAGE_KEY, '', {
    listenToStorageChanges: false,
    onError: (e) => console.warn('dictionary not saved:', e),
  })
  const spellings = computed(() => lexiconTypeNames(types.value))
  // Each key typed in the box parses the dictionary again. Where the entries come out as before (a line being typed
  // is a problem until it is done; QA typed after a pasted 2,000-name list), the same entries array is kept, and the
  // same object where the problems did not change either, so nothing built on the entries (every block's scan, the
  // view, the tab's report) is redone: QA measured 50-77 ms of main thread per key at 2,000 entries, most of it that.
  const lexicon = computed<UserLexicon>((previous) => {
    const parsed = parseLexicon(source.value, spellings.value)
    if (!previous || !sameEntries(previous.entries, parsed.entries)) return parsed
    if (sameProblems(previous.problems, parsed.problems) && sameRepeats(previous.repeats, parsed.repeats)) return previous
    return { ...parsed, entries: previous.entries }
  })
  // Traditional names match Simplified ones (英偉達, 英伟达) through the Redact tab's table, loaded once the
  // dictionary has a name. Until it is, names match without it; when it comes, inForce changes, so every
  // overlay built on it starts afresh and the view, exports and batch are laid over again with it.
  const simplified = shallowRef(traditionalToSimplified() ?? null)
  watch(() => lexicon.value.entries.length > 0, (named) => {
    if (named && simplified.value === null) loadCommonWords().then(() => (simplified.value = traditionalToSimplified() ?? null), (e: unknown) => console.warn('character table not loaded:', e))
  }, { immediate: true })
  const inForce = computed<LexiconInForce>(() => ({ ...lexicon.value, minScore: minScore?.value ?? 0, simplified: simplified.value }))
  // The Restore offered when most of the list is gone lives here, not in the Dictionary tab: the tab is unmounted
  // while another is shown, and names added or forgotten in the view, or another tab's edits, must be weighed
  // against the same baseline. The tab reads it through useProvidedLexiconRestore().
  const countable = () => spellings.value.size > 0
  const restore = useLexiconRestore(
    source,
    () => (countable() ? lexicon.value.entries : null),
    (text) => (countable() ? parseLexicon(text, spellings.value).entries : null),
  )
  if (getCurrentInstance()) provide(LEXICON_RESTORE, restore)
  // Another tab's writes reach this one here, not through useLocalStorage (listenToStorageChanges is off): the
  // restore must know a change is another tab's before it is made, or it weighs it as an edit made here.
  listenToOtherTabs(restore.fromAnotherTab)

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

  return { source, lexicon, inForce, canAdd, add, forget, undo, restore }
}

/** Calls `changed` with each localStorage write another tab of this site makes (the storage event). */
function listenToOtherTabs(changed: (key: string | null, value: string | null) => void): void {
  const target = typeof window === 'undefined' ? undefined : (window as Pick<Window, 'addEventListener' | 'removeEventListener'>)
  if (!target) return
  const onStorage = (event: StorageEvent) => {
    let local: Storage | undefined
    try {
      local = globalThis.localStorage
    } catch {
      return
    }
    if (event.storageArea && event.storageArea !== local) return // sessionStorage's
    changed(event.key, event.newValue)
  }
  target.addEventListener('storage', onStorage)
  if (getCurrentScope()) onScopeDispose(() => target.removeEventListener('storage', onStorage))
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

/** Whether two parses set aside the same lines for the same lines in effect (the tab lists them with the problems). */
function sameRepeats(a: UserLexicon['repeats'] = [], b: UserLexicon['repeats'] = []): boolean {
  return a.length === b.length && a.every((r, i) => {
    const q = b[i]!
    return r.line === q.line && r.reason === q.reason && r.content === q.content && r.by.line === q.by.line && r.by.content === q.by.content
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

/** An entry as the restore weighs it: its name and its type, or its name as never marked. */
const entryKey = (entry: LexiconEntry) => `${entry.type ?? '-'}\u0000${entry.surface}`

/** How many of the `baseline`'s entries `now` still holds: the same name with the same type (or never-mark). */
export function entriesLeft(baseline: readonly LexiconEntry[], now: readonly LexiconEntry[]): number {
  const held = new Set(now.map(entryKey))
  return baseline.reduce((n, entry) => n + (held.has(entryKey(entry)) ? 1 : 0), 0)
}

/**
 * Whether the dictionary (its `now` entries, the box reading `nowText`) holds so few of the `baseline`'s entries
 * that the baseline is offered back (QA: Ctrl+A, Delete or a document pasted over the list was saved within 1.5 s,
 * and after a reload the entries were gone for good). Entries are compared, not counted (re-check QA: a bulleted
 * note pasted over 10 entries parses as 11 never-mark entries, and 5 new names pasted over 10 are 5; counted, the
 * first was "more" and the list was lost with no offer). Fewer than half of two or more left (2 → 0, 3 → 1,
 * 10 → 4). A one-entry list only when its entry is gone and the box no longer holds its name at all (blank, or a
 * document pasted over it): one key typed in the only line (张三 PER → 张三 PE) or its type being retyped leaves
 * no entry for a moment either.
 */
export function removesMost(baseline: readonly LexiconEntry[], now: readonly LexiconEntry[], nowText: string): boolean {
  const left = entriesLeft(baseline, now)
  if (baseline.length >= 2) return left * 2 < baseline.length
  return baseline.length === 1 && left === 0 && !nowText.includes(baseline[0]!.surface)
}

/** The list offered back (`before`, `entries` of them, `left` of which the dictionary still holds). `kept`:
 *  written to the site's storage, to outlive a reload (an edit's); Clear's is held in the page's memory only. */
export interface LexiconRestorePoint {
  before: string
  entries: number
  left: number
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

/** The baseline a page before this one (or another tab) kept (a3573ba's points, {before, after, entries}, read alike). */
function readBaseline(storage: RestoreStorage | undefined): string | null {
  try {
    const stored = storage?.getItem(RESTORE_STORAGE_KEY)
    if (!stored) return null
    const { before } = JSON.parse(stored) as { before?: unknown }
    return typeof before === 'string' ? before : null
  } catch {
    return null
  }
}

function writeBaseline(storage: RestoreStorage | undefined, baseline: string | null): void {
  try {
    if (baseline !== null) storage?.setItem(RESTORE_STORAGE_KEY, JSON.stringify({ before: baseline }))
    else storage?.removeItem(RESTORE_STORAGE_KEY)
  } catch (e) {
    console.warn('dictionary restore point not saved:', e)
  }
}

/**
 * The one way the Dictionary tab gives back a list that was taken out: by its Clear button (clear()), or by edits
 * that left fewer than half its entries. Each edit is weighed against a baseline, not against the edit before it
 * (QA: on a 4-entry list Ctrl+A and `a` offered Restore, `b` took the offer and the kept list away; holding
 * Backspace took the list out one entry at a time, no single step "most", and nothing was offered). The baseline is
 * the list as the page loaded it (or as a page before kept it), as Restore, Dismiss or Clear left it, and moves up
 * to the dictionary whenever that has as many entries or more and still holds at least half of the baseline's: a
 * type changed or an entry replaced among others is an edit, not a loss (re-check QA: with the baseline moving only
 * while every entry was kept, one type fixed and 30 names added, then the box emptied, offered back the 10 of the
 * page's start and lost the 30; ten types changed one by one offered the old types back). While the
 * dictionary holds too few of the baseline's entries (removesMost), whoever made the edits in this tab (the box,
 * the view), the baseline is offered back and kept in storage beside the dictionary, so a reload does not lose it;
 * otherwise it is not in storage.
 *
 * A change another tab made (fromAnotherTab) is that tab's to weigh, never this one's (re-check QA: Clear in one tab
 * emptied the dictionary, the other tab weighed the empty list against ITS baseline and wrote the whole list back
 * to storage as its restore copy): this tab takes the new list as its baseline, and offers Restore only while the
 * restore copy in storage (the other tab's offer) holds one; a Restore, Dismiss or Clear there withdraws it here.
 *
 * `entries`: the dictionary's entries; `parse`: a text's; null while they cannot be told (no types to read them
 * against), when nothing moves and storage is left as it is.
 */
export function useLexiconRestore(
  source: Ref<string>,
  entries: () => readonly LexiconEntry[] | null,
  parse: (text: string) => readonly LexiconEntry[] | null,
  storage: RestoreStorage | undefined = browserStorage(),
) {
  const baseline = shallowRef(readBaseline(storage) ?? source.value)
  /** Clear's list, offered while the box stays empty. */
  const cleared = shallowRef<{ before: string; entries: number } | null>(null)
  const baselineEntries = computed(() => parse(baseline.value))
  const now = computed(() => entries())

  /** The baseline offered back, or undefined while the entries cannot be told. */
  const fromEdits = computed<LexiconRestorePoint | null | undefined>(() => {
    const before = baselineEntries.value
    const after = now.value
    if (before === null || after === null) return undefined
    return removesMost(before, after, source.value)
      ? { before: baseline.value, entries: before.length, left: entriesLeft(before, after), kept: true }
      : null
  })
  const offered: ComputedRef<LexiconRestorePoint | null> = computed(() => {
    if (cleared.value && source.value === '') return { ...cleared.value, left: 0, kept: false }
    return fromEdits.value ?? null
  })

  // flush 'sync': each change of the dictionary is weighed as it is made, before the next one. `quiet`: while
  // clear(), restore() or another tab's change sets the dictionary and the baseline together, not weighed halfway
  // (Clear's list would be written to storage for a moment).
  let quiet = false
  watch(source, (text) => {
    if (text !== '' && !quiet) cleared.value = null
  }, { flush: 'sync' })
  // A new list typed entry by entry while the offer stood, as long as the list offered, is the user's now: the offer
  // goes (re-check QA: 10 entries deleted, the offer ignored, 12 new ones typed, then the box emptied, offered the 10
  // and lost the 12 with no word). Entries count as typed where an edit keeps every entry of the one before it; any
  // other edit (a paste over the list) starts the count again, so a note pasted over the list and a line typed after
  // it still leave the list offered.
  // A file added (Add from file…) is no typing either, however it keeps the entries before it: it is weighed as a
  // paste (re-check QA: 10 entries deleted, the offer standing, a file of 10 other names added took the offer and
  // the kept list away, the 10 lost for good with no word; see addedFromFile). Nor is a paste into the emptied box,
  // which keeps every entry of none: an edit that brings more than one entry at once is no entry typed (a list of 12
  // pasted after Ctrl+A, Delete took the offer away the same way).
  let typedSinceOffer = 0
  let fromFile = false
  watch([now, baselineEntries], ([after, before], previous) => {
    if (quiet || after === null || before === null) return
    const last = previous?.[0]
    if (!removesMost(before, after, source.value)) {
      typedSinceOffer = 0
      if (after.length >= before.length) baseline.value = source.value
      return
    }
    const typed = !fromFile && last !== null && last !== undefined && entriesLeft(last, after) === last.length
      && after.length - last.length <= 1
    typedSinceOffer = typed ? typedSinceOffer + Math.max(0, after.length - last.length) : 0
    if (typedSinceOffer >= before.length) {
      typedSinceOffer = 0
      baseline.value = source.value
    }
  }, { flush: 'sync', immediate: true })
  // In storage only while offered: written when the offer comes (not at each key), taken out when it goes.
  const kept = () => (fromEdits.value === undefined ? undefined : fromEdits.value?.before ?? null)
  watch(kept, (text) => {
    if (text !== undefined && !quiet) writeBaseline(storage, text)
  }, { flush: 'sync', immediate: true })
  function quietly(change: () => void): void {
    quiet = true
    try {
      change()
    } finally {
      quiet = false
    }
  }
  function together(change: () => void): void {
    quietly(change)
    const text = kept()
    if (text !== undefined) writeBaseline(storage, text)
  }

  /**
   * Another tab wrote `key` (null: that tab cleared the site's storage): its dictionary (`text`) or its restore
   * copy. Nothing is written here: the dictionary is taken as it is, the baseline is the copy that tab keeps (its
   * offer, shown here too) or else the new list, so no offer of this tab's own comes of it.
   */
  function fromAnotherTab(key: string | null, text: string | null): void {
    if (key !== null && key !== LEXICON_STORAGE_KEY && key !== RESTORE_STORAGE_KEY) return
    // useLocalStorage announces this tab's own writes with a storage event of the same window too: the dictionary
    // already reads so, and it is this tab's edit, weighed as it was made.
    if (key === LEXICON_STORAGE_KEY && (text ?? '') === source.value) return
    quietly(() => {
      if (key !== RESTORE_STORAGE_KEY) {
        source.value = text ?? ''
        cleared.value = null // this tab's Clear offer was about a list that is no longer the dictionary
      }
      baseline.value = readBaseline(storage) ?? source.value
    })
  }

  /** Makes `change`, a file's lines added to the dictionary, weighed as a paste: the offer stays while the
   *  dictionary holds fewer than half the baseline's entries, and the entries it brings are not counted as typed. */
  function addedFromFile(change: () => void): void {
    fromFile = true
    try {
      change()
    } finally {
      fromFile = false
    }
  }

  /** Empties the dictionary, the list held in memory to restore: Clear says the entries left the site's storage. */
  function clear(): void {
    const point = { before: source.value, entries: now.value?.length ?? 0 }
    together(() => {
      source.value = ''
      baseline.value = ''
      cleared.value = point
    })
  }
  function restore(): void {
    const point = offered.value
    together(() => {
      cleared.value = null
      if (!point) return
      source.value = point.before
      baseline.value = point.before
    })
  }
  function dismiss(): void {
    together(() => {
      cleared.value = null
      baseline.value = source.value
    })
  }
  return { offered, clear, restore, dismiss, fromAnotherTab, addedFromFile }
}

export type LexiconRestore = ReturnType<typeof useLexiconRestore>
const LEXICON_RESTORE: InjectionKey<LexiconRestore> = Symbol('lexicon restore')

/** The restore useUserLexicon provides (it outlives the Dictionary tab), or null where none was provided. */
export function useProvidedLexiconRestore(): LexiconRestore | null {
  return inject(LEXICON_RESTORE, null)
}
