import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { namesInLines } from '../../../src/app/namesInLines'

/** A stand-in model: every occurrence of `names` in each text, and the texts it was given. */
function fakeModel(...names: string[]) {
  const calls: string[][] = []
  const analyze = async (texts: readonly string[]): Promise<Entity[][]> => {
    calls.push([...texts])
    return texts.map((text) => names.flatMap((name) => {
      const out: Entity[] = []
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, type: 'PER', text: name, score: 0.9 })
      return out
    }))
  }
  return { analyze, calls }
}

describe('namesInLines', () => {
  it('reads every line in one call and gives each name back with its offsets in its own line', async () => {
    const { analyze, calls } = fakeModel('王小明', '陈思远')
    const found = await namesInLines(['王小明_简历', '通知', '13912345678_陈思远'], analyze)
    expect(calls).toEqual([['王小明_简历\n通知\n13912345678_陈思远']])
    expect(found).toEqual([
      [{ start: 0, end: 3, type: 'PER', text: '王小明', score: 0.9 }],
      [],
      [{ start: 12, end: 15, type: 'PER', text: '陈思远', score: 0.9 }],
    ])
  })

  it('cuts a name read across two lines to the part in each, and reads a line\'s own breaks as spaces', async () => {
    const { analyze, calls } = fakeModel('明\n陈')
    expect(await namesInLines(['王小明', '陈思远'], analyze)).toEqual([
      [{ start: 2, end: 3, type: 'PER', text: '明', score: 0.9 }],
      [{ start: 0, end: 1, type: 'PER', text: '陈', score: 0.9 }],
    ])
    await namesInLines(['a\r\nb'], analyze)
    expect(calls[1]).toEqual(['a  b'])
  })

  it('leaves the separators at a name\'s edges out (the model gave 张三_ for 张三_身份证复印件)', async () => {
    const { analyze } = fakeModel('张三_', '(李四)')
    expect((await namesInLines(['张三_身份证复印件', '合同(李四)'], analyze)).flat().map((e) => [e.text, e.start, e.end])).toEqual([['张三', 0, 2], ['李四', 3, 5]])
  })

  it('calls nothing for blank lines, and passes the model\'s failure on', async () => {
    const { analyze, calls } = fakeModel()
    expect(await namesInLines(['', ' '], analyze)).toEqual([[], []])
    expect(calls).toEqual([])
    await expect(namesInLines(['王小明'], () => Promise.reject(new Error('no model')))).rejects.toThrow('no model')
  })
})
