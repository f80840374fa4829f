import { describe, expect, it } from 'vitest'
import { chooseLanes, readAppParams } from '../../../src/app/params'
import { chooseThreads } from '../../../src/engine'
import { formatBytes, formatMilliseconds, formatPercent } from '../../../src/app/format'

const DEFAULT = 'models/shiti-news-v1/'

describe('readAppParams', () => {
  it('resolves the default model folder against the page (GitHub Pages sub-path)', () => {
    const params = readAppParams('https://me.github.io/shiti/', DEFAULT)
    expect(params.modelUrl).toBe('https://me.github.io/shiti/models/shiti-news-v1/')
    expect(params.idleTimeoutMs).toBeUndefined()
    expect(params.warnings).toEqual([])
  })

  it('accepts a same-origin model folder and a short idle timeout', () => {
    const params = readAppParams('http://127.0.0.1:4000/?model=/__fixtures__/tiny&idle=2000&threads=2', DEFAULT)
    expect(params.modelUrl).toBe('http://127.0.0.1:4000/__fixtures__/tiny/')
    expect(params.idleTimeoutMs).toBe(2000)
    expect(params.threads).toBe(2)
  })

  it('reads ?lanes= within 1..4 and warns otherwise', () => {
    expect(readAppParams('http://127.0.0.1:4000/?lanes=2', DEFAULT).lanes).toBe(2)
    const bad = readAppParams('http://127.0.0.1:4000/?lanes=9', DEFAULT)
    expect(bad.lanes).toBeUndefined()
    expect(bad.warnings).toEqual(['Ignoring ?lanes=9: expected 1..4.'])
  })

  it('refuses a model on another origin, and bad numbers, with a warning', () => {
    for (const evil of ['https://evil.example/m/', '//evil.example/m/', 'javascript:alert(1)', 'data:text/plain,x']) {
      const params = readAppParams(`https://me.github.io/shiti/?model=${encodeURIComponent(evil)}&idle=-5`, DEFAULT)
      expect(params.modelUrl).toBe('https://me.github.io/shiti/models/shiti-news-v1/')
      expect(params.idleTimeoutMs).toBeUndefined()
      expect(params.warnings).toHaveLength(2)
    }
  })
})

describe('sameOriginFolder', () => {
  it('takes folders under the site\'s own path only: another project on the same github.io origin is refused', () => {
    const page = 'https://me.github.io/shiti/?model=x'
    expect(readAppParams('https://me.github.io/shiti/?model=/shiti/models/mine', DEFAULT, '/shiti/').modelUrl).toBe('https://me.github.io/shiti/models/mine/')
    expect(readAppParams('https://me.github.io/shiti/?model=models/mine/', DEFAULT, '/shiti/').modelUrl).toBe('https://me.github.io/shiti/models/mine/')
    expect(readAppParams('https://me.github.io/shiti/?model=/shiti', DEFAULT, '/shiti/').modelUrl).toBe('https://me.github.io/shiti/')
    for (const other of ['/other-project/models/x/', '/shiti-evil/models/', '../other/m/', '/shiti/../other/']) {
      const params = readAppParams(`${page.split('?')[0]}?model=${encodeURIComponent(other)}`, DEFAULT, '/shiti/')
      expect(params.modelUrl, other).toBe('https://me.github.io/shiti/models/shiti-news-v1/')
      expect(params.warnings, other).toHaveLength(1)
    }
  })

  it('refuses an encoded slash, backslash or dot in the folder, in any case, since a server may decode it into another project', () => {
    const page = 'https://me.github.io/shiti/'
    for (const evil of ['/shiti/..%2fevil/', '/shiti/..%2Fevil/', '/shiti/..%5cevil/', '/shiti/..%5Cevil/', '/shiti/%2e./evil/',
      '/shiti/models/%2E%2E%2f%2e%2e%2fevil/', '/shiti/..%252fevil/', '/shiti/models%2fx/']) {
      const params = readAppParams(`${page}?model=${encodeURIComponent(evil)}`, DEFAULT, '/shiti/')
      expect(params.modelUrl, evil).toBe('https://me.github.io/shiti/models/shiti-news-v1/')
      expect(params.warnings, evil).toHaveLength(1)
    }
    // Plain folders, dots inside names included, still work.
    expect(readAppParams(`${page}?model=/shiti/models/news.v2/`, DEFAULT, '/shiti/').modelUrl).toBe('https://me.github.io/shiti/models/news.v2/')
  })
})

