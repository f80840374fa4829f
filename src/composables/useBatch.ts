// The Batch tab's state: files read and analysed one after another, in this browser, with a Stop. The
// model's entities are kept as found; the user's dictionary is laid over them when they are shown or
// exported, so a dictionary edit after the run counts without a new run (as in the view).
import { computed, shallowRef, watch, type Ref } from 'vue'
import type { Entity } from '../engine'
import { pathStems, type BatchItem, type EntityPredicate } from '../app/batch'
import { nicknamesLeft, nicknameWords } from '../app/patterns'
import { everyOccurrence, spreadNames } from '../app/redact'
import { namesInLines } from '../app/namesInLines'
import type { NamedFile } from '../app/droppedFiles'
import { ImportError, MAX_IMPORT_CHARS, readImportedFile, readRecordsFile } from '../app/fileImport'
import { MAX_RECORDS, recordsFormat } from '../app/records'
import { rememberedPerObject } from '../app/rememberedPerObject'
import { laidLexicon, lexiconOverlay, type LexiconInForce } from './useUserLexicon'
import { patternOverlay } from './usePatterns'
import { chainOverlays } from '../app/overlays'
import { carModelOverlay } from '../app/carModels'
import type { AnalyzeMany, NerEngine } from './useNerEngine'

interface Row extends Omit<BatchItem, 'entities'> {
  found?: readonly Entity[]
  /** Share of the file's characters analysed so far (0-1), while analysing. */
  share?: number
  /** A UTF-8 file with this many invalid byte sequences, each shown as U+FFFD. */
  invalidSequences?: number
  /** A record (row) of a .csv, .tsv or .jsonl file, not a file: the Batch tab counts it as a row (QA: a sheet's
   *  5,000 posts read "4 of 5,000 files analysed"). Kept through Stop and Resume. */
  record?: true
}

/**
 * With the rules off, the places the copies leave readable a nickname only the rules find (小名“豆豆”, 外号“小胖墩”):
 * counted in the Batch tab's red line as in the Redact tab's (re-check F3: the copies kept them, and no line said so).
 * Every place of one found in any file, in every file. Not where a name the copies replace covers it: each done file's names that `keep` chooses, of `types`, and with
 * `everywhere` every place of a name found in any file, as redactedCopies spreads them.
 */
export function nicknamesLeftInFiles(items: readonly BatchItem[], keep: EntityPredicate, types: ReadonlySet<string>, everywhere: boolean, neverMarked?: readonly string[]): number {
  if (!types.has('PER')) return 0
  const files = items.filter((item) => item.status === 'done').map((item) => ({ text: item.text ?? '', entities: (item.entities ?? []).filter(keep) }))
  // A nickname one file gives stands for its bearer in the others too (豆豆 of 小名“豆豆”, alone in another file).
  const words = new Set(files.flatMap((file) => nicknameWords(file.text, file.entities)))
  // (most batches hold none: the files' names are spread only where one does)
  if (words.size === 0) return 0
  const holding = files.filter((file) => nicknamesLeft(file.text, [], words) > 0)
  const spread = everywhere ? spreadNames(files.flatMap((file) => file.entities), types, files) : undefined
  return holding.reduce((sum, { text, entities }) => {
    const names = spread ? everyOccurrence(text, entities, types, spread, neverMarked) : entities
    return sum + nicknamesLeft(text, names.filter((e) => types.has(e.type)), words)
  }, 0)
}

/** A file of the batch as the Batch tab shows it. */
export type BatchRow = BatchItem & Pick<Row, 'share' | 'invalidSequences' | 'record'>

/** The text a batch keeps for its exports, all files together: beyond it, files are refused (BATCH_FULL). */
export const MAX_BATCH_CHARS = 10_000_000

/** While a batch runs, its rows' changes reach the list at most this often (see analyse). */
const ROWS_EVERY_MS = 100

/** What a row of the batch reads: a file, or a record of a .csv, .tsv or .jsonl file (read when the batch started). */
type Source = { file: File } | { record: string }

/**
 * The rows and sources of the files chosen: a .csv, .tsv or .jsonl file is read at once and gives a row per record,
 * named `<path>#<id>` (so every export and copy says which record; QA: 2,000 posts of a sheet had to be split into
 * 2,000 .txt files), or one failed row when it cannot be read or holds more than MAX_RECORDS records; any other
 * file a row, read when its turn comes.
 */
