import { describe, expect, it } from 'vitest'
import { fileKind, ImportError, MAX_IMPORT_CHARS, readImportedFile } from '../../../src/app/fileImport'

describe('readImportedFile', () => {
  it('reads .txt and .md with Windows line endings normalized, and says they were there', async () => {
    expect(await readImportedFile(new File(['北京\r\n上海\r广州'], 'a.txt'))).toEqual({ text: '北京\n上海\n广州', encoding: 'utf-8', crlf: true })
    expect(await readImportedFile(new File(['# 标题\r\n'], 'notes.MD'))).toEqual({ text: '# 标题\n', encoding: 'utf-8', crlf: true })
    expect(await readImportedFile(new File(['北京\n上海\n广州\r\n'], 'unix.txt'))).toEqual({ text: '北京\n上海\n广州\n', encoding: 'utf-8' })
  })

  it('reads a GBK text file as the text that was written, and says so', async () => {
    const gbk = Uint8Array.from([0xc0, 0xee, 0xc4, 0xc8, 0xd4, 0xda, 0xce, 0xe4, 0xba, 0xba, 0xa1, 0xa3, 0x0d, 0x0a]) // 李娜在武汉。\r\n
    expect(await readImportedFile(new File([gbk], 'gbk.txt'))).toEqual({ text: '李娜在武汉。\n', encoding: 'gb18030', crlf: true })
  })

  it('refuses other kinds of file with a reason', async () => {
    await expect(readImportedFile(new File(['PK'], 'slides.pptx'))).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    expect(fileKind('report.docx')).toBe('docx')
    expect(fileKind('判决书.PDF')).toBe('pdf')
    expect(fileKind('noextension')).toBeNull()
  })

  it('refuses text longer than the editor handles', async () => {
    const big = new File(['北'.repeat(MAX_IMPORT_CHARS + 1)], 'big.txt')
    await expect(readImportedFile(big)).rejects.toBeInstanceOf(ImportError)
    await expect(readImportedFile(big)).rejects.toMatchObject({ code: 'TOO_LONG' })
  })

  it('reports a damaged .docx as unreadable', async () => {
    await expect(readImportedFile(new File(['not a zip'], 'broken.docx'))).rejects.toMatchObject({ code: 'UNREADABLE' })
  })
})
