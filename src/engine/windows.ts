// Documents of any length: cut the normalized unit stream into model windows.
//
// Every sentence is a window of its own, as the model saw sentences in training (one MSRA sentence per
// sequence). Packing several sentences into one window, as this engine once did, scored lower: on the
// MSRA dev block joined into paragraphs, 88.61 F1 for paragraphs up to 256 characters and 88.34 up to 600,
// against 88.79 with one sentence per window (Weibo dev 50.15 → 51.15). It costs about 10 % more time
// (more, shorter model calls), which buys that accuracy.
//
// A sentence ends at 。！？；… or a line break, together with any closing quotes or brackets, further end
// marks and whitespace right after it (“……。”） and the indent of the next paragraph), so no window
// starts with whitespace: the model never saw a sentence that did, and a leading space or paragraph indent
// cost 0.15-0.3 F1 (dev paragraphs indented with two U+3000: 88.68; with the indent at the end of the
// sentence before: 88.96). That whitespace is not fed either (sentenceWindow), nor any at the very start
// of the text.
//
// A sentence longer than the window is cut into chunks that overlap by `overlap` units; each chunk
// "owns" the units up to the middle of its overlaps, and an entity is kept only by the window that owns
// its first unit. The window that owns a unit sees at least overlap / 2 = 32 units after it, so an entity
// of up to 33 units crossing a cut is seen whole by the window that owns its start: none is cut in half
// and none is reported twice. (With 16, names of 18-21 units just before a hand-over came back cut short,
// 新疆维吾尔自治区乌鲁木齐市人民政府办, or as a LOC: 9 of 204 offsets tried; now none.) Only one
// window's worth of units is held at a time, so a 1,000,000-character text without a single sentence end
// streams through in bounded memory.
import { CLOSING_MARKS, STRAIGHT_QUOTES } from './closers'
import { URL_CHARS } from './decode'
import { isPictographic, isWhitespaceCodePoint, unitClass, type TextUnit } from './normalize'

export interface TextWindow {
  units: TextUnit[]
  /** Entities whose first unit index is in [ownFrom, ownTo) belong to this window. */
  ownFrom: number
  ownTo: number
}

export interface WindowOptions {
  maxWindow: number
  /** Units shared by two chunks of an over-long sentence. */
  overlap?: number
}

/** Closing quotes and brackets (full-width, as the normalizer maps them, and half-width) that stay
 *  with the sentence end before them. */
// ］ and ｝ are what normalization makes of ] and } (half-width to full-width): without them a line ending in
// [哈哈] was unwrapped by the engine while mayEndInWrap, reading the raw ], took it for a real end.
const CLOSERS = new Set([...CLOSING_MARKS, ...STRAIGHT_QUOTES])

function defaultOverlap(maxWindow: number): number {
  return Math.max(2, Math.min(64, Math.floor(maxWindow / 4)))
}

export function* textWindows(units: Iterable<TextUnit>, options: WindowOptions): Generator<TextWindow> {
  const { maxWindow } = options
  const overlap = options.overlap ?? defaultOverlap(maxWindow)
  if (overlap < 0 || overlap >= maxWindow) throw new RangeError('overlap must be in [0, maxWindow)')
  // Where the next chunk's ownership starts when an over-long sentence is cut: mid-overlap.
  const handOverAt = maxWindow - Math.ceil(overlap / 2)

  let buffer: TextUnit[] = []
  let ownFrom = 0 // units before this index were owned by the previous chunk of the same sentence
  let sentenceEnded = false // the buffer ends with a sentence end; closers may still join it
  // Whitespace after the sentence's end: fed only if the sentence goes on (a closer after it on the same line), so it
  // never counts against the window (fuzzing: 256 units and a line break were cut into two overlapping chunks).
  let trailing: TextUnit[] = []
  let lineBroken = false // a line break came after the sentence's end: what follows starts a sentence, closers too

  function* push(unit: TextUnit): Generator<TextWindow> {
    buffer.push(unit)
    if (buffer.length <= maxWindow) return
    // The buffer overflows by this one unit: one sentence longer than the window, cut with overlap.
    const window: TextWindow = { units: buffer.slice(0, maxWindow), ownFrom, ownTo: handOverAt }
    if (!isBlank(window)) yield window
    buffer = buffer.slice(maxWindow - overlap)
    ownFrom = handOverAt - (maxWindow - overlap)
  }

  for (const unit of units) {
    // A closing mark or an end mark joins the sentence before it (。” ！？), but not across a line break: a paragraph
    // that opens with ” or …… was read with the one before it, so appending text changed names before it (fuzzing).
    if (sentenceEnded && !unit.whitespace && (lineBroken || (!unit.sentenceEnd && !CLOSERS.has(unit.char)))) {
      // The sentence is complete: it is a window of its own, and this unit starts the next one.
      const window = sentenceWindow(buffer, ownFrom)
      if (!isBlank(window)) yield window
      buffer = []
      ownFrom = 0
      sentenceEnded = false
      trailing = []
      lineBroken = false
    }
    if (buffer.length === 0 && unit.whitespace) continue // nothing to own: no name starts with a space
    if (unit.whitespace && (sentenceEnded || unit.sentenceEnd)) {
      trailing.push(unit)
      sentenceEnded = true
      lineBroken ||= unit.lineBreak
      continue
    }
    sentenceEnded ||= unit.sentenceEnd
    for (const held of trailing) yield* push(held)
    trailing = []
    yield* push(unit)
  }
  if (buffer.length > ownFrom) {
    const window = sentenceWindow(buffer, ownFrom)
    if (!isBlank(window)) yield window
  }
}

