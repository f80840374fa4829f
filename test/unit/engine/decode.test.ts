import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  balanceBrackets, bioesSpans, decodeTags, dropImpossibleSpans, forceOutside, neverInName, parseLabels, PICTOGRAPHIC, trimWhitespace,
  UNREAD_SCRIPTS,
} from '../../../src/engine/decode'
import { codePointClass } from '../../../src/engine/normalize'
import type { CrfDecoding } from '../../../src/engine/manifest'

/** Scores every tag sequence by brute force: the reference Viterbi and forward-backward must match. */
function bruteForce(emissions: number[][], crf: CrfDecoding) {
  const n = emissions.length
  const L = crf.start_transitions.length
  const paths: { tags: number[]; score: number }[] = []
  const walk = (prefix: number[]) => {
    if (prefix.length === n) {
      let score = crf.start_transitions[prefix[0]!]! + crf.end_transitions[prefix[n - 1]!]!
      prefix.forEach((t, i) => {
        score += emissions[i]![t]!
        if (i > 0) score += crf.transitions[prefix[i - 1]!]![t]!
      })
      paths.push({ tags: [...prefix], score })
      return
    }
    for (let t = 0; t < L; t++) walk([...prefix, t])
  }
  walk([])
  const best = paths.reduce((a, b) => (b.score > a.score ? b : a))
  const z = paths.reduce((sum, p) => sum + Math.exp(p.score), 0)
  const marginal = (i: number, t: number) => paths.filter((p) => p.tags[i] === t).reduce((s, p) => s + Math.exp(p.score), 0) / z
  return { best, marginal }
}

const smallFloat = fc.double({ min: -3, max: 3, noNaN: true })

describe('CRF decoding', () => {
  it('finds the best path and its marginals exactly like brute force', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 3 }).chain((L) => fc.record({
        L: fc.constant(L),
        emissions: fc.array(fc.array(smallFloat, { minLength: L, maxLength: L }), { minLength: 1, maxLength: 4 }),
        transitions: fc.array(fc.array(smallFloat, { minLength: L, maxLength: L }), { minLength: L, maxLength: L }),
        start: fc.array(smallFloat, { minLength: L, maxLength: L }),
        end: fc.array(smallFloat, { minLength: L, maxLength: L }),
      })),
      ({ L, emissions, transitions, start, end }) => {
        const crf: CrfDecoding = { type: 'crf', transitions, start_transitions: start, end_transitions: end }
        const path = decodeTags(Float32Array.from(emissions.flat()), emissions.length, L, crf)
        // Compare against float32-rounded emissions, which is what the decoder sees.
        const rounded = emissions.map((row) => row.map((v) => Math.fround(v)))
        const { best, marginal } = bruteForce(rounded, crf)
        const decodedTags = Array.from(path.tags)
        // Ties aside, the decoded path is the best one.
        const pathScore = (tags: number[]) => tags.reduce((s, t, i) => s + rounded[i]![t]! + (i > 0 ? transitions[tags[i - 1]!]![t]! : start[t]!), 0) + end[tags[tags.length - 1]!]!
        expect(pathScore(decodedTags)).toBeCloseTo(best.score, 9)
        decodedTags.forEach((t, i) => expect(path.confidence[i]).toBeCloseTo(marginal(i, t), 9))
      },
    ), { numRuns: 200 })
  })

  it('stays exact with BIOES-style forbidden moves (-10000) and large emissions', () => {
    fc.assert(fc.property(
      fc.record({
        emissions: fc.array(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        forbidden: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
        start: fc.array(fc.constantFrom(0, 0.5, -10000), { minLength: 3, maxLength: 3 }),
      }),
      ({ emissions, forbidden, start }) => {
        // Staying on a label is always allowed, so some path is always legal.
        const transitions = forbidden.map((row, f) => row.map((isForbidden, t) => (isForbidden && f !== t ? -10000 : 0.3 * (f - t))))
        const safeStart = start.every((v) => v === -10000) ? [0, ...start.slice(1)] : start
        const crf: CrfDecoding = { type: 'crf', transitions, start_transitions: safeStart, end_transitions: [0, -1, 1] }
        const path = decodeTags(Float32Array.from(emissions.flat()), emissions.length, 3, crf)
        const rounded = emissions.map((row) => row.map((v) => Math.fround(v)))
        const { marginal } = bruteForce(rounded, crf)
        Array.from(path.tags).forEach((t, i) => expect(path.confidence[i]).toBeCloseTo(marginal(i, t), 9))
      },
    ), { numRuns: 200 })
  })

  it('argmax decoding returns the softmax probability of the best label', () => {
    const path = decodeTags(Float32Array.from([0, Math.log(3), 2, 0]), 2, 2, { type: 'argmax' })
    expect(Array.from(path.tags)).toEqual([1, 0])
    expect(path.confidence[0]).toBeCloseTo(0.75, 6)
    expect(path.confidence[1]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 6)
  })
})

