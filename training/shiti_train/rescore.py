"""Re-scores a shipped model folder on the held-out sets from its INT8 ONNX file alone.

    python -m shiti_train.rescore --model ../public/models/shiti-news-v1 [--data ../../shared/data]

A new hand-written set (training/eval) or other-domain file gets its score in `manifest.json` without the
training run, which a fresh machine does not have. The dev metrics stay those written at export: they need the
run's own dev split and FP32 graph. The model files are not touched, so their sizes and sha256 still hold.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .export import OnnxTagger, held_out_metrics, write_manifest


def rescore(folder: Path, data_root: Path | None) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    # Without data_root no other-domain scores come back, so those already recorded stay as they are.
    manifest["metrics"].update(held_out_metrics(OnnxTagger.from_folder(folder), data_root))
    write_manifest(folder, manifest)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", type=Path, required=True, help="model folder with manifest.json and model.onnx")
    p.add_argument("--data", type=Path, default=None, help="shared data root: also the other-domain files")
    args = p.parse_args(argv)
    rescore(args.model, args.data)


if __name__ == "__main__":
    main()
