"""Entity-level precision/recall/F1 by exact span match, per type and overall (as seqeval computes it)."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

Span = tuple[int, int, str]


def span_prf(gold: Iterable[Iterable[Span]], pred: Iterable[Iterable[Span]]) -> dict:
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        g, p = set(map(tuple, g)), set(map(tuple, p))
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    out = {}
    for t in sorted(set(n_gold) | set(n_pred)):
        out[t] = _prf(tp[t], n_pred[t], n_gold[t])
    out["overall"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def _prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "support": n_gold}


def format_table(m: dict) -> str:
    lines = [f"{'type':<8} {'P':>7} {'R':>7} {'F1':>7} {'support':>8}"]
    for t, v in m.items():
        if t != "overall":
            lines.append(f"{t:<8} {v['p']:>7.4f} {v['r']:>7.4f} {v['f1']:>7.4f} {v['support']:>8}")
    o = m["overall"]
    lines.append(f"overall P={o['p']:.4f} R={o['r']:.4f} F1={o['f1']:.4f}")
    return "\n".join(lines)