/**
 * The last window of a sentence, without the whitespace after its end: that whitespace belongs to the
 * sentence (no window starts with it) but is not fed. Fed, a sentence's entities depended on what followed
 * it: a line break, \r\n (two units) or two trailing spaces changed 37-57 of 640 test sentences ending in ！,
 * so the page (which analyses a line without its break) and the Batch tab (a whole file) disagreed.
 * The MSRA dev block one sentence per line (`npm run eval -- --join newline`): 88.97 F1 fed, 88.89 not, about
 * 2 of its 2,023 names; indented paragraphs 88.96 and 88.89; wraps every 40 characters 88.87 either way.
 */
function sentenceWindow(buffer: TextUnit[], ownFrom: number): TextWindow {
  let end = buffer.length
  while (end > 0 && buffer[end - 1]!.whitespace) end--
  return { units: end < buffer.length ? buffer.slice(0, end) : buffer, ownFrom, ownTo: Math.max(ownFrom, end) }
}

/** A line at least this long (non-whitespace units) that stops mid-sentence was wrapped, not ended. */
const MIN_WRAPPED_LINE = 20
/** A shorter line, down to this length, was wrapped if the line before it was wrapped at the same length
 *  (±1): a narrow column (newspaper PDFs, 10-18 characters a line). */
export const MIN_COLUMN_LINE = 8

/** Whitespace units around a wrap at most (trailing spaces and the break): longer runs are layout. */
const MAX_WRAP_GAP = 16
/** Units of the line after a possible column break held at most while deciding (spaces included). */
const MAX_HELD_LINE = 64

/** Units that show a line is prose, not a list of names: a narrow column starts only where one of the two
 *  lines around its first break holds one (clause and sentence marks, 的). Lines of one length without any
 *  (北京大学第一医院 / 北京大学人民医院 / ...) are a list; read as a column, they ran together into one name. */
const PROSE_MARKS = new Set([...'，、。！？；的了在是着过把被从对这那就也都还又而但很更最'])

/**
 * Whether a line's break ends it though it stops mid-sentence: a table row or a list of names, not prose. A QA pass
 * pasting rosters, name grids and Excel rows (张伟  研发中心  软件工程师, 马国强 丁志伟 许文静 … 曹雪 / 田亮 邱慧 …)
 * found a row's last name run into the next row's first (曹雪 / 田亮 read as one person). A line is layout when a
 * run of two or more whitespace units stands inside it (aligned columns), or when at least two whitespace runs stand
 * inside it between units that are not both Latin letters or digits (使用 Python 开发 is prose) and it holds none of
 * PROSE_MARKS. Lists set with 、 are left to the wrap rule: on the MSRA dev block cut into 15-character lines, reading
 * 、-lists as layout cost 0.17 F1 (their items go on over the break as often as not).
 * A line holding a tab after its first non-whitespace unit is layout too: a tab separates a table's cells (a pasted
 * sheet row ending …腾讯公司<TAB>广州市 ran into the next paragraph's first name), and prose wrapped by an editor or a
 * PDF has none inside its lines (a leading tab, a paragraph indent, does not count). So is a line whose last clause is
 * a field (see fieldLabel): 参会的有来自各地的代表，地点：广州市 ran into the next line's 上海交通大学经济学院 as one ORG.
 */