async function expandRecords(chosen: readonly NamedFile[], signal: AbortSignal): Promise<{ rows: Row[]; sources: Source[] }> {
  const rows: Row[] = []
  const sources: Source[] = []
  for (const { file, path } of chosen) {
    if (!recordsFormat(file.name)) {
      rows.push({ name: path, status: 'waiting' })
      sources.push({ file })
      continue
    }
    try {
      const { records, encoding, column, header, leftOut, table } = await readRecordsFile(file, { signal, table: true })
      if (records.length > MAX_RECORDS) {
        rows.push({ name: path, status: 'failed', failure: 'TOO_MANY_RECORDS' })
        sources.push({ file })
        continue
      }
      // A sheet of only its header: one row, said to be empty.
      if (records.length === 0) {
        rows.push({ name: path, status: 'done', text: '', found: [] })
        sources.push({ file })
        continue
      }
      const legacy = encoding !== 'utf-8' ? { encoding } : {}
      // The columns not read, one object for the file's records: the tab names them once per file.
      const columns = leftOut ? { columns: { file: path, column, header, leftOut } } : {}
      // The file as a table, one object for its records, each with its row: its redacted copy as a table (batch.ts).
      const sheet = table ? { path, table } : null
      for (const [row, { id, text }] of records.entries()) {
        rows.push({ name: `${path}#${id}`, status: 'waiting', record: true, ...legacy, ...columns, ...(sheet && { sheet: { file: sheet, row } }) })
        sources.push({ record: text })
      }
    } catch (error) {
      if (signal.aborted) throw error
      rows.push({
        name: path, status: 'failed', failure: error instanceof ImportError ? error.code : 'UNREADABLE',
        ...(error instanceof ImportError && error.line !== undefined && { failureLine: error.line }),
      })
      sources.push({ file })
    }
  }
  return { rows, sources }
}

/** A row set back to `status`, its text and results dropped: its name, whether it is a record and its file's columns
 *  not read (read with the file, before any analysis) stay. */
function bare({ name, record, columns, sheet }: Row, status: 'waiting' | 'stopped'): Row {
  return record ? { name, status, record, ...(columns && { columns }), ...(sheet && { sheet }) } : { name, status }
}

