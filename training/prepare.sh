# Sourced by reproduce.sh and reproduce-cluener.sh from training/, with DATA set to the shared data root:
# the Python environment, the CPU settings every training run uses, and step 1 of both recipes, the
# char/bigram embeddings and the lexicon word vectors (about 15 minutes; skipped when already built).
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