function isLayoutLine(shape: LineShape, prose: boolean): boolean {
  return shape.innerRun || shape.field || shape.tab || shape.value > 0 || (shape.separators >= 2 && !prose)
}
type LineShape = {
  separators: number
  innerRun: boolean
  field: boolean
  colonLast: boolean
  /** A tab after the line's first non-whitespace unit. */
  tab: boolean
  /** The current clause's units since the line's start or its last CLAUSE_MARKS (at most MAX_CLAUSE_LABEL + 1). */
  label: string[]
  /** Units of a field's value after its colon while the line's last clause may be `label：value`; else -1. */
  value: number
}
/** Opening quotation marks (after normalization; straight ones paired or not). */
const QUOTE_OPENERS = new Set([...'“‘「『＂＇'])
/** A colon within this many units of a line's start makes the line a form field (地址：…, 电话：…, 记者：…). */
const MAX_FIELD_LABEL = 4
const newLineShape = (): LineShape => ({ separators: 0, innerRun: false, field: false, colonLast: false, tab: false, label: [], value: -1 })
/** Marks after which a clause's label may start (besides the line's start). */
const CLAUSE_MARKS = new Set([...'，、。！？；…!?;'])
/** A field's label after a clause mark is at most this long (地点, 会议地点, 报名截止日期). */
const MAX_CLAUSE_LABEL = 6
/** A field's value is at most this long (a place, a name, a date, a phone number). */
const MAX_FIELD_VALUE = 12
/**
 * What a field's label ends in: the nouns of metadata lines (a venue, a date, a contact). A label open to any 1-6 units
 * kept a line ending …，即：<a few characters> apart from its next line (the MSRA dev block wrapped every 25: 88.87 ->
 * 88.84 F1); open to any 2-6 units but those ending in a word of speech (表示, 说, 指出, …), it still read prose as
 * fields: of the first 30,000 MSRA sentences wrapped every 20, 25, 30 or 40 characters, 8-27 (by width) had a line
 * kept apart that ended in a clause such as 记者…报道：…, 他不明白：…, 其中规定：…, 依次为：… or 他问：…. With this
 * list, none.
 * Words that also end a clause of speech (他告诉记者：…) are left out: 记者, 作者.
 */
const FIELD_LABELS = [
  '地点', '时间', '日期', '地址', '住址', '电话', '手机', '传真', '邮箱', '邮编', '网址', '联系人', '负责人', '主持人', '报告人',
  '主讲人', '发布人', '单位', '来源', '编辑', '责编', '主办', '承办', '协办', '主题', '标题', '姓名', '名称', '性别', '年龄',
  '民族', '籍贯', '学历', '职务', '职称', '专业', '价格', '金额', '编号', '账号', '备注', '地区', '场地', '会场',
]
/**
 * Whether a clause read up to a colon is a field's label, so that a line whose last clause is that label, the colon and a
 * short value (no PROSE_MARKS, at most MAX_FIELD_VALUE units, no quotation after the colon) ends with its line: a
 * metadata line (…，地点：广州市), not wrapped prose. The label: at most MAX_CLAUSE_LABEL units since the line's start
 * or a clause mark, none of PROSE_MARKS (参会的地点：is prose), ending in one of FIELD_LABELS (会议地点, 联系电话).
 * A colon after a word of speech (陈嘉禾表示：苏州企业发展迅速) or an explanation (即：, 规定：) is prose, and wraps.
 */
function fieldLabel(label: readonly string[]): boolean {
  if (label.length > MAX_CLAUSE_LABEL || label.some((ch) => PROSE_MARKS.has(ch))) return false
  const text = label.join('')
  return FIELD_LABELS.some((word) => text.endsWith(word))
}

/** Reads one non-whitespace unit of a line into its shape: the form-field colon near its start, and its last clause. */
function readShape(shape: LineShape, char: string, lineLength: number): void {
  const colon = char === '：' || char === ':'
  // A quotation after the colon is prose (王毅说：“…”), not a field's value.
  if (shape.colonLast && QUOTE_OPENERS.has(char)) shape.field = false
  shape.colonLast = colon && lineLength > 0 && lineLength < MAX_FIELD_LABEL
  if (shape.colonLast) shape.field = true
  if (shape.value >= 0 && (PROSE_MARKS.has(char) || QUOTE_OPENERS.has(char) || ++shape.value > MAX_FIELD_VALUE)) shape.value = -1
  if (colon) {
    shape.value = fieldLabel(shape.label) ? 0 : -1
    shape.label = []
  } else if (CLAUSE_MARKS.has(char)) shape.label = []
  else if (shape.label.length <= MAX_CLAUSE_LABEL) shape.label.push(char)
}

/** Units after which a line break is a real one: sentence ends, a colon (a list follows), closers, and the marks that
 *  end social-media posts rather than sentences: a hashtag's # (Weibo's #话题#) and a tilde (好开心～). */
