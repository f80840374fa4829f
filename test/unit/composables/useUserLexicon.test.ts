// Long-session QA: after a 2,000-name dictionary was pasted into the Dictionary tab, each key typed in the box took
// 50-77 ms of main thread (QA: 100-219 ms per key): every key parsed the dictionary into a new entries array, so every
// block was scanned for all 2,000 names again, the view re-rendered with new entity objects and the tab's report of
// names that mark nothing was made again over every entry, though the key only changed the line being typed (a
// problem line until it is done). Now the entries stay the same array while they parse alike, and what the overlays
// and the report read (laidLexicon) stays the same object.
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import type { Entity } from '../../../src/engine'
import { laidLexicon, lexiconOverlay, useUserLexicon, type LexiconInForce } from '../../../src/composables/useUserLexicon'

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳'
const GIVEN = '建国海燕志强丽华德明秀英文博晓峰春梅国栋子轩雨桐浩然思远一鸣嘉怡'
/** 2,000 different three-character names. */
const NAMES = Array.from({ length: 2000 }, (_, k) => SURNAMES[k % 64]! + GIVEN[Math.floor(k / 64) % 40]! + GIVEN[(k * 7) % 40]!)
  .map((name, k, all) => (all.indexOf(name) === k ? name : `${name}${k}`))
const TEXT = `今天上午，${NAMES[5]}与${NAMES[1999]}在会上发言，随后大家讨论了明年的工作安排。`.repeat(40)
const MODEL: readonly Entity[] = Object.freeze([])

describe('useUserLexicon: a key typed in the box after a long dictionary', () => {
  it('keeps the entries, and the dictionary laid over the text, while they parse alike', async () => {
    const { source, lexicon, inForce } = useUserLexicon(ref(['PER', 'LOC', 'ORG']))
    source.value = NAMES.map((name) => `${name} PER`).join('\n') + '\n'
    expect(lexicon.value.entries).toHaveLength(2000)
    const overlay = lexiconOverlay(inForce)
    const laid = overlay(TEXT, MODEL)
    expect(laid).toHaveLength(80)
    const entries = lexicon.value.entries

    // A new line being typed: a problem at each key, the entries as they were.
    for (const typed of ['字', '字字', '字字 ', '字字 P']) {
      source.value += typed.slice(-1)
      await nextTick()
      expect(lexicon.value.entries).toBe(entries)
      expect(lexicon.value.problems.map((p) => [p.line, p.content])).toEqual([[2001, typed.trim()]])
      expect(overlay(TEXT, MODEL)).toBe(laid) // nothing scanned again, nothing to redraw
    }
    const before = lexicon.value
    source.value += '\n\n'
    expect(lexicon.value).toBe(before) // the same entries and problems: the same object

    // The line done: a new entry, and the dictionary is laid over again with it.
    source.value = source.value.replace(/字字 P\s*$/, '字字 PER\n')
    expect(lexicon.value.entries).not.toBe(entries)
    expect(lexicon.value.entries).toHaveLength(2001)
    expect(lexicon.value.problems).toEqual([])
    expect(overlay(TEXT, MODEL)).not.toBe(laid)
    // An edit inside an entry is a change too, though the count stays.
    const done = lexicon.value.entries
    source.value = source.value.replace(`${NAMES[5]} PER`, `${NAMES[5]} ORG`)
    expect(lexicon.value.entries).not.toBe(done)
    expect(overlay(TEXT, MODEL).find((e) => e.text === NAMES[5])?.type).toBe('ORG')
  })
})

describe('laidLexicon', () => {
  it('is the same object while the entries, threshold and table are, whatever the problems', () => {
    const inForce = ref<LexiconInForce>({ entries: [{ surface: '张三', type: 'PER' }], problems: [], minScore: 0.3, simplified: null })
    const laid = laidLexicon(inForce)
    const first = laid.value
    inForce.value = { ...inForce.value, problems: [{ line: 2, reason: 'missing-type', content: '字' }] }
    expect(laid.value).toBe(first)
    inForce.value = { ...inForce.value, minScore: 0.5 }
    expect(laid.value).not.toBe(first)
    expect(laid.value).toEqual({ entries: first.entries, minScore: 0.5, simplified: null })
    const second = laid.value
    inForce.value = { ...inForce.value, entries: [...inForce.value.entries] }
    expect(laid.value).not.toBe(second)
  })
})
