import { beforeAll, describe, expect, it } from 'vitest'
import { redactedCopies, type BatchItem } from '../../../src/app/batch'
import { everyOccurrence, loadCommonWords, redact, type RedactionOptions } from '../../../src/app/redact'
import { applyLexicon, lexiconTypeNames, neverMarkedNames, parseLexicon } from '../../../src/app/userLexicon'
import type { Entity } from '../../../src/engine'
import { spans } from '../support/entities'

// Dictionary QA: the dictionary's never-mark lines (-澜庭物流, -思远) were honoured by the view but not by the Redact tab
// while names were spread to their other places (the default): 上海澜庭生物科技有限公司's short name and 陈思远's given name
// were replaced over them, and 澜庭物流有限公司 cut in half ([机构]有限公司). Sentences written for this test.
const TEXT = '甲方：上海澜庭生物科技有限公司。乙方：澜庭物流有限公司。澜庭物流负责运输，澜庭另行付款。经办人陈思远；思远确认。'
const TYPES = new Set(['PER', 'LOC', 'ORG'])
const TAGS: Record<string, string> = { PER: '[人名]', LOC: '[地名]', ORG: '[机构]' }
const options: RedactionOptions = { types: TYPES, mode: 'tag', tag: (type) => TAGS[type]!, pseudonym: (type, n) => `${type}${n}` }
const typeNames = lexiconTypeNames(['PER', 'LOC', 'ORG'])

/** The model's names of TEXT with the dictionary laid over them, as the view shows them, and its never-mark names. */
function shown(model: [string, string][], dictionary: string): { entities: readonly Entity[]; neverMarked: string[] } {
  const lexicon = parseLexicon(dictionary, typeNames)
  return { entities: applyLexicon(TEXT, spans(TEXT, model), lexicon), neverMarked: neverMarkedNames(lexicon.entries) }
}

beforeAll(loadCommonWords)

describe('a name the dictionary says never to mark, in the redacted copy', () => {
  // What the model finds (the never-marked ones among them dropped by the dictionary, as in the view).
  const MODEL: [string, string][] = [
    ['上海澜庭生物科技有限公司', 'ORG'], ['澜庭物流有限公司', 'ORG'], ['澜庭物流', 'ORG'], ['陈思远', 'PER'], ['思远', 'PER'],
  ]

  it('stays as the view shows it, QA’s dictionary', () => {
    const { entities, neverMarked } = shown(MODEL, '-澜庭物流\n-澜庭\n-思远\n-澜庭物流有限公司\n')
    const expected = '甲方：[机构]。乙方：澜庭物流有限公司。澜庭物流负责运输，澜庭另行付款。经办人[人名]；思远确认。'
    // Before: 乙方：[机构]有限公司。[机构]负责运输，[机构]另行付款。经办人[人名]；[人名]确认。
    expect(redact(TEXT, entities, { ...options, neverMarked })).toBe(expected)
    // Not spread, as before.
    expect(redact(TEXT, entities, { ...options, neverMarked, everywhere: false })).toBe(expected)
    // The Redact tab spreads first (everyOccurrence, which it counts), then redacts what that gives.
    const spread = everyOccurrence(TEXT, entities, TYPES, undefined, neverMarked)
    expect(redact(TEXT, spread, { ...options, everywhere: false })).toBe(expected)
  })

  it('spreads the names as before where the dictionary lists none', () => {
    const { entities, neverMarked } = shown(MODEL.filter(([name]) => name !== '澜庭物流' && name !== '思远'), '陈思远 PER\n')
    expect(neverMarked).toEqual([])
    expect(redact(TEXT, entities, { ...options, neverMarked })).toBe('甲方：[机构]。乙方：[机构]。[机构]负责运输，[机构]另行付款。经办人[人名]；[人名]确认。')
  })

  it('replaces a found name that holds one whole, as the view marks it, and keeps the company whole that it missed', () => {
    // The model's 澜庭物流有限公司 holds 澜庭物流: the view marks it, and the copy replaces all of it.
    const found = shown(MODEL, '-澜庭物流\n')
    expect(redact(TEXT, found.entities, { ...options, neverMarked: found.neverMarked }))
      .toBe('甲方：[机构]。乙方：[机构]。澜庭物流负责运输，[机构]另行付款。经办人[人名]；[人名]确认。')
    // Missed by the model, it is not cut to [机构]有限公司 by the short name 澜庭 and its trade word 物流.
    const missed = shown([['上海澜庭生物科技有限公司', 'ORG'], ['陈思远', 'PER']], '-澜庭物流\n')
    expect(redact(TEXT, missed.entities, { ...options, neverMarked: missed.neverMarked }))
      .toBe('甲方：[机构]。乙方：澜庭物流有限公司。澜庭物流负责运输，[机构]另行付款。经办人[人名]；[人名]确认。')
  })

  it('spreads no short name never to mark, nor it with a trade word after it', () => {
    // -澜庭: not 澜庭物流 as the implied short name 澜庭 and 物流, which would cut the company the model missed.
    const { entities, neverMarked } = shown([['上海澜庭生物科技有限公司', 'ORG'], ['陈思远', 'PER']], '-澜庭\n')
    expect(redact(TEXT, entities, { ...options, neverMarked }))
      .toBe('甲方：[机构]。乙方：澜庭物流有限公司。澜庭物流负责运输，澜庭另行付款。经办人[人名]；[人名]确认。')
  })

  it('replaces no surname alone before a title where the dictionary says never to mark the two', () => {
    const text = '经办人陈思远。陈总确认。'
    const lexicon = parseLexicon('-陈总\n', typeNames)
    const found = applyLexicon(text, spans(text, [['陈思远', 'PER']]), lexicon)
    expect(redact(text, found, options)).toBe('经办人[人名]。[人名]总确认。')
    expect(redact(text, found, { ...options, neverMarked: neverMarkedNames(lexicon.entries) })).toBe('经办人[人名]。陈总确认。')
  })

  it('keeps a given name alone never to mark, while the full name is replaced', () => {
    const { entities, neverMarked } = shown([['陈思远', 'PER']], '-思远\n')
    expect(redact(TEXT, entities, { ...options, types: new Set(['PER']), neverMarked })).toContain('经办人[人名]；思远确认。')
  })

  it('compares as the dictionary does: a Traditional never-mark line keeps the Simplified name', () => {
    const { entities, neverMarked } = shown([['陈思远', 'PER']], '-思遠\n')
    expect(redact(TEXT, entities, { ...options, types: new Set(['PER']), neverMarked })).toContain('经办人[人名]；思远确认。')
  })
})

