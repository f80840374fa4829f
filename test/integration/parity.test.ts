// The engine must reproduce, exactly, what the Python pipeline computed for each parity case: the windows
// it cuts the text into, token ids, lexicon cells, entities (scores within 1e-3). Runs for every model folder
// with parity.json.
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizedUnits } from '../../src/engine/normalize'
import type { Entity } from '../../src/engine/types'
import { modelDirsWithParity, useNodeModel } from '../unit/support/models'

interface ParityCase {
  name: string
  text: string
  /** The engine's windows of the whole text: UTF-16 [start, end) and the number of units fed. */
  windows: [number, number, number][]
  char_ids: number[]
  bigram_left_ids: number[]
  bigram_right_ids: number[]
  lexicon_active?: [number, number][]
  lexicon_word_ids?: [number, number, number][]
  entities: Entity[]
}

const dirs = modelDirsWithParity()
if (dirs.length === 0) console.warn('\n*** SKIPPED: parity — no model folder with parity.json found ***\n')

describe.each(dirs.map((dir) => [basename(dir), dir]))('parity with the pipeline: %s', (_name, dir) => {
  const { cases } = JSON.parse(readFileSync(join(dir, 'parity.json'), 'utf8')) as { cases: ParityCase[] }
  const loaded = useNodeModel(dir)

  it.each(cases.map((c) => [c.name, c]))('%s', async (_caseName, parity) => {
    const { model } = loaded()
    const units = [...normalizedUnits(parity.text, model.normalizer)]
    expect(units.length).toBeLessThanOrEqual(model.manifest.max_window)
    expect([...model.windows(parity.text)].map((w) => [w.units[0]!.start, w.units.at(-1)!.end, w.units.length]))
      .toEqual(parity.windows)
    const tokens = model.tokenizer.encode(units.map((u) => u.char))
    expect(Array.from(tokens.charIds, Number)).toEqual(parity.char_ids)
    expect(Array.from(tokens.bigramLeftIds, Number)).toEqual(parity.bigram_left_ids)
    expect(Array.from(tokens.bigramRightIds, Number)).toEqual(parity.bigram_right_ids)
    if (tokens.lexiconFeats) {
      const width = model.tokenizer.lexiconWidth
      const active: [number, number][] = []
      tokens.lexiconFeats.forEach((v, i) => { if (v !== 0) active.push([Math.floor(i / width), i % width]) })
      expect(active).toEqual(parity.lexicon_active)
    }
    expect(tokens.lexiconWordIds !== undefined).toBe(parity.lexicon_word_ids !== undefined)
    if (tokens.lexiconWordIds) {
      const rows = Array.from({ length: units.length }, (_, i) => Array.from(tokens.lexiconWordIds!.subarray(3 * i, 3 * i + 3), Number))
      expect(rows).toEqual(parity.lexicon_word_ids)
    }
    const entities = units.length === 0 ? [] : await model.analyzeWindow(parity.text, { units, ownFrom: 0, ownTo: units.length })
    expect(entities.map(({ start, end, type, text }) => ({ start, end, type, text })))
      .toEqual(parity.entities.map(({ start, end, type, text }) => ({ start, end, type, text })))
    // Scores drifting by 1e-3..3e-2 mean a model quantized in a way native x86 onnxruntime and WASM
    // compute differently (signed INT8 weights, a quantized LSTM): src/engine/README.md, "Parity with the pipeline".
    entities.forEach((e, i) => expect(Math.abs(e.score - parity.entities[i]!.score), `score of ${e.text}`).toBeLessThan(1e-3))
  })
})
