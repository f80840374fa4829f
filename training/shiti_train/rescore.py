"""Re-scores a shipped model folder on the held-out sets from its INT8 ONNX file alone.

    python -m shiti_train.rescore --model ../public/models/shiti-news-v1 [--data ../../shared/data]
        [--config configs/news-v28-distill-l2-weibo-latin20.json]

A new hand-written set (training/eval) or other-domain file gets its score in `manifest.json` without the
training run, which a fresh machine does not have. The dev metrics stay those written at export (FP32 needs the
run's graph); with --config (the run's config, whose data section gives the dev split) and --data, the INT8
dev scores are measured again and the confidence slider's curve (metrics.dev_thresholds) is written. The model
files are not touched, so their sizes and sha256 still hold.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import summary
from .config import load_config
from .export import OnnxTagger, dev_f1, held_out_metrics, threshold_curve, write_manifest
from .train import TYPES, load_data, normalized_record


def rescore(folder: Path, data_root: Path | None, config: Path | None = None) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    tagger = OnnxTagger.from_folder(folder)
    # Without data_root no other-domain scores come back, so those already recorded stay as they are. The other
    # corpora and hand-written sets are scored as PER/LOC/ORG: a model of other types is not scored on them.
    if manifest["entity_types"] == TYPES:
        manifest["metrics"].update(held_out_metrics(tagger, data_root))
    if config is not None and data_root is not None:
        _, dev = load_data(load_config(config), data_root)
        dev_items = [normalized_record(r) for r in dev]
        manifest["metrics"]["dev_int8_onnx"] = dev_f1(tagger, dev_items)
        manifest["metrics"]["dev_thresholds"] = threshold_curve(tagger, dev_items)
        print(f"dev INT8 F1 {manifest['metrics']['dev_int8_onnx']['overall']['f1']:.4f}; at 0.30 "
              f"{manifest['metrics']['dev_thresholds'][6]}", flush=True)
    write_manifest(folder, manifest)


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--model", type=Path, required=True, help="model folder with manifest.json and model.onnx")
    p.add_argument("--data", type=Path, default=None, help="shared data root: also the other-domain files")
    p.add_argument("--config", type=Path, default=None, help="the run's config: with --data, dev scores again")
    args = p.parse_args(argv)
    if args.config is not None and args.data is None:
        # Without the data the dev split cannot be read: the dev scores would silently stay as they were.
        p.error("--config needs --data (the dev split is read from the shared data)")
    rescore(args.model, args.data, args.config)


if __name__ == "__main__":
    main()
