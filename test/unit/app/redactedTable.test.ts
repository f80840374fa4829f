import { describe, expect, it } from 'vitest'
import { ref, shallowRef } from 'vue'
import type { Entity } from '../../../src/engine'
import { parseRecordsTable, recordsText } from '../../../src/app/records'
import { editorLayout, emptiedColumns, followEdit, redactedCells, redactedRows, redactedTableText, tableFileContent, tableFileType } from '../../../src/app/redactedTable'
import { nameNumbering, redact, type RedactionOptions } from '../../../src/app/redact'
import { redactedCopies } from '../../../src/app/batch'
import { readImportedFile } from '../../../src/app/fileImport'
import { useBatch } from '../../../src/composables/useBatch'
import { lexiconTypeNames, parseLexicon, type UserLexicon } from '../../../src/app/userLexicon'

// A class list of my own: names, 学号, a parent's phone; one cell with a comma, one with a quote.
const ROSTER = '序号,姓名,学号,家长电话,备注\n'
  + '1,郑晓峰,20240101,13700001111,"喜欢画画，也爱踢球"\n'
  + '2,韩雪梅,20240102,13900002222,\n'
  + '3,郑晓峰,20240103,13600003333,"同名""小郑"""\n'

const NAMES = ['郑晓峰', '韩雪梅']
/** What the model would find: each name, each 11-digit phone. */
function found(text: string): Entity[] {
  const entities: Entity[] = []
  for (const name of NAMES) for (const m of text.matchAll(new RegExp(name, 'gu'))) entities.push({ start: m.index, end: m.index + name.length, type: 'PER', text: name, score: 0.99 })
  for (const m of text.matchAll(/1[3-9]\d{9}/gu)) entities.push({ start: m.index, end: m.index + 11, type: 'PHONE', text: m[0], score: 1 })
  return entities.sort((a, b) => a.start - b.start)
}
const options = (): RedactionOptions => ({ types: new Set(['PER', 'PHONE']), mode: 'pseudonym', pseudonym: (type, n) => `${type === 'PER' ? '人名' : '电话'}${n}`, numbering: nameNumbering(), everywhere: false })

describe('a records file back as its redacted table', () => {
  it('maps the editor text to its cells and gives each cell redacted, with the .txt copy’s pseudonyms', () => {
    const parsed = parseRecordsTable(ROSTER, 'csv')
    expect(parsed.allColumns).toBe(5)
    const table = parsed.table!
    const layout = editorLayout(parsed.records, table)
    // The layout's text is the editor's text exactly.
    expect(layout.text).toBe(recordsText(parsed.records))
    const entities = found(layout.text)
    const txt = redact(layout.text, entities, options())
    const cells = redactedCells(layout, (text) => redact(text, entities, options()), txt)!
    expect(cells).not.toBeNull()
    const rows = redactedRows(table, layout.cells, cells)
    expect(rows).toEqual([
      ['1', '人名1', '20240101', '电话1', '喜欢画画，也爱踢球'],
      ['2', '人名2', '20240102', '电话2', ''],
      ['3', '人名1', '20240103', '电话3', '同名"小郑"'],
    ])
    // The same pseudonyms as the .txt copy: 郑晓峰 is 人名1 in both.
    expect(txt).toContain('姓名：人名1')
    const csv = redactedTableText(table, rows)
    expect(csv).toBe('序号,姓名,学号,家长电话,备注\r\n1,人名1,20240101,电话1,喜欢画画，也爱踢球\r\n2,人名2,20240102,电话2,\r\n3,人名1,20240103,电话3,"同名""小郑"""\r\n')
    for (const secret of [...NAMES, '13700001111', '13900002222', '13600003333']) expect(csv).not.toContain(secret)
    expect(tableFileType(table)).toEqual({ ending: '.redacted.csv', mime: 'text/csv' })
    expect(tableFileContent(table, csv).startsWith('\uFEFF序号,')).toBe(true)
  })

  it('the editor’s import carries the table when asked, its layout the very text the editor gets', async () => {
    const imported = await readImportedFile(new File([ROSTER], 'roster.csv'), { table: true })
    const { table, records } = imported.recordsTable!
    expect(editorLayout(records, table).text).toBe(imported.text)
    expect((await readImportedFile(new File([ROSTER], 'roster.csv'))).recordsTable).toBeUndefined()
  })

  it('keeps the delimiter of a .tsv and of a .csv saved with semicolons, and guards cells a spreadsheet would run', () => {
    const tsv = parseRecordsTable('姓名\t电话\t说明\n郑晓峰\t13700001111\t=1+1\n', 'tsv')
    const layout = editorLayout(tsv.records, tsv.table!)
    const entities = found(layout.text)
    const cells = redactedCells(layout, (text) => redact(text, entities, options()), redact(layout.text, entities, options()))!
    const text = redactedTableText(tsv.table!, redactedRows(tsv.table!, layout.cells, cells))
    expect(text).toBe('姓名\t电话\t说明\r\n人名1\t电话1\t\'=1+1\r\n')
    expect(tableFileType(tsv.table!).ending).toBe('.redacted.tsv')
    const semicolons = parseRecordsTable('姓名;电话\n郑晓峰;"137 0000 1111; 家"\n', 'csv')
    expect(semicolons.table!.delimiter).toBe(';')
    expect(redactedTableText(semicolons.table!, [['人名1', 'a;b']])).toBe('姓名;电话\r\n人名1;"a;b"\r\n')
  })

  it('JSON Lines come back as JSON Lines, the keys in their order; nested objects give no table', () => {
    const parsed = parseRecordsTable('{"id":7,"text":"郑晓峰来电","tag":"x"}\n{"id":8,"text":"无","tag":"y"}\n', 'jsonl')
    const table = parsed.table!
    const layout = editorLayout(parsed.records, table)
    const entities = found(layout.text)
    const cells = redactedCells(layout, (text) => redact(text, entities, options()), redact(layout.text, entities, options()))!
    expect(redactedTableText(table, redactedRows(table, layout.cells, cells))).toBe('{"id":"7","text":"人名1来电","tag":""}\n{"id":"8","text":"无","tag":""}\n')
    expect(tableFileType(table).ending).toBe('.redacted.jsonl')
    expect(tableFileContent(table, 'x')).toBe('x')
    expect(parseRecordsTable('{"data":{"text":"郑晓峰"}}\n', 'jsonl').table).toBeUndefined()
  })

  it('a sheet of posts: the text column redacted, the id kept, the other columns emptied and named', () => {
    const parsed = parseRecordsTable('mid,发布时间,正文,作者\n77,2024-01-02,郑晓峰在北京,韩雪梅\n78,2024-01-03,  没有名字  ,郑晓峰\n', 'csv')
    const table = parsed.table!
    expect(emptiedColumns(table)).toEqual([1, 3])
    const layout = editorLayout(parsed.records, table)
    expect(layout.text).toBe(recordsText(parsed.records))
    const entities = found(layout.text)
    const cells = redactedCells(layout, (text) => redact(text, entities, options()), redact(layout.text, entities, options()))!
    expect(redactedRows(table, layout.cells, cells)).toEqual([['77', '', '人名1在北京', ''], ['78', '', '没有名字', '']])
  })

  it('follows edits inside a cell and refuses one across a label', () => {
    const parsed = parseRecordsTable(ROSTER, 'csv')
    const layout = editorLayout(parsed.records, parsed.table!)
    const at = layout.text.indexOf('喜欢')
    const edited = followEdit(layout, layout.text.slice(0, at) + '很' + layout.text.slice(at))!
    expect(edited).not.toBeNull()
    const cell = edited.cells.find((c) => c.row === 0 && c.column === 4)!
    expect(edited.text.slice(cell.start, cell.end)).toBe('很喜欢画画，也爱踢球')
    const later = edited.cells.find((c) => c.row === 2 && c.column === 1)!
    expect(edited.text.slice(later.start, later.end)).toBe('郑晓峰')
    // The label 学号 changed: no table.
    const label = layout.text.indexOf('学号')
    expect(followEdit(layout, layout.text.slice(0, label) + '编' + layout.text.slice(label + 1))).toBeNull()
    // A blank line between two records removed: no table.
    const blank = layout.text.indexOf('\n\n')
    expect(followEdit(layout, layout.text.slice(0, blank) + layout.text.slice(blank + 1))).toBeNull()
  })

  it('gives no cells when a replaced name runs over two cells, or the marked text redacts otherwise', () => {
    const parsed = parseRecordsTable(ROSTER, 'csv')
    const layout = editorLayout(parsed.records, parsed.table!)
    const start = layout.text.indexOf('郑晓峰')
    const across: Entity[] = [{ start, end: layout.text.indexOf('20240101') + 3, type: 'PER', text: '', score: 1 }]
    across[0]!.text = layout.text.slice(across[0]!.start, across[0]!.end)
    expect(redactedCells(layout, (text) => redact(text, across, options()), redact(layout.text, across, options()))).toBeNull()
    expect(redactedCells(layout, (text) => text, 'something else')).toBeNull()
  })
})

