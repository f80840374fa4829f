// Plain-text files in the encodings Chinese text is saved in: each decodes to the text that was written,
// and says which encoding it was read as. The byte strings were written by Python's codecs.
import { describe, expect, it } from 'vitest'
import { decodeText, looksBinary } from '../../../src/app/textEncoding'
import { randomBytes } from '../support/randomBytes'

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)))
const NEWS = '新华社北京一月五日电，国务院总理李鹏今天在人民大会堂会见了美国客人。'
const TAIWAN = '台北市政府今天宣布，鴻海集團董事長郭台銘將出席會議。'

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
  })
})