const ENDS_A_LINE = new Set([...'。！？；…!?;：:．.#＃~～〜', ...CLOSERS])

/** A character of a web address, projected to ASCII lower case: the class step 7a reads addresses by. */
const URL_CHAR = new RegExp(`^${URL_CHARS}$`)
const URL_STARTS = ['http://', 'https://', 'www.']
/** The characters of an @mention after its @: Han, Latin letters and digits (half- or full-width), _ and -. */
const MENTION_CHAR = /^[\u3400-\u4dbf\u4e00-\u9fff_\-＿－a-zA-Z0-9ａ-ｚＡ-Ｚ０-９]$/
/**
 * How long an @mention that ends a line may be after its @, a Han unit counting 2 and any other 1 (Weibo's nicknames
 * are at most 30 so counted; most are far shorter). Beyond it the "mention" runs on into prose
 * (感谢@北京大学新闻与传播学院的老师们和同学王\n小明: 19 Han units), and the line may be wrapped.
 */
const MAX_MENTION_WIDTH = 24
const HAN_MENTION_UNIT = /^[\u3400-\u4dbf\u4e00-\u9fff]$/

/** A unit as decode.ts projects it for web addresses: full-width ASCII to ASCII, lower case; '' if no ASCII. */
function asAscii(char: string): string {
  const code = char.codePointAt(0)!
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase()
  return code < 0x7f ? char.toLowerCase() : ''
}

/**
 * How a line ends besides its last unit (ENDS_A_LINE): in an emoji, a web address or an @mention, as social-media
 * posts do, one a line, where prose ends in 。！？. A QA pass pasting 2,000 Weibo-style posts one a line found 1,897
 * of them read as one paragraph (their lines stop mid-sentence): 26 names crossed from one post into the next
 * (谢\n刚, 杰伦 👍\n复旦大学 as an ORG) and 8.5 % of posts got other labels than alone. A line break after any of these
 * is a real one. Trailing whitespace does not count; an emoji is a whitespace unit (contract step 1) that carries
 * `pictograph`. Fed one line's units in order; bounded state (the last few characters of a web address).
 */
class LineEnd {
  private pictograph = false // an emoji since the line's last non-whitespace unit
  private afterSpace = false // whitespace since the last non-whitespace unit: the next one starts a token
  private urlRun = '' // the last characters of the run of web-address characters the line ends in
  private url = false // that run holds http:// https:// or www.
  private mention = false // the line's last token ends in an @mention (@谢刚)
  private mentionWidth = 0 // that mention's width after the @ (MAX_MENTION_WIDTH)

  feed(unit: TextUnit): void {
    if (unit.whitespace) {
      this.pictograph ||= unit.pictograph
      this.afterSpace = true
      return
    }
    if (this.afterSpace) this.urlRun = ''
    if (this.afterSpace) this.url = this.mention = false
    this.pictograph = this.afterSpace = false
    const ascii = asAscii(unit.char)
    if (URL_CHAR.test(ascii)) {
      this.urlRun = (this.urlRun + ascii).slice(-8)
      this.url ||= URL_STARTS.some((start) => this.urlRun.endsWith(start))
    } else {
      this.urlRun = ''
      this.url = false
    }
    const goesOn = this.mention && MENTION_CHAR.test(unit.char)
    this.mentionWidth = goesOn ? this.mentionWidth + (HAN_MENTION_UNIT.test(unit.char) ? 2 : 1) : 0
    this.mention = ascii === '@' || goesOn
  }

  /** The line ends in an emoji, a web address or an @mention (one no wider than MAX_MENTION_WIDTH). */
  get ended(): boolean {
    return this.pictograph || this.url || (this.mention && this.mentionWidth <= MAX_MENTION_WIDTH)
  }
}

/**
 * Whether a line (its own text, without the line break) could end in a wrap by the rule of unwrapLines:
 * at least MIN_WRAPPED_LINE non-whitespace code points, and stopping mid-sentence. For callers that split
 * text into lines before it reaches the engine (the app's live-analysis blocks), so a wrapped paragraph
 * reaches unwrapLines whole. Zero-width characters count here (the engine drops them first).
 */
