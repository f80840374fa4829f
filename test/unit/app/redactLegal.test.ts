import { beforeAll, describe, expect, it } from 'vitest'
import { everyOccurrence, loadCommonWords, redact, spreadNames } from '../../../src/app/redact'
import { redactedPath } from '../../../src/app/batch'
import type { Entity } from '../../../src/engine'

// A court clerk's judgments (court clerk QA): foreign parties named A·B, then B alone; parties named 赵某.
// The spans below are those the shipped news model gives for these sentences (scripts/annotate.ts).
const pseudonym = (_type: string, n: number) => `[人名${n}]`
const at = (text: string, name: string, type = 'PER', from = 0): Entity => {
  const start = text.indexOf(name, from)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type, text: name, score: 0.9 }
}
const types = new Set(['PER'])
const pseudo = (text: string, found: Entity[]) => redact(text, found, { types, mode: 'pseudonym', pseudonym })
const tag = (text: string, found: Entity[]) => redact(text, found, { types, mode: 'tag', pseudonym })

beforeAll(loadCommonWords)

describe('a foreign name: its last part alone is the same person', () => {
  it('numbers the name with its Latin spelling in brackets as the name alone, and the spelling as the person', () => {
    const text = '原告穆罕默德·卡里姆（Mohammed Karim），男。穆罕默德·卡里姆与被告签订合同，卡里姆已履行义务。Mohammed Karim到庭。'
    const found = [at(text, '穆罕默德·卡里姆（Mohammed Karim）'), at(text, '穆罕默德·卡里姆', 'PER', 20), at(text, '卡里姆', 'PER', 32), at(text, 'Mohammed Karim', 'PER', 40)]
    expect(pseudo(text, found)).toBe('原告[人名1]，男。[人名1]与被告签订合同，[人名1]已履行义务。[人名1]到庭。')
  })

  it('replaces the last part alone where the model missed it, as the person, with any middle dot', () => {
    const text = '原告阿卜杜拉·艾买提诉称，被告约翰・史密斯拖欠货款。史密斯辩称，艾买提未交货，约翰‧史密斯与约翰•史密斯到庭。'
    const found = [at(text, '阿卜杜拉·艾买提'), at(text, '约翰・史密斯')]
    expect(pseudo(text, found)).toBe('原告[人名1]诉称，被告[人名2]拖欠货款。[人名2]辩称，[人名1]未交货，[人名2]与[人名2]到庭。')
    // And the name with its spelling after it spreads its parts too.
    const glossed = '被告约翰·史密斯（John Smith）。史密斯辩称。'
    expect(pseudo(glossed, [at(glossed, '约翰·史密斯（John Smith）')])).toBe('被告[人名1]。[人名1]辩称。')
  })

  it('keeps the given names\' guards: not inside a word, not after another surname, not a common word', () => {
    // 斯特 is no word here; 李史密斯 follows another surname; 安全 of 约翰·安全 is a word.
    const text = '约翰·史密斯、约翰·安全到场。李史密斯与安全员在场。'
    const found = [at(text, '约翰·史密斯'), at(text, '约翰·安全')]
    expect(tag(text, found)).toBe('[PER]、[PER]到场。李史密斯与安全员在场。')
    // One character after the dot is no surname alone (约翰·史 is left as it is).
    expect(everyOccurrence('约翰·史说，史来了。', [at('约翰·史说，史来了。', '约翰·史')], types)).toHaveLength(1)
  })
})

describe('a party named 赵某: the model finds 赵 alone', () => {
  it('replaces 赵某 where the model missed it, 某 kept as where it found 赵, in the same pseudonym', () => {
    const text = '被告人赵某，男。被告人赵某某伙同王某甲盗窃，赵某分得赃款，王某甲分得。'
    const found = [at(text, '赵'), at(text, '赵', 'PER', 8), at(text, '王')]
    expect(pseudo(text, found)).toBe('被告人[人名1]某，男。被告人[人名1]某某伙同[人名2]某甲盗窃，[人名1]某分得赃款，[人名2]某甲分得。')
  })

  it('replaces it in the download\'s file name (court clerk QA: 02_刑事判决书_被告人赵某.txt)', () => {
    const text = '被告人赵某，男，汉族。'
    const spread = spreadNames([at(text, '赵')], types)
    expect(redactedPath('02_刑事判决书_被告人赵某.txt', { types, mode: 'pseudonym', pseudonym, spread }, false)).toBe('02_刑事判决书_被告人[人名1]某.txt')
  })

  it('never spreads the surname alone, nor after a character it makes a word with, nor 于/应 (于某日)', () => {
    const text = '被告人赵某。赵先生、成某、于某到场。这变成某种习惯。于某日开庭。'
    const found = [at(text, '赵'), at(text, '成', 'PER', text.indexOf('成某')), at(text, '于', 'PER', text.indexOf('于某'))]
    expect(tag(text, found)).toBe('被告人[PER]某。赵先生、[PER]某、[PER]某到场。这变成某种习惯。于某日开庭。')
  })
})

