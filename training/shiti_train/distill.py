"""Knowledge distillation, teacher side: the averaged CRF tag marginals of one or more trained runs (an
ensemble) for every training sentence of a config, and for unlabelled transfer sentences from the raw corpus.
A student trained with `"distill": {"targets": <this file>, "weight": w}` in its config learns from them
(train.soft_cross_entropy) besides the gold tags, and from the transfer sentences, which have no gold tags.

Usage: python -m shiti_train.distill --config configs/news-v3-distill.json --data ../shared/data \
           --teachers RUN_A RUN_B ... --out training/.work/distill/NAME.npz [--transfer-lines 447953:466108[,A:B...]]
The output holds corpus text (the transfer sentences): it lives under training/.work/ and is never committed.
"""
from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from pathlib import Path

import numpy as np

from . import summary
from .decode import marginals, viterbi
from .export import run_outputs
from .metrics import span_prf
from .pseudo import RMRB_BLOCK, parse_blocks, raw_sentences
from .tags import allowed_transitions, tags_to_spans_strict
from .config import load_config_or_exit
from .train import load_data, normalized_record


def _one_teacher(run: Path, sentences: list[list[str]], temperature: float = 1.0) -> tuple[list[str], list[np.ndarray]]:
    """Marginals of the CRF whose scores (emissions, transitions, start, end) are divided by temperature:
    above 1 they are softer, showing the student which wrong tags the teacher found close."""
    bundle, crf, emissions = run_outputs(run, sentences)
    crf = tuple(t / temperature for t in crf)
    return bundle["labels"], [marginals(e / temperature, *crf) for e in emissions]


def teacher_marginals(teachers: list[Path], sentences: list[list[str]], workers: int = 1,
                      temperature: float = 1.0) -> tuple[list[str], list[np.ndarray]]:
    """-> (labels, per sentence the mean over teachers of P(tag) [n, labels]). With workers > 1 each
    teacher's sentences are split across processes: one thread each, so 2 workers use both cores."""
    labels, total = None, None
    chunk = -(-len(sentences) // workers) if sentences else 1
    parts = [sentences[i:i + chunk] for i in range(0, len(sentences), chunk)] or [[]]
    with ProcessPoolExecutor(workers) if workers > 1 else nullcontext() as pool:
        run_parts = pool.map if pool else map
        for run in teachers:
            results = list(run_parts(_one_teacher, [run] * len(parts), parts, [temperature] * len(parts)))
            run_labels, probs = results[0][0], [p for _, part_probs in results for p in part_probs]
            if labels is not None and run_labels != labels:
                raise ValueError(f"{run}: labels {run_labels} differ from the other teachers' {labels}")
            labels = run_labels
            total = probs if total is None else [a + b for a, b in zip(total, probs)]
    return labels, [(p / len(teachers)).astype(np.float32) for p in total]


def decode_marginals(probs: np.ndarray, labels: list[str]):
    """Spans of the best legal BIOES path through averaged marginals (how an ensemble is scored on dev)."""
    allowed, start, end = (np.where(m.numpy(), 0.0, -1e4) for m in allowed_transitions(labels))
    return tags_to_spans_strict(viterbi(np.log(np.maximum(probs, 1e-9)), allowed, start, end), labels)


def write_targets(cfg: dict, data_root: Path, teachers: list[Path], transfer: list[str], out: Path,
                  workers: int = 1, temperature: float = 1.0) -> dict:
    train_recs, dev_recs = load_data(cfg, data_root)
    dev = [normalized_record(r) for r in dev_recs]
    train_chars = [normalized_record(r)[0] for r in train_recs]
    # One pass per teacher over dev, training and transfer sentences: each teacher is loaded once.
    labels, probs = teacher_marginals(teachers, [c for c, _ in dev] + train_chars + [list(t) for t in transfer],
                                      workers, temperature)
    dev_probs, train_probs = probs[:len(dev)], probs[len(dev):len(dev) + len(train_chars)]
    transfer_probs = probs[len(dev) + len(train_chars):]
    report = {"teachers": [str(t) for t in teachers], "temperature": temperature,
              "teacher_dev": span_prf([s for _, s in dev], [decode_marginals(p, labels) for p in dev_probs])["overall"]}
    out.parent.mkdir(parents=True, exist_ok=True)
    def stack(probs):  # all sentences' rows in one array; float16: 2 bytes per label per character
        return np.concatenate(probs).astype(np.float16) if probs else np.zeros((0, len(labels)), np.float16)
    np.savez(out, labels=np.array(labels), train_lengths=np.array([len(c) for c in train_chars], np.int32),
             train_probs=stack(train_probs), transfer_texts=np.array(transfer),
             transfer_lengths=np.array([len(t) for t in transfer], np.int32), transfer_probs=stack(transfer_probs))
    report.update(train_sentences=len(train_chars), transfer_sentences=len(transfer))
    return report


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--config", type=Path, required=True, help="the student's config (its training data)")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--teachers", type=Path, nargs="+", required=True, help="run folders holding best.pt")
    p.add_argument("--transfer-lines", default=f"{RMRB_BLOCK[0]}:{RMRB_BLOCK[1]}",
                   help="blocks of the raw corpus (0-based, end exclusive, comma-separated) to label, or 'none'")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--workers", type=int, default=1, help="processes (one core each) sharing each teacher's pass")
    p.add_argument("--temperature", type=float, default=1.0, help="divide the teachers' CRF scores by this first")
    args = p.parse_args(argv)
    cfg = load_config_or_exit(p, args.config)
    transfer = [] if args.transfer_lines == "none" else raw_sentences(
        args.data / "raw" / "zh_corpus.txt.xz", parse_blocks(args.transfer_lines), cfg["max_len"])
    t0 = time.time()
    report = write_targets(cfg, args.data, args.teachers, transfer, args.out, args.workers, args.temperature)
    print(json.dumps({**report, "minutes": round((time.time() - t0) / 60, 1)}), flush=True)


if __name__ == "__main__":
    main()
