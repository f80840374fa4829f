// Text as a minimal Word document (.docx), a paragraph per line: the redacted text, which people in legal
// and HR work pass on as Word files, and the annotated text, its names shaded in their type's colour with
// the type after each, for review in Word. Three parts are all Word, LibreOffice and mammoth (our own
// .docx reader) need; JSZip is loaded only when one is made.

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`

const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * XML text: markup characters escaped, the control characters XML 1.0 cannot hold dropped, and a lone
 * UTF-16 surrogate (half an emoji, from a cut paste) made U+FFFD: written as it is, it has no UTF-8 form
 * and leaves the whole document.xml unreadable.
 */
function xmlText(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    // With the u flag a well-formed pair is one code point, so only an unpaired half matches.
    .replace(/\p{Surrogate}/gu, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** A piece of text with one look: `shade` a background colour (RRGGBB), `label` a small raised note. */
export interface DocxRun {
  text: string
  shade?: string
  label?: boolean
}

/** One run's XML: tabs as Word's tab runs, spaces kept. */
function runXml({ text, shade, label }: DocxRun): string {
  const props = (shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : '')
    + (label ? '<w:vertAlign w:val="superscript"/><w:sz w:val="16"/><w:color w:val="404040"/>' : '')
  const open = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}`
  return text.split('\t').map((piece) => `${open}<w:t xml:space="preserve">${xmlText(piece)}</w:t></w:r>`)
    .join(`${open}<w:tab/></w:r>`)
}

/** The runs cut into paragraphs at every line break, a run that holds one (a wrapped name) included. */
export function documentXml(runs: string | readonly DocxRun[]): string {
  const paragraphs: string[][] = [[]]
  for (const run of typeof runs === 'string' ? [{ text: runs }] : runs) {
    run.text.split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) paragraphs.push([])
      if (line) paragraphs.at(-1)!.push(runXml({ ...run, text: line }))
    })
  }
  const body = paragraphs.map((p) => `<w:p>${p.join('')}</w:p>`).join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
}

export async function textToDocx(text: string | readonly DocxRun[]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', PACKAGE_RELATIONSHIPS)
  zip.file('word/document.xml', documentXml(text))
  return (await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })) as Uint8Array<ArrayBuffer>
}
