// Exact-span precision / recall / F1, per type and overall.
export interface Span { start: number; end: number; type: string }

export interface Counts { tp: number; fp: number; fn: number }

export class SpanScorer {
  readonly byType = new Map<string, Counts>()

  add(gold: readonly Span[], predicted: readonly Span[]): void {
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`
    const goldKeys = new Set(gold.map(key))
    const predictedKeys = new Set(predicted.map(key))
    for (const s of predicted) this.counts(s.type)[goldKeys.has(key(s)) ? 'tp' : 'fp']++
    for (const s of gold) if (!predictedKeys.has(key(s))) this.counts(s.type).fn++
  }

  overall(): Counts {
    const total = { tp: 0, fp: 0, fn: 0 }
    for (const c of this.byType.values()) {
      total.tp += c.tp
      total.fp += c.fp
      total.fn += c.fn
    }
    return total
  }

  private counts(type: string): Counts {
    let c = this.byType.get(type)
    if (!c) this.byType.set(type, (c = { tp: 0, fp: 0, fn: 0 }))
    return c
  }
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp)
  const r = tp + fn === 0 ? 0 : tp / (tp + fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
