// A copy from the highlighted view: the text as it is, and HTML with the names lightly shaded and no theme colours
// (clipboard QA: a dark-theme copy pasted into Word was pale text on near-black blocks, with the marks' titles).
import { describe, expect, it } from 'vitest'
import { printShade, viewClipboard, type CopiedPiece } from '../../../src/app/viewClipboard'

const plain = (text: string): CopiedPiece => ({ text, type: null })
const name = (text: string, type: string): CopiedPiece => ({ text, type })

describe('viewClipboard', () => {
  it('gives the text itself as text/plain: no labels, no joiners', () => {
    const pieces = [plain('昨天，'), name('外交部', 'ORG'), plain('发言人'), name('林海峰', 'PER'), plain('在'), name('北京', 'LOC'), plain('表示。\n第二段。\n')]
    const { plain: text, html } = viewClipboard(pieces)
    expect(text).toBe('昨天，外交部发言人林海峰在北京表示。\n第二段。\n')
    expect(text).not.toMatch(/[\u2060\u200b]/u)
    expect(html).not.toMatch(/机构名|人名|地名|ORG|PER|LOC|title=|data-|\u2060|\u200b/u)
  })

  it('shades each name in its type\'s light colour with black text, and sets no other colour, font or background', () => {
    const { html } = viewClipboard([plain('据'), name('华为公司', 'ORG'), plain('消息，'), name('王小红', 'PER'), plain('说。')])
    expect(html).toBe('<meta charset="utf-8">据<span style="background-color:#fbf4b6;color:#000000">华为公司</span>消息，'
      + '<span style="background-color:#fbb6cb;color:#000000">王小红</span>说。')
    // The only colours in it: the names' light shades, and black.
    const colours = [...html.matchAll(/(?:background-)?color:(#[0-9a-f]{6})/g)].map((m) => m[1]!)
    for (const colour of colours) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
      const light = (Math.max(r!, g!, b!) + Math.min(r!, g!, b!)) / 2 / 255
      expect(colour === '#000000' || light >= 0.8, colour).toBe(true)
    }
    expect(html).not.toMatch(/font|rgb|hsl/)
  })

  it('keeps the light theme\'s hues, grey for names found by rule', () => {
    expect(printShade('PER')).toBe('#fbb6cb')
    expect(printShade('LOC')).toBe('#b6bbfb')
    expect(printShade('ORG')).toBe('#fbf4b6')
    expect(printShade('PHONE')).toBe('#d9d9d9')
  })

  it('makes a paragraph of each line of a selection across lines, an empty line an empty one', () => {
    const { html } = viewClipboard([plain('第一段'), name('上海', 'LOC'), plain('。\n\n第二'), plain('段。\n')])
    expect(html).toBe('<meta charset="utf-8"><p>第一段<span style="background-color:#b6bbfb;color:#000000">上海</span>。</p><p><br></p><p>第二段。</p>')
  })

  it('splits a name cut by a line break, and keeps a part of a name cut by the selection', () => {
    const { plain: text, html } = viewClipboard([name('复旦', 'ORG')])
    expect(text).toBe('复旦')
    expect(html).toBe('<meta charset="utf-8"><span style="background-color:#fbf4b6;color:#000000">复旦</span>')
    expect(viewClipboard([name('甲\n乙', 'PER')]).html).toBe('<meta charset="utf-8"><p><span style="background-color:#fbb6cb;color:#000000">甲</span></p>'
      + '<p><span style="background-color:#fbb6cb;color:#000000">乙</span></p>')
  })

  it('escapes markup in the text, and keeps runs of spaces', () => {
    const { plain: text, html } = viewClipboard([plain('<b>"A&B"</b>  x   y'), name('<i>', 'PER')])
    expect(text).toBe('<b>"A&B"</b>  x   y<i>')
    expect(html).toBe('<meta charset="utf-8">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;\u00a0 x\u00a0\u00a0 y<span style="background-color:#fbb6cb;color:#000000">&lt;i&gt;</span>')
  })

  it('gives nothing for nothing selected', () => {
    expect(viewClipboard([])).toEqual({ plain: '', html: '<meta charset="utf-8">' })
  })
})

describe('viewClipboard line breaks', () => {
  it('starts a paragraph at every line break the view shows, not at LF alone: NEL, U+2028, U+2029, CR, CR LF', () => {
    for (const br of ['\u0085', '\u2028', '\u2029', '\r', '\r\n']) {
      const { plain, html } = viewClipboard([{ text: `王小红出席${br}张建华`, type: null }])
      expect(plain).toBe(`王小红出席${br}张建华`)
      expect(html).toBe('<meta charset="utf-8"><p>王小红出席</p><p>张建华</p>')
    }
  })
})
