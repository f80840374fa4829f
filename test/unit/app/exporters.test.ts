import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { EXPORT_FILE_TYPES, exportInSlices, toAnnotatedHtml, toConll, toConllInSlices, toCsv, toJson, toNameList } from '../../../src/app/exporters'
import { BATCH_FILE_TYPES } from '../../../src/app/batch'
import { textFileBlob } from '../../../src/app/download'
import { everyOccurrence, redact, redactionFilter, replacedTypes } from '../../../src/app/redact'
import { spans } from '../support/entities'
import type { Entity } from '../../../src/engine'

const doc = '习近平在北京会见😀王毅。\n王毅说，习近平很忙。'
const entities = spans(doc, [
  ['习近平', 'PER'],
  ['北京', 'LOC'],
  ['王毅', 'PER'],
  ['王毅', 'PER'],
  ['习近平', 'PER'],
])

describe('toJson', () => {
  it('keeps the engine spans and the text they index', () => {
    const parsed = JSON.parse(toJson({ text: doc, entities, model: { id: 'm', version: '1' } }))
    expect(parsed.text).toBe(doc)
    expect(parsed.model).toEqual({ id: 'm', version: '1' })
    for (const e of parsed.entities) expect(doc.slice(e.start, e.end)).toBe(e.text)
    expect(parsed.entities).toHaveLength(5)
    expect(parsed.entities.every((e: { source?: string }) => e.source === undefined)).toBe(true) // the model's
  })

  it('says which spans came from the dictionary or a rule rather than the model', () => {
    const text = '华为电话13800138000'
    const parsed = JSON.parse(toJson({ text, entities: [
      { start: 0, end: 2, type: 'ORG', text: '华为', score: 1, fromLexicon: true } as Entity,
      { start: 4, end: 15, type: 'PHONE', text: '13800138000', score: 1, fromPattern: true } as Entity,
    ] }))
    expect(parsed.entities.map((e: { source?: string }) => e.source)).toEqual(['dictionary', 'rule'])
  })

  it('escapes U+2028, U+2029 and U+0085 as Batch\'s JSON Lines does (QA: an editor showed a line break inside the string)', () => {
    const text = '张伟\u2028李娜\u2029王五\u0085。'
    const json = toJson({ text, entities: spans(text, [['李娜', 'PER']]) })
    expect(json).not.toMatch(/[\u0085\u2028\u2029]/)
    expect(json).toContain('"text": "张伟\\u2028李娜\\u2029王五\\u0085。"')
    const parsed = JSON.parse(json)
    expect(parsed.text).toBe(text)
    expect(text.slice(parsed.entities[0].start, parsed.entities[0].end)).toBe('李娜')
  })
})

describe('toJson records the view\'s filters', () => {
  it('writes the threshold, the hidden types and how many names they leave out, the other fields unchanged', () => {
    const kept = entities.filter((e) => e.type !== 'PER')
    const parsed = JSON.parse(toJson({ text: doc, entities: kept, model: null, shown: { minScore: 0.3, hiddenTypes: ['PER'], notShown: 4 } }))
    expect(Object.keys(parsed)).toEqual(['model', 'offsets', 'shown', 'text', 'entities'])
    expect(parsed.shown).toEqual({ min_score: 0.3, hidden_types: ['PER'], not_shown: 4 })
    expect(parsed.entities.map((e: { text: string }) => e.text)).toEqual(['北京'])
    // Without filters (Batch, the engine's own callers) the file is as before.
    expect(Object.keys(JSON.parse(toJson({ text: doc, entities })))).toEqual(['model', 'offsets', 'text', 'entities'])
  })
})