// Re-check QA of the A·B rule with the shipped news model (its spans below, scripts/annotate.ts): a brand in brackets
// became the person, a list of names written with dots merged two people, and 马丁 of 马丁·路德 was another person.
describe('a name in brackets or with dots that is not one foreign person', () => {
  it('takes a bracketed Latin part as the person only where it reads as a name in Latin (not Nike, CEO, IBM)', () => {
    const text = '网球运动员李娜（Nike）代言了新鞋，Nike表示与李娜合作愉快。'
    const found = [at(text, '李娜（Nike）'), at(text, 'Nike', 'PER', 12), at(text, '李娜', 'PER', 20)]
    expect(pseudo(text, found)).toBe('网球运动员[人名1]代言了新鞋，[人名2]表示与[人名1]合作愉快。')
    const titles = '张伟（CEO）与王芳（IBM Corp）到场，CEO发言，IBM Corp致辞。'
    const titled = [at(titles, '张伟（CEO）'), at(titles, '王芳（IBM Corp）'), at(titles, 'CEO', 'PER', 20), at(titles, 'IBM Corp', 'PER', 26)]
    expect(pseudo(titles, titled)).toBe('[人名1]与[人名2]到场，[人名3]发言，[人名4]致辞。')
    // A name of three words, or with an initial, is still the person's.
    const king = '马丁·路德·金（Martin Luther King）到场。Martin Luther King发言，John F. Kennedy（约翰·肯尼迪）在场，约翰·肯尼迪致辞。'
    const kings = [at(king, '马丁·路德·金（Martin Luther King）'), at(king, 'Martin Luther King', 'PER', 30)]
    expect(pseudo(king, kings)).toBe('[人名1]到场。[人名1]发言，John F. Kennedy（约翰·肯尼迪）在场，约翰·肯尼迪致辞。')
  })

  it('keeps apart the people of a list written with dots (张伟·李娜·王刚, the model\'s span 李娜·王刚)', () => {
    const text = '演员：张伟·李娜·王刚。李娜饰演女主角，王刚饰演反派。'
    const found = [at(text, '张伟·'), at(text, '李娜·王刚'), at(text, '李娜', 'PER', 12), at(text, '王刚', 'PER', 20)]
    expect(pseudo(text, found)).toBe('演员：[人名1][人名2]。[人名3]饰演女主角，[人名4]饰演反派。')
    // Where the model finds the pair only, the second name alone is still replaced, as a person of its own.
    const pair = '合唱：李娜·王刚。王刚领唱，刘洋·陈思远伴奏，陈思远弹琴。'
    expect(pseudo(pair, [at(pair, '李娜·王刚'), at(pair, '刘洋·陈思远')])).toBe('合唱：[人名1]。[人名2]领唱，[人名3]伴奏，[人名4]弹琴。')
  })

  it('takes either part of a foreign name alone as the person (马丁 of 马丁·路德（Martin Luther）, 迈克尔 of 迈克尔·乔丹)', () => {
    const text = '被告人马丁·路德（Martin Luther），男。马丁辩称，路德未到场。'
    const found = [at(text, '马丁·路德（Martin Luther）'), at(text, '马丁', 'PER', 25), at(text, '路德', 'PER', 30)]
    expect(pseudo(text, found)).toBe('被告人[人名1]，男。[人名1]辩称，[人名1]未到场。')
    // Where the model misses the first part: spread unless a common word (马丁, 约翰 are; 迈克尔 is not).
    const missed = '原告迈克尔·乔丹诉被告约翰·史密斯。迈克尔到庭，约翰缺席，史密斯未答辩。'
    const parties = [at(missed, '迈克尔·乔丹'), at(missed, '约翰·史密斯')]
    expect(pseudo(missed, parties)).toBe('原告[人名1]诉被告[人名2]。[人名1]到庭，约翰缺席，[人名2]未答辩。')
  })
})

