// The redacted text as a .docx: read back by mammoth (the reader the page opens .docx files with) it is
// the same text, line for line, markup characters and tabs included. (The e2e suite opens one in the page.)
import { afterEach, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { createRequire } from 'node:module'
import mammoth from 'mammoth'
import { documentXml, textToDocx } from '../../../src/app/docx'
import { hslHex } from '../../../src/app/entityColors'
import { annotatedRuns } from '../../../src/app/exporters'
import { spans } from '../support/entities'

describe('textToDocx', () => {
  it('writes a document Word readers open, holding the text line for line', async () => {
    const text = '患者人名1，身份证号身份证号1。\n<b>&"引号"</b>\t制表符后\n\n最后一行 😀'
    const bytes = await textToDocx(text)
    expect(bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])) // a zip
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(value.replace(/\n\n/g, '\n').trimEnd()).toBe(text) // mammoth ends each paragraph with a blank line
  })

  it('drops the control characters XML cannot hold instead of writing a broken file', () => {
    expect(documentXml('甲\u0001乙\u000b丙')).toContain('>甲乙丙<')
  })

  describe('in the browser, where JSZip writes UTF-8 itself (in Node it hands strings to Buffer, which mends them)', () => {
    const jszipSupport = createRequire(import.meta.url)('jszip/lib/support.js') as { nodebuffer: boolean }
    const nodebuffer = jszipSupport.nodebuffer
    afterEach(() => {
      jszipSupport.nodebuffer = nodebuffer
    })

    it('writes a lone surrogate as U+FFFD, so document.xml stays valid UTF-8 and an emoji stays whole', async () => {
      jszipSupport.nodebuffer = false
      const bytes = await textToDocx('张伟\uD83D在北京见了\uDE00李娜😀')
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('uint8array')
      const decoded = new TextDecoder('utf-8', { fatal: true }).decode(xml)
      expect(decoded).toContain('>张伟\uFFFD在北京见了\uFFFD李娜😀<')
      jszipSupport.nodebuffer = nodebuffer
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
      expect(value.trim()).toBe('张伟\uFFFD在北京见了\uFFFD李娜😀')
    })
  })
})

describe('the annotated Word document', () => {
  it('shades each name in its type colour with its type raised after it, a wrapped name over two paragraphs', async () => {
    const text = '王毅在北京会见\n马\n克龙。\t完'
    const entities = spans(text, [['王毅', 'PER'], ['北京', 'LOC'], ['马\n克龙', 'PER']])
    const runs = annotatedRuns({ text, entities })
    expect(runs.map((r) => r.text).join('')).toBe('王毅PER在北京LOC会见\n马\n克龙PER。\t完')
    const xml = documentXml(runs)
    const shaded = [...xml.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)</g)].map((m) => [m[2], m[1]])
    expect(shaded.map(([name]) => name)).toEqual(['王毅', '北京', '马', '克龙'])
    expect(new Set(shaded.filter(([name]) => name !== '北京').map(([, fill]) => fill)).size).toBe(1) // one colour per type
    expect(shaded[1]![1]).not.toBe(shaded[0]![1])
    expect(xml.match(/<w:vertAlign w:val="superscript"\/>/g)).toHaveLength(3)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await textToDocx(runs)) })
    expect(value.replace(/\n\n/g, '\n').trimEnd()).toBe('王毅PER在北京LOC会见\n马\n克龙PER。\t完')
  })

  it('turns HSL into the hex colours Word takes', () => {
    expect([hslHex(0, 1, 0.5), hslHex(120, 1, 0.25), hslHex(240, 1, 0.5), hslHex(200, 0, 0.85)]).toEqual(['FF0000', '008000', '0000FF', 'D9D9D9'])
  })
})
