// Files of records: a spreadsheet saved as .csv or .tsv, or JSON Lines (.jsonl, .ndjson), a text per row or
// line with its id (QA: a researcher's 2,000 Weibo posts in one sheet were refused, and the one way to get
// results per post with its id was to split the sheet into 2,000 .txt files). The Batch tab makes each record
// an item of its own, named `<file>#<id>`; the editor takes the texts one after another, a blank line between.
// The CSV parser is small and written here (RFC 4180): the page needs no Node-only library for it.

export type RecordsFormat = 'csv' | 'tsv' | 'jsonl'

/** One row or line: the text to analyse and the id it is known by (the row's number when the file has none). */
export interface TextRecord {
  id: string
  text: string
}

export interface ParsedRecords {
  records: TextRecord[]
  /** The column (or JSON key) the texts were taken from, as the file writes it. */
  column: string
  /** The column the ids were taken from; null when they are the rows' numbers (1 = the first row after the header). */
  idColumn: string | null
  /** False for a .csv/.tsv whose first row is a record, not column names (QA: a sheet of posts with no header row
   *  lost its first post, read as the column's name): every row is then a record, numbered from 1, and `column` is
   *  the text column's number (1 = the first). */
  header: boolean
  /** Present when every column was read (a table of records with no text column: an order export, a staff list, a
   *  case register), and how many there are: each record's text is then its non-empty cells in column order, a
   *  `name：value` line each (`第N列：value` with no header row), and `column` is ''. */
  allColumns?: number
  /** Present when one column was read and others hold something: their names as written (their numbers, from 1, with
   *  no header row), in column order, so that the reader is told what was not analysed (QA: an order export's
   *  recipients, phones and notes were dropped without a word). */
  leftOut?: string[]
}

/** Where a record's text holds one of its row's cells: the cell's column and [start, end) in the record's `text`. */
export interface TableCell {
  column: number
  start: number
  end: number
}

/** A records file as a table: its header and rows as read, and where each record's text holds which cells. */
export interface RecordsTable {
  format: RecordsFormat
  /** The cells' separator as read (',', ';' or a tab); '' for JSON Lines. */
  delimiter: string
  /** The header row as written; null when the first row is a record (`第N列` labels). */
  header: string[] | null
  /** How many columns the table has (the header's cells; with no header, the widest row's). */
  width: number
  /** Every record's row, in order: records[i] is rows[i]. */
  rows: string[][]
  /** Per record, the cells its text holds, in text order; a cell not listed was not analysed. */
  cells: TableCell[][]
  /** The id column when its cells were not analysed (kept as written in a redacted table), else -1. */
  idColumn: number
}

/**
 * A file that cannot be read as records; `line`: where, from 1. `json`: a JSON Lines line that is no JSON object;
 * `quote`: a .csv/.tsv cell whose opening quote (") is never closed, so that it would swallow every row after it
 * into one record (or one that runs over QUOTE_RUN lines of what look like rows), refused rather than read so.
 */
export class RecordsError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'json' | 'quote' = 'json',
  ) {
    super(reason === 'json' ? `line ${line} is not a JSON object` : `line ${line} opens a quote that is never closed`)
    this.name = 'RecordsError'
  }
}

/** A quoted cell over this many lines whose lines look like the file's rows is an unclosed quote, not a long post. */
const QUOTE_RUN = 50

/** The most records the Batch tab takes from one file: each is a row of its list. */
export const MAX_RECORDS = 20_000

export function recordsFormat(name: string): RecordsFormat | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  if (extension === 'csv') return 'csv'
  if (extension === 'tsv' || extension === 'tab') return 'tsv'
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl'
  return null
}

/** Names of a text column, in the order preferred when a file has several (compared in lower case). */
const TEXT_NAMES = ['text', 'content', '正文', '微博正文', '内容', '文本', 'body', 'message', 'weibo_text', '全文', '微博内容',
  '评论内容', '帖子内容', '句子', '评论', '文章', 'sentence', 'comment', 'review', 'tweet', '原文']