describe('toCsv', () => {
  it('quotes fields and defuses spreadsheet formulas', () => {
    const text = '=HYPERLINK("x"),北京'
    const csv = toCsv({ text, entities: [{ start: 0, end: 15, type: 'ORG', text: '=HYPERLINK("x")', score: 0.5 }] })
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('start,end,type,text,score,source')
    expect(lines[1]).toBe(`0,15,ORG,"'=HYPERLINK(""x"")",0.5000,model`)
    // A semicolon-separated Excel split an unquoted `a;=1+1` there and ran `=1+1` (QA).
    const semi = toCsv({ text: 'a;=1+1', entities: [{ start: 0, end: 6, type: 'ORG', text: 'a;=1+1', score: 1 }] })
    expect(semi.split('\r\n')[1]).toBe('0,6,ORG,"a;=1+1",1.0000,model')
  })

  it('says where each name came from: the model, the dictionary (its score of 1 is no confidence) or a rule', () => {
    const text = '华为的电话13800138000，张伟'
    const csv = toCsv({ text, entities: [
      { start: 0, end: 2, type: 'ORG', text: '华为', score: 1, fromLexicon: true },
      { start: 5, end: 16, type: 'PHONE', text: '13800138000', score: 1, fromPattern: true },
      { start: 17, end: 19, type: 'PER', text: '张伟', score: 0.91 },
    ] as Entity[] })
    expect(csv.split('\r\n').slice(1, 4).map((row) => row.split(',').at(-1))).toEqual(['dictionary', 'rule', 'model'])
  })
})

describe('downloaded files', () => {
  const bytes = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())]

  it('start a CSV file with the UTF-8 byte-order mark, which Excel needs to read its Chinese', async () => {
    const csv = toCsv({ text: doc, entities })
    const file = textFileBlob(csv, 'text/csv')
    expect((await bytes(file)).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer())).toBe(`\uFEFF${csv}`)
    expect(file.type).toBe('text/csv;charset=utf-8')
  })

  it('give every .csv download the CSV type (so the mark), and no other file the mark', async () => {
    for (const { file, mime } of [...Object.values(EXPORT_FILE_TYPES), ...Object.values(BATCH_FILE_TYPES)]) {
      expect(mime === 'text/csv', file).toBe(file.endsWith('.csv'))
    }
    expect((await bytes(textFileBlob('{"text":"北京"}', 'application/json')))[0]).toBe(0x7b)
  })
})

describe('toNameList', () => {
  it('lists each name once per type with its count and first offset, types in order of appearance, names by frequency', () => {
    const text = '王毅在北京。王\n毅与ＡＰＰＬＥ、APPLE在北京、上海。王毅'
    const found = spans(text, [['王毅', 'PER'], ['北京', 'LOC'], ['王\n毅', 'PER'], ['ＡＰＰＬＥ', 'ORG'], ['APPLE', 'ORG'], ['北京', 'LOC'], ['上海', 'LOC'], ['王毅', 'PER']])
    expect(toNameList({ text, entities: found }).split('\r\n')).toEqual([
      'type,name,mentions,first_start',
      'PER,王毅,3,0', // 王\n毅, wrapped, is the same name
      'LOC,北京,2,3',
      'LOC,上海,1,25',
      'ORG,ＡＰＰＬＥ,2,10', // full-width and ASCII are one name, written as it first appears
      '',
    ])
  })
})

