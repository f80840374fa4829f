import { describe, expect, it } from 'vitest'
import { ref, shallowRef, watch } from 'vue'
import type { Entity } from '../../../src/engine'
import { MAX_RECORDS, parseRecords, recordsFormat, recordsText, RecordsError } from '../../../src/app/records'
import { fileKind, IMPORT_ACCEPT, readImportedFile, readRecordsFile } from '../../../src/app/fileImport'
import { batchCsv, batchJsonl, redactedCopies } from '../../../src/app/batch'
import { useBatch } from '../../../src/composables/useBatch'
import { lexiconTypeNames, parseLexicon, type UserLexicon } from '../../../src/app/userLexicon'

describe('parseRecords: CSV and TSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks inside, and takes the text and id columns by name', () => {
    const csv = 'mid,发布时间,微博正文,转发数\r\n'
      + '4801,2024-05-01,"王建国说：""今天很好""，赵丽也来了。",3\r\n'
      + '4802,2024-05-02,"第一行，有逗号\r\n第二行：孙悦在杭州",0\r\n'
      + '\r\n' // a blank row is skipped
      + '4803,2024-05-03,没有引号的一条,7'
    expect(parseRecords(csv, 'csv')).toEqual({
      column: '微博正文',
      idColumn: 'mid',
      header: true,
      leftOut: ['mid', '发布时间', '转发数'],
      records: [
        { id: '4801', text: '王建国说："今天很好"，赵丽也来了。' },
        { id: '4802', text: '第一行，有逗号\r\n第二行：孙悦在杭州' },
        { id: '4803', text: '没有引号的一条' },
      ],
    })
  })

  it('drops a byte-order mark, matches names in any case, and numbers the rows when no column is an id', () => {
    expect(parseRecords('\uFEFFAuthor,Content\n小王,张三在北京。\n小李,"李四,王五"\n', 'csv')).toEqual({
      column: 'Content', idColumn: null, header: true, leftOut: ['Author'],
      records: [{ id: '1', text: '张三在北京。' }, { id: '2', text: '李四,王五' }],
    })
  })

  it('finds a .csv saved with semicolons or tabs from its header line, and reads .tsv with tabs', () => {
    const semicolons = 'ID;text;likes\n7;"陈静; 刘洋";2\n8;周敏;0\n'
    expect(parseRecords(semicolons, 'csv').records).toEqual([{ id: '7', text: '陈静; 刘洋' }, { id: '8', text: '周敏' }])
    const tabs = 'id\tbody\n1\t黄磊,何炅\n'
    expect(parseRecords(tabs, 'csv').records).toEqual([{ id: '1', text: '黄磊,何炅' }])
    expect(parseRecords(tabs, 'tsv').records).toEqual([{ id: '1', text: '黄磊,何炅' }])
  })

  it('with no column named as a text, takes the one with the most Chinese characters', () => {
    const csv = 'post,url,标题,说明\n1,https://example.com/a,短,马云和马化腾在深圳见面。\n2,https://example.com/b,短,雷军去了武汉大学。\n'
    const parsed = parseRecords(csv, 'csv')
    expect(parsed.column).toBe('说明')
    expect(parsed.records.map((r) => r.text)).toEqual(['马云和马化腾在深圳见面。', '雷军去了武汉大学。'])
  })

  it('keeps an empty id cell to the row number, and an id with a slash out of path names', () => {
    expect(parseRecords('id,text\n,甲\na/b,乙\n', 'csv').records).toEqual([{ id: '1', text: '甲' }, { id: 'a_b', text: '乙' }])
  })
})

