// Dictionary QA: emptying the box by hand (Ctrl+A, Delete) or pasting a 60-line contract over the list was saved
// to localStorage within 1.5 s with no Restore, and after a reload the entries were gone for good. a3573ba offered
// Restore when ONE edit took most entries out, weighed against the edit before it, so (re-check QA): (a) on a
// 4-entry list, Ctrl+A and `a` offered it, `b` took the offer and the kept list away (an IME commit or a name added
// from the view too); (b) Backspace held down took the list out one entry at a time, no step "most", nothing
// offered. Now every edit is weighed against a baseline (the list as loaded, restored, dismissed or cleared, moved
// up whenever the dictionary has as many entries or more and holds half of it), kept in storage only while offered.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { parseLexicon, lexiconTypeNames } from '../../../src/app/userLexicon'
import { removesMost, useLexiconRestore, useUserLexicon, type RestoreStorage } from '../../../src/composables/useUserLexicon'

const KEY = 'shiti.lexicon.restore'
const TYPES = ['PER', 'LOC', 'ORG']
const LIST = '柯以宁 PER\n澜庭生物 ORG\n汀州 LOC\n'
const FOUR = '柯以宁 PER\n澜庭生物 ORG\n汀州 LOC\n沈知远 PER\n'
const TEN = Array.from('甲乙丙丁戊己庚辛壬癸', (c) => `柯以宁${c} PER`).join('\n') + '\n'
/** A bulleted note: each `- ` line parses as a never-mark entry. */
const NOTE = Array.from({ length: 11 }, (_, i) => `- 会议第${i + 1}项：下周三前提交报价`).join('\n') + '\n'
const FIVE_NEW = '王建国 PER\n李秀英 PER\n张伟 PER\n刘芳 PER\n汀州分公司 ORG\n'
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
const parse = (text: string) => parseLexicon(text, spellings).entries
/** A restore over `source`, as a page loaded with it would have one. */
function restoreOver(source: { value: string }, storage: RestoreStorage) {
  const box = ref(source.value)
  const restorer = useLexiconRestore(box, () => parse(box.value), parse, storage)
  return { box, restorer }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('removesMost', () => {
  const e = parse
  it('is fewer than half of two or more entries left, or a one-entry list gone with its name', () => {
    expect(removesMost(e(LIST), [], '')).toBe(true)
    expect(removesMost(e(LIST), e('柯以宁 PER'), '柯以宁 PER')).toBe(true)
    expect(removesMost(e(TEN), e(TEN.split('\n').slice(0, 4).join('\n')), 'x')).toBe(true)
    expect(removesMost(e('张三 PER\n李四 PER'), [], CONTRACT)).toBe(true) // QA's paste over a two-entry list
    expect(removesMost(e('张三 PER'), [], '  \n')).toBe(true)
    expect(removesMost(e('张三 PER'), e('-会议纪要'), '-会议纪要')).toBe(true)
  })
  it('weighs which entries are left, not how many (re-check QA: a note or 5 new names pasted over 10)', () => {
    expect(removesMost(e(TEN), e(NOTE), NOTE)).toBe(true) // 11 never-mark entries, none of the 10
    expect(removesMost(e(TEN), e(FIVE_NEW), FIVE_NEW)).toBe(true)
    expect(removesMost(e(TEN), e(TEN + FIVE_NEW), 'x')).toBe(false)
  })
  it('is not half or more left, nor one key typed in (or the type retyped of) a one-entry list', () => {
    expect(removesMost(e('张三 PER\n李四 PER'), e('张三 PER'), '张三 PER\n李四 PE')).toBe(false)
    expect(removesMost(e(TEN), e(TEN.split('\n').slice(5).join('\n')), 'x')).toBe(false)
    expect(removesMost(e(LIST), e('柯以宁 PER\n汀州 LOC'), 'x')).toBe(false)
    expect(removesMost(e('张三 PER'), [], '张三 PE')).toBe(false)
    expect(removesMost(e('张三 PER'), e('张三 ORG'), '张三 ORG')).toBe(false)
    expect(removesMost([], [], '')).toBe(false)
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
    box.value = '柯以宁 PER\n王五 PER\n' // one of the four, and a new name: still offered
    expect(kept(storage)).toBe(FOUR)
    box.value = '柯以宁 PER\n王五 PER\n汀州 LOC\n' // 2 of 4 back
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

  it('offers a one-entry list only while the box no longer holds its name', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: '张三 PER' }, storage)
    box.value = '张三 PE' // one key typed in the only line
    expect(restorer.offered.value).toBeNull()
    box.value = ''
    expect(restorer.offered.value?.before).toBe('张三 PER')
    expect(kept(storage)).toBe('张三 PER')
    box.value = '李' // typed after it, as after Ctrl+A on a longer list: still offered
    expect(kept(storage)).toBe('张三 PER')
    box.value = '张三 PE' // its line being typed again
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('does not take a stored list the dictionary still holds half of, and drops it from storage', () => {
    const storage = fakeStorage()
    storage.setItem(KEY, JSON.stringify({ before: FOUR, after: '', entries: 4 })) // a3573ba's form is read too
    const { restorer } = restoreOver({ value: '柯以宁 PER\n汀州 LOC\n王五 PER\n' }, storage)
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('leaves storage alone while the entries cannot be counted (no types yet)', () => {
    const storage = fakeStorage()
    storage.setItem(KEY, JSON.stringify({ before: FOUR }))
    const counting = ref(false)
    const box = ref('')
    const n = (text: string) => (counting.value ? parse(text) : null)
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

// Re-check QA of 5d64288: counted entries let a note or a shorter list pasted over the dictionary move the baseline
// up (or leave no offer), and a second tab wrote its own baseline to storage when another tab's Clear reached it.
describe('useLexiconRestore: entries are compared, not counted', () => {
  it('offers the list back when a bulleted note (11 never-mark entries) is pasted over 10 entries', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    box.value = NOTE
    expect(parse(NOTE)).toHaveLength(11)
    expect(restorer.offered.value).toMatchObject({ before: TEN, entries: 10, left: 0, kept: true })
    expect(kept(storage)).toBe(TEN)
    box.value = NOTE + '- 附件两份\n' // more typed after it: the baseline does not move up to the note
    expect(kept(storage)).toBe(TEN)
  })

  it('offers the list back when 5 new entries are pasted over 10', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    box.value = FIVE_NEW
    expect(restorer.offered.value).toMatchObject({ before: TEN, entries: 10, left: 0 })
    expect(kept(storage)).toBe(TEN)
  })

  it('moves the baseline up only when the dictionary is as long and holds half of it or more', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: LIST }, storage)
    box.value = LIST + FIVE_NEW // only added: the 8 entries are the baseline now
    box.value = FIVE_NEW.split('\n').slice(0, 3).join('\n') // 3 of 8 left
    expect(restorer.offered.value).toMatchObject({ before: LIST + FIVE_NEW, entries: 8, left: 3 })
    restorer.restore()
    box.value = FIVE_NEW + '沈知远 PER\n' // 5 of 8 kept, 6 entries: not offered, and the baseline stays
    expect(restorer.offered.value).toBeNull()
    box.value = '沈知远 PER\n李秀英 PER\n' // 1 of the 8
    expect(restorer.offered.value?.before).toBe(LIST + FIVE_NEW)
  })

  it('offers a one-entry list pasted over by a document that does not hold its name', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: '张三 PER\n' }, storage)
    box.value = '张三 ORG' // retyped: no offer, and the retyped list is the one kept
    expect(restorer.offered.value).toBeNull()
    box.value = NOTE
    expect(restorer.offered.value?.before).toBe('张三 ORG')
  })
})

