import { describe, expect, it } from 'vitest'
import { displayName, groupMentions, isWholeWordAt, mentionKey } from '../../../src/app/mentions'
import { toNameList } from '../../../src/app/exporters'
import { namePairs } from '../../../src/app/cooccurrence'
import { spans } from '../support/entities'

describe('displayName', () => {
  it('leaves out the invisible characters mentionKey ignores (QA: 李\\u200b强 was listed and exported as written)', () => {
    for (const invisible of ['\u200b', '\u00ad', '\ufe0f', '\u2060', '\ufeff']) {
      expect(displayName(`李${invisible}强`)).toBe('李强')
    }
    expect(displayName('李\u200b 强')).toBe('李强') // the spacing left between two Chinese characters goes too
    expect(displayName('Tim\u00ad\nCook')).toBe('Tim Cook')
  })

  it('keeps a name made of invisible characters only as it is, rather than show nothing', () => {
    expect(displayName('\u200b')).toBe('\u200b')
    expect(mentionKey('\u200b')).toBe('')
  })

  it('shows and exports the grouped name without them; the offsets are the mentions\' own', () => {
    const text = '李\u200b强昨天在北京。李强今天去了上海，李强说。'
    const found = spans(text, [['李\u200b强', 'PER'], ['北京', 'LOC'], ['李强', 'PER'], ['上海', 'LOC'], ['李强', 'PER']])
    const [people] = groupMentions(found, ['PER', 'LOC'])
    expect(people!.mentions).toEqual([{ text: '李强', type: 'PER', starts: [0, 9, 18] }])
    expect(toNameList({ text, entities: found }).split('\r\n')).toContain('PER,李强,3,0')
    expect(namePairs(text, found)[0]!.a.text).toBe('李强')
  })
})

describe('isWholeWordAt', () => {
  it('holds where a Latin edge does not run on into letters or digits; a Chinese edge may touch anything', () => {
    const at = (text: string, name: string) => isWholeWordAt(text, text.indexOf(name), text.indexOf(name) + name.length)
    expect(at('喜欢metaverse', 'meta')).toBe(false)
    expect(at('ａmeta', 'meta')).toBe(false) // a full-width letter is a letter
    expect(at('𠀀meta😀', 'meta')).toBe(true) // code points outside the BMP read whole
    expect(at('x\u200bmeta', 'meta')).toBe(false)
    expect(at('小华为公司', '华为')).toBe(true)
    expect(at('IBM中国区', 'IBM中国')).toBe(true)
    expect(at('3M中国', 'M中国')).toBe(false)
  })
})
