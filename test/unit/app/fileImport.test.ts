import { describe, expect, it } from 'vitest'
import { fileKind, ImportError, MAX_IMPORT_CHARS, readImportedFile } from '../../../src/app/fileImport'

describe('readImportedFile', () => {
  it('reads .txt and .md with Windows line endings normalized', async () => {
    expect(await readImportedFile(new File(['北京\r\n上海\r广州'], 'a.txt'))).toBe('北京\n上海\n广州')
    expect(await readImportedFile(new File(['# 标题\r\n'], 'notes.MD'))).toBe('# 标题\n')
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
    await expect(readImportedFile(big)).rejects.toMatchObject({ code: 'TOO_BIG' })
  })

  it('reports a damaged .docx as unreadable', async () => {
    await expect(readImportedFile(new File(['not a zip'], 'broken.docx'))).rejects.toMatchObject({ code: 'UNREADABLE' })
  })
})