describe('toConll', () => {
  it('writes one BIO tag per character and a blank line after each sentence', () => {
    const conll = toConll({ text: doc, entities })
    const sentences = conll.trim().split('\n\n')
    expect(sentences).toHaveLength(2)
    const first = sentences[0]!.split('\n').map((l) => l.split('\t'))
    expect(first.slice(0, 6)).toEqual([
      ['习', 'B-PER'],
      ['近', 'I-PER'],
      ['平', 'I-PER'],
      ['在', 'O'],
      ['北', 'B-LOC'],
      ['京', 'I-LOC'],
    ])
    // The emoji is one token (one code point), not two surrogate halves.
    expect(first.find(([c]) => c === '😀')).toEqual(['😀', 'O'])
    expect(first.at(-1)).toEqual(['。', 'O'])
  })

  it('gives invisible code points and control characters no line, and ends a sentence at a line break', () => {
    const text = '张\u200b伟\u0000见了👨\u200d👩\u2028李娜\ufe0f'
    const conll = toConll({ text, entities: [
      { start: 0, end: 3, type: 'PER', text: '张\u200b伟', score: 0.9 },
      { start: 12, end: 14, type: 'PER', text: '李娜', score: 0.9 },
    ] })
    // The ZWJ of an emoji sequence is kept inside its one token (see 'an emoji is one token'); 娜's U+FE0F is dropped.
    expect(conll).toBe('张\tB-PER\n伟\tI-PER\n见\tO\n了\tO\n👨\u200d👩\tO\n\n李\tB-PER\n娜\tI-PER\n\n')
  })

  it('keeps a closing quote or bracket, or a further end mark, in the sentence it closes (QA: ” began the next one)', () => {
    const text = '他说：“我在北京。”李娜笑了。「張偉來了！」王芳说。（完。）赵六问：《红楼梦》呢？！——他说‘好。’'
    const sentences = toConll({ text, entities: spans(text, [['北京', 'LOC'], ['李娜', 'PER'], ['張偉', 'PER'], ['王芳', 'PER'], ['赵六', 'PER']]) })
      .trim().split('\n\n').map((s) => s.split('\n').map((line) => line.split('\t')[0]).join(''))
    expect(sentences).toEqual(['他说：“我在北京。”', '李娜笑了。', '「張偉來了！」', '王芳说。', '（完。）', '赵六问：《红楼梦》呢？！', '——他说‘好。’'])
    // Not across a line break that ends the sentence: a paragraph may open with a closer (a stray one).
    const lines = (conll: string) => conll.trim().split('\n\n').map((s) => s.split('\n').map((line) => line.split('\t')[0]).join(''))
    expect(lines(toConll({ text: '好了。\n”李娜来了。', entities: [] }))).toEqual(['好了。', '”李娜来了。'])
  })

  const sentencesOf = (text: string) => toConll({ text, entities: [] }).trim().split('\n\n').map((s) => s.split('\n').map((line) => line.split('\t')[0]).join(''))

  it('keeps a straight quote after an end mark in its sentence where it closes an open quote (re-check 55c: "Go!" / " Li Na left.)', () => {
    expect(sentencesOf('"Stop!" she said. "Go!"Li Na left.')).toEqual(['"Stop!"', 'shesaid."Go!"', 'LiNaleft.'])
    expect(sentencesOf('他说："我走了！"李娜笑了。')).toEqual(['他说："我走了！"', '李娜笑了。'])
    expect(sentencesOf("She asked 'why?' and left. Don't ask 'how?' then.")).toEqual(["Sheasked'why?'", "andleft.Don'task'how?'", 'then.'])
    expect(sentencesOf('他问：＂真的吗？＂李娜笑了。')).toEqual(['他问：＂真的吗？＂', '李娜笑了。'])
    // One that opens a quote starts the next sentence; the quote may hold sentences of its own.
    expect(sentencesOf('好吗？"好。"他说。')).toEqual(['好吗？', '"好。"', '他说。'])
    expect(sentencesOf('"我走了。我回来了！"他说。')).toEqual(['"我走了。', '我回来了！"', '他说。'])
    // Counted from the last break that ends a sentence: a quote left open in one paragraph opens none in the next.
    expect(sentencesOf('他说："好。\n\n好吗？"好。"')).toEqual(['他说："好。', '好吗？', '"好。"'])
  })

  it('ends a sentence after …… and a closing quote, not after …… alone or before a bracket (re-check 55c)', () => {
    expect(sentencesOf('他说：“我走了……”李娜笑了。')).toEqual(['他说：“我走了……”', '李娜笑了。'])
    expect(sentencesOf('他说："我走了……"李娜笑了。「等等…」王芳说。')).toEqual(['他说："我走了……"', '李娜笑了。', '「等等…」', '王芳说。'])
    expect(sentencesOf('他说……不，算了。')).toEqual(['他说……不，算了。'])
    expect(sentencesOf('他（等等……）走了。')).toEqual(['他（等等……）走了。'])
    expect(sentencesOf('他说：“我走了……\n”李娜笑了。')).toEqual(['他说：“我走了……', '”李娜笑了。'])
  })

  it('reads quotes and ellipses the same built in slices', async () => {
    const text = '他说："我走了……"李娜笑了。"Stop!" she said. "Go!"Li Na left.\n\n好吗？"好。"他说。'.repeat(3)
    for (const sliceChars of [1, 2, 5, 17]) expect(await toConllInSlices({ text, entities: [] }, { sliceChars, pause: async () => {} })).toBe(toConll({ text, entities: [] }))
  })

  it('writes an emoji as one token however many code points it takes (QA: 🇨🇳 made two lines, 👨‍👩‍👧 three)', () => {
    const family = '👨\u200d👩\u200d👧'
    const england = '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'
    const text = `🇨🇳北京${family}王芳🇨🇳🇺🇸${england}👨🏽\u200d💻1\ufe0f\u20e3🏳\ufe0f\u200d🌈。`
    const conll = toConll({ text, entities: spans(text, [['北京', 'LOC'], ['王芳', 'PER']]) })
    expect(conll).toBe(`🇨🇳\tO\n北\tB-LOC\n京\tI-LOC\n${family}\tO\n王\tB-PER\n芳\tI-PER\n🇨🇳\tO\n🇺🇸\tO\n${england}\tO\n👨🏽\u200d💻\tO\n1\ufe0f\u20e3\tO\n🏳\ufe0f\u200d🌈\tO\n。\tO\n\n`)
    // Only emoji: a ZWJ elsewhere is still dropped, a lone regional indicator is a token, spaces still part them.
    expect(toConll({ text: '李\u200d娜\ufe0f 🇨 🇳😀\u200d', entities: [] })).toBe('李\tO\n娜\tO\n🇨\tO\n🇳\tO\n😀\tO\n\n')
  })
})

