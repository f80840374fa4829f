// Contract step 8, last: PER spans repaired around compound surnames (复姓) and the 系 / 之夫 of legal prose. QA on
// court documents: 上官婉清 -> 婉清, 司马晓燕 -> 司马晓, 公孙玉兰 -> 孙玉兰, 尉迟欣然 -> 尉迟 (part of a redacted name
// stayed readable), 刘芳之夫 and 刘芳系 (one person, several pseudonyms). training/tests/test_surnames.py runs the
// same cases through the pipeline's repair_surnames.
import { describe, expect, it } from 'vitest'
import { repairSurnames, type TokenSpan } from '../../../src/engine/decode'

/** Repairs the spans of `text` (units = code points) and returns them as [text, type]. */
function repaired(text: string, ...spans: [from: number, to: number, type?: string][]): [string, string][] {
  const chars = [...text]
  const input: TokenSpan[] = spans.map(([from, to, type = 'PER']) => ({ from, to, type, score: 0.5 }))
  const out = repairSurnames(input, chars)
  expect(out.map((s) => s.score)).toEqual(input.map(() => 0.5))
  expect(input.map((s) => [s.from, s.to])).toEqual(spans.map(([from, to]) => [from, to])) // the input is not changed
  return out.map((s) => [chars.slice(s.from, s.to).join(''), s.type])
}

