// Plain-text files in the encoding they were saved in. Chinese text files are often not UTF-8: GB18030
// (GBK, GB2312) from Windows in the Chinese locale, Big5 from Taiwan and Hong Kong, UTF-16 from Notepad's
// "Unicode", now and then UTF-32. Read as UTF-8 they turn into replacement characters with no word of warning, so the bytes
// are decoded as they were written: a byte-order mark decides; else valid UTF-8 is UTF-8, and so is UTF-8
// with a few invalid bytes; else UTF-16 without its mark when the bytes show it; else the encoding detector
// jschardet (loaded only then) picks among the encodings this browser can decode, with Chinese encodings
// preferred when it is unsure.

export interface DecodedText {
  text: string
  /** WHATWG encoding label the bytes were decoded as: 'utf-8', 'gb18030', 'big5', 'utf-16le' ... */
  encoding: string
  /** UTF-8 with this many invalid byte sequences, each read as U+FFFD (absent when none). */
  invalidSequences?: number
}

/** A C0 control other than tab, line feed, vertical tab, form feed and carriage return: no text file holds one. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x20 && (unit < 0x09 || unit > 0x0d)) return true
  }
  return false
}

/** What the detector reads: enough to decide, and a 25 MB file is not scanned whole. */
const DETECT_BYTES = 256 * 1024

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  // UTF-32LE's mark starts as UTF-16LE's does (QA: read as UTF-16, then refused as no text).
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le'
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Code units of text as Chinese files hold it: CJK ideographs and punctuation, full-width forms, ASCII. */
function isTextUnit(unit: number): boolean {
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef)
    || (unit >= 0x20 && unit < 0x7f) || unit === 0x09 || unit === 0x0a || unit === 0x0d
    || (unit >= 0xa0 && unit <= 0xff) || (unit >= 0x2000 && unit <= 0x206f)
}

/** Code units of Chinese text proper: ideographs, CJK punctuation (。、) and full-width forms (，：！). */
function isChineseUnit(unit: number): boolean {
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef)
}

/**
 * A byte that, read in any encoding that keeps ASCII as it is (UTF-8, GB18030, Big5, the single-byte ones),
 * is a control character no text file holds: not tab, line feed, vertical tab, form feed or carriage return,
 * nor ESC (a coloured log) or Ctrl+Z (DOS's end-of-file mark). GB18030 and Big5 take no byte under 0x30 as
 * the second of a pair, so it stays a control character there too. NUL is one.
 */
function isStrayControlByte(byte: number): boolean {
  return byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1a && byte !== 0x1b
}

/**
 * Chinese UTF-16 of 2 to 15 code units without a byte-order mark, which the shares in utf16WithoutMark
 * cannot tell from GBK or Big5 (QA: 张伟在北京。 was read as Big5, and in big-endian refused as no text).
 * Read in one byte order, every code unit is text and at least half are Chinese; read in the other, some
 * unit is not text (so the bytes are not merely ASCII letters, which pair up as ideographs either way);
 * and some byte is a control character no text file holds (isStrayControlByte), so the bytes are no text
 * in UTF-8, GB18030, Big5 or a single-byte encoding. That byte is nearly always there: 。 (U+3002),
 * 、 ！ ？ “ ” end in 01 02 1C 1D 1F, a line break or an ASCII character has a zero byte, and one ideograph
 * in eight has a low byte under 0x20. A short text with none of them (张伟在北京工作, no full stop, no line
 * break) is left to the detector: GBK and Big5 are that too (张伟 in Big5 is B1 69 B0 B6, 䥩 and 뚰 in
 * UTF-16).
 */
function shortUtf16WithoutMark(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.some(isStrayControlByte)) return null
  const little: number[] = []
  const big: number[] = []
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    little.push(bytes[i]! | (bytes[i + 1]! << 8))
    big.push((bytes[i]! << 8) | bytes[i + 1]!)
  }
  const chineseText = (units: number[]) => units.every(isTextUnit) && units.filter(isChineseUnit).length * 2 >= units.length
  if (chineseText(little) && !big.every(isTextUnit)) return 'utf-16le'
  if (chineseText(big) && !little.every(isTextUnit)) return 'utf-16be'
  return null
}

