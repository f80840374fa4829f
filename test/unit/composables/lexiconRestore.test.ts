// Dictionary QA: emptying the box by hand (Ctrl+A, Delete) or pasting a 60-line contract over the list was saved
// to localStorage within 1.5 s with no Restore, and after a reload the entries were gone for good. a3573ba offered
// Restore when ONE edit took most entries out, weighed against the edit before it, so (re-check QA): (a) on a
// 4-entry list, Ctrl+A and `a` offered it, `b` took the offer and the kept list away (an IME commit or a name added
// from the view too); (b) Backspace held down took the list out one entry at a time, no step "most", nothing
// offered. Now every edit is weighed against a baseline (the list as loaded, restored, dismissed or cleared, moved
// up whenever the dictionary has as many entries or more), kept in storage only while it is offered.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { parseLexicon, lexiconTypeNames } from '../../../src/app/userLexicon'
import { removesMost, useLexiconRestore, useUserLexicon, type RestoreStorage } from '../../../src/composables/useUserLexicon'

const KEY = 'shiti.lexicon.restore'
const TYPES = ['PER', 'LOC', 'ORG']
const LIST = '柯以宁 PER\n澜庭生物 ORG\n汀州 LOC\n'
const FOUR = '柯以宁 PER\n澜庭生物 ORG\n汀州 LOC\n沈知远 PER\n'
const CONTRACT = Array.from({ length: 60 }, (_, i) => `第${i + 1}条 甲方应在收到发票后十个工作日内付款。`).join('\n')

