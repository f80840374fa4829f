// Files that arrive for the Batch tab, named by their path inside any folder they came in (案卷/一审.pdf), so
// a whole folder can be dropped or chosen. Folders are walked with the File and Directory Entries API
// (webkitGetAsEntry: Chromium, Firefox and Safari all have it); inside a folder only the kinds of file the
// app opens are taken, and hidden files (.DS_Store) are skipped.

export interface NamedFile {
  file: File
  /** The path inside the dropped or chosen folder, or the file's name. */
  path: string
}

/**
 * Bidi formatting characters (embeddings, overrides, isolates, marks): invisible, and in a file's name they
 * reorder what is shown after them (QA: "报告\u202Efdp.exe.txt", a PNG, showed as 报告txt.exe.pdf, and the red
 * message that named it was printed backwards). Each is shown as SHOWN_BIDI_CONTROL in the names shown here.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu

/** What a bidi control in a file's name is shown as, U+FFFD: something odd is there. Only shown: the names of
 *  downloads and of a batch's copies drop it, as they drop the control itself (safePath in copyNames.ts; re-check
 *  55c: the copy of 报告\u202Efdp.exe.txt was 报告\uFFFDfdp.exe.annotated.docx). */
export const SHOWN_BIDI_CONTROL = '\uFFFD'

/** A file name or path as it is shown (and named in messages): its bidi formatting characters made visible. */
export function shownName(name: string): string {
  return name.replace(BIDI_CONTROLS, SHOWN_BIDI_CONTROL)
}

/** `file` under its shown name (the same bytes: a File wraps the Blob, it copies nothing), its path in a folder
 *  chosen kept, shown the same way; the file itself when its name holds nothing to show. Applied where files
 *  arrive (FileButton, FileDropZone, filesOfDrop), so that every message and list names it as shown. */
export function withShownName(file: File): File {
  const name = shownName(file.name)
  const path = shownName(file.webkitRelativePath ?? '')
  if (name === file.name && path === (file.webkitRelativePath ?? '')) return file
  const renamed = new File([file], name, { type: file.type, lastModified: file.lastModified })
  if (path) Object.defineProperty(renamed, 'webkitRelativePath', { value: path })
  return renamed
}

/** Whether a file met inside a folder is worth listing: not hidden, and a kind the app opens. */
export type FolderFilter = (name: string) => boolean

/**
 * A folder dropped or chosen gives at most this many files, the first by path (the order the list shows): the
 * Batch tab lists each file as a row, and a folder that big is more likely a whole drive or home folder dropped
 * by mistake than a set of documents (files chosen one by one are taken as they are). The rest are left out and
 * the tab says so (FolderCut; QA: a folder of 3,000 files gave an arbitrary 1,000, without a word).
 */
export const MAX_FOLDER_FILES = 1000
/** A dropped folder's walk stops after this many openable files (the count then says "more than"): the File
 *  and Directory Entries API hands a folder over a hundred entries at a time, and a whole drive never ends. */
const MAX_FOLDER_WALK = 100_000

/** How many openable files the folders dropped or chosen held (`found`; `more`: the walk stopped at
 *  MAX_FOLDER_WALK) and how many of them were taken; added to by filesOfDrop and chosenFiles. */
export interface FolderCut {
  found: number
  taken: number
  more: boolean
}

export const noCut = (): FolderCut => ({ found: 0, taken: 0, more: false })

const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)

/** The first MAX_FOLDER_FILES of a folder's files by path, noting in `cut` how many there were. */
function firstByPath<T extends { path: string }>(found: T[], cut: FolderCut | undefined, more = false): T[] {
  const taken = found.sort(byPath).slice(0, MAX_FOLDER_FILES)
  if (cut) {
    cut.found += found.length
    cut.taken += taken.length
    cut.more ||= more
  }
  return taken
}

