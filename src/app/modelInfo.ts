// Reading display facts out of the model manifest's free-form `metrics` (see docs/model-contract.md).

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/** Overall dev-set F1 (0..1), or null when the manifest does not report it. */
export function overallF1(metrics: unknown): number | null {
  const f1 = field(field(field(metrics, 'dev'), 'overall'), 'f1')
  return typeof f1 === 'number' && Number.isFinite(f1) ? f1 : null
}

/** Per-type dev-set F1, for the types that report one. */
export function typeF1(metrics: unknown, types: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const type of types) {
    const f1 = field(field(field(metrics, 'dev'), type), 'f1')
    if (typeof f1 === 'number' && Number.isFinite(f1)) out[type] = f1
  }
  return out
}
