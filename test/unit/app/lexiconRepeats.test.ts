// Dictionary QA: the same file added twice doubled every line of the box, and duplicate or conflicting lines about
// one name (王小明 人名 twice; 王小明 人名 and 王小明 机构名; 王小明 人名 and -王小明) were resolved with no word said.
import { describe, expect, it } from 'vitest'
import { parseLexicon, withNewLines } from '../../../src/app/userLexicon'

const TYPES = new Map([
  ['PER', 'PER'], ['LOC', 'LOC'], ['ORG', 'ORG'],
  ['人名', 'PER'], ['地名', 'LOC'], ['机构名', 'ORG'],
])

describe('parseLexicon: lines a later line about the same name sets aside', () => {
  it('names a duplicate and the line it repeats; the entry is kept once', () => {
    const lex = parseLexicon('王小明 人名\n腾讯 ORG\n王小明 PER', TYPES)
    expect(lex.entries).toEqual([{ surface: '腾讯', type: 'ORG' }, { surface: '王小明', type: 'PER' }])
    expect(lex.problems).toEqual([]) // no bad line: the annotate CLI still takes the dictionary
    expect(lex.repeats).toEqual([{ line: 1, reason: 'duplicate', content: '王小明 人名', by: { line: 3, content: '王小明 PER' } }])
  })

  it('names a conflict and the line that takes effect, the last, whether a type or never-mark', () => {
    const typed = parseLexicon('王小明 人名\n王小明 机构名', TYPES)
    expect(typed.entries).toEqual([{ surface: '王小明', type: 'ORG' }])
    expect(typed.repeats).toEqual([{ line: 1, reason: 'overridden', content: '王小明 人名', by: { line: 2, content: '王小明 机构名' } }])

    const never = parseLexicon('王小明 人名\n  -王小明  ', TYPES)
    expect(never.entries).toEqual([{ surface: '王小明', type: null }])
    expect(never.repeats).toEqual([{ line: 1, reason: 'overridden', content: '王小明 人名', by: { line: 2, content: '-王小明' } }])

    const back = parseLexicon('-王小明\n王小明 人名', TYPES)
    expect(back.entries).toEqual([{ surface: '王小明', type: 'PER' }])
    expect(back.repeats?.map((r) => [r.line, r.reason, r.by.line])).toEqual([[1, 'overridden', 2]])
  })

  it('weighs each earlier line against the one in effect, by line; bad lines and other names are not repeats', () => {
    const lex = parseLexicon('张三 PER\n张三 ORG\n王五\n李四 LOC\n张三 人名\n李四 LOC', TYPES)
    expect(lex.repeats?.map((r) => [r.line, r.reason, r.by.line])).toEqual([[1, 'duplicate', 5], [2, 'overridden', 5], [4, 'duplicate', 6]])
    expect(lex.problems.map((p) => p.line)).toEqual([3])
    expect(parseLexicon('张三 PER\n李四 LOC\n# 张三 PER', TYPES).repeats).toBeUndefined()
  })
})

describe('withNewLines: a dictionary file added to the box', () => {
  const file = '# 客户\n王小明 人名\n腾讯 ORG\n\n-新华\n'

  it('adds nothing the second time, and says how many lines it left out', () => {
    const once = withNewLines('', file, TYPES)
    expect(once).toEqual({ source: file, added: 4, skipped: 0, repeated: 0 })
    const twice = withNewLines(once.source, file, TYPES)
    expect(twice).toEqual({ source: file, added: 0, skipped: 4, repeated: 0 })
  })

  it('leaves out an entry already in effect, however spelled, and adds those the box gives otherwise', () => {
    const box = '王小明 PER\n腾讯 LOC\n华为 ORG\n-华为'
    const merged = withNewLines(box, file, TYPES)
    // 王小明 PER is there (人名 is PER); 腾讯 is LOC there: the file's ORG is added, last, so it takes effect.
    expect(merged.source).toBe(`${box}\n# 客户\n腾讯 ORG\n\n-新华\n`)
    expect(merged).toMatchObject({ added: 3, skipped: 1 })
    expect(parseLexicon(merged.source, TYPES).entries.find((e) => e.surface === '腾讯')).toEqual({ surface: '腾讯', type: 'ORG' })
    // An entry set aside in the box (华为 ORG, then -华为) is added again from the file: the file says ORG, last.
    expect(withNewLines(box, '华为 机构名', TYPES)).toEqual({ source: `${box}\n华为 机构名\n`, added: 1, skipped: 0, repeated: 0 })
  })

  it('leaves out the file\'s own repeated entries, keeps a line that changes a name back, and drops blank lines at the ends', () => {
    const merged = withNewLines('腾讯 ORG\n', '\n\n张三 PER\n张三 人名\n张三 ORG\n张三 PER\n腾讯 机构名\n\n', TYPES)
    expect(merged.source).toBe('腾讯 ORG\n张三 PER\n张三 ORG\n张三 PER\n')
    // 张三 人名 repeats the file's own line: not "already in the dictionary"; 腾讯 机构名 is.
    expect(merged).toMatchObject({ added: 3, skipped: 1, repeated: 1 })
  })

  // Re-check QA of a49175f: the file's own repeated comment lines were dropped, and said to be in the dictionary.
  it('keeps the file\'s own repeated comments and bad lines; drops only those the box held before', () => {
    const sections = '# ----\n# 客户\n张三 人名\n# ----\n# 供应商\n华为 机构名\n# ----\n'
    // An empty box: nothing was in the dictionary, so nothing is skipped as being there.
    expect(withNewLines('', sections, TYPES)).toEqual({ source: sections, added: 7, skipped: 0, repeated: 0 })
    expect(withNewLines('', 'bad line here x\nbad line here x\n', TYPES)).toMatchObject({ added: 2, skipped: 0, repeated: 0 })
    // Added again: every line is in the box now, each of the three separators too.
    expect(withNewLines(sections, sections, TYPES)).toEqual({ source: sections, added: 0, skipped: 7, repeated: 0 })
    // A box holding one separator: the file's are all left out, its own comment and entry added.
    expect(withNewLines('# ----\n李四 PER\n', sections, TYPES)).toEqual({
      source: '# ----\n李四 PER\n# 客户\n张三 人名\n# 供应商\n华为 机构名\n', added: 4, skipped: 3, repeated: 0,
    })
  })

  it('counts an entry the box held as in the dictionary, and one only the file repeated apart', () => {
    expect(withNewLines('张三 PER\n', '张三 人名\n李四 PER\n张三 PER\n李四 人名\n', TYPES)).toEqual({
      source: '张三 PER\n李四 PER\n', added: 1, skipped: 2, repeated: 1,
    })
  })
})