/** The entries of a drop. Must be called during the drop event: the browser empties the list after it. */
export function dropEntries(transfer: DataTransfer | null): (FileSystemEntry | File)[] {
  return [...(transfer?.items ?? [])].flatMap((item): (FileSystemEntry | File)[] => {
    if (item.kind !== 'file') return []
    const entry = item.webkitGetAsEntry?.()
    const file = entry ? null : item.getAsFile()
    return entry ? [entry] : file ? [withShownName(file)] : []
  })
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory

/** The names of the folders among a drop's entries (see dropEntries), in order. */
export function droppedFolders(entries: readonly (FileSystemEntry | File)[]): string[] {
  return entries.flatMap((entry) => (!(entry instanceof File) && isDirectory(entry) ? [shownName(entry.name)] : []))
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/**
 * The files of a drop, in order: a file dropped on its own is taken as it is (the batch says if it cannot
 * be opened); a folder gives the files under it that `keep` accepts, sorted by path, the first
 * MAX_FOLDER_FILES of them (noted in `cut`).
 */
export async function filesOfDrop(entries: readonly (FileSystemEntry | File)[], keep: FolderFilter, cut?: FolderCut): Promise<NamedFile[]> {
  const out: NamedFile[] = []
  for (const entry of entries) {
    if (entry instanceof File) out.push({ file: withShownName(entry), path: shownName(entry.name) })
    else if (!isDirectory(entry)) out.push({ file: withShownName(await fileOf(entry as FileSystemFileEntry)), path: shownName(entry.name) })
    else out.push(...(await filesInFolder(entry, keep, cut)))
  }
  return out
}

async function filesInFolder(folder: FileSystemDirectoryEntry, keep: FolderFilter, cut?: FolderCut): Promise<NamedFile[]> {
  // Entries first, all of them (up to MAX_FOLDER_WALK), so that the files taken are the first by path and not
  // the first the browser handed over; a File is asked for only for those taken.
  const found: { entry: FileSystemFileEntry; path: string }[] = []
  const pending: FileSystemDirectoryEntry[] = [folder]
  while (pending.length > 0 && found.length < MAX_FOLDER_WALK) {
    const reader = pending.shift()!.createReader()
    // readEntries hands a folder over in batches (100 at a time in Chromium) until it returns none
    for (let batch = await readBatch(reader); batch.length > 0 && found.length < MAX_FOLDER_WALK; batch = await readBatch(reader)) {
      for (const entry of batch) {
        if (entry.name.startsWith('.')) continue
        if (isDirectory(entry)) pending.push(entry)
        else if (keep(entry.name) && found.length < MAX_FOLDER_WALK) found.push({ entry: entry as FileSystemFileEntry, path: shownName(entry.fullPath.replace(/^\//u, '')) })
      }
    }
  }
  const taken = firstByPath(found, cut, found.length >= MAX_FOLDER_WALK)
  return Promise.all(taken.map(async ({ entry, path }) => ({ file: withShownName(await fileOf(entry)), path })))
}

/** The folder that files chosen with a folder chooser (webkitdirectory) came from; null for files chosen as such. */
export function chosenFolder(files: readonly File[]): string | null {
  const path = files.find((file) => file.webkitRelativePath)?.webkitRelativePath
  return path?.includes('/') ? shownName(path.split('/')[0]!) : null
}

/** Files chosen with the file chooser; a folder chosen (webkitdirectory) gives their paths inside it, sorted,
 *  the first MAX_FOLDER_FILES of them (noted in `cut`). */
export function chosenFiles(files: readonly File[], keep: FolderFilter, cut?: FolderCut): NamedFile[] {
  const named = files.map((file) => ({ file: withShownName(file), path: shownName(file.webkitRelativePath || file.name) }))
  const fromFolder = named.some(({ path }) => path.includes('/'))
  if (!fromFolder) return named
  return firstByPath(named.filter(({ path }) => !path.split('/').some((part) => part.startsWith('.')) && keep(path.split('/').pop()!)), cut)
}
