import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords } from '../../../src/app/redact'
import { pseudo, personsInTurn } from './redactFixtures'

// Pseudonym QA: a surname before a title is made the text's one full name of it (王经理 as 王建国), or, with none, one
// person by the surname alone; but 王女士 and 王先生 of one text, a woman and a man, then shared one pseudonym, and
// 王阿姨的儿子王浩 … 王阿姨 made a mother her own son.
const found = personsInTurn

beforeAll(loadCommonWords)

describe('titles that say a different gender are two people', () => {
  it('numbers the model\'s bare surname before 女士 and before 先生 apart, titles of one gender still one', () => {
    // Before: [人名1]女士 … [人名1]先生, and so for each pair.
    const couple = '王女士来了，王先生也来了。王女士，请坐。'
    expect(pseudo(couple, found(couple, '王', '王', '王'))).toBe('[人名1]女士来了，[人名2]先生也来了。[人名1]女士，请坐。')
    const family = '刘小姐和刘太太来了，刘先生没来。李大爷和李大妈来了。张哥和张姐都在。'
    expect(pseudo(family, found(family, '刘', '刘', '刘', '李', '李', '张', '张'))).toBe(
      '[人名1]小姐和[人名1]太太来了，[人名2]先生没来。[人名3]大爷和[人名4]大妈来了。[人名5]哥和[人名6]姐都在。')
    // One gender, or a title that says none: one person, as before.
    const one = '王女士，您好。赵老师和赵女士来了。'
    expect(pseudo(one, found(one, '王', '赵', '赵'))).toBe('[人名1]女士，您好。[人名2]老师和[人名2]女士来了。')
  })

  it('links neither gender\'s title to the one full name where the text says nothing of its gender', () => {
    // Before: [人名1]先生 and [人名1]女士, both made 王建国.
    const text = '王建国到了。王先生说好，王经理也在，王女士没来。'
    const expected = '[人名1]到了。[人名2]先生说好，[人名1]经理也在，[人名3]女士没来。'
    expect(pseudo(text, found(text, '王建国', '王', '王', '王'))).toBe(expected)
    // The surnames the model left alone are replaced so too (not linked, yet no less replaced than before).
    expect(pseudo(text, found(text, '王建国'))).toBe(expected)
    const compound = '欧阳静怡到了。欧阳女士说好，欧阳先生没来。'
    expect(pseudo(compound, found(compound, '欧阳静怡'))).toBe('[人名1]到了。[人名2]女士说好，[人名3]先生没来。')
    const traditional = '王建國到了。王先生說好，王女士沒來。'
    expect(pseudo(traditional, found(traditional, '王建國', '王', '王'))).toBe('[人名1]到了。[人名2]先生說好，[人名3]女士沒來。')
    // Titles of one gender only: linked, as before.
    const woman = '王建国到了。王女士说好。'
    expect(pseudo(woman, found(woman, '王建国', '王'))).toBe('[人名1]到了。[人名1]女士说好。')
  })

  it('links a title to the one full name only where the gender the text gives the name is the title\'s', () => {
    // Before: every title below was the full name's [人名1].
    const mr = '李明先生到了。李先生说好，李女士也说好。'
    expect(pseudo(mr, found(mr, '李明', '李', '李'))).toBe('[人名1]先生到了。[人名1]先生说好，[人名2]女士也说好。')
    const born = '王芳（女，1985年生）到了。王先生说好。'
    expect(pseudo(born, found(born, '王芳', '王'))).toBe('[人名1]（女，1985年生）到了。[人名2]先生说好。')
    const court = '被告人王芳，女，汉族。王女士说好，王先生没来。'
    expect(pseudo(court, found(court, '王芳', '王', '王'))).toBe('被告人[人名1]，女，汉族。[人名1]女士说好，[人名2]先生没来。')
    const man = '王建国（男）到了。王女士说好，王先生没来。'
    expect(pseudo(man, found(man, '王建国'))).toBe('[人名1]（男）到了。[人名2]女士说好，[人名1]先生没来。')
  })
})

describe('a title said of a relative named with the same surname is another person wherever it stands', () => {
  it('keeps every 王阿姨 of 王阿姨的儿子王浩 apart from 王浩', () => {
    // Before: [人名1]阿姨的儿子[人名2]来了。[人名2]阿姨很高兴。 (the second 王阿姨 made her son).
    const son = '王阿姨的儿子王浩来了。王阿姨很高兴。'
    expect(pseudo(son, found(son, '王', '王浩', '王'))).toBe('[人名1]阿姨的儿子[人名2]来了。[人名1]阿姨很高兴。')
    // Before: 请[人名1]阿姨进来 (王浩's), the relative said later.
    const later = '王浩来了。请王阿姨进来，王阿姨的儿子王浩很高兴。'
    expect(pseudo(later, found(later, '王浩', '王', '王', '王浩'))).toBe('[人名1]来了。请[人名2]阿姨进来，[人名2]阿姨的儿子[人名1]很高兴。')
    // The surname said again right after its full name is still its own (郑国栋|郑老师), a relative said elsewhere or not.
    const again = '郑国栋郑老师来了。郑老师的儿子也来了。'
    expect(pseudo(again, found(again, '郑国栋'))).toBe('[人名1][人名1]老师来了。郑老师的儿子也来了。')
  })

  it('takes a spouse named with the same surname after the title for another person, another surname\'s not', () => {
    // Before: [人名1]经理的妻子[人名1]来了。[人名1]经理很忙。 (the manager made his wife).
    const wife = '王经理的妻子王芳来了。王经理很忙。'
    expect(pseudo(wife, found(wife, '王', '王芳', '王'))).toBe('[人名1]经理的妻子[人名2]来了。[人名1]经理很忙。')
    const other = '王建国是公司的经理。王经理的妻子李梅说他很忙。'
    expect(pseudo(other, found(other, '王建国', '王', '李梅'))).toBe('[人名1]是公司的经理。[人名1]经理的妻子[人名2]说他很忙。')
  })
})
