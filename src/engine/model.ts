// The pure NER core: one loaded model (manifest, vocabularies, ONNX session) that turns text into
// entities. It has no idea whether it runs in a Web Worker or in Node; both hand it the same bytes.
import type * as Ort from 'onnxruntime-web'
import { manifestBytes, type Manifest } from './manifest'
import { createNormalizer, normalizedUnits, parseT2sTable, PhraseTable, type Normalizer } from './normalize'
import { Tokenizer, type WindowTokens } from './tokenizer'
import { lexiconIndex, vocabIndex } from './line-index'
import {
  balanceBrackets, bioesSpans, decodeTags, dropImpossibleSpans, extendDottedNames, forceOutside, joinNameParts, keepDotsInside, neverInName,
  parseLabels, repairEdges, repairSurnames, trimWhitespace,
} from './decode'
import { closeLetterSpacing, closeWordSpacing, markPeriodEnds, textWindows, unwrapLines, type TextWindow } from './windows'
import { NerError, MAX_TEXT_LENGTH, type AnalyzeManyProgress, type AnalyzeProgress, type Entity } from './types'

export type OrtModule = typeof Ort

/** The model folder's files, by name, as bytes. */
export type ModelFiles = ReadonlyMap<string, Uint8Array>

export interface AnalyzeOptions {
  signal?: AbortSignal
  onProgress?: (progress: AnalyzeProgress) => void
  /** Called between windows once `yieldEveryMs` of work has passed, so a worker can read messages
   *  (a cancel request) while a long document is analyzed. */
  yieldToEventLoop?: () => Promise<void>
  yieldEveryMs?: number
}

export interface AnalyzeManyOptions extends Omit<AnalyzeOptions, 'onProgress'> {
  onProgress?: (progress: AnalyzeManyProgress) => void
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function fileText(files: ModelFiles, name: string): string {
  const bytes = files.get(name)
  if (!bytes) throw new NerError('MODEL', `model file ${name} is missing`)
  try {
    return decoder.decode(bytes)
  } catch (cause) {
    throw new NerError('MODEL', `model file ${name} is not valid UTF-8`, { cause })
  }
}

export class NerModel {
  readonly normalizer: Normalizer
  private readonly labels: ReturnType<typeof parseLabels>
  /** What every whitespace code point becomes after normalization; trimmed off entity edges. */
  private readonly whitespaceUnit: string
  /** Emission column of O, where contract step 7a puts the units that are never in a name. */
  private readonly outsideLabel: number

  private constructor(
    readonly manifest: Manifest,
    readonly tokenizer: Tokenizer,
    private readonly session: Ort.InferenceSession,
    private readonly ort: OrtModule,
    t2s?: ReadonlyMap<number, number>,
    phrases?: PhraseTable,
  ) {
    this.normalizer = createNormalizer(manifest.normalization, t2s, phrases)
    this.labels = parseLabels(manifest.labels)
    this.whitespaceUnit = String.fromCodePoint(manifest.normalization.whitespace_to ?? 0x3000)
    this.outsideLabel = manifest.labels.indexOf('O')
  }

  static async create(ort: OrtModule, manifest: Manifest, files: ModelFiles): Promise<NerModel> {
    const { tokenizer: spec, lexicon } = manifest
    const tokenizer = new Tokenizer(
      manifest,
      vocabIndex(fileText(files, spec.vocab_file)),
      vocabIndex(fileText(files, spec.bigram_file)),
      lexicon ? lexiconIndex(fileText(files, lexicon.file)) : undefined,
    )
    const onnx = files.get(manifest.onnx.file)
    if (!onnx) throw new NerError('MODEL', `model file ${manifest.onnx.file} is missing`)
    let session: Ort.InferenceSession
    try {
      session = await ort.InferenceSession.create(onnx, {
        executionProviders: ['wasm'],
        graphOptimizationLevel: 'all',
      })
    } catch (cause) {
      throw new NerError('MODEL', `onnxruntime could not open ${manifest.onnx.file}: ${String(cause)}`, { cause })
    }
    const { traditional_to_simplified: toSimplified, t2s_file: t2sFile, t2s_phrase_file: phraseFile } = manifest.normalization
    const t2s = toSimplified && t2sFile ? parseT2sTable(fileText(files, t2sFile)) : undefined
    const phrases = toSimplified && phraseFile ? new PhraseTable(fileText(files, phraseFile)) : undefined
    return new NerModel(manifest, tokenizer, session, ort, t2s, phrases)
  }

