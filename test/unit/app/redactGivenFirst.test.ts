// Genealogy QA: a family book lists the sons by given name (生子二：守仁、守义) and then gives each his entry (张守仁…);
// an obituary names 长子承志 before 张承志. The given name met first and the full name after it were two pseudonyms,
// one man two people, where a given name met after its full name was already that full name's.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords, nameNumbering, redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'

beforeAll(loadCommonWords)

describe('a given name met before its full name', () => {
  it('gives the full name the given name\'s number, the first full name only', () => {
    const n = nameNumbering()
    expect([n('PER', '守仁'), n('PER', '守义'), n('PER', '张守仁'), n('PER', '张守义')]).toEqual([1, 2, 1, 2])
    // A second full name of that given name is another person's: the first has taken it.
    expect(n('PER', '李守仁')).toBe(3)
    // A compound surname too; a traditional one read in simplified form.
    const m = nameNumbering()
    expect([m('PER', '文静'), m('PER', '欧阳文静'), m('PER', '承志'), m('PER', '張承志')]).toEqual([1, 1, 2, 2])
  })

  it('leaves a name of two characters that is no given name after a surname, and a foreign name, alone', () => {
    const n = nameNumbering()
    // 守仁 met alone, then 守仁公 (not a surname and a given name) and a name whose first character is no surname.
    expect([n('PER', '守仁'), n('PER', '守仁公'), n('PER', '么守仁')]).toEqual([1, 2, 3])
  })

  it('redacts a family book\'s sons as one pseudonym each, before and after their full names', () => {
    const text = '生子二：守仁、守义。张守仁后中举人，张守义务农。'
    const found = (part: string, from = 0): Entity => {
      const start = text.indexOf(part, from)
      return { start, end: start + part.length, type: 'PER', text: part, score: 0.9 }
    }
    const entities = [found('守仁'), found('守义'), found('张守仁'), found('张守义')]
    const pseudonym = (_type: string, k: number) => `[人名${k}]`
    expect(redact(text, entities, { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('生子二：[人名1]、[人名2]。[人名1]后中举人，[人名2]务农。')
  })
})
