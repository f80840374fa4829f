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
import { createI18n } from 'vue-i18n'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'

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
    const parsed = parseRecords('{"单号":"7","买家":{"姓名":"田雨桐","城市":"宁波"},"留言":"周末送达"}\n', 'jsonl')
    expect(parsed).toMatchObject({ allColumns: 4, records: [{ text: '单号：7\n买家.姓名：田雨桐\n买家.城市：宁波\n留言：周末送达' }] })
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

// Re-check QA: English labels (order_id：, buyer_name：, user.name：) were tagged as organisations, places and people
// in every record, and the rules saw no number after them; post sheets whose text column is named otherwise than
// TEXT_NAMES has it were read whole, their authors, dates and gold labels analysed as lines of the post.
describe('parseRecords: a sheet read whole only with Chinese labels and no running-text column', () => {
  it('reads an order export with English column names by its richest column, the others named as left out', () => {
    const parsed = parseRecords('order_no,consignee,mobile,ship_to,memo\n'
      + '7700112233445566,钱梦琪,13698765432,江苏省南京市鼓楼区汉口路88号3栋201室,放门卫处\n'
      + '7700112233445567,欧阳子涵,15811112222,湖北省武汉市洪山区珞喻路17号,\n', 'csv')
    expect(parsed).toMatchObject({ column: 'ship_to', records: [{ text: '江苏省南京市鼓楼区汉口路88号3栋201室' }, {}] })
    expect(parsed.allColumns).toBeUndefined()
    expect(parsed.leftOut).toEqual(['order_no', 'consignee', 'mobile', 'memo'])
  })

  it('takes one English label among Chinese ones as English labels, and JSON Lines with English keys likewise', () => {
    expect(parseRecords('收件人,sku,地址\n钱梦琪,保温杯,南京市鼓楼区汉口路88号\n欧阳子涵,围巾,武汉市洪山区珞喻路17号\n', 'csv'))
      .toMatchObject({ column: '地址', leftOut: ['收件人', 'sku'] })
    // The richest column is a key one level down, never its object's JSON ({"addr":…}).
    const jsonl = parseRecords('{"no":"7","buyer":{"name":"田雨桐","city":"宁波"},"ship":{"addr":"浙江省宁波市海曙区中山西路9号","note":"周末送达"}}\n', 'jsonl')
    expect(jsonl).toMatchObject({ column: 'ship.addr', records: [{ text: '浙江省宁波市海曙区中山西路9号' }] })
    expect(jsonl.leftOut).toEqual(['no', 'buyer.name', 'buyer.city', 'ship.note'])
  })

  it('keeps a post sheet whose text column has another name to that column, found by its running text', () => {
    const parsed = parseRecords('发帖人,帖子正文内容,所在地,发布于\n'
      + '小鹿呦呦,今天下午和同事韩冬一起去厦门鼓浪屿看海，风景太美了！,厦门,2025-06-01\n'
      + '阿杰,唐璐说周末要带孩子去苏州博物馆参观，我们也想一起去看看。,苏州,2025-06-02\n', 'csv')
    expect(parsed).toMatchObject({ column: '帖子正文内容', records: [{ text: '今天下午和同事韩冬一起去厦门鼓浪屿看海，风景太美了！' }, {}] })
    expect(parsed.allColumns).toBeUndefined()
    expect(parsed.leftOut).toEqual(['发帖人', '所在地', '发布于'])
    // No header row either: the posts' column alone.
    expect(parseRecords('小鹿呦呦,今天下午和同事韩冬一起去厦门鼓浪屿看海，风景太美了！,厦门\n'
      + '阿杰,唐璐说周末要带孩子去苏州博物馆参观，我们也想一起去看看。,苏州\n', 'csv')).toMatchObject({ header: false, column: '2', leftOut: ['1', '3'] })
  })

  it('still reads whole a Chinese table whose richest column has no sentences, or short ones', () => {
    // The address column is the richest: no punctuation. The notes have some, but they are not the richest.
    expect(parseRecords(ORDERS, 'csv').allColumns).toBe(8)
    // Short notes with a comma are no post: the staff list stays whole.
    expect(parseRecords('姓名,科室,备注\n冯晓东,心内科,周一门诊，周三查房\n邓佳怡,儿科,周二门诊\n', 'csv')).toMatchObject({ allColumns: 3 })
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

  it('says of one record, read whole or by one column, no blank line between records, in Chinese as in English', () => {
    const { t } = createI18n({ legacy: false, locale: 'zh', messages: { en, zh, 'zh-Hant': zhHant } }).global
    for (const locale of ['zh', 'zh-Hant', 'en'] as const) {
      for (const key of ['editor.recordsReadAll', 'editor.recordsReadAllNoHeader', 'editor.recordsRead', 'editor.recordsReadNoHeader']) {
        const one = t(key, { name: 'a.csv', count: 1, columns: 3, column: '正文' }, { plural: 1, locale })
        const many = t(key, { name: 'a.csv', count: 4, columns: 3, column: '正文' }, { plural: 4, locale })
        expect(one).not.toMatch(/每[两兩]条|每[两兩]條|blank line/u)
        expect(one).toMatch(/1 [条條]|one record/u)
        expect(many).toMatch(/之[间間]空一行|blank line between two/u)
      }
    }
  })
})