/** Finds the roster's names and phones, as found() does. */
function fakeEngine() {
  const analyzeMany = (texts: readonly string[]) => Promise.resolve(texts.map(found))
  const engine = { analyzeMany, helperLanes: () => [], model: shallowRef({ id: 'm', version: '1' }), modelGeneration: ref(0) }
  return engine as unknown as Parameters<typeof useBatch>[0]
}

describe('the Batch tab’s redacted copies of a records file', () => {
  it('gives roster.redacted.csv, its rows in order and its columns as in the file, named as the .txt copies name them', async () => {
    const batch = useBatch(fakeEngine(), ref<UserLexicon>(parseLexicon('', lexiconTypeNames(['PER', 'LOC', 'ORG']))))
    await batch.run([
      { file: new File([ROSTER], 'roster.csv'), path: 'roster.csv' },
      { file: new File(['韩雪梅的家长来电。'], 'note.txt'), path: 'note.txt' },
    ])
    const items = batch.items.value
    expect(items.map((i) => i.status)).toEqual(['done', 'done', 'done', 'done'])
    const { numbering: _, ...redaction } = options()
    const txt = redactedCopies(items, () => true, redaction)
    expect(txt.map((c) => c.name)).toEqual(['roster.csv#1.redacted.txt', 'roster.csv#2.redacted.txt', 'roster.csv#3.redacted.txt', 'note.redacted.txt'])
    const copies = redactedCopies(items, () => true, { ...redaction, tables: true })
    expect(copies.map((c) => c.name)).toEqual(['roster.redacted.csv', 'note.redacted.txt'])
    expect(copies[0]!.text).toBe('\uFEFF序号,姓名,学号,家长电话,备注\r\n1,人名1,20240101,电话1,喜欢画画，也爱踢球\r\n2,人名2,20240102,电话2,\r\n3,人名1,20240103,电话3,"同名""小郑"""\r\n')
    // 韩雪梅 is 人名2 in the table and in the note, as in the .txt copies.
    expect(txt[1]!.text).toContain('人名2')
    expect(copies[1]!.text).toBe('人名2的家长来电。')
    // Numbered copies: the table is one of them, with its own ending.
    expect(redactedCopies(items, () => true, { ...redaction, tables: true, numbered: true }).map((c) => c.name)).toEqual(['001.redacted.csv', '002.redacted.txt'])
  })
})