/**
 * UTF-16 saved without a byte-order mark. Mostly-Latin text then has a zero in every other byte; Chinese
 * text has none, but read in the right byte order nearly every code unit is an ideograph, punctuation or
 * ASCII, and in the wrong one (or as GBK or Big5 bytes paired up) far fewer are.
 */
function utf16WithoutMark(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096)
  if (sample.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  let littleText = 0
  let bigText = 0
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
    if (isTextUnit(sample[i]! | (sample[i + 1]! << 8))) littleText++
    if (isTextUnit((sample[i]! << 8) | sample[i + 1]!)) bigText++
  }
  const pairs = Math.floor(sample.length / 2)
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be'
  // A whole file of an odd number of bytes is no UTF-16; below 16 code units the byte orders and GBK or
  // Big5 pairs are too easily alike for these shares (8 bytes of Big5, 東家。可, read as four ideographs).
  if (pairs < 16) return shortUtf16WithoutMark(bytes)
  if (sample.length === bytes.length && sample.length % 2 !== 0) return null
  // Swapped, an ideograph is often another one (李 U+674E read as U+4E67): about half, rarely more.
  if (littleText >= pairs * 0.95 && bigText <= pairs * 0.8) return 'utf-16le'
  if (bigText >= pairs * 0.95 && littleText <= pairs * 0.8) return 'utf-16be'
  return null
}

/**
 * UTF-32 text (TextDecoder has no UTF-32): four bytes a code point, in the byte order given; one that is no
 * Unicode character (a surrogate, past U+10FFFF), or bytes left over at the end, read as U+FFFD.
 */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const parts: string[] = []
  const points: number[] = []
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian)
    points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point)
    if (points.length === 8192) parts.push(String.fromCodePoint(...points.splice(0)))
  }
  if (bytes.length % 4 !== 0) points.push(0xfffd)
  parts.push(String.fromCodePoint(...points))
  return parts.join('')
}

/**
 * UTF-32 without its byte-order mark: a whole number of four-byte units, every one of them (in the first 4 KB) a
 * character other than NUL, which in one byte order means two zero bytes (or a zero and a plane number up to 16)
 * at the same end of each unit. UTF-8, UTF-16 and the legacy encodings do not put those zeros there: UTF-16LE's
 * "ab" (61 00 62 00), read so, is U+620061, no character.
 */
function utf32WithoutMark(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  if (bytes.length < 4 || bytes.length % 4 !== 0) return null
  const sample = bytes.subarray(0, 4096)
  const view = new DataView(sample.buffer, sample.byteOffset, sample.byteLength)
  const fits = (littleEndian: boolean) => {
    for (let i = 0; i + 3 < sample.length; i += 4) {
      const point = view.getUint32(i, littleEndian)
      if (point === 0 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return false
    }
    return true
  }
  if (fits(true)) return 'utf-32le'
  return fits(false) ? 'utf-32be' : null
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label)
  } catch {
    return null // a name the detector knows and this browser does not
  }
}

/** Past this confidence the detector's guess stands even when it is not a Chinese encoding (Shift_JIS
 *  and Big5 files of some length come out at 0.4 to 0.95; mostly-English files at 0.03 to 0.15). */
const SURE = 0.3
const CHINESE_ENCODINGS = new Set(['gbk', 'gb18030', 'big5'])

/**
 * For bytes the detector is unsure of, the Chinese encoding whose shape they have: every byte over 0x7F
 * in a pair that GB2312 (both bytes A1-FE) or else Big5 (A1-F9, then 40-7E or A1-FE) allows, and decoding
 * without a replacement character. A staff list or an e-mail in English with a few Chinese names saved as
 * GBK gives the detector too little to go on (QA: read as EUC-KR, Windows-1252, ISO-8859-2, KOI8-U, every
 * name garbled); Latin-1 accents (naïve: EF 76) rarely form such pairs.
 */
