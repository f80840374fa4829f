// Reading display facts out of the model manifest's free-form `metrics` (see docs/model-contract.md).

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/** The dev scores of the file this page runs: the exported INT8 model's (`dev_int8_onnx`) when the
 *  manifest has them, else `dev` (training-time FP32), which can differ from the shipped file's by a
 *  tenth of a point either way. */
function devScores(metrics: unknown): unknown {
  return field(metrics, 'dev_int8_onnx') ?? field(metrics, 'dev')
}

function f1Of(scores: unknown, key: string): number | null {
  const f1 = field(field(scores, key), 'f1')
  return typeof f1 === 'number' && Number.isFinite(f1) ? f1 : null
}

/** Overall dev-set F1 (0..1), or null when the manifest does not report it. */
export function overallF1(metrics: unknown): number | null {
  return f1Of(devScores(metrics), 'overall')
}

/** Per-type dev-set F1, for the types that report one. */
export function typeF1(metrics: unknown, types: readonly string[]): Record<string, number> {
  const scores = devScores(metrics)
  const out: Record<string, number> = {}
  for (const type of types) {
    const f1 = f1Of(scores, type)
    if (f1 !== null) out[type] = f1
  }
  return out
}

export interface ThresholdQuality {
  /** Of the names scoring at least the threshold, the share that is right (dev set). */
  precision: number
  /** Of all the dev set's names, the share found at this threshold. */
  recall: number
}

/**
 * What the confidence slider trades, measured on the model's dev set (`metrics.dev_thresholds`, written by
 * the pipeline at the slider's steps, 0 to 0.95 by 0.05): precision and recall at `minScore`, or null where
 * the manifest has no step there (1.00, which the scores of the dev set never reach).
 */
export function thresholdQuality(metrics: unknown, minScore: number): ThresholdQuality | null {
  const steps = field(metrics, 'dev_thresholds')
  if (!Array.isArray(steps)) return null
  for (const step of steps) {
    const at = field(step, 'min_score')
    const precision = field(step, 'p')
    const recall = field(step, 'r')
    if (typeof at !== 'number' || typeof precision !== 'number' || typeof recall !== 'number') continue
    if (Math.abs(at - minScore) < 1e-6) return { precision, recall }
  }
  return null
}
