"""Vocabularies and the model inputs of one window, exactly as docs/model-contract.md defines them."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .lexicon import MAX_LEN, MIN_LEN, lexicon_features, lexicon_word_ids
from .text import PAD_ID, UNK_ID, bigrams_of


class Vocab:
    def __init__(self, tokens: list[str]):
        self.tokens = ["<pad>", "<unk>"] + [t for t in tokens if t not in ("<pad>", "<unk>")]
        self.index = {t: i for i, t in enumerate(self.tokens)}

    def __len__(self):
        return len(self.tokens)

    def ids(self, seq) -> list[int]:
        get = self.index.get
        return [get(t, UNK_ID) for t in seq]

    def save(self, path: Path):
        Path(path).write_text("".join(t + "\n" for t in self.tokens), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Vocab":
        tokens = Path(path).read_text(encoding="utf-8").split("\n")[:-1]
        v = cls([])
        v.tokens, v.index = tokens, {t: i for i, t in enumerate(tokens)}
        return v


def build_vocab(train_counts: Counter, pretrained_counts: dict[str, int], max_size: int,
                min_train: int = 1, min_pretrained: int = 1) -> Vocab:
    """Tokens seen in training, plus pretrained ones (they carry meaning even unseen in training),
    ranked by frequency and capped at max_size to keep the model small."""
    score = Counter()
    for t, c in pretrained_counts.items():
        if c >= min_pretrained:
            score[t] += c
    for t, c in train_counts.items():
        if c >= min_train:
            score[t] += 50 * c  # a training occurrence is worth more than a raw-corpus one
    ranked = [t for t, _ in score.most_common(max_size - 2)]
    return Vocab(ranked)


@dataclass
class Encoded:
    char_ids: np.ndarray
    bigram_left_ids: np.ndarray
    bigram_right_ids: np.ndarray
    lexicon_feats: np.ndarray | None
    lexicon_word_ids: np.ndarray | None = None


def encode(chars: list[str], chars_vocab: Vocab, bigram_vocab: Vocab, lexicon: dict | None,
           word_rows: dict | None = None) -> Encoded:
    left, right = bigrams_of(chars)
    feats = lexicon_features(chars, lexicon, MIN_LEN, MAX_LEN) if lexicon is not None else None
    word_ids = lexicon_word_ids(chars, word_rows, MIN_LEN, MAX_LEN) if word_rows else None
    return Encoded(
        np.asarray(chars_vocab.ids(chars), dtype=np.int64),
        np.asarray(bigram_vocab.ids(left), dtype=np.int64),
        np.asarray(bigram_vocab.ids(right), dtype=np.int64),
        feats,
        word_ids,
    )


assert PAD_ID == 0 and UNK_ID == 1