/** Names of an id column, likewise: a post's id as Weibo, Twitter and scrapers' exports name it. Not uid or user_id:
 *  a user's id is shared by all their posts (QA: every post of one user was file#42). A sheet of announcements by
 *  its securities code (代码, 证券代码, ticker; CSMAR's Stkcd, Wind's and Tushare's codes), before 序号, which is only the
 *  row's number (compliance QA: a sheet of 代码, 公告标题, 正文 gave file#1…#6); a company's announcements share it, so
 *  they are 000001, 000001 (2) …, its leading zeros kept (the cell is read as text). */
const ID_NAMES = ['id', 'post_id', 'mid', '微博id', 'weibo_id', 'mblogid', 'bid', 'tweet_id', 'status_id', '帖子id', '编号',
  '会话id', 'session_id', 'sessionid', 'conversation_id', '对话id', '工单号',
  '公告编号', '代码', '证券代码', '股票代码', '基金代码', '公司代码', 'code', 'ticker', 'symbol', 'stock_code', 'stockcode',
  'sec_code', 'secucode', 'ts_code', 'stkcd', '序号']
/** Id names that are other things' names too: an API's status code in a JSON dump ({"code":0,"data":{…}}) is the same
 *  on every line. Taken only where their cells are not all alike. */
const LOOSE_ID_NAMES: ReadonlySet<string> = new Set(['code', 'symbol'])
/** Other column names that tell a header row from a first record (a sheet's row 1 holding one is its header). */
const OTHER_NAMES = ['uid', 'user_id', 'userid', '用户id', 'user', 'name', 'author', 'date', 'time', 'created_at', 'url', 'link', '用户', '用户昵称', '昵称', '作者', '标题', 'title', '发布时间', '时间', '日期', '链接', '转发数', '评论数', '点赞数']
const KNOWN_NAMES = new Set([...TEXT_NAMES, ...ID_NAMES, ...OTHER_NAMES])
/** Words of a column holding a person's details (simplified and traditional forms): a sheet whose header has one, in
 *  a column's name or as a part of it (患者姓名, 家长电话, 收货地址, 身份证号), is a table of people's records (an order
 *  export, a staff, patient, student or customer list), read whole. Heuristics on the cells failed both ways
 *  (re-check QA of b71b3fb, 4d0c12c): an ID, No., QQ or Email column, a notes column with sentences (备注, 病史, 评语,
 *  买家留言) or an address with a comma made HR, patient, student and order sheets give one column (their names,
 *  phones and ID numbers dropped), and short reviews, posts and danmaku were read whole. */
const PERSONAL_WORDS = ['姓名', '名字', '收货人', '收貨人', '收件人', '寄件人', '联系人', '聯繫人', '聯絡人', '负责人', '負責人',
  '经办人', '經辦人', '申请人', '申請人', '当事人', '當事人', '患者', '病人', '客户', '客戶', '家长', '家長', '监护人', '監護人',
  '员工', '員工', '学生', '學生', '电话', '電話', '手机', '手機', '座机', '座機', '联系方式', '聯繫方式', '聯絡方式', '身份证',
  '身份證', '身分證', '证件', '證件', '护照', '護照', '地址', '住址', '邮箱', '郵箱', '电邮', '電郵', '银行卡', '銀行卡', '账号',
  '賬號', '帳號', '学号', '學號', '工号', '工號', '病历号', '病歷號', '出生',
  // and (re-check QA of 63938eb: a bank, a hotline, a visitors' and a members' sheet gave one column) the payee's, the
  // caller's, the visitor's, a worker's, a tenant's or a member's column, a card's number and any 号码 (联系号码, 来电号码)
  '收款人', '付款人', '来电人', '來電人', '来访人', '來訪人', '访客', '訪客', '职工', '職工', '租客', '租户', '租戶', '会员', '會員',
  '卡号', '卡號', '号码', '號碼', '微信', '车牌', '車牌',
  // and a patient's, a trainee's, an owner's, a passenger's, a teacher's (re-check QA: 就诊人,科室,主诉 and 学员,性别,年龄,
  // 籍贯,班主任 gave one column; 业主,房号 and 投保人,被保险人 had their header row read as a record)
  '就诊人', '就診人', '投诉人', '投訴人', '投保人', '被保险人', '被保險人', '学员', '學員', '班主任', '业主', '業主', '乘客', '老师', '老師']
/** Names that hold a personal word and name no one's detail: a post's link or its poster's IP place, an app's client
 *  (re-check QA of 63938eb: 博文地址, IP地址, 发布客户端 read post sheets whole). */
