#!/usr/bin/env bash
# Creates .venv for the training pipeline: Debian's python3 + python3-torch (CPU-only, installed by
# apt; see .ci/run) and the pinned pip packages in training/requirements.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
if ! "$PY" -c "import torch" 2>/dev/null; then
  echo "setup-python: Debian's python3-torch is missing: apt-get install -y python3-torch python3-venv" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv --system-site-packages .venv
.venv/bin/python -m pip install --disable-pip-version-check -q -r training/requirements.txt
.venv/bin/python -c "import torch, onnx, onnxruntime, numpy; print(f'setup-python: torch {torch.__version__}, onnx {onnx.__version__}, onnxruntime {onnxruntime.__version__}, numpy {numpy.__version__}')"
