import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { splitIntoBlocks } from '../../../src/app/blocks'
import { analyzeBlocks, batchKeys, BATCHES_PER_WORKER, BlockResultCache, documentEntities, pendingKeys, type AnalyzeTexts } from '../../../src/app/blockAnalysis'

// A dictionary tagger standing in for the model: these tests are about caching and offsets, and a
// deterministic tagger makes every expected offset computable from the text itself.
const DICTIONARY: Record<string, string> = { 北京: 'LOC', 习近平: 'PER', 新华社: 'ORG' }

function tagWithDictionary(text: string): Entity[] {
  const found: Entity[] = []
  for (const [word, type] of Object.entries(DICTIONARY)) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      found.push({ start: i, end: i + word.length, type, text: word, score: 0.9 })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Records each engine call as the list of texts it got; streams one progress event per text. */
function dictionaryAnalyzer(calls: string[][]): AnalyzeTexts {
  return async (texts, { signal, onProgress }) => {
    signal.throwIfAborted()
    calls.push([...texts])
    let charsDone = 0
    return texts.map((text, textIndex) => {
      signal.throwIfAborted()
      const found = tagWithDictionary(text)
      charsDone += text.length
      onProgress({ textIndex, charsDone, entities: found })
      return found
    })
  }
}

describe('analyzeBlocks', () => {
  it('reports entities with offsets into the whole document', async () => {
    const doc = '新华社电\n\n习近平抵达北京。'
    const blocks = splitIntoBlocks(doc)
    const cache = new BlockResultCache()
    await analyzeBlocks(blocks, cache, dictionaryAnalyzer([]), { signal: new AbortController().signal })
    const entities = documentEntities(blocks, (key) => cache.get(key))
    expect(entities.map((e) => [e.type, doc.slice(e.start, e.end)])).toEqual([
      ['ORG', '新华社'],
      ['PER', '习近平'],
      ['LOC', '北京'],
    ])
  })

  it('re-runs only the paragraph that changed', async () => {
    const calls: string[][] = []
    const analyze = dictionaryAnalyzer(calls)
    const cache = new BlockResultCache()
    const before = '第一段：新华社。\n第二段：北京。\n第三段：习近平。'
    await analyzeBlocks(splitIntoBlocks(before), cache, analyze, { signal: new AbortController().signal })
    // Short paragraphs go to the engine in one call, each as its own text.
    expect(calls).toEqual([['第一段：新华社。', '第二段：北京。', '第三段：习近平。']])

    const after = before.replace('第二段：北京。', '第二段：北京和上海。')
    calls.length = 0
    const blocks = splitIntoBlocks(after)
    await analyzeBlocks(blocks, cache, analyze, { signal: new AbortController().signal })
    expect(calls).toEqual([['第二段：北京和上海。']])
    const third = documentEntities(blocks, (key) => cache.get(key)).find((e) => e.type === 'PER')!
    expect(after.slice(third.start, third.end)).toBe('习近平')
  })

  it('analyses a repeated paragraph once', async () => {
    const calls: string[][] = []
    const blocks = splitIntoBlocks('北京\n北京\n北京')
    await analyzeBlocks(blocks, new BlockResultCache(), dictionaryAnalyzer(calls), { signal: new AbortController().signal })
    expect(calls).toEqual([['北京']])
  })

  it('keeps finished blocks when cancelled and resumes with the rest', async () => {
    const calls: string[][] = []
    const controller = new AbortController()
    const cache = new BlockResultCache()
    const blocks = splitIntoBlocks('甲北京\n乙北京\n丙北京')
    const run = analyzeBlocks(blocks, cache, dictionaryAnalyzer(calls), {
      signal: controller.signal,
      onBlockDone: () => controller.abort(),
      maxBatchChars: 3, // one paragraph per engine call
    })
    await expect(run).rejects.toThrow()
    expect(cache.size).toBe(1)
    expect(pendingKeys(blocks, cache)).toEqual(['乙北京', '丙北京'])
  })

  it('reports monotonic progress that ends at the total', async () => {
    const seen: number[] = []
    const blocks = splitIntoBlocks('北京北京\n新华社')
    await analyzeBlocks(blocks, new BlockResultCache(), dictionaryAnalyzer([]), {
      signal: new AbortController().signal,
      onProgress: (p) => {
        seen.push(p.charsDone)
        expect(p.charsTotal).toBe(7) // 4 + 3 characters: the paragraphs go to the engine as separate texts
      },
    })
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(7)
  })
})

describe('batching', () => {
  it('packs consecutive paragraphs up to the limit; an over-long one goes alone', () => {
    expect(batchKeys(['aa', 'bb', 'cc', 'dddddd', 'e'], 5)).toEqual([['aa', 'bb'], ['cc'], ['dddddd'], ['e']])
    expect(batchKeys(['aa', 'bbb', 'c'], 5)).toEqual([['aa', 'bbb'], ['c']])
  })

  it('gives every paragraph of a batch its own entities, offsets relative to the paragraph', async () => {
    const doc = '新华社\n\n北京北京\n习近平'
    const blocks = splitIntoBlocks(doc)
    const cache = new BlockResultCache()
    await analyzeBlocks(blocks, cache, dictionaryAnalyzer([]), { signal: new AbortController().signal })
    expect(cache.get('北京北京')).toEqual([
      { start: 0, end: 2, type: 'LOC', text: '北京', score: 0.9 },
      { start: 2, end: 4, type: 'LOC', text: '北京', score: 0.9 },
    ])
    expect(cache.get('习近平')).toEqual([{ start: 0, end: 3, type: 'PER', text: '习近平', score: 0.9 }])
  })

  it('hands the engine each paragraph as its own text, so neighbours cannot change its entities', async () => {
    const calls: string[][] = []
    const cache = new BlockResultCache()
    await analyzeBlocks(splitIntoBlocks('甲北\n京乙'), cache, dictionaryAnalyzer(calls), { signal: new AbortController().signal })
    expect(calls).toEqual([['甲北', '京乙']])
    expect(cache.get('甲北')).toEqual([]) // 北 + 京 across the line break is not 北京
    expect(cache.get('京乙')).toEqual([])
  })

  it('caches paragraphs as the engine streams past them', async () => {
    const cachedDuringRun: number[] = []
    const cache = new BlockResultCache()
    const streaming: AnalyzeTexts = async (texts, { onProgress }) => {
      onProgress({ textIndex: 0, charsDone: texts[0]!.length, entities: [] })
      cachedDuringRun.push(cache.size)
      onProgress({ textIndex: 1, charsDone: texts[0]!.length + texts[1]!.length, entities: [] })
      return texts.map(() => [])
    }
    await analyzeBlocks(splitIntoBlocks('第一段\n第二段'), cache, streaming, { signal: new AbortController().signal })
    expect(cachedDuringRun).toEqual([1])
    expect(cache.size).toBe(2)
  })
})

describe('keeping the worker busy', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `第${i}段：习近平在北京会见新华社记者。`)

  it('hands a worker its next batch before the one it runs has come back, two at most', async () => {
    // One batch at a time, the worker waited at each batch's end for its result to reach the page and the next
    // batch to come back, through a main thread busy showing results (QA: idle 8.7 s of a 30 s analysis).
    let outstanding = 0
    const most: number[] = []
    const inner = dictionaryAnalyzer([])
    const worker: AnalyzeTexts = async (texts, opts) => {
      most.push(++outstanding)
      await new Promise((resolve) => setTimeout(resolve, 2))
      try {
        return await inner(texts, opts)
      } finally {
        outstanding--
      }
    }
    const blocks = splitIntoBlocks(paragraphs.join('\n'))
    const cache = new BlockResultCache()
    const seen: number[] = []
    await analyzeBlocks(blocks, cache, worker, { signal: new AbortController().signal, maxBatchChars: 40, onProgress: (p) => seen.push(p.charsDone) })
    expect(Math.max(...most)).toBe(BATCHES_PER_WORKER)
    expect(BATCHES_PER_WORKER).toBe(2)
    expect(pendingKeys(blocks, cache)).toEqual([])
    const alone = new BlockResultCache()
    await analyzeBlocks(blocks, alone, dictionaryAnalyzer([]), { signal: new AbortController().signal })
    expect(documentEntities(blocks, (k) => cache.get(k))).toEqual(documentEntities(blocks, (k) => alone.get(k)))
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(paragraphs.join('').length)
  })

  it('a failing batch stops the other one its worker holds, and the run fails with its error', async () => {
    const stopped: string[] = []
    const worker: AnalyzeTexts = (texts, { signal }) => new Promise((_, reject) => {
      if (texts[0] === paragraphs[0]) setTimeout(() => reject(new Error('model failed')), 2)
      signal.addEventListener('abort', () => {
        stopped.push(texts[0]!)
        reject(signal.reason)
      })
    })
    const run = analyzeBlocks(splitIntoBlocks(paragraphs.join('\n')), new BlockResultCache(), worker, { signal: new AbortController().signal, maxBatchChars: 40 })
    await expect(run).rejects.toThrow('model failed')
    expect(stopped).toContain(paragraphs[2]) // the second batch (two paragraphs to a batch) was stopped
    expect(stopped).not.toContain(paragraphs[4]) // and no third one started
  })

  it('a failed helper gives back the blocks of both its batches', async () => {
    const own: string[][] = []
    const cache = new BlockResultCache()
    const blocks = splitIntoBlocks(paragraphs.join('\n'))
    const broken: AnalyzeTexts = (_texts, { signal }) => new Promise((_, reject) => {
      setTimeout(() => reject(Object.assign(new Error('The NER worker crashed'), { code: 'WORKER_CRASHED' })), 1)
      signal.addEventListener('abort', () => reject(signal.reason))
    })
    const slowOwn = dictionaryAnalyzer(own)
    await analyzeBlocks(blocks, cache, async (texts, opts) => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      return slowOwn(texts, opts)
    }, { signal: new AbortController().signal, maxBatchChars: 40, helpers: () => [broken] })
    expect(own.flat().sort()).toEqual([...paragraphs].sort())
    expect(pendingKeys(blocks, cache)).toEqual([])
  })
})