const NOT_PERSONAL = new RegExp('客户端|客戶端|IP\\s*(?:地址|属地|屬地)|网址|網址|链接地址|鏈接地址|博文地址|网页地址|網頁地址|页面地址|頁面地址|发布地址|發布地址|' +
  // and a kind, a grade, a model or a brand of something (re-check QA of 968295b: 手机型号, 会员等级, 客户类型, 号码类型,
  // 学生年级 and 微信公众号 read reviews, tickets and corpora whole)
  '型号|型號|品牌|类型|類型|类别|類別|等级|等級|年级|年級|公众号|公眾號', 'iu')
/** English names of a person's details, taken only as a whole name (or a JSON key's last part, buyer.name): as a part
 *  they are a post's author too (user_name, screen_name). */
const PERSONAL_NAMES: ReadonlySet<string> = new Set(['name', 'full_name', 'fullname', 'phone', 'phone_number', 'telephone',
  'tel', 'mobile', 'cellphone', 'email', 'e-mail', 'address', 'id_card', 'idcard', 'id_number', 'passport', 'first_name',
  'last_name', 'mobile_no', 'phone_no', 'tel_no'])
/** An English column's name as PERSONAL_NAMES writes it: Full Name, Phone Number, Mobile No. -> full_name, phone_number,
 *  mobile_no (re-check QA: spaced and capitalised forms missed). */
const englishName = (name: string) => name.trim().toLowerCase().replace(/\.$/u, '').replace(/\s+/gu, '_')
/** A header cell without the spaces a form pads its labels with (姓  名, 电话 padded with U+3000: re-check QA, header not found). */
const unpadded = (cell: string) => cell.replace(/[\s\u3000]+/gu, '')
/** What may follow a personal word in a header cell that isHeader takes as one (电话号码, 身份证号, 客户名称). */
const PERSONAL_SUFFIX = /^(?:号|號|号码|號碼|码|碼|名|名称|名稱|姓名|电话|電話|手机|手機|地址|信息|資訊|编号|編號|日期|地|年月)?$/u
/** Whether a column's name (trimmed) names a person's details, as PERSONAL_WORDS and PERSONAL_NAMES have them. */
function personalName(name: string): boolean {
  const trimmed = unpadded(name)
  const lower = englishName(name)
  if (NOT_PERSONAL.test(trimmed)) return false
  return personalWord(trimmed) || PERSONAL_NAMES.has(lower) || PERSONAL_NAMES.has(lower.slice(lower.lastIndexOf('.') + 1))
}
/** A column beside a named text column that says whose the text is or how to reach them: a person's word ending in 人
 *  or 姓名/名字 (来电人, 投诉人, 客户姓名), or a phone's or an ID's number (联系电话, 手机号码, 身份证号), alone after a few
 *  characters. Not a word inside another (手机型号, 会员等级, 客户类型, 号码类型 of reviews and corpora: re-check QA of
 *  968295b read those sheets whole), nor a post's author (发帖人, 发布人). */
const PERSON_BESIDE_TEXT = /^.{0,4}(?:人|姓名|名字|电话|電話|手机号|手機號|身份证|身份證|证件号|證件號|联系方式|聯繫方式)(?:号|號|号码|號碼|码|碼)?$/u
const POST_AUTHOR = /^(?:发帖|發帖|发布|發布|评论|評論|回复|回覆|转发|轉發)人$/u
function personBesideText(name: string): boolean {
  // Each of a name's parts: 联系电话/手机 (re-check QA) names two fields.
  return unpadded(name).split(/[/／、|]/u).some((cell) => PERSON_BESIDE_TEXT.test(cell) && !POST_AUTHOR.test(cell) && !NOT_PERSONAL.test(cell))
}
/** Whether a column's name holds one of PERSONAL_WORDS (a Chinese sheet's 来电人, 电话, 身份证号), not a link's or a client's. */
function personalWord(name: string): boolean {
  return !NOT_PERSONAL.test(name) && PERSONAL_WORDS.some((word) => name.includes(word))
}
/** Whether a first row's cell reads as a personal field's name, not a record's value: a personal word alone or after a
 *  few characters (患者姓名, 家长电话) and before no more than PERSONAL_SUFFIX (电话号码), with no digit, no sentence
 *  mark, and no cell below in its column holding the same word (a role column, 负责人 in every row, is data). */
