// Names of the copies a batch packs into a .zip (redacted or annotated, one per file): taken from the
// files' names, which come from the user's disk, a dropped folder or another system's files, and made
// safe to unpack anywhere. An entry name is a path that unzip tools write as it stands: `..` or a leading
// `/` would put a copy outside the folder it is unpacked to, `\` is a folder separator to Windows tools,
// some characters Windows refuses in file names, and device names (CON, NUL ...) Windows will not write as
// files, and Linux and macOS refuse a name over 255 bytes.
import { SHOWN_BIDI_CONTROL } from './droppedFiles'

/** Longest file name (one path component) Linux and macOS file systems take, in UTF-8 bytes. */
export const MAX_NAME_BYTES = 255

/** Characters Windows refuses in a file name, and C0 and C1 control characters (names that cannot be typed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE_CHARACTERS = /[\\:*?"<>|\u0000-\u001F\u007F-\u009F]/g
/** Invisible format characters (\p{Cf}), dropped: the bidirectional controls make a name read as another (QA: a file
 *  named U+202E + txt.exe, shown as exe.txt, gave the copy U+202E + txt.entities.json, shown as nosj.seititne.txt); the others
 *  (zero-width space, word joiner, soft hyphen, byte-order mark) show as nothing and only make two names that look
 *  the same differ. Kept: ZWNJ and ZWJ (U+200C, U+200D), which spell Persian and Indic words and join an emoji's
 *  parts; they change no order and the name reads as written. */
const FORMAT_CHARACTERS = /[^\P{Cf}\u200C\u200D]/gu
/** U+FFFD, dropped too: files arrive under the names they are shown by, each bidi control already made U+FFFD
 *  (SHOWN_BIDI_CONTROL, droppedFiles.ts), and a copy is named as if the control itself were dropped (re-check 55c:
 *  报告\u202Efdp.exe.txt gave 报告\uFFFDfdp.exe.annotated.docx). A U+FFFD the name had of itself stood for characters
 *  already lost; one made here for half an emoji (below) is kept. */
const SHOWN_CONTROLS = new RegExp(SHOWN_BIDI_CONTROL, 'gu')

/**
 * Names Windows keeps for devices: a file or folder so named, whatever its case and extension (nul.txt,
 * Con.tar.gz) and with spaces before the dot, is the device, and unpacking it fails or writes nowhere. The
 * superscript digits are in Microsoft's list too (COM¹, LPT³).
 */
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?= *(\.|$))/iu

/** A name from the user's files as a relative path of safe components (`_` when nothing is left); invisible format
 * characters (FORMAT_CHARACTERS) and the U+FFFD a bidi control is shown as (SHOWN_CONTROLS) dropped first, so a
 * device name they hid is still one; half an emoji (a lone surrogate, which has no UTF-8 form) becomes U+FFFD; a
 * device name gets a `_` (CON.txt is CON_.txt, so its copy is CON_.redacted.txt), and so does a name that starts
 * with a dot, which would unpack as a hidden file (.txt is _.txt; re-check 55c: \uFEFF.txt, its stem all
 * invisible, gave .txt and the download .txt.entities.json). */
export function safePath(name: string): string {
  // Windows drops trailing dots and spaces (a.txt. is a.txt); made so, `.` and `..` are empty too.
  const trimEnd = (component: string) => component.replace(/[. ]+$/u, '')
  const components = name.split('/')
    .map((component) => component.replace(FORMAT_CHARACTERS, '').replace(SHOWN_CONTROLS, '').replace(UNSAFE_CHARACTERS, '_').replace(/\p{Surrogate}/gu, '\uFFFD').replace(WINDOWS_DEVICE, '$1_'))
    .map((component) => trimEnd(component))
    .map((component) => trimEnd(fitName(component.startsWith('.') ? `_${component}` : component, '')))
    .filter((component) => component !== '')
  return components.join('/') || '_'
}

const encoder = new TextEncoder()
const utf8Bytes = (text: string) => encoder.encode(text).length

/** `stem` + `suffix`, the stem cut (at a whole code point: an emoji stays whole) so it fits MAX_NAME_BYTES. */
function fitName(stem: string, suffix: string): string {
  let room = MAX_NAME_BYTES - utf8Bytes(suffix)
  if (utf8Bytes(stem) <= room) return stem + suffix
  let kept = ''
  for (const character of stem) {
    room -= utf8Bytes(character)
    if (room < 0) break
    kept += character
  }
  return kept + suffix
}

/**
 * `报告.pdf` -> `报告.redacted.txt` (`ending` `.redacted.txt`). Files whose names differ only in their
 * extension keep it (`a.txt`, `a.md` -> `a.txt.redacted.txt`, `a.md.redacted.txt`), so each copy says which
 * file it came from; names that are still equal, ignoring case as Windows and macOS do when the .zip is
 * unpacked (Report.txt, report.txt), get ` (2)`, ` (3)`, ... Each name is made a safe path first (see
 * safePath), and its file name cut so that with the ending it stays within MAX_NAME_BYTES.
 */
export function copyNames(names: readonly string[], ending: string): string[] {
  const fold = (name: string) => name.toLocaleLowerCase('en-US')
  const withoutExtension = (name: string) => name.replace(/\.[^./]+$/u, '') || name
  const safe = names.map(safePath)
  const perBase = new Map<string, Set<string>>()
  for (const name of safe) {
    const base = fold(withoutExtension(name))
    perBase.set(base, (perBase.get(base) ?? new Set()).add(fold(name)))
  }
  const taken = new Set<string>()
  return safe.map((name) => {
    const base = (perBase.get(fold(withoutExtension(name)))?.size ?? 0) > 1 ? name : withoutExtension(name)
    const folder = base.slice(0, base.lastIndexOf('/') + 1)
    const stem = base.slice(folder.length)
    let candidate = folder + fitName(stem, ending)
    for (let k = 2; taken.has(fold(candidate)); k++) candidate = folder + fitName(stem, ` (${k})${ending}`)
    taken.add(fold(candidate))
    return candidate
  })
}

/**
 * A single download's name (the Export and Redact tabs'): after a file was opened, its copy's name as the Batch
 * tab's (`劳动合同.docx`, `.entities.json` -> `劳动合同.entities.json`; HR QA: every download was shiti-*, two
 * documents' in a row told apart by " (1)"); else `shiti-` and the ending without its dot (shiti-entities.json).
 */
export function downloadName(sourceName: string | null | undefined, ending: string): string {
  return sourceName ? copyNames([sourceName], ending)[0]! : `shiti-${ending.slice(1)}`
}
