// Which pastes into the editor are read from their HTML (pastedHtml.ts). The reading itself is htmlText's, tested
// in Chromium (test/integration/htmlText.test.ts, DOMParser being a browser API); here a stand-in records what
// it is given, and e2e spec 99g pastes through the real page.
import { describe, expect, it } from 'vitest'
import { pastedText } from '../../../src/app/pastedHtml'

/** A stand-in for htmlText: the HTML with its tags, and ruby annotations, taken out. */
const read: string[] = []
function toText(html: string): string {
  read.push(html)
  return html.replace(/<(rt|rp)\b[^>]*>[^<]*<\/\1>/gi, '').replace(/<[^>]*>/g, '')
}

describe('pastedText', () => {
  it('reads a paste with ruby annotations from its HTML, so the pinyin does not run into the name', () => {
    const html = '<meta charset="utf-8"><p><ruby>李<rt>lǐ</rt>建<rt>jiàn</rt>国<rt>guó</rt></ruby>来自<ruby>杭州<rp>(</rp><rt class="py">hángzhōu</rt><rp>)</rp></ruby>。</p>'
    expect(pastedText('李lǐ建jiàn国guó来自杭州(hángzhōu)。', html, toText)).toBe('李建国来自杭州。')
    expect(pastedText('北京', '<ruby>北京<rt/></ruby>', toText)).toBe('北京')
    expect(pastedText('孔kǒng子', '<RUBY>孔<RT>kǒng</RT>子</RUBY>', toText)).toBe('孔子')
  })

  it('leaves any other paste to the browser: its text/plain is what users expect', () => {
    read.length = 0
    expect(pastedText('王小红在上海', '<p>王小红在<b>上海</b></p>', toText)).toBeNull()
    expect(pastedText('姓名\t城市\n马云飞\t成都', '<table><tr><td>姓名</td><td>城市</td></tr><tr><td>马云飞</td><td>成都</td></tr></table>', toText)).toBeNull()
    expect(pastedText('张伟在北京', '', toText)).toBeNull()
    // Tags shown as text (pasted source code): escaped in the HTML, not ruby.
    expect(pastedText('<ruby>李<rt>lǐ</rt></ruby>', '<pre>&lt;ruby&gt;李&lt;rt&gt;lǐ&lt;/rt&gt;&lt;/ruby&gt;</pre>', toText)).toBeNull()
    expect(pastedText('<rtl> 王小红', '<p>&lt;rtl&gt; 王小红</p><article>x</article>', toText)).toBeNull()
    // Nothing on the clipboard the editor could read: not this module's business.
    expect(pastedText('', '', toText)).toBeNull()
    expect(read).toEqual([])
  })

  it('reads a clipboard with HTML and no text/plain from its HTML, or inserts nothing when it holds no text', () => {
    expect(pastedText('', '<p>王小红在<b>上海</b></p>', toText)).toBe('王小红在上海')
    // '' is "insert nothing": the paste must not take the selection away (it emptied the editor).
    expect(pastedText('', '<img src="x.png">', toText)).toBe('')
  })

  it('keeps the browser\'s text where the annotated HTML reads as nothing', () => {
    expect(pastedText('lǐ', '<ruby><rt>lǐ</rt></ruby>', toText)).toBeNull()
  })
})