function personalHeaderCell(cell: string, below: readonly string[]): boolean {
  const trimmed = unpadded(cell)
  if (PERSONAL_NAMES.has(englishName(cell))) return !below.some((text) => englishName(text) === englishName(cell))
  if (trimmed.length > 10 || /\d/u.test(trimmed) || SENTENCE_MARKS.test(trimmed)) return false
  return PERSONAL_WORDS.some((word) => {
    const at = trimmed.indexOf(word)
    return at >= 0 && at <= 4 && PERSONAL_SUFFIX.test(trimmed.slice(at + word.length)) && !below.some((text) => text.includes(word))
  })
}
/** Sentence punctuation: a column's name has none, a post mostly does. */
const SENTENCE_MARKS = /[。！？!?，,；;：:…]/u

const HAN = /\p{Script=Han}/gu
/**
 * The records of a .csv/.tsv (the first row its header) or .jsonl file's text. The text column is the one named
 * as TEXT_NAMES has it (a sheet of posts: the others are ids, dates, counts, links, left out and named in
 * `leftOut`). With no column so named, a sheet whose header names a person's details (PERSONAL_WORDS: 姓名, 收货人,
 * 电话, 身份证号, 地址 …) is a table of people's records (an order export, a staff or patient list), read whole: a
 * record's text is every non-empty cell of its row, a `name：value` line each, so that the names, phones and numbers
 * in all of them are analysed, and their labels (收货人：, 电话：) lead the rules to them (QA: only the 地址 column of an
 * order export was read). Else the text column is the one with the most Chinese characters (a sheet with no header
 * row too). The id column is the one ID_NAMES names, else the rows are numbered.
 * Rows with every cell empty (and blank JSON lines) are skipped. Throws RecordsError for a JSON line that is no object.
 */
export function parseRecords(text: string, format: RecordsFormat): ParsedRecords {
  const { table: _table, ...parsed } = parseRecordsTable(text, format)
  return parsed
}

/**
 * parseRecords's records with the file as the table it is (`table`), so that a redacted copy can be written back in
 * its own shape (redactedTable.ts; school QA: a roster came back only as `列名：值` lines). No `table` for JSON Lines
 * with nested objects, which a flat table cannot write back.
 */
export function parseRecordsTable(text: string, format: RecordsFormat): ParsedRecords & { table?: RecordsTable } {
  const body = text.replace(/^\uFEFF/u, '')
  if (format === 'jsonl') return recordsOf(jsonTable(body), true, { format, delimiter: '' })
  const delimiter = format === 'tsv' ? '\t' : sniffDelimiter(body)
  let rows = csvTable(body, delimiter)
  // A sheet of one column (its header `text`, say): a delimiter in a row is the post's own comma (张伟, 李娜和王刚…),
  // not a second cell, which was dropped (QA: only 张伟 was kept). Read again with no delimiter: a row, a cell.
  if (rows[0]?.length === 1) rows = csvTable(body, null)
  const header = rows.length > 0 && isHeader(rows[0]!, rows.slice(1))
  if (header) return recordsOf({ header: rows[0]!, rows: rows.slice(1) }, true, { format, delimiter })
  const width = Math.max(0, ...rows.map((row) => row.length))
  return recordsOf({ header: Array.from({ length: width }, (_, i) => String(i + 1)), rows }, false, { format, delimiter })
}

interface Table {
  header: string[]
  rows: string[][]
  /** JSON Lines: the columns of an object whose keys one level down are columns of their own (`data` beside
   *  `data.text`): its JSON repeats them, so it is neither read with them nor said to be left out. */
  parents?: ReadonlySet<number>
}

/**
 * Whether a .csv/.tsv's first row names its columns. It does when a cell is a known column name (text, 正文, id …);
 * in a sheet of one column only then, or when the cell holds no Chinese; in a wider sheet also
 * when the would-be text column's first cell is a short label unlike the cells below it: no Chinese where they
 * have some, or at most 12 characters without sentence punctuation and at most half the median cell's length. A
 * first row like the others is a record (QA: a sheet of posts with no header lost its first post).
 */
