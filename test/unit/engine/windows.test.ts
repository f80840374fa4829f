import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createNormalizer, normalizedUnits, type TextUnit } from '../../../src/engine/normalize'
import { closeLetterSpacing, closeWordSpacing, markPeriodEnds, mayEndInWrap, textWindows, unwrapLines } from '../../../src/engine/windows'

const normalizer = createNormalizer({
  drop: [0x200b, 0xfeff], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: false,
})

function windowsOf(text: string, maxWindow: number, overlap?: number) {
  return [...textWindows(normalizedUnits(text, normalizer), { maxWindow, overlap })]
}

/** `pattern`'s characters (U+3000 as whitespace) over and over, without end: a stage that held on to
 *  its input would never hand anything back. */
function* forever(pattern: readonly string[]): Generator<TextUnit> {
  for (let i = 0; ; i++) {
    const char = pattern[i % pattern.length]!
    yield { char, start: i, end: i + 1, sentenceEnd: false, lineBreak: false, whitespace: char === '\u3000', tab: false, pictograph: false }
  }
}

/** Whether `stage` hands back the first 1,000 units of endless input. */
function streams(stage: (units: Iterable<TextUnit>) => Iterable<TextUnit>, pattern: readonly string[]): boolean {
  let seen = 0
  for (const _unit of stage(forever(pattern))) if (++seen === 1000) return true
  return false
}

/** The engine's windows (full stops marked and line wraps undone first, as NerModel.windows does), as
 *  their original text. */
function unwrappedPieces(text: string, maxWindow = 256): string[] {
  const windows = [...textWindows(unwrapLines(markPeriodEnds(normalizedUnits(text, normalizer))), { maxWindow })]
  return windows.map((w) => w.units.map((u) => text.slice(u.start, u.end)).join(''))
}

/** Each window's text, as the original characters. */
function piecesOf(text: string, windows: ReturnType<typeof windowsOf>): string[] {
  return windows.map((w) => w.units.map((u) => text.slice(u.start, u.end)).join(''))
}

