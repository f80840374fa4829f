import { beforeAll, describe, expect, it } from 'vitest'
import { redactedCopies, type BatchItem } from '../../../src/app/batch'
import { loadCommonWords } from '../../../src/app/redact'
import { NAME_TYPES, pseudo, pseudonym, personsInTurn } from './redactFixtures'

// Re-check 55b of 1d35f76 (sentences written for this test): a surname and 某 before 所/处/局 left readable, a compound
// surname that took in the verb after it, a coach's title linked to a child or a player, and 某 that starts a word
// after a character read as a surname.
const found = personsInTurn

beforeAll(loadCommonWords)

describe('a surname and 某 before 所, 处 or a place\'s character', () => {
  it('is the person where 所 or 处 is what the person owns, did or holds (the model\'s 赵某 spread)', () => {
    // Before (1d35f76): the second 赵某, 张某 and 王某某 readable; base e1314e8 replaced them.
    const own = '被告人赵某，男。赵某所犯罪行，赵某所有财产。'
    expect(pseudo(own, found(own, '赵某'))).toBe('被告人[人名1]某，男。[人名1]某所犯罪行，[人名1]某所有财产。')
    const loan = '原告从被告张某处借款五万元，张某处至今未还。'
    expect(pseudo(loan, found(loan, '张某'))).toBe('原告从被告[人名1]某处借款五万元，[人名1]某处至今未还。')
    const chief = '王某某认罪。被告人王某某局长收受贿赂。'
    expect(pseudo(chief, found(chief, '王某某'))).toBe('[人名1]某某认罪。被告人[人名1]某某局长收受贿赂。')
  })

  it('is a person the model never marked before 所 and a verb, 处, or a head\'s title (局长, 科长, 店主)', () => {
    const text = '房子一半为钱某所有。孙某某处长和周某科长收受礼品，吴某某所长知情。郑某某村长、王某店主、杨某某市长到场。从李某处借款。'
    expect(pseudo(text, [])).toBe(
      '房子一半为[人名1]某所有。[人名2]某某处长和[人名3]某科长收受礼品，[人名4]某某所长知情。[人名5]某某村长、[人名6]某店主、[人名7]某某市长到场。从[人名8]某处借款。')
  })

  it('leaves a place or organisation, and 处 that makes a word with the surname', () => {
    const places = '河北某村，江苏某市，某所学校，张某所学校。王某某公司和李某医院。在高某处。郑某某村里很穷。'
    expect(pseudo(places, [])).toBe(places)
  })

  it('reads the same in a batch: the file that names 张某 without the model', () => {
    const item = (name: string, text: string, ...names: string[]): BatchItem => ({ name, status: 'done', text, entities: found(text, ...names) })
    const copies = redactedCopies([item('a.txt', '原告从被告张某处借款。', '张某'), item('b.txt', '从张某处借款五万元。')], () => true, { types: NAME_TYPES, mode: 'pseudonym', pseudonym })
    expect(copies.map((copy) => copy.text)).toEqual(['原告从被告[人名1]某处借款。', '从[人名1]某处借款五万元。'])
  })
})

describe('某 that starts a word after a character that is also a surname', () => {
  it('leaves 任某一方, 路某段, 明某日, 计某项, 小李某日', () => {
    // Before: [人名1]某一方违约, [人名2]某段封闭, … 小[人名5]某日去过.
    const text = '任某一方违约，路某段封闭，明某日到期，计某项费用，小李某日去过。'
    expect(pseudo(text, [])).toBe(text)
  })

  it('still reads the person where the character after 某 makes a word with the next (日前, 一直, 个人)', () => {
    const text = '张某日前被抓，张某一直否认，李某个人账户被冻结。'
    expect(pseudo(text, [])).toBe('[人名1]某日前被抓，[人名1]某一直否认，[人名2]某个人账户被冻结。')
  })
})

