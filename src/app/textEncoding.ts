// Plain-text files in the encoding they were saved in. Chinese text files are often not UTF-8: GB18030
// (GBK, GB2312) from Windows in the Chinese locale, Big5 from Taiwan and Hong Kong, UTF-16 from Notepad's
// "Unicode". Read as UTF-8 they turn into replacement characters with no word of warning, so the bytes
// are decoded as they were written: a byte-order mark decides; else valid UTF-8 is UTF-8; else the
// encoding detector jschardet (loaded only then) picks among the encodings this browser can decode.

export interface DecodedText {
  text: string
  /** WHATWG encoding label the bytes were decoded as: 'utf-8', 'gb18030', 'big5', 'utf-16le' ... */
  encoding: string
}

/** What the detector reads: enough to decide, and a 25 MB file is not scanned whole. */
const DETECT_BYTES = 256 * 1024

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** UTF-16 saved without a byte-order mark: mostly-Latin text then has a zero in every other byte. */
function utf16WithoutMark(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096)
  if (sample.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = Math.floor(sample.length / 2)
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label)
  } catch {
    return null // a name the detector knows and this browser does not
  }
}

/** The detector's best guess that this browser can decode; GB18030 when it has none (this is a Chinese tool). */
async function detectLegacy(bytes: Uint8Array): Promise<string> {
  const { detectAll } = await import('jschardet')
  for (const guess of detectAll(bytes.subarray(0, DETECT_BYTES))) {
    const decoder = guess.encoding ? decoderFor(guess.encoding) : null
    if (decoder) return decoder.encoding
  }
  return 'gb18030'
}

/** `declared`: the encoding the file names itself (a web page's <meta charset>), trusted over the
 *  detector when the bytes are not UTF-8. */
export async function decodeText(bytes: Uint8Array, declared?: string | null): Promise<DecodedText> {
  const marked = byteOrderMark(bytes)
  // TextDecoder drops the byte-order mark itself (ignoreBOM defaults to false).
  if (marked) return { text: new TextDecoder(marked).decode(bytes), encoding: marked }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // not UTF-8: find out what it is
  }
  const named = declared ? decoderFor(declared)?.encoding : undefined
  const encoding = (named && named !== 'utf-8' ? named : null) ?? utf16WithoutMark(bytes) ?? (await detectLegacy(bytes))
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}

/** How an encoding is known to people: GBK is the name most Chinese users know for GB18030's core. */
export function encodingName(label: string): string {
  const known: Record<string, string> = { 'gb18030': 'GB18030 (GBK)', 'gbk': 'GBK', 'big5': 'Big5', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' }
  return known[label] ?? label.toUpperCase()
}