describe('the Batch tab’s redacted copies', () => {
  // A name found in one file is spread to the others (陈思远's given name), a company's short name in its own: the
  // never-mark names stay there too.
  const contract = '甲方：上海澜庭生物科技有限公司。经办人陈思远。'
  const notice = '上海澜庭生物科技有限公司通知：澜庭物流负责运输，澜庭另行付款。思远确认。'
  const items: BatchItem[] = [
    { name: 'contract.txt', status: 'done', text: contract, entities: spans(contract, [['上海澜庭生物科技有限公司', 'ORG'], ['陈思远', 'PER']]) },
    { name: 'notice.txt', status: 'done', text: notice, entities: spans(notice, [['上海澜庭生物科技有限公司', 'ORG']]) },
  ]
  const all = () => true

  it('keep them as the Redact tab does', () => {
    const neverMarked = neverMarkedNames(parseLexicon('-澜庭物流\n-澜庭\n-思远\n', typeNames).entries)
    expect(redactedCopies(items, all, { ...options, neverMarked }).map((copy) => copy.text))
      .toEqual(['甲方：[机构]。经办人[人名]。', '[机构]通知：澜庭物流负责运输，澜庭另行付款。思远确认。'])
    // (without the list, the names are spread there)
    expect(redactedCopies(items, all, options)[1]!.text).toBe('[机构]通知：[机构]负责运输，[机构]另行付款。[人名]确认。')
  })
})

