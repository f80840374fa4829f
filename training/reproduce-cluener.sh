#!/usr/bin/env bash
# Reproduces the fine-grained model public/models/shiti-cluener-v1 (ten CLUENER types) from the shared data,
# on CPU:
#   bash training/reproduce-cluener.sh ../shared/data [CONFIG]
# Steps: the char/bigram embeddings and lexicon word vectors of reproduce.sh (step 1, about 15 minutes on
# this project's 2-core machine; skipped when training/.work/emb has them), one training run on CLUENER
# train (its last 10 % held out as dev), export + INT8 + parity fixture + dev F1 of FP32 and INT8, and the
# model card.
set -euo pipefail
# The data path is the caller's: resolve it before moving to training/ (a relative path such as the
# ../shared/data above means the folder next to the repository, seen from where the command runs).
DATA=$(realpath -m "${1:-$(dirname "$0")/../../shared/data}")
cd "$(dirname "$0")"
# SHITI_PRINT_DATA=1: print the resolved data folder and stop (how the tests check the line above).
if [ -n "${SHITI_PRINT_DATA:-}" ]; then echo "$DATA"; exit 0; fi
[ -d "$DATA" ] || { echo "reproduce-cluener.sh: no data folder at $DATA (give the shared data folder as the first argument)" >&2; exit 2; }
CONFIG=${2:-cluener-v1-h200}
source ./prepare.sh
"$PY" -m shiti_train.train --config "configs/$CONFIG.json" --data "$DATA" --resume
"$PY" -m shiti_train.export --run ".work/runs/$CONFIG" --out ../public/models/shiti-cluener-v1 --id shiti-cluener-v1 \
  --version 1.0.3 --title "Shiti fine-grained NER (CLUENER, 10 types)" --data "$DATA"
"$PY" -m shiti_train.card --model ../public/models/shiti-cluener-v1
