// The model folder's manifest.json (see docs/model-contract.md), parsed and checked once at load time
// so the rest of the engine can trust its shape.
import { NerError } from './types'

export interface ManifestFile {
  name: string
  bytes: number
  sha256: string
}

export interface Normalization {
  drop: number[]
  halfwidth_to_fullwidth: boolean
  whitespace_to: number | null
  traditional_to_simplified: boolean
  /** With traditional_to_simplified: `traditional<TAB>simplified` per line, one code point each. */
  t2s_file?: string
  /**
   * With traditional_to_simplified, optional: `traditional<TAB>simplified` per line, words of equal length
   * the character table alone gets wrong (傢俱 → 家具), matched ahead of it, longest first.
   */
  t2s_phrase_file?: string
  /** Straight double quotes (" and ＂, ＂ once normalized) read as “ and ” by turns, from “ at every line start. */
  pair_straight_quotes?: boolean
}

export interface LexiconSpec {
  file: string
  categories: string[]
  min_len: number
  max_len: number
  /**
   * Present when the model also embeds the matched words: per character, the row (the lexicon file's
   * third column) of the longest word that Begins here, covers it in the Middle, Ends here. Always
   * ["B", "M", "E"]; fed as the `lexicon_word_ids` input, int64 [1, n, 3].
   */
  word_slots?: string[]
  /** Provenance only: corpora whose annotated names added PER/LOC/ORG types to some words. */
  types_from?: string[]
  /** Provenance only: jieba types removed where an annotated corpus shows them wrong (lexicon.txt has them off). */
  types_dropped?: { corpus: string; min_occurrences: number; max_name_share: number; count: number }
}

export interface CrfDecoding {
  type: 'crf'
  transitions: number[][]
  start_transitions: number[]
  end_transitions: number[]
}

export interface ArgmaxDecoding {
  type: 'argmax'
}

export interface Manifest {
  schema: number
  id: string
  version: string
  title: string
  entity_types: string[]
  tag_scheme: string
  labels: string[]
  max_window: number
  normalization: Normalization
  tokenizer: {
    type: 'char_bigram'
    vocab_file: string
    bigram_file: string
    pad_id: number
    unk_id: number
    bos: string
    eos: string
  }
  lexicon?: LexiconSpec
  onnx: { file: string; opset: number; inputs: Record<string, string>; output: string }
  decoding: CrfDecoding | ArgmaxDecoding
  files: ManifestFile[]
  metrics?: unknown
  training_data?: string[]
  created?: string
}

function fail(detail: string): never {
  throw new NerError('MODEL', `Invalid model manifest: ${detail}`)
}

function requireField<T>(value: T | undefined | null, name: string): T {
  if (value === undefined || value === null) fail(`missing "${name}"`)
  return value
}

/** Validates the fields the engine relies on; unknown extra fields are kept as they are. */
export function parseManifest(json: unknown): Manifest {
  if (typeof json !== 'object' || json === null) fail('not a JSON object')
  const m = json as Partial<Manifest>
  requireField(m.id, 'id')
  requireField(m.labels, 'labels')
  requireField(m.normalization, 'normalization')
  requireField(m.tokenizer, 'tokenizer')
  requireField(m.onnx, 'onnx')
  requireField(m.decoding, 'decoding')
  requireField(m.files, 'files')
  if (!m.labels!.includes('O')) fail('labels must include "O" (outside any entity)')
  if (m.tag_scheme !== 'BIOES') fail(`unsupported tag_scheme "${String(m.tag_scheme)}" (BIOES expected)`)
  if (m.tokenizer!.type !== 'char_bigram') fail(`unsupported tokenizer type "${String(m.tokenizer!.type)}"`)
  if (!Number.isInteger(m.max_window) || m.max_window! < 8) fail('max_window must be an integer >= 8')
  const decoding = m.decoding!
  if (decoding.type === 'crf') {
    const n = m.labels!.length
    if (decoding.transitions.length !== n || decoding.start_transitions.length !== n
      || decoding.end_transitions.length !== n) fail('CRF transition sizes do not match the labels')
  } else if (decoding.type !== 'argmax') {
    fail(`unsupported decoding "${String((decoding as { type?: unknown }).type)}"`)
  }
  const wantsWordIds = 'lexicon_word_ids' in (m.onnx!.inputs ?? {})
  const slots = m.lexicon?.word_slots
  if (wantsWordIds !== (slots !== undefined)) fail('lexicon.word_slots and the lexicon_word_ids input go together')
  if (slots && slots.join() !== 'B,M,E') fail(`unsupported lexicon.word_slots ${JSON.stringify(slots)}`)
  if (m.normalization!.traditional_to_simplified && typeof m.normalization!.t2s_file !== 'string') {
    fail('traditional_to_simplified needs a t2s_file')
  }
  const phraseFile = m.normalization!.t2s_phrase_file
  if (phraseFile !== undefined && (typeof phraseFile !== 'string' || !m.normalization!.traditional_to_simplified)) {
    fail('t2s_phrase_file must be a file name, and only with traditional_to_simplified')
  }
  if (!['undefined', 'boolean'].includes(typeof m.normalization!.pair_straight_quotes)) fail('pair_straight_quotes must be a boolean')
  for (const file of m.files!) {
    if (typeof file.name !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256) || !Number.isInteger(file.bytes)) {
      fail(`bad file entry ${JSON.stringify(file)}`)
    }
  }
  return m as Manifest
}

/**
 * A model's size: the bytes of its runtime files, what a load downloads and stores (parity.json and MODEL_CARD.md,
 * which the contract allows the manifest to list, are not). The one definition: the Model tab's size and the
 * stored or download size beside each model both come from it (they were two sums, review).
 */
export function manifestBytes(manifest: Manifest): number {
  return runtimeEntries(manifest).reduce((sum, f) => sum + f.bytes, 0)
}

/** Names of the files the engine needs (parity.json and MODEL_CARD.md are for tests and people). */
export function runtimeFileNames(manifest: Manifest): string[] {
  const names = [manifest.onnx.file, manifest.tokenizer.vocab_file, manifest.tokenizer.bigram_file]
  if (manifest.lexicon) names.push(manifest.lexicon.file)
  const { traditional_to_simplified: toSimplified, t2s_file: t2sFile, t2s_phrase_file: phraseFile } = manifest.normalization
  if (toSimplified) names.push(t2sFile!)
  if (toSimplified && phraseFile) names.push(phraseFile)
  return names
}

/** The manifest's entries for the files the engine needs, in runtimeFileNames' order; throws MODEL when one is
 *  not listed (the loader refuses such a manifest before anything is sized). */
export function runtimeEntries(manifest: Manifest): ManifestFile[] {
  return runtimeFileNames(manifest).map((name) => {
    const entry = manifest.files.find((f) => f.name === name)
    if (!entry) throw new NerError('MODEL', `manifest.json does not list ${name}`)
    return entry
  })
}
