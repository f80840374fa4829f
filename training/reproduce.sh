#!/usr/bin/env bash
# Reproduces the shipped model public/models/shiti-news-v1 (2.1.0) from the shared data, on CPU:
#   bash training/reproduce.sh ../shared/data
# (training/t2s.txt, the Traditional→Simplified table, is committed: python -m shiti_train.t2s rebuilds it.)
# Run end to end from a clean clone on this project's 2-core machine on 2026-11-21: 1 h 45 min 21 s
# (README, "Reproducing the model"). Steps, with the minutes each took in that run:
#  1. char/bigram embeddings on the raw corpus and word vectors for the lexicon (15);
#  2. two trainings at once, one core each: the teacher (news-v2-words, 5 epochs, + one low-rate anneal
#     epoch: the 200-unit model shipped as 2.0.0) and the student's start (news-v3-h160, 160 units) (49);
#  3. the teacher's CRF tag marginals for the training sentences and 25,636 unlabelled People's Daily 1998
#     sentences of the raw corpus, in two processes (4);
#  4. the student distilled from them for 2 epochs, the two epochs' weights averaged (36);
#  5. export + INT8 + parity fixture + dev F1 of FP32 and INT8 in onnxruntime (1);
#  6. the model card, with the engine's speed on this machine from `npm run bench` (needs `npm ci`; about 3).
set -euo pipefail
cd "$(dirname "$0")"
DATA=$(realpath "${1:-../../shared/data}")
PY=../.venv/bin/python
[ -x "$PY" ] || bash ../scripts/setup-python.sh
# Debian's torch uses one OpenMP thread; OpenBLAS (libopenblas0-pthread) gets one too, so the two
# never fight over 2 cores. Large malloc thresholds stop glibc from mmap/munmap-ing every batch.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1073741824
mkdir -p .work/logs
if [ ! -f .work/emb/bigram.kv ]; then
  "$PY" -m shiti_train.embeddings --raw "$DATA/raw/zh_corpus.txt.xz" --out .work/emb --epochs 3 --bigram-epochs 1
fi
if [ ! -f .work/emb/word.kv ]; then
  "$PY" -m shiti_train.embeddings --raw "$DATA/raw/zh_corpus.txt.xz" --out .work/emb --epochs 3 --only word
fi

# A run that continues another (`init_from`) keeps a best.pt only if dev F1 improves: fall back to its start.
best_of() { if [ -f "$1/best.pt" ]; then echo "$1"; else echo "$2"; fi; }

echo "training the teacher and the student's start side by side (logs in training/.work/logs/)"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT  # if one of the two fails, do not leave the other running
( "$PY" -m shiti_train.train --config configs/news-v2-words.json --data "$DATA" --resume \
  && "$PY" -m shiti_train.train --config configs/news-v2-words-anneal.json --data "$DATA" ) > .work/logs/reproduce-teacher.log 2>&1 &
TEACHER_PID=$!
"$PY" -m shiti_train.train --config configs/news-v3-h160.json --data "$DATA" --resume > .work/logs/reproduce-student.log 2>&1 &
STUDENT_PID=$!
wait "$TEACHER_PID"
wait "$STUDENT_PID"

TEACHER=$(best_of .work/runs/news-v2-words-anneal .work/runs/news-v2-words)
"$PY" -m shiti_train.distill --config configs/news-v3-distill.json --data "$DATA" --teachers "$TEACHER" --workers 2 \
  --out .work/distill/news-v3-teacher.npz
"$PY" -m shiti_train.train --config configs/news-v3-distill.json --data "$DATA"
RUN=$(best_of .work/runs/news-v3-distill .work/runs/news-v3-h160)
"$PY" -m shiti_train.export --run "$RUN" --out ../public/models/shiti-news-v1 --id shiti-news-v1 --version 2.1.0 --data "$DATA"
BENCH_ARGS=()
if (cd .. && npm run --silent bench -- --json) > .work/bench.json; then
  BENCH_ARGS=(--bench .work/bench.json)
else
  echo "npm run bench failed (node_modules installed?): the model card gets no speed section" >&2
fi
"$PY" -m shiti_train.card --model ../public/models/shiti-news-v1 "${BENCH_ARGS[@]}"
