import { describe, expect, it } from 'vitest'
import { joinSentences, layOut, pageFooter, pageHeader, paginate } from '../../../scripts/lib/layout'
import type { GoldSentence } from '../../../scripts/lib/gold'

const sentence = (text: string, name: string, type: string): GoldSentence => {
  const start = text.indexOf(name)
  return { text, spans: [{ start, end: start + name.length, type }], droppedTypes: [] }
}
const a = sentence('李强在北京会见了客人。', '北京', 'LOC')
const b = sentence('王毅出席。', '王毅', 'PER')

describe('eval layouts', () => {
  it('joins sentences into documents up to the length, a longer one alone', () => {
    expect([...joinSentences([a, b, a], 'newline', 17)].map((g) => g.length)).toEqual([2, 1])
    expect([...joinSentences([a, b], 'none', 5)].map((g) => g.length)).toEqual([1, 1])
  })

  it('moves every gold span along with its text, through indents and wraps', () => {
    for (const style of ['none', 'newline', 'space', 'indent'] as const) {
      for (const wrap of [0, 3, 4, 7]) {
        const doc = layOut([a, b], style, wrap)
        const names = doc.spans.map((s) => doc.text.slice(s.start, s.end).replace(/\n/g, ''))
        expect(names, `${style} wrap ${wrap}`).toEqual(['北京', '王毅'])
        if (wrap > 0) for (const line of doc.text.split('\n')) expect(line.length).toBeLessThanOrEqual(wrap)
      }
    }
    expect(layOut([a, b], 'indent').text).toBe('\u3000\u3000李强在北京会见了客人。\n\u3000\u3000王毅出席。')
  })

  it('letter-spaces each line, wraps counting the spaces, and keeps the spans on their names', () => {
    const doc = layOut([a, b], 'newline', 0, true)
    expect(doc.text).toBe('李 强 在 北 京 会 见 了 客 人 。\n王 毅 出 席 。')
    expect(doc.spans.map((s) => doc.text.slice(s.start, s.end))).toEqual(['北 京', '王 毅'])
    const wrapped = layOut([a, b], 'none', 4, true)
    expect(wrapped.text.split('\n')).toEqual(['李 强 ', '在 北 ', '京 会 ', '见 了 ', '客 人 ', '。 王 ', '毅 出 ', '席 。'])
    expect(wrapped.spans.map((s) => wrapped.text.slice(s.start, s.end))).toEqual(['北 \n京', '王 \n毅'])
  })
})

describe('paginate', () => {
  const people = ['李强', '王毅', '张明', '赵红', '刘伟', '陈静']
  const guests = ['客人', '记者', '学生', '代表', '专家', '朋友']
  const doc = layOut(people.map((name, i) => sentence(`${name}在北京会见了${guests[i]}。`, name, 'PER')), 'newline', 7)

  it('moves the gold spans across the furniture it adds, kept or dropped', () => {
    for (const drop of [false, true]) {
      const paged = paginate(doc, 3, drop)
      const names = paged.spans.map((s) => paged.text.slice(s.start, s.end).replace(/\n/g, ''))
      expect(names, `drop ${drop}`).toEqual(people)
    }
  })

  it('puts the text back without its furniture, the first header aside', () => {
    const paged = paginate(doc, 3, true)
    expect(paged.text).toBe(`${pageHeader()}\n${doc.text}`)
    const kept = paginate(doc, 3, false)
    const pages = Math.ceil(doc.text.split('\n').length / 3)
    expect(kept.text.split('\n').filter((l) => l === pageHeader())).toHaveLength(pages)
    expect(kept.text).toContain(pageFooter(2, pages))
  })
})

describe('word-spaced layout', () => {
  it('puts a space between the corpus words of each sentence, and keeps the spans on their names', () => {
    const words = (...ws: string[]): GoldSentence => {
      const text = ws.join('')
      const wordStarts = ws.map((_, i) => ws.slice(0, i).join('').length)
      const start = text.indexOf('北京')
      return { text, spans: [{ start, end: start + 2, type: 'LOC' }], droppedTypes: [], wordStarts }
    }
    const doc = layOut([words('我', '在', '北京', '。'), words('北京', '很', '大', '。')], 'newline', 0, false, true)
    expect(doc.text).toBe('我 在 北京 。\n北京 很 大 。')
    expect(doc.spans.map((s) => doc.text.slice(s.start, s.end))).toEqual(['北京', '北京'])
    expect(() => layOut([a], 'none', 0, false, true)).toThrow(/segments words/)
  })
})