describe('toConllInSlices: the CoNLL file built a slice of the text at a time', () => {
  // A varied text: Chinese, sentence ends, every kind of line break, emoji and other surrogate pairs, ZWJ
  // sequences, skin tones, combining marks, invisible and control characters, lone surrogates; names over them.
  function variedDocument(seed = 7, pieces = 4000) {
    let s = seed >>> 0
    const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
    const PIECES = ['张伟', '在', '北京', '见了', '李娜', '。', '！', '？', '!', '?', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', ' ', '\u3000', '\t',
      '😀', '𠮷', '👍🏽', '👨\u200d👩', '\u200b', '\ufe0f', 'e\u0301', '\u0301', '\u0000', 'Apple', '１２３', '\ud800', '\udc00', '华为公司', '，', '“', '”', '\n\n', '3.5']
    let text = ''
    const starts: number[] = []
    for (let i = 0; i < pieces; i++) { starts.push(text.length); text += PIECES[Math.floor(rnd() * PIECES.length)] }
    starts.push(text.length)
    const entities: Entity[] = []
    const TYPES = ['PER', 'LOC', 'ORG']
    for (let i = 0; i < pieces - 3; ) {
      if (rnd() < 0.3) {
        const len = 1 + Math.floor(rnd() * 3)
        const start = starts[i]!, end = starts[i + len]!
        entities.push({ start, end, type: TYPES[Math.floor(rnd() * 3)]!, text: text.slice(start, end), score: 0.5 + rnd() / 2 })
        i += len
      } else i += 1 + Math.floor(rnd() * 4)
    }
    return { text, entities }
  }
  const document = variedDocument()
  /** SHA-256 of toConll's output for `document` as the synchronous toConll writes it (first pinned at commit d71975b,
   *  before the slices): the slices must not change a byte. Re-pinned after 4495ca1, which made a line break after an
   *  emoji a sentence end (the document has many), so the synchronous file itself changed there, slices or not; and
   *  again when closers after an end mark joined its sentence and an emoji became one token (👨‍👩 with its ZWJ, 😀️
   *  with its U+FE0F), which the document has too. */
  const BEFORE = 'e3ad0e93f1a9a3a2123b3009635c8ba719a042435663ac41e3824eeb5dcd1ffe'
  const sha = (text: string) => createHash('sha256').update(text).digest('hex')

  it('gives the file the synchronous toConll gave, whatever the slice (one cut inside a surrogate pair too)', async () => {
    expect(document.text.length).toBeGreaterThan(6000)
    expect(sha(toConll(document))).toBe(BEFORE)
    for (const sliceChars of [1, 2, 3, 7, 100, 1000, 50_000]) {
      expect(sha(await toConllInSlices(document, { sliceChars, pause: async () => {} })), `${sliceChars}`).toBe(BEFORE)
    }
  })

  it('pauses for the browser between slices, not before the first or after the last', async () => {
    let pauses = 0
    const text = '张伟在北京。'.repeat(1000) // 6,000 characters
    const entities = spans(text.slice(0, 6), [['张伟', 'PER']])
    expect(await toConllInSlices({ text, entities }, { sliceChars: 1000, pause: async () => void pauses++ })).toBe(toConll({ text, entities }))
    expect(pauses).toBe(5)
    expect(await exportInSlices('conll', { text, entities })).toBe(toConll({ text, entities }))
    expect(await exportInSlices('csv', { text, entities })).toBe(toCsv({ text, entities }))
  })
})

