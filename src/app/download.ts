// Saving generated text (exports, redacted text) as a file, entirely locally: a Blob URL, never a request.

/** The byte-order mark that tells Excel a CSV file is UTF-8: without it, Excel on Windows reads it in the
 *  system's code page (GBK on a Chinese Windows) and the Chinese comes out garbled. */
const UTF8_BOM = '\uFEFF'

/** A text file's bytes: UTF-8, and for CSV the byte-order mark first (only in the file: a copy to the
 *  clipboard takes the text as it is). */
export function textFileBlob(content: string, mime: string): Blob {
  return new Blob([mime === 'text/csv' ? UTF8_BOM + content : content], { type: `${mime};charset=utf-8` })
}

export function saveTextFile(fileName: string, content: string, mime: string): void {
  saveBlob(fileName, textFileBlob(content, mime))
}

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export async function copyText(content: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(content)
    return true
  } catch {
    return false
  }
}
