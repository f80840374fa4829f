import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cutLongLine, needsAnalysis, resplit, splitIntoBlocks } from '../../../src/app/blocks'

// 出师表 and 桃花源记 without punctuation: classical prose as it is often written (白文), no 的 or 了.
const CLASSICAL = '先帝创业未半而中道崩殂今天下三分益州疲弊此诚危急存亡之秋也然侍卫之臣不懈于内忠志之士忘身于外者盖追先帝之殊遇欲报之于陛下也诚宜开张圣听以光先帝遗德恢弘志士之气不宜妄自菲薄引喻失义以塞忠谏之路也宫中府中俱为一体陟罚臧否不宜异同若有作奸犯科及为忠善者宜付有司论其刑赏以昭陛下平明之理不宜偏私使内外异法也侍中侍郎郭攸之费祎董允等此皆良实志虑忠纯是以先帝简拔以遗陛下愚以为宫中之事事无大小悉以咨之然后施行必能裨补阙漏有所广益将军向宠性行淑均晓畅军事试用于昔日先帝称之曰能是以众议举宠为督愚以为营中之事悉以咨之必能使行阵和睦优劣得所亲贤臣远小人此先汉所以兴隆也亲小人远贤臣此后汉所以倾颓也先帝在时每与臣论此事未尝不叹息痛恨于桓灵也侍中尚书长史参军此悉贞良死节之臣愿陛下亲之信之则汉室之隆可计日而待也臣本布衣躬耕于南阳苟全性命于乱世不求闻达于诸侯先帝不以臣卑鄙猥自枉屈三顾臣于草庐之中咨臣以当世之事由是感激遂许先帝以驱驰后值倾覆受任于败军之际奉命于危难之间尔来二十有一年矣先帝知臣谨慎故临崩寄臣以大事也受命以来夙夜忧叹恐托付不效以伤先帝之明故五月渡泸深入不毛今南方已定兵甲已足当奖率三军北定中原庶竭驽钝攘除奸凶兴复汉室还于旧都此臣所以报先帝而忠陛下之职分也至于斟酌损益进尽忠言则攸之祎允之任也愿陛下托臣以讨贼兴复之效不效则治臣之罪以告先帝之灵若无兴德之言则责攸之祎允等之慢以彰其咎陛下亦宜自谋以咨诹善道察纳雅言深追先帝遗诏臣不胜受恩感激今当远离临表涕零不知所言'
  + '晋太元中武陵人捕鱼为业缘溪行忘路之远近忽逢桃花林夹岸数百步中无杂树芳草鲜美落英缤纷渔人甚异之复前行欲穷其林林尽水源便得一山山有小口仿佛若有光便舍船从口入初极狭才通人复行数十步豁然开朗土地平旷屋舍俨然有良田美池桑竹之属阡陌交通鸡犬相闻其中往来种作男女衣着悉如外人黄发垂髫并怡然自乐见渔人乃大惊问所从来具答之便要还家设酒杀鸡作食村中闻有此人咸来问讯自云先世避秦时乱率妻子邑人来此绝境不复出焉遂与外人间隔问今是何世乃不知有汉无论魏晋此人一一为具言所闻皆叹惋余人各复延至其家皆出酒食停数日辞去此中人语云不足为外人道也既出得其船便扶向路处处志之及郡下诣太守说如此太守即遣人随其往寻向所志遂迷不复得路南阳刘子骥高尚士也闻之欣然规往未果寻病终后遂无问津者'
/** Names of the period, and some with a character in them that is a function character elsewhere. */
const NAMES = ['诸葛亮', '司马懿', '夏侯惇', '于禁', '曹操', '刘备', '关羽', '张飞', '赵云', '孙权', '周瑜', '鲁肃', '王羲之', '王之涣',
  '淳于琼', '郦食其', '费祎', '董允', '向宠', '郭攸之', '刘子骥', '武陵', '桃花源', '成都', '南阳', '汉中', '荆州', '长安', '洛阳', '许昌']

