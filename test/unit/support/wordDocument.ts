// Word documents built in the tests: the parts given (WordprocessingML bodies), as Word lays them out;
// mammoth needs no more.
import JSZip from 'jszip'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A .docx File named `name` with `body` as its document and `parts` (e.g. header1.xml) beside it. */
export async function docx(body: string, parts: Record<string, string> = {}, name = 'doc.docx'): Promise<File> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  for (const [part, xml] of Object.entries(parts)) zip.file(`word/${part}`, `<?xml version="1.0" encoding="UTF-8"?>${xml.replace('>', ` ${W}>`)}`)
  return new File([await zip.generateAsync({ type: 'arraybuffer' })], name)
}

/** A paragraph of runs: text, or a run's inner XML when it starts with '<' (<w:br/>, <w:tab/> ...). */
export const p = (...runs: string[]) => `<w:p>${runs.map((r) => r.startsWith('<') ? `<w:r>${r}</w:r>` : `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`