  get bytes(): number {
    return manifestBytes(this.manifest)
  }

  async release(): Promise<void> {
    await this.session.release()
  }

  /** Runs the ONNX model on one window's tokens; returns emissions [n, labels] row-major. */
  async emissions(tokens: WindowTokens): Promise<Float32Array> {
    const n = tokens.charIds.length
    const { Tensor } = this.ort
    const feeds: Record<string, Ort.Tensor> = {
      char_ids: new Tensor('int64', tokens.charIds, [1, n]),
      bigram_left_ids: new Tensor('int64', tokens.bigramLeftIds, [1, n]),
      bigram_right_ids: new Tensor('int64', tokens.bigramRightIds, [1, n]),
    }
    if (tokens.lexiconFeats) {
      feeds.lexicon_feats = new Tensor('float32', tokens.lexiconFeats, [1, n, this.tokenizer.lexiconWidth])
    }
    if (tokens.lexiconWordIds) feeds.lexicon_word_ids = new Tensor('int64', tokens.lexiconWordIds, [1, n, 3])
    const outputs = await this.session.run(feeds)
    const output = outputs[this.manifest.onnx.output]
    if (!output) throw new NerError('MODEL', `the model has no output "${this.manifest.onnx.output}"`)
    const data = output.data as Float32Array
    for (const tensor of Object.values(outputs)) if (tensor !== output) tensor.dispose()
    return data
  }

  /** Entities owned by one window, with offsets into the original `text`. */
  async analyzeWindow(text: string, window: TextWindow): Promise<Entity[]> {
    const chars = window.units.map((u) => u.char)
    const emissions = await this.emissions(this.tokenizer.encode(chars))
    const forced = neverInName(chars)
    // Contract step 7a: a tab separates the cells of a table (Excel, a roster), so no name crosses one; fed as a space,
    // it let the model run a name into the next cell (张伟<TAB>研发中心 as one ORG). Synthetic table rows: F1 89.7 -> 98.1.
    // Nor does a name cross an emoji, fed as a space too (深👍圳 was one ORG; fuzzing).
    window.units.forEach((unit, i) => { if (unit.tab || unit.pictograph) forced[i] = 1 })
    forceOutside(emissions, forced, this.manifest.labels.length, this.outsideLabel)
    keepDotsInside(emissions, chars, this.labels) // contract step 7b: no name begins or ends on a middle dot (乔· of 乔·拜登)
    const path = decodeTags(emissions, chars.length, this.manifest.labels.length, this.manifest.decoding)
    const entities: Entity[] = []
    // Contract step 7c: a name with a middle dot goes on over the units beside it the model gives to it (买买提·艾 + 力).
    const dotted = extendDottedNames(bioesSpans(path, this.labels), path, chars, this.labels)
    // Contract step 7d: name parts with a hyphen, a full stop or a space between them that the model gives to one name
    // are one (迈克尔-乔丹, 让 + 保罗·萨特).
    const decoded = joinNameParts(dotted, path, chars, this.labels, this.whitespaceUnit)
    const trimmed = trimWhitespace(balanceBrackets(decoded, chars), chars, this.whitespaceUnit)
    const spans = repairSurnames(repairEdges(dropImpossibleSpans(trimmed, chars), chars, this.whitespaceUnit), chars)
    for (const span of spans) {
      if (span.from < window.ownFrom || span.from >= window.ownTo) continue
      const start = window.units[span.from]!.start
      const end = window.units[span.to - 1]!.end
      entities.push({ start, end, type: span.type, text: text.slice(start, end), score: span.score })
    }
    return entities
  }