describe('textWindows', () => {
  it('gives every sentence a window of its own, as the model was trained', () => {
    const text = '今天天气很好。我们去公园！你来吗？'
    const windows = windowsOf(text, 12)
    expect(piecesOf(text, windows)).toEqual(['今天天气很好。', '我们去公园！', '你来吗？'])
    expect(windows.map((w) => [w.ownFrom, w.ownTo])).toEqual([[0, 7], [0, 6], [0, 4]])
  })

  it('keeps closing quotes, brackets and repeated end marks with the sentence they close; the whitespace after it is fed to none', () => {
    const text = '　　他说："走吧!"（他走了。） 真的吗？！……好。\n\n　　下一段'
    expect(piecesOf(text, windowsOf(text, 40))).toEqual(['他说："走吧!"', '（他走了。）', '真的吗？！……', '好。', '下一段'])
    // so what follows a sentence (a line break, \r\n, spaces) cannot change what is found in it
    const fed = (t: string) => windowsOf(t, 40).map((w) => w.units.map((u) => u.char).join(''))
    expect(fed('张伟来了！\r\n')).toEqual(fed('张伟来了！'))
    expect(fed('张伟来了！  \n李娜')).toEqual(fed('张伟来了！\n李娜'))
  })

  it('starts a sentence at a closing mark or end mark that follows a line break, rather than joining it to the one before', () => {
    // A paragraph opening with ” or …… was read with the paragraph before it (fuzzing): appending it changed names there.
    const text = '上海市浦东新区张江高科技园区\n\n”记者张伟来了\n……他说。'
    expect(piecesOf(text, windowsOf(text, 40))).toEqual(['上海市浦东新区张江高科技园区', '”记者张伟来了', '……', '他说。'])
    // on the same line a closer still joins its sentence, across spaces too
    expect(piecesOf('他走了。 ”好', windowsOf('他走了。 ”好', 40))).toEqual(['他走了。 ”', '好'])
  })

  it('does not count the whitespace after a sentence against the window: a sentence that fits stays whole', () => {
    const sentence = `${'中'.repeat(255)}。`
    for (const after of ['\n', ' \n\n', '\n\u3000\u3000', '   ']) {
      const windows = windowsOf(`${sentence}${after}李娜来了。`, 256)
      expect(windows.map((w) => w.units.length)).toEqual([256, 5])
    }
  })

  it('cuts a sentence longer than the window with overlap, and ownership hands over mid-overlap', () => {
    const text = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸'
    const windows = windowsOf(text, 8, 4)
    // chunks start every 8 - 4 = 4 units
    expect(windows.map((w) => w.units[0]!.start)).toEqual([0, 4, 8, 12])
    expect(windows.every((w) => w.units.length <= 8)).toBe(true)
    const owned = windows.flatMap((w) => w.units.slice(w.ownFrom, w.ownTo).map((u) => u.start))
    expect(owned).toEqual(Array.from(text, (_, i) => i))
  })

  it("lets the window that owns a name's first unit see at least 32 units more, so a name of 33 is seen whole across a cut", () => {
    // (With 16, a name of 18-21 units starting just before the hand-over came back cut short or as a
    // LOC: 新疆维吾尔自治区乌鲁木齐市人民政府办, at 9 of 204 offsets tried.)
    const text = '会'.repeat(1000)
    const windows = windowsOf(text, 256)
    expect(windows.length).toBeGreaterThan(4)
    for (const w of windows.slice(0, -1)) expect(w.units.length - w.ownTo).toBeGreaterThanOrEqual(32)
    for (const w of windows.slice(1)) expect(w.ownFrom).toBeGreaterThanOrEqual(32)
  })

  it('skips windows that hold nothing but whitespace', () => {
    expect(windowsOf('\n\n\n   \n', 4)).toEqual([])
  })

  it('owns every kept unit exactly once, never exceeds the window, for any text', () => {
    const alphabet = fc.constantFrom('中', '国', '。', '！', '\n', '\r', ' ', 'a', 'Z', '😀', '\u200b', '…', '；', '”')
    fc.assert(fc.property(
      fc.array(alphabet, { maxLength: 300 }).map((chars) => chars.join('')),
      fc.integer({ min: 8, max: 40 }),
      fc.integer({ min: 0, max: 7 }),
      (text, maxWindow, overlap) => {
        const windows = windowsOf(text, maxWindow, overlap)
        const owned: number[] = []
        windows.forEach((w, k) => {
          expect(w.units.length).toBeLessThanOrEqual(maxWindow)
          expect(w.ownFrom).toBeLessThan(w.ownTo)
          // Never two sentences in one window: after an end mark come only more end marks, closers or
          // whitespace; and no sentence's window starts with whitespace. (A later chunk of a sentence cut
          // for length may: the cut falls where the window is full, space or not. fast-check found
          // 中中中中中中中 中 and 中中中中中中中中\n… with windows of 8 and 9.)
          const firstEnd = w.units.findIndex((u) => u.sentenceEnd)
          if (firstEnd >= 0) for (const u of w.units.slice(firstEnd)) expect(u.sentenceEnd || u.whitespace || u.char === '”').toBe(true)
          const laterChunk = k > 0 && windows[k - 1]!.units.length === maxWindow // the one before was cut
          if (!laterChunk) expect(w.units[0]!.whitespace).toBe(false)
          for (const u of w.units.slice(w.ownFrom, w.ownTo)) owned.push(u.start)
        })
        // Owned units appear in text order, once each, and cover every non-blank kept unit.
        const expected = [...normalizedUnits(text, normalizer)].map((u) => u.start)
        expect(owned).toEqual([...owned].sort((a, b) => a - b))
        expect(new Set(owned).size).toBe(owned.length)
        const nonBlankStarts = [...normalizedUnits(text, normalizer)].filter((u) => !u.whitespace).map((u) => u.start)
        for (const start of nonBlankStarts) expect(owned).toContain(start)
        for (const start of owned) expect(expected).toContain(start)
      },
    ), { numRuns: 300 })
  })
})

