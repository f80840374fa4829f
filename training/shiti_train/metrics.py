"""Entity-level precision/recall/F1 by exact span match, per type and overall (as seqeval computes it)."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import numpy as np

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


def paired_bootstrap(gold, pred_a, pred_b, samples=2000, seed=13) -> dict:
    """How sure is "B beats A"? Resamples the sentences with replacement and recomputes both overall F1s on
    each sample: the spread of F1(B) - F1(A) says what a difference on this dev set is worth."""
    def counts(pred):  # per sentence: true positives, predicted, gold
        return np.array([(len(set(map(tuple, g)) & set(map(tuple, p))), len(set(map(tuple, p))), len(set(map(tuple, g))))
                         for g, p in zip(gold, pred)], dtype=np.int64)

    def f1(c):
        return 2 * c[..., 0] / np.maximum(c[..., 1] + c[..., 2], 1)

    a, b = counts(pred_a), counts(pred_b)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(a), size=(samples, len(a)))
    diff = f1(b[idx].sum(1)) - f1(a[idx].sum(1))
    lo, hi = np.quantile(diff, [0.025, 0.975])
    return {"f1_a": round(float(f1(a.sum(0))), 4), "f1_b": round(float(f1(b.sum(0))), 4),
            "diff": round(float(f1(b.sum(0)) - f1(a.sum(0))), 4), "ci95": [round(float(lo), 4), round(float(hi), 4)],
            "p_b_not_better": round(float((diff <= 0).mean()), 4), "samples": samples}


def recall_by_novelty(gold, pred, seen: set[tuple[str, str]], texts) -> dict:
    """Recall on the gold entities whose (text, type) occurs in training vs. those that never do: the
    second is what a name-memorizing model cannot do."""
    hit, total = Counter(), Counter()
    for g, p, text in zip(gold, pred, texts):
        p = set(map(tuple, p))
        for s, e, t in g:
            key = "seen" if ("".join(text[s:e]), t) in seen else "unseen"
            total[key] += 1
            hit[key] += (s, e, t) in p
    return {k: {"recall": round(hit[k] / total[k], 4), "support": total[k]} for k in sorted(total)}
