import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords, redact, spreadNames } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'
import { NAME_TYPES, pseudo, pseudonym, personsInTurn } from './redactFixtures'

// School, dots and police QA (sentences written for this test): a teacher's titles missing from the forms of address,
// a teacher's title linked to a pupil's name, a compound surname found without its given name, foreign names written
// with dots redaction did not know, and 某 forms read differently by the two models.
const found = personsInTurn
const mask = (text: string, spans: Entity[]) => redact(text, spans, { types: NAME_TYPES, mode: 'mask', pseudonym, everywhere: true })

beforeAll(loadCommonWords)

describe('a school\'s and a team\'s titles', () => {
  it('link the surname before them to the one full name of it', () => {
    // Before: [人名1]班主任（[人名2]） … [人名2]老师, one teacher two pseudonyms; 李辅导员 and 赵园长 readable.
    const head = '张班主任（张丽华）今天请假，张老师明天回来。'
    expect(pseudo(head, found(head, '张', '张丽华'))).toBe('[人名1]班主任（[人名1]）今天请假，[人名1]老师明天回来。')
    const staff = '李辅导员找我谈话，李辅导员就是李文静。赵园长说，赵晓燕会主持。刘教练叫刘强。王领队，王磊。'
    expect(pseudo(staff, found(staff, '李文静', '赵晓燕', '刘强', '王磊'))).toBe(
      '[人名1]辅导员找我谈话，[人名1]辅导员就是[人名1]。[人名2]园长说，[人名2]会主持。[人名3]教练叫[人名3]。[人名4]领队，[人名4]。')
    // Three characters or more, 副 before them too, read whole.
    const long = '周副班主任说好。周敏到了。郑教导主任、郑军。陈主教练、陈志刚。'
    expect(pseudo(long, found(long, '周敏', '郑军', '陈志刚'))).toBe('[人名1]副班主任说好。[人名1]到了。[人名2]教导主任、[人名2]。[人名3]主教练、[人名3]。')
    // Their first two characters alone are no title: 高年级 is no 高 of 高峰.
    const words = '高峰说，高年级学生都来了。'
    expect(pseudo(words, found(words, '高峰'))).toBe('[人名1]说，高年级学生都来了。')
  })
})

describe('a teacher\'s title is not a pupil\'s name', () => {
  it('links 王老师 to no full name the text gives only as a pupil\'s', () => {
    // Before: the teacher was the essay's author, [人名1]老师.
    const essay = '初二（3）班 王梓萱\n王老师说我进步很大。'
    expect(pseudo(essay, found(essay, '王梓萱'))).toBe('初二（3）班 [人名1]\n[人名2]老师说我进步很大。')
    const pupil = '王梓萱同学的作文很好。王老师表扬了她，王老师很高兴。'
    expect(pseudo(pupil, found(pupil, '王梓萱'))).toBe('[人名1]同学的作文很好。[人名2]老师表扬了她，[人名2]老师很高兴。')
    const before = '学生王梓萱今天迟到了，王校长很生气。'
    expect(pseudo(before, found(before, '王梓萱'))).toBe('学生[人名1]今天迟到了，[人名2]校长很生气。')
    // A name the text gives otherwise too, or a title no teacher's, is linked as before.
    const also = '王梓萱同学来了。王梓萱说好。王老师也在。'
    expect(pseudo(also, found(also, '王梓萱', '王梓萱'))).toBe('[人名1]同学来了。[人名1]说好。[人名1]老师也在。')
    const teacher = '王建国老师来了。王老师说好。'
    expect(pseudo(teacher, found(teacher, '王建国'))).toBe('[人名1]老师来了。[人名1]老师说好。')
  })
})