describe('unwrapLines', () => {
  const line = '国务院总理在人民大会堂会见了来访的法国总统马' // 22 characters, stops mid-name

  it('reads a line break in the middle of a long line\'s sentence as a wrap: one window, the break not fed', () => {
    expect(unwrappedPieces(`${line}\n克龙，双方交换了意见。`)).toEqual([`${line}克龙，双方交换了意见。`])
    expect(unwrappedPieces(`${line}\r\n克龙。`)).toEqual([`${line}克龙。`])
  })

  it('reads a narrow column\'s lines of one length as wrapped, the first break by the line after it', () => {
    const column = '国务院总理李强在人民\n大会堂会见了来访的法\n国总统马克龙，双方就\n中法关系交换了意见。'
    expect(unwrappedPieces(column)).toEqual(['国务院总理李强在人民大会堂会见了来访的法国总统马克龙，双方就中法关系交换了意见。'])
    // Spaces inside a line do not hide the line before it.
    expect(unwrappedPieces('国务院总理李强在人民\n大会堂\u3000会见了来访的法\n国总统马克龙。')).toEqual(['国务院总理李强在人民大会堂\u3000会见了来访的法国总统马克龙。'])
    // A short line after it, or one that ends its sentence, leaves the first break as it is.
    expect(unwrappedPieces('国务院总理李强在人民\n大会堂见面。')).toEqual(['国务院总理李强在人民', '大会堂见面。'])
    expect(unwrappedPieces('国务院总理李强在人民\n大会堂会见了来访的。')).toEqual(['国务院总理李强在人民', '大会堂会见了来访的。'])
    // Lines of other lengths, or shorter than MIN_COLUMN_LINE, keep their breaks.
    expect(unwrappedPieces('北京市海淀区中关村大街\n上海市浦东新区世纪大道一百号\n广州市天河区体育西路')).toHaveLength(3)
    expect(unwrappedPieces('国务院总理李强\n外交部部长王毅\n财政部部长蓝佛安')).toHaveLength(3)
  })

  it('reads lines of one length without a clause mark or function word as a list of names, not a column', () => {
    // Read as a column, the four ran together into one ORG over the breaks.
    const hospitals = ['北京大学第一医院', '北京大学人民医院', '北京大学第三医院', '北京协和医院东院']
    expect(unwrappedPieces(hospitals.join('\n'))).toEqual(hospitals)
    expect(unwrappedPieces('浙江大学医学院\n南京大学历史学院\n武汉大学法学院')).toEqual(['浙江大学医学院', '南京大学历史学院', '武汉大学法学院'])
    // A column starts once a line at its first break reads as prose (here 的), and goes on by length.
    expect(unwrappedPieces('国家统计局今天发布的\n数据显示国内生产总值\n同比增长五个百分点。')).toEqual(['国家统计局今天发布的数据显示国内生产总值同比增长五个百分点。'])
  })

  it('keeps a wrap between Latin words as the space it stood for', () => {
    const units = [...unwrapLines(normalizedUnits('The United Nations held a long meeting in\nGeneva', normalizer))]
    expect(units.map((u) => u.char).join('')).toContain('ｉｎ\u3000Ｇｅｎｅｖａ')
    expect(units.some((u) => u.sentenceEnd)).toBe(false)
  })

  it('leaves real line breaks alone: short lines, ends of sentences, colons, blank lines, indents', () => {
    expect(unwrappedPieces('张伟\n李娜\n北京')).toEqual(['张伟', '李娜', '北京'])
    expect(unwrappedPieces(`${line}。\n克龙`)).toEqual([`${line}。`, '克龙'])
    expect(unwrappedPieces(`${line}：\n克龙`)).toEqual([`${line}：`, '克龙'])
    expect(unwrappedPieces(`${line}\n\n克龙`)).toEqual([`${line}`, '克龙'])
    expect(unwrappedPieces(`${line}\n\u3000\u3000克龙`)).toEqual([`${line}`, '克龙'])
    const spaces = ' '.repeat(20)
    expect(unwrappedPieces(`${line}${spaces}\n克龙`)).toEqual([line, '克龙'])
  })

  it('leaves the breaks of table rows, name grids and form fields alone, though their lines stop mid-sentence', () => {
    // QA pasting rosters: the last name of a row ran into the first of the next (曹雪 / 田亮 read as one person).
    const grid = '参会人员：马国强 丁志伟 许文静 冯晓明 韩冰 曹雪\n田亮 邱慧 唐敏 蒋立新'
    expect(unwrappedPieces(grid)).toEqual(['参会人员：马国强 丁志伟 许文静 冯晓明 韩冰 曹雪', '田亮 邱慧 唐敏 蒋立新'])
    const columns = '张伟    研发中心    软件工程师    王建国\n李娜    市场部    市场专员    刘志强'
    expect(unwrappedPieces(columns)).toHaveLength(2)
    const fields = '地址：北京市东城区东长安街一号东方广场三座\n电话：零一零八五二零一二三四'
    expect(unwrappedPieces(fields)).toEqual(['地址：北京市东城区东长安街一号东方广场三座', '电话：零一零八五二零一二三四'])
  })

  it('still unwraps prose: with Latin words set off by spaces, a colon late in the line, or a quotation after a colon', () => {
    expect(unwrappedPieces('使用 Python 和 Rust 开发的这套系统由张伟负责\n维护和升级。')).toEqual(['使用 Python 和 Rust 开发的这套系统由张伟负责维护和升级。'])
    expect(unwrappedPieces('新华社北京一月五日电：国务院总理在人民大会堂会\n见了客人。')).toEqual(['新华社北京一月五日电：国务院总理在人民大会堂会见了客人。'])
    expect(unwrappedPieces('王毅说：“中方欢迎美方代表团访华，希望双方马\n克龙。”')).toEqual(['王毅说：“中方欢迎美方代表团访华，希望双方马克龙。”'])
  })

  it('ends social-media posts one a line at their break: after an emoji, a hashtag, a web address, an @mention, a tilde', () => {
    // QA pasting Weibo-style posts one a line: their lines stop mid-sentence, so 1,897 of 2,000 ran together and
    // names crossed from one post into the next (谢\n刚, 杰伦 👍\n复旦大学 as an ORG).
    const next = '国家卫健委发布了最新的通知。'
    const post = '今天和谢刚去了复旦大学参加活动，真的太开心了' // 22 units
    for (const end of ['😂', ' 👍 ', '👍🏽', '❤️', '😂😂😂']) {
      expect(unwrappedPieces(`${post}${end}\n${next}`)).toEqual([post, next])
    }
    for (const tail of [' #周末去哪儿#', '#周末去哪儿#', '＃周末去哪儿＃', '～', '~', ' #',
      '，全文见http://t.cn/AbCd12', '，全文见 https://news.example.com/a/b.html ', '，详见www.example.com',
      '，感谢@谢刚', '，感谢 ＠Lucky_星']) {
      expect(unwrappedPieces(`${post}${tail}\n${next}`)).toEqual([`${post}${tail}`.trimEnd(), next])
    }
    // \r\n too, and the sentence ends there: no window runs over it
    expect(unwrappedPieces(`${post}😂\r\n${next}`)).toEqual([post, next])
  })

  it('still unwraps a wrapped line with an emoji, a web address or an @mention inside it, or a 40-unit line ending in Han', () => {
    const wrapped = '国务院总理在人民大会堂会见了来访的法国总统马'
    const forty = '国务院总理上午在人民大会堂会见了来访的法国总统和夫人，双方就两国关系交换了意见后' // 40 units
    expect(unwrappedPieces(`${forty}\n共同会见了记者。`)).toEqual([`${forty}共同会见了记者。`])
    for (const before of ['张伟👍和李娜在北京见面，', '全文见http://t.cn/AbCd12x，', '@新华视点 ', '感谢@谢刚，', '#两会# ']) {
      expect(unwrappedPieces(`${before}${wrapped}\n克龙。`)).toEqual([`${before}${wrapped}克龙。`])
    }
    // a narrow column's first break is read by the line after it: one ending in an emoji is no column line
    expect(unwrappedPieces('国务院总理李强在人民\n大会堂会见了来访的法😂\n国总统马克龙。')).toHaveLength(3)
  })

  it('ends a line at a bracket normalization makes full-width (] -> ］, } -> ｝), as mayEndInWrap reads the raw one', () => {
    // Re-check: …开心了我们[哈哈]\n伟说话 was unwrapped (］ was no closer) while the page's blocks took it for a real end.
    const post = '今天和谢刚去了复旦大学参加活动，真的太开心了'
    const next = '国家卫健委发布了最新的通知。'
    for (const close of ['[哈哈]', '{注}', '［哈哈］', '｛注｝']) {
      expect(unwrappedPieces(`${post}${close}\n${next}`)).toEqual([`${post}${close}`, next])
      expect(mayEndInWrap(`${post}${close}`)).toBe(false)
    }
  })

  it('reads a line-final @mention that runs on into prose as no mention: the line may be wrapped', () => {
    // Re-check: …特别感谢@北京大学新闻与传播学院的老师们和同学王\n小明… was cut into 王 / 小明. A mention is at most
    // MAX_MENTION_WIDTH wide after its @ (a Han unit counting 2).
    const line = '这篇长文首发于微信公众号，特别感谢@北京大学新闻与传播学院的老师们和同学王'
    expect(unwrappedPieces(`${line}\n小明对本文的帮助。`)).toEqual([`${line}小明对本文的帮助。`])
    expect(mayEndInWrap(line)).toBe(true)
    // a mention of 12 Han units, or 24 Latin letters, still ends the line
    const post = '今天和谢刚去了复旦大学参加活动，真的太开心了'
    for (const mention of ['@北京大学新闻与传播学院官', '@Lucky_star_2024_official', '＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘ']) {
      expect(unwrappedPieces(`${post}，感谢${mention}\n国家卫健委发布了通知。`)).toEqual([`${post}，感谢${mention}`, '国家卫健委发布了通知。'])
      expect(mayEndInWrap(`${post}，感谢${mention}`)).toBe(false)
    }
  })

  it('says a line may end in a wrap as unwrapLines reads it (mayEndInWrap)', () => {
    const post = '今天和谢刚去了复旦大学参加活动，真的太开心了'
    expect(mayEndInWrap(post)).toBe(true)
    for (const end of ['😂', ' 👍 ', '👍🏽', '❤️', '#话题#', '～', '，见http://t.cn/AbCd12', '，感谢@谢刚']) {
      expect(mayEndInWrap(`${post}${end}`)).toBe(false)
    }
    // a keycap is a digit to the engine, no emoji: it may be wrapped
    expect(mayEndInWrap(`${post}1️⃣`)).toBe(true)
  })

  it('passes a flood of whitespace on as it comes, holding no more than a few units', () => {
    function* endlessSpaces() {
      yield* normalizedUnits('中', normalizer)
      for (let i = 1; ; i++) yield { char: '\u3000', start: i, end: i + 1, sentenceEnd: false, lineBreak: false, whitespace: true, tab: false, pictograph: false }
    }
    let seen = 0
    for (const _unit of unwrapLines(endlessSpaces())) if (++seen === 1000) break
    expect(seen).toBe(1000)
  })

  it('drops nothing but whitespace, and keeps every unit\'s order, for any text', () => {
    const alphabet = fc.constantFrom('中', '国', '。', '：', '\n', '\r', ' ', 'a', '7', '😀', '”')
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')), (text) => {
      const all = [...normalizedUnits(text, normalizer)]
      const kept = [...unwrapLines(normalizedUnits(text, normalizer))]
      const keptStarts = kept.map((u) => u.start)
      expect(keptStarts).toEqual([...keptStarts].sort((a, b) => a - b))
      for (const u of all) if (!u.whitespace) expect(keptStarts).toContain(u.start)
    }), { numRuns: 300 })
  })
})

