// Human-readable numbers for the status line and the model manager.
import type { LoadProgress } from '../engine'

// Decimal units, as the README, the model card and the operating systems' file managers count them: the
// Model tab said 11 MB (mebibytes, rounded down) for the 11.79 MB the README gives (docs QA).
const KB = 1000
const MB = 1000 * KB

/** One decimal below 100, none above; a whole number without its ".0" (25 MB, not 25.0 MB). */
function withUnit(value: number, unit: string): string {
  return `${value < 100 ? String(Number(value.toFixed(1))) : value.toFixed(0)} ${unit}`
}

export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`
  if (bytes < MB) return withUnit(bytes / KB, 'KB')
  return withUnit(bytes / MB, 'MB')
}

export function formatPercent(done: number, total: number): string {
  if (total <= 0) return '0%'
  return `${Math.min(100, Math.floor((done / total) * 100))}%`
}

/** A duration with its units in the page's language (`locale`: vue-i18n's): 毫秒 and 秒 in Chinese, where
 *  「用时 63 ms」 read as a foreign word in a Chinese sentence (native-speaker review), ms and s otherwise. */
export function formatMilliseconds(ms: number, locale: string): string {
  const [milliseconds, seconds] = locale.startsWith('zh') ? ['毫秒', '秒'] : ['ms', 's']
  return ms < 1000 ? `${Math.round(ms)} ${milliseconds}` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} ${seconds}`
}

/** Bytes of a model load done and in all: over the whole model where the loader knows it (what the Model
 *  tab says the model takes), else of the file being read. */
export function loadBytes(p: LoadProgress): { loaded: number; total: number } {
  return { loaded: p.overallLoaded ?? p.loaded, total: p.overallTotal ?? p.total }
}