describe('BlockResultCache', () => {
  it('evicts the least recently used entry; a lookup does not count as a use, a touch does', () => {
    const cache = new BlockResultCache(2)
    cache.set('a', [])
    cache.set('b', [])
    cache.get('a') // the view's lookups, many per second: no reordering
    cache.set('c', [])
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([false, true, true])
    expect(cache.touch('b')).toBe(true)
    expect(cache.touch('a')).toBe(false)
    cache.set('d', [])
    expect([cache.has('b'), cache.has('c'), cache.has('d')]).toEqual([true, false, true])
  })

  it('is bounded by the characters it holds, and gives them back when the document shrinks', () => {
    // By entries it held 20,000 paragraphs of any length for ever: 27 MB after 60 texts of 20,000 characters (QA).
    const cache = new BlockResultCache(100)
    const paragraph = (i: number) => `第${i}段`.padEnd(49, '字') + '。'
    for (let i = 0; i < 10; i++) cache.set(paragraph(i), [])
    expect(cache.heldChars).toBe(100)
    expect([cache.has(paragraph(7)), cache.has(paragraph(8)), cache.has(paragraph(9))]).toEqual([false, true, true])
    // A document of 500 characters: room for it twice over.
    const big = splitIntoBlocks(Array.from({ length: 10 }, (_, i) => paragraph(i)).join('\n'))
    for (const key of pendingKeys(big, cache)) cache.set(key, [])
    expect(cache.size).toBe(10)
    expect(pendingKeys(big, cache)).toEqual([])
    // The editor emptied: down to the floor, the most recently used kept.
    pendingKeys([], cache)
    expect(cache.heldChars).toBe(100)
    expect(cache.has(paragraph(9))).toBe(true)
  })

  it('holds every paragraph of a document larger than its size, and keeps them over older versions', () => {
    // A document of more distinct paragraphs than the cache held analysed its first ones again at every run.
    const cache = new BlockResultCache(3)
    const blocks = splitIntoBlocks(Array.from({ length: 10 }, (_, i) => `第${i}段。`).join('\n'))
    for (const key of pendingKeys(blocks, cache)) cache.set(key, [])
    expect(pendingKeys(blocks, cache)).toEqual([])
    // An edit: the new version of paragraph 0 comes in, the old one may go, the others stay.
    const edited = splitIntoBlocks(['第0段改。', ...Array.from({ length: 9 }, (_, i) => `第${i + 1}段。`)].join('\n'))
    expect(pendingKeys(edited, cache)).toEqual(['第0段改。'])
    cache.set('第0段改。', [])
    expect(pendingKeys(edited, cache)).toEqual([])
  })
})