export function mayEndInWrap(line: string): boolean {
  let count = 0
  let last = ''
  const end = new LineEnd()
  for (const ch of line) {
    const cp = ch.codePointAt(0)!
    // The marks an emoji sequence is built with (ZWJ, variation selectors, a keycap's U+20E3) are skipped: the engine
    // makes them part of, or drops them after, the unit before them (1️⃣ is a digit there, no emoji).
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x20d0 && cp <= 0x20ff)) continue
    const pictograph = isPictographic(cp)
    const whitespace = pictograph || isWhitespaceCodePoint(cp)
    end.feed({ char: ch, start: 0, end: 0, sentenceEnd: false, lineBreak: false, whitespace, tab: false, pictograph })
    if (whitespace) continue
    count++
    last = ch
  }
  return count >= MIN_COLUMN_LINE && !ENDS_A_LINE.has(last) && !end.ended
}

/**
 * Marks a full stop typed half-width ('.', '．' once normalized) as a sentence end when no letter or digit
 * follows it (3.14, U.S. and example.com are not ends). Text typed with an English keyboard layout ends
 * its Chinese sentences so; read as mid-sentence dots they ran sentences together, and the wrap rule took
 * a line ending in one for a wrap: the MSRA dev block with 。and ，typed as . and , scored 87.72 run
 * together and 87.48 one sentence per line, 88.62 and 88.57 with this (88.67 one line at a time either way).
 */
export function* markPeriodEnds(units: Iterable<TextUnit>): Generator<TextUnit> {
  let held: TextUnit | null = null
  for (const unit of units) {
    if (held) {
      yield isLatinOrDigit(unit.char) ? held : { ...held, sentenceEnd: true }
      held = null
    }
    if (unit.char === '．' || unit.char === '.') held = unit
    else yield unit
  }
  if (held) yield { ...held, sentenceEnd: true }
}

/** A Latin letter or digit (full-width after normalization): a wrap between two of them was a space. */
const isLatinOrDigit = (char: string) => unitClass(char) !== undefined

/** Whitespace units between two letter-spaced characters at most (on one line). */
const MAX_LETTER_GAP = 3
/** One-character tokens in a row that make text letter-spaced: 通 知 (two) is left as it is. */
const MIN_LETTER_RUN = 3

/**
 * Letter-spaced text (国 务 院 总 理): every character alone between spaces, as pdf.js extracts any PDF
 * set with letter spacing (even 0.2 em), as spaced-out headings and some OCR output arrive. The model
 * never saw a space inside a word: the MSRA dev block letter-spaced scored 3.97 F1. In a run of at least
 * MIN_LETTER_RUN one-character tokens, each followed by 1-MAX_LETTER_GAP whitespace units on the same
 * line, every gap as long as the first, the whitespace between two of them is not fed (kept between two
 * Latin letters or digits: "A B C"), so the model reads 国务院总理, and a name over the spaces is found
 * whole. Text that is only spaced
 * between words or names (张三 李四, 李\u3000强, 中国 人民) has no such run and is fed as it is: the model
 * reads those spaces well (space-separated name lists 94.75, two-character names padded with U+3000
 * 96.11), and dropping every space between Chinese characters would cost them 14-80 points.
 * Holds at most MIN_LETTER_RUN tokens and their gaps, so any text streams through in bounded memory.
 */
export function* closeLetterSpacing(units: Iterable<TextUnit>): Generator<TextUnit> {
  let run: TextUnit[] = [] // one-unit tokens in a row; gaps[i] is the whitespace between run[i] and run[i + 1]
  let gaps: TextUnit[][] = []
  let spaced = false // the run has reached MIN_LETTER_RUN: the whitespace inside it is not fed
  let gapLength = 0 // letter spacing is even: every gap of a run has the length of its first
  let gap: TextUnit[] = [] // whitespace after run.at(-1), while it may still be letter spacing
  let candidate: TextUnit | null = null // a non-whitespace unit whose token may be one unit long
  let longToken = false // inside a token of two or more units: passed on as it comes

  const fed = (before: TextUnit, after: TextUnit, whitespace: TextUnit[]) =>
    spaced && !(isLatinOrDigit(before.char) && isLatinOrDigit(after.char)) ? [] : whitespace

  /** Passes on the run (without its inside whitespace if letter-spaced), then `after`. */
  function* endRun(after: TextUnit[]): Generator<TextUnit> {
    for (let i = 0; i < run.length; i++) {
      yield run[i]!
      if (i < gaps.length) yield* fed(run[i]!, run[i + 1]!, gaps[i]!)
    }
    yield* after
    run = []
    gaps = []
    spaced = false
    gapLength = 0
  }

  /** A one-unit token joins the run (the whitespace before it was short); a confirmed run is passed on
   *  up to its last token, so at most MIN_LETTER_RUN tokens are ever held. */
  function* join(token: TextUnit): Generator<TextUnit> {
    // uneven: 李\u3000强\u3000\u3000王\u3000五 is two padded names, not letter spacing
    if (run.length > 0 && gapLength > 0 && gap.length !== gapLength) yield* endRun(gap)
    else if (run.length > 0) {
      gapLength = gap.length
      gaps.push(gap)
    }
    gap = []
    run.push(token)
    spaced ||= run.length >= MIN_LETTER_RUN
    if (!spaced) return
    for (let i = 0; i < run.length - 1; i++) {
      yield run[i]!
      yield* fed(run[i]!, run[i + 1]!, gaps[i]!)
    }
    run = [run.at(-1)!]
    gaps = []
  }

  for (const unit of units) {
    if (!unit.whitespace) {
      if (longToken) yield unit
      else if (candidate === null) candidate = unit
      else {
        // A second unit: the token is no single character. The run ends, with the whitespace before it fed.
        yield* endRun(gap)
        gap = []
        yield candidate
        yield unit
        candidate = null
        longToken = true
      }
      continue
    }
    longToken = false
    if (candidate !== null) {
      yield* join(candidate)
      candidate = null
    }
    if (run.length === 0) {
      yield unit
      continue
    }
    gap.push(unit)
    if (unit.lineBreak || unit.tab || gap.length > MAX_LETTER_GAP) {
      yield* endRun(gap) // whitespace this long, or a line break, is layout: the run ends here
      gap = []
    }
  }
  if (candidate !== null) yield* join(candidate)
  yield* endRun(gap)
}