describe('strict BIOES spans', () => {
  const labels = parseLabels(['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC'])
  const spans = (tags: number[]) => bioesSpans({
    tags: Int32Array.from(tags), confidence: Float64Array.from(tags.map((_, i) => (i + 1) / 10)),
  }, labels).map(({ from, to, type, score }) => ({ from, to, type, score: Number(score.toFixed(6)) }))

  it('reads S-X and B-X I-X* E-X, scoring by the mean marginal', () => {
    expect(spans([4, 0, 1, 2, 3, 8])).toEqual([
      { from: 0, to: 1, type: 'PER', score: 0.1 },
      { from: 2, to: 5, type: 'PER', score: 0.4 },
      { from: 5, to: 6, type: 'LOC', score: 0.6 },
    ])
  })

  it('yields nothing for broken sequences', () => {
    expect(spans([1, 2])).toEqual([]) // B I without E
    expect(spans([2, 3])).toEqual([]) // I E without B
    expect(spans([1, 7])).toEqual([]) // B-PER E-LOC
    expect(spans([1, 6, 3])).toEqual([]) // type changes inside
    expect(spans([1, 0, 3])).toEqual([]) // O inside
    expect(spans([1, 1, 3])).toEqual([{ from: 1, to: 3, type: 'PER', score: 0.25 }]) // a new B restarts
  })
})

describe('trimWhitespace', () => {
  it('cuts whitespace units off both ends, keeps the score, drops spans left empty', () => {
    const W = '\u3000'
    const chars = [W, 'T', 'i', 'm', W, 'C', 'o', 'o', 'k', W, W]
    const span = (from: number, to: number) => ({ from, to, type: 'PER', score: 0.5 })
    expect(trimWhitespace([span(0, 9), span(4, 11), span(9, 11), span(1, 4)], chars, W)).toEqual([
      span(1, 9), span(5, 9), span(1, 4),
    ])
  })
})

