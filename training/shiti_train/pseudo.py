"""Pseudo-label raw text with a trained tagger (self-training): the teacher tags unlabelled sentences and
only the sentences it is sure of become extra training data, in MSRA's conventions by construction.

Usage: python -m shiti_train.pseudo --teacher training/.work/runs/news-v1-anneal --data ../shared/data \
           --lines 447953:466108 --out training/.work/pseudo/rmrb-raw.jsonl [--min-prob 0.9]
--lines picks blocks of the raw corpus (A:B[,C:D...], 0-based, end exclusive); the default is its People's Daily
1998 block (see ../shared/data/raw/README.md), unlabelled text from MSRA's own newspaper.
The output holds corpus text: it lives under training/.work/ and is never committed.
"""
from __future__ import annotations

import argparse
import json
import lzma
from pathlib import Path

import numpy as np

from . import summary
from .decode import marginals, viterbi
from .export import run_outputs
from .readers import Record, chunk_long
from .tags import tags_to_spans_strict
from .text import normalize

RMRB_BLOCK = (447953, 466108)


def parse_blocks(spec: str) -> list[tuple[int, int]]:
    """'A:B[,C:D...]' -> [(A, B), ...]: blocks of raw-corpus lines, 0-based, end exclusive."""
    blocks = []
    for block in spec.split(","):
        start, end = (int(x) for x in block.split(":"))
        if not 0 <= start < end:
            raise ValueError(f"line block {block!r}: needs 0 <= start < end")
        blocks.append((start, end))
    return blocks


def raw_sentences(path: Path, blocks: list[tuple[int, int]], max_len: int) -> list[str]:
    """The sentences (pieces of at most max_len characters, at least 5) of the given line blocks, block by
    block in the order given. One pass over the compressed corpus, however many blocks."""
    per_block: list[list[str]] = [[] for _ in blocks]
    last = max(end for _, end in blocks)
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= last:
                break
            inside = [k for k, (start, end) in enumerate(blocks) if start <= i < end]
            if not inside:
                continue
            text = "".join(normalize(line.rstrip("\n")).chars)
            parts = [p.text for p in chunk_long(Record(text, [], f"raw:{i + 1}"), max_len) if len(p.text) >= 5]
            for k in inside:
                per_block[k] += parts
    return [sentence for sentences in per_block for sentence in sentences]


def pseudo_label(teacher: Path, sentences: list[str], min_prob: float):
    """-> ([(record, confidence)] kept, confidence of every sentence). Confidence = the smallest marginal probability
    of the Viterbi tag over the sentence: one doubtful character drops the whole sentence."""
    bundle, crf, emissions = run_outputs(teacher, [list(s) for s in sentences])
    labels = bundle["labels"]
    kept, confidence = [], np.zeros(len(sentences))
    for k, e in enumerate(emissions):
        path = viterbi(e, *crf)
        probs = marginals(e, *crf)
        confidence[k] = probs[np.arange(len(path)), path].min()
        if confidence[k] >= min_prob:
            kept.append((Record(sentences[k], tags_to_spans_strict(path, labels), "pseudo"), confidence[k]))
    return kept, confidence


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--teacher", type=Path, required=True)
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--lines", default=f"{RMRB_BLOCK[0]}:{RMRB_BLOCK[1]}")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--min-prob", type=float, default=0.9)
    p.add_argument("--max-len", type=int, default=256)
    args = p.parse_args(argv)
    sentences = raw_sentences(args.data / "raw" / "zh_corpus.txt.xz", parse_blocks(args.lines), args.max_len)
    kept, confidence = pseudo_label(args.teacher, sentences, args.min_prob)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for r, conf in kept:
            f.write(json.dumps({"text": r.text, "spans": r.spans, "confidence": round(float(conf), 4)},
                               ensure_ascii=False) + "\n")
    qs = np.quantile(confidence, [0.1, 0.25, 0.5]).round(3).tolist()
    print(json.dumps({"sentences": len(sentences), "kept": len(kept), "min_prob": args.min_prob,
                      "confidence_quantiles_10_25_50": qs,
                      "entities": sum(len(r.spans) for r, _ in kept)}))


if __name__ == "__main__":
    main()