function isHeader(first: readonly string[], rest: readonly (readonly string[])[]): boolean {
  if (first.some((cell) => KNOWN_NAMES.has(cell.trim().toLowerCase()))) return true
  // A cell naming a person's details (姓名, 电话号码): a staff list's header over 3-character names was read as its
  // first record, labelled 第N列 (re-check QA: 6 of 8 short staff and order sheets).
  if (first.some((cell, at) => personalHeaderCell(cell, rest.map((row) => row[at] ?? '')))) return true
  // A sheet of one column whose first cell holds Chinese and no known name: a record. Short posts (张伟好帅, 哈哈哈,
  // 转发微博) read as labels by the rules below and were lost (re-check QA); a header word read as a post costs a
  // record that finds nothing, a post read as a header loses its names.
  if (first.length === 1 && first[0]!.match(HAN)) return false
  const column = richestColumn(rest.length > 0 ? rest : [first], first.length, -1)
  const cell = (first[column] ?? '').trim()
  const below = rest.map((row) => (row[column] ?? '').trim()).filter((text) => text !== '')
  const label = cell.length <= 12 && !SENTENCE_MARKS.test(cell)
  if (below.length === 0) return label && !cell.match(HAN) // one row alone: a record unless it reads as labels
  const hanBelow = below.filter((text) => text.match(HAN)).length
  if (!cell.match(HAN) && hanBelow * 2 > below.length) return true
  const lengths = below.map((text) => text.length).sort((a, b) => a - b)
  const median = lengths[Math.floor(lengths.length / 2)]!
  return label && cell.length * 2 <= median
}

/** The column with the most Han characters in `rows`; with none anywhere, the longest. `skip`: a column not to take;
 *  `parents`: JSON Lines objects whose keys are columns of their own (their JSON is no text, `{"addr":"杭州…"}`). */
function richestColumn(rows: readonly (readonly string[])[], width: number, skip: number, parents?: ReadonlySet<number>): number {
  let best = -Infinity
  let at = 0
  for (let column = 0; column < width; column++) {
    if ((column === skip && width > 1) || parents?.has(column)) continue
    let han = 0
    let length = 0
    for (const row of rows) {
      const cell = row[column] ?? ''
      han += cell.match(HAN)?.length ?? 0
      length += cell.length
    }
    const score = han * 1e6 + length // Han first; length only breaks ties (all zero)
    if (score > best) {
      best = score
      at = column
    }
  }
  return at
}

