"""Pretrain character and bigram embeddings (word2vec skip-gram) on the raw corpus.

Usage: python -m shiti_train.embeddings --raw ../shared/data/raw/zh_corpus.txt.xz --out training/.work/emb
Text goes through the same normalization as the model input, so every vector has a vocabulary twin.
"""
from __future__ import annotations

import argparse
import logging
import lzma
import os
import random
import time
from pathlib import Path

from . import summary
from .text import bigrams_of, normalize_string


def prepare_corpus(raw: Path, cache: Path) -> Path:
    """Decompress + normalize once into a shuffled, git-ignored cache file (one paragraph per line)."""
    if cache.exists():
        return cache
    cache.parent.mkdir(parents=True, exist_ok=True)
    opener = lzma.open if raw.suffix == ".xz" else open
    with opener(raw, "rt", encoding="utf-8") as f:
        lines = [normalize_string(line.rstrip("\n")) for line in f]
    # The corpus is grouped by source; shuffle so every epoch mixes news, laws and Weibo.
    random.Random(13).shuffle(lines)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.rename(cache)
    return cache


class CharSentences:
    def __init__(self, path: Path, bigrams: bool, limit: int | None = None):
        self.path, self.bigrams, self.limit = path, bigrams, limit

    def __iter__(self):
        with open(self.path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if self.limit is not None and n >= self.limit:
                    break
                chars = list(line.rstrip("\n"))
                if not chars:
                    continue
                if self.bigrams:
                    _, right = bigrams_of(chars)
                    yield right
                else:
                    yield chars


def segment_corpus(corpus: Path, cache: Path, max_chars: int) -> Path:
    """jieba-segmented copy of the first max_chars characters of the (shuffled) corpus, words separated by
    spaces, for word vectors of the lexicon's words. Segmenting all 63 M characters takes ~25 min on one
    core; a third of it gives vectors for the frequent words, which are the ones that get a row."""
    if cache.exists():
        return cache
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tmp = cache.with_suffix(".tmp")
    done = 0
    with open(corpus, encoding="utf-8") as f, open(tmp, "w", encoding="utf-8") as out:
        for line in f:
            if done >= max_chars:
                break
            line = line.rstrip("\n")
            done += len(line)
            words = [w for w in jieba.cut(line, HMM=False) if w.strip() and w != "\u3000"]
            out.write(" ".join(words) + "\n")
    tmp.rename(cache)
    return cache


class WordSentences:
    def __init__(self, path: Path):
        self.path = path

    def __iter__(self):
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                words = line.split()
                if words:
                    yield words


def train(corpus: Path, out: Path, bigrams: bool, dim: int, epochs: int, min_count: int, workers: int, limit=None,
          sentences=None):
    from gensim.models import Word2Vec

    t0 = time.time()
    model = Word2Vec(
        sentences=sentences or CharSentences(corpus, bigrams, limit), vector_size=dim, window=5, min_count=min_count,
        sg=1, negative=5, sample=1e-4, workers=workers, epochs=epochs, seed=13,
    )
    model.wv.save(str(out))
    logging.info("%s: %d vectors of dim %d in %.0fs", out.name, len(model.wv), dim, time.time() - t0)


def main(argv=None):
    p = argparse.ArgumentParser(description=summary(__doc__))
    p.add_argument("--raw", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--char-dim", type=int, default=100)
    p.add_argument("--bigram-dim", type=int, default=50)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2)))
    p.add_argument("--limit", type=int, default=None, help="use only the first N paragraphs (tests)")
    p.add_argument("--bigram-epochs", type=int, default=None, help="bigrams are 10x the types: fewer epochs")
    p.add_argument("--only", choices=["char", "bigram", "word"], default=None)
    p.add_argument("--word-dim", type=int, default=32)
    p.add_argument("--word-chars", type=int, default=20_000_000, help="characters segmented for word vectors")
    args = p.parse_args(argv)
    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = prepare_corpus(args.raw, args.out / "corpus.norm.txt")
    if args.only in (None, "char"):
        train(corpus, args.out / "char.kv", False, args.char_dim, args.epochs, 3, args.workers, args.limit)
    if args.only in (None, "bigram"):
        train(corpus, args.out / "bigram.kv", True, args.bigram_dim, args.bigram_epochs or args.epochs, 5,
              args.workers, args.limit)
    if args.only in (None, "word"):
        words = segment_corpus(corpus, args.out / "corpus.words.txt", args.word_chars)
        train(words, args.out / "word.kv", False, args.word_dim, args.epochs, 5, args.workers,
              sentences=WordSentences(words))


if __name__ == "__main__":
    main()
