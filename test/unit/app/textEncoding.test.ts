// Plain-text files in the encodings Chinese text is saved in: each decodes to the text that was written,
// and says which encoding it was read as. The byte strings were written by Python's codecs.
import { describe, expect, it } from 'vitest'
import { decodeText, encodingName, looksBinary } from '../../../src/app/textEncoding'
import { randomBytes } from '../support/randomBytes'

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)))
const NEWS = '新华社北京一月五日电，国务院总理李鹏今天在人民大会堂会见了美国客人。'
const TAIWAN = '台北市政府今天宣布，鴻海集團董事長郭台銘將出席會議。'

describe('encodingName', () => {
  // Native-speaker review: 「已按 GB18030 (GBK) 读取」 had a half-width bracket in a Chinese sentence.
  it('names GB18030 by GBK too, in the page language\'s brackets', () => {
    expect(encodingName('gb18030', 'zh')).toBe('GB18030（GBK）')
    expect(encodingName('gb18030', 'zh-Hant')).toBe('GB18030（GBK）')
    expect(encodingName('gb18030', 'en')).toBe('GB18030 (GBK)')
    expect(encodingName('utf-16le', 'zh')).toBe('UTF-16')
    expect(encodingName('windows-1252', 'en')).toBe('WINDOWS-1252')
  })
})

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', async () => {
    const utf8 = new TextEncoder().encode(NEWS)
    expect(await decodeText(utf8)).toEqual({ text: NEWS, encoding: 'utf-8' })
    expect(await decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: NEWS, encoding: 'utf-8' })
  })

  it('reads GB18030 (GBK) text, short and long', async () => {
    const news = 'd0c2bbaac9e7b1b1bea9d2bbd4c2cee5c8d5b5e7a3acb9facef1d4bad7dcc0edc0eec5f4bdf1ccecd4dac8cbc3f1b4f3bbe1ccc3bbe1bcfbc1cbc3c0b9fabfcdc8cba1a3'
    expect(await decodeText(hex(news))).toEqual({ text: NEWS, encoding: 'gb18030' })
    expect(await decodeText(hex('c0eec4c8d4dacee4babaa1a3'))).toEqual({ text: '李娜在武汉。', encoding: 'gb18030' })
  })

  it('reads Big5 text as Big5, not as GBK', async () => {
    const big5 = 'a578a55fa5abac46a9b2a4b5a4d1abc5a5aca141c245aefcb6b0b9ceb8b3a8c6aaf8b3a2a578bbcab14ea558ae75b77cc4b3a143'
    expect(await decodeText(hex(big5))).toEqual({ text: TAIWAN, encoding: 'big5' })
  })

  it('reads UTF-32, little- and big-endian, with or without a byte-order mark (its little-endian mark is not taken for UTF-16)', async () => {
    const text = '张伟在北京。\n𠮷野家 (U+20BB7)'
    const utf32 = (littleEndian: boolean, mark: boolean) => {
      const points = [...(mark ? [0xfeff] : []), ...[...text].map((c) => c.codePointAt(0)!)]
      const view = new DataView(new ArrayBuffer(points.length * 4))
      points.forEach((point, i) => view.setUint32(i * 4, point, littleEndian))
      return new Uint8Array(view.buffer)
    }
    expect(await decodeText(utf32(true, true))).toEqual({ text, encoding: 'utf-32le' })
    expect(await decodeText(utf32(false, true))).toEqual({ text, encoding: 'utf-32be' })
    expect(await decodeText(utf32(true, false))).toEqual({ text, encoding: 'utf-32le' })
    expect(await decodeText(utf32(false, false))).toEqual({ text, encoding: 'utf-32be' })
    expect(utf32(true, true).subarray(0, 4)).toEqual(Uint8Array.from([0xff, 0xfe, 0, 0]))
  })

  it('reads UTF-16 with a byte-order mark, and mostly-Latin UTF-16 without one', async () => {
    const le = 'b0654e533e791753ac4e004e0867944ee56535750cfffd56a15262963b6006744e674f9eca4e29592857ba4e116c27591a4f02581a4fc189864e8e7ffd56a25bba4e0230'
    const be = '65b0534e793e53174eac4e0067084e9465e57535ff0c56fd52a19662603b7406674e9e4f4eca592957284eba6c1159274f1a58024f1a89c14e867f8e56fd5ba24eba3002'
    expect(await decodeText(hex('fffe' + le))).toEqual({ text: NEWS, encoding: 'utf-16le' })
    expect(await decodeText(hex('feff' + be))).toEqual({ text: NEWS, encoding: 'utf-16be' })
    const latin = 'Report by Xinhua, Beijing: 北京'
    const unmarked = new Uint8Array(latin.length * 2)
    for (let i = 0; i < latin.length; i++) new DataView(unmarked.buffer).setUint16(i * 2, latin.charCodeAt(i), true)
    expect(await decodeText(unmarked)).toEqual({ text: latin, encoding: 'utf-16le' })
  })

  it('reads Chinese UTF-16 without a byte-order mark, in either byte order, and GBK or Big5 never as UTF-16', async () => {
    // The last one's UTF-16 bytes are valid UTF-8 too (李 is 4E 67, "Ng"), with control characters in it.
    for (const text of [NEWS, TAIWAN, '李娜在武汉说：“明年还来。”好吗', '李明在武汉上学天天来中大小好学生']) {
      for (const [encoding, little] of [['utf-16le', true], ['utf-16be', false]] as const) {
        const bytes = new Uint8Array(text.length * 2)
        for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), little)
        expect(await decodeText(bytes)).toEqual({ text, encoding })
      }
    }
    // GBK and Big5 bytes paired up look like CJK code units now and then, never nearly all the time.
    expect((await decodeText(hex('c0eec4c8d4dacee4babaa1a3'))).encoding).toBe('gb18030')
    expect((await decodeText(hex('a578a55fa5abac46a9b2a4b5a4d1abc5a5aca141c245aefcb6b0b9ceb8b3a8c6aaf8b3a2a578bbcab14ea558ae75b77cc4b3a143'))).encoding).toBe('big5')
  })

  it('reads UTF-8 with a few invalid bytes as UTF-8, each bad sequence as U+FFFD, and counts them', async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text)
    const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]))
    const long = NEWS.repeat(20)
    // One stray byte (0xFF, a Latin-1 no-break space 0xA0) in a long file: it used to be read as IBM866.
    expect(await decodeText(join(utf8(long), Uint8Array.of(0xff), utf8(long)))).toEqual({ text: `${long}\uFFFD${long}`, encoding: 'utf-8', invalidSequences: 1 })
    expect(await decodeText(join(utf8('价格'), Uint8Array.of(0xa0), utf8(long)))).toMatchObject({ text: `价格\uFFFD${long}`, invalidSequences: 1 })
    // A line pasted in from a GBK file (李娜在武汉。) among UTF-8 lines.
    const mixed = await decodeText(join(utf8(`${long}\n`), hex('c0eec4c8d4dacee4babaa1a3'), utf8(`\n${long}`)))
    expect(mixed.encoding).toBe('utf-8')
    expect(mixed.text.startsWith(`${long}\n`) && mixed.text.endsWith(`\n${long}`)).toBe(true)
    // A web page that says it is UTF-8 is believed while its bytes mostly are, even short.
    expect(await decodeText(join(utf8('<p>李娜'), Uint8Array.of(0xa9), utf8('</p>')), 'utf-8')).toMatchObject({ text: '<p>李娜\uFFFD</p>', encoding: 'utf-8' })
    // GBK is not "mostly UTF-8": about one valid sequence for every ten invalid ones.
    const news = 'd0c2bbaac9e7b1b1bea9d2bbd4c2cee5c8d5b5e7a3acb9facef1d4bad7dcc0edc0eec5f4bdf1ccecd4dac8cbc3f1b4f3bbe1ccc3bbe1bcfbc1cbc3c0b9fabfcdc8cba1a3'
    expect(await decodeText(hex(news.repeat(10)), 'utf-8')).toEqual({ text: NEWS.repeat(10), encoding: 'gb18030' })
  })

  it('reads a short UTF-8 file with a few invalid bytes as UTF-8 when its Chinese characters outnumber them (QA: Cyrillic, IBM866)', async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text)
    const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]))
    // Three UTF-8 lines, then two pasted from a GBK file (赵磊在南京。\r\n孙丽在苏州。\r\n): 49 Chinese
    // characters, 20 invalid sequences, short of tenfold; it was read as ISO-8859-5.
    const lines = '本公司员工张伟在北京工作，李娜在上海分公司负责销售。\n王芳是人事部经理，负责招聘。\n刘洋去年调到广州。\n'
    const pasted = await decodeText(join(utf8(lines), hex('d5d4c0dad4dac4cfbea9a1a30d0acbefc0f6d4dacbd5d6dda1a30d0a')))
    expect(pasted).toMatchObject({ encoding: 'utf-8', invalidSequences: 20 })
    expect(pasted.text.startsWith(lines)).toBe(true)
    // Twelve characters and three stray bytes (FF FE 80): it was read as IBM866.
    expect(await decodeText(join(utf8('张伟在北京。'), Uint8Array.of(0xff, 0xfe, 0x80), utf8('李娜在上海。\n')))).toEqual({ text: '张伟在北京。\uFFFD\uFFFD\uFFFD李娜在上海。\n', encoding: 'utf-8', invalidSequences: 3 })
    // Short GBK and Big5 files are still theirs: read as UTF-8 they have more invalid sequences than Chinese characters.
    expect(await decodeText(hex('d5c5ceb0d4dab1b1bea9a1a3'))).toEqual({ text: '张伟在北京。', encoding: 'gb18030' })
    expect(await decodeText(hex('d5c5ceb0'))).toEqual({ text: '张伟', encoding: 'gb18030' })
    expect(await decodeText(hex('b3afa7d3a9faa662bb4fa55fa143'))).toEqual({ text: '陳志明在臺北。', encoding: 'big5' })
    expect(await decodeText(hex('c1f59534b235d4dab1b1bea9a3acc0eec4c8c8a5c1cbc9cfbaa3a1a30a'))).toEqual({ text: '刘𠮷在北京，李娜去了上海。\n', encoding: 'gb18030' })
  })

  it('reads short Chinese UTF-16 without a byte-order mark when a byte of it is no text in any other encoding (QA: Big5, not text)', async () => {
    const utf16 = (text: string, little: boolean) => {
      const bytes = new Uint8Array(text.length * 2)
      for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), little)
      return bytes
    }
    // 。 is 02 30 or 30 02; 伟 (U+4F1F) has 1F; 娜 (U+5A1C) 1C; a line break or a digit a zero byte.
    for (const text of ['张伟在北京。', '李娜', '“张伟”', '王芳在上海工作\n', '张伟，13812345678', '陈静、王芳！']) {
      expect(await decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' })
      expect(await decodeText(utf16(text, false))).toEqual({ text, encoding: 'utf-16be' })
    }
    // Bytes with no such control byte are no UTF-16 of this kind: a Latin-1 word whose bytes pair up as
    // ideographs (Café: 43 61 66 E9, 䍡曩 in big-endian), ASCII with ESC or DOS's Ctrl+Z.
    expect((await decodeText(Uint8Array.from('Café', (c) => c.charCodeAt(0)))).encoding).not.toMatch(/utf-16/)
    expect(await decodeText(new TextEncoder().encode('\x1b[31mError\x1b[0m ok\n'))).toMatchObject({ encoding: 'utf-8' })
    expect(await decodeText(new TextEncoder().encode('Hello wo\r\n\x1a'))).toEqual({ text: 'Hello wo\r\n', encoding: 'utf-8' })
  })

  it('reads mostly-English or mostly-ASCII files with a few Chinese names in GBK as GBK, not as a European encoding', async () => {
    // What Python's 'gbk' codec writes; jschardet's first guesses for them were EUC-KR, Windows-1252,
    // ISO-8859-2 and KOI8-U, at confidences of 0.04 to 0.15.
    const gbk = (text: string, hexOfChinese: Record<string, string>) =>
      Uint8Array.from(text.split(/(\{[^}]+\})/).flatMap((part) => (part.startsWith('{') ? [...hex(hexOfChinese[part]!)] : [...new TextEncoder().encode(part)])))
    const names = { '{张伟}': 'd5c5ceb0', '{王芳}': 'cdf5b7bc', '{陈静}': 'b3c2beb2', '{名字}': 'c3fbd7d6', '{赵六}': 'd5d4c1f9' }
    const cases = [
      ['No.  Name    Dept\n001  {张伟}    R&D\n002  {王芳}    Sales\n', 'No.  Name    Dept\n001  张伟    R&D\n002  王芳    Sales\n'],
      ['# Project Notes\n\n- Owner: {陈静}\n- Status: done\n', '# Project Notes\n\n- Owner: 陈静\n- Status: done\n'],
      ['ID: 12345, {名字}: {赵六}\n', 'ID: 12345, 名字: 赵六\n'],
      ['Hi team,\nPlease find the minutes attached. Attendees: {王芳}, {陈静}.\nThanks\n', 'Hi team,\nPlease find the minutes attached. Attendees: 王芳, 陈静.\nThanks\n'],
    ]
    for (const [written, text] of cases) expect(await decodeText(gbk(written!, names))).toEqual({ text, encoding: 'gb18030' })
  })

  it('leaves a Latin-1 file to the detector (its accents do not pair up like GBK) and drops a DOS end-of-file mark', async () => {
    const latin1 = Uint8Array.from('Café München, naïve résumé. François Hollande visited Beijing.', (c) => c.charCodeAt(0))
    expect((await decodeText(latin1)).encoding).not.toBe('gb18030')
    expect(await decodeText(Uint8Array.from([...new TextEncoder().encode('李娜在武汉。\r\n'), 0x1a]))).toEqual({ text: '李娜在武汉。\r\n', encoding: 'utf-8' })
  })

  it('an empty file is empty UTF-8 text', async () => {
    expect(await decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('looksBinary', () => {
  it('takes random bytes for binary data, in whatever encoding they are read', async () => {
    for (const seed of [1, 2, 99]) {
      const bytes = randomBytes(20_000, seed)
      expect(looksBinary((await decodeText(bytes)).text)).toBe(true)
      for (const encoding of ['gb18030', 'big5', 'windows-1252', 'utf-8', 'utf-16le']) expect(looksBinary(new TextDecoder(encoding).decode(bytes))).toBe(true)
    }
    expect(looksBinary('\u0000'.repeat(100))).toBe(true)
  })

  it('leaves text alone: UTF-16 with and without its mark, GBK, Big5, UTF-8 with emoji, a stray control character', async () => {
    const utf16 = (text: string, little: boolean, mark: boolean) => {
      const bytes = new Uint8Array((text.length + (mark ? 1 : 0)) * 2)
      ;(mark ? '\ufeff' + text : text).split('').forEach((c, i) => new DataView(bytes.buffer).setUint16(i * 2, c.charCodeAt(0), little))
      return bytes
    }
    for (const text of [NEWS, TAIWAN, 'Report by Xinhua, Beijing: 北京 and more Latin text here.']) {
      for (const little of [true, false]) {
        for (const mark of [true, false]) {
          const decoded = await decodeText(utf16(text, little, mark))
          expect(decoded.text).toBe(text)
          expect(looksBinary(decoded.text)).toBe(false)
        }
      }
    }
    for (const bytes of [hex('c0eec4c8d4dacee4babaa1a3'), hex('a578a55fa5abac46a9b2a4b5a4d1abc5a5aca141c245aefcb6b0b9ceb8b3a8c6aaf8b3a2a578bbcab14ea558ae75b77cc4b3a143'), new TextEncoder().encode(`${NEWS}😀🇨🇳\n`.repeat(20))]) {
      expect(looksBinary((await decodeText(bytes)).text)).toBe(false)
    }
    expect(looksBinary(`${NEWS}\f${NEWS}\r\n\u001a\u001a`)).toBe(false) // a page break; DOS's end-of-file mark
    expect(looksBinary('甲\u0001乙\u0002丙\u0003')).toBe(false) // three: too few to tell
    expect(looksBinary(`${NEWS.repeat(20)}\u0000\u0001\u0002\ufffd`)).toBe(false) // four in 720 characters: under 1 %
    expect(looksBinary(`${NEWS}\u0000\u0001\u0002\ufffd`)).toBe(true) // four in 40
    // Replacement characters of text read as mostly UTF-8 are stray bytes, not a sign of binary data.
    expect(looksBinary(`${NEWS}\ufffd\ufffd\ufffd\ufffd`, { strayReplacements: true })).toBe(false)
    expect(looksBinary(`${NEWS}\u0000\u0001\u0002\u0003`, { strayReplacements: true })).toBe(true)
  })
})
