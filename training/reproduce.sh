#!/usr/bin/env bash
# Reproduces the shipped model public/models/shiti-news-v1 from the shared data, on CPU:
#   bash training/reproduce.sh ../shared/data
# (training/t2s.txt, the Traditional→Simplified table, is committed: python -m shiti_train.t2s rebuilds it.)
# Steps: char/bigram embeddings on the raw corpus (~14 min on 2 cores), word vectors for the lexicon (jieba
# segmentation of 20 M characters + word2vec, ~4 min) -> training (5 epochs, ~35 min) -> one low-rate
# anneal epoch (~8 min) -> export + INT8 + parity + dev F1 of FP32 and INT8 in onnxruntime (~3 min).
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
if [ ! -f .work/emb/word.kv ]; then
  "$PY" -m shiti_train.embeddings --raw "$DATA/raw/zh_corpus.txt.xz" --out .work/emb --epochs 3 --only word
fi
"$PY" -m shiti_train.train --config configs/news-v2-words.json --data "$DATA" --resume
# One low-rate epoch from the best checkpoint; it keeps a best.pt only if dev F1 improves.
"$PY" -m shiti_train.train --config configs/news-v2-words-anneal.json --data "$DATA"
RUN=.work/runs/news-v2-words-anneal
[ -f "$RUN/best.pt" ] || RUN=.work/runs/news-v2-words
"$PY" -m shiti_train.export --run "$RUN" --out ../public/models/shiti-news-v1 --id shiti-news-v1 --version 2.0.0 --data "$DATA"
"$PY" -m shiti_train.card --model ../public/models/shiti-news-v1
