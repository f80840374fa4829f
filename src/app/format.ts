// Human-readable numbers for the status line and the model manager.
import type { LoadProgress } from '../engine'

const MB = 1024 * 1024

function formatMegabytes(bytes: number): string {
  const mb = bytes / MB
  return `${mb < 10 ? mb.toFixed(1) : mb.toFixed(0)} MB`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < MB) return `${(bytes / 1024).toFixed(0)} KB`
  return formatMegabytes(bytes)
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
