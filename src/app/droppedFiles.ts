// Files that arrive for the Batch tab, named by their path inside any folder they came in (案卷/一审.pdf), so
// a whole folder can be dropped or chosen. Folders are walked with the File and Directory Entries API
// (webkitGetAsEntry: Chromium, Firefox and Safari all have it); inside a folder only the kinds of file the
// app opens are taken, and hidden files (.DS_Store) are skipped.

export interface NamedFile {
  file: File
  /** The path inside the dropped or chosen folder, or the file's name. */
  path: string
}

/** Whether a file met inside a folder is worth listing: not hidden, and a kind the app opens. */
export type FolderFilter = (name: string) => boolean

/** A folder dropped or chosen holds at most this many files that are taken (the rest are left out). */
const MAX_FOLDER_FILES = 1000

/** The entries of a drop. Must be called during the drop event: the browser empties the list after it. */
export function dropEntries(transfer: DataTransfer | null): (FileSystemEntry | File)[] {
  return [...(transfer?.items ?? [])].flatMap((item): (FileSystemEntry | File)[] => {
    if (item.kind !== 'file') return []
    const entry = item.webkitGetAsEntry?.()
    const file = entry ? null : item.getAsFile()
    return entry ? [entry] : file ? [file] : []
  })
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory

/** The names of the folders among a drop's entries (see dropEntries), in order. */
export function droppedFolders(entries: readonly (FileSystemEntry | File)[]): string[] {
  return entries.flatMap((entry) => (!(entry instanceof File) && isDirectory(entry) ? [entry.name] : []))
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/**
 * The files of a drop, in order: a file dropped on its own is taken as it is (the batch says if it cannot
 * be opened); a folder gives the files under it that `keep` accepts, sorted by path.
 */
export async function filesOfDrop(entries: readonly (FileSystemEntry | File)[], keep: FolderFilter): Promise<NamedFile[]> {
  const out: NamedFile[] = []
  for (const entry of entries) {
    if (entry instanceof File) out.push({ file: entry, path: entry.name })
    else if (!isDirectory(entry)) out.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.name })
    else out.push(...(await filesInFolder(entry, keep)))
  }
  return out
}

async function filesInFolder(folder: FileSystemDirectoryEntry, keep: FolderFilter): Promise<NamedFile[]> {
  const found: NamedFile[] = []
  const pending: FileSystemDirectoryEntry[] = [folder]
  while (pending.length > 0 && found.length < MAX_FOLDER_FILES) {
    const reader = pending.shift()!.createReader()
    // readEntries hands a folder over in batches (100 at a time in Chromium) until it returns none
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      for (const entry of batch) {
        if (entry.name.startsWith('.')) continue
        if (isDirectory(entry)) pending.push(entry)
        else if (keep(entry.name) && found.length < MAX_FOLDER_FILES) {
          found.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.fullPath.replace(/^\//u, '') })
        }
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path))
}

/** The folder that files chosen with a folder chooser (webkitdirectory) came from; null for files chosen as such. */
export function chosenFolder(files: readonly File[]): string | null {
  const path = files.find((file) => file.webkitRelativePath)?.webkitRelativePath
  return path?.includes('/') ? path.split('/')[0]! : null
}

/** Files chosen with the file chooser; a folder chosen (webkitdirectory) gives their paths inside it. */
export function chosenFiles(files: readonly File[], keep: FolderFilter): NamedFile[] {
  const named = files.map((file) => ({ file, path: file.webkitRelativePath || file.name }))
  const fromFolder = named.some(({ path }) => path.includes('/'))
  if (!fromFolder) return named
  return named
    .filter(({ path }) => !path.split('/').some((part) => part.startsWith('.')) && keep(path.split('/').pop()!))
    .slice(0, MAX_FOLDER_FILES)
    .sort((a, b) => a.path.localeCompare(b.path))
}