describe('balanceBrackets (contract step 8)', () => {
  /** The spans' texts after balancing, each given as [from, to) over the normalized `text`. */
  const balanced = (text: string, ...spans: [number, number][]) => {
    const chars = [...text]
    return balanceBrackets(spans.map(([from, to]) => ({ from, to, type: 'PER', score: 0.5 })), chars)
      .map(({ from, to, score }) => { expect(score).toBe(0.5); return chars.slice(from, to).join('') })
  }

  it('keeps names that hold their brackets in pairs', () => {
    expect(balanced('中国长江航运（集团）总公司', [0, 13])).toEqual(['中国长江航运（集团）总公司'])
    expect(balanced('俄罗斯“和平”号空间站', [0, 11], [3, 7])).toEqual(['俄罗斯“和平”号空间站', '“和平”'])
    expect(balanced('《人民日报（海外版）》', [0, 11])).toEqual(['《人民日报（海外版）》'])
  })

  it('takes in the closers right after a span that leaves brackets open', () => {
    const text = '比尔·盖茨（Ｂｉｌｌ　Ｇａｔｅｓ）也来了' // 比尔·盖茨(Bill Gates)也来了, normalized
    expect(balanced(text, [0, 16])).toEqual(['比尔·盖茨（Ｂｉｌｌ　Ｇａｔｅｓ）'])
    expect(balanced('甲（乙《丙》）丁', [0, 5])).toEqual(['甲（乙《丙》）'])
    expect(balanced('甲（乙《丙）》丁', [0, 5])).toEqual(['甲']) // closers in the wrong order: cut
    expect(balanced('甲（乙', [0, 3])).toEqual(['甲']) // nothing after the span
  })

  it('otherwise cuts the span at its unmatched brackets and keeps the first non-empty piece', () => {
    expect(balanced('比尔·盖茨（Ｂｉｌｌ　Ｇａｔｅｓ）', [0, 15])).toEqual(['比尔·盖茨'])
    expect(balanced('《变形金刚：卷土重来》', [0, 5])).toEqual(['变形金刚'])
    expect(balanced('模拟饭店２》中文版', [0, 6])).toEqual(['模拟饭店２'])
    expect(balanced('《人民日报》大地周刊', [1, 10])).toEqual(['人民日报'])
    expect(balanced('〕ⅱ阿来', [0, 3])).toEqual(['ⅱ阿'])
    expect(balanced('《甲（乙》', [0, 5])).toEqual(['甲']) // 》 is not （'s partner: both unmatched
    expect(balanced('（）（', [0, 3], [2, 3])).toEqual(['（）'])
    expect(balanced('）（', [0, 1], [1, 2], [0, 2])).toEqual([])
  })

  it('takes off the brackets of a heading that wrap a span whole, not book-title marks or quotes', () => {
    expect(balanced('【阳光花园小区物业服务中心】停水通知', [0, 14])).toEqual(['阳光花园小区物业服务中心'])
    expect(balanced('【阳光花园】通知', [0, 5])).toEqual(['阳光花园']) // its closer taken in, then the pair off
    expect(balanced('〖公告〗〔甲〕', [0, 4], [4, 7])).toEqual(['公告', '甲'])
    expect(balanced('【甲】乙【丙】', [0, 7])).toEqual(['【甲】乙【丙】']) // two pairs, none wrapping the whole
    expect(balanced('【【华为技术有限公司】】关于', [0, 12])).toEqual(['华为技术有限公司']) // and again inside
    expect(balanced('【】', [0, 2])).toEqual(['【】'])
    expect(balanced('《人民日报》“和平”', [0, 6], [6, 10])).toEqual(['《人民日报》', '“和平”'])
  })

  it('reads ‘ and ’ between two Latin letters as apostrophes', () => {
    expect(balanced('Ｏ’Ｂｒｉｅｎ说', [0, 7])).toEqual(['Ｏ’Ｂｒｉｅｎ'])
    expect(balanced('‘王’说', [0, 3])).toEqual(['‘王’'])
    expect(balanced('王’说', [0, 2])).toEqual(['王'])
  })

  it('counts units, not UTF-16 code units: astral characters are one unit', () => {
    expect(balanced('𠮷野家（𠮷ｙａ', [0, 7])).toEqual(['𠮷野家'])
    expect(balanced('《𠮷野家》𠮷', [0, 5], [1, 6])).toEqual(['《𠮷野家》', '𠮷野家'])
  })
})

describe('dropImpossibleSpans', () => {
  it('drops spans holding markup characters', () => {
    const chars = [...'ｓｒｃ＝ｘ　ｏｎｅｒｒｏｒ＝ａｌｅｒｔ＜ｂ＞张伟'] // "src=x onerror=alert<b>张伟", normalized
    const span = (from: number, to: number) => ({ from, to, type: 'PER', score: 0.5 })
    expect(dropImpossibleSpans([span(0, 19), span(22, 24), span(6, 13), span(19, 24)], chars)).toEqual([span(22, 24), span(6, 13)])
  })

  it('drops spans that start or stop inside a Latin word or number; letters next to digits or CJK are boundaries', () => {
    const chars = [...'ｏｎｅｒｒｏｒ＝ａｌｅｒｔ（１），Ｂｏｂ去Ｇ２０'] // "onerror=alert(1)，Bob去G20", normalized
    // ORG: a PER span of digits alone (１, ２０) is dropped for that alone (span-edges.test.ts).
    const span = (from: number, to: number) => ({ from, to, type: 'ORG', score: 0.5 })
    const pieces = [span(3, 13), span(0, 3), span(18, 20), span(23, 24)] // rror＝alert, one, ob, ０ of ２０
    const whole = [span(0, 7), span(8, 13), span(14, 15), span(17, 20), span(17, 21), span(20, 24), span(21, 24), span(22, 24)]
    expect(dropImpossibleSpans([...pieces, ...whole], chars)).toEqual(whole)
  })
})

