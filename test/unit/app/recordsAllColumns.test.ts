// A records file with no text column, a table of records (an order export, a staff list): every column is read, a
// `name：value` line each, so its names, phones and numbers are analysed and redacted (e-commerce QA: an order
// export kept only its 地址 column, its recipients, phones, order numbers and notes dropped without a word). A sheet
// of posts still gives its text column alone, and the columns it leaves out are named. Rows made up here.
import { describe, expect, it } from 'vitest'
import { ref, shallowRef } from 'vue'
import type { Entity } from '../../../src/engine'
import { parseRecords, recordsText } from '../../../src/app/records'
import { readImportedFile, readRecordsFile } from '../../../src/app/fileImport'
import { findPatterns } from '../../../src/app/patterns'
import { useBatch } from '../../../src/composables/useBatch'
import { lexiconTypeNames, parseLexicon, type UserLexicon } from '../../../src/app/userLexicon'

const ORDERS = [
  '订单号,下单日期,货品,收件人,手机,收货地址,运单号,留言',
  '9900123456781234,2025-11-02 10:15,保温杯 500ml,钱梦琪,13698765432,江苏省南京市鼓楼区汉口路88号3栋201室,SF2233445566778,放在门卫处，交给门卫老周',
  '9900123456781235,2025-11-03 18:40,羊毛围巾 灰色,"欧阳子涵",15811112222,湖北省武汉市洪山区珞喻路17号,,',
].join('\r\n') + '\r\n'

describe('parseRecords: a table of records with no text column (e-commerce QA)', () => {
  it('reads every column of an order export, a labelled line per non-empty cell, in column order', () => {
    const parsed = parseRecords(ORDERS, 'csv')
    expect(parsed).toMatchObject({ column: '', idColumn: null, header: true, allColumns: 8 })
    expect(parsed.leftOut).toBeUndefined()
    expect(parsed.records.map((r) => r.text)).toEqual([
      '订单号：9900123456781234\n下单日期：2025-11-02 10:15\n货品：保温杯 500ml\n收件人：钱梦琪\n手机：13698765432\n'
        + '收货地址：江苏省南京市鼓楼区汉口路88号3栋201室\n运单号：SF2233445566778\n留言：放在门卫处，交给门卫老周',
      // The empty 运单号 and 留言 cells give no line.
      '订单号：9900123456781235\n下单日期：2025-11-03 18:40\n货品：羊毛围巾 灰色\n收件人：欧阳子涵\n手机：15811112222\n收货地址：湖北省武汉市洪山区珞喻路17号',
    ])
  })

  it('lets the labels lead the rules to the order numbers, which the address column alone never held', () => {
    const text = recordsText(parseRecords(ORDERS, 'csv').records)
    const found = findPatterns(text).map((e) => [e.type, e.text])
    expect(found).toContainEqual(['RECORD_NUMBER', '9900123456781234'])
    expect(found).toContainEqual(['PHONE', '13698765432'])
  })

  it('reads a table with no header row as 第N列： lines, and a staff list with an id column whole, the id naming it', () => {
    const noHeader = parseRecords('冯晓东,销售部,13511223344\n邓佳怡,财务部,13655667788\n', 'csv')
    expect(noHeader).toMatchObject({ header: false, allColumns: 3, records: [{ id: '1', text: '第1列：冯晓东\n第2列：销售部\n第3列：13511223344' }, { id: '2' }] })
    const staff = parseRecords('编号,姓名,部门\nA17,冯晓东,销售部\nA18,邓佳怡,财务部\n', 'csv')
    expect(staff).toMatchObject({ idColumn: '编号', allColumns: 3, records: [{ id: 'A17', text: '编号：A17\n姓名：冯晓东\n部门：销售部' }, { id: 'A18' }] })
  })

  it('reads JSON Lines keys one level down once, not again as their object\'s JSON', () => {
    const parsed = parseRecords('{"no":"7","buyer":{"name":"田雨桐","city":"宁波"},"note":"周末送达"}\n', 'jsonl')
    expect(parsed).toMatchObject({ allColumns: 4, records: [{ text: 'no：7\nbuyer.name：田雨桐\nbuyer.city：宁波\nnote：周末送达' }] })
  })
})

describe('parseRecords: a sheet of posts keeps its text column alone, and names the columns it leaves out', () => {
  it('takes the named text column and lists the others that hold something, in column order', () => {
    const parsed = parseRecords('帖子ID,作者,发布时间,正文,空列,点赞数\n31,小鹿,2025-06-01,韩冬去了厦门。,,12\n32,阿杰,2025-06-02,唐璐在苏州。,,0\n', 'csv')
    expect(parsed).toMatchObject({ column: '正文', idColumn: '帖子ID', records: [{ id: '31', text: '韩冬去了厦门。' }, { id: '32', text: '唐璐在苏州。' }] })
    expect(parsed.leftOut).toEqual(['帖子ID', '作者', '发布时间', '点赞数'])
    expect(parsed.allColumns).toBeUndefined()
  })

  it('keeps a post sheet with an author or a Chinese date beside an unnamed text column to that column', () => {
    expect(parseRecords('作者,帖文\n小鹿,韩冬去了厦门。\n', 'csv')).toMatchObject({ column: '帖文', leftOut: ['作者'] })
    expect(parseRecords('发表于,帖文\n6月1日,韩冬去了厦门。\n6月2日,唐璐在苏州。\n', 'csv')).toMatchObject({ column: '帖文', leftOut: ['发表于'] })
    // No header row: the columns left out are numbered.
    expect(parseRecords('1001,韩冬去了厦门，住在鼓浪屿。\n1002,唐璐在苏州。\n', 'csv')).toMatchObject({ header: false, column: '2', leftOut: ['1'] })
  })
})

/** Finds nothing; keeps the texts it was given. */
function quietEngine() {
  const analysed: string[] = []
  const analyzeMany = (texts: readonly string[]) => {
    analysed.push(...texts)
    return Promise.resolve(texts.map((): Entity[] => []))
  }
  const engine = { analyzeMany, helperLanes: () => [], model: shallowRef({ id: 'm', version: '1' }), modelGeneration: ref(0) }
  return { engine: engine as unknown as Parameters<typeof useBatch>[0], analysed }
}

describe('an order export opened in the editor and in the Batch tab', () => {
  it('gives the editor every column and says so, and the Batch tab the same text per record', async () => {
    const file = () => new File([ORDERS], 'orders.csv')
    const imported = await readImportedFile(file())
    expect(imported.records).toEqual({ count: 2, column: '', header: true, allColumns: 8 })
    expect(imported.text).toContain('收件人：钱梦琪\n手机：13698765432')
    const { records } = await readRecordsFile(file())
    expect(recordsText(records)).toBe(imported.text)

    const { engine, analysed } = quietEngine()
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', lexiconTypeNames(['PER', 'LOC', 'ORG']))))
    await batch.run([{ file: file(), path: 'orders.csv' }])
    expect(batch.items.value.map((item) => item.name)).toEqual(['orders.csv#1', 'orders.csv#2'])
    expect(analysed.join('\n\n')).toBe(imported.text)
  })

  it('says in the editor which columns a post sheet left out', async () => {
    const imported = await readImportedFile(new File(['id,text,city\n1,韩冬去了厦门。,厦门\n'], 'posts.csv'))
    expect(imported.records).toEqual({ count: 1, column: 'text', header: true, leftOut: ['id', 'city'] })
  })
})
