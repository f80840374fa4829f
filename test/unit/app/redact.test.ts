import { beforeAll, describe, expect, it } from 'vitest'
import { commonWordsLoaded, everyOccurrence, isGivenNameAlone, loadCommonWords, nameNumbering, redact, redactionPreview, spreadNames } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createI18n } from 'vue-i18n'
import { redactedPath } from '../../../src/app/batch'
import { useEntityTypes } from '../../../src/composables/useEntityTypes'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'

// Spreading a found name to its other occurrences ("also replace the same text elsewhere") reads "the same
// name" as the entity panel does (mentionKey): invisible characters, layout spacing and character width aside.
const pseudonym = (_type: string, n: number) => `人名${n}`
/** The found name `name` of type `type`, at its first occurrence in `text` from `from` on. */
const at = (text: string, name: string, type = 'PER', from = 0): Entity => {
  const start = text.indexOf(name, from)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type, text: name, score: 0.9 }
}
/** How many places spreading adds: the Redact tab's "adds N places". */
const added = (text: string, found: Entity[], types = ['PER']) => everyOccurrence(text, found, new Set(types)).length - found.length
const tag = (text: string, found: Entity[], types = ['PER']) => redact(text, found, { types: new Set(types), mode: 'tag', pseudonym })
const mask = (text: string, found: Entity[], types = ['PER']) => redact(text, found, { types: new Set(types), mode: 'mask', pseudonym })

