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

  it('reads a table with no header row by its richest column, and a staff list with an id column whole, the id naming it', () => {
    // No header row, so no column names a person's details: one column, the others named by number.
    const noHeader = parseRecords('冯晓东,销售部,13511223344\n邓佳怡,财务部,13655667788\n', 'csv')
    expect(noHeader).toMatchObject({ header: false, column: '1', leftOut: ['2', '3'], records: [{ id: '1', text: '冯晓东' }, { id: '2' }] })
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

// Re-check QA of b71b3fb and 4d0c12c: heuristics on the cells (Chinese labels only, no running-text column, 2+
// Chinese columns) failed both ways. An ID, No., QQ or Email column, a notes column with sentences (备注, 病史, 评语,
// 买家留言) or an address with a comma made HR, patient, student and order sheets give one column, their names, phones
// and ID numbers dropped; short reviews, posts and danmaku were read whole. Now the header decides: a column named
// as a person's details (姓名, 收货人, 电话, 身份证号, 地址, email …) and no text column named → read whole.
describe('parseRecords: a sheet is read whole when its header names a person\'s details', () => {
  it('reads whole an HR sheet with an ID column and notes written as sentences, English labels included', () => {
    const parsed = parseRecords('ID,姓名,部门,身份证号,QQ,备注\n'
      + '1,冯晓东,销售部,330106199001011234,12345678,去年从宁波分公司调入销售部，工作认真负责，妻子邓佳怡也在本公司。\n'
      + '2,田雨桐,财务部,310115198505052345,87654321,入职三年，业绩突出，家住上海市浦东新区张江镇。\n', 'csv')
    expect(parsed).toMatchObject({ header: true, column: '', idColumn: 'ID', allColumns: 6 })
    expect(parsed.leftOut).toBeUndefined()
    expect(parsed.records[0]).toEqual({ id: '1', text: 'ID：1\n姓名：冯晓东\n部门：销售部\n身份证号：330106199001011234\nQQ：12345678\n'
      + '备注：去年从宁波分公司调入销售部，工作认真负责，妻子邓佳怡也在本公司。' })
  })

  it('reads whole a patient sheet whose history runs as text, and an order sheet whose address has a comma', () => {
    expect(parseRecords('患者姓名,联系电话,病史\n'
      + '冯晓东,13511223344,自述头晕三年，曾在宁波市第一医院就诊，父亲冯建国有高血压病史。\n'
      + '邓佳怡,13655667788,两年前确诊二型糖尿病，现服用二甲双胍，由丈夫田野陪同就诊。\n', 'csv'))
      .toMatchObject({ allColumns: 3, records: [{ text: expect.stringContaining('患者姓名：冯晓东\n联系电话：13511223344\n病史：') }, {}] })
    expect(parseRecords('收货人,电话,地址\n冯晓东,13511223344,江苏省南京市鼓楼区汉口路八十八号，嘉园小区三栋二零一室\n'
      + '邓佳怡,13655667788,湖北省武汉市洪山区珞喻路十七号，华中花园五栋\n', 'csv')).toMatchObject({ allColumns: 3 })
  })

  it('reads whole a sheet with English personal names (mobile, JSON Lines buyer.name), English labels kept', () => {
    const parsed = parseRecords('order_no,consignee,mobile,ship_to,memo\n'
      + '7700112233445566,钱梦琪,13698765432,江苏省南京市鼓楼区汉口路88号3栋201室,放门卫处\n'
      + '7700112233445567,欧阳子涵,15811112222,湖北省武汉市洪山区珞喻路17号,\n', 'csv')
    expect(parsed).toMatchObject({ column: '', allColumns: 5, records: [{ text: expect.stringContaining('consignee：钱梦琪\nmobile：13698765432') }, {}] })
    expect(parseRecords('收件人,sku,地址\n钱梦琪,保温杯,南京市鼓楼区汉口路88号\n欧阳子涵,围巾,武汉市洪山区珞喻路17号\n', 'csv'))
      .toMatchObject({ allColumns: 3, records: [{ text: '收件人：钱梦琪\nsku：保温杯\n地址：南京市鼓楼区汉口路88号' }, {}] })
    // A key one level down is a column once; its object's JSON ({"name":…}) is neither read nor listed.
    const jsonl = parseRecords('{"no":"7","buyer":{"name":"田雨桐","city":"宁波"},"ship":{"addr":"浙江省宁波市海曙区中山西路9号","note":"周末送达"}}\n', 'jsonl')
    expect(jsonl).toMatchObject({ allColumns: 5, records: [{ text: 'no：7\nbuyer.name：田雨桐\nbuyer.city：宁波\nship.addr：浙江省宁波市海曙区中山西路9号\nship.note：周末送达' }] })
  })

  it('takes a first row naming personal fields as the header, over names as short as its labels', () => {
    const staff = parseRecords('姓名,部门,电话\n冯晓东,销售部,13511223344\n邓佳怡,财务部,13655667788\n', 'csv')
    expect(staff).toMatchObject({ header: true, allColumns: 3, records: [{ id: '1', text: '姓名：冯晓东\n部门：销售部\n电话：13511223344' }, { id: '2' }] })
    expect(parseRecords('联系人,城市,电话号码\n冯晓东,宁波,13511223344\n邓佳怡,南京,13655667788\n', 'csv')).toMatchObject({ header: true, allColumns: 3 })
    // A role written in every row (负责人) is data, not a column's name: no header row, one column.
    expect(parseRecords('冯晓东,负责人,13511223344\n邓佳怡,负责人,13655667788\n', 'csv')).toMatchObject({ header: false, column: '1' })
  })
})

describe('parseRecords: a sheet with no personal field keeps one column, and names the others', () => {
  it('reads short reviews, posts and danmaku by their richest column, however short', () => {
    expect(parseRecords('商品,买家昵称,评价,评分\n保温杯,小鹿,物流很快 快递小哥老周很热情,5\n围巾,阿杰,颜色正 同事韩冬也买了,4\n', 'csv'))
      .toMatchObject({ column: '评价', leftOut: ['商品', '买家昵称', '评分'], records: [{ text: '物流很快 快递小哥老周很热情' }, {}] })
    expect(parseRecords('用户名,博文,发布地点\n小鹿,今天在厦门见到韩冬老师 开心,厦门\n阿杰,苏州又下雨了 唐璐说带伞,苏州\n', 'csv'))
      .toMatchObject({ column: '博文', leftOut: ['用户名', '发布地点'] })
    expect(parseRecords('弹幕,发送者,时间\n前方高能,用户A1,00:01:02\n韩冬yyds,小鹿,00:02:10\n', 'csv')).toMatchObject({ column: '弹幕' })
  })

  it('keeps a named text column alone beside an address or English names, and English names only as whole names', () => {
    // A sheet of texts (正文, 原文: a post sheet, an annotated corpus whose gold columns are 人名, 地址).
    expect(parseRecords('name,正文\n小鹿,韩冬去了厦门。\n', 'csv')).toMatchObject({ column: '正文', leftOut: ['name'] })
    expect(parseRecords('原文,人名,地址\n韩冬去了厦门鼓浪屿。,韩冬,厦门鼓浪屿\n', 'csv')).toMatchObject({ column: '原文', leftOut: ['人名', '地址'] })
    // user_name is a post's author, not a person's details.
    expect(parseRecords('user_name,content_text,created_at\n小鹿,今天在厦门见到韩冬老师，很开心。,2025-06-01\n', 'csv'))
      .toMatchObject({ column: 'content_text', leftOut: ['user_name', 'created_at'] })
  })

  it('reads whole a sheet whose text column has a Chinese personal detail beside it (re-check QA: a hotline log)', () => {
    const hotline = parseRecords('来电人,电话,内容\n韩冬,13912345678,反映小区路灯不亮。\n唐璐,13812345678,咨询社保转移手续。\n', 'csv')
    expect(hotline.allColumns).toBe(3)
    expect(hotline.records[0]!.text).toBe('来电人：韩冬\n电话：13912345678\n内容：反映小区路灯不亮。')
    expect(parseRecords('客户姓名,联系号码,评论\n韩冬,13912345678,物流很快。\n', 'csv').allColumns).toBe(3)
    expect(parseRecords('收款人,开户行,卡号,用途\n韩冬,厦门分行,6222020200112233445,货款\n', 'csv').allColumns).toBe(4)
    // A post's link, its poster's IP place or client names no one's detail.
    expect(parseRecords('博主,博文,博文地址\n小鹿,今天去了厦门。,https://example.com/1\n', 'csv').allColumns).toBeUndefined()
    expect(parseRecords('用户名,发帖内容,发布客户端\n小鹿,今天去了厦门。,iPhone\n', 'csv').allColumns).toBeUndefined()
    expect(parseRecords('弹幕内容,IP地址,时间\n哈哈哈,127.0.0.1,00:12\n', 'csv').allColumns).toBeUndefined()
  })

  it('keeps reviews and corpora whose other columns only hold a personal word inside another (re-check QA of 968295b)', () => {
    for (const header of ['手机型号,评论,评分', '用户名,会员等级,评论内容,评分', '标题,正文,微信公众号,发布时间', '工单号,标题,内容,客户类型',
      '号码类型,短信内容,标签', '发帖人,内容,时间']) {
      const cells = header.split(',').map((name, i) => (/评论|正文|内容/u.test(name) ? '今天在厦门见到韩冬老师，很开心。' : `值${i}`))
      expect(parseRecords(`${header}\n${cells.join(',')}\n`, 'csv').allColumns, header).toBeUndefined()
    }
  })

  it('reads whole the patients\', trainees\', owners\' and policy sheets, padded and English headers too (re-check QA)', () => {
    expect(parseRecords('就诊人,科室,主诉\n韩冬,内科,头痛三天，伴有低热。\n', 'csv').allColumns).toBe(3)
    expect(parseRecords('学员,性别,年龄,籍贯,班主任\n韩冬,男,19,福建省厦门市,唐璐\n', 'csv').allColumns).toBe(5)
    expect(parseRecords('业主,房号,物业费欠费情况\n韩冬,3栋201,欠缴两个月\n', 'csv')).toMatchObject({ header: true, allColumns: 3 })
    expect(parseRecords('投保人,被保险人,保单号,备注\n韩冬,唐璐,P2025001,续保\n', 'csv')).toMatchObject({ header: true, allColumns: 4 })
    expect(parseRecords('姓  名,性  别,电  话,备  注\n韩冬,男,13912345678,无\n', 'csv')).toMatchObject({ header: true, allColumns: 4 })
    expect(parseRecords('Full Name,Phone Number,Notes\nHan Dong,13912345678,住在厦门\n', 'csv').allColumns).toBe(3)
    expect(parseRecords('投诉人,投诉内容,处理结果\n韩冬,楼下噪音扰民，多次沟通无果。,已协调\n', 'csv').allColumns).toBe(3)
    expect(parseRecords('名称,联系电话/手机,内容\n韩冬,13912345678,反映停车难。\n', 'csv').allColumns).toBe(3)
  })

  it('keeps a post sheet whose text column has another name to that column, the richest', () => {
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

  it('still reads whole an order export and a staff list with notes', () => {
    // 收件人, 手机, 收货地址 name a person's details; the notes' commas change nothing.
    expect(parseRecords(ORDERS, 'csv').allColumns).toBe(8)
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
      for (const key of ['editor.recordsReadAll', 'editor.recordsRead', 'editor.recordsReadNoHeader']) {
        const one = t(key, { name: 'a.csv', count: 1, columns: 3, column: '正文' }, { plural: 1, locale })
        const many = t(key, { name: 'a.csv', count: 4, columns: 3, column: '正文' }, { plural: 4, locale })
        expect(one).not.toMatch(/每[两兩]条|每[两兩]條|blank line/u)
        expect(one).toMatch(/1 [条條]|one record/u)
        expect(many).toMatch(/之[间間]空一行|blank line between two/u)
      }
    }
  })
})
