// mammoth's reader of a .docx's parts into its document tree, which docxText.ts calls with a zip it has opened
// and checked itself (mammoth's public functions open the zip anew, unchecked). Not in mammoth's own typings.
declare module 'mammoth/lib/docx/docx-reader' {
  interface DocxFile {
    exists(name: string): boolean
    read(name: string, encoding?: string): Promise<string | Uint8Array>
  }
  interface Result {
    value: unknown
    messages: { type: 'warning' | 'error'; message: string }[]
  }
  export function read(docxFile: DocxFile, input?: object, options?: object): Promise<Result>
}
