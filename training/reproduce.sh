#!/usr/bin/env bash
# Reproduces the shipped model public/models/shiti-news-v1 from the shared data, on CPU:
#   bash training/reproduce.sh ../shared/data
# (training/t2s.txt, the Traditional→Simplified table, is committed: python -m shiti_train.t2s rebuilds it.)
# Steps: embeddings on the raw corpus (~14 min on 2 cores) -> training (budget: 78 min) -> anneal (~14 min) ->
# export + INT8 + parity + dev F1 of FP32 and INT8 in onnxruntime (~3 min).
set -euo pipefail
cd "$(dirname "$0")"
DATA=$(realpath "${1:-../../shared/data}")
PY=../.venv/bin/python
[ -x "$PY" ] || bash ../scripts/setup-python.sh
# Debian's torch uses one OpenMP thread; OpenBLAS (libopenblas0-pthread) gets one too, so the two
# never fight over 2 cores. Large malloc thresholds stop glibc from mmap/munmap-ing every batch.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1073741824
if [ ! -f .work/emb/bigram.kv ]; then
  "$PY" -m shiti_train.embeddings --raw "$DATA/raw/zh_corpus.txt.xz" --out .work/emb --epochs 3 --bigram-epochs 1
fi
"$PY" -m shiti_train.train --config configs/news-v1.json --data "$DATA" --resume
# Two low-rate epochs from the best checkpoint (~14 min); it keeps a best.pt only if dev F1 improves.
"$PY" -m shiti_train.train --config configs/news-v1-anneal.json --data "$DATA"
RUN=.work/runs/news-v1-anneal
[ -f "$RUN/best.pt" ] || RUN=.work/runs/news-v1
"$PY" -m shiti_train.export --run "$RUN" --out ../public/models/shiti-news-v1 --id shiti-news-v1 --data "$DATA"
"$PY" -m shiti_train.card --model ../public/models/shiti-news-v1