describe('a never-mark word that only overlaps a spread name’s edge', () => {
  // Re-check QA: the spread name was kept readable wherever a never-mark word overlapped it without holding it whole,
  // so a word straddling the name's edge gave the name away (-华为: 经办人[人名]。李华为公司工作十年。). The characters the
  // two share are the name's: only a never-mark word that holds the name whole keeps it. Sentences written for this test.
  const copies = (text: string, model: [string, string][], dictionary: string) => {
    const lexicon = parseLexicon(dictionary, typeNames)
    const entities = applyLexicon(text, spans(text, model), lexicon)
    const neverMarked = neverMarkedNames(lexicon.entries)
    const spread = everyOccurrence(text, entities, TYPES, undefined, neverMarked)
    // As the Redact copy, and as the tab (spread first, then redacted as that gives).
    return [redact(text, entities, { ...options, neverMarked }), redact(text, spread, { ...options, everywhere: false })]
  }
  const cases: [string, [string, string][], string, string][] = [
    ['经办人李华。李华为公司工作十年。', [['李华', 'PER']], '-华为\n', '经办人[人名]。[人名]为公司工作十年。'],
    ['联系人李华。李华为人正直。', [['李华', 'PER']], '-华为\n', '联系人[人名]。[人名]为人正直。'],
    ['经办人李文。李文明确表示同意。', [['李文', 'PER']], '-文明\n', '经办人[人名]。[人名]明确表示同意。'],
    ['司机张平到了。张平安排车辆。', [['张平', 'PER']], '-平安\n', '司机[人名]到了。[人名]安排车辆。'],
    ['经办人陈思远。陈思远方才确认。', [['陈思远', 'PER']], '-远方\n', '经办人[人名]。[人名]方才确认。'],
    // the given name spread alone
    ['经办人陈思远。思远方才确认。', [['陈思远', 'PER']], '-远方\n', '经办人[人名]。[人名]方才确认。'],
    // the model found 陈思 only there: the spread 陈思远 takes it in (before: [人名]远方才确认)
    ['经办人陈思远。陈思远方才确认。', [['陈思远', 'PER'], ['陈思', 'PER']], '-远方\n', '经办人[人名]。[人名]方才确认。'],
    // compared as the dictionary compares: Traditional text, Simplified line
    ['经办人李华。李華為公司工作。', [['李华', 'PER']], '-华为\n', '经办人[人名]。[人名]為公司工作。'],
  ]
  for (const [text, model, dictionary, expected] of cases) {
    it(`${text} with ${dictionary.trim()}`, () => {
      expect(copies(text, model, dictionary)).toEqual([expected, expected])
    })
  }

  it('still keeps a name a never-mark word holds whole, at its edge or inside', () => {
    // -李华为: the name is its start; -华为公司 does not hold 李华 (the name is replaced); -李华 is the name itself.
    expect(copies('经办人李华。李华为公司工作十年。', [['李华', 'PER']], '-李华为\n')[0]).toBe('经办人[人名]。李华为公司工作十年。')
    expect(copies('经办人李华。李华为公司工作十年。', [['李华', 'PER']], '-华为公司\n')[0]).toBe('经办人[人名]。[人名]为公司工作十年。')
    expect(copies('经办人李华。说李华为公司工作十年。', [['李华', 'PER']], '-说李华为\n')[0]).toBe('经办人[人名]。说李华为公司工作十年。')
  })

  it('nor a compound surname alone before a title, which a never-mark word only overlaps', () => {
    // (a surname of one character lies inside any word over it: that one is kept, as -陈总 keeps 陈 of 陈总)
    const text = '经办人欧阳明。谢谢欧阳总。'
    // Before: 谢谢欧阳总 with -阳总 or -谢欧.
    expect(copies(text, [['欧阳明', 'PER']], '-阳总\n')[0]).toBe('经办人[人名]。谢谢[人名]总。')
    expect(copies(text, [['欧阳明', 'PER']], '-谢欧\n')[0]).toBe('经办人[人名]。谢谢[人名]总。')
    expect(copies(text, [['欧阳明', 'PER']], '-欧阳总\n')[0]).toBe('经办人[人名]。谢谢欧阳总。')
  })

  it('in the Batch tab’s copies, where the name was found in another file', () => {
    const a = '经办人李华。'
    const b = '李华为公司工作十年，李华签字。'
    const items: BatchItem[] = [
      { name: 'a.txt', status: 'done', text: a, entities: spans(a, [['李华', 'PER']]) },
      { name: 'b.txt', status: 'done', text: b, entities: [] },
    ]
    const neverMarked = neverMarkedNames(parseLexicon('-华为\n', typeNames).entries)
    // Before: 李华为公司工作十年，[人名]签字。
    expect(redactedCopies(items, () => true, { ...options, neverMarked }).map((copy) => copy.text))
      .toEqual(['经办人[人名]。', '[人名]为公司工作十年，[人名]签字。'])
  })
})