describe('repairSurnames (contract step 8)', () => {
  it('takes in a compound surname left out before a given name', () => {
    expect(repaired('审判员上官婉清。', [5, 7])).toEqual([['上官婉清', 'PER']])
    expect(repaired('审判员　　上官婉清', [7, 9])).toEqual([['上官婉清', 'PER']])
    expect(repaired('记者东方明说', [4, 5])).toEqual([['东方明', 'PER']])
  })

  it('takes in the first unit of a compound surname whose second unit the span starts with', () => {
    expect(repaired('原告公孙玉兰，', [3, 6])).toEqual([['公孙玉兰', 'PER']])
    expect(repaired('被告诸葛明辉', [3, 6])).toEqual([['诸葛明辉', 'PER']])
  })

  it('completes a name that stops one or two units after its compound surname where the name ends', () => {
    expect(repaired('《上官婉清与司马晓燕民间借贷纠纷案》', [3, 5], [6, 9])).toEqual([['上官婉清', 'PER'], ['司马晓', 'PER']])
    expect(repaired('被告司马晓燕与原告', [2, 5])).toEqual([['司马晓燕', 'PER']])
    expect(repaired('被告司马晓燕', [2, 5])).toEqual([['司马晓燕', 'PER']])
    expect(repaired('诸葛明辉、公孙玉兰', [0, 3], [6, 9])).toEqual([['诸葛明辉', 'PER'], ['公孙玉兰', 'PER']])
    expect(repaired('被告：尉迟欣然，女。', [3, 5])).toEqual([['尉迟欣然', 'PER']])
    expect(repaired('审判员　上官婉', [4, 6])).toEqual([['上官婉', 'PER']])
  })

  it('drops 系 and 之夫 (之妻, 之子 ...) that legal prose puts after a name', () => {
    expect(repaired('王建军系刘芳之夫，刘芳系个体工商户', [0, 4], [4, 8], [9, 12]))
      .toEqual([['王建军', 'PER'], ['刘芳', 'PER'], ['刘芳', 'PER']])
    expect(repaired('张三系李四之子', [3, 7])).toEqual([['李四', 'PER']])
    expect(repaired('王羲之的书法', [0, 3])).toEqual([['王羲之', 'PER']])
    expect(repaired('李系', [0, 2])).toEqual([['李系', 'PER']])
    expect(repaired('北京大学中文系', [0, 7, 'ORG'], [4, 7, 'ORG'])).toEqual([['北京大学中文系', 'ORG'], ['中文系', 'ORG']])
  })

  it('does not take in a word after a name, nor two units after a bare surname inside a clause (re-check)', () => {
    expect(repaired('我们参观了《诸葛亮传》的展览', [6, 9])).toEqual([['诸葛亮', 'PER']])
    expect(repaired('祭拜诸葛亮墓。', [2, 5])).toEqual([['诸葛亮', 'PER']])
    expect(repaired('法院审理欧阳明案。', [4, 7])).toEqual([['欧阳明', 'PER']])
    expect(repaired('这是致欧阳明函。', [3, 6])).toEqual([['欧阳明', 'PER']])
    expect(repaired('欧阳明醒，', [0, 3])).toEqual([['欧阳明', 'PER']])
    expect(repaired('我去问司马吧。', [3, 5])).toEqual([['司马', 'PER']])
    expect(repaired('这事请欧阳发言。', [3, 5])).toEqual([['欧阳', 'PER']])
    expect(repaired('找欧阳帮忙。', [1, 3])).toEqual([['欧阳', 'PER']])
    // at a clause start or after a role of legal prose a bare surname still takes two units
    expect(repaired('尉迟欣然，女。', [0, 2])).toEqual([['尉迟欣然', 'PER']])
    expect(repaired('申请人尉迟欣然，女。', [3, 5])).toEqual([['尉迟欣然', 'PER']])
  })

  it('takes in 公孙 闻人 濮阳 … on the left only where a name starts before them (老公 + 孙杰, 新闻 + 人王刚)', () => {
    expect(repaired('我老公孙杰今天出差了。', [3, 5])).toEqual([['孙杰', 'PER']])
    expect(repaired('主人公孙悟空大闹天宫。', [3, 6])).toEqual([['孙悟空', 'PER']])
    expect(repaired('外公孙建国今年八十岁。', [2, 5])).toEqual([['孙建国', 'PER']])
    expect(repaired('知名新闻人王刚表示', [5, 7])).toEqual([['王刚', 'PER']])
    expect(repaired('河南濮阳张伟涉嫌诈骗', [4, 6])).toEqual([['张伟', 'PER']])
    expect(repaired('河南宫建华说', [2, 5])).toEqual([['宫建华', 'PER']])
  })

  it('takes in 公孙 闻人 … at a clause start or after a role of legal prose', () => {
    expect(repaired('书记员　　公孙玉兰', [7, 9])).toEqual([['公孙玉兰', 'PER']])
    expect(repaired('第三人公孙玉兰与本案有利害关系', [4, 7])).toEqual([['公孙玉兰', 'PER']])
    expect(repaired('公孙玉兰和王羲之。', [1, 4], [5, 8])).toEqual([['公孙玉兰', 'PER'], ['王羲之', 'PER']])
    expect(repaired('闻人王刚说', [2, 4])).toEqual([['闻人王刚', 'PER']])
  })

  it('drops the 之 of a name followed by 妻 子 … (张三之 + 妻) and keeps 王羲之', () => {
    expect(repaired('张三之妻李四出庭作证', [0, 3], [4, 6])).toEqual([['张三', 'PER'], ['李四', 'PER']])
    expect(repaired('赵伯之子赵明', [0, 3])).toEqual([['赵伯', 'PER']])
    expect(repaired('王羲之的兰亭序', [0, 3])).toEqual([['王羲之', 'PER']])
    expect(repaired('王羲之', [0, 3])).toEqual([['王羲之', 'PER']])
  })

  it('leaves words, other types, other spans and names that go on alone', () => {
    expect(repaired('东方红卫星发射成功', [0, 2])).toEqual([['东方', 'PER']])
    expect(repaired('东方红卫星发射成功', [2, 3])).toEqual([['红', 'PER']])
    expect(repaired('司马光在会上发言', [0, 3])).toEqual([['司马光', 'PER']])
    expect(repaired('欧阳总，你好', [0, 2])).toEqual([['欧阳', 'PER']])
    expect(repaired('阿里巴巴公司马云说', [6, 8])).toEqual([['马云', 'PER']])
    expect(repaired('市长孙家正说', [2, 5])).toEqual([['孙家正', 'PER']])
    expect(repaired('上官婉清', [2, 4, 'LOC'])).toEqual([['婉清', 'LOC']])
    expect(repaired('上官婉清', [0, 2, 'LOC'], [2, 4])).toEqual([['上官', 'LOC'], ['婉清', 'PER']])
    expect(repaired('司马晓燕。', [0, 3], [3, 4])).toEqual([['司马晓', 'PER'], ['燕', 'PER']])
    expect(repaired('司马晓燕ａ', [0, 3])).toEqual([['司马晓燕', 'PER']])
    expect(repaired('司马晓燕', [0, 4])).toEqual([['司马晓燕', 'PER']])
    expect(repaired('官婉清上', [1, 3])).toEqual([['婉清', 'PER']]) // nothing before the text (Python's chars[-1] is 上)
  })
})