describe('several workers (helpers)', () => {
  /** The dictionary tagger as a worker that answers after a tick, so that lanes really overlap. */
  function slowAnalyzer(calls: string[][]): AnalyzeTexts {
    const inner = dictionaryAnalyzer(calls)
    return async (texts, opts) => {
      await new Promise((resolve) => setTimeout(resolve, 2))
      return inner(texts, opts)
    }
  }
  const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i}段：习近平在北京会见新华社记者。`)
  const doc = paragraphs.join('\n')

  it('shares the batches in document order and finds what one worker finds, with monotonic progress', async () => {
    const alone = new BlockResultCache()
    const blocks = splitIntoBlocks(doc)
    await analyzeBlocks(blocks, alone, dictionaryAnalyzer([]), { signal: new AbortController().signal, maxBatchChars: 40 })

    const own: string[][] = []
    const helper: string[][] = []
    const shared = new BlockResultCache()
    const seen: number[] = []
    const totals: number[] = []
    await analyzeBlocks(blocks, shared, slowAnalyzer(own), {
      signal: new AbortController().signal,
      maxBatchChars: 40,
      helpers: (chars) => (totals.push(chars), [slowAnalyzer(helper)]),
      onProgress: (p) => seen.push(p.charsDone),
    })
    expect(totals).toEqual([doc.length - 11]) // the line breaks go to no worker
    expect(own.length).toBeGreaterThan(0)
    expect(helper.length).toBeGreaterThan(0)
    expect([...own, ...helper].flat().sort()).toEqual([...paragraphs].sort())
    expect(documentEntities(blocks, (k) => shared.get(k))).toEqual(documentEntities(blocks, (k) => alone.get(k)))
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(totals[0])
  })

  it('gives a failed helper\'s blocks to the page\'s worker, and the run succeeds', async () => {
    const own: string[][] = []
    const cache = new BlockResultCache()
    const blocks = splitIntoBlocks(doc)
    const broken: AnalyzeTexts = async (_texts, { onProgress }) => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      onProgress({ textIndex: 0, charsDone: 3, entities: [] }) // part of the first block, then a crash
      throw Object.assign(new Error('The NER worker crashed'), { code: 'WORKER_CRASHED' })
    }
    await analyzeBlocks(blocks, cache, slowAnalyzer(own), { signal: new AbortController().signal, maxBatchChars: 40, helpers: () => [broken] })
    expect(own.flat().sort()).toEqual([...paragraphs].sort())
    expect(pendingKeys(blocks, cache)).toEqual([])
  })

  it('fails when the page\'s worker fails, and stops the helpers', async () => {
    let helperStopped = false
    const failing: AnalyzeTexts = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      throw new Error('model failed')
    }
    const waiting: AnalyzeTexts = (_texts, { signal }) => new Promise((_, reject) => {
      signal.addEventListener('abort', () => {
        helperStopped = true
        reject(signal.reason)
      })
    })
    const run = analyzeBlocks(splitIntoBlocks(doc), new BlockResultCache(), failing, {
      signal: new AbortController().signal,
      maxBatchChars: 40,
      helpers: () => [waiting],
    })
    await expect(run).rejects.toThrow('model failed')
    expect(helperStopped).toBe(true)
  })

  it('cancelling stops every worker and keeps what they finished', async () => {
    const controller = new AbortController()
    const cache = new BlockResultCache()
    const blocks = splitIntoBlocks(doc)
    let done = 0
    const run = analyzeBlocks(blocks, cache, slowAnalyzer([]), {
      signal: controller.signal,
      maxBatchChars: 40,
      helpers: () => [slowAnalyzer([])],
      onBlockDone: () => {
        if (++done === 3) controller.abort()
      },
    })
    await expect(run).rejects.toThrow()
    expect(cache.size).toBeGreaterThanOrEqual(3)
    expect(cache.size).toBeLessThan(paragraphs.length)
    expect(pendingKeys(blocks, cache)).toHaveLength(paragraphs.length - cache.size)
  })
})
