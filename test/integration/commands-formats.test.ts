// Labelled files read as what they are: eval's readers take one character per line (a word is an error, not
// its first character), and npm run annotate reads them with --format or warns when they come as text; the
// output file and progress lines of annotate as a log or a scorer needs them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { looksLabelled, readGold, type GoldFormat } from '../../scripts/lib/gold'
import { toConll } from '../../src/app/exporters'
import type { Entity } from '../../src/engine/types'

const work = mkdtempSync(join(tmpdir(), 'shiti-formats-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

async function read(format: GoldFormat, content: string) {
  const path = file(`read.${format}`, content)
  const sentences = []
  try {
    for await (const s of readGold(path, format)) sentences.push({ text: s.text, spans: s.spans.map((p) => [s.text.slice(p.start, p.end), p.type]) })
  } catch (error) {
    return (error as Error).message.replace(work, '')
  }
  return sentences
}

describe('BIO and BMES readers take one character per line', () => {
  it('stop at a word, naming its file and line, instead of keeping its first character', async () => {
    expect(await read('bio', '据\tO\n北京\tB-LOC\n消\tO\n\n')).toBe(
      '/read.bio:2: one character per line expected; got a word: 北京 — convert word-level CoNLL to characters first')
    expect(await read('bmes', '高 B-NAME\n勇 E-NAME\n\n在 O\nApple S-ORG\n')).toMatch(/^\/read\.bmes:5: one character per line expected; got a word: Apple/)
    // A number is a word too, unless the whole sentence is Weibo's: each character and its position, from 0.
    expect(await read('bio', '2024\tO\n年\tO\n')).toMatch(/^\/read\.bio:1: .*got a word: 2024/)
  })

  it('read a character with combining marks whole, as the page\'s CoNLL export writes it', async () => {
    const text = '李华和José（Jose\u0301）在北京。'
    const entity = (name: string, type: string): Entity => {
      const start = text.indexOf(name)
      return { start, end: start + name.length, type, text: name, score: 1 }
    }
    const conll = toConll({ text, entities: [entity('李华', 'PER'), entity('Jose\u0301', 'PER'), entity('北京', 'LOC')] } as Parameters<typeof toConll>[0])
    expect(conll).toContain('e\u0301\tI-PER\n')
    expect(await read('bio', conll)).toEqual([{ text, spans: [['李华', 'PER'], ['Jose\u0301', 'PER'], ['北京', 'LOC']] }])
    // An emoji of several code points, written as one token by another tool.
    expect(await read('bio', '👨‍👩‍👧\tO\n李\tB-PER\n娜\tI-PER\n')).toEqual([{ text: '👨‍👩‍👧李娜', spans: [['李娜', 'PER']] }])
  })

  it('still strip Weibo\'s word positions, the digit 0 at position 11 included', async () => {
    expect(await read('bio', '在0\tO\n第0\tO\n011\tO\n李0\tB-PER.NAM\n巾1\tI-PER.NAM\n\n��0\tO\n好0\tO\n')).toEqual([
      { text: '在第0李巾', spans: [['李巾', 'PER']] },
      { text: '\uFFFD好', spans: [] },
    ])
  })

  it('say that a character read as its tag alone is whitespace', async () => {
    expect(await read('bio', '李\tB-PER\n\u3000\tO\n')).toMatch(/^\/read\.bio:2: the character before the tag "O" is whitespace \(U\+3000\)/)
    expect(await read('bio', '李\tB-PER\n\u00a0\tO\n')).toMatch(/whitespace \(U\+00A0\)/)
  })
})

describe('looksLabelled', () => {
  it('names MSRA chunks and character-and-tag lines', () => {
    expect(looksLabelled(['但/o 农村/o 市场/o 潜力/o 很/o 大/o ，/o', '毕竟/o 我国/o 南方/ns 潮/o'])).toBe('msra')
    expect(looksLabelled(['李\tB-PER', '娜\tI-PER', '在\tO', '', '北\tB-LOC', '京\tI-LOC'])).toBe('bio')
    expect(looksLabelled(['高 B-NAME', '勇 E-NAME', '： O', '汉 S-RACE'])).toBe('bmes')
    expect(looksLabelled(['科0\tO', '技1\tO', '李0\tB-PER.NAM'])).toBe('bio')
  })

  it('leaves ordinary text alone, with a slash or a URL in it', () => {
    expect(looksLabelled(['习近平在北京会见了联合国秘书长古特雷斯。', '张伟和王芳去了杭州西湖。'])).toBeUndefined()
    expect(looksLabelled(['报名请上 https://example.com/o 或 http://a.cn/ns 查看', '和/或 是常见写法，km/h 也是。'])).toBeUndefined()
    expect(looksLabelled(['A', 'O', '好', ''])).toBeUndefined()
    expect(looksLabelled([])).toBeUndefined()
  })
})
