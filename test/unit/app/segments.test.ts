import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { isVisible, toSegments } from '../../../src/app/segments'
import { spans } from '../support/entities'
import { displayName, filterGroups, groupMentions, mentionKey, nameFilter } from '../../../src/app/mentions'

function entity(text: string, doc: string, type: string, score = 0.9, from = 0): Entity {
  const start = doc.indexOf(text, from)
  return { start, end: start + text.length, type, text, score }
}

const doc = '新华社北京电 习近平在北京会见客人，新华社报道。'
const entities = [
  entity('新华社', doc, 'ORG'),
  entity('北京', doc, 'LOC', 0.4),
  entity('习近平', doc, 'PER'),
  entity('北京', doc, 'LOC', 0.95, 10),
  entity('新华社', doc, 'ORG', 0.8, 5),
]

describe('toSegments', () => {
  it('covers the text exactly and marks the entity pieces', () => {
    const segments = toSegments(doc, entities)
    expect(segments.map((s) => s.text).join('')).toBe(doc)
    expect(segments.filter((s) => s.entity).map((s) => s.text)).toEqual(['新华社', '北京', '习近平', '北京', '新华社'])
  })

  it('drops an entity that overlaps an earlier one instead of garbling the text', () => {
    const overlapping = [entity('新华社北京', doc, 'ORG'), entity('北京', doc, 'LOC')]
    const segments = toSegments(doc, overlapping)
    expect(segments.map((s) => s.text).join('')).toBe(doc)
    expect(segments.filter((s) => s.entity)).toHaveLength(1)
  })

  it('keeps hostile markup as plain text segments', () => {
    const hostile = '<img src=x onerror=alert(1)>北京'
    const segments = toSegments(hostile, [entity('北京', hostile, 'LOC')])
    expect(segments[0]).toEqual({ start: 0, text: '<img src=x onerror=alert(1)>' })
  })
})

describe('isVisible', () => {
  it('hides switched-off types and weak entities', () => {
    const filter = { hiddenTypes: new Set(['ORG']), minScore: 0.5 }
    expect(entities.filter((e) => isVisible(e, filter)).map((e) => e.text)).toEqual(['习近平', '北京'])
  })
})

describe('mention names', () => {
  it('takes line wraps out of a name, keeping a space between Latin words', () => {
    expect(displayName('马\n克龙')).toBe('马克龙')
    expect(displayName('中国人民\r\n  银行')).toBe('中国人民银行')
    expect(displayName('Emmanuel \nMacron')).toBe('Emmanuel Macron')
    expect(displayName('World Bank')).toBe('World Bank') // a space that is no wrap stays
  })

  it('takes letter spacing and padding out from between Chinese characters only', () => {
    expect(displayName('人 民 大 会 堂')).toBe('人民大会堂')
    expect(displayName('李\u3000强')).toBe('李强')
    expect(displayName('𠮷 野家')).toBe('𠮷野家') // a character outside the BMP is one code point
    expect(displayName('Apple 公司')).toBe('Apple 公司')
    expect(displayName('中国 ＡＢＣ')).toBe('中国 ＡＢＣ')
  })

  it('reads full-width Latin and Kangxi radicals as the plain forms', () => {
    expect(mentionKey('Ａｐｐｌｅ')).toBe(mentionKey('Apple'))
    expect(mentionKey('⼈⺠⼤会堂')).toBe(mentionKey('人民大会堂')) // ⺠ (CJK Radicals Supplement) too, which NFKC keeps
    expect(mentionKey('李\n强')).toBe('李强')
  })

  it('reads a name with invisible characters in it (zero-width space, soft hyphen, word joiner) as the name', () => {
    for (const invisible of ['\u200b', '\u00ad', '\u2060', '\ufeff']) expect(mentionKey(`张${invisible}伟`)).toBe('张伟')
    expect(groupMentions(spans('张伟，张\u200b伟', [['张伟', 'PER'], ['张\u200b伟', 'PER']]))[0]!.mentions).toHaveLength(1)
  })
})

describe('groupMentions', () => {
  it('counts a name broken over two lines with the same name written whole', () => {
    const text = '马\n克龙说马克龙'
    const groups = groupMentions([entity('马\n克龙', text, 'PER'), entity('马克龙', text, 'PER')])
    expect(groups[0]!.mentions).toEqual([{ text: '马克龙', type: 'PER', starts: [0, 5] }])
  })

  it('counts per type and per distinct mention, most frequent first', () => {
    const groups = groupMentions(entities, ['PER', 'LOC', 'ORG'])
    expect(groups.map((g) => [g.type, g.count])).toEqual([
      ['PER', 1],
      ['LOC', 2],
      ['ORG', 2],
    ])
    const loc = groups[1]!
    expect(loc.mentions).toHaveLength(1)
    expect(loc.mentions[0]!.starts).toEqual([doc.indexOf('北京'), doc.lastIndexOf('北京')])
  })

  it('puts unknown types after the known ones', () => {
    const groups = groupMentions([...entities, { start: 0, end: 1, type: 'MISC', text: '新', score: 1 }], ['PER', 'LOC', 'ORG'])
    expect(groups.map((g) => g.type)).toEqual(['PER', 'LOC', 'ORG', 'MISC'])
  })
})

describe('nameFilter and filterGroups', () => {
  const text = '北京大学在北京，北京市政府在北京。上海交通大学。'
  const groups = groupMentions(spans(text, [['北京大学', 'ORG'], ['北京', 'LOC'], ['北京市政府', 'ORG'], ['北京', 'LOC'], ['上海交通大学', 'ORG']]), ['LOC', 'ORG'])

  it('keeps every name for an empty filter', () => {
    expect(nameFilter('  ')).toBeNull()
  })

  it('narrows the groups to the names holding the filter; each heading counts what is left', () => {
    const filtered = filterGroups(groups, nameFilter('北京')!)
    expect(filtered.map((g) => [g.type, g.count, g.mentions.map((m) => m.text)])).toEqual([
      ['LOC', 2, ['北京']],
      ['ORG', 2, ['北京大学', '北京市政府']],
    ])
    expect(filterGroups(groups, nameFilter('交通')!).map((g) => [g.type, g.count])).toEqual([['ORG', 1]])
    expect(groups.map((g) => g.count)).toEqual([2, 3]) // the unfiltered groups are left as they were
  })

  it('matches as names are grouped: full-width letters, spacing and case', () => {
    const latin = groupMentions(spans('Ａｐｐｌｅ公司和李 强', [['Ａｐｐｌｅ公司', 'ORG'], ['李 强', 'PER']]))
    expect(filterGroups(latin, nameFilter('apple')!).map((g) => g.type)).toEqual(['ORG'])
    expect(filterGroups(latin, nameFilter('李强')!).map((g) => g.type)).toEqual(['PER'])
  })

  it('drops a group left with no names', () => {
    expect(filterGroups(groups, nameFilter('广州')!)).toEqual([])
  })
})
