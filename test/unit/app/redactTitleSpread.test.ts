import { beforeAll, describe, expect, it } from 'vitest'
import { redactedCopies, type BatchItem } from '../../../src/app/batch'
import { everyOccurrence, loadCommonWords, nameNumbering, redact, type RedactionMode } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'
import { NAME_TYPES, pseudonym, personsInTurn, spanFinder } from './redactFixtures'

// A surname the model marked alone before a form of address (王 of 王|女士) left the same surname and title elsewhere in
// the text, or in another file of a batch, readable (re-check: 王女士来了。王女士说好。 -> [人名1]女士来了。王女士说好。).
// Sentences written for this test.
const at = spanFinder('PER')
const found = personsInTurn
/** Redacted as the Redact panel does it: every occurrence (everyOccurrence), then redact without spreading again. */
const panel = (text: string, names: Entity[], mode: RedactionMode = 'pseudonym') =>
  redact(text, everyOccurrence(text, names, NAME_TYPES, undefined, []), { types: NAME_TYPES, mode, pseudonym, numbering: nameNumbering(), everywhere: false })
/** The same, redact spreading by itself (everywhere, the default). */
const spread = (text: string, names: Entity[]) => redact(text, names, { types: NAME_TYPES, mode: 'pseudonym', pseudonym })

beforeAll(loadCommonWords)

describe('a surname found alone before a title', () => {
  it('is replaced wherever the same surname and title stand, in pseudonym and mask mode', () => {
    // Before: 王女士来了。王女士说好。 -> [人名1]女士来了。王女士说好。 and ■女士来了。王女士说好。
    const lady = '王女士来了。王女士说好。'
    expect(panel(lady, found(lady, '王'))).toBe('[人名1]女士来了。[人名1]女士说好。')
    expect(panel(lady, found(lady, '王'), 'mask')).toBe('■女士来了。■女士说好。')
    expect(spread(lady, found(lady, '王'))).toBe('[人名1]女士来了。[人名1]女士说好。')
    const sir = '张先生来了。张先生说好。'
    expect(panel(sir, found(sir, '张'))).toBe('[人名1]先生来了。[人名1]先生说好。')
    const manager = '王经理来了。后来王经理说好，我和王经理握手。'
    expect(panel(manager, found(manager, '王'))).toBe('[人名1]经理来了。后来[人名1]经理说好，我和[人名1]经理握手。')
    // (a Traditional one, and written in simplified form elsewhere; a compound surname; a line wrap between)
    const traditional = '陳女士來了。陳女士說好。陈女士也在。'
    expect(panel(traditional, found(traditional, '陳'))).toBe('[人名1]女士來了。[人名1]女士說好。[人名1]女士也在。')
    const compound = '欧阳女士来了。欧阳女士说好。'
    expect(panel(compound, found(compound, '欧阳'))).toBe('[人名1]女士来了。[人名1]女士说好。')
    const wrapped = '王女士来了。王\n女士说好。'
    expect(panel(wrapped, found(wrapped, '王'))).toBe('[人名1]女士来了。[人名1]\n女士说好。')
  })

  it('is replaced before a title of the same gender, never of the other, nor of a title that says none but its own', () => {
    const text = '王女士来了。王小姐说好，王先生没来，王经理也没来。'
    expect(panel(text, found(text, '王'))).toBe('[人名1]女士来了。[人名1]小姐说好，王先生没来，王经理也没来。')
    const manager = '王经理来了。王老师说好。'
    expect(panel(manager, found(manager, '王'))).toBe('[人名1]经理来了。王老师说好。')
    // Both found, one of each gender: each spread as its own person, numbered apart as where found.
    const both = '王女士来了。王先生来了。王女士说好，王先生也说好。'
    expect(panel(both, found(both, '王', '王'))).toBe('[人名1]女士来了。[人名2]先生来了。[人名1]女士说好，[人名2]先生也说好。')
  })

  it('takes the pseudonym of the full name it is linked to', () => {
    const text = '王芳来了。王女士说好。王女士走了。'
    expect(panel(text, found(text, '王芳', '王'))).toBe('[人名1]来了。[人名1]女士说好。[人名1]女士走了。')
  })

  it('is never looked for alone, inside a word, after 小 or 老, or before a word that is no title', () => {
    const lone = '王女士来了。王说好。国王来了。'
    expect(panel(lone, found(lone, '王'))).toBe('[人名1]女士来了。王说好。国王来了。')
    const words = '王女士来了。帝王女士是一部戏。小王女士在。王经理来了。王总是迟到。'
    expect(panel(words, [at(words, '王'), at(words, '王', 'PER', words.indexOf('王经理'))])).toBe('[人名1]女士来了。帝王女士是一部戏。小王女士在。[人名1]经理来了。王总是迟到。')
    const title = '王班长来了。王班主任说好。'
    expect(panel(title, found(title, '王'))).toBe('[人名1]班长来了。王班主任说好。')
    const word = '曾经理来了。我曾经理解过。曾经理说好。'
    expect(panel(word, found(word, '曾'))).toBe('[人名1]经理来了。我曾经理解过。[人名1]经理说好。')
  })

  it('is left alone where the copy is not spread', () => {
    const text = '王女士来了。王女士说好。'
    expect(redact(text, found(text, '王'), { types: NAME_TYPES, mode: 'pseudonym', pseudonym, everywhere: false })).toBe('[人名1]女士来了。王女士说好。')
  })
})

describe('a batch', () => {
  const item = (name: string, text: string, ...names: string[]): BatchItem => ({ name, status: 'done', text, entities: found(text, ...names) })
  const copies = (...items: BatchItem[]) => redactedCopies(items, () => true, { types: NAME_TYPES, mode: 'pseudonym', pseudonym }).map((copy) => copy.text)

  it('replaces a titled surname found in one file in another, with the same pseudonym', () => {
    // Before: [人名1]女士来了。 / 王女士说好。
    expect(copies(item('a.txt', '王女士来了。', '王'), item('b.txt', '王女士说好。'))).toEqual(['[人名1]女士来了。', '[人名1]女士说好。'])
    expect(copies(item('a.txt', '王女士来了。', '王'), item('b.txt', '王先生来了。', '王'), item('c.txt', '王女士说好。王先生也说好。')))
      .toEqual(['[人名1]女士来了。', '[人名2]先生来了。', '[人名1]女士说好。[人名2]先生也说好。'])
    // (not before the other gender's title, nor the surname alone)
    expect(copies(item('a.txt', '王女士来了。', '王'), item('b.txt', '王先生说好。王说好。'))).toEqual(['[人名1]女士来了。', '王先生说好。王说好。'])
  })
})
