// Dictionary QA: emptying the box by hand (Ctrl+A, Delete) or pasting a 60-line contract over the list was saved
// to localStorage within 1.5 s with no Restore (the Clear button offers one), and after a reload the entries were
// gone for good. Now an edit that takes most entries out offers the same Restore, the list kept in storage beside
// the dictionary until it is restored, dismissed or the dictionary is edited again; Clear's stays in memory only.
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { dropStaleRestorePoint, removesMost, useLexiconRestore, type RestoreStorage } from '../../../src/composables/useUserLexicon'

const KEY = 'shiti.lexicon.restore'
const LIST = '柯以宁 PER\n澜庭生物 ORG\n汀州 LOC\n'
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

describe('removesMost', () => {
  it('is fewer than half of two or more entries left, or a one-entry list emptied', () => {
    expect(removesMost(3, 0, '')).toBe(true)
    expect(removesMost(3, 1, '张三 PER')).toBe(true)
    expect(removesMost(10, 4, 'x')).toBe(true)
    expect(removesMost(2, 0, CONTRACT)).toBe(true) // QA's paste over a two-entry list
    expect(removesMost(1, 0, '  \n')).toBe(true)
  })
  it('is not an edit that leaves half or more, nor one key typed in a one-entry list', () => {
    expect(removesMost(2, 1, '张三 PER\n李四 PE')).toBe(false)
    expect(removesMost(10, 5, 'x')).toBe(false)
    expect(removesMost(3, 2, 'x')).toBe(false)
    expect(removesMost(1, 0, '张三 PE')).toBe(false)
    expect(removesMost(0, 0, '')).toBe(false)
    expect(removesMost(3, 5, 'x')).toBe(false)
  })
})

describe('useLexiconRestore', () => {
  it('offers back a list a paste replaced, and still offers it after a reload', async () => {
    const storage = fakeStorage()
    const source = ref(CONTRACT) // the box as the paste left it
    const restorer = useLexiconRestore(source, storage)
    restorer.edited(LIST, CONTRACT, 3, 0)
    expect(restorer.offered.value).toMatchObject({ before: LIST, entries: 3, kept: true })
    expect(JSON.parse(storage.items.get(KEY)!)).toEqual({ before: LIST, after: CONTRACT, entries: 3 })

    // A reload: the dictionary as stored, the restore point read back.
    const again = useLexiconRestore(ref(CONTRACT), storage)
    expect(again.offered.value?.before).toBe(LIST)
    again.restore()
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('gives the list back on restore and forgets it', () => {
    const storage = fakeStorage()
    const source = ref('')
    const restorer = useLexiconRestore(source, storage)
    restorer.edited(LIST, '', 3, 0)
    restorer.restore()
    expect(source.value).toBe(LIST)
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.size).toBe(0)
  })

  it('forgets the list when the dictionary is edited on, or on dismiss', async () => {
    const storage = fakeStorage()
    const source = ref('')
    const restorer = useLexiconRestore(source, storage)
    restorer.edited(LIST, '', 3, 0)
    source.value = '王五 PER'
    expect(restorer.offered.value).toBeNull()
    await nextTick()
    expect(storage.items.has(KEY)).toBe(false)

    source.value = ''
    restorer.edited('王五 PER', '', 1, 0)
    expect(restorer.offered.value).not.toBeNull()
    restorer.dismiss()
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
    expect(source.value).toBe('')
  })

  it('does not offer an edit that leaves most entries, nor a stored point the dictionary no longer reads as', () => {
    const storage = fakeStorage()
    const restorer = useLexiconRestore(ref('柯以宁 PER\n澜庭生物 ORG\n'), storage)
    restorer.edited(LIST, '柯以宁 PER\n澜庭生物 ORG\n', 3, 2)
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.size).toBe(0)

    storage.setItem(KEY, JSON.stringify({ before: LIST, after: '', entries: 3 }))
    expect(useLexiconRestore(ref('王五 PER'), storage).offered.value).toBeNull() // edited in another tab meanwhile
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('keeps Clear’s list in memory only: Clear says the entries left the site’s storage', async () => {
    const storage = fakeStorage()
    storage.setItem(KEY, JSON.stringify({ before: 'old', after: LIST, entries: 1 }))
    const source = ref(LIST)
    const restorer = useLexiconRestore(source, storage)
    restorer.clear(3)
    await nextTick()
    expect(source.value).toBe('')
    expect(restorer.offered.value).toMatchObject({ before: LIST, entries: 3, kept: false })
    expect(storage.items.size).toBe(0) // an earlier edit's list goes too
    expect(useLexiconRestore(ref(''), storage).offered.value).toBeNull() // nothing after a reload
    restorer.restore()
    expect(source.value).toBe(LIST)
  })
})

describe('dropStaleRestorePoint', () => {
  it('takes the stored list out once the dictionary reads otherwise (a name added from the view)', () => {
    const storage = fakeStorage()
    storage.setItem(KEY, JSON.stringify({ before: LIST, after: '', entries: 3 }))
    dropStaleRestorePoint('', storage)
    expect(storage.items.has(KEY)).toBe(true)
    dropStaleRestorePoint('张三 PER\n', storage)
    expect(storage.items.has(KEY)).toBe(false)
  })
})