describe('chooseLanes', () => {
  it('leaves a core for the page beside the first worker\'s threads, at most 4 workers', () => {
    expect(chooseLanes(2, 1)).toBe(1)
    expect(chooseLanes(4, 1)).toBe(3)
    expect(chooseLanes(4, 2)).toBe(2)
    expect(chooseLanes(16, 4)).toBe(4)
    expect(chooseLanes(1, 1)).toBe(1)
    expect(chooseLanes(2, 1, 3)).toBe(3)
  })
})

describe('chooseThreads', () => {
  it('uses one thread without cross-origin isolation, whatever was asked', () => {
    expect(chooseThreads(false, 8, 4)).toBe(1)
  })
  it('uses half the cores, at most 4, when isolated; ?threads= overrides', () => {
    expect(chooseThreads(true, 8)).toBe(4)
    expect(chooseThreads(true, 4)).toBe(2)
    expect(chooseThreads(true, 2)).toBe(1)
    expect(chooseThreads(true, 1)).toBe(1)
    expect(chooseThreads(true, 2, 2)).toBe(2)
  })
})

describe('format', () => {
  it('formats sizes, percentages and durations', () => {
    // Decimal units, as the README gives the model's size: 11,788,453 bytes are 11.8 MB (the tab said 11).
    expect(formatBytes(11_788_453)).toBe('11.8 MB')
    expect(formatBytes(25_000_000)).toBe('25 MB')
    expect(formatBytes(351_000_000)).toBe('351 MB')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(2_450)).toBe('2.5 KB')
    expect(formatBytes(999)).toBe('999 B')
    expect(formatPercent(1, 3)).toBe('33%')
    expect(formatPercent(5, 0)).toBe('0%')
    expect(formatMilliseconds(12.4, 'en')).toBe('12 ms')
    expect(formatMilliseconds(1234, 'en')).toBe('1.23 s')
    // Chinese says its own units (native-speaker review: 「用时 63 ms」), in both scripts.
    expect(formatMilliseconds(12.4, 'zh')).toBe('12 毫秒')
    expect(formatMilliseconds(12_345, 'zh-Hant')).toBe('12.3 秒')
  })
})

import { overallF1, thresholdQuality, typeF1 } from '../../../src/app/modelInfo'

describe('model metrics', () => {
  it('reads the overall and per-type dev F1 from the manifest metrics', () => {
    const metrics = { dev: { overall: { p: 0.9, r: 0.8, f1: 0.85 }, PER: { f1: 0.9 }, LOC: { f1: 'x' } } }
    expect(overallF1(metrics)).toBe(0.85)
    expect(typeF1(metrics, ['PER', 'LOC', 'ORG'])).toEqual({ PER: 0.9 })
  })
  it('prefers the exported INT8 model\'s dev scores, the file the page runs, over training-time FP32', () => {
    const metrics = {
      dev: { overall: { f1: 0.8886 }, PER: { f1: 0.92 } },
      dev_int8_onnx: { overall: { f1: 0.8876 }, PER: { f1: 0.9214 }, ORG: { f1: 0.8558 } },
    }
    expect(overallF1(metrics)).toBe(0.8876)
    expect(typeF1(metrics, ['PER', 'LOC', 'ORG'])).toEqual({ PER: 0.9214, ORG: 0.8558 })
  })
  it('copes with a manifest without metrics', () => {
    expect(overallF1(undefined)).toBeNull()
    expect(overallF1({ dev: null })).toBeNull()
    expect(typeF1(null, ['PER'])).toEqual({})
    expect(thresholdQuality(undefined, 0.3)).toBeNull()
    expect(thresholdQuality({ dev_thresholds: 'x' }, 0.3)).toBeNull()
  })
  it('tells what the confidence slider trades: dev precision and recall at the highest step not above it', () => {
    const metrics = { dev_thresholds: [
      { min_score: 0, p: 0.91, r: 0.86 }, { min_score: 0.3, p: 0.915, r: 0.864 }, { min_score: 0.35, p: 'x', r: 0.8 },
      { min_score: 0.9, p: 0.974, r: 0.75 },
    ] }
    // 0.7 - 0.4 is 0.29999999999999993, 0.05 * 6 is 0.30000000000000004: both are the slider's 0.30.
    expect(thresholdQuality(metrics, 0.7 - 0.4)).toEqual({ precision: 0.915, recall: 0.864 })
    expect(thresholdQuality(metrics, 0.05 * 6)).toEqual({ precision: 0.915, recall: 0.864 })
    expect(thresholdQuality(metrics, 0.9)).toEqual({ precision: 0.974, recall: 0.75 })
    // No step there (or a broken one): nothing to say rather than a neighbour's figures.
    expect(thresholdQuality(metrics, 0.35)).toBeNull()
    expect(thresholdQuality(metrics, 0.95)).toBeNull()
    expect(thresholdQuality(metrics, 1)).toBeNull()
  })
})
