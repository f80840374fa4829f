// Saving generated text (exports, redacted text) as a file, entirely locally: a Blob URL, never a request.

export function saveTextFile(fileName: string, content: string, mime: string): void {
  saveBlob(fileName, new Blob([content], { type: `${mime};charset=utf-8` }))
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
