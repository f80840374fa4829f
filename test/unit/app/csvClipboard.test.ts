import { describe, expect, it } from 'vitest'
import { csvAsHtmlTable, htmlTable, parseCsv } from '../../../src/app/csvClipboard'
import { csvTable, toCsv } from '../../../src/app/exporters'

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' }

/** The cells of the table, rows in order, as a browser reads them: entities decoded, a <br> a line break. Asserts
 *  that a cell holds no markup but its <br>s (no DOM in these tests: the e2e spec reads the clipboard's copy). */
function cellsOf(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row = '']) => [...row.matchAll(/<(th|td)>(.*?)<\/\1>/g)].map(([, , cell = '']) => {
    const text = cell.replaceAll('<br style="mso-data-placement:same-cell">', '\n')
    expect(text).not.toMatch(/[<>]/)
    return text.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity)
  }))
}

describe('parseCsv', () => {
  it('reads back what csvTable wrote: quotes doubled, commas, semicolons, CR LF inside cells, empty cells, CJK', () => {
    const rows = [
      ['name', 'note', 'n'],
      ['林海峰', '说"你好"，再见', '2'],
      ['a,b', 'x;y', ''],
      ['北\r\n京市', '', '😀'],
    ]
    expect(parseCsv(csvTable(rows))).toEqual(rows)
  })

  it('keeps the formula guard as the CSV wrote it', () => {
    expect(parseCsv(csvTable([['text'], ['=SUM(A1)'], ['+1'], ['-2'], ['@x'], ['\tt']]))).toEqual([['text'], ["'=SUM(A1)"], ["'+1"], ["'-2"], ["'@x"], ["'\tt"]])
  })

  it('takes a lone LF or CR as a row end, and a last row without one', () => {
    expect(parseCsv('a,b\nc,d\re,f')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']])
    expect(parseCsv('')).toEqual([])
    expect(parseCsv('a\r\n\r\n')).toEqual([['a'], ['']])
  })
})

describe('htmlTable', () => {
  it('writes the first row as the header and the rest as cells, no style', () => {
    const html = htmlTable([['type', 'name'], ['PER', '王小红']])
    expect(html).toContain('<thead><tr><th>type</th><th>name</th></tr></thead><tbody><tr><td>PER</td><td>王小红</td></tr></tbody>')
    expect(html).not.toMatch(/style="(?!mso-data-placement)/)
    expect(htmlTable([['type']])).not.toContain('<tbody>')
  })

  it('escapes markup in names: it stays text, no element or attribute gets in', () => {
    const name = '<img src=x onerror=alert(1)>&"\'</td><script>x</script>'
    const html = htmlTable([['name'], [name]])
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html.match(/<td>/g)).toHaveLength(1)
    expect(cellsOf(html)).toEqual([['name'], [name]])
  })

  it('keeps a line break inside a cell in that cell', () => {
    const html = htmlTable([['text'], ['北\r\n京市']])
    expect(html).toContain('北<br style="mso-data-placement:same-cell">京市')
    expect(cellsOf(html)).toEqual([['text'], ['北\n京市']])
  })
})

describe('csvAsHtmlTable', () => {
  it("holds the entity CSV's cells, the guarded ones with their leading ', CJK and empty cells as they are", () => {
    const text = '=SUM(A1) 林海峰 <b>'
    const entities = [
      { start: 0, end: 8, type: 'MISC', text: '=SUM(A1)', score: 0.5 },
      { start: 9, end: 12, type: 'PER', text: '林海峰', score: 0.98765 },
      { start: 13, end: 16, type: 'ORG', text: '<b>', score: 0.9 },
    ]
    const csv = toCsv({ text, entities })
    const cells = cellsOf(csvAsHtmlTable(csv))
    expect(cells).toEqual(parseCsv(csv))
    expect(cells.map((row) => row[3])).toEqual(['text', "'=SUM(A1)", '林海峰', '<b>'])
    expect(cellsOf(csvAsHtmlTable('a,b,c\r\n,,x\r\n'))).toEqual([['a', 'b', 'c'], ['', '', 'x']])
  })
})