describe('units never inside a name (contract step 7a)', () => {
  /** The forced units of a text after normalization (half-width -> full-width), joined. */
  const forcedText = (normalized: string) => {
    const chars = [...normalized]
    const forced = neverInName(chars)
    expect(forced).toHaveLength(chars.length)
    return chars.filter((_, i) => forced[i]).join('')
  }

  it('forces every @ and #, web addresses and e-mail addresses, and nothing else', () => {
    expect(forcedText('＠望康动物医院连锁')).toBe('＠')
    expect(forcedText('＃魏晨＃ＳＸ')).toBe('＃＃')
    expect(forcedText('地址：ｈｔｔｐ：／／ｔ．ｃｎ／ＲｖｚＷＶｇ０。张三')).toBe('ｈｔｔｐ：／／ｔ．ｃｎ／ＲｖｚＷＶｇ０')
    expect(forcedText('写信到ｚｈａｎｇ．ｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ。')).toBe('ｚｈａｎｇ．ｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ')
    expect(forcedText('见ＷＷＷ．ｇｏｖ．ｃｎ／ｘ？ａ＝１（李四）')).toBe('ＷＷＷ．ｇｏｖ．ｃｎ／ｘ？ａ＝１')
    expect(forcedText('Ｅｍａｉｌ　ｍｅ，王五在北京。')).toBe('')
  })

  it('follows a web address over Chinese letters that a path mark or a file extension follows, and only those', () => {
    const full = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('')
    const forcedHalf = (text: string) => [...forcedText(full(text))].map((c) => (c >= '！' && c <= '～' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c)).join('')
    // ".html" of the first came back as a name (QA)
    expect(forcedText(full('详见[李娜的专访](https://news.example.com/李娜/专访.html)，她在武汉工作。'))).toBe(full('https://news.example.com/李娜/专访.html'))
    expect(forcedText(full('https://zh.wikipedia.org/wiki/北京大学/简介 和'))).toBe(full('https://zh.wikipedia.org/wiki/北京大学/'))
    expect(forcedHalf('全文见http://t.cn/AbCd12x李娜说，好！')).toBe('http://t.cn/AbCd12x') // a Weibo short link ends at the letters
    expect(forcedHalf('http://t.cn/abc李娜！')).toBe('http://t.cn/abc')
    expect(forcedHalf('www.x.cn/李娜．')).toBe('www.x.cn/')
    expect(forcedHalf('http://a.cn/?q=王芳&p=1 王芳')).toBe('http://a.cn/?q=王芳&p=1') // after a space, the text's own
  })

  it('forces a subtitle\'s timing line with its cue settings, WEBVTT alone and a speaker label (subtitles, speech-to-text QA)', () => {
    // As normalization leaves them: ASCII full-width, every space and line break U+3000.
    const normalized = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : /\s/.test(c) ? '\u3000' : c)).join('')
    const vtt = 'WEBVTT\n\nNOTE 张伟翻译\n\n1\n00:00:01.000 --> 00:00:04.000 position:10% align:start region:fred\n王小明来了'
    expect(forcedText(normalized(vtt))).toBe(normalized('WEBVTT00:00:01.000 --> 00:00:04.000 position:10% align:start region:fred'))
    expect(forcedText(normalized('Speaker 1  02:15\n王经理：好的。SPEAKER2 和 Speaker'))).toBe(normalized('Speaker 1SPEAKER2'))
    // NOTE is no such word: "Death Note", a person called Note keep their names (re-check QA).
    expect(forcedText(normalized('《Death Note》和泰国演员 Note、三星 Galaxy Note'))).toBe('')
    expect(forcedText(normalized('2\n01:02.500 --> 01:05.000\n李娜说'))).toBe(normalized('01:02.500 --> 01:05.000'))
    expect(forcedText(normalized('2\n00:01:02,500 --> 00:01:05,000\n李娜说'))).toBe(normalized('00:01:02,500 --> 00:01:05,000'))
    // Neither a word that only starts so, nor times that are no cue's.
    expect(forcedText(normalized('NOTES 张伟 12:30 -> 李娜 00:01 --> 00:02 loudspeaker 3'))).toBe('')
  })

  it('forces the fillers of speech 呃 啊 嗯, in no name (speech-to-text QA: 张伟嗯, 嗯罗嘉欣)', () => {
    expect(forcedText('审计的张伟嗯对张伟，对嗯罗嘉欣说的是啊呃')).toBe('嗯嗯啊呃')
    expect(forcedText('阿强和哈尔滨的阿姨')).toBe('')
  })

  it('keeps unit indexes across astral characters (one unit, two UTF-16 code units)', () => {
    const chars = [...'𠮷𠮷ｈｔｔｐｓ：／／ａ．ｂ𠮷＠']
    expect(Array.from(neverInName(chars))).toEqual([0, 0, ...Array(11).fill(1), 0, 1])
  })

  it('forces emoji and pictographic symbols, one unit each: surrogate pairs, skin tones, flags, ZWJ sequences, keycaps', () => {
    expect(forcedText('张伟👍和李娜🎉在北京见面')).toBe('👍🎉')
    expect(forcedText('👨👩👧一家人')).toBe('👨👩👧') // 👨‍👩‍👧 once its ZWJs are dropped (normalization.drop)
    expect(forcedText('👨\u200d👩\u200d👧一家人')).toBe('👨\u200d👩\u200d👧') // a model that keeps ZWJ
    expect(forcedText('王芳👍🏽刘洋🇨🇳去了❤\ufe0f上海')).toBe('👍🏽🇨🇳❤\ufe0f')
    expect(forcedText('按１\ufe0f\u20e3号键')).toBe('\ufe0f\u20e3')
    expect(forcedText('🏴\u{e0067}\u{e0062}\u{e007f}英格兰')).toBe('🏴\u{e0067}\u{e0062}\u{e007f}')
    expect(forcedText('微软™©®☀★⭐')).toBe('™©®☀⭐') // ★ U+2605 is no Extended_Pictographic
    expect(forcedText('𠮷野家\ue000李白、○〇■□●')).toBe('')
    expect(Array.from(neverInName([...'李😀娜＠😀']))).toEqual([0, 1, 0, 1, 1])
  })

  it('forces the same set as Extended_Pictographic with the emoji components, Unicode 17.0', () => {
    const listed = new Set<number>()
    for (const range of PICTOGRAPHIC.split(' ')) {
      const [from, to = from] = range.split('-').map((hex) => parseInt(hex, 16))
      for (let cp = from!; cp <= to!; cp++) listed.add(cp)
    }
    expect(listed.size).toBe(2979)
    // Browsers ship other Unicode versions: the list is fixed so that every one of them, and Python, force the same units.
    if (process.versions.unicode !== '17.0') return
    const property = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator})$/u
    const extra = (cp: number) => cp === 0x200d || cp === 0x20e3 || cp === 0xfe0e || cp === 0xfe0f || (cp >= 0xe0020 && cp <= 0xe007f)
    const differing: number[] = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      if (listed.has(cp) !== (extra(cp) || property.test(String.fromCodePoint(cp)))) differing.push(cp)
    }
    expect(differing).toEqual([])
    expect(Array.from(neverInName([...listed].map((cp) => String.fromCodePoint(cp)))).every((f) => f === 1)).toBe(true)
  })

  it('forces a code point at the edges of the pictographic ranges exactly when the list has it', () => {
    // Decoding reads the list through normalize's range search (isPictographic), as normalization does: one
    // reading, whatever the Unicode version of the runtime. The code points just outside each range stay free
    // unless another rule forces them (a script the model never saw, @ # *).
    const listed = (cp: number) => PICTOGRAPHIC.split(' ').some((range) => {
      const [from, to = from] = range.split('-').map((hex) => parseInt(hex, 16))
      return cp >= from! && cp <= to!
    })
    const otherwise = codePointClass(`${UNREAD_SCRIPTS} 23 2A 40 FF03 FF0A FF20`)
    const edges = PICTOGRAPHIC.split(' ').flatMap((range) => {
      const [from, to = from] = range.split('-').map((hex) => parseInt(hex, 16))
      return [from! - 1, from!, to!, to! + 1]
    }).filter((cp) => cp >= 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff))
    const chars = edges.map((cp) => String.fromCodePoint(cp))
    const forced = chars.map((c) => neverInName([c])[0])
    expect(forced).toEqual(edges.map((cp, i) => (listed(cp) || otherwise.test(chars[i]!) ? 1 : 0)))
    expect(forced.filter((f) => f === 0).length).toBeGreaterThan(100) // the edges outside are tested, not all forced
  })

  it('forces control characters, U+FFFD and the letters of scripts the model never saw, not Chinese, Latin or the middle dots of foreign names', () => {
    expect(forcedText('Путин见了张伟\u0001和안철수、ナカムラ・ケン\ufffd')).toBe('Путин\u0001안철수ナカムラケン\ufffd')
    expect(forcedText('محمد بن سلمان في الرياض')).toBe('محمدبنسلمانفيالرياض')
    expect(forcedText('Emmanuel Macron à Paris，α粒子，约翰·史密斯')).toBe('α')
    expect(forcedText('〇一二ー𠮷野家')).toBe('')
  })

  it('forces every * and ＊ (Markdown emphasis), half-width or full-width, and no other star or times sign', () => {
    expect(forcedText('＊＊周敏＊＊、孙强')).toBe('＊＊＊＊')
    expect(forcedText('**周敏**、孙强和*王芳*')).toBe('******') // the pattern sees a half-width * as it is, too
    expect(forcedText('＊王芳＊在上海，＊　李娜')).toBe('＊＊＊')
    expect(forcedText('ｈｔｔｐ：／／ａ．ｂ／＊ｘ张三')).toBe('ｈｔｔｐ：／／ａ．ｂ／＊ｘ') // still inside a web address, whole
    expect(forcedText('３×４﹡５※６★')).toBe('')
    expect(Array.from(neverInName([...'𠮷＊周敏＊']))).toEqual([0, 1, 0, 0, 1])
  })

  it('can no longer decode 周敏** of **周敏**、孙强: the asterisks are forced outside and the name ends at 敏', () => {
    // Labels O, B-PER, I-PER, E-PER, S-PER with BIOES moves only; the emissions favour 周敏＊＊ as one name.
    const labels = parseLabels(['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER'])
    const inside = (tag: number) => tag === 1 || tag === 2
    const crf: CrfDecoding = {
      type: 'crf',
      transitions: [0, 1, 2, 3, 4].map((from) => [0, 1, 2, 3, 4].map((to) => (inside(from) === (to === 2 || to === 3) ? 0 : -10000))),
      start_transitions: [0, 0, -10000, -10000, 0],
      end_transitions: [0, -10000, -10000, 0, 0],
    }
    const chars = [...'＊＊周敏＊＊、孙强']
    const rows = [[1, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 3, 0, 0, 0], [0, 0, 3, 2, 0], [0, 0, 2, 0, 0], [0, 0, 0, 2, 0],
      [2, 0, 0, 0, 0], [0, 3, 0, 0, 0], [0, 0, 0, 3, 0]]
    const names = (emissions: Float32Array) => bioesSpans(decodeTags(emissions, chars.length, 5, crf), labels)
      .map((span) => chars.slice(span.from, span.to).join(''))
    expect(names(Float32Array.from(rows.flat()))).toEqual(['周敏＊＊', '孙强'])
    const emissions = Float32Array.from(rows.flat())
    forceOutside(emissions, neverInName(chars), 5, 0)
    expect(names(emissions)).toEqual(['周敏', '孙强'])
  })

  it('decodes around forced units: no entity covers them, the rest of the path is re-chosen', () => {
    // Labels O, S-PER, B-PER, E-PER; the emissions favour one name over all three units.
    const crf: CrfDecoding = {
      type: 'crf',
      transitions: [[0, 0, 0, -10000], [0, 0, 0, -10000], [-10000, -10000, -10000, 0], [0, 0, 0, -10000]],
      start_transitions: [0, 0, 0, -10000],
      end_transitions: [0, 0, -10000, 0],
    }
    const emissions = Float32Array.from([0, 1, 3, 0, /* ＠ */ 0, 0, 0, 3, /* 张 */ 0, 2, 0, 0])
    const plain = decodeTags(emissions, 3, 4, crf)
    expect(Array.from(plain.tags)).toEqual([2, 3, 1])
    forceOutside(emissions, Uint8Array.from([0, 1, 0]), 4, 0)
    const forced = decodeTags(emissions, 3, 4, crf)
    expect(Array.from(forced.tags)).toEqual([1, 0, 1])
    expect(forced.confidence[1]).toBeCloseTo(1, 9)
  })
})
