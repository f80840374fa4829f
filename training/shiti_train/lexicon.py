"""A lexicon from jieba's dictionary: every word, and its nr/ns/nt tag as PER/LOC/ORG.

Each character gets B/M/E flags per category for the dictionary words covering it (docs/model-contract.md,
"Lexicon features"), the gazetteer signal that lets a character model know 欧阳 or 鄂尔多斯 are names.
"""
from __future__ import annotations

import os
from collections import Counter
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


def type_dictionary_words(lexicon: dict[str, int], names, dictionary: set[str]) -> None:
    """Entity names from other annotated corpora, (text, PER/LOC/ORG) pairs, mark the words of jieba's
    dictionary they match with that type: jieba types only some names, and a word seen as a name in People's
    Daily 1998 is evidence for MSRA. Only dictionary words are touched, so the lexicon the model ships with
    holds jieba's (MIT) words and no text of those corpora, whose terms are unknown. Never pass the training
    or dev corpus: flags on names the tagger has seen labelled would look more reliable than they are.
    (Measured: no gain on dev, see the ablations news-v5-*; kept so the result can be reproduced.)"""
    for text, etype in names:
        word = normalize_string(text)
        if word in dictionary:
            lexicon[word] = lexicon.get(word, 0) | 1 | (1 << CATEGORIES.index(etype))


UNTYPE_DEFAULTS = {"min_occurrences": 20, "max_name_share": 0.05}


def untype_common_words(lexicon: dict[str, int], records, min_occurrences: int = UNTYPE_DEFAULTS["min_occurrences"],
                        max_name_share: float = UNTYPE_DEFAULTS["max_name_share"]) -> list[tuple[str, str]]:
    """Drop a word's PER/LOC/ORG type where an annotated corpus shows the type is wrong: the word occurs at
    least min_occurrences times there and under max_name_share of those sit inside a name of that type.
    jieba's tags are noisy for frequent words (两国 ns, 令人 nr, 新建 ns from 新建县, 伊拉克 nr), and a flag
    that fires on every 两国 teaches the tagger to distrust the flags. records: (normalized chars, spans).
    The word stays in the lexicon as a WORD; returns the (word, type) pairs removed, most frequent first.
    As with type_dictionary_words, pass another corpus than the training and dev one (People's Daily 1998)."""
    typed = {w: m for w, m in lexicon.items() if m & ~1}
    seen: Counter = Counter()
    inside: Counter = Counter()
    for chars, spans in records:
        for s, e, mask in _matches(chars, typed, MIN_LEN, MAX_LEN):
            word = "".join(chars[s:e])
            for bit in range(1, len(CATEGORIES)):
                if mask >> bit & 1:
                    seen[word, bit] += 1
                    inside[word, bit] += any(a <= s and e <= b and t == CATEGORIES[bit] for a, b, t in spans)
    removed = [(w, bit) for (w, bit), n in seen.most_common()
               if n >= min_occurrences and inside[w, bit] < max_name_share * n]
    for word, bit in removed:
        lexicon[word] &= ~(1 << bit)
    return [(w, CATEGORIES[bit]) for w, bit in removed]


def write_lexicon(lexicon: dict[str, int], path: Path, word_rows: dict[str, int] | None = None) -> None:
    """`word<TAB>mask`, plus `<TAB>row` for words with a row in the model's word-embedding table."""
    with open(path, "w", encoding="utf-8") as f:
        for word in sorted(lexicon):
            row = (word_rows or {}).get(word)
            f.write(f"{word}\t{lexicon[word]}" + (f"\t{row}" if row else "") + "\n")


def read_lexicon(path: Path) -> dict[str, int]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, mask = line.rstrip("\n").split("\t")[:2]
            out[word] = int(mask)
    return out


def read_word_rows(path: Path) -> dict[str, int]:
    """The third column of a lexicon file: word -> row of the word-embedding table (1-based; 0 = none)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) > 2:
                out[parts[0]] = int(parts[2])
    return out


# Word-embedding slots per character: the longest lexicon word that Begins here, covers it in the Middle,
# Ends here (ties in M: the word that starts first). Row 0 = no such word.
WORD_SLOTS = ["B", "M", "E"]


def lexicon_word_ids(chars: list[str], word_rows: dict[str, int], min_len=MIN_LEN, max_len=MAX_LEN) -> np.ndarray:
    """[n, 3] int64 rows of the word-embedding table (see WORD_SLOTS)."""
    n = len(chars)
    ids = np.zeros((n, 3), dtype=np.int64)
    best = np.zeros((n, 3), dtype=np.int64)  # length of the word in each slot so far
    for s, e, row in _matches(chars, word_rows, min_len, max_len):
        for j, slot in [(s, 0), (e - 1, 2)] + [(m, 1) for m in range(s + 1, e - 1)]:
            if e - s > best[j, slot]:
                best[j, slot], ids[j, slot] = e - s, row
    return ids


def _matches(chars: list[str], table: dict[str, int], min_len: int, max_len: int):
    """(start, end, value) of every substring found in table with a truthy value, by start then length."""
    n = len(chars)
    for s in range(n):
        for length in range(min_len, min(max_len, n - s) + 1):
            value = table.get("".join(chars[s:s + length]))
            if value:
                yield s, s + length, value


def lexicon_features(chars: list[str], lexicon: dict[str, int], min_len=MIN_LEN, max_len=MAX_LEN,
                     k: int = len(CATEGORIES)) -> np.ndarray:
    """[n, 3k] float32: B block, M block, E block."""
    feats = np.zeros((len(chars), 3 * k), dtype=np.float32)
    for s, e, mask in _matches(chars, lexicon, min_len, max_len):
        for bit in range(k):
            if mask >> bit & 1:
                feats[s, bit] = 1
                feats[e - 1, 2 * k + bit] = 1
                feats[s + 1:e - 1, k + bit] = 1
    return feats
