import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords, nameNumbering, redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'

// Pseudonym QA of CVs (HR): a person named in Chinese and in pinyin, 张伟（Zhang Wei）, got one pseudonym per spelling;
// a name written 欧阳\u3000静怡 (spacing inside) two more; a one-character given name alone (磊 of 杨磊) another.
const pseudonym = (_type: string, n: number) => `[人名${n}]`
const at = (text: string, name: string, from = 0): Entity => {
  const start = text.indexOf(name, from)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type: 'PER', text: name, score: 0.9 }
}
const PER = new Set(['PER'])
const pseudo = (text: string, found: Entity[], everywhere = true) => redact(text, found, { types: PER, mode: 'pseudonym', pseudonym, everywhere })

beforeAll(loadCommonWords)

describe('a Latin name in brackets right after a Chinese one is its spelling', () => {
  it('gives the bracket the name\'s pseudonym', () => {
    const text = '姓名：张伟（Zhang Wei）\n性别：男'
    // Before: 姓名：[人名1]（[人名2]）
    expect(pseudo(text, [at(text, '张伟'), at(text, 'Zhang Wei')])).toBe('姓名：[人名1]（[人名1]）\n性别：男')
    expect(pseudo(text, [at(text, '张伟'), at(text, 'Zhang Wei')], false)).toBe('姓名：[人名1]（[人名1]）\n性别：男')
  })

  it('links its other forms later: other order, capitals, a surname in capitals left beside the found given name', () => {
    const text = '姓名：张伟（Zhang Wei）。张伟曾任经理；Wei Zhang 负责交付；签字：ZHANG Wei；邮件署名 Zhang Wei。李娜（Li Na）审核。'
    const found = [at(text, '张伟'), at(text, 'Zhang Wei'), at(text, '张伟', 14), at(text, 'Wei Zhang'), at(text, 'Wei', text.indexOf('ZHANG Wei')), at(text, 'Zhang Wei', text.indexOf('署名')), at(text, '李娜'), at(text, 'Li Na')]
    // Before: [人名1]（[人名2]）… [人名3] … ZHANG [人名4] … [人名2] … [人名5]（[人名6]）
    expect(pseudo(text, found)).toBe('姓名：[人名1]（[人名1]）。[人名1]曾任经理；[人名1] 负责交付；签字：[人名1]；邮件署名 [人名1]。[人名2]（[人名2]）审核。')
  })

  it('reads a pinyin surname in capitals in the bracket (LIU Yang), and the given name first after (Yang LIU)', () => {
    const text = '刘洋（LIU Yang），工程师。Yang LIU 曾获奖，刘洋毕业于复旦。'
    // Before: [人名1]（[人名2]）… [人名3] …
    expect(pseudo(text, [at(text, '刘洋'), at(text, 'LIU Yang'), at(text, 'Yang LIU'), at(text, '刘洋', 10)])).toBe('[人名1]（[人名1]），工程师。[人名1] 曾获奖，[人名1]毕业于复旦。')
  })

  it('keeps one pseudonym across a batch\'s texts sharing the numbering', () => {
    const numbering = nameNumbering()
    const one = '姓名：王芳（Fang Wang）'
    const two = '推荐人 Wang Fang 来电。'
    const options = { types: PER, mode: 'pseudonym' as const, pseudonym, numbering }
    expect(redact(one, [at(one, '王芳'), at(one, 'Fang Wang')], options)).toBe('姓名：[人名1]（[人名1]）')
    // Before: [人名2]
    expect(redact(two, [at(two, 'Wang Fang')], options)).toBe('推荐人 [人名1] 来电。')
  })
})

