// Reading dropped or chosen files into the editor. Plain text is read directly; .docx goes through
// mammoth, loaded only when a .docx actually arrives (it is a large module most visits never need).

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024
/** Imported text longer than this is refused (the editor keeps its text); matches live analysis. */
export const MAX_IMPORT_CHARS = 1_000_000

export type ImportErrorCode = 'UNSUPPORTED' | 'TOO_BIG' | 'UNREADABLE'

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    cause?: unknown,
  ) {
    super(`${code}: ${fileName}`, { cause })
    this.name = 'ImportError'
  }
}

export function fileKind(name: string): 'text' | 'docx' | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  if (['txt', 'md', 'markdown', 'text'].includes(extension)) return 'text'
  if (extension === 'docx') return 'docx'
  return null
}

/** Normalizes line endings so offsets in exports match what the editor shows. */
function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

export async function readImportedFile(file: File): Promise<string> {
  const kind = fileKind(file.name)
  if (!kind) throw new ImportError('UNSUPPORTED', file.name)
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('TOO_BIG', file.name)
  let text: string
  try {
    if (kind === 'text') text = normalizeNewlines(await file.text())
    else {
      const mammoth = await import('mammoth')
      const result = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() })
      // mammoth separates paragraphs with blank lines; one line break per paragraph reads better here.
      text = normalizeNewlines(result.value).replace(/\n\n/g, '\n').trim()
    }
  } catch (error) {
    throw new ImportError('UNREADABLE', file.name, error)
  }
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError('TOO_BIG', file.name)
  return text
}