function recordsOf({ header, rows, parents }: Table, hasHeader: boolean, file: Pick<RecordsTable, 'format' | 'delimiter'>): ParsedRecords & { table?: RecordsTable } {
  if (header.length === 0) return { records: [], column: '', idColumn: null, header: hasHeader }
  const names = header.map((name) => name.trim().toLowerCase())
  // A name as written, else (JSON Lines: a key one level down, `data.text`) as the last part of a dotted key.
  const named = (list: readonly string[], fits: (wanted: string, at: number) => boolean = () => true) => {
    for (const wanted of list) {
      const at = names.indexOf(wanted)
      if (at >= 0 && fits(wanted, at)) return at
    }
    for (const wanted of list) {
      const at = names.findIndex((name) => name.endsWith(`.${wanted}`))
      if (at >= 0 && fits(wanted, at)) return at
    }
    return -1
  }
  const varies = (at: number) => rows.length < 2 || new Set(rows.map((row) => (row[at] ?? '').trim())).size > 1
  const idAt = hasHeader ? named(ID_NAMES, (wanted, at) => !LOOSE_ID_NAMES.has(wanted) || varies(at)) : -1
  const namedText = hasHeader ? named(TEXT_NAMES) : -1
  const columns = header.map((_, at) => at).filter((at) => !parents?.has(at))
  const filled = (at: number) => rows.some((row) => (row[at] ?? '').trim() !== '')
  const textAt = namedText >= 0 ? namedText : richestColumn(rows, header.length, idAt, parents)
  // A column's name as written; with no header row (or a blank name) its number, as a Chinese sheet says it: the text
  // is the document analysed and exported, the same whatever the page's language.
  const label = (at: number) => (hasHeader && header[at]!.trim()) || `第${at + 1}列`
  // Read whole when the header names a person's details (收货人, 电话, 身份证号, email) and no column is named as the
  // text: a table of people's records, its names, phones and numbers in every column, English labels (ID, QQ, Email)
  // included. A sheet of texts (正文, 原文, text: posts, sentences) keeps its text column unless another column's
  // Chinese name is a person's detail (re-check QA: 来电人,电话,内容 of a hotline and 客户姓名,联系电话,评论 dropped the
  // caller's name and phone); a post's author under an English name (id,name,text) stays out.
  const personalBeside = namedText >= 0 && columns.some((at) => at !== namedText && filled(at) && personBesideText(header[at]!))
  const all = hasHeader && (namedText < 0 || personalBeside) && columns.filter(filled).length >= 2 && columns.some((at) => personalName(header[at]!))
  // A record's text, and where it holds which cells (for a redacted copy of the table: RecordsTable).
  const cellsOf: TableCell[][] = []
  const textOf = (row: readonly string[]): string => {
    if (!all) {
      const text = row[textAt] ?? ''
      cellsOf.push(text === '' ? [] : [{ column: textAt, start: 0, end: text.length }])
      return text
    }
    let text = ''
    const cells: TableCell[] = []
    for (const at of columns) {
      const cell = (row[at] ?? '').trim()
      if (cell === '') continue
      if (text !== '') text += '\n'
      text += `${label(at)}：`
      cells.push({ column: at, start: text.length, end: text.length + cell.length })
      text += cell
    }
    cellsOf.push(cells)
    return text
  }
  const seen = new Set<string>()
  const records = rows.map((row, i) => {
    const id = (idAt >= 0 ? cleanId(row[idAt] ?? '') : '') || String(i + 1)
    // Ids repeated (a sheet pasted twice, a column not quite an id): each record's name told apart, 42, 42 (2) …,
    // so that the exports' `file` column names one row each.
    let unique = id
    for (let n = 2; seen.has(unique); n++) unique = `${id} (${n})`
    seen.add(unique)
    return { id: unique, text: textOf(row) }
  })
  const idColumn = idAt >= 0 ? header[idAt]!.trim() : null
  // JSON Lines with nested objects are no flat table: their keys one level down cannot be written back as they were.
  const table: { table?: RecordsTable } = parents?.size ? {} : {
    table: {
      ...file, header: hasHeader ? [...header] : null, width: header.length, rows, cells: cellsOf,
      idColumn: !all && idAt !== textAt ? idAt : -1,
    },
  }
  if (all) return { records, column: '', idColumn, header: hasHeader, allColumns: columns.length, ...table }
  const leftOut = columns.filter((at) => at !== textAt && filled(at)).map((at) => (hasHeader ? label(at) : header[at]!))
  return { records, column: header[textAt]!.trim(), idColumn, header: hasHeader, ...(leftOut.length > 0 && { leftOut }), ...table }
}

/** An id as an item's name can hold it: on one line, without a path's slash (a copy's name would make it a folder). */
function cleanId(id: string): string {
  return id.trim().replace(/\s+/gu, ' ').replace(/[/\\]/gu, '_')
}

/**
 * The delimiter of a .csv from its header line: a comma, unless the line holds more semicolons (Excel in locales
 * whose decimal mark is a comma) or tabs (a sheet saved as "text" under a .csv name). Quoted parts are not counted.
 */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]])
  let quoted = false
  for (const character of text) {
    if (character === '"') quoted = !quoted
    else if (!quoted && (character === '\n' || character === '\r')) break
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1)
  }
  let best = ','
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter
  return best
}

/**
 * RFC 4180: fields separated by `delimiter` (null: none, a row is one field), records by CR LF, LF or CR; a field in
 * double quotes may hold the delimiter, line breaks and doubled quotes (""). Lenient as spreadsheets are: a quote
 * inside an unquoted field is kept as it is. The rows, the header among them; those with every cell empty left out.
 * Throws RecordsError (quote) for a quote never closed, or closed only after QUOTE_RUN lines that look like rows
 * (as many delimiters as the first row has): read so, every row after it would be one record.
 */