export function useBatch(engine: Pick<NerEngine, 'analyzeMany' | 'helperLanes' | 'model' | 'modelGeneration'>, lexicon: Ref<LexiconInForce>, patterns?: Ref<boolean>) {
  const rows = shallowRef<readonly Row[]>([])
  const running = shallowRef(false)
  /** The model the batch's files were analysed with, for its exports (the page may have switched since). */
  const model = shallowRef<{ id: string; version: string } | null>(null)
  /** Why the last run stopped before its end: the Stop button, or another model (which Resume cannot mix in). */
  const stopReason = shallowRef<'stop' | 'model' | null>(null)
  /** The files of the batch shown, as chosen, for Resume after a model switch. */
  let files: readonly NamedFile[] = []
  /** What each row reads, for Resume after a Stop. */
  let sources: readonly Source[] = []
  let current: AbortController | null = null
  /** Reading the records files of a batch just started (expandRecords), before any analysis. */
  let expanding: AbortController | null = null
  /** Stopped while its records files were read: Resume starts the batch again. */
  let unexpanded = false

  const entitiesOf = chainOverlays(carModelOverlay(), lexiconOverlay(lexicon), patterns ? patternOverlay(patterns) : null)

  // Each row's item is built once per row object (a progress tick replaces one row) and per dictionary (with the
  // threshold in force: a name it hides does not keep a dictionary name out) and rules. The dictionary as laid
  // (laidLexicon): a key typed in its box that changes only its problem lines kept every row's item before.
  const laid = laidLexicon(lexicon)
  const itemOf = rememberedPerObject<Row, BatchRow>(() => [laid.value, patterns?.value], ({ found, ...row }) =>
    found && row.text !== undefined ? { ...row, entities: entitiesOf(row.text, found) } : row)
  const items = computed<BatchRow[]>(() => rows.value.map(itemOf))

  /**
   * Reads `files` in order and analyses them as they are read; a batch started while another runs
   * replaces it (an empty list replaces nothing). With helper workers (a batch of 20,000 bytes or more,
   * the model stored), several files are analysed at once, each by whichever worker is free; a helper
   * that fails gives its file back.
   */
  async function run(chosen: readonly NamedFile[]): Promise<void> {
    // No files (a folder with nothing the app opens): the batch shown stays, results and all.
    if (chosen.length === 0) return
    files = chosen
    rows.value = chosen.map(({ path }) => ({ name: path, status: 'waiting' }))
    sources = chosen.map(({ file }) => ({ file }))
    model.value = null
    unexpanded = false
    expanding?.abort()
    expanding = null
    if (chosen.some(({ file }) => recordsFormat(file.name))) {
      current?.abort()
      const controller = new AbortController()
      expanding = controller
      stopReason.value = null
      running.value = true
      try {
        const expanded = await expandRecords(chosen, controller.signal)
        if (expanding !== controller) return
        rows.value = expanded.rows
        sources = expanded.sources
      } catch (error) {
        if (!controller.signal.aborted) throw error
        return // stopped, cleared or replaced: said there
      } finally {
        if (expanding === controller) {
          expanding = null
          running.value = false
        }
      }
    }
    return analyse(rows.value.flatMap((row, index) => (row.status === 'waiting' ? [index] : [])))
  }

  /**
   * Goes on with the files a Stop left: those alone, with the same model. After a model switch the batch is
   * read again from the start, so that its exports come from one model.
   */
  function resume(): Promise<void> {
    if (running.value) return Promise.resolve()
    if (stopReason.value === 'model' || unexpanded) return run(files)
    const left = rows.value.flatMap((row, index) => (row.status === 'stopped' ? [index] : []))
    rows.value = rows.value.map((row) => (row.status === 'stopped' ? bare(row, 'waiting') : row))
    return analyse(left)
  }

  /** Reads and analyses the batch's files at `indices` (rows already in place). */
  async function analyse(indices: readonly number[]): Promise<void> {
    current?.abort()
    const controller = new AbortController()
    current = controller
    const { signal } = controller
    stopReason.value = null
    running.value = true
    // The rows' changes are gathered and laid on the list together, at most every ROWS_EVERY_MS: each change made a
    // new list, and the tab went over every row again (its counts, chunks and totals), so a sheet's run slowed as it
    // grew (2,000 rows: 517 in the first 10 s, 157 in the last 9). A change after a quiet spell shows at once.
    const pending = new Map<number, Partial<Row>>()
    let flushTimer: ReturnType<typeof setTimeout> | null = null
    let flushedAt = -Infinity
    const flush = (): void => {
      if (flushTimer !== null) clearTimeout(flushTimer)
      flushTimer = null
      flushedAt = Date.now()
      if (current !== controller) return pending.clear() // replaced by a newer batch
      if (pending.size === 0) return
      const changes = new Map(pending)
      pending.clear()
      rows.value = rows.value.map((row, i) => {
        const change = changes.get(i)
        return change ? { ...row, ...change } : row
      })
    }
    const update = (index: number, change: Partial<Row>): void => {
      if (current !== controller) return // replaced by a newer batch
      pending.set(index, { ...pending.get(index), ...change })
      if (flushTimer !== null) return
      const wait = flushedAt + ROWS_EVERY_MS - Date.now()
      if (wait <= 0) flush()
      else flushTimer = setTimeout(flush, wait)
    }
    // Text the batch already holds (files a Resume keeps) counts against its budget.
    const held = rows.value.reduce((sum, row) => sum + (row.status === 'done' ? row.text?.length ?? 0 : 0), 0)
    const read = readQueue(indices.map((index) => ({ index, source: sources[index]! })), held, signal, update)

    async function analyseFiles(analyze: AnalyzeMany, isHelper: boolean): Promise<void> {
      for (let group = await read.next(); group; group = await read.next()) {
        for (const { index } of group) update(index, { status: 'analysing', share: 0 })
        try {
          // A file's share moves in steps of a percent at most: a message per window re-rendered the tab each time.
          // Records sent together are short: they go from waiting to done.
          let shownShare = 0
          const only = group.length === 1 ? group[0]! : null
          const onProgress = only
            ? ({ charsDone, charsTotal }: { charsDone: number; charsTotal: number }) => {
                const share = charsTotal ? charsDone / charsTotal : 0
                if (share - shownShare < 0.01 && share < 1) return
                shownShare = share
                update(only.index, { share })
              }
            : undefined
          const found = await analyze(group.map(({ text }) => text), { signal, onProgress })
          if (current === controller && !model.value && engine.model.value) {
            model.value = { id: engine.model.value.id, version: engine.model.value.version }
          }
          group.forEach(({ index }, i) => update(index, { status: 'done', found: found[i] ?? [], share: undefined }))
        } catch {
          if (signal.aborted) return
          if (isHelper) {
            for (const { index } of group) update(index, { status: 'waiting', share: undefined })
            read.giveBack(group)
            return
          }
          // Records that failed together are tried one by one, so that only one that fails by itself fails.
          if (group.length > 1) {
            read.giveBack(group.map((item) => ({ ...item, alone: true })))
            continue
          }
          update(group[0]!.index, { status: 'failed', failure: 'ANALYSIS', text: undefined })
        }
      }
    }

    try {
      // helperLanes counts characters (HELPER_MIN_CHARS), but no file is read yet (files are read only as a worker
      // asks for one): their size in bytes stands in. A text file has at least as many bytes as characters, so
      // this errs toward helpers; a PDF or .docx may hold far fewer characters than bytes (a 20 KB PDF of a few
      // lines still starts them).
      const bytes = indices.reduce((sum, index) => {
        const source = sources[index]!
        return sum + ('file' in source ? source.file.size : source.record.length)
      }, 0)
      const helpers = indices.length > 1 ? engine.helperLanes(bytes) : []
      const own: AnalyzeMany = engine.analyzeMany
      await Promise.all([analyseFiles(own, false), ...helpers.map((helper) => analyseFiles(helper, true))])
      // A helper that failed after the page's worker had run out of files gave its file back: take it.
      await analyseFiles(own, false)
    } finally {
      flush()
      if (current === controller) {
        // What a Stop left unfinished says so; its text is not kept.
        rows.value = rows.value.map((row) =>
          row.status === 'done' || row.status === 'failed' ? row : bare(row, 'stopped'),
        )
        current = null
        running.value = false
      }
    }
  }

  function stop(reason: 'stop' | 'model' = 'stop'): void {
    if (expanding) {
      // Still reading the records files: nothing analysed yet; Resume starts over.
      expanding.abort()
      expanding = null
      running.value = false
      unexpanded = true
      stopReason.value = reason
      rows.value = rows.value.map((row) => bare(row, 'stopped'))
      return
    }
    if (!current) {
      // A model switch after Stop: what is left is read with the new model, so Resume would mix two models in one
      // batch (and its exports name the first for all rows). The button then starts the whole batch again, as after a
      // switch that stopped a run (QA: 231 rows with one model, the rest with another).
      if (reason === 'model' && stopReason.value === 'stop') stopReason.value = 'model'
      return
    }
    stopReason.value = reason
    current.abort()
  }

  function clear(): void {
    stop()
    rows.value = []
    files = []
    sources = []
    unexpanded = false
    model.value = null
    stopReason.value = null
  }

  /**
   * The names the model finds in the analysed files' names and their folders' (every stem once, all in one call),
   * for the redacted copies' names: the texts' names alone left 王小明_简历.txt's copy named after him when its text
   * never names him (re-check QA). Rejects when the model cannot be called: the copies are then named by number.
   */
  async function pathNames(): Promise<Entity[]> {
    const stems = [...new Set(rows.value.flatMap((row) => (row.status === 'done' ? pathStems(row.name) : [])))]
    return (await namesInLines(stems, (texts) => engine.analyzeMany(texts, {}))).flat()
  }

  // One batch, one model: a switch on the Model tab stops the run; what is finished stays, as after Stop.
  watch(engine.modelGeneration, () => stop('model'))

  return { items, running, model, stopReason, run, resume, stop, clear, pathNames }
}