describe('splitIntoBlocks', () => {
  it('makes one block per line, keeping the line breaks out of the analysed key', () => {
    const doc = '新华社北京电\n\n习近平会见古特雷斯。\r\n最后一行'
    const blocks = splitIntoBlocks(doc)
    expect(blocks.map((b) => b.key)).toEqual(['新华社北京电', '习近平会见古特雷斯。', '最后一行'])
    expect(blocks.map((b) => b.start)).toEqual([0, 8, 20])
    expect(blocks.map((b) => b.text).join('')).toBe(doc)
  })

  it('keeps the lines of a hard-wrapped paragraph in one block, so the engine can undo the wraps', () => {
    const line = '国务院总理在人民大会堂会见了来访的法国总统马' // 22 characters, stops mid-name
    const doc = `${line}\r\n克龙，双方交换了意见。\n张伟\n李娜\n${line}。\n克龙\n${line}\n\u3000\u3000克龙`
    const blocks = splitIntoBlocks(doc)
    expect(blocks.map((b) => b.key)).toEqual([
      `${line}\r\n克龙，双方交换了意见。`, '张伟', '李娜', `${line}。`, '克龙', line, '\u3000\u3000克龙',
    ])
    expect(blocks.map((b) => b.text).join('')).toBe(doc)
  })

  it('keeps a paragraph broken over two pages by pdftotext (a form feed after the line break) in one block', () => {
    // 谭\n\f德塞 was two blocks, and the name was cut in two (QA).
    const doc = '周三下午天气晴朗，远道而来的那位客人名叫谭\n\f德塞，他和王芳一起抵达昆明长水机场。\n\f第二页。'
    expect(splitIntoBlocks(doc).map((b) => b.key)).toEqual(['周三下午天气晴朗，远道而来的那位客人名叫谭\n\f德塞，他和王芳一起抵达昆明长水机场。', '\f第二页。'])
  })

  it('keeps leading blank lines as an empty block that needs no analysis', () => {
    const blocks = splitIntoBlocks('\n\n北京')
    expect(blocks[0]).toEqual({ start: 0, text: '\n\n', key: '' })
    expect(needsAnalysis(blocks[0]!)).toBe(false)
    expect(blocks[1]).toMatchObject({ start: 2, key: '北京' })
  })

  it('cuts a long line after a sentence end, not inside a sentence', () => {
    const sentence = '国家主席习近平在北京会见了来访的外国客人。' // 21 chars
    const line = sentence.repeat(10)
    const blocks = splitIntoBlocks(line, 50)
    for (const block of blocks) {
      expect(block.key.length).toBeLessThanOrEqual(50)
      expect(block.key.endsWith('。')).toBe(true)
    }
    expect(blocks.map((b) => b.text).join('')).toBe(line)
  })

  it('cuts a long English paragraph after a full stop, not at a space inside a sentence or a name', () => {
    const sentences = [
      'Apple chief executive Tim Cook met officials in Beijing on Monday.',
      'He said the U.S.A. market and example.com matter, and that 3.14 percent is small.',
      '"We will invest more," Mr. Cook told J. K. Rowling in Shanghai.',
    ]
    const line = Array.from({ length: 36 }, (_, i) => sentences[i % 3]).join(' ') // about 2,500 characters
    const pieces = cutLongLine(line, 1000)
    expect(pieces.length).toBeGreaterThan(2)
    let offset = 0
    for (const length of pieces.slice(0, -1)) {
      offset += length
      expect(line.slice(offset - 10, offset + 1)).toMatch(/(?:Monday|small|Shanghai)\. $/)
    }
     // Where the only full stops are inside 3.14 or example.com, or after an initial or a title, the cut is at
    // the last space, as it was before full stops counted.
    const initials = 'Yesterday Mr. Cook and Dr. Li met J. K. Rowling of the U.S.A. at example.com at 3.14 pm'
    for (const max of [20, 30, 40, 50, 60, 70]) {
      let at = 0
      for (const length of cutLongLine(initials, max).slice(0, -1)) {
        at += length
        expect(initials[at - 1], `${max}: ${initials.slice(0, at)}|`).toBe(' ')
      }
    }
  })

  it('cuts a line with no punctuation or space after 的 or 了, not inside a name', () => {
    const line = '张伟在北京大学读书国务院总理在人民大会堂会见了李娜去上海参观了复旦大学王强和华为公司签约'.repeat(20)
    const pieces = cutLongLine(line, 100)
    expect(pieces.length).toBeGreaterThan(1)
    let offset = 0
    for (const length of pieces.slice(0, -1)) {
      offset += length
      expect(length).toBeLessThanOrEqual(100)
      expect(line[offset - 1]).toBe('了')
    }
  })

  it('cuts an unpunctuated classical line after a function character, not inside a name (QA: 诸葛|亮)', () => {
    const line = CLASSICAL.repeat(3)
    const qa = `${line.slice(0, 998)}诸葛亮${line.slice(998)}`
    expect(splitIntoBlocks(qa).map((b) => b.key).some((key) => key.endsWith('诸葛') || key.endsWith('诸'))).toBe(false)
    // Each name at every offset from 40 before the limit to just after it, in three stretches of the text: the
    // blind cut at the limit split 120 of these 4,140 names (every name across the limit); none now, 王之涣
    // included (with 之 as good a cut as 也, 63 of 15,180 placements in eleven stretches split it at 王之|涣).
    let cutInside = 0
    for (const name of NAMES) {
      for (const shift of [0, 111, 222]) {
        for (let at = 960; at <= 1005; at++) {
          const text = line.slice(shift, shift + 2000)
          const lengths = cutLongLine(`${text.slice(0, at)}${name}${text.slice(at)}`, 1000)
          expect(lengths[0]).toBeGreaterThan(900) // blocks stay nearly as long as they may be
          if (lengths[0]! > at && lengths[0]! < at + name.length) cutInside++
        }
      }
    }
    expect(cutInside).toBe(0)
  })

  it('never splits a surrogate pair when it must cut without punctuation', () => {
    const line = '😀'.repeat(30)
    const pieces = cutLongLine(line, 7)
    let offset = 0
    for (const length of pieces) {
      expect(length).toBeLessThanOrEqual(7)
      const code = line.charCodeAt(offset)
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false)
      offset += length
    }
    expect(offset).toBe(line.length)
  })

  it('covers any document exactly, in order, with keys that are prefixes of the block text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('北', '京', '。', '\n', '\r', ' ', 'a', '😀', '，') , maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (doc, max) => {
        const blocks = splitIntoBlocks(doc, max)
        expect(blocks.map((b) => b.text).join('')).toBe(doc)
        let expectedStart = 0
        for (const block of blocks) {
          expect(block.start).toBe(expectedStart)
          expect(block.text.startsWith(block.key)).toBe(true)
          // Only line breaks are left out of a key (those after the block); a wrap joined into a paragraph
          // (a line that may run on) keeps its break inside, as the engine reads it.
          expect(block.text.slice(block.key.length)).toMatch(/^[\r\n]*$/)
          expect(block.key.length).toBeLessThanOrEqual(max)
          expectedStart += block.text.length
        }
      }),
    )
  })
})

