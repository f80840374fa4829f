import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { neverMarkedName, unmarkedEntries, withNeverMarked } from '../../../src/app/lexiconReport'
import { applyLexicon, parseLexicon, withoutChange } from '../../../src/app/userLexicon'
import type { PatternEntity } from '../../../src/app/patterns'

const TYPES = new Map([['PER', 'PER'], ['LOC', 'LOC'], ['ORG', 'ORG']])

function entity(text: string, surface: string, type: string, from = 0): Entity {
  const start = text.indexOf(surface, from)
  if (start < 0) throw new Error(`${surface} not in ${text}`)
  return { start, end: start + surface.length, type, text: surface, score: 0.9 }
}

/** The report for `source` over the model's `model`, the shown entities laid over them as the app does. */
function report(text: string, source: string, model: Entity[], extraShown: Entity[] = []) {
  const lexicon = parseLexicon(source, TYPES)
  const shown = [...applyLexicon(text, model, lexicon), ...extraShown].sort((a, b) => a.start - b.start)
  return unmarkedEntries(text, lexicon.entries, model, shown)
}

describe('unmarkedEntries', () => {
  // The QA case: both names typed, neither marked, no reason given.
  const text = '市发改委联合市数据局发布通知，阿里巴巴西溪园区参与。'
  const model = [entity(text, '市发改委联合市数据局', 'ORG'), entity(text, '阿里巴巴西溪', 'LOC')]

  it('names the longer model name a typed entry sits inside, and a name not in the text', () => {
    expect(report(text, '市数据局 ORG\n阿里巴巴 ORG\n腾讯 ORG\n', model)).toEqual([
      { surface: '市数据局', reason: { kind: 'inside', names: ['市发改委联合市数据局'] } },
      { surface: '阿里巴巴', reason: { kind: 'inside', names: ['阿里巴巴西溪'] } },
      { surface: '腾讯', reason: { kind: 'absent' } },
    ])
  })

  it('finds occurrences as the dictionary does: an acronym in capitals is not in a text with the word in small letters', () => {
    expect(report('Contact us at 电话。', 'US LOC', [])).toEqual([{ surface: 'US', reason: { kind: 'absent' } }])
  })

  it('leaves out an entry marked at one occurrence at least, and never-mark lines', () => {
    const t = '北京大学在北京。'
    expect(report(t, '北京 LOC\n-上海\n', [entity(t, '北京大学', 'ORG')])).toEqual([])
  })

  it('does not count a longer name that is on the never-mark list (it no longer covers anything)', () => {
    expect(report(text, '市数据局 ORG\n-市发改委联合市数据局\n', model)).toEqual([])
  })

  it('gives every longer name once, in the order of the text', () => {
    const t = '甲市数据局乙，丙市数据局丁，甲市数据局乙。'
    const m = [entity(t, '甲市数据局乙', 'ORG'), entity(t, '丙市数据局丁', 'ORG'), entity(t, '甲市数据局乙', 'ORG', 7)]
    expect(report(t, '市数据局 ORG', m)).toEqual([{ surface: '市数据局', reason: { kind: 'inside', names: ['甲市数据局乙', '丙市数据局丁'] } }])
  })

  it('names the dictionary names marked over it', () => {
    const t = '市数据局发布。'
    expect(report(t, '数据局 ORG\n市数据局 ORG\n', [])).toEqual([{ surface: '数据局', reason: { kind: 'dictionary', names: ['市数据局'] } }])
  })

  it('says when a number found by rule is marked over it', () => {
    const t = '编号A12345678。'
    const rule: PatternEntity = { start: 2, end: 11, type: 'ID', text: 'A12345678', score: 1, fromPattern: true }
    expect(report(t, 'A1234 ORG', [], [rule]).map((r) => r.reason.kind)).toEqual(['absent']) // A1234 runs on: not a whole word
    expect(report(t, 'A12345678 ORG', [], [rule]).map((r) => r.reason.kind)).toEqual([]) // the dictionary's mark is kept too
    const shown = [rule]
    expect(unmarkedEntries(t, parseLexicon('A12345678 ORG', TYPES).entries, [], shown)).toEqual([{ surface: 'A12345678', reason: { kind: 'pattern' } }])
  })

  it('matches as the dictionary does: width folded, a Latin edge a whole word', () => {
    const t = 'ＩＢＭ中国研究院与metaverse。'
    const m = [entity(t, 'ＩＢＭ中国研究院', 'ORG')]
    expect(report(t, 'IBM ORG\nmeta ORG\n', m)).toEqual([
      { surface: 'IBM', reason: { kind: 'inside', names: ['ＩＢＭ中国研究院'] } },
      { surface: 'meta', reason: { kind: 'absent' } },
    ])
  })

  it('compares as the dictionary does: Latin case, and Traditional with the table', () => {
    const t = 'MARK ANDERSON加入英偉達。'
    const entries = parseLexicon('Mark Anderson PER\n英伟达 ORG\n', TYPES).entries
    const table = new Map([['偉', '伟'], ['達', '达']])
    const lexicon = parseLexicon('Mark Anderson PER\n英伟达 ORG\n', TYPES)
    expect(unmarkedEntries(t, entries, [], applyLexicon(t, [], lexicon, { simplified: table }), { simplified: table })).toEqual([])
    // Without the table (not loaded yet) 英偉達 is not 英伟达, and the report says so as the view shows it.
    expect(unmarkedEntries(t, entries, [], applyLexicon(t, [], lexicon))).toEqual([{ surface: '英伟达', reason: { kind: 'absent' } }])
  })

  it('counts only a model name shown at the threshold as keeping an entry out', () => {
    const t = '前谷歌工程师。'
    const model = [{ ...entity(t, '前谷歌', 'PER'), score: 0.26 }]
    const lexicon = parseLexicon('谷歌 ORG', TYPES)
    expect(unmarkedEntries(t, lexicon.entries, model, applyLexicon(t, model, lexicon, { minScore: 0.3 }), { minScore: 0.3 })).toEqual([])
    expect(unmarkedEntries(t, lexicon.entries, model, applyLexicon(t, model, lexicon, { minScore: 0.2 }), { minScore: 0.2 }))
      .toEqual([{ surface: '谷歌', reason: { kind: 'inside', names: ['前谷歌'] } }])
  })

  it('says nothing of a name whose text is not analysed yet', () => {
    expect(unmarkedEntries('市数据局。', parseLexicon('市数据局 ORG', TYPES).entries, [], [])).toEqual([])
  })
})

