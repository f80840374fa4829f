// Re-check QA of a49175f / 2fc53fe: 10 entries deleted (Ctrl+A, Delete), Restore offered; then "Add from file…" with
// 10 or 12 OTHER names took the offer and shiti.lexicon.restore away, the 10 lost for good with no word: the file's
// entries, added after the (empty) box's, were counted as typed, and a list typed while the offer stood, as long as
// the one offered, replaces it. A file added is weighed as a paste now: offered while fewer than half are present.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { lexiconTypeNames, withNewLines } from '../../../src/app/userLexicon'
import { useUserLexicon, type RestoreStorage } from '../../../src/composables/useUserLexicon'

const KEY = 'shiti.lexicon.restore'
const TYPES = ['PER', 'LOC', 'ORG']
const TEN = Array.from({ length: 10 }, (_, i) => `客户${i}号 PER`).join('\n') + '\n'
const others = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `供应商${from + i}号 ORG`).join('\n') + '\n'

function fakeStorage(): RestoreStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) }
}
const kept = (storage: RestoreStorage) => {
  const stored = storage.getItem(KEY)
  return stored === null ? null : (JSON.parse(stored) as { before: string }).before
}

afterEach(() => {
  vi.unstubAllGlobals()
})

/** The dictionary with TEN, then emptied by hand: Restore offered. */
function emptied() {
  const storage = fakeStorage()
  vi.stubGlobal('localStorage', storage)
  const lexicon = useUserLexicon(ref(TYPES))
  lexicon.source.value = TEN
  lexicon.source.value = ''
  expect(lexicon.restore.offered.value).toMatchObject({ before: TEN, entries: 10, left: 0 })
  /** What the Dictionary tab does with a file (LexiconPanel's addFile). */
  const addFile = (text: string) => lexicon.restore.addedFromFile(() => {
    lexicon.source.value = withNewLines(lexicon.source.value, text, lexiconTypeNames(TYPES)).source
  })
  return { storage, lexicon, addFile }
}

describe('useLexiconRestore: a file added while a list is offered back', () => {
  it.each([10, 12, 5])('keeps the offer, and the list in storage, after a file of %i other names', (n) => {
    const { storage, lexicon, addFile } = emptied()
    addFile(others(n))
    expect(lexicon.lexicon.value.entries).toHaveLength(n)
    expect(lexicon.restore.offered.value).toMatchObject({ before: TEN, entries: 10, left: 0 })
    expect(kept(storage)).toBe(TEN)
    lexicon.restore.restore()
    expect(lexicon.source.value).toBe(TEN)
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('counts a file as a paste: entries typed after it count afresh, and a file bringing the list back ends the offer', () => {
    const { storage, lexicon, addFile } = emptied()
    for (let i = 0; i < 4; i++) lexicon.source.value += `新人名${i} PER\n` // typed: 4 of the 10 needed
    addFile(others(12))
    expect(kept(storage)).toBe(TEN) // 4 typed + 12 from the file: not a list typed back
    for (let i = 4; i < 13; i++) lexicon.source.value += `新人名${i} PER\n` // 9 typed since the file
    expect(kept(storage)).toBe(TEN)
    lexicon.source.value += '新人名13 PER\n' // the 10th typed since the file: the new list is the user's
    expect(lexicon.restore.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)

    // The offered list's own file added back: half or more present, the offer goes as for any edit.
    const again = emptied()
    again.addFile(TEN)
    expect(again.lexicon.restore.offered.value).toBeNull()
    expect(again.storage.items.has(KEY)).toBe(false)
  })
})

describe('useLexiconRestore: a list pasted into the emptied box while a list is offered back', () => {
  it.each([10, 12])('keeps the offer after %i other names pasted in one edit, and counts names typed after it afresh', (n) => {
    const { storage, lexicon } = emptied()
    lexicon.source.value = others(n)
    expect(lexicon.restore.offered.value).toMatchObject({ before: TEN, entries: 10 })
    expect(kept(storage)).toBe(TEN)
    for (let i = 0; i < 9; i++) lexicon.source.value += `新人名${i} PER\n` // 9 typed one by one: not yet the list's length
    expect(lexicon.restore.offered.value).toMatchObject({ before: TEN })
    lexicon.source.value += '新人名9 PER\n' // the 10th typed: the new list is the user's
    expect(lexicon.restore.offered.value).toBeNull()
    expect(kept(storage)).toBeNull()
  })
})