  windows(text: string): Generator<TextWindow> {
    const units = closeWordSpacing(closeLetterSpacing(markPeriodEnds(normalizedUnits(text, this.normalizer))))
    return textWindows(unwrapLines(units), { maxWindow: this.manifest.max_window })
  }

  /** Counts the windows of a text without running the model (cheap: one pass over the code points). */
  countWindows(text: string): number {
    let count = 0
    for (const _window of this.windows(text)) count++
    return count
  }

  /**
   * Analyzes a document of any length, window by window. Progress (with the entities of the windows
   * just finished) streams through `onProgress`; the full list is returned at the end.
   */
  async analyze(text: string, options: AnalyzeOptions = {}): Promise<Entity[]> {
    checkText(text)
    const [entities] = await this.analyzeMany([text], options)
    return entities!
  }

  /**
   * Analyzes several texts in one pass, each windowed on its own (two texts never share a window, so
   * a text's entities do not depend on its neighbours). Blank texts simply have no entities.
   * Each progress event belongs to one text (`textIndex`); `charsDone`/`charsTotal` count all texts.
   */
  async analyzeMany(texts: readonly string[], options: AnalyzeManyOptions = {}): Promise<Entity[][]> {
    checkTexts(texts)
    const { signal, onProgress, yieldToEventLoop, yieldEveryMs = 25 } = options
    const windowsTotal = onProgress ? texts.reduce((sum, t) => sum + this.countWindows(t), 0) : 0
    const charsTotal = texts.reduce((sum, t) => sum + t.length, 0)
    const results: Entity[][] = []
    let windowsDone = 0
    let charsBefore = 0
    let lastYield = Date.now()
    for (const [textIndex, text] of texts.entries()) {
      const all: Entity[] = []
      // Entities come in text order (a later window never owns an earlier start); one that overlaps
      // an entity already kept, which can only happen across a cut, is dropped (see windows.ts).
      let lastEnd = 0
      for (const window of this.windows(text)) {
        throwIfAborted(signal)
        const found = (await this.analyzeWindow(text, window)).filter((e) => {
          if (e.start < lastEnd) return false
          lastEnd = e.end
          return true
        })
        for (const e of found) all.push(e)
        windowsDone++
        onProgress?.({
          textIndex,
          windowsDone,
          windowsTotal,
          charsDone: charsBefore + window.units[window.ownTo - 1]!.end,
          charsTotal,
          entities: found,
        })
        if (yieldToEventLoop && Date.now() - lastYield >= yieldEveryMs) {
          await yieldToEventLoop()
          lastYield = Date.now()
        }
      }
      results.push(all)
      charsBefore += text.length
    }
    throwIfAborted(signal)
    return results
  }
}

function checkSize(length: number): void {
  if (length > MAX_TEXT_LENGTH) {
    throw new NerError('TOO_LARGE', `the text has ${length} characters; the limit is ${MAX_TEXT_LENGTH}`)
  }
}

export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new NerError('EMPTY_INPUT', 'text must be a string')
  if (text.trim().length === 0) throw new NerError('EMPTY_INPUT', 'the text is empty')
  checkSize(text.length)
}

/** For analyzeMany: blank texts are fine (they have no entities), an empty list or no text at all is not. */
export function checkTexts(texts: unknown): asserts texts is string[] {
  if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) {
    throw new NerError('EMPTY_INPUT', 'texts must be an array of strings')
  }
  if (!texts.some((t: string) => t.trim().length > 0)) throw new NerError('EMPTY_INPUT', 'all texts are empty')
  checkSize(texts.reduce((sum: number, t: string) => sum + t.length, 0))
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new NerError('ABORTED', 'the analysis was cancelled')
}
