// The Batch tab names the columns of a .csv, .tsv or .jsonl file it did not read, as the editor does (QA: a sheet
// batched as records kept only its text column, and the tab never said which columns, an order export's names or
// notes among them, were skipped). One helper words both (recordsColumns.ts).
import { describe, expect, it } from 'vitest'
import { shallowRef } from 'vue'
import { createI18n } from 'vue-i18n'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'
import zhHant from '../../../src/i18n/zh-Hant'
import { recordsColumnsOf } from '../../../src/app/batch'
import { batchColumnsLines, columnsLeftOutNote } from '../../../src/app/recordsColumns'
import { useBatch } from '../../../src/composables/useBatch'
import type { LexiconInForce } from '../../../src/composables/useUserLexicon'

const WEIBO = 'mid,发布时间,微博正文\n4801,2026-12-01,张伟和王芳昨天在成都吃火锅。\n4802,2026-12-02,李强去了泰山。\n'

function batchOf(analyzeMany = async (texts: string[]) => texts.map(() => [])) {
  const engine = { analyzeMany, helperLanes: () => [], model: shallowRef({ id: 'm', version: '1' }), modelGeneration: shallowRef(0) }
  return useBatch(engine as never, shallowRef({ entries: [], problems: [], minScore: 0.5 } as unknown as LexiconInForce))
}
const file = (path: string, text: string) => ({ path, file: new File([text], path.split('/').pop()!) })

function i18n(locale: 'en' | 'zh' | 'zh-Hant') {
  const { t } = createI18n({ legacy: false, locale, messages: { en, zh, 'zh-Hant': zhHant } }).global
  return { t, n: (value: number) => new Intl.NumberFormat(locale).format(value), locale }
}
/** The Batch tab's line for a file, as BatchPanel builds it. */
function batchLine(locale: 'en' | 'zh' | 'zh-Hant', columns: { file: string; column: string; header: boolean; leftOut: readonly string[] }) {
  return batchColumnsLines([columns], i18n(locale)).map(({ text }) => text).join('\n')
}

describe('useBatch: the columns of a records file not read', () => {
  it('are kept once per file, shared by its rows, in the batch\'s order', async () => {
    const batch = batchOf()
    await batch.run([
      file('posts/weibo.csv', WEIBO),
      file('note.txt', '王明去了北京。'),
      // Every column read (a table of people: 姓名, 电话): nothing left out, nothing said.
      file('staff.csv', '姓名,电话,部门\n张伟,13800138000,财务部\n李娜,13900139000,人事部\n'),
      // One column only: nothing else to read.
      file('one.csv', 'text\n张伟来了。\n李娜走了。\n'),
      // No header row: the columns by their numbers.
      file('bare.tsv', '2026-12-01\t张伟和王芳昨天在成都吃火锅，玩得很开心。\t8\n2026-12-02\t李强和刘洋一起去爬了泰山，拍了很多照片。\t3\n'),
    ])
    const items = batch.items.value
    expect(items.every((item) => item.status === 'done')).toBe(true)
    const weibo = items.filter((item) => item.name.startsWith('posts/weibo.csv#'))
    expect(weibo.map((item) => item.name)).toEqual(['posts/weibo.csv#4801', 'posts/weibo.csv#4802'])
    expect(weibo[0]!.columns).toEqual({ file: 'posts/weibo.csv', column: '微博正文', header: true, leftOut: ['mid', '发布时间'] })
    expect(weibo[1]!.columns).toBe(weibo[0]!.columns)
    expect(items.filter((item) => !item.name.startsWith('posts/weibo.csv#') && !item.name.startsWith('bare.tsv#')).every((item) => item.columns === undefined)).toBe(true)
    expect(recordsColumnsOf(items)).toEqual([
      { file: 'posts/weibo.csv', column: '微博正文', header: true, leftOut: ['mid', '发布时间'] },
      { file: 'bare.tsv', column: '2', header: false, leftOut: ['1', '3'] },
    ])
  })

  it('stay through a Stop, for the rows left unanalysed too', async () => {
    let started!: () => void
    const running = new Promise<void>((resolve) => (started = resolve))
    const batch = batchOf((_texts, { signal }: { signal?: AbortSignal } = {}) => {
      started()
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('stopped'))))
    })
    const run = batch.run([file('weibo.csv', WEIBO)])
    await running
    batch.stop()
    await run
    const items = batch.items.value
    expect(items.map((item) => item.status)).toEqual(['stopped', 'stopped'])
    expect(recordsColumnsOf(items)).toEqual([{ file: 'weibo.csv', column: '微博正文', header: true, leftOut: ['mid', '发布时间'] }])
    batch.clear()
    expect(recordsColumnsOf(batch.items.value)).toEqual([])
  })
})

