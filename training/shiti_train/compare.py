"""Compare trained runs on the config's dev split: F1 of each, a paired bootstrap of the difference against the
first run, and recall on entities seen / never seen in training. Use it before believing a +0.2.
A model folder (public/models/<id>, holding manifest.json) can stand in for a run: it is scored as it ships
(INT8 ONNX with the engine's preprocessing), so a candidate can be held against the shipped model even on a
machine where the shipped model's training run is gone.

Usage: python -m shiti_train.compare --config configs/news-v2-words.json --data ../shared/data RUN_A RUN_B [...]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import summary
from .config import load_config_or_exit
from .decode import viterbi
from .export import OnnxTagger, run_outputs
from .metrics import paired_bootstrap, recall_by_novelty, span_prf
from .tags import tags_to_spans_strict
from .train import load_data, normalized_record


def run_predictions(run: Path, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
    if (run / "manifest.json").exists():
        tagger = OnnxTagger.from_folder(run)
        return [tagger.predict_chars(chars) for chars in sentences]
    bundle, crf, emissions = run_outputs(run, sentences)
    return [tags_to_spans_strict(viterbi(e, *crf), bundle["labels"]) for e in emissions]


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--config", type=Path, required=True, help="the dev split (and training set) to use")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--samples", type=int, default=2000)
    p.add_argument("runs", type=Path, nargs="+", help="run folders (holding best.pt) or model folders (manifest.json); the first is the baseline")
    args = p.parse_args(argv)
    train, dev = load_data(load_config_or_exit(p, args.config), args.data)
    seen = {(r.text[s:e], t) for r in train for s, e, t in r.spans}
    dev_norm = [normalized_record(r) for r in dev]
    texts, gold = [c for c, _ in dev_norm], [s for _, s in dev_norm]
    baseline = None
    for run in args.runs:
        pred = run_predictions(run, texts)
        row = {"run": str(run), "dev": span_prf(gold, pred)["overall"], "recall": recall_by_novelty(gold, pred, seen, texts)}
        if baseline is None:
            baseline = pred
        else:
            row["vs_first"] = paired_bootstrap(gold, baseline, pred, samples=args.samples)
        print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