describe('a compound surname found alone before its given name', () => {
  it('takes in the one or two characters after it before punctuation, a line end, a tab or 家长/同学', () => {
    // Before: [人名1]可馨家长 and ■■可馨.
    const letter = '欧阳可馨家长：\n您好。'
    expect(pseudo(letter, found(letter, '欧阳'))).toBe('[人名1]家长：\n您好。')
    expect(mask(letter, found(letter, '欧阳'))).toBe('■■■■家长：\n您好。')
    const list = '名单：欧阳可馨、诸葛亮。\n司马光\t95分'
    expect(pseudo(list, found(list, '欧阳', '诸葛', '司马'))).toBe('名单：[人名1]、[人名2]。\n[人名3]\t95分')
  })

  it('takes in no title, kinship word or word, nor characters that run on', () => {
    const text = '欧阳老师。欧阳总，欧阳家。欧阳说。欧阳他们。司马光明两位同学。'
    expect(pseudo(text, found(text, '欧阳', '欧阳', '欧阳', '欧阳', '欧阳', '司马'))).toBe(
      '[人名1]老师。[人名1]总，[人名1]家。[人名1]说。[人名1]他们。[人名2]光明两位同学。')
  })
})

describe('the middle dots of a foreign name', () => {
  it('are read with ･ ⋅ ∙ as with ·: the hyphenated first part and the last part alone', () => {
    // Before: 让-[人名1], and 达尔文 alone readable.
    const sartre = '让-保罗･萨特写了很多书。'
    expect(pseudo(sartre, found(sartre, '保罗･萨特'))).toBe('[人名1]写了很多书。')
    for (const dot of ['⋅', '∙']) {
      const darwin = `查尔斯${dot}达尔文提出了进化论。达尔文的书很有名。`
      expect(pseudo(darwin, found(darwin, `查尔斯${dot}达尔文`))).toBe('[人名1]提出了进化论。[人名1]的书很有名。')
    }
    // One person whichever dot (the name written with · found, with ⋅ not).
    const both = '查尔斯·达尔文来了。查尔斯⋅达尔文走了。'
    expect(pseudo(both, found(both, '查尔斯·达尔文'))).toBe('[人名1]来了。[人名1]走了。')
  })
})

describe('a surname and a form of 某', () => {
  const police = '张某某驾车撞伤李某，王某某报警，张某逃逸。'
  const expected = '[人名1]某某驾车撞伤[人名2]某，[人名3]某某报警，[人名1]某逃逸。'

  it('replaces the surname and keeps 某 whatever the model marked', () => {
    // Before: the fine-grained model's whole spans gave [人名1] … [人名4] (某 gone), its nothing left all readable.
    expect(pseudo(police, found(police, '张', '李', '王', '张'))).toBe(expected)
    expect(pseudo(police, found(police, '张某某', '李某', '王某某', '张某'))).toBe(expected)
    expect(pseudo(police, found(police, '李某'))).toBe(expected)
    expect(pseudo(police, [])).toBe(expected)
    expect(mask(police, [])).toBe('■某某驾车撞伤■某，■某某报警，■某逃逸。')
    const court = '被告人王某甲与王某乙系兄弟，欧阳某某作证。'
    expect(pseudo(court, [])).toBe('被告人[人名1]某甲与[人名1]某乙系兄弟，[人名2]某某作证。')
  })

  it('spreads the surname, not the whole span, from another text\'s 李某', () => {
    const spread = spreadNames(found(police, '李某'), NAME_TYPES)
    expect(redact('李某当晚离开。', [], { types: NAME_TYPES, mode: 'pseudonym', pseudonym, everywhere: true, spread })).toBe('[人名1]某当晚离开。')
  })

  it('leaves 某 that starts a word or an organisation\'s name, and surnames that are words there', () => {
    const words = '某某公司某天派某些人去。他变成某种人，提高某些指标。在高某处，于某日，应某要求。王某某公司和李某医院。'
    expect(pseudo(words, [])).toBe(words)
    // Nor where the model's 高 of 高某 spreads to 高某处.
    const gao = '高某说，他在高某处工作。'
    expect(pseudo(gao, found(gao, '高'))).toBe('[人名1]某说，他在高某处工作。')
  })
})
