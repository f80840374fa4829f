import { describe, expect, it } from 'vitest'
import { ref, shallowRef } from 'vue'
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
      records: [
        { id: '4801', text: '王建国说："今天很好"，赵丽也来了。' },
        { id: '4802', text: '第一行，有逗号\r\n第二行：孙悦在杭州' },
        { id: '4803', text: '没有引号的一条' },
      ],
    })
  })

  it('drops a byte-order mark, matches names in any case, and numbers the rows when no column is an id', () => {
    expect(parseRecords('\uFEFFAuthor,Content\n小王,张三在北京。\n小李,"李四,王五"\n', 'csv')).toEqual({
      column: 'Content', idColumn: null,
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

describe('parseRecords: JSON Lines', () => {
  it('reads an object per line, skipping blank lines, taking text and id keys by name', () => {
    const jsonl = '{"id": 11, "content": "杨紫和肖战在横店。"}\n\n{"id": "12", "content": "吴京", "tags": ["a"]}\r\n'
    expect(parseRecords(jsonl, 'jsonl')).toEqual({
      column: 'content', idColumn: 'id',
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

describe('records files as imports', () => {
  it('are opened by extension, in the choosers too', () => {
    expect(['a.csv', 'B.TSV', 'c.jsonl', 'd.ndjson'].map(fileKind)).toEqual(['records', 'records', 'records', 'records'])
    expect(['a.csv', 'B.TSV', 'c.jsonl', 'd.ndjson'].map(recordsFormat)).toEqual(['csv', 'tsv', 'jsonl', 'jsonl'])
    for (const extension of ['.csv', '.tsv', '.jsonl']) expect(IMPORT_ACCEPT.split(',')).toContain(extension)
  })

  it('open in the editor as the texts a blank line apart, saying how many and from which column', async () => {
    const file = new File(['id,text\n1,郭晶晶在北京。\n2,  \n3,"刘翔\n在上海。"\n'], 'posts.csv')
    expect(await readImportedFile(file)).toEqual({ text: '郭晶晶在北京。\n\n刘翔\n在上海。', encoding: 'utf-8', records: { count: 3, column: 'text' } })
    expect(recordsText([{ id: '1', text: ' 甲 ' }, { id: '2', text: '乙' }])).toBe('甲\n\n乙')
  })

  it('are decoded as .txt files are: a GBK sheet from Excel reads as written', async () => {
    // 编号,内容\r\n1,李娜在武汉。\r\n in GBK
    const gbk = Uint8Array.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc4, 0xda, 0xc8, 0xdd, 0x0d, 0x0a, 0x31, 0x2c, 0xc0, 0xee, 0xc4, 0xc8, 0xd4, 0xda, 0xce, 0xe4, 0xba, 0xba, 0xa1, 0xa3, 0x0d, 0x0a])
    expect(await readRecordsFile(new File([gbk], 'gbk.csv'))).toEqual({ records: [{ id: '1', text: '李娜在武汉。' }], column: '内容', encoding: 'gb18030' })
  })

  it('a bad JSON line is refused with its number', async () => {
    await expect(readImportedFile(new File(['{"text":"一"}\nnot json\n'], 'x.jsonl'))).rejects.toMatchObject({ code: 'BAD_RECORD', line: 2 })
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

  it('fails a file alone when a line is bad or it holds too many records', async () => {
    const batch = useBatch(fakeEngine().engine, ref<UserLexicon>(parseLexicon('', types)))
    const many = 'text\n' + '北京\n'.repeat(MAX_RECORDS + 1)
    await batch.run([
      { file: new File(['{"text":"北京"}\n{oops\n'], 'bad.jsonl'), path: 'bad.jsonl' },
      { file: new File([many], 'many.csv'), path: 'many.csv' },
      { file: new File(['id,text\n'], 'header-only.csv'), path: 'header-only.csv' },
    ])
    expect(batch.items.value.map((i) => [i.name, i.status, i.failure ?? null, i.failureLine ?? null])).toEqual([
      ['bad.jsonl', 'failed', 'BAD_RECORD', 2],
      ['many.csv', 'failed', 'TOO_MANY_RECORDS', null],
      ['header-only.csv', 'done', null, null],
    ])
  })
})
