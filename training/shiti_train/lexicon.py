"""A lexicon from jieba's dictionary: every word, and its nr/ns/nt tag as PER/LOC/ORG.

Each character gets B/M/E flags per category for the dictionary words covering it (docs/model-contract.md,
"Lexicon features"), the gazetteer signal that lets a character model know 欧阳 or 鄂尔多斯 are names.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .text import normalize_string

CATEGORIES = ["WORD", "PER", "LOC", "ORG"]
POS_TO_CATEGORY = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}
MIN_LEN, MAX_LEN = 2, 8


def jieba_dict_path() -> Path:
    import jieba

    return Path(os.path.dirname(jieba.__file__)) / "dict.txt"


def load_jieba_lexicon(path: Path | None = None, min_freq: int = 0, max_words: int | None = None) -> dict[str, int]:
    """word (normalized) -> bitmask over CATEGORIES; max_words keeps the most frequent (tiny test models)."""
    lexicon: dict[str, int] = {}
    freqs: dict[str, int] = {}
    with open(path or jieba_dict_path(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word = normalize_string(parts[0])
            freq = int(parts[1])
            pos = parts[2] if len(parts) > 2 else ""
            if not (MIN_LEN <= len(word) <= MAX_LEN) or "\u3000" in word:
                continue
            category = POS_TO_CATEGORY.get(pos)
            if category is None and freq < min_freq:
                continue
            mask = 1 | (1 << CATEGORIES.index(category) if category else 0)
            lexicon[word] = lexicon.get(word, 0) | mask
            freqs[word] = max(freq, freqs.get(word, 0))
    if max_words is not None and len(lexicon) > max_words:
        keep = sorted(lexicon, key=lambda w: (-freqs[w], w))[:max_words]
        lexicon = {w: lexicon[w] for w in keep}
    return lexicon


def write_lexicon(lexicon: dict[str, int], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for word in sorted(lexicon):
            f.write(f"{word}\t{lexicon[word]}\n")


def read_lexicon(path: Path) -> dict[str, int]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, mask = line.rstrip("\n").split("\t")
            out[word] = int(mask)
    return out


def lexicon_features(chars: list[str], lexicon: dict[str, int], min_len=MIN_LEN, max_len=MAX_LEN,
                     k: int = len(CATEGORIES)) -> np.ndarray:
    """[n, 3k] float32: B block, M block, E block."""
    n = len(chars)
    feats = np.zeros((n, 3 * k), dtype=np.float32)
    for s in range(n):
        for length in range(min_len, min(max_len, n - s) + 1):
            mask = lexicon.get("".join(chars[s:s + length]))
            if not mask:
                continue
            e = s + length
            for bit in range(k):
                if mask >> bit & 1:
                    feats[s, bit] = 1
                    feats[e - 1, 2 * k + bit] = 1
                    feats[s + 1:e - 1, k + bit] = 1
    return feats
