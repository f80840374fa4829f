#!/usr/bin/env bash
# The training pipeline's pytest suite, in .venv (bash scripts/setup-python.sh makes it).
# Missing Python dependencies: a loud skip on a developer machine, a failure when CI is set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import torch, onnx, onnxruntime, gensim, jieba, pytest" 2>/dev/null; then
  msg="Python pipeline dependencies are missing (.venv with torch, onnx, onnxruntime, gensim, jieba, pytest); run: bash scripts/setup-python.sh"
  if [ -n "${CI:-}" ]; then
    echo "ERROR: $msg" >&2
    exit 1
  fi
  printf '\n!!!!!!!!!!\n!!! SKIPPING the Python pipeline tests: %s\n!!!!!!!!!!\n\n' "$msg" >&2
  exit 0
fi
cd training
exec ../.venv/bin/python -m pytest -q -p no:cacheprovider -W ignore::UserWarning tests
