// The redacted text as a .docx: read back by mammoth (the reader the page opens .docx files with) it is
// the same text, line for line, markup characters and tabs included. (The e2e suite opens one in the page.)
import { describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { documentXml, textToDocx } from '../../../src/app/docx'

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
})
