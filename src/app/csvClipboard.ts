// What a Copy of a CSV export puts on the clipboard beside the CSV itself. Excel, WPS and Google Sheets split a
// pasted text/plain on tabs, not commas, so the comma-separated copy landed whole in column A, one line per row
// (clipboard QA). They fill columns from a pasted HTML <table>, so the copy carries one as text/html too; its
// text/plain stays the CSV, exactly the download less its byte-order mark.
//
// The table is read back from that same CSV text (one source of truth: what the cells say, the formula guard's
// leading ' included, is what csvTable wrote), not built a second time from the rows.
import { escapeHtml } from './exporters'

/**
 * The rows of an RFC 4180 CSV text: quoted cells (with commas, quotes doubled, line breaks inside), rows ended by
 * CR LF (a lone LF or CR too). A final line break ends the last row, it starts none.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]
    if (quoted) {
      if (c !== '"') {
        cell += c
      } else if (csv[i + 1] === '"') {
        cell += '"'
        i++
      } else {
        quoted = false
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && csv[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else {
      cell += c
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** A cell's text as HTML: escaped (a name such as <img src=x onerror=…> stays text), a line break inside it a <br>
 *  that Excel keeps in the cell (without mso-data-placement it starts a new row there). */
function cellHtml(value: string): string {
  return escapeHtml(value).replace(/\r\n|[\r\n]/g, '<br style="mso-data-placement:same-cell">')
}

/** The rows as an HTML table, the first row the header (<th>). No style: the paste takes the sheet's own. */
export function htmlTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows
  if (!header) return '<table></table>'
  const line = (row: readonly string[], tag: 'th' | 'td') => `<tr>${row.map((cell) => `<${tag}>${cellHtml(cell)}</${tag}>`).join('')}</tr>`
  const tbody = body.length > 0 ? `<tbody>${body.map((row) => line(row, 'td')).join('')}</tbody>` : ''
  return `<meta charset="utf-8"><table><thead>${line(header, 'th')}</thead>${tbody}</table>`
}

/** The text/html flavour of a CSV export's copy: its cells, as written in the CSV, in a table. */
export function csvAsHtmlTable(csv: string): string {
  return htmlTable(parseCsv(csv))
}