// Court clerk QA: every statute a judgment cites came out as 《[地名]民法典》, 《[机构]关于…的解释》: the model marks the
// place or court in the title, and a published judgment keeps statutes' titles (they identify no one).
describe('a statute\'s title keeps its places and organisations', () => {
  const legalTypes = new Set(['PER', 'LOC', 'ORG'])
  const tagged = (text: string, found: Entity[], everywhere = true) =>
    redact(text, found, { types: legalTypes, mode: 'tag', pseudonym, tag: (type) => `[${type}]`, everywhere })

  it('keeps 中华人民共和国, 最高人民法院 and 上海市 inside 《…法典》, 《…解释》, 《…条例》 (〈…〉 inside too)', () => {
    const text = '依照《中华人民共和国民法典》第六百七十五条、《中华人民共和国民事诉讼法》第六十七条、' +
      '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条，' +
      '以及《上海市住房租赁条例》（2023年修订）、《上海市物业管理办法（试行）》之规定，判决如下。'
    const found = [
      at(text, '中华人民共和国', 'LOC'), at(text, '中华人民共和国', 'LOC', 20), at(text, '最高人民法院', 'ORG'),
      at(text, '最高人民法院', 'ORG', 60), at(text, '中华人民共和国', 'LOC', 70), at(text, '上海市', 'LOC'), at(text, '上海市', 'LOC', text.indexOf('物业') - 5),
    ]
    expect(new Set(found.map((e) => e.start)).size).toBe(7)
    expect(tagged(text, found)).toBe(text)
    expect(tagged(text, found, false)).toBe(text)
    // The Redact tab spreads first (everyOccurrence), then redacts what it gives: nothing is added in a title either.
    expect(everyOccurrence(text, found, legalTypes)).toHaveLength(found.length)
  })

  it('still replaces a case\'s title that names its parties, and a person in any title (《张伟条例》)', () => {
    const text = '参见《上官婉清与司马晓燕民间借贷纠纷案》，及虚构的《张伟条例》。'
    const found = [at(text, '上官婉清'), at(text, '司马晓燕'), at(text, '张伟')]
    expect(tagged(text, found)).toBe('参见《[PER]与[PER]民间借贷纠纷案》，及虚构的《[PER]条例》。')
    // A case's title does not end in a statute's word: a court or a place in it is replaced as anywhere.
    const court = '《北京市朝阳区人民法院（2024）京0105民初123号判决书》'
    expect(tagged(court, [at(court, '北京市朝阳区人民法院', 'ORG')])).toBe('《[ORG]（2024）京0105民初123号判决书》')
  })

  it('replaces the same name outside the title, where the model marks it and where it only spreads there', () => {
    const text = '原告系中华人民共和国公民，住上海市。依照《中华人民共和国民法典》及《上海市住房租赁条例》，中华人民共和国法律适用于本案。'
    // The model marks 中华人民共和国 and 上海市 in the running text only: spreading leaves the titles' ones.
    const found = [at(text, '中华人民共和国', 'LOC'), at(text, '上海市', 'LOC')]
    expect(tagged(text, found)).toBe('原告系[LOC]公民，住[LOC]。依照《中华人民共和国民法典》及《上海市住房租赁条例》，[LOC]法律适用于本案。')
    // The model marks them in the titles only: the running text's are still spread to and replaced.
    const inTitles = [at(text, '中华人民共和国', 'LOC', 20), at(text, '上海市', 'LOC', 30)]
    expect(tagged(text, inTitles)).toBe('原告系[LOC]公民，住[LOC]。依照《中华人民共和国民法典》及《上海市住房租赁条例》，[LOC]法律适用于本案。')
    // In pseudonym mode the kept title takes no number: the first place replaced is 地名1.
    const places = redact(text, found, { types: legalTypes, mode: 'pseudonym', pseudonym: (type, n) => `[${type}${n}]` })
    expect(places).toBe('原告系[LOC1]公民，住[LOC2]。依照《中华人民共和国民法典》及《上海市住房租赁条例》，[LOC1]法律适用于本案。')
  })

  it('keeps titles only: no blank line inside, and 《…》 a title apart from the next (《A法》《B法》)', () => {
    const text = '《上海市\n\n民法》与《北京》《上海法》'
    const found = [at(text, '上海市', 'LOC'), at(text, '北京》《上海', 'LOC')]
    expect(tagged(text, found, false)).toBe('《[LOC]\n\n民法》与《[LOC]法》')
  })
})