/** Tokens in a row, one space apart, that are looked at together to tell word-spaced text. */
const WORD_RUN = 8
/** Function words or punctuation marks standing alone among WORD_RUN tokens that make a run word-spaced. */
const MIN_ONE_UNIT_WORDS = 2
/** Function words a segmenter leaves standing alone; a list of names holds none of them. */
const FUNCTION_WORDS = '的了在是和与及或也都就还又而但并把被将从向对为以于由给让到这那其之所着过地得很更最不没有要会能可等个'
const isFunctionToken = (token: readonly TextUnit[]) =>
  token.length === 1 && (FUNCTION_WORDS.includes(token[0]!.char) || /^\p{P}$/u.test(token[0]!.char))
/** A longer token is no segmented word, and ends a run (it also bounds what is held). */
const MAX_WORD = 16

/**
 * Word-spaced text (国务院 总理 李鹏 今天 在 北京 会见 了 ……): the output of a word segmenter, corpora, and
 * some learners' writing put a space between words; the model never saw one inside a sentence, and a name
 * next to a space is easily cut or run on (the MSRA dev block with a space between its words: 87.29
 * against 88.84). In a chain of tokens one whitespace unit apart on one line, each at most MAX_WORD units
 * and no Latin word, once WORD_RUN tokens in a row hold at least MIN_ONE_UNIT_WORDS function words or
 * punctuation marks standing alone, the whitespace between the tokens from there to the chain's end is not
 * fed (kept between two Latin letters or digits). Lists of names (张三 李四 王五, 中国银行 工商银行, even
 * with one-character names: 中 美 日) hold no function word and keep their spaces, which the model reads
 * well (dev names in space-separated lists: unchanged); a lone space in prose is left alone.
 * Runs after closeLetterSpacing, so a letter-spaced name (王 五) is one token by then. Holds at most
 * WORD_RUN tokens, so any text streams through in bounded memory.
 */