describe('useLexiconRestore: the list offered back is the one replaced, not the page\'s first', () => {
  // Re-check QA of a025eb6: the baseline moved up only while every entry of it was kept, so one entry fixed or
  // deleted froze it at the page's first list for the rest of the visit.
  it('one entry deleted, 30 added, then the box emptied: the 39 are offered back', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    box.value = TEN.split('\n').slice(1).join('\n')
    for (let i = 0; i < 30; i++) box.value += `新人名${i} PER\n`
    const before = box.value
    box.value = ''
    expect(restorer.offered.value).toMatchObject({ before, entries: 39, left: 0 })
    expect(kept(storage)).toBe(before)
    restorer.restore()
    expect(parse(box.value)).toHaveLength(39)
  })

  it('a type fixed, 30 added, then a note pasted over: the 40 are offered back', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    box.value = box.value.replace('柯以宁甲 PER', '柯以宁甲 ORG')
    for (let i = 0; i < 30; i++) box.value += `新人名${i} PER\n`
    const before = box.value
    box.value = '会议纪要\n下周三前提交报价\n'
    expect(restorer.offered.value).toMatchObject({ before, entries: 40 })
  })

  it('a new list typed entry by entry while the offer stood takes its place: emptied, the new list is offered', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    box.value = ''
    expect(restorer.offered.value?.before).toBe(TEN)
    for (let i = 0; i < 12; i++) box.value += `新人名${i} PER\n`
    expect(restorer.offered.value).toBeNull()
    expect(kept(storage)).toBeNull()
    const typed = box.value
    box.value = ''
    expect(restorer.offered.value).toMatchObject({ before: typed, entries: 12 })
  })

  it('a note pasted over the list in one edit still leaves the list offered, however many lines it has', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    box.value = Array.from({ length: 30 }, (_, i) => `- 第${i + 1}项：下周三前提交报价`).join('\n') + '\n'
    expect(restorer.offered.value?.before).toBe(TEN)
    box.value += '- 第31项：会后发纪要\n'
    expect(restorer.offered.value?.before).toBe(TEN)
  })

  it('ten types changed one by one offer nothing, and nothing is kept in storage', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    const lines = TEN.trim().split('\n')
    for (let i = 0; i < lines.length; i++) {
      lines[i] = lines[i]!.replace('PER', 'ORG')
      box.value = lines.join('\n') + '\n'
      expect(restorer.offered.value).toBeNull()
    }
    expect(kept(storage)).toBeNull()
  })
})