function fakeStorage(): RestoreStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}
/** The list kept in storage to restore, or null. */
function kept(storage: RestoreStorage): string | null {
  const stored = storage.getItem(KEY)
  return stored === null ? null : (JSON.parse(stored) as { before: string }).before
}
const spellings = lexiconTypeNames(TYPES)
const count = (text: string) => parseLexicon(text, spellings).entries.length
/** A restore over `source`, as a page loaded with it would have one. */
function restoreOver(source: { value: string }, storage: RestoreStorage) {
  const box = ref(source.value)
  const restorer = useLexiconRestore(box, () => count(box.value), count, storage)
  return { box, restorer }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('removesMost', () => {
  it('is fewer than half of two or more entries left, or a one-entry list emptied', () => {
    expect(removesMost(3, 0, '')).toBe(true)
    expect(removesMost(3, 1, '张三 PER')).toBe(true)
    expect(removesMost(10, 4, 'x')).toBe(true)
    expect(removesMost(2, 0, CONTRACT)).toBe(true) // QA's paste over a two-entry list
    expect(removesMost(1, 0, '  \n')).toBe(true)
  })
  it('is not half or more left, nor one key typed in a one-entry list', () => {
    expect(removesMost(2, 1, '张三 PER\n李四 PE')).toBe(false)
    expect(removesMost(10, 5, 'x')).toBe(false)
    expect(removesMost(3, 2, 'x')).toBe(false)
    expect(removesMost(1, 0, '张三 PE')).toBe(false)
    expect(removesMost(0, 0, '')).toBe(false)
    expect(removesMost(3, 5, 'x')).toBe(false)
  })
})

describe('useUserLexicon: Restore is weighed against the list as it stood, not the edit before', () => {
  it('(a) keeps offering, and keeping, the list through typing after Ctrl+A, an IME commit and a name from the view', () => {
    const storage = fakeStorage()
    vi.stubGlobal('localStorage', storage)
    const lexicon = useUserLexicon(ref(TYPES))
    lexicon.source.value = FOUR
    expect(kept(storage)).toBeNull()

    lexicon.source.value = 'a' // Ctrl+A, `a`
    expect(kept(storage)).toBe(FOUR)
    lexicon.source.value = 'ab' // a3573ba: no offer, the kept list gone
    expect(kept(storage)).toBe(FOUR)
    expect(lexicon.restore.offered.value).toMatchObject({ before: FOUR, entries: 4, kept: true })
    lexicon.source.value = 'ab张三' // an IME commit
    expect(kept(storage)).toBe(FOUR)
    lexicon.add({ surface: '王五', type: 'PER' }) // a name added from the view: 1 entry of 4
    expect(kept(storage)).toBe(FOUR)
    expect(lexicon.restore.offered.value?.before).toBe(FOUR)

    lexicon.restore.restore()
    expect(lexicon.source.value).toBe(FOUR)
    expect(lexicon.restore.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('(b) offers the list when Backspace held down takes it out one entry at a time', () => {
    const storage = fakeStorage()
    vi.stubGlobal('localStorage', storage)
    const lexicon = useUserLexicon(ref(TYPES))
    lexicon.source.value = FOUR
    let firstOffered: number | null = null
    for (let end = FOUR.length - 1; end >= 0; end--) {
      lexicon.source.value = FOUR.slice(0, end)
      if (lexicon.restore.offered.value && firstOffered === null) firstOffered = lexicon.lexicon.value.entries.length
      if (firstOffered !== null) expect(kept(storage), `at ${end} characters`).toBe(FOUR) // offered all the way down
    }
    expect(firstOffered).toBe(1) // 1 of 4 is the first count under half
    expect(lexicon.source.value).toBe('')
    expect(lexicon.restore.offered.value).toMatchObject({ before: FOUR, entries: 4 })

    lexicon.restore.dismiss()
    expect(lexicon.restore.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
    expect(lexicon.source.value).toBe('')
  })
})

describe('useLexiconRestore', () => {
  it('offers back a list a paste replaced, and still offers it after a reload', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: LIST }, storage)
    box.value = CONTRACT
    expect(restorer.offered.value).toMatchObject({ before: LIST, entries: 3, kept: true })
    expect(kept(storage)).toBe(LIST)

    // A reload: the dictionary as stored, the kept list taken as the baseline.
    const again = restoreOver({ value: CONTRACT }, storage)
    expect(again.restorer.offered.value?.before).toBe(LIST)
    again.restorer.restore()
    expect(again.box.value).toBe(LIST)
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('withdraws the offer once half the entries are back, and offers again below half', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: FOUR }, storage)
    box.value = '柯以宁 PER\n'
    expect(kept(storage)).toBe(FOUR)
    box.value = '柯以宁 PER\n王五 PER\n' // another tab, say: 2 of 4
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
    box.value = '王五 PER\n'
    expect(restorer.offered.value?.before).toBe(FOUR) // the baseline did not move
    expect(kept(storage)).toBe(FOUR)
  })

  it('moves the baseline up when entries are added, so a later deletion offers the longer list', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: '柯以宁 PER\n' }, storage)
    box.value = FOUR
    expect(restorer.offered.value).toBeNull()
    box.value = ''
    expect(restorer.offered.value).toMatchObject({ before: FOUR, entries: 4 })
  })

  it('offers a one-entry list only while the box is blank', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: '张三 PER' }, storage)
    box.value = '张三 PE' // one key typed in the only line
    expect(restorer.offered.value).toBeNull()
    box.value = ''
    expect(restorer.offered.value?.before).toBe('张三 PER')
    expect(kept(storage)).toBe('张三 PER')
    box.value = '李'
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('does not take a stored list the dictionary still holds half of, and drops it from storage', () => {
    const storage = fakeStorage()
    storage.setItem(KEY, JSON.stringify({ before: FOUR, after: '', entries: 4 })) // a3573ba's form is read too
    const { restorer } = restoreOver({ value: '柯以宁 PER\n王五 PER\n' }, storage)
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('leaves storage alone while the entries cannot be counted (no types yet)', () => {
    const storage = fakeStorage()
    storage.setItem(KEY, JSON.stringify({ before: FOUR }))
    const counting = ref(false)
    const box = ref('')
    const n = (text: string) => (counting.value ? count(text) : null)
    const restorer = useLexiconRestore(box, () => n(box.value), n, storage)
    expect(kept(storage)).toBe(FOUR)
    counting.value = true
    expect(restorer.offered.value?.before).toBe(FOUR)
    expect(kept(storage)).toBe(FOUR)
  })

  it('keeps Clear’s list in memory only: Clear says the entries left the site’s storage', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: LIST }, storage)
    box.value = '' // an edit offers the list, kept in storage
    expect(kept(storage)).toBe(LIST)
    restorer.restore()
    restorer.clear()
    expect(box.value).toBe('')
    expect(restorer.offered.value).toMatchObject({ before: LIST, entries: 3, kept: false })
    expect(storage.items.size).toBe(0)
    expect(restoreOver({ value: '' }, storage).restorer.offered.value).toBeNull() // nothing after a reload
    restorer.restore()
    expect(box.value).toBe(LIST)
    expect(storage.items.size).toBe(0)
    restorer.clear()
    box.value = '王' // typing after Clear: its offer ends, nothing offered (the baseline is the empty list)
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.size).toBe(0)
  })
})