describe('parseRecords: a sheet of announcements by securities code (compliance QA)', () => {
  it('names each record by its code column, leading zeros kept, and still takes the text column', () => {
    const csv = '代码,公告标题,正文\n000002,关于董事辞职的公告,董事周某因个人原因辞职。\n000002,关于回购进展的公告,公司累计回购股份。\n600000,年度报告摘要,本行实现营业收入。\n'
    expect(parseRecords(csv, 'csv')).toEqual({
      column: '正文', idColumn: '代码', header: true, leftOut: ['代码', '公告标题'],
      records: [
        { id: '000002', text: '董事周某因个人原因辞职。' },
        { id: '000002 (2)', text: '公司累计回购股份。' },
        { id: '600000', text: '本行实现营业收入。' },
      ],
    })
    // Without a text column's name, the code is still no text: the Chinese column is.
    const tickers = 'Ticker,摘要\n0005.HK,某银行发布盈利预告。\n300015.SZ,某眼科医院披露收购事项。\n'
    expect(parseRecords(tickers, 'csv')).toMatchObject({ column: '摘要', idColumn: 'Ticker' })
    expect(parseRecords(tickers, 'csv').records.map((r) => r.id)).toEqual(['0005.HK', '300015.SZ'])
    expect(parseRecords('序号,证券代码,内容\n1,002475,甲\n2,000333,乙\n', 'csv').records.map((r) => r.id)).toEqual(['002475', '000333'])
  })

  it('takes a column named code only where its cells differ: an API\'s status code is no record\'s id', () => {
    const jsonl = '{"code": 0, "data": {"text": "张三在北京。"}}\n{"code": 0, "data": {"text": "李四在上海。"}}\n'
    expect(parseRecords(jsonl, 'jsonl')).toMatchObject({ column: 'data.text', idColumn: null })
    expect(parseRecords('{"code": "000001", "text": "甲"}\n{"code": "600519", "text": "乙"}\n', 'jsonl').records.map((r) => r.id)).toEqual(['000001', '600519'])
  })
})

describe('parseRecords: JSON Lines', () => {
  it('reads an object per line, skipping blank lines, taking text and id keys by name', () => {
    const jsonl = '{"id": 11, "content": "杨紫和肖战在横店。"}\n\n{"id": "12", "content": "吴京", "tags": ["a"]}\r\n'
    expect(parseRecords(jsonl, 'jsonl')).toEqual({
      column: 'content', idColumn: 'id', header: true, leftOut: ['id', 'tags'],
      records: [{ id: '11', text: '杨紫和肖战在横店。' }, { id: '12', text: '吴京' }],
    })
  })

  it('says which line is no JSON object', () => {
    const bad = '{"text": "一"}\n\n{"text": "二"\n'
    expect(() => parseRecords(bad, 'jsonl')).toThrow(RecordsError)
    expect(() => parseRecords(bad, 'jsonl')).toThrow(expect.objectContaining({ line: 3 }))
    expect(() => parseRecords('{"text": "一"}\n[1, 2]\n', 'jsonl')).toThrow(expect.objectContaining({ line: 2 }))
  })
})