interface ReadFile {
  index: number
  text: string
  /** A record of a sheet (short, as a rule): sent to a worker with the records after it, up to a GROUP's worth. */
  record: boolean
  /** Failed in a group: tried on its own. */
  alone?: true
}

/** Records handed to a worker in one call, at most this many and this many characters together (one message and one
 *  row update per group, not per record: a sheet of short posts cost more in calls than in the model). */
const GROUP_RECORDS = 64
const GROUP_CHARS = 4_000

/**
 * Hands out the files' texts to the workers, reading a file only when a worker asks for one and one at a
 * time, in order: which files the MAX_BATCH_CHARS budget refuses does not depend on timing, and a Stop
 * leaves the files not yet read unread. Files that cannot be read, are over the budget or blank are
 * settled here and never reach a worker.
 */
function readQueue(files: readonly { index: number; source: Source }[], held: number, signal: AbortSignal, update: (index: number, change: Partial<Row>) => void) {
  const queue: ReadFile[] = []
  let position = 0
  let kept = held // characters of text held for the exports
  let reading: Promise<void> | null = null

  /** A file's text, its row told how it was read; null when it cannot be read (the row says why). */
  async function readFile(index: number, file: File): Promise<string | null> {
    update(index, { status: 'reading' })
    try {
      const imported = await readImportedFile(file, { signal })
      const legacy = imported.encoding && imported.encoding !== 'utf-8' ? { encoding: imported.encoding } : {}
      const { lineBreaks, leftOut, invalidSequences } = imported
      if (legacy.encoding || lineBreaks || leftOut || invalidSequences) {
        update(index, { ...legacy, ...(lineBreaks && { lineBreaks }), ...(leftOut && { leftOut }), ...(invalidSequences && { invalidSequences }) })
      }
      return imported.text
    } catch (error) {
      if (!signal.aborted) update(index, { status: 'failed', failure: error instanceof ImportError ? error.code : 'UNREADABLE' })
      return null
    }
  }

  /** Whether the queue has no text, or holds records only and fewer than a group's worth, with a record next. */
  function wantsMore(): boolean {
    if (queue.length === 0) return true
    const next = files[position]
    if (!next || !('record' in next.source) || queue.length >= GROUP_RECORDS || !queue.every((item) => item.record)) return false
    return queue.reduce((sum, item) => sum + item.text.length, 0) < GROUP_CHARS
  }

  /** The first text queued, with the records queued after it that fit in its group. */
  function takeGroup(): ReadFile[] {
    const group = [queue.shift()!]
    let chars = group[0]!.text.length
    if (!group[0]!.record || group[0]!.alone) return group
    for (let item = queue[0]; item?.record && !item.alone && group.length < GROUP_RECORDS && chars + item.text.length <= GROUP_CHARS; item = queue[0]) {
      chars += item.text.length
      group.push(queue.shift()!)
    }
    return group
  }

  /** Reads on until a text is queued (records: a group's worth), every file is read, or the batch stops. */
  async function readUntilQueued(): Promise<void> {
    while (wantsMore() && position < files.length && !signal.aborted) {
      const { index, source } = files[position++]!
      const record = 'record' in source
      const text = record ? source.record : await readFile(index, source.file)
      if (signal.aborted) return
      if (text === null) continue
      // A record, read with its file, is held to the editor's limit on its own, as a file that long is.
      if (text.length > MAX_IMPORT_CHARS) {
        update(index, { status: 'failed', failure: 'TOO_LONG' })
        continue
      }
      if (kept + text.length > MAX_BATCH_CHARS) {
        update(index, { status: 'failed', failure: 'BATCH_FULL' })
        continue
      }
      kept += text.length
      if (!text.trim()) {
        update(index, { status: 'done', text, found: [] })
        continue
      }
      update(index, { text })
      queue.push({ index, text, record })
    }
  }

  return {
    /** The next texts to analyse (a file, or records together), or undefined once every file is read and taken (or
     *  the batch stopped). */
    async next(): Promise<ReadFile[] | undefined> {
      for (;;) {
        if (signal.aborted) return undefined
        if (queue.length > 0 && !(reading === null && wantsMore() && position < files.length)) return takeGroup()
        if (position >= files.length && !reading) return undefined
        reading ??= readUntilQueued().finally(() => {
          reading = null
        })
        await reading
      }
    },
    /** A helper that failed hands its texts back, first in line. */
    giveBack(items: readonly ReadFile[]): void {
      queue.unshift(...items)
    },
  }
}