export function* closeWordSpacing(units: Iterable<TextUnit>): Generator<TextUnit> {
  let chain: TextUnit[][] = [] // tokens of the chain not yet passed on (the last one always held)
  let gaps: TextUnit[] = [] // gaps[i]: the one whitespace unit between chain[i] and chain[i + 1]
  let spaced = false // the chain has been found word-spaced: its gaps from here on are not fed
  let token: TextUnit[] = [] // the token being read
  let after: TextUnit[] = [] // whitespace after the chain's last token
  let longToken = false // inside a token longer than MAX_WORD: passed on as it comes

  // a Latin word: Chinese text often sets one off with spaces (使用 Python 开发), which the model reads well
  const breaksChain = (t: readonly TextUnit[]) => t.every((u) => isLatinOrDigit(u.char)) && t.some((u) => unitClass(u.char) === 'letter')

  function* pass(count: number): Generator<TextUnit> {
    for (let i = 0; i < count; i++) {
      yield* chain[i]!
      const right = chain[i + 1]
      if (!right) continue
      const closed = spaced && !(isLatinOrDigit(chain[i]!.at(-1)!.char) && isLatinOrDigit(right[0]!.char))
      if (!closed) yield gaps[i]!
    }
    chain = chain.slice(count)
    gaps = gaps.slice(count)
  }

  function* endChain(): Generator<TextUnit> {
    yield* pass(chain.length)
    yield* after
    after = []
    spaced = false
  }

  function* endToken(): Generator<TextUnit> {
    const read = token
    token = []
    if (breaksChain(read)) {
      yield* endChain()
      yield* read
      return
    }
    if (chain.length > 0) gaps.push(after[0]!) // one whitespace unit: a longer gap ended the chain already
    else yield* after
    after = []
    chain.push(read)
    if (!spaced && chain.length >= WORD_RUN) {
      spaced = chain.filter(isFunctionToken).length >= MIN_ONE_UNIT_WORDS
      if (!spaced) yield* pass(1) // the oldest token leaves the window, its gap fed
    }
    if (spaced) yield* pass(chain.length - 1)
  }

  for (const unit of units) {
    if (!unit.whitespace) {
      if (longToken) yield unit
      else if (token.push(unit) > MAX_WORD) {
        // too long to be a word: the chain ends before it, and it streams on as it comes
        yield* endChain()
        yield* token
        token = []
        longToken = true
      }
      continue
    }
    longToken = false
    if (token.length > 0) yield* endToken()
    if (chain.length === 0) {
      yield unit
      continue
    }
    after.push(unit)
    if (unit.lineBreak || unit.tab || after.length > 1) yield* endChain()
  }
  if (token.length > 0) yield* endToken()
  yield* endChain()
}

/**
 * Text copied from a PDF, an e-mail or a narrow column arrives hard-wrapped: a line break every 25-45
 * characters, in the middle of sentences and names. Read as sentence ends, those breaks cut sentences
 * into pieces the model never saw: the MSRA dev block wrapped every 40 characters scored 82.35 F1
 * (every 25: 78.13) against 88.79 unwrapped. A single line break is taken for a wrap when the line
 * before it has at least MIN_WRAPPED_LINE units and stops mid-sentence (not after 。！？；… a colon or
 * a closing mark, nor in what ends a social-media post: # ～, an emoji, a web address, an @mention, see LineEnd)
 * and the next line starts right away (no indent, no blank line). A wrap is not a
 * sentence end; between two Chinese characters it is not fed to the model at all (a name broken over
 * two lines is read whole), between two Latin letters or digits it stays as the space it stood for.
 * Wrapped dev: 88.84 (every 40) and 88.71 (every 25); one sentence per line and lists (short lines,
 * or lines ending in punctuation) are unchanged. A narrow column wraps shorter lines: a line of at least
 * MIN_COLUMN_LINE units is a wrap too when the line before it was a wrap candidate of the same length
 * (±1): justified columns set every line to one length, lists of items seldom. At a column paragraph's
 * first break there is no line before it to compare, so the line after it is read first: the break is a
 * wrap if that line has the same length (±1) and stops mid-sentence too.
 */