describe('parseRecords: header rows, ids, stray commas and quotes (re-check of 686bf2e)', () => {
  it('reads a sheet with no header row as all records, numbered from 1, the first post kept', () => {
    const posts = '国务院总理李强会见了张伟。\n北京大学王小明教授发言。\n上海市长李华讲话。\n'
    expect(parseRecords(posts, 'csv')).toEqual({
      column: '1', idColumn: null, header: false,
      records: [{ id: '1', text: '国务院总理李强会见了张伟。' }, { id: '2', text: '北京大学王小明教授发言。' }, { id: '3', text: '上海市长李华讲话。' }],
    })
    const withIds = parseRecords('1001,国务院总理李强会见了张伟。\n1002,北京大学王小明教授发言。\n', 'csv')
    expect([withIds.header, withIds.column, withIds.records.map((r) => r.text)]).toEqual([false, '2', ['国务院总理李强会见了张伟。', '北京大学王小明教授发言。']])
  })

  it('still takes a first row of short labels as the header, named as known or not', () => {
    // No Han in the label where the rows have some; a Chinese label much shorter than the posts.
    expect(parseRecords('k,v\n1,赵云在常州开了一家书店。\n', 'csv')).toMatchObject({ header: true, column: 'v', records: [{ id: '1' }] })
    const chinese = parseRecords('日期\t帖文\n3月1日\t刘备和关羽今天在涿州见面了。\n3月2日\t诸葛亮去了成都。\n', 'tsv')
    expect([chinese.header, chinese.column, chinese.records.length]).toEqual([true, '帖文', 2])
    expect(parseRecords('句子\n刘备和关羽今天在涿州见面了。\n', 'csv')).toMatchObject({ header: true, column: '句子' })
    expect(parseRecords('uid,发帖\n42,张飞\n', 'csv').header).toBe(true) // a known column name, short post or not
  })

  it('keeps a short first post of a one-column sheet as a record, a Chinese header word it does not know too (re-check QA)', () => {
    for (const first of ['张伟好帅', '哈哈哈', '转发微博', '好评']) {
      const read = parseRecords(`${first}\n李娜在北京工作，她今天去了上海出差。\n王刚和赵敏在杭州开会，讨论新项目的进度。\n`, 'csv')
      expect([read.header, read.records.map((r) => r.text)[0]], first).toEqual([false, first])
    }
    expect(parseRecords('帖文\n刘备和关羽今天在涿州见面了。\n', 'csv').records.map((r) => r.text)).toEqual(['帖文', '刘备和关羽今天在涿州见面了。'])
  })

  it('takes a post id, not a user id, and tells repeated ids apart', () => {
    const byUser = parseRecords('uid,微博正文\n42,张伟去北京\n42,李娜去上海\n', 'csv')
    expect([byUser.idColumn, byUser.records.map((r) => r.id)]).toEqual([null, ['1', '2']])
    expect(parseRecords('user_id,微博ID,微博正文\n42,4890000000000001,周杰伦\n', 'csv')).toMatchObject({ idColumn: '微博ID', records: [{ id: '4890000000000001' }] })
    for (const name of ['weibo_id', 'tweet_id', 'status_id', '帖子ID', 'mblogid', 'bid']) {
      expect(parseRecords(`${name},text\n7,王五\n`, 'csv').idColumn).toBe(name)
    }
    expect(parseRecords('id,text\n42,甲\n42,乙\n42 (2),丙\n42,丁\n', 'csv').records.map((r) => r.id)).toEqual(['42', '42 (2)', '42 (2) (2)', '42 (3)'])
  })

  it('keeps a one-column sheet\'s rows whole, commas and tabs in them', () => {
    expect(parseRecords('text\n张伟, 李娜和王刚去了北京\n李明,你好\n', 'csv').records.map((r) => r.text)).toEqual(['张伟, 李娜和王刚去了北京', '李明,你好'])
    expect(parseRecords('text\n张伟\t李娜\n', 'tsv').records.map((r) => r.text)).toEqual(['张伟\t李娜'])
  })

  it('refuses a quote never closed, naming the line it opens on, rather than read every later row as one', () => {
    expect(() => parseRecords('id,text\n1,"张伟去北京\n2,李娜去上海\n3,王刚\n', 'csv')).toThrow(expect.objectContaining({ line: 2, reason: 'quote' }))
    // Closed only by a stray quote 60 rows further on: the rows in between are not one post's lines.
    const rows = Array.from({ length: 60 }, (_, i) => `${i + 3},第${i + 3}条`).join('\n')
    expect(() => parseRecords(`id,text\n1,甲\n2,"乙\n${rows}\n99,"尾"\n`, 'csv')).toThrow(expect.objectContaining({ line: 3, reason: 'quote' }))
    // A long post of 60 lines in its quoted cell is read.
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}段。`).join('\n')
    expect(parseRecords(`id,text\n1,"${long}"\n`, 'csv').records).toEqual([{ id: '1', text: long }])
  })

  it('keeps long JSON integer ids exact, finds a text one level down, and drops a BOM on any line', () => {
    const ids = parseRecords('{"id": 1234567890123456789, "n": 1.5, "s": "x 12345678901234567 \\" y", "text":"张伟"}\n{"id": 1234567890123456788, "text":"李娜"}', 'jsonl')
    expect(ids.records.map((r) => r.id)).toEqual(['1234567890123456789', '1234567890123456788'])
    expect(parseRecords('{"id":"1","data":{"text":"张伟去北京开会"}}', 'jsonl')).toMatchObject({ column: 'data.text', records: [{ id: '1', text: '张伟去北京开会' }] })
    expect(parseRecords('{"id":"1","text":"甲"}\n\uFEFF{"id":"2","text":"乙"}', 'jsonl').records).toEqual([{ id: '1', text: '甲' }, { id: '2', text: '乙' }])
  })
})

describe('records files as imports', () => {
  it('are opened by extension, in the choosers too', () => {
    expect(['a.csv', 'B.TSV', 'c.jsonl', 'd.ndjson'].map(fileKind)).toEqual(['records', 'records', 'records', 'records'])
    expect(['a.csv', 'B.TSV', 'c.jsonl', 'd.ndjson'].map(recordsFormat)).toEqual(['csv', 'tsv', 'jsonl', 'jsonl'])
    for (const extension of ['.csv', '.tsv', '.jsonl']) expect(IMPORT_ACCEPT.split(',')).toContain(extension)
  })

  it('open in the editor as the texts a blank line apart, saying how many and from which column', async () => {
    const file = new File(['id,text\n1,郭晶晶在北京。\n2,  \n3,"刘翔\n在上海。"\n'], 'posts.csv')
    expect(await readImportedFile(file)).toEqual({ text: '郭晶晶在北京。\n\n刘翔\n在上海。', encoding: 'utf-8', records: { count: 3, column: 'text', header: true, leftOut: ['id'] } })
    expect(recordsText([{ id: '1', text: ' 甲 ' }, { id: '2', text: '乙' }])).toBe('甲\n\n乙')
  })

  it('are decoded as .txt files are: a GBK sheet from Excel reads as written', async () => {
    // 编号,内容\r\n1,李娜在武汉。\r\n in GBK
    const gbk = Uint8Array.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc4, 0xda, 0xc8, 0xdd, 0x0d, 0x0a, 0x31, 0x2c, 0xc0, 0xee, 0xc4, 0xc8, 0xd4, 0xda, 0xce, 0xe4, 0xba, 0xba, 0xa1, 0xa3, 0x0d, 0x0a])
    // (its 编号 column, the ids, not analysed: the Batch tab names it as the editor does)
    expect(await readRecordsFile(new File([gbk], 'gbk.csv'))).toEqual({ records: [{ id: '1', text: '李娜在武汉。' }], column: '内容', header: true, leftOut: ['编号'], encoding: 'gb18030' })
  })

  it('a bad JSON line is refused with its number', async () => {
    await expect(readImportedFile(new File(['{"text":"一"}\nnot json\n'], 'x.jsonl'))).rejects.toMatchObject({ code: 'BAD_RECORD', line: 2 })
  })

  it('a sheet with no header row says so; an unclosed quote is refused with its line', async () => {
    const posts = new File(['国务院总理李强会见了张伟。\n北京大学王小明教授发言。\n'], 'posts.csv')
    expect((await readImportedFile(posts)).records).toEqual({ count: 2, column: '1', header: false })
    await expect(readImportedFile(new File(['id,text\n1,甲\n2,"乙\n3,丙\n'], 'q.csv'))).rejects.toMatchObject({ code: 'BAD_QUOTE', line: 3 })
    await expect(readRecordsFile(new File(['id,text\n1,"甲\n'], 'q.csv'))).rejects.toMatchObject({ code: 'BAD_QUOTE', line: 2 })
  })
})

/** Tags every 北京 as LOC. */
function fakeEngine() {
  const analysed: string[] = []
  const analyzeMany = (texts: readonly string[]) => {
    analysed.push(...texts)
    return Promise.resolve(texts.map((text) => [...text.matchAll(/北京/gu)].map((m): Entity => ({ start: m.index, end: m.index + 2, type: 'LOC', text: '北京', score: 0.9 }))))
  }
  const engine = { analyzeMany, helperLanes: () => [], model: shallowRef({ id: 'm', version: '1' }), modelGeneration: ref(0) }
  return { engine: engine as unknown as Parameters<typeof useBatch>[0], analysed }
}

describe('the Batch tab with a records file', () => {
  const types = lexiconTypeNames(['PER', 'LOC', 'ORG'])

  it('makes an item per record named file#id, so every export is per record with its id', async () => {
    const { engine, analysed } = fakeEngine()
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run([
      { file: new File(['mid,text\n901,我在北京。\n902,去北京和北京\n'], 'weibo.csv'), path: 'weibo.csv' },
      { file: new File(['北京'], 'note.txt'), path: 'note.txt' },
    ])
    const items = batch.items.value
    expect(items.map((i) => [i.name, i.status, i.entities?.length])).toEqual([['weibo.csv#901', 'done', 1], ['weibo.csv#902', 'done', 2], ['note.txt', 'done', 1]])
    expect(analysed).toEqual(['我在北京。', '去北京和北京', '北京'])
    expect(batchCsv(items, () => true).split('\r\n')[1]).toMatch(/^weibo\.csv#901,/u)
    expect(JSON.parse(batchJsonl(items, () => true, null).split('\n')[1]!)).toMatchObject({ file: 'weibo.csv#902', text: '去北京和北京' })
    const copies = redactedCopies(items, () => true, { mode: 'tag', types: new Set(['LOC']), pseudonym: (t) => t, tag: (t) => t, everywhere: false })
    expect(copies.map((c) => c.name)).toEqual(['weibo.csv#901.redacted.txt', 'weibo.csv#902.redacted.txt', 'note.redacted.txt'])
  })

  it('names records with a repeated id apart, so the exports tell their rows apart', async () => {
    const batch = useBatch(fakeEngine().engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run([{ file: new File(['id,text\n42,北京\n42,去北京\n'], 'w.csv'), path: 'w.csv' }])
    expect(batch.items.value.map((i) => i.name)).toEqual(['w.csv#42', 'w.csv#42 (2)'])
    expect(batchCsv(batch.items.value, () => true).split('\r\n').slice(1, 3).map((row) => row.split(',')[0])).toEqual(['w.csv#42', 'w.csv#42 (2)'])
  })

  it('fails a file alone when a line is bad or it holds too many records', async () => {
    const batch = useBatch(fakeEngine().engine, ref<UserLexicon>(parseLexicon('', types)))
    const many = 'text\n' + '北京\n'.repeat(MAX_RECORDS + 1)
    await batch.run([
      { file: new File(['{"text":"北京"}\n{oops\n'], 'bad.jsonl'), path: 'bad.jsonl' },
      { file: new File([many], 'many.csv'), path: 'many.csv' },
      { file: new File(['id,text\n'], 'header-only.csv'), path: 'header-only.csv' },
      { file: new File(['id,text\n1,"北京\n2,北京\n'], 'quote.csv'), path: 'quote.csv' },
    ])
    expect(batch.items.value.map((i) => [i.name, i.status, i.failure ?? null, i.failureLine ?? null])).toEqual([
      ['bad.jsonl', 'failed', 'BAD_RECORD', 2],
      ['many.csv', 'failed', 'TOO_MANY_RECORDS', null],
      ['header-only.csv', 'done', null, null],
      ['quote.csv', 'failed', 'BAD_QUOTE', 2],
    ])
  })
})

describe('the Batch tab with a big sheet (a 2,000-row run slowed from 517 rows in its first 10 s to 157 in its last 9)', () => {
  const types = lexiconTypeNames(['PER', 'LOC', 'ORG'])
  const sheet = (count: number) => new File([`id,text\n${Array.from({ length: count }, (_, i) => `${i + 1},第${i + 1}条：我在北京。`).join('\n')}\n`], 'posts.csv')

  it('sends the records to the worker in groups, not one call each, every result on its own row', async () => {
    const { engine, analysed } = fakeEngine()
    const calls: number[] = []
    const analyzeMany = engine.analyzeMany
    engine.analyzeMany = (texts, opts) => {
      calls.push(texts.length)
      return analyzeMany(texts, opts)
    }
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run([{ file: sheet(300), path: 'posts.csv' }, { file: new File(['北京和北京'], 'note.txt'), path: 'note.txt' }])
    expect(calls.length).toBeLessThanOrEqual(7) // 300 records in groups of 64 at most, then the file alone (was 301 calls)
    expect(calls.at(-1)).toBe(1)
    expect(Math.max(...calls)).toBeLessThanOrEqual(64)
    expect(analysed).toEqual([...Array.from({ length: 300 }, (_, i) => `第${i + 1}条：我在北京。`), '北京和北京'])
    const items = batch.items.value
    expect(items.map((item) => [item.status, item.entities?.length])).toEqual([...Array.from({ length: 300 }, () => ['done', 1]), ['done', 2]])
    expect(items[299]).toMatchObject({ name: 'posts.csv#300', text: '第300条：我在北京。' })
  })

  it('tries the records of a group that failed one by one, so that only the one at fault fails', async () => {
    const { engine } = fakeEngine()
    const analyzeMany = engine.analyzeMany
    engine.analyzeMany = (texts, opts) => texts.some((text) => text.startsWith('第7条'))
      ? Promise.reject(Object.assign(new Error('crashed'), { code: 'WORKER_CRASHED' }))
      : analyzeMany(texts, opts)
    const batch = useBatch(engine, ref<UserLexicon>(parseLexicon('', types)))
    await batch.run([{ file: sheet(20), path: 'posts.csv' }])
    const statuses = batch.items.value.map((item) => item.status)
    expect(statuses.filter((status) => status === 'done')).toHaveLength(19)
    expect(batch.items.value[6]).toMatchObject({ name: 'posts.csv#7', status: 'failed', failure: 'ANALYSIS' })
  })

  it('lays the rows\' changes on the list together, not a new list per change', async () => {
    const batch = useBatch(fakeEngine().engine, ref<UserLexicon>(parseLexicon('', types)))
    let lists = 0
    const stop = watch(batch.items, () => lists++, { flush: 'sync' })
    await batch.run([{ file: sheet(1_000), path: 'posts.csv' }])
    stop()
    expect(batch.items.value.every((item) => item.status === 'done')).toBe(true)
    expect(lists).toBeLessThan(20) // each record read, started and finished made one: over 3,000
  })
})

describe('parseRecords: a chat log\'s session id (chat QA)', () => {
  it('takes 会话ID, session_id, conversation_id, 对话ID or 工单号 as the id column, messages of one session numbered', () => {
    const csv = '会话ID,角色,内容\nS1001,客服,您好\nS1001,客户,订单没到\nS1002,客户,要退款\n'
    expect(parseRecords(csv, 'csv').idColumn).toBe('会话ID')
    expect(parseRecords(csv, 'csv').records.map((r) => r.id)).toEqual(['S1001', 'S1001 (2)', 'S1002'])
    for (const name of ['session_id', 'sessionid', 'conversation_id', '对话ID', '会话id', '工单号']) {
      expect(parseRecords(`${name},content\nA7,你好\nA7,在吗\n`, 'csv').records.map((r) => r.id), name).toEqual(['A7', 'A7 (2)'])
    }
  })
})