describe('useLexiconRestore: another tab’s changes', () => {
  it('takes another tab’s Clear as it is: no offer here, nothing written to storage', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    storage.setItem('shiti.lexicon', '') // the other tab's Clear
    restorer.fromAnotherTab('shiti.lexicon', '')
    expect(box.value).toBe('')
    expect(restorer.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
    box.value = '王' // typing here afterwards weighs against the empty list
    expect(storage.items.has(KEY)).toBe(false)
  })

  it('shows the other tab’s offer while its copy is in storage, and withdraws it when that tab dismisses it', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: TEN }, storage)
    storage.setItem(KEY, JSON.stringify({ before: TEN })) // the other tab's edit took the list out
    restorer.fromAnotherTab(KEY, storage.getItem(KEY))
    restorer.fromAnotherTab('shiti.lexicon', '')
    expect(box.value).toBe('')
    expect(restorer.offered.value).toMatchObject({ before: TEN, entries: 10 })
    storage.removeItem(KEY) // Dismiss there
    restorer.fromAnotherTab(KEY, null)
    expect(restorer.offered.value).toBeNull()
    expect(box.value).toBe('')
    expect(storage.items.has(KEY)).toBe(false)
  })
})

describe('useUserLexicon: a storage event from another tab', () => {
  it('adopts another tab’s Clear without writing its own list to shiti.lexicon.restore', () => {
    const storage = fakeStorage()
    vi.stubGlobal('localStorage', storage)
    const win = new EventTarget()
    vi.stubGlobal('window', win)
    const lexicon = useUserLexicon(ref(TYPES))
    lexicon.source.value = TEN
    expect(kept(storage)).toBeNull()

    storage.setItem('shiti.lexicon', '')
    win.dispatchEvent(Object.assign(new Event('storage'), { key: 'shiti.lexicon', newValue: '', storageArea: null }))
    expect(lexicon.source.value).toBe('')
    expect(lexicon.restore.offered.value).toBeNull()
    expect(storage.items.has(KEY)).toBe(false)
  })
})

describe('useLexiconRestore: this tab’s own write announced as a storage event', () => {
  it('is not taken for another tab’s: the offer of the edit stays', () => {
    const storage = fakeStorage()
    const { box, restorer } = restoreOver({ value: LIST }, storage)
    box.value = '' // useLocalStorage then dispatches a storage event of this window with the new value
    restorer.fromAnotherTab('shiti.lexicon', '')
    expect(restorer.offered.value?.before).toBe(LIST)
    expect(kept(storage)).toBe(LIST)
  })
})