describe('withNeverMarked', () => {
  it('writes a never-mark line for each longer name, so the entry marks; one change takes them all back', () => {
    const text = '市发改委联合市数据局发布，阿里巴巴西溪园区。'
    const model = [entity(text, '市发改委联合市数据局', 'ORG'), entity(text, '阿里巴巴西溪', 'LOC')]
    const source = '# 客户\n市数据局 ORG\n阿里巴巴 ORG\n-阿里巴巴西溪 \n'
    const done = withNeverMarked(source, ['市发改委联合市数据局', '阿里巴巴西溪'], TYPES)!
    expect(done.source).toBe('# 客户\n市数据局 ORG\n阿里巴巴 ORG\n-市发改委联合市数据局\n-阿里巴巴西溪\n')
    const shown = applyLexicon(text, model, parseLexicon(done.source, TYPES)).map((e) => `${e.text}/${e.type}`)
    expect(shown).toEqual(['市数据局/ORG', '阿里巴巴/ORG'])
    expect(withoutChange(done.source, done.change)).toBe('# 客户\n市数据局 ORG\n阿里巴巴 ORG\n-阿里巴巴西溪 \n')
  })

  it('skips a name that cannot be written as a line; null when none can', () => {
    const tooLong = '名'.repeat(51)
    expect(withNeverMarked('甲 ORG\n', [tooLong, '甲\n乙'], TYPES)).toBeNull()
    expect(withNeverMarked('', [tooLong, '乙丙'], TYPES)).toEqual({ source: '-乙丙\n', change: { surfaces: ['乙丙'], linesBefore: [] } })
  })
})

describe('neverMarkedName', () => {
  const entries = parseLexicon('週二 ORG\n-週三\n-IBM\n', TYPES).entries
  it('finds the never-mark line a selected text is on, as the line writes it', () => {
    expect(neverMarkedName(entries, '週三')).toBe('週三')
    expect(neverMarkedName(entries, 'ＩＢＭ')).toBe('IBM')
    expect(neverMarkedName(entries, 'ibm')).toBe('IBM')
    expect(neverMarkedName(parseLexicon('-周三', TYPES).entries, '週三', new Map([['週', '周']]))).toBe('周三')
  })
  it('is null for a typed entry or a text on no line', () => {
    expect(neverMarkedName(entries, '週二')).toBeNull()
    expect(neverMarkedName(entries, '週四')).toBeNull()
  })
})