function chineseByShape(bytes: Uint8Array): string | null {
  let pairs = 0
  let gb2312 = 0
  let big5 = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!
    if (lead < 0x80) continue
    const trail = bytes[i + 1] ?? 0
    pairs++
    i++
    if (lead >= 0xa1 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe) gb2312++
    if (lead >= 0xa1 && lead <= 0xf9 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) big5++
  }
  if (pairs === 0) return null
  for (const [encoding, shaped] of [['gb18030', gb2312], ['big5', big5]] as const) {
    if (shaped === pairs && !new TextDecoder(encoding).decode(bytes).includes('\uFFFD')) return encoding
  }
  return null
}

/** The detector's best guess that this browser can decode when it is a Chinese encoding or the detector
 *  is sure of it; else a Chinese encoding the bytes are shaped for; else its guess; GB18030 when it has
 *  none (this is a Chinese tool). */
async function detectLegacy(bytes: Uint8Array): Promise<string> {
  const sample = bytes.subarray(0, DETECT_BYTES)
  const { detectAll } = await import('jschardet')
  const guesses = detectAll(sample).flatMap((guess) => {
    const decoder = guess.encoding ? decoderFor(guess.encoding) : null
    return decoder ? [{ encoding: decoder.encoding, confidence: guess.confidence }] : []
  })
  const best = guesses[0]
  if (best && (CHINESE_ENCODINGS.has(best.encoding) || best.confidence >= SURE)) return best.encoding
  return chineseByShape(sample) ?? best?.encoding ?? 'gb18030'
}

/**
 * UTF-8 with a few invalid bytes: a stray Latin-1 byte, one line pasted in from a GBK file, a file cut in
 * the middle of a character. Read otherwise, the whole file turned into another script (QA: one 0xFF among
 * 280,000 characters, read as IBM866). It is UTF-8 when its valid multi-byte characters outnumber the
 * invalid sequences tenfold (GBK read as UTF-8 has about one valid one for every ten invalid), or merely
 * outnumber them when the file says it is UTF-8 (a web page's <meta charset>), or when its valid Chinese
 * characters (ideographs, CJK punctuation, full-width forms: three bytes each in UTF-8) alone outnumber
 * them. That last rule is what a short file needs (QA: three UTF-8 lines and two pasted from a GBK file,
 * 49 Chinese characters and 20 invalid sequences, read as ISO-8859-5; 张伟在北京。 with three stray bytes
 * read as IBM866), and it is sound: such a character is a lead byte E3-E9 or EF and two bytes 80-BF, which
 * other encodings' text seldom holds, and then among more invalid sequences (of 20,000 strings of random
 * characters for each length from 1 to 50, at most 1.5 in 10,000 GBK and 0.5 in 10,000 Big5 ones came out
 * as UTF-8, and none in EUC-KR, Shift_JIS, EUC-JP, Windows-1251/1252/1253, KOI8-R or ISO-8859-5).
 */
function mostlyUtf8(bytes: Uint8Array, declaredUtf8: boolean): DecodedText | null {
  const text = new TextDecoder('utf-8').decode(bytes)
  let invalid = 0
  let multibyte = 0
  let chinese = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit === 0xfffd) invalid++
    else if (unit >= 0x80 && (unit < 0xdc00 || unit > 0xdfff)) multibyte++
    if (isChineseUnit(unit)) chinese++
  }
  if (multibyte >= (declaredUtf8 ? 1 : 10) * invalid || chinese > invalid) return { text, encoding: 'utf-8', invalidSequences: invalid }
  return null
}

/** `declared`: the encoding the file names itself (a web page's <meta charset>), trusted over the
 *  detector when the bytes are not UTF-8 (and, when it says UTF-8, as long as they mostly are). */
