// The lines of `npm run annotate`'s input, decoded one line at a time from its bytes. Decoding line by line
// (rather than the stream in chunks) tells exactly which line holds bytes that are not valid in the encoding,
// and every line before it is whole. UTF-8 is read as the page reads a file (src/app/textEncoding.ts): a stray
// invalid byte becomes U+FFFD and the line says how many; whether there are few enough of them for the input
// still to be UTF-8 is the caller's call (see annotate.ts). Any other encoding stops at its first invalid byte.
import { Readable } from 'node:stream'
import { TextDecoderStream } from 'node:stream/web'
import { createInterface } from 'node:readline'

export interface InputLine {
  /** From 1. */
  number: number
  /** Without its line break (nor, on line 1, the byte-order mark). */
  text: string
  /** What it took in the input, its line break included: for the progress share. */
  bytes: number
  /** Byte sequences not valid UTF-8, each read as one U+FFFD (a U+FFFD written in the file is none of them). */
  invalidSequences: number
  /** Valid characters beyond ASCII (an emoji is one), against which the invalid sequences are weighed. */
  validNonAscii: number
}

/** Bytes not valid in the encoding, where that one stops: `line` when known (not in UTF-16, decoded in
 *  chunks), after `linesRead` lines, which the caller has had whole. */
export class InvalidText extends Error {
  constructor(readonly line: number | undefined, readonly linesRead: number) {
    super(line === undefined ? `invalid text after line ${linesRead}` : `invalid text on line ${line}`)
  }
}

const LF = 0x0a
const CR = 0x0d
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
const REPLACEMENT_CHARACTER_UTF8 = Buffer.from([0xef, 0xbf, 0xbd])

/**
 * The lines of bytes in an encoding that writes CR and LF as those single bytes and never inside a character
 * (UTF-8, GB18030, Big5, the single-byte ones; not UTF-16), split where node:readline splits text: at CR LF,
 * LF or a lone CR. `size`: the line's bytes and its break's.
 */
async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<{ line: Buffer; size: number }> {
  let pieces: Buffer[] = [] // the line so far, from earlier chunks
  let lineFeedEndsBreak = false // the last chunk ended in CR: an LF starting the next one is the same break
  for await (const raw of chunks) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
    let from = 0
    if (lineFeedEndsBreak && chunk.length > 0) {
      if (chunk[0] === LF) from = 1
      lineFeedEndsBreak = false
    }
    // Each byte's next position is looked for once per chunk, not once per line: a chunk without a CR is
    // not searched to its end for one at every line.
    let nextLF = chunk.indexOf(LF, from)
    let nextCR = chunk.indexOf(CR, from)
    while (nextLF >= 0 || nextCR >= 0) {
      const end = nextCR < 0 || (nextLF >= 0 && nextLF < nextCR) ? nextLF : nextCR
      let breakSize = 1
      if (chunk[end] === CR) {
        if (end + 1 === chunk.length) lineFeedEndsBreak = true
        else if (chunk[end + 1] === LF) breakSize = 2
      }
      const tail = chunk.subarray(from, end)
      const line = pieces.length > 0 ? Buffer.concat([...pieces, tail]) : tail
      pieces = []
      yield { line, size: line.length + breakSize }
      from = end + breakSize
      if (nextLF >= 0 && nextLF < from) nextLF = chunk.indexOf(LF, from)
      if (nextCR >= 0 && nextCR < from) nextCR = chunk.indexOf(CR, from)
    }
    if (from < chunk.length) pieces.push(chunk.subarray(from))
  }
  if (pieces.length > 0) {
    const line = Buffer.concat(pieces)
    yield { line, size: line.length }
  }
}

function count(haystack: Buffer, needle: Buffer): number {
  let found = 0
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found++
  return found
}

/** Code units over 0x7F but the second of a surrogate pair: characters beyond ASCII, U+FFFD included. */
function nonAscii(text: string): number {
  let found = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0x80 && (unit < 0xdc00 || unit > 0xdfff)) found++
  }
  return found
}

/** `encoding`: a WHATWG label's canonical name (TextDecoder's `encoding`). Throws InvalidText. */
export async function* inputLines(chunks: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<InputLine> {
  if (encoding.startsWith('utf-16')) {
    yield* utf16Lines(chunks, encoding)
    return
  }
  // ignoreBOM: a U+FEFF at the start of a line further down is text, kept as the stream decoder kept it;
  // the one at the start of the input is dropped below.
  const strict = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
  const lenient = encoding === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: true }) : undefined
  let number = 0
  for await (const { line, size } of byteLines(chunks)) {
    number++
    const bytes = number === 1 && encoding === 'utf-8' && line.subarray(0, 3).equals(UTF8_BOM) ? line.subarray(3) : line
    let text: string
    let invalidSequences = 0
    try {
      text = strict.decode(bytes)
    } catch {
      if (!lenient) throw new InvalidText(number, number - 1)
      text = lenient.decode(bytes)
      // Each invalid sequence is one U+FFFD (the WHATWG decoder's rule); those the file spells out are not.
      invalidSequences = [...text.matchAll(/\uFFFD/g)].length - count(bytes, REPLACEMENT_CHARACTER_UTF8)
    }
    yield { number, text, bytes: size, invalidSequences, validNonAscii: nonAscii(text) - invalidSequences }
  }
}

/** UTF-16 decoded as a stream (its CR and LF are two bytes each); an unpaired surrogate stops it, somewhere
 *  in the chunk after the lines read. The byte-order mark is dropped by the decoder. */
async function* utf16Lines(chunks: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<InputLine> {
  const text = Readable.fromWeb(Readable.toWeb(Readable.from(chunks)).pipeThrough(new TextDecoderStream(encoding, { fatal: true })))
  let number = 0
  try {
    for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
      number++
      yield { number, text: line, bytes: 2 * line.length + 2, invalidSequences: 0, validNonAscii: nonAscii(line) }
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw new InvalidText(undefined, number)
    throw error
  }
}