describe('straight double quotes', () => {
  const chars = (text: string, pair: boolean) =>
    [...normalizedUnits(text, createNormalizer({ drop: [], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: false, pair_straight_quotes: pair }))]
      .map((u) => u.char).join('')

  it('are read as “ and ” by turns when the manifest asks, from “ again on every line', () => {
    expect(chars('他说:"走吧。"＂好＂', true)).toBe('他说：“走吧。”“好”')
    expect(chars('"甲\n"乙"', true)).toBe('“甲\u3000“乙”')
    expect(chars('他说:"走吧。"', false)).toBe('他说：＂走吧。＂')
  })

  it('so a closing one stays with the sentence it closes', () => {
    const normalizer = createNormalizer({ drop: [], halfwidth_to_fullwidth: true, whitespace_to: 0x3000, traditional_to_simplified: false, pair_straight_quotes: true })
    const text = '"走吧。"他说。'
    const windows = [...textWindows(normalizedUnits(text, normalizer), { maxWindow: 64 })]
    expect(windows.map((w) => w.units.map((u) => text.slice(u.start, u.end)).join(''))).toEqual(['"走吧。"', '他说。'])
  })
})

describe('closeLetterSpacing', () => {
  /** What the model is fed, as the original characters. */
  const fed = (text: string) => [...closeLetterSpacing(normalizedUnits(text, normalizer))].map((u) => text.slice(u.start, u.end)).join('')

  it('feeds letter-spaced text without the spaces, on one line and evenly spaced only', () => {
    expect(fed('国 务 院 总 理 李 强')).toBe('国务院总理李强')
    expect(fed('人\u3000民\u3000大\u3000会\u3000堂')).toBe('人民大会堂')
    expect(fed('国  务  院')).toBe('国务院') // two spaces each
    expect(fed('关 于 通\n知 道')).toBe('关于通\n知 道') // the run stops at the line break; 知 道 is two tokens only
    expect(fed('国 务 院 总理')).toBe('国务院 总理') // the space before a longer token is fed
  })

  it('never reads a tab as letter spacing: it separates table cells (王　磊<TAB>男 was one name)', () => {
    expect(fed('王　磊\t男\t研发中心')).toBe('王　磊\t男\t研发中心')
    expect(fed('国\t务\t院')).toBe('国\t务\t院')
  })

  it('leaves text spaced between words or names alone', () => {
    for (const text of ['张三 李四 王五', '出席者：李　强　　王　五　　赵　六', '通 知', '中国 人民 银行', 'Apple 公司 CEO Tim Cook'])
      expect(fed(text)).toBe(text)
  })

  it('keeps the space between two Latin letters or digits inside a letter-spaced run', () => {
    expect(fed('U N 和 1 9 9 8 年')).toBe('U N和1 9 9 8年')
  })

  it('holds only a few units at a time, letter-spaced or not', () => {
    for (const pattern of [['中', '\u3000'], ['中']]) expect(streams(closeLetterSpacing, pattern), String(pattern)).toBe(true)
  })

  it('drops nothing but whitespace, and keeps every unit\'s order, for any text', () => {
    const alphabet = fc.constantFrom('中', '国', '张三', '。', '\n', ' ', '  ', '\u3000', 'a', '7', '😀')
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')), (text) => {
      const all = [...normalizedUnits(text, normalizer)]
      const keptStarts = [...closeLetterSpacing(normalizedUnits(text, normalizer))].map((u) => u.start)
      expect(keptStarts).toEqual([...keptStarts].sort((a, b) => a - b))
      for (const u of all) if (!u.whitespace) expect(keptStarts).toContain(u.start)
    }), { numRuns: 300 })
  })
})