export async function decodeText(bytes: Uint8Array, declared?: string | null): Promise<DecodedText> {
  const decoded = await decodeBytes(bytes, declared)
  // DOS's end-of-file mark (Ctrl+Z) ends the file; it is not text to show or analyse.
  let end = decoded.text.length
  while (end > 0 && decoded.text.charCodeAt(end - 1) === 0x1a) end--
  return end < decoded.text.length ? { ...decoded, text: decoded.text.slice(0, end) } : decoded
}

async function decodeBytes(bytes: Uint8Array, declared?: string | null): Promise<DecodedText> {
  const marked = byteOrderMark(bytes)
  if (marked === 'utf-32le' || marked === 'utf-32be') return { text: decodeUtf32(bytes.subarray(4), marked === 'utf-32le'), encoding: marked }
  // TextDecoder drops the byte-order mark itself (ignoreBOM defaults to false).
  if (marked) return { text: new TextDecoder(marked).decode(bytes), encoding: marked }
  // UTF-32 is valid UTF-8 byte for byte (with NULs), so it is looked for first.
  const utf32 = utf32WithoutMark(bytes)
  if (utf32) return { text: decodeUtf32(bytes, utf32 === 'utf-32le'), encoding: utf32 }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // Short Chinese UTF-16 can be valid UTF-8 byte for byte (李娜 is 4E 67 1C 5A): control characters,
    // which text files do not hold, give it away.
    const utf16 = hasControlCharacter(text) ? utf16WithoutMark(bytes) : null
    if (!utf16) return { text, encoding: 'utf-8' }
  } catch {
    // not UTF-8: find out what it is
  }
  const named = declared ? decoderFor(declared)?.encoding : undefined
  if (named && named !== 'utf-8') return { text: new TextDecoder(named).decode(bytes), encoding: named }
  const utf16 = utf16WithoutMark(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  const utf8 = mostlyUtf8(bytes, named === 'utf-8')
  if (utf8) return utf8
  const encoding = await detectLegacy(bytes)
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}

/** Share of a text's code units that text files do not hold, past which the file is taken for binary data. */
const BINARY_SHARE = 0.01
/** ... and how many there must be at least, so that a few stray ones in a short file are no reason. */
const BINARY_MIN = 4

/**
 * Bytes that are evidently not text, told from the text they decoded to: more than 1 % (and at least 4) of
 * its code units are NULs, other C0 controls or replacement characters (U+FFFD, bytes the encoding has no
 * character for). Text files hold none of these but tab, line and page breaks, an ESC now and then (a
 * coloured log) and, in old DOS files, a Ctrl+Z at the end, none of which count here. Random or compressed
 * bytes come to a quarter of the text read as GB18030 (what the detector picks for them), a tenth as a
 * single-byte encoding, 3 % even as UTF-16 (unpaired surrogates); a program or picture to more (its NULs).
 * 1 % stays well below that and well above a stray character or two; UTF-16 text, with or without its
 * byte-order mark, decoded as UTF-16 has no NULs.
 */
export function looksBinary(text: string, { strayReplacements = false } = {}): boolean {
  // Text read as mostly UTF-8: its replacement characters are a few stray bytes, outnumbered tenfold.
  const replacementIsOdd = !strayReplacements
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end-- // DOS's end-of-file mark
  let odd = 0
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i)
    if ((unit < 0x20 && (unit < 0x09 || unit > 0x0d) && unit !== 0x1b) || (unit === 0xfffd && replacementIsOdd)) odd++
  }
  return odd >= BINARY_MIN && odd > end * BINARY_SHARE
}

/** How an encoding is known to people: GBK is the name most Chinese users know for GB18030's core. Its bracket
 *  is full-width in a Chinese sentence (`locale`: vue-i18n's; native-speaker review), as the page's others are. */
export function encodingName(label: string, locale: string): string {
  const gb18030 = locale.startsWith('zh') ? 'GB18030（GBK）' : 'GB18030 (GBK)'
  const known: Record<string, string> = { 'gb18030': gb18030, 'gbk': 'GBK', 'big5': 'Big5', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' }
  return known[label] ?? label.toUpperCase()
}