describe('toConll: names and characters whole', () => {
  const conllOf = (text: string, found: Entity[]) => toConll({ text, entities: found })
  const sentencesOf = (conll: string) => conll.trim().split('\n\n').map((s) => s.split('\n').map((line) => line.split('\t')))

  it('ends no sentence at a line break inside a name, so none starts with I- (QA: 北\n京市)', () => {
    const text = '我们在北\n京市见面。'
    const sentences = sentencesOf(conllOf(text, spans(text, [['北\n京市', 'LOC']])))
    expect(sentences).toHaveLength(1)
    expect(sentences[0]!.slice(3, 6)).toEqual([['北', 'B-LOC'], ['京', 'I-LOC'], ['市', 'I-LOC']])
  })

  it('reads a hard-wrapped paragraph as one sentence, as the name pairs do; a list of short lines stays a sentence a line', () => {
    const paragraph = '据新华社报道，国务院副总理刘国中今天上午在北京市人民大会堂会见了世界卫生组织总干事谭德塞一行。'
    const wrapped = paragraph.replace(/.{22}(?=.)/gu, '$&\n')
    expect(sentencesOf(conllOf(wrapped, spans(wrapped, [['北\n京市', 'LOC']])))).toHaveLength(1)
    expect(sentencesOf(conllOf('张伟\n李娜\r\n王五', []))).toHaveLength(3)
  })

  it('keeps a combining mark with the character before it (QA: U+0301 had a line of its own)', () => {
    const text = '习近平（Xi Jinpi\u0301ng）在北京会见了拜登。'
    const lines = conllOf(text, spans(text, [['习近平', 'PER'], ['Xi Jinpi\u0301ng', 'PER'], ['北京', 'LOC'], ['拜登', 'PER']])).split('\n')
    expect(lines.filter((line) => /^\p{M}/u.test(line))).toEqual([])
    expect(lines.slice(4, 13)).toEqual(['X\tB-PER', 'i\tI-PER', 'J\tI-PER', 'i\tI-PER', 'n\tI-PER', 'p\tI-PER', 'i\u0301\tI-PER', 'n\tI-PER', 'g\tI-PER'])
    expect(conllOf('👍🏽好', [])).toBe('👍🏽\tO\n好\tO\n\n')
  })

  it('starts a name at its first token where its first code point made none', () => {
    const text = '见\u200b李强和e\u0301王五'
    const found: Entity[] = [{ start: 1, end: 4, type: 'PER', text: '\u200b李强', score: 0.9 }, { start: 6, end: 8, type: 'PER', text: '\u0301王', score: 0.9 }]
    expect(conllOf(text, found)).toBe('见\tO\n李\tB-PER\n强\tI-PER\n和\tO\ne\u0301\tO\n王\tB-PER\n五\tO\n\n')
  })

  it('writes valid BIO for any text and names: no sentence starts with I-, an I- follows its own type', () => {
    const unit = fc.constantFrom('王', '北', '。', '！', '\n', '\r', ' ', '\u0301', '\u200b', 'a', '😀')
    fc.assert(fc.property(
      fc.array(unit, { minLength: 1, maxLength: 60 }).map((units) => units.join('')),
      fc.array(fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 6 }), type: fc.constantFrom('PER', 'LOC') }), { maxLength: 8 }),
      (text, picks) => {
        const found = picks.map(({ at, length, type }) => {
          const start = at % text.length
          return { start, end: Math.min(text.length, start + length), type, text: text.slice(start, start + length), score: 0.9 }
        })
        for (const sentence of sentencesOf(conllOf(text, found))) {
          sentence.forEach(([, tag], i) => {
            if (tag?.startsWith('I-')) expect(sentence[i - 1]?.[1]?.slice(2)).toBe(tag.slice(2))
          })
        }
      },
    ))
  })
})