export function* unwrapLines(units: Iterable<TextUnit>): Generator<TextUnit> {
  let gap: TextUnit[] = [] // whitespace since the last non-whitespace unit, while it may still be a wrap
  let spilled = false // the whitespace since the last non-whitespace unit cannot be a wrap: passed on
  let breaks = 0 // line breaks since the last non-whitespace unit
  let lineLength = 0 // non-whitespace units on the current line
  let lineBeforeGap = 0
  let lineProse = false // the current line holds one of PROSE_MARKS
  let proseBeforeGap = false
  let previous: TextUnit | null = null // the last non-whitespace unit
  // What isLayoutLine reads of the current line, and of the line before the gap.
  let lineShape = newLineShape()
  let shapeBeforeGap = lineShape
  let lineEnd = new LineEnd() // whether the current line ends in an emoji, a web address or an @mention
  let endedBeforeGap = false
  let lastCandidate = 0 // length of the line before, if it ended as a wrap would (mid-sentence, one break, no indent); else 0
  // A column's first break waits for the line after it: the units of that line so far, and its length.
  let pending = null as { gap: TextUnit[]; length: number; prose: boolean } | null // (set inside step(), hence the cast)
  let held: TextUnit[] = []
  let heldLength = 0

  /** Passes on the whitespace of a line break, or not (a wrap), and the unit after it. */
  function* passGap(wrapped: boolean, unit: TextUnit, whitespace: TextUnit[]): Generator<TextUnit> {
    if (!wrapped) yield* whitespace
    else if (isLatinOrDigit(previous!.char) && isLatinOrDigit(unit.char)) for (const u of whitespace) yield { ...u, sentenceEnd: false }
  }

  function* afterGap(unit: TextUnit): Generator<TextUnit> {
    if (breaks > 0) {
      lineLength = 0
      lineEnd = new LineEnd()
      lineProse = false
      lineShape = newLineShape()
    } else if ((gap.length > 0 || spilled) && previous !== null) {
      // whitespace inside the line (a spilled run was longer than MAX_WRAP_GAP)
      if (gap.length > 1 || spilled) lineShape.innerRun = true
      if (!(isLatinOrDigit(previous.char) && isLatinOrDigit(unit.char))) lineShape.separators++
    }
    readShape(lineShape, unit.char, lineLength)
    gap = []
    spilled = false
    breaks = 0
    yield unit
    lineLength++
    lineEnd.feed(unit)
    lineProse ||= PROSE_MARKS.has(unit.char)
    previous = unit
  }

  function* step(unit: TextUnit): Generator<TextUnit> {
    if (unit.whitespace) {
      if (breaks === 0 && !unit.lineBreak) lineEnd.feed(unit) // trailing whitespace: an emoji is one
      if (breaks === 0 && unit.tab && previous !== null) lineShape.tab = true // not a paragraph's indent
      if (unit.lineBreak) {
        if (breaks === 0) {
          endedBeforeGap = lineEnd.ended
          lineBeforeGap = lineLength
          proseBeforeGap = lineProse
          shapeBeforeGap = lineShape
        }
        breaks++
      }
      if (spilled) {
        yield unit
        return
      }
      gap.push(unit)
      // A second break (a blank line) or a run of whitespace this long is no wrap: pass it on, so a
      // flood of whitespace streams through in bounded memory like everything else.
      if (breaks > 1 || gap.length > MAX_WRAP_GAP) {
        yield* gap
        gap = []
        spilled = true
      }
      return
    }
    if (gap.length > 0) {
      // gap.at(-1) ends a sentence only if it is a line break (the \n of \r\n too): no indent follows it.
      const candidate = breaks === 1 && gap.at(-1)!.sentenceEnd && previous !== null && !ENDS_A_LINE.has(previous.char)
        && !endedBeforeGap && !isLayoutLine(shapeBeforeGap, proseBeforeGap)
      const column = candidate && lineBeforeGap >= MIN_COLUMN_LINE && lineBeforeGap < MIN_WRAPPED_LINE
      if (column && Math.abs(lineBeforeGap - lastCandidate) > 1) {
        // Maybe a column's first line: decided once the next line is read (at most a line of units held).
        pending = { gap, length: lineBeforeGap, prose: proseBeforeGap }
        held = [unit]
        heldLength = 1
        return
      }
      const wrapped = candidate && (lineBeforeGap >= MIN_WRAPPED_LINE || column)
      // A column goes on from a wrap only; spaces inside a line leave it be.
      if (breaks > 0) lastCandidate = wrapped ? lineBeforeGap : 0
      yield* passGap(wrapped, unit, gap)
    }
    yield* afterGap(unit)
  }

  /** The line after a possible column break is read (or cannot be a column line): decide, then go on. */
  function* resolve(complete: boolean): Generator<TextUnit> {
    const { gap: whitespace, length } = pending!
    const prose = pending!.prose || held.some((u) => PROSE_MARKS.has(u.char))
    pending = null
    const last = [...held].reverse().find((u) => !u.whitespace)!
    const heldEnd = new LineEnd()
    for (const u of held) if (!u.lineBreak) heldEnd.feed(u)
    const wrapped = complete && Math.abs(heldLength - length) <= 1 && !ENDS_A_LINE.has(last.char) && !heldEnd.ended && prose
    // Not a column: the next break is another column's first one, to be read the same way.
    lastCandidate = wrapped ? length : 0
    const [first, ...rest] = held
    held = []
    yield* passGap(wrapped, first!, whitespace)
    yield* afterGap(first!)
    for (const unit of rest) yield* step(unit)
  }

  for (const unit of units) {
    if (pending === null) {
      yield* step(unit)
      continue
    }
    held.push(unit)
    if (!unit.whitespace) heldLength++
    if (unit.lineBreak) yield* resolve(true)
    else if (heldLength > pending.length + 1 || held.length > MAX_HELD_LINE) yield* resolve(false)
  }
  if (pending !== null) yield* resolve(true)
  yield* gap
}

/** A window of nothing but whitespace cannot hold an entity; skipping it saves a model call. */
function isBlank(window: TextWindow): boolean {
  for (let i = window.ownFrom; i < window.ownTo; i++) if (!window.units[i]!.whitespace) return false
  return true
}
