// Many files at once (the Batch tab): each is read as an opened file is and analysed on its own, one
// after another; the results export as one CSV (a row per entity, the file's name first) or as JSON
// Lines (an object per file, the shape `npm run annotate` writes, with the file's name).
import type { Entity } from '../engine'
import { csvEntityRows, csvTable, jsonSpans } from './exporters'
import type { ImportErrorCode } from './fileImport'
import { nameNumbering, redact, type RedactionOptions } from './redact'

export type BatchStatus = 'waiting' | 'reading' | 'analysing' | 'done' | 'failed' | 'stopped'
/** Why a file has no result: it could not be opened (ImportError's code), the batch holds as much text
 * as it keeps (BATCH_FULL), or the analysis failed. */
export type BatchFailure = ImportErrorCode | 'BATCH_FULL' | 'ANALYSIS'

export interface BatchItem {
  name: string
  status: BatchStatus
  text?: string
  /** The entities found (the user's dictionary applied), once done. */
  entities?: readonly Entity[]
  failure?: BatchFailure
}

export type BatchFormat = 'csv' | 'jsonl'
export const BATCH_FILE_TYPES: Record<BatchFormat, { extension: string; mime: string }> = {
  csv: { extension: 'csv', mime: 'text/csv' },
  jsonl: { extension: 'jsonl', mime: 'application/jsonl' },
}

/** Which of a file's entities go out (the view's type and confidence filters). */
export type EntityFilter = (entity: Entity) => boolean

export function batchCsv(items: readonly BatchItem[], keep: EntityFilter): string {
  const rows = items.flatMap((item) => csvEntityRows((item.entities ?? []).filter(keep)).map((row) => [item.name, ...row]))
  return csvTable([['file', 'start', 'end', 'type', 'text', 'score'], ...rows])
}

/** A line per file in the batch's order; a file that failed says why, one that was stopped is left out. */
export function batchJsonl(items: readonly BatchItem[], keep: EntityFilter, model: { id: string; version: string } | null): string {
  return items
    .filter((item) => item.status === 'done' || item.status === 'failed')
    .map((item) =>
      JSON.stringify(
        item.status === 'done'
          ? { file: item.name, model, offsets: 'utf16', text: item.text ?? '', entities: jsonSpans((item.entities ?? []).filter(keep)) }
          : { file: item.name, error: item.failure },
      ) + '\n',
    )
    .join('')
}

export function exportBatch(format: BatchFormat, items: readonly BatchItem[], keep: EntityFilter, model: { id: string; version: string } | null): string {
  return format === 'csv' ? batchCsv(items, keep) : batchJsonl(items, keep, model)
}

/** `报告.pdf` -> `报告.redacted.txt`; a name already given gets ` (2)`, ` (3)`, ... */
function redactedNames(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const base = name.replace(/\.[^./\\]+$/u, '') || name
    let candidate = `${base}.redacted.txt`
    for (let k = 2; taken.has(candidate); k++) candidate = `${base} (${k}).redacted.txt`
    taken.add(candidate)
    return candidate
  })
}

/**
 * Every analysed file redacted as the Redact tab does it, the entities chosen by `keep`. Pseudonyms are
 * numbered across the whole batch, so a name is 人名1 in every file it is in.
 */
export function redactedCopies(items: readonly BatchItem[], keep: EntityFilter, options: Omit<RedactionOptions, 'numbering'>): { name: string; text: string }[] {
  const done = items.filter((item) => item.status === 'done')
  const names = redactedNames(done.map((item) => item.name))
  const numbering = nameNumbering()
  return done.map((item, i) => ({
    name: names[i]!,
    text: redact(item.text ?? '', (item.entities ?? []).filter(keep), { ...options, numbering }),
  }))
}

/** The redacted copies in one .zip (jszip, loaded when asked for). */
export async function redactedZip(copies: readonly { name: string; text: string }[]): Promise<Blob> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  for (const { name, text } of copies) zip.file(name, text)
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' })
}