describe('toAnnotatedHtml', () => {
  it('escapes the text and marks entities', () => {
    const text = '<script>alert(1)</script>北京'
    const html = toAnnotatedHtml({ text, entities: spans(text, [['北京', 'LOC']]) })
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toMatch(/<mark[^>]*data-type="LOC"[^>]*><span lang="zh">北京<\/span><small>LOC<\/small><\/mark>/)
    expect(html).toContain("default-src 'none'")
  })

  it('marks the English type codes and scores lang="en", the names inside them the text\'s language (re-check QA)', () => {
    // A screen reader read PER and "PER 1.00" in the Chinese page's voice.
    const text = '张伟在香港。'
    const entities = spans(text, [['张伟', 'PER'], ['香港', 'LOC']])
    for (const lang of ['zh', 'zh-Hant'] as const) {
      const html = toAnnotatedHtml({ text, entities, lang })
      expect(html).toContain(`<html lang="${lang}">`)
      // Each mark (which holds the title and the <small> label) is English; the name inside it is the text's.
      const marks = [...html.matchAll(/<mark([^>]*)>(.*?)<\/mark>/gu)]
      expect(marks.map(([, attributes]) => attributes!.match(/title="([^"]*)"/u)?.[1])).toEqual(['PER 0.88', 'LOC 0.88'])
      expect(marks.map(([, attributes]) => attributes!.match(/ lang="([^"]*)"/u)?.[1])).toEqual(['en', 'en'])
      expect(marks.map(([, , inside]) => inside)).toEqual([
        `<span lang="${lang}">张伟</span><small>PER</small>`,
        `<span lang="${lang}">香港</span><small>LOC</small>`,
      ])
      expect(html).toContain('<title lang="en">Shiti</title>')
    }
    // A title in Chinese stays in the page's language.
    expect(toAnnotatedHtml({ text, entities }, '张伟的文件')).toContain('<title>张伟的文件</title>')
  })
})

describe('redact', () => {
  const pseudonym = (type: string, n: number) => `${type === 'PER' ? '人名' : '地名'}${n}`

  it('replaces chosen types with tags and leaves the others', () => {
    expect(redact(doc, entities, { types: new Set(['LOC']), mode: 'tag', pseudonym })).toBe(
      '习近平在[LOC]会见😀王毅。\n王毅说，习近平很忙。',
    )
  })

  it('gives the same name the same pseudonym everywhere', () => {
    expect(redact(doc, entities, { types: new Set(['PER', 'LOC']), mode: 'pseudonym', pseudonym })).toBe(
      '人名1在地名1会见😀人名2。\n人名2说，人名1很忙。',
    )
  })

  it('keeps the line breaks inside a name after its tag or pseudonym, so no two lines of the copy become one', () => {
    // QA: a CV line ran on into the next as one ORG, and the copy joined the two lines.
    const text = '2011.09　培训专员\r\n协助培训中心主任张\n伟组织培训。'
    const found = [
      { start: 8, end: 20, type: 'ORG', text: '培训专员\r\n协助培训中心', score: 0.6 },
      { start: 22, end: 25, type: 'PER', text: '张\n伟', score: 0.9 },
    ]
    const types = new Set(['PER', 'ORG'])
    expect(redact(text, found, { types, mode: 'tag', pseudonym })).toBe('2011.09　[ORG]\r\n主任[PER]\n组织培训。')
    expect(redact(text, found, { types, mode: 'pseudonym', pseudonym }).split('\n')).toHaveLength(3)
    expect(redact(text, found, { types, mode: 'mask', pseudonym })).toBe('2011.09　■■■■\r\n■■■■■■主任■\n■组织培训。')
  })

  it("gives a person named by the given name after the full name the full name's pseudonym, if only one full name fits", () => {
    const text = '吴佩琳任主管，张伟协助。佩琳说，欧阳建华和建华都同意；小明与王小明、李小明无关。'
    const found = [...text.matchAll(/吴佩琳|张伟|佩琳|欧阳建华|建华|王小明|李小明|小明/gu)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'PER', text: m[0], score: 0.9 }))
    const out = redact(text, found, { types: new Set(['PER']), mode: 'pseudonym', pseudonym, everywhere: false })
    // 小明 comes before any full name; later 王小明 and 李小明 are two people, each their own.
    expect(out).toBe('人名1任主管，人名2协助。人名1说，人名3和人名3都同意；人名4与人名5、人名6无关。')
  })

  it('masks one ■ per character', () => {
    const text = '𠀋𠀋先生到了'
    const out = redact(text, [{ start: 0, end: 4, type: 'PER', text: '𠀋𠀋', score: 1 }], {
      types: new Set(['PER']),
      mode: 'mask',
      pseudonym,
    })
    expect(out).toBe('■■先生到了')
  })

  it('gives a name with an invisible character in it the pseudonym, and the mask, of the name written plainly', () => {
    const text = '张伟在北京。张\u200b伟在上海。张\u00ad伟在广州。'
    const names = spans(text, [['张伟', 'PER'], ['张\u200b伟', 'PER'], ['张\u00ad伟', 'PER']])
    const options = { types: new Set(['PER']), pseudonym, everywhere: false }
    expect(redact(text, names, { ...options, mode: 'pseudonym' })).toBe('人名1在北京。人名1在上海。人名1在广州。')
    expect(redact(text, names, { ...options, mode: 'mask' })).toBe('■■在北京。■■在上海。■■在广州。')
  })

  it('gives a padded or letter-spaced name the pseudonym of the name written plainly', () => {
    const text = '李\u3000强、李强和李 强'
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type: 'PER', text: s, score: 1 })
    expect(redact(text, [at('李\u3000强'), at('李强'), at('李 强')], { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('人名1、人名1和人名1')
  })

  it('treats a name broken over two lines as the same name', () => {
    const text = '法国总统马\n克龙说，马克龙会来。Emmanuel\n  Macron'
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type: 'PER', text: s, score: 1 })
    const names = [at('马\n克龙'), at('马克龙', 8), at('Emmanuel\n  Macron')]
    expect(redact(text, names, { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('法国总统人名1\n说，人名1会来。人名2\n')
    expect(redact(text, names, { types: new Set(['PER']), mode: 'mask', pseudonym })).toBe('法国总统■\n■■说，■■■会来。■■■■■■■■\n  ■■■■■■')
  })
})

describe('redact: every occurrence of a replaced name', () => {
  const pseudonym = (_type: string, n: number) => `人名${n}`
  const at = (text: string, name: string, type: string, from = 0) => ({ start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length, type, text: name, score: 0.9 })

  it('replaces the occurrences the model missed (Markdown around a name), with the same pseudonym', () => {
    const text = '张伟和李娜见面。[李娜](mailto:li@example.com) 确认了`张伟`的说明。'
    const found = [at(text, '张伟', 'PER'), at(text, '李娜', 'PER')]
    expect(redact(text, found, { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('人名1和人名2见面。[人名2](mailto:li@example.com) 确认了`人名1`的说明。')
    expect(redact(text, found, { types: new Set(['PER']), mode: 'tag', pseudonym })).not.toMatch(/张伟|李娜/u)
  })

  it('leaves names of kept types, names inside other names, one-character names and parts of Latin words', () => {
    const text = '北京大学的张伟华说，张伟在北京。张说Apple和Applebee不同，Apple好。'
    const found = [at(text, '北京大学', 'ORG'), at(text, '张伟华', 'PER'), at(text, '张伟', 'PER', 8), at(text, '北京', 'LOC', 12), at(text, '张', 'PER', 16), at(text, 'Apple', 'ORG')]
    expect(redact(text, found, { types: new Set(['PER', 'LOC', 'ORG']), mode: 'tag', pseudonym })).toBe('[ORG]的[PER]说，[PER]在[LOC]。[PER]说[ORG]和Applebee不同，[ORG]好。')
    // ORG kept in clear: 北京 inside 北京大学 stays, as the name it belongs to does.
    expect(redact(text, found, { types: new Set(['PER', 'LOC']), mode: 'tag', pseudonym })).toBe('北京大学的[PER]说，[PER]在[LOC]。[PER]说Apple和Applebee不同，Apple好。')
  })

  it('replaces a name cut by a line wrap, taking in the part of it the model found', () => {
    // A PDF's narrow column: the model found 张伟 in one paragraph and only 张 where the wrap cut it.
    const text = '决定由张伟任经理。\n经过研究任命张\n  伟为主任。'
    const found = [at(text, '张伟', 'PER'), at(text, '张', 'PER', 10)]
    expect(redact(text, found, { types: new Set(['PER']), mode: 'pseudonym', pseudonym })).toBe('决定由人名1任经理。\n经过研究任命人名1\n为主任。')
    expect(redact(text, found, { types: new Set(['PER']), mode: 'mask', pseudonym })).toBe('决定由■■任经理。\n经过研究任命■\n  ■为主任。')
  })

  it('replaces only what was found when asked to (a name that is also a word: 高明)', () => {
    const text = '记者高明报道。这个办法很高明。'
    const found = [at(text, '高明', 'PER')]
    expect(redact(text, found, { types: new Set(['PER']), mode: 'tag', pseudonym })).toBe('记者[PER]报道。这个办法很[PER]。')
    expect(redact(text, found, { types: new Set(['PER']), mode: 'tag', pseudonym, everywhere: false })).toBe('记者[PER]报道。这个办法很高明。')
  })

  it('finds nothing more when every occurrence was found', () => {
    const text = '张伟说，张伟来了。'
    const found = [at(text, '张伟', 'PER'), at(text, '张伟', 'PER', 2)]
    expect(everyOccurrence(text, found, new Set(['PER']))).toHaveLength(2)
  })
})

describe('redactionFilter', () => {
  const text = '张伟和李娜在北京见面。'
  const found = [...spans(text, [['张伟', 'PER']], 0.95), ...spans(text, [['李娜', 'PER'], ['北京', 'LOC']], 0.2)]

  it('keeps the names the view shows at its threshold, whatever their type', () => {
    expect(found.filter(redactionFilter(0.3, false)).map((e) => e.text)).toEqual(['张伟'])
    expect(redact(text, found.filter(redactionFilter(0.3, false)), { types: new Set(['PER', 'LOC']), mode: 'tag', pseudonym: () => '' }))
      .toBe('[PER]和李娜在北京见面。')
  })

  it('keeps every name when the uncertain ones are asked for', () => {
    expect(found.filter(redactionFilter(0.3, true)).map((e) => e.text)).toEqual(['张伟', '李娜', '北京'])
  })
})

describe('replacedTypes', () => {
  it('replaces every type but those left in clear, once each, a type that comes later included', () => {
    expect(replacedTypes(['PER', 'LOC', 'ORG'], ['LOC'])).toEqual(['PER', 'ORG'])
    expect(replacedTypes(['PER', 'LOC', 'ORG', 'PHONE', 'PER', 'COMPANY'], ['LOC'])).toEqual(['PER', 'ORG', 'PHONE', 'COMPANY'])
    expect(replacedTypes(['PER'], [])).toEqual(['PER'])
  })
})
