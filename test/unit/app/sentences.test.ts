// The app's one set of line breaks and its one rule for a break that ends a sentence (sentences.ts), and the
// readers that share them: the name pairs, the CoNLL export, the entity panel's names, redaction.
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { namePairs } from '../../../src/app/cooccurrence'
import { toConll } from '../../../src/app/exporters'
import { displayName, foldFullWidth, mentionKey } from '../../../src/app/mentions'
import { redact } from '../../../src/app/redact'
import { breakEndsSentence, LINE_BREAK, LINE_BREAK_CHARS } from '../../../src/app/sentences'
import { spans } from '../support/entities'

describe('line breaks', () => {
  it('are the engine\'s (normalize.ts LINE_BREAKS): \\n \\r NEL U+2028 U+2029, the same as a pattern and a set', () => {
    const breaks: string[] = []
    for (let cp = 0; cp <= 0xffff; cp++) if (LINE_BREAK.test(String.fromCharCode(cp))) breaks.push(String.fromCharCode(cp))
    expect(breaks).toEqual(['\n', '\r', '\u0085', '\u2028', '\u2029'])
    expect([...LINE_BREAK_CHARS]).toEqual(breaks)
  })
})

describe('breakEndsSentence', () => {
  const wrapped = '据新华社报道，国务院副总理刘国中今天上午在北\n京市人民大会堂会见了世界卫生组织总干事。'

  it('a \\n ends a sentence unless it may be a wrap; the \\r of a \\r\\n leaves it to its \\n', () => {
    expect(breakEndsSentence(wrapped, wrapped.indexOf('\n'))).toBe(false)
    expect(breakEndsSentence('张伟到了。\n李娜走了。', 5)).toBe(true)
    expect(breakEndsSentence('张伟到了。\r\n李娜走了。', 5)).toBe(false)
    expect(breakEndsSentence('张伟到了。\r\n李娜走了。', 6)).toBe(true)
    expect(breakEndsSentence('张伟到了。\r李娜走了。', 5)).toBe(true)
  })

  it('any other line break ends one, where a \\n would have been a wrap', () => {
    for (const br of ['\u0085', '\u2028', '\u2029']) {
      const text = wrapped.replace('\n', br)
      expect(breakEndsSentence(text, text.indexOf(br)), br).toBe(true)
    }
  })
})

// NEL (U+0085) is a line break to the engine, to the CoNLL export and to redaction's kept breaks, but was
// not to the name pairs, the entity panel's names or redaction's search for a name's other occurrences.
describe('NEL is a line break to every reader', () => {
  it('ends a name pair\'s sentence, as it ends a CoNLL sentence (before: 张伟\\u0085李娜 was 1 pair)', () => {
    const text = '张伟到了\u0085李娜走了'
    const found = spans(text, [['张伟', 'PER'], ['李娜', 'PER']])
    expect(namePairs(text, found)).toEqual([])
    expect(toConll({ text, entities: found }).trim().split('\n\n')).toHaveLength(2)
    const joined = '张伟和李娜走了'
    expect(namePairs(joined, spans(joined, [['张伟', 'PER'], ['李娜', 'PER']]))).toHaveLength(1)
  })

  it('is layout inside a name, as \\n is (before: 张\\u0085伟 was listed apart from 张伟)', () => {
    expect(displayName('张\u0085伟')).toBe('张伟')
    expect(mentionKey('张\u0085伟')).toBe(mentionKey('张伟'))
    expect(displayName('Jean\u0085Dupont')).toBe('Jean Dupont')
  })

  it('does not hide an occurrence of a name from redaction (before: 张\\u0085伟 was left readable)', () => {
    const text = '张伟来了。张\u0085伟走了。'
    const found: Entity[] = [{ start: 0, end: 2, type: 'PER', text: '张伟', score: 0.9 }]
    expect(redact(text, found, { types: new Set(['PER']), mode: 'tag', pseudonym: () => '' })).toBe('[PER]来了。[PER]\u0085走了。')
  })
})

describe('foldFullWidth', () => {
  it('folds full-width ASCII one unit for one; the ideographic space only when asked', () => {
    expect(foldFullWidth('ＩＢＭ　１２３！～')).toBe('IBM　123!~')
    expect(foldFullWidth('ＩＢＭ　１２３！～', { space: true })).toBe('IBM 123!~')
    expect(foldFullWidth('张伟、。「」')).toBe('张伟、。「」')
  })
})