describe('a compound surname found alone', () => {
  it('takes in no word or verb after it', () => {
    // Before: 今天[人名1]。 (请假 taken in), and 欧阳发言 … 欧阳全家 each its own pseudonym.
    const text = '今天欧阳请假。欧阳发言。欧阳表态。欧阳摇头。欧阳回家。欧阳笑笑。欧阳本人。欧阳两人。欧阳全家。欧阳笑。'
    expect(pseudo(text, found(text, '欧阳'))).toBe(
      '今天[人名1]请假。[人名1]发言。[人名1]表态。[人名1]摇头。[人名1]回家。[人名1]笑笑。[人名1]本人。[人名1]两人。[人名1]全家。[人名1]笑。')
  })

  it('is the text\'s one full name of it, not before a teacher\'s title of a pupil', () => {
    const text = '欧阳可馨来了。今天欧阳请假，欧阳可馨在家。'
    expect(pseudo(text, found(text, '欧阳可馨', '欧阳'))).toBe('[人名1]来了。今天[人名1]请假，[人名1]在家。')
    const pupil = '欧阳可馨同学来了。今天欧阳请假。欧阳老师好。'
    expect(pseudo(pupil, found(pupil, '欧阳可馨', '欧阳'))).toBe('[人名1]同学来了。今天[人名1]请假。[人名2]老师好。')
    const two = '欧阳可馨和欧阳明月来了。欧阳请假。'
    expect(pseudo(two, found(two, '欧阳可馨', '欧阳明月', '欧阳'))).toBe('[人名1]和[人名2]来了。[人名3]请假。')
    // Nor where what follows may be another's given name: 司马迁 is no 司马光.
    const other = '司马光砸缸的故事，司马迁写史记。'
    expect(pseudo(other, found(other, '司马光', '司马'))).toBe('[人名1]砸缸的故事，[人名2]迁写史记。')
  })
})

describe('a coach\'s, a team\'s or a kindergarten\'s title', () => {
  it('is not linked to a name the text gives only as a child\'s, a player\'s or a pupil\'s', () => {
    // Before: one pseudonym for the child and the head, the player and the coach, the pupil and the teacher.
    const cases: [string, string, string][] = [
      ['何欣欣小朋友很乖，何园长表扬了她。', '何欣欣', '[人名1]小朋友很乖，[人名2]园长表扬了她。'],
      ['球员马超进了球，马教练很高兴。', '马超', '球员[人名1]进了球，[人名2]教练很高兴。'],
      ['队员马超来了，马领队点名。', '马超', '队员[人名1]来了，[人名2]领队点名。'],
      ['王芳是我们班的学生，王老师很喜欢她。', '王芳', '[人名1]是我们班的学生，[人名2]老师很喜欢她。'],
      ['李明是三年二班的学生。李老师说好。', '李明', '[人名1]是三年二班的学生。[人名2]老师说好。'],
      ['欧阳可馨是五年级学生。欧阳老师说好。', '欧阳可馨', '[人名1]是五年级学生。[人名2]老师说好。'],
      // A teacher's own name is linked as before.
      ['王建国是学生们最喜欢的老师。王老师说好。', '王建国', '[人名1]是学生们最喜欢的老师。[人名1]老师说好。'],
      ['马超教练来了。马教练说好。', '马超', '[人名1]教练来了。[人名1]教练说好。'],
    ]
    for (const [text, name, expected] of cases) expect(pseudo(text, found(text, name))).toBe(expected)
  })
})

describe('先生 after a woman\'s full name', () => {
  it('is an honorific where the text says she is a woman (女士, 女), and links her 女士', () => {
    // Before: 杨女士 a second person, the name's 先生 read as a man's.
    const text = '杨绛先生是作家。杨绛女士翻译了很多书。杨女士说好。'
    expect(pseudo(text, found(text, '杨绛', '杨绛', '杨'))).toBe('[人名1]先生是作家。[人名1]女士翻译了很多书。[人名1]女士说好。')
    const said = '杨绛先生（女，1911年生）是作家。杨女士说好。'
    expect(pseudo(said, found(said, '杨绛', '杨'))).toBe('[人名1]先生（女，1911年生）是作家。[人名1]女士说好。')
    // 先生 alone, or 男 said of the name, still a man's.
    const man = '李明先生来了。李女士说好。'
    expect(pseudo(man, found(man, '李明', '李'))).toBe('[人名1]先生来了。[人名2]女士说好。')
    const both = '李明（男）来了。李明女士也来了。李女士说好。'
    expect(pseudo(both, found(both, '李明', '李明', '李'))).toBe('[人名1]（男）来了。[人名1]女士也来了。[人名2]女士说好。')
  })
})