describe('everyOccurrence: the same name written with invisible characters, spacing or another width', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['soft hyphen', '\u00AD'],
    ['word joiner', '\u2060'],
    ['BOM / zero-width no-break space', '\uFEFF'],
    ['two of them', '\u200B\u2060'],
  ])('replaces 张伟 with a %s inside it, the invisible character too', (_what, invisible) => {
    const text = `记者张伟报道。联系人：张${invisible}伟，电话见下。`
    const found = [at(text, '张伟')]
    expect(added(text, found)).toBe(1)
    expect(tag(text, found)).toBe('记者[PER]报道。联系人：[PER]，电话见下。')
    expect(redact(text, found, { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('记者人名1报道。联系人：人名1，电话见下。')
    expect(mask(text, found)).toBe('记者■■报道。联系人：■■，电话见下。')
  })

  it.each([
    ['an ASCII space', ' '],
    ['an ideographic space', '\u3000'],
    ['a no-break space', '\u00A0'],
    ['two spaces and a zero-width space', ' \u200B '],
  ])('replaces 张伟 with %s between its characters, keeping the layout in the mask', (_what, space) => {
    const text = `张伟报道。联系人：张${space}伟，电话见下。`
    const found = [at(text, '张伟')]
    expect(added(text, found)).toBe(1)
    expect(tag(text, found)).toBe('[PER]报道。联系人：[PER]，电话见下。')
    expect(mask(text, found)).toBe(`■■报道。联系人：■${space.replace(/\u200B/gu, '')}■，电话见下。`)
  })

  it('replaces the full-width form of a name found in ASCII letters, and the other way round', () => {
    const text = 'APPLE发布新品。ＡＰＰＬＥ的股价上涨。'
    expect(added(text, [at(text, 'APPLE', 'ORG')], ['ORG'])).toBe(1)
    expect(tag(text, [at(text, 'APPLE', 'ORG')], ['ORG'])).toBe('[ORG]发布新品。[ORG]的股价上涨。')
    expect(tag(text, [at(text, 'ＡＰＰＬＥ', 'ORG')], ['ORG'])).toBe('[ORG]发布新品。[ORG]的股价上涨。')
    expect(mask(text, [at(text, 'APPLE', 'ORG')], ['ORG'])).toBe('■■■■■发布新品。■■■■■的股价上涨。')
  })

  it('replaces other NFKC-equal forms the entity panel counts as the name: half-width katakana, radicals', () => {
    const text = 'ソニー的新机。ｿﾆｰ的旧机。人民日报报道，⼈⺠⽇报转载。'
    const found = [at(text, 'ソニー', 'ORG'), at(text, '人民日报', 'ORG')]
    expect(added(text, found, ['ORG'])).toBe(2)
    expect(tag(text, found, ['ORG'])).toBe('[ORG]的新机。[ORG]的旧机。[ORG]报道，[ORG]转载。')
  })

  it('spreads a name found written with an invisible character or padding to its plain form', () => {
    const text = '联系人：李\u3000强、张\u200B伟。李强和张伟都同意。'
    const found = [at(text, '李\u3000强'), at(text, '张\u200B伟')]
    expect(added(text, found)).toBe(2)
    expect(redact(text, found, { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('联系人：人名1、人名2。人名1和人名2都同意。')
  })

  it('keeps the rule about line wraps: one wrap with its indent, invisible characters around it, no blank line', () => {
    const text = '决定由张伟任经理。\n经过研究任命张\u200B\n  伟为主任。又见张\n\n伟大的事业。'
    const found = [at(text, '张伟')]
    expect(added(text, found)).toBe(1)
    expect(tag(text, found)).toBe('决定由[PER]任经理。\n经过研究任命[PER]\n为主任。又见张\n\n伟大的事业。')
    expect(mask(text, found)).toBe('决定由■■任经理。\n经过研究任命■\n  ■为主任。又见张\n\n伟大的事业。')
  })

  it('takes a letter with its combining accent as one character: whole, never cut', () => {
    const decomposed = 'Cafe\u0301 Noir开业。Cafe\u0301的咖啡。'
    // Café found (precomposed é): its decomposed form is the same name, accent included.
    expect(tag(decomposed, [{ start: 0, end: 4, type: 'ORG', text: 'Café', score: 0.9 }], ['ORG'])).toBe('[ORG] Noir开业。[ORG]的咖啡。')
    expect(mask(decomposed, [{ start: 0, end: 4, type: 'ORG', text: 'Café', score: 0.9 }], ['ORG'])).toBe('■■■■ Noir开业。■■■■的咖啡。')
    // Cafe found: Café is another word, not Cafe with an accent left over on what follows.
    const text = 'Cafe开业。Cafe\u0301的咖啡。'
    expect(added(text, [at(text, 'Cafe', 'ORG')], ['ORG'])).toBe(0)
    expect(tag(text, [at(text, 'Cafe', 'ORG')], ['ORG'])).toBe('[ORG]开业。Cafe\u0301的咖啡。')
  })
})

describe('everyOccurrence: what is not the same name', () => {
  it('leaves a different name, however it is spaced', () => {
    const text = '张伟报道。张\u200B玮、张 三、李\u3000伟和弓长伟到场。'
    expect(added(text, [at(text, '张伟')])).toBe(0)
  })

  it('leaves Latin letters spaced apart, and a space between a letter and a Chinese character', () => {
    const text = 'APPLE发布。A P P L E是五个字母。A股上涨，A 股下跌。'
    expect(added(text, [at(text, 'APPLE', 'ORG'), at(text, 'A股', 'ORG')], ['ORG'])).toBe(0)
  })

  it('matches Latin names as whole words only, full-width and past invisible characters too', () => {
    const text = 'Apple好。Ａｐｐｌｅｂｅｅ、Apple\u200Bbee和ｘApple不是。APPLE也不是。'
    expect(added(text, [at(text, 'Apple', 'ORG')], ['ORG'])).toBe(0)
  })

  it('never starts or ends a match inside a surrogate pair', () => {
    // 𠀋 is \uD840\uDC0B: a name found cut through a pair (damaged text, an off-by-one span) must not take
    // half of a whole 𠀋 elsewhere.
    const low = 'X\uDC0B伟说。甲𠀋伟乙。'
    expect(added(low, [{ start: 1, end: 3, type: 'PER', text: '\uDC0B伟', score: 0.9 }])).toBe(0)
    const high = '张\uD840说。张𠀋丙。'
    expect(added(high, [{ start: 0, end: 2, type: 'PER', text: '张\uD840', score: 0.9 }])).toBe(0)
    expect(tag(high, [{ start: 0, end: 2, type: 'PER', text: '张\uD840', score: 0.9 }])).toBe('[PER]说。张𠀋丙。')
  })

  it('matches a name of characters beyond the BMP with an invisible character between them, whole', () => {
    const text = '𠀋𠀋说。又见𠀋\u200B𠀋。'
    const found = [at(text, '𠀋𠀋')]
    expect(added(text, found)).toBe(1)
    expect(mask(text, found)).toBe('■■说。又见■■。')
  })

  it('adds nothing when every occurrence, in whatever form, was found', () => {
    const text = '张伟说，张\u200B伟来了。'
    expect(added(text, [at(text, '张伟'), at(text, '张\u200B伟')])).toBe(0)
  })
})

describe('everyOccurrence: a given name alone before the common words are loaded', () => {
  it('spreads the full name but no given name alone until then (the safe side: 国庆 could be a word)', async () => {
    const text = '乙方：陈思远。陈思远签字，思远确认。'
    expect(commonWordsLoaded()).toBe(false)
    expect(added(text, [at(text, '陈思远')])).toBe(1)
    await loadCommonWords()
    expect(added(text, [at(text, '陈思远')])).toBe(2)
  })
})

describe('everyOccurrence: a given name alone stands for the person found by the full name', () => {
  beforeAll(loadCommonWords)
  const pseudo = (text: string, found: Entity[], types = ['PER']) => redact(text, found, { types: new Set(types), mode: 'pseudonym', pseudonym })

  it('replaces 思远 as 陈思远, in every mode, with the same pseudonym (HR QA: a contract kept 思远确认… readable)', () => {
    const text = '乙方：陈思远，男。\n思远确认已阅读并理解本合同全部条款。'
    const found = [at(text, '陈思远')]
    expect(added(text, found)).toBe(1)
    expect(tag(text, found)).toBe('乙方：[PER]，男。\n[PER]确认已阅读并理解本合同全部条款。')
    expect(pseudo(text, found)).toBe('乙方：人名1，男。\n人名1确认已阅读并理解本合同全部条款。')
    expect(mask(text, found)).toBe('乙方：■■■，男。\n■■确认已阅读并理解本合同全部条款。')
  })

  it('gives the given name the full name\'s pseudonym when the given name comes first, and other people theirs', () => {
    const text = '子涵签字。黄子涵、李晓梅入职。晓梅和子涵同组。'
    const found = [at(text, '黄子涵'), at(text, '李晓梅')]
    expect(added(text, found)).toBe(3)
    expect(pseudo(text, found)).toBe('人名1签字。人名1、人名2入职。人名2和人名1同组。')
  })

  it('takes the given name after a compound surname, never a one-character one nor a title', () => {
    const text = '欧阳思远、欧阳修、张伟、张经理、王某某到场。思远、阳修、伟大、经理、某某都在。'
    const found = ['欧阳思远', '欧阳修', '张伟', '张经理', '王某某'].map((name) => at(text, name))
    // (王某某 found whole is read as 王 found: its 某某 stays, as with the news model's 王; redactNameSpans.test.ts)
    expect(tag(text, found)).toBe('[PER]、[PER]、[PER]、[PER]、[PER]某某到场。[PER]、阳修、伟大、经理、某某都在。')
    // A title in Traditional characters is looked up by its simplified form.
    const traditional = '張經理、王老師到場。經理、老師都在。'
    expect(tag(traditional, ['張經理', '王老師'].map((name) => at(traditional, name)))).toBe('[PER]、[PER]到場。經理、老師都在。')
  })

  it('leaves a given name inside another found name, and one found as another type keeps that type', () => {
    const text = '陈思远任职于思远科技。李晓梅住在晓梅路，晓梅路很长。'
    const found = [at(text, '陈思远'), at(text, '思远科技', 'ORG'), at(text, '李晓梅'), at(text, '晓梅', 'LOC', 6)]
    expect(tag(text, found, ['PER', 'ORG', 'LOC'])).toBe('[PER]任职于[ORG]。[PER]住在[LOC]路，[LOC]路很长。')
    // Unless PER is replaced, no given name is looked for.
    expect(added('陈思远说，思远来了。', [at('陈思远说，思远来了。', '陈思远')], ['LOC'])).toBe(0)
  })

  it('spreads a given name two people share, numbered apart from both', () => {
    const text = '陈思远和王思远入职。思远负责。'
    const found = [at(text, '陈思远'), at(text, '王思远')]
    expect(pseudo(text, found)).toBe('人名1和人名2入职。人名3负责。')
  })

  it('spreads a given name to texts that share their names (the Batch tab), as the same person', () => {
    const first = '乙方：陈思远。'
    const second = '思远确认已阅读。'
    const types = new Set(['PER'])
    const spread = spreadNames([at(first, '陈思远')], types)
    const numbering = nameNumbering()
    const options = { types, mode: 'pseudonym' as const, pseudonym, numbering, spread }
    expect(redact(first, [at(first, '陈思远')], options)).toBe('乙方：人名1。')
    expect(redact(second, [], options)).toBe('人名1确认已阅读。')
  })
})

describe('everyOccurrence: a given name that is a word, or part of one, is not the person (QA recheck46)', () => {
  beforeAll(loadCommonWords)
  const pseudo = (text: string, found: Entity[], types = ['PER']) => redact(text, found, { types: new Set(types), mode: 'pseudonym', pseudonym })

  it('leaves 国庆 and 建国 words where 李国庆 and 王建国 are found: the pseudonym gave the name away', () => {
    const text = '本报讯 （记者 李国庆）10月1日是国庆节，也是中华人民共和国建国75周年纪念日。市民王建国告诉记者，国庆假期他带家人参观了建国以来的成就展。'
    const found = [at(text, '李国庆'), at(text, '中华人民共和国', 'LOC'), at(text, '王建国')]
    expect(pseudo(text, found, ['PER', 'LOC'])).toBe(
      '本报讯 （记者 人名1）10月1日是国庆节，也是人名1建国75周年纪念日。市民人名2告诉记者，国庆假期他带家人参观了建国以来的成就展。',
    )
  })

  it.each([
    ['陈建设', '本建设工程施工合同由双方签订。'],
    ['王安全', '应遵守安全生产规定。'],
    ['刘光明', '前途是光明的。'],
    ['李和平', '主张和平解决争端。'],
    ['王胜利', '我们取得了胜利。'],
    ['陈平安', '应保证施工平安。'],
    ['王红旗', '红旗飘飘。'],
    ['张海洋', '研究海洋生物。'],
    ['王东方', '在东方明珠工作。'],
    ['刘春花', '春花秋月何时了。'],
    ['李國慶', '國慶節快樂。'],
  ])('does not take the given name of %s for the person in %s', (name, sentence) => {
    const text = `${name}说：${sentence}`
    expect(added(text, [at(text, name)])).toBe(0)
  })

  it('skips a given name that makes a word with the character before or after it (意思|远, 标志|明显)', () => {
    const first = '陈思远是本公司员工。他认为这个意思远不止于此。'
    expect(added(first, [at(first, '陈思远')])).toBe(0)
    const second = '王志明负责本项目。施工现场应设置标志明显的警示牌。'
    expect(added(second, [at(second, '王志明')])).toBe(0)
  })

  it('leaves another person\'s 振华 after a surname, but spreads after 和, 于, 向 (words there)', () => {
    const text = '王振华与李振华是同乡。'
    expect(pseudo(text, [at(text, '王振华')])).toBe('人名1与李振华是同乡。')
    const other = '陈思远入职。我和思远谈话，于思远而言，向思远致谢。'
    expect(pseudo(other, [at(other, '陈思远')])).toBe('人名1入职。我和人名1谈话，于人名1而言，向人名1致谢。')
  })

  it('knows surnames the list missed, simplified and Traditional (赖, 萧, 阎, 溫, 馬, 顧)', () => {
    for (const name of ['赖思远', '萧子涵', '阎志刚', '溫家豪', '馬英傑', '顧雅婷', '關子晴']) {
      const text = `乙方：${name}\n${name.slice(1)}确认已阅读本合同。`
      expect(tag(text, [at(text, name)])).toBe('乙方：[PER]\n[PER]确认已阅读本合同。')
    }
  })

  it('marks the places that are a given name alone, for the Redact tab\'s count', () => {
    const text = '陈思远签字。陈思远、思远、子涵。黄子涵。'
    const found = [at(text, '陈思远'), at(text, '黄子涵')]
    const all = everyOccurrence(text, found, new Set(['PER']))
    expect(all.length - found.length).toBe(3)
    expect(all.filter(isGivenNameAlone).map((e) => e.text)).toEqual(['思远', '子涵'])
  })
})

describe('redactionPreview: the part of a long result the Redact tab shows', () => {
  it('shows a short result whole', () => {
    expect(redactionPreview('王芳在杭州。', 20)).toEqual({ text: '王芳在杭州。', omitted: 0 })
  })
  it('cuts a long one at the last line break in the last tenth of the limit, and counts the rest', () => {
    const text = `${'甲'.repeat(95)}\n${'乙'.repeat(50)}`
    expect(redactionPreview(text, 100)).toEqual({ text: `${'甲'.repeat(95)}\n`, omitted: 50 })
  })
  it('without such a line break, cuts at the limit but never inside a surrogate pair', () => {
    const text = `${'甲'.repeat(99)}😀${'乙'.repeat(10)}`
    const { text: shown, omitted } = redactionPreview(text, 100)
    expect(shown).toBe('甲'.repeat(99))
    expect(shown + text.slice(shown.length)).toBe(text)
    expect(omitted).toBe(text.length - 99)
    expect(redactionPreview(`${'甲'.repeat(98)}😀乙`, 100).text).toBe(`${'甲'.repeat(98)}😀`)
  })
})

describe('tag mode in the UI\'s language (HR QA: a Chinese copy read 与[PER]签订合同)', () => {
  /** useEntityTypes' tag and pseudonym in a locale, as the Redact and Batch tabs get them (rendered once, without a DOM). */
  async function entityTypes(locale: 'en' | 'zh' | 'zh-Hant'): Promise<{ tag: (type: string) => string; pseudonym: (type: string, n: number) => string }> {
    const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: { en, zh, 'zh-Hant': zhHant } })
    let got: ReturnType<typeof useEntityTypes> | undefined
    await renderToString(createSSRApp({ setup: () => ((got = useEntityTypes()), () => null) }).use(i18n))
    return got!
  }
  const text = '公司与张伟签订合同，住址杭州市，电话13812345678。'
  const found = [at(text, '张伟'), at(text, '杭州市', 'LOC'), at(text, '13812345678', 'PHONE')]
  const types = new Set(['PER', 'LOC', 'PHONE'])

  it('writes the type codes by default (the CLI, scripts) and in English', async () => {
    expect(redact(text, found, { types, mode: 'tag', pseudonym })).toBe('公司与[PER]签订合同，住址[LOC]，电话[PHONE]。')
    expect(redact(text, found, { types, mode: 'tag', ...(await entityTypes('en')) })).toBe('公司与[PER]签订合同，住址[LOC]，电话[PHONE]。')
  })

  it('writes the pseudonyms\' words without their number in Chinese, in the text and in a file\'s name', async () => {
    const zhTypes = await entityTypes('zh')
    expect(redact(text, found, { types, mode: 'tag', ...zhTypes })).toBe('公司与[人名]签订合同，住址[地名]，电话[电话]。')
    expect(redactedPath('张伟_劳动合同.txt', { types, mode: 'tag', ...zhTypes, spread: spreadNames(found, types) }, false)).toBe('[人名]_劳动合同.txt')
    expect(redact(text, found, { types, mode: 'tag', ...(await entityTypes('zh-Hant')) })).toBe('公司与[人名]签订合同，住址[地名]，电话[電話]。')
  })

  it('has a Chinese tag for every type the models and the rules give, the pseudonym\'s word', async () => {
    const zhTypes = await entityTypes('zh')
    for (const type of Object.keys(en.types)) {
      expect(zhTypes.tag(type)).toBe(zhTypes.pseudonym(type, 1).replace('1', ''))
      expect(zhTypes.tag(type)).toMatch(/^\[\p{Script=Han}+\]$/u)
    }
    expect(zhTypes.tag('name')).toBe('[name]')
  })
})
