import { describe, expect, it } from 'vitest'
import { findFurniture, joinPages, lineShape } from '../../../src/app/pdfPages'

/** Pages of body lines, each with the given header before and footer after (page numbers from 1). */
function paged(bodies: string[][], header: ((page: number) => string) | null, footer: ((page: number) => string) | null): string[][] {
  return bodies.map((body, i) => [...(header ? [header(i + 1)] : []), ...body, ...(footer ? [footer(i + 1)] : [])])
}

const BODIES = [
  ['国务院总理李鹏今天在人民大会堂会见了日本客人，双方就', '两国关系交换了意见。'],
  ['新华社北京三月五日电　记者从国家统计局获悉，今年一季', '度全国经济运行平稳。'],
  ['上海市人民政府发布通知，要求各区县加强安全生产检查，'],
  ['中国科学院院士张三在会上作了报告。'],
]

describe('page furniture', () => {
  it('drops a running header and a page-number footer, keeping every line of text', () => {
    const pages = paged(BODIES, () => '工作简报（第12期）', (n) => `第 ${n} 页，共 ${BODIES.length} 页`)
    expect(joinPages(pages)).toBe(`工作简报（第12期）\n${BODIES.flat().join('\n')}`)
  })

  it('joins the halves of a sentence broken by a page end', () => {
    const pages = paged([['……国务院总'], ['理李鹏今天会见了客人。'], ['第三页的正文。']], null, (n) => `- ${n} -`)
    expect(joinPages(pages)).toBe('……国务院总\n理李鹏今天会见了客人。\n第三页的正文。')
  })

  it('finds furniture that Chromium prints after the text: header then footer, both at the bottom', () => {
    const pages = BODIES.map((body, i) => [...body, '工作简报', `${i + 1}/${BODIES.length}`])
    const marks = findFurniture(pages)
    expect(marks.map((page) => page.slice(-2))).toEqual(BODIES.map(() => [true, true]))
    expect(marks.every((page, i) => page.slice(0, BODIES[i]!.length).every((m) => !m))).toBe(true)
  })

  it('reads page numbers in full-width digits and alternating running heads', () => {
    const pages = paged(
      [...BODIES, ...BODIES],
      (n) => (n % 2 ? '中华人民共和国年鉴' : '第一章　总则'),
      (n) => String.fromCodePoint(...[...String(n)].map((d) => 0xff10 + Number(d))),
    )
    expect(joinPages(pages)).toBe(`中华人民共和国年鉴\n${[...BODIES, ...BODIES].flat().join('\n')}`)
  })

  it('keeps figures of a table that fall on page edges: they do not count up with the pages', () => {
    const pages = [['甲', '1998'], ['乙', '1203'], ['丙', '2077'], ['丁', '1500']]
    expect(findFurniture(pages).flat().some(Boolean)).toBe(false)
  })

  it('keeps lines that repeat inside a page but not on its edges', () => {
    const page = (who: string) => [`${who}甲`, `${who}乙`, `${who}丙`, '同一句话。', `${who}丁`, `${who}戊`, `${who}己`]
    expect(findFurniture([page('张'), page('李')]).flat().some(Boolean)).toBe(false)
  })

  it('keeps long lines, text seen on too few pages, and everything of a one-page document', () => {
    const long = '这是一个很长的句子，'.repeat(8)
    expect(findFurniture(BODIES.map((body) => [long, ...body])).flat().some(Boolean)).toBe(false)
    const once = paged(BODIES, (n) => (n === 2 ? '附件' : `正文${'甲乙丙丁'[n - 1]}`), null)
    expect(findFurniture(once).flat().some(Boolean)).toBe(false)
    expect(findFurniture([['工作简报', '正文。', '第 1 页']])).toEqual([[false, false, false]])
  })

  it('keeps sentences that repeat on page edges: a transcript\'s short answers and numbered questions', () => {
    // Three pages of 问/答 as Chromium prints them, the page number last; 答：是的。 ends pages 1 and 2,
    // and the numbered questions on the edges go up 5, 12, 19: all of it text.
    const pages = [
      ['询问笔录', '问：你的直接上级是谁？', '答：王芳。', '问：你是否知道李娜的去向（第5问）？', '答：是的。', '第1页'],
      ['问：你是否在北京星辰科技有限公司工作（第12问）？', '答：不知道。', '问：以上所说是否属实？', '答：王芳。', '答：是的。', '第2页'],
      ['问：你是否在北京星辰科技有限公司工作（第19问）？', '答：是的。', '以上笔录我看过，和我说的相符。', '第3页'],
    ]
    const marks = findFurniture(pages)
    expect(marks.map((page) => page.map((m, i) => (m ? page.length - i : 0)).filter(Boolean))).toEqual([[1], [1], [1]])
  })

  it('keeps numbered clauses on page edges: their numbers do not go up with the pages', () => {
    const pages = [['通知', '第1条　总则', '第19条　附则', '第20条　生效'], ['第21条　生效', '第22条　附则', '第23条　生效'], ['第24条　生效', '第25条　附则']]
    expect(findFurniture(pages).flat().some(Boolean)).toBe(false)
  })

  it('keeps a short line seen on several page edges but in different places', () => {
    const pages = [['正文甲。', '正文乙。', '正文丙。', '正文丁。', '附件一', '正文戊。'], ['附件一', '正文己。', '正文庚。', '正文辛。', '正文壬。', '正文癸。']]
    expect(findFurniture(pages).flat().some(Boolean)).toBe(false)
  })

  it('keeps every line of a mail merge: the same letter to several people, a page each', () => {
    // As Chromium prints it at 420 x 360 px: the letter wraps the same way on every page.
    const letter = (name: string) => [
      '录用通知书', `尊敬的${name}先生/女士：`, '经公司研究决定，录用您为阿里巴巴集团杭州总', '部的软件工程师，请于三月一日前到人力资源部报',
      '到，联系人王芳，电话0571-88888888。', '此致', '敬礼', '阿里巴巴集团人力资源部', '二〇二四年二月一日',
    ]
    const pages = ['张伟', '李娜', '王强', '刘洋', '陈静'].map(letter)
    expect(findFurniture(pages).flat().some(Boolean)).toBe(false)
    expect(joinPages(pages)).toBe(pages.flat().join('\n'))
    // The same letters with a running foot that numbers the pages: kept too (furniture kept only litters).
    const numbered = pages.map((lines, i) => [...lines, `第 ${i + 1} 页`])
    expect(joinPages(numbered)).toBe(numbered.flat().join('\n'))
  })

  it('still drops running heads and feet of pages whose text differs, however short the pages', () => {
    const pages = paged(BODIES, () => '内部资料', (n) => `- ${n} -`)
    expect(joinPages(pages)).toBe(`内部资料\n${BODIES.flat().join('\n')}`)
  })

  it('keeps a line that is all its pages hold, however alike the pages (QA: 2,000 one-line pages gave page 1 alone)', () => {
    const pages = Array.from({ length: 20 }, (_, i) => [`Page ${i + 1} Zhang Wei works in Beijing with Li Na at Acme.`])
    expect(joinPages(pages).split('\n')).toEqual(pages.map(([line]) => line))
    // A page number alone on a blank page or two, among pages of text, is still furniture.
    const numbered = paged([...BODIES, [], ...BODIES], null, (n) => `- ${n} -`)
    expect(joinPages(numbered).split('\n').filter(Boolean)).toEqual([...BODIES, ...BODIES].flat())
  })

  it('shapes lines without their whitespace and numbers', () => {
    expect(lineShape('第 3 页，共 12 页')).toBe(lineShape('第4页，共12页'))
    expect(lineShape('第三页')).toBe('第#页')
    expect(lineShape('  ')).toBe('')
  })
})
