#!/usr/bin/env bash
# Reproduces the shipped model public/models/shiti-news-v1 (2.5.3: the weights of 2.5.0 with the phrase table, emoji and Markdown asterisks kept out of names and brackets in pairs) from the shared data, on CPU:
#   bash training/reproduce.sh ../shared/data
# (training/t2s.txt and training/t2s-phrases.txt, the Traditional→Simplified tables, are committed:
#  node scripts/make-t2s-table.mjs, then python -m shiti_train.t2s --phrases, rebuild them.)
# 2.3.0's recipe, which this one extends by one config key (train.replace_extra), ran end to end from a
# clean clone on 2026-11-28 (embeddings already built) in 1 h 39 min, model.onnx byte-identical to the one
# shipped then, and from nothing on fresh machines in 1 h 44 min 35 s (to the model folder) and 1 h 47 min
# 33 s (including the bench). 2.4.0's recipe ran from nothing on a clean clone on 2026-11-29 in 1 h 42 min
# 44 s including the bench and the card (INT8 dev 88.10: another draw of the recipe, not the shipped bits,
# since word2vec with two threads is not deterministic). 2.5.0's recipe is 2.4.0's with Weibo NER train in
# the distillation step and twice the Latin-script sentences (configs/news-v28-distill-l2-weibo-latin20.json);
# its distillation step took 42 min there with two seeds training at once.
# Steps, with the minutes each took on this project's 2-core machine:
#  1. char/bigram embeddings on the raw corpus and word vectors for the lexicon (15);
#  2. two trainings at once, one core each, both with adversarial training on the input vectors: the
#     teacher (news-v9-words-adv-s14: the 200-unit 2.0.0 recipe, 5 epochs, 59) and the student's start
#     (news-v18-h128x2-adv-s14: two BiLSTM layers of 128 units, 5 epochs, 66);
#  3. as soon as the teacher is done, while the start still trains: the teacher's CRF tag marginals for the
#     training sentences and 25,636 unlabelled People's Daily 1998 sentences of the raw corpus (4);
#  4. the student distilled from them for 2 epochs, with Latin-script sentences written by shiti_train.latin,
#     mention-replaced copies of training sentences (shiti_train.augment) and Weibo NER train's posts added
#     each epoch, the two epochs' weights averaged (35-42);
#  5. export + INT8 + parity fixture + dev F1 of FP32 and INT8 in onnxruntime + the hand-written sets (1);
#  6. the model card, with the engine's speed on this machine from `npm run bench` (needs `npm ci`; about 3).
set -euo pipefail
# The data path is the caller's: resolve it before moving to training/ (a relative path such as the
# ../shared/data above means the folder next to the repository, seen from where the command runs).
DATA=$(realpath -m "${1:-$(dirname "$0")/../../shared/data}")
cd "$(dirname "$0")"
# SHITI_PRINT_DATA=1: print the resolved data folder and stop (how the tests check the line above).
if [ -n "${SHITI_PRINT_DATA:-}" ]; then echo "$DATA"; exit 0; fi
[ -d "$DATA" ] || { echo "reproduce.sh: no data folder at $DATA (give the shared data folder as the first argument)" >&2; exit 2; }
source ./prepare.sh

echo "training the teacher and the student's start side by side (logs in training/.work/logs/)"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT  # if one of the two fails, do not leave the other running
"$PY" -m shiti_train.train --config configs/news-v9-words-adv-s14.json --data "$DATA" --resume > .work/logs/reproduce-teacher.log 2>&1 &
TEACHER_PID=$!
"$PY" -m shiti_train.train --config configs/news-v18-h128x2-adv-s14.json --data "$DATA" --resume > .work/logs/reproduce-student.log 2>&1 &
STUDENT_PID=$!
STUDENT=news-v28-distill-l2-weibo-latin20
wait "$TEACHER_PID"
# The two-layer start trains several minutes longer than the teacher: label with the teacher
# meanwhile (two processes; the per-process split is fixed, so the targets do not depend on the load).
"$PY" -m shiti_train.distill --config "configs/$STUDENT.json" --data "$DATA" --teachers .work/runs/news-v9-words-adv-s14 \
  --workers 2 --out .work/distill/news-v9-words-adv-s14.npz
wait "$STUDENT_PID"
"$PY" -m shiti_train.train --config "configs/$STUDENT.json" --data "$DATA"
"$PY" -m shiti_train.export --run ".work/runs/$STUDENT" --out ../public/models/shiti-news-v1 --id shiti-news-v1 --version 2.5.3 --data "$DATA"
BENCH_ARGS=()
if (cd .. && npm run --silent bench -- --json) > .work/bench.json; then
  BENCH_ARGS=(--bench .work/bench.json)
else
  echo "npm run bench failed (node_modules installed?): the model card keeps the speed section it had" >&2
fi
"$PY" -m shiti_train.card --model ../public/models/shiti-news-v1 "${BENCH_ARGS[@]}"
