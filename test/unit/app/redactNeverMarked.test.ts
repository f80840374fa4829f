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