function csvTable(text: string, delimiter: string | null): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    if (row.some((cell) => cell !== '')) rows.push(row)
    row = []
  }
  while (i < text.length) {
    const character = text[i]!
    if (character === '"' && field === '') {
      // A quoted field: to its closing quote; what follows that quote up to the delimiter is kept too.
      const opened = i
      i++
      for (;;) {
        const close = text.indexOf('"', i)
        if (close < 0) throw new RecordsError(lineAt(text, opened), 'quote')
        if (delimiter !== null && rows.length > 0 && swallowsRows(text.slice(i, close), delimiter, rows[0]!.length)) {
          throw new RecordsError(lineAt(text, opened), 'quote')
        }
        field += text.slice(i, close)
        if (text[close + 1] === '"') {
          field += '"'
          i = close + 2
        } else {
          i = close + 1
          break
        }
      }
      continue
    }
    if (character === delimiter) endField()
    else if (character === '\n') endRow()
    else if (character === '\r') {
      endRow()
      if (text[i + 1] === '\n') i++
    } else field += character
    i++
  }
  if (field !== '' || row.length > 0) endRow()
  return rows
}

/** The line of `text` (from 1) that position `at` is on. */
function lineAt(text: string, at: number): number {
  return (text.slice(0, at).match(/\r\n|\r|\n/gu)?.length ?? 0) + 1
}

/** Whether a quoted part runs over QUOTE_RUN lines, most of them shaped as rows of `width` cells. */
function swallowsRows(part: string, delimiter: string, width: number): boolean {
  if (width < 2) return false
  const lines = part.split(/\r\n|\r|\n/u)
  if (lines.length <= QUOTE_RUN) return false
  const rowLike = lines.filter((line) => line.split(delimiter).length === width).length
  return rowLike * 2 > lines.length
}

/**
 * JSON Lines as a table: every key met is a column (in the order first met); a value not a string is written as JSON.
 * An object's keys one level down are columns too, `data.text` (QA: {"data":{"text":…}} was analysed as the JSON
 * string of `data`). A byte-order mark at a line's start is dropped (files joined end to end each bring theirs).
 * Integers of 16 digits or more are kept as written (a post's id, 1234567890123456789, is past a double's 2^53).
 */
function jsonTable(text: string): Table {
  const header: string[] = []
  const at = new Map<string, number>()
  const objects: Record<string, unknown>[] = []
  const parents = new Set<number>()
  const lines = text.split(/\r\n|\r|\n/u)
  const add = (key: string) => {
    if (!at.has(key)) {
      at.set(key, header.length)
      header.push(key)
    }
  }
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/u, '')
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(/\d{16}/u.test(line) ? quoteLongIntegers(line) : line)
    } catch {
      throw new RecordsError(i + 1)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RecordsError(i + 1)
    const object = value as Record<string, unknown>
    const flat: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(object)) {
      add(key)
      flat[key] = inner
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
        if (Object.keys(inner).length > 0) parents.add(at.get(key)!)
        for (const [innerKey, innerValue] of Object.entries(inner as Record<string, unknown>)) {
          add(`${key}.${innerKey}`)
          flat[`${key}.${innerKey}`] = innerValue
        }
      }
    }
    objects.push(flat)
  })
  const cell = (value: unknown): string =>
    typeof value === 'string' ? value : value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return { header, rows: objects.map((object) => header.map((key) => cell(object[key]))), parents }
}

/**
 * `line` with every integer of 16 digits or more outside its strings put in quotes, so that JSON.parse gives its digits
 * as written (as a number, 1234567890123456789 and …788 both read 1234567890123456800). A scan, not a reviver's
 * `context.source`, which Chromium has from 114 and Node from 21 but Safari and Firefox lack.
 */
function quoteLongIntegers(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const character = line[i]!
    if (character === '"') {
      // A string, to its closing quote (a backslash escapes the character after it).
      let end = i + 1
      while (end < line.length && line[end] !== '"') end += line[end] === '\\' ? 2 : 1
      out += line.slice(i, end + 1)
      i = end + 1
      continue
    }
    const number = character === '-' || (character >= '0' && character <= '9') ? /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/u.exec(line.slice(i, i + 400)) : null
    if (number) {
      const literal = number[0]
      out += /^-?\d{16,}$/u.test(literal) ? `"${literal}"` : literal
      i += literal.length
      continue
    }
    out += character
    i++
  }
  return out
}

/** The records' texts as the editor takes them: a blank line between two (a single line break after a long
 *  text reads as a wrap, and the model would run two posts together); empty ones left out. */
export function recordsText(records: readonly TextRecord[]): string {
  return records.map((record) => record.text.trim()).filter((text) => text !== '').join('\n\n')
}