describe('the words: the Batch tab lists the columns as the editor does', () => {
  const weibo = { file: 'weibo.csv', column: '微博正文', header: true, leftOut: ['mid', '发布时间'] }
  it('names the column read and those not, in each language', () => {
    expect(batchLine('zh', weibo)).toBe('weibo.csv：每行只读取了“微博正文”列，未读取的列：mid和发布时间。')
    // Taiwan's 欄 is a column and 列 a row (re-check QA: 每行只讀取了第 3 列 read as rows dropped).
    expect(batchLine('zh-Hant', weibo)).toBe('weibo.csv：每列只讀取了「微博正文」欄，未讀取的欄：mid和发布时间。')
    expect(batchLine('en', weibo)).toBe('weibo.csv: each row was read from the “微博正文” column; its other columns were not read: mid and 发布时间.')
    expect(batchLine('en', { ...weibo, leftOut: ['mid'] })).toBe('weibo.csv: each row was read from the “微博正文” column; its other column was not read: mid.')
  })

  it('with no header row, by the columns\' numbers', () => {
    const bare = { file: 'bare.tsv', column: '2', header: false, leftOut: ['1', '3'] }
    expect(batchLine('zh', bare)).toBe('bare.tsv：每行只读取了第 2 列，未读取的列：第 1 列和第 3 列。')
    expect(batchLine('en', bare)).toBe('bare.tsv: each row was read from column 2; its other columns were not read: column 1 and column 3.')
    expect(batchLine('zh-Hant', bare)).toBe('bare.tsv：每列只讀取了第 2 欄，未讀取的欄：第 1 欄和第 3 欄。')
  })

  it('five at most, then how many in all, as the editor\'s note', () => {
    const wide = { file: 'wide.csv', column: '正文', header: true, leftOut: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }
    expect(batchLine('zh', wide)).toBe('wide.csv：每行只读取了“正文”列，未读取的列：a、b、c、d和e等 7 列。')
    expect(batchLine('en', wide)).toBe('wide.csv: each row was read from the “正文” column; its 7 other columns were not read, among them a, b, c, d, and e.')
    // The editor's note, through the same helper, unchanged.
    const words = i18n('zh')
    const read = words.t('editor.recordsRead', { name: 'wide.csv', count: 2, column: '正文' }, 2)
    expect(columnsLeftOutNote(wide.leftOut, true, { some: 'editor.recordsLeftOut', more: 'editor.recordsLeftOutMore' }, { read }, words))
      .toBe('已从 wide.csv 的“正文”列读取 2 条记录，每两条之间空一行。未读取的列：a、b、c、d和e等 7 列。')
  })

  it('gives files of the same columns one line, and five lines at most (re-check QA: 20 sheets, 20 lines, 876 px)', () => {
    const same = Array.from({ length: 20 }, (_, i) => ({ ...weibo, file: `weibo-${i + 1}.csv` }))
    expect(batchColumnsLines(same, i18n('zh')).map(({ text }) => text))
      .toEqual(['weibo-1.csv、weibo-2.csv、weibo-3.csv等 20 个文件：每行只读取了“微博正文”列，未读取的列：mid和发布时间。'])
    expect(batchColumnsLines(same, i18n('en')).map(({ text }) => text))
      .toEqual(['20 files (weibo-1.csv, weibo-2.csv, weibo-3.csv …): each row was read from the “微博正文” column; its other columns were not read: mid and 发布时间.'])
    // Three files or fewer are all named, as a list.
    expect(batchColumnsLines(same.slice(0, 2), i18n('en'))[0]!.text).toMatch(/^weibo-1\.csv and weibo-2\.csv: each row/)
    expect(batchColumnsLines(same.slice(0, 4), i18n('en'))[0]!.text).toMatch(/^4 files \(weibo-1\.csv, weibo-2\.csv, weibo-3\.csv …\): /)
    // Other columns, another line; in the batch's order of each group's first file.
    const other = { file: 'orders.csv', column: '备注', header: true, leftOut: ['订单号'] }
    expect(batchColumnsLines([same[0]!, other, same[1]!], i18n('zh')).map(({ text }) => text)).toEqual([
      'weibo-1.csv和weibo-2.csv：每行只读取了“微博正文”列，未读取的列：mid和发布时间。',
      'orders.csv：每行只读取了“备注”列，未读取的列：订单号。',
    ])
    // Eight kinds of sheet in 9 files: five lines, then how many files are not listed.
    const kinds = Array.from({ length: 8 }, (_, i) => ({ file: `k${i + 1}.csv`, column: '正文', header: true, leftOut: [`列${i + 1}`] }))
    const lines = batchColumnsLines([...kinds, { ...kinds[7]!, file: 'k8b.csv' }], i18n('zh')).map(({ text }) => text)
    expect(lines).toHaveLength(6)
    expect(lines[4]).toBe('k5.csv：每行只读取了“正文”列，未读取的列：列5。')
    expect(lines[5]).toBe('另有 4 个文件也有未读取的列。')
    expect(batchColumnsLines([...kinds, { ...kinds[7]!, file: 'k8b.csv' }], i18n('en')).at(-1)!.text).toBe('4 more files also have columns that were not read.')
    expect(batchColumnsLines(kinds.slice(0, 6), i18n('en')).at(-1)!.text).toBe('One more file also has columns that were not read.')
  })

  it('cuts a long column name to 30 characters, the whole line kept for the title (re-check QA: 240 characters, 12 lines)', () => {
    const long = '备注'.repeat(120)
    const [line] = batchColumnsLines([{ ...weibo, leftOut: ['mid', long] }], i18n('zh'))
    expect(line!.text).toBe(`weibo.csv：每行只读取了“微博正文”列，未读取的列：mid和${'备注'.repeat(15)}…。`)
    expect(line!.full).toBe(`weibo.csv：每行只读取了“微博正文”列，未读取的列：mid和${long}。`)
    // The column read, likewise; a short line has no title.
    expect(batchColumnsLines([{ ...weibo, column: long }], i18n('en'))[0]!.text).toContain(`the “${'备注'.repeat(15)}…” column`)
    expect(batchColumnsLines([weibo], i18n('en'))[0]!.full).toBeUndefined()
    // The editor's note too.
    const words = i18n('en')
    expect(columnsLeftOutNote(['x'.repeat(40)], true, { some: 'editor.recordsLeftOut', more: 'editor.recordsLeftOutMore' }, { read: '' }, words))
      .toContain(`${'x'.repeat(30)}…`)
  })
})