describe('a surname and given name found apart, spacing between, are one name', () => {
  const cv = '姓名：欧阳\u3000静怡（Jingyi Ouyang）\n欧阳静怡擅长数据分析，OUYANG Jingyi 为其英文署名。'
  const found = [at(cv, '欧阳'), at(cv, '静怡'), at(cv, 'Jingyi Ouyang'), at(cv, '欧阳静怡', 10), at(cv, 'OUYANG Jingyi')]

  it('gives her one pseudonym, spread or not', () => {
    // Before (not spread): [人名1]\u3000[人名2]（[人名3]）… [人名4] … [人名5]
    expect(pseudo(cv, found, false)).toBe('姓名：[人名1]（[人名1]）\n[人名1]擅长数据分析，[人名1] 为其英文署名。')
    expect(pseudo(cv, found)).toBe('姓名：[人名1]（[人名1]）\n[人名1]擅长数据分析，[人名1] 为其英文署名。')
  })

  it('keeps the spacing in a mask, and two people in a list two', () => {
    expect(redact(cv, found, { types: PER, mode: 'mask', pseudonym })).toBe('姓名：■■\u3000■■（■■■■■■ ■■■■■■）\n■■■■擅长数据分析，■■■■■■ ■■■■■■ 为其英文署名。')
    const list = '组员：张伟\u3000李娜\u3000王\u3000李'
    expect(pseudo(list, [at(list, '张伟'), at(list, '李娜'), at(list, '王'), at(list, '李', 9)], false)).toBe('组员：[人名1]\u3000[人名2]\u3000[人名3]\u3000[人名4]')
  })
})

describe('a one-character given name the model finds alone is the person\'s', () => {
  it('numbers 磊 as 杨磊', () => {
    const text = '杨磊，男，三年经验。磊擅长沟通。'
    // Before: [人名1] … [人名2]
    expect(pseudo(text, [at(text, '杨磊'), at(text, '磊', 5)])).toBe('[人名1]，男，三年经验。[人名1]擅长沟通。')
  })

  it('not where two people have it, nor one that is a surname too, and 磊 is never spread unfound', () => {
    const two = '杨磊与王磊同组。磊负责测试。'
    expect(pseudo(two, [at(two, '杨磊'), at(two, '王磊'), at(two, '磊', 8)])).toBe('[人名1]与[人名2]同组。[人名3]负责测试。')
    const surname = '张华入职。华经理到场。'
    expect(pseudo(surname, [at(surname, '张华'), at(surname, '华', 5)])).toBe('[人名1]入职。[人名2]经理到场。')
    const unfound = '杨磊，男。磊落大方。'
    expect(pseudo(unfound, [at(unfound, '杨磊')])).toBe('[人名1]，男。磊落大方。')
  })
})

describe('no link where nothing says it is the same person', () => {
  it('does not link a Latin name to a Chinese one by pinyin alone (张薇 … Zhang Wei)', () => {
    const text = '张薇入职。Zhang Wei 来访。'
    expect(pseudo(text, [at(text, '张薇'), at(text, 'Zhang Wei')])).toBe('[人名1]入职。[人名2] 来访。')
  })

  it('gives namesakes spelled alike their own pseudonyms, and a later spelling alone neither\'s', () => {
    const text = '张伟（Zhang Wei）与张薇（Zhang Wei）同组。Wei Zhang 请假。'
    const found = [at(text, '张伟'), at(text, 'Zhang Wei'), at(text, '张薇'), at(text, 'Zhang Wei', 13), at(text, 'Wei Zhang')]
    expect(pseudo(text, found)).toBe('[人名1]（[人名1]）与[人名2]（[人名2]）同组。[人名3] 请假。')
  })

  it('keeps other Latin names apart, and takes in no word beside that is not the spelling', () => {
    const text = '张伟（Zhang Wei）的导师 Zhang Weiming 与 IBM Wei 及 Li Wei 出席。'
    const found = [at(text, '张伟'), at(text, 'Zhang Wei'), at(text, 'Zhang Weiming'), at(text, 'Wei', text.indexOf('IBM Wei') + 4), at(text, 'Li Wei')]
    expect(pseudo(text, found)).toBe('[人名1]（[人名1]）的导师 [人名2] 与 IBM [人名3] 及 [人名4] 出席。')
  })

  it('links no bracket that is not right after the name, nor a word alone in it', () => {
    const text = '张伟、李娜（Zhang Wei）；王芳（Nike）代言，Nike 热销。'
    const found = [at(text, '张伟'), at(text, '李娜'), at(text, 'Zhang Wei'), at(text, '王芳'), at(text, 'Nike')]
    // Zhang Wei follows 李娜: linked to her, the bracket says so; 张伟 stays apart. Nike is no spelling.
    expect(pseudo(text, found)).toBe('[人名1]、[人名2]（[人名2]）；[人名3]（[人名4]）代言，[人名4] 热销。')
  })
})