describe('closeWordSpacing', () => {
  /** What the model is fed (after letter spacing, as in NerModel.windows), as the original characters. */
  const fed = (text: string) =>
    [...closeWordSpacing(closeLetterSpacing(normalizedUnits(text, normalizer)))].map((u) => text.slice(u.start, u.end)).join('')
  const SEGMENTED = '国务院 总理 李鹏 今天 在 人民大会堂 会见 了 日本 客人 ， 双方 就 两 国 关系 交换 了 意见 。'

  it('feeds word-spaced prose without its spaces, from the first eight tokens with two function words on', () => {
    expect(fed(SEGMENTED)).toBe(SEGMENTED.replace(/ /g, ''))
    // eight tokens from 中国 to 李鹏 hold one function word (，) only; from 周小川 to 在 they hold two
    expect(fed(`中国 人民 银行 行长 周小川 表示 ， ${SEGMENTED}`)).toBe(`中国 人民 银行 行长 ${`周小川 表示 ， ${SEGMENTED}`.replace(/ /g, '')}`)
  })

  it('ends a chain at a line break, a longer gap, a Latin word or a very long token', () => {
    const [a, b] = [SEGMENTED, '他们 说 ， 我们 在 北京 见过 面 。']
    expect(fed(`${a}\n${b}`)).toBe(`${a.replace(/ /g, '')}\n${b.replace(/ /g, '')}`)
    expect(fed(`${a}  ${b}`)).toBe(`${a.replace(/ /g, '')}  ${b.replace(/ /g, '')}`)
    const english = '我 在 Google 和 Apple 都 工作 过 ， 后来 又 在 北京 住 了 几 年 。'
    expect(fed(english)).toBe('我 在 Google 和 Apple 都工作过，后来又在北京住了几年。')
    const long = '中'.repeat(17)
    expect(fed(`${a} ${long} ${b}`)).toBe(`${a.replace(/ /g, '')} ${long} ${b.replace(/ /g, '')}`)
  })

  it('leaves lists of names and prose with a stray space alone', () => {
    for (const text of [
      '出席者：李强 王毅 丁薛祥 张国清 刘国中 陈文清 王小洪 吴政隆 谌贻琴 秦刚 王五 赵六',
      '中国银行 工商银行 建设银行 农业银行 交通银行 招商银行 浦发银行 兴业银行 民生银行 光大银行',
      '今天 天气很好，我们去了北京的颐和园。',
      'Apple 公司 CEO Tim Cook',
    ]) expect(fed(text)).toBe(text)
  })

  it('keeps the space between two Latin letters or digits', () => {
    expect(fed('在 １９９８ 年 举行 的 大会 上 ， 代表 们 通过 了 决议 。')).toBe('在１９９８年举行的大会上，代表们通过了决议。')
    expect(fed('代表 们 在 １９９８ ２０００ 两 年 里 通过 了 决议 。')).toBe('代表们在１９９８ ２０００两年里通过了决议。')
  })

  it('holds only a few tokens at a time, word-spaced or not', () => {
    // a word-spaced chain, a chain that never is (no function word), one endless token
    for (const pattern of [['中', '国', '\u3000', '的', '\u3000'], ['中', '国', '\u3000'], ['中', '国']]) {
      expect(streams(closeWordSpacing, pattern), String(pattern)).toBe(true)
    }
  })

  it('drops nothing but whitespace, and keeps every unit\'s order, for any text', () => {
    const alphabet = fc.constantFrom('中', '国', '张三', '的', '。', '\n', ' ', '  ', '\u3000', 'a', 'ab', '7', '😀', '中'.repeat(17))
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')), (text) => {
      const keptStarts = [...closeWordSpacing(normalizedUnits(text, normalizer))].map((u) => u.start)
      expect(keptStarts).toEqual([...keptStarts].sort((a, b) => a - b))
      for (const u of normalizedUnits(text, normalizer)) if (!u.whitespace) expect(keptStarts).toContain(u.start)
    }), { numRuns: 300 })
  })
})

describe('markPeriodEnds', () => {
  it('ends a sentence at a half-width full stop, unless a letter or digit follows it', () => {
    expect(unwrappedPieces('张三来了.李四走了. 圆周率是3.14,网址example.com.')).toEqual(['张三来了.', '李四走了.', '圆周率是3.14,网址example.com.'])
  })
})