import { longDocument } from '../../../src/app/samples'

describe('resplit', () => {
  // Pieces that make wraps, blank lines, CR LF, long lines cut at punctuation and surrogate pairs likely.
  const piece = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\f', '\n\f', ' ', '，', '。', '的', '国务院总理', '马', 'Mr. Cook', 'a.', '😀', '人民大会堂会见了来访的法国总统')
  const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

  it('splits an edited document exactly as splitIntoBlocks does, keeping the unchanged blocks', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), fc.integer({ min: 8, max: 40 }), (doc, insert, at, removed, max) => {
        const from = at % (doc.length + 1)
        const edited = doc.slice(0, from) + insert + doc.slice(Math.min(doc.length, from + (removed % 6)))
        const before = resplit(null, doc, max)
        const after = resplit(before, edited, max)
        expect(after.blocks).toEqual(splitIntoBlocks(edited, max))
        expect(after.paragraphs).toEqual(resplit(null, edited, max).paragraphs)
        // The blocks of a paragraph ending well before the edit are the same objects.
        before.paragraphs.forEach((first, k) => {
          const next = before.paragraphs[k + 1] ?? before.blocks.length
          const end = next < before.blocks.length ? before.blocks[next]!.start : doc.length
          let read = end // and the form feeds after it (a page break, see mayBeWrap)
          while (doc[read] === '\f') read++
          if (read + 2 <= from) for (let i = first; i < next; i++) expect(after.blocks[i]).toBe(before.blocks[i])
        })
      }),
      { numRuns: 3000 },
    )
  })

  it('re-splits only around an edit: typing at the end of a long document keeps every earlier block', () => {
    const doc = longDocument(200_000)
    const before = resplit(null, doc)
    const after = resplit(before, `${doc}好`)
    expect(after.blocks.slice(0, -1).every((block, i) => block === before.blocks[i])).toBe(true)
    const middle = resplit(after, `${doc.slice(0, 100_000)}好${doc.slice(100_000)}好`)
    expect(middle.blocks).toEqual(splitIntoBlocks(middle.doc))
    expect(resplit(middle, middle.doc)).toBe(middle)
  })
})

describe('longDocument', () => {
  it('is exactly as long as asked and has no two identical paragraphs', () => {
    const doc = longDocument(100_000)
    expect(doc).toHaveLength(100_000)
    const keys = splitIntoBlocks(doc).map((b) => b.key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
