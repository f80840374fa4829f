"""Preprocessing shared with the engine (docs/model-contract.md). Any change here must be mirrored in
src/engine and will be caught by the parity fixture."""
from __future__ import annotations

from dataclasses import dataclass

# Zero-width characters, BOM and soft hyphen: invisible, so users never mean them as part of a name.
DROP = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)
WHITESPACE = frozenset(
    list(range(0x09, 0x0E)) + [0x20, 0x85, 0xA0, 0x1680] + list(range(0x2000, 0x200B))
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
)
FULLWIDTH_SPACE = 0x3000
BOS, EOS = "<s>", "</s>"
PAD_ID, UNK_ID = 0, 1


def normalize_char(ch: str) -> str:
    """MSRA is entirely full-width, users type half-width: map ASCII to full-width so both meet."""
    cp = ord(ch)
    if 0x21 <= cp <= 0x7E:
        return chr(cp + 0xFEE0)
    if cp in WHITESPACE:
        return chr(FULLWIDTH_SPACE)
    return ch


@dataclass
class Normalized:
    chars: list[str]          # normalized code points fed to the model
    source_index: list[int]   # for each, its code-point index in the original text


def normalize(text: str, t2s: dict[str, str] | None = None) -> Normalized:
    """t2s: the model folder's Traditional->Simplified table (one character to one character)."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ord(ch) in DROP:
            continue
        if t2s:
            ch = t2s.get(ch, ch)
        chars.append(normalize_char(ch))
        index.append(i)
    return Normalized(chars, index)


def normalize_string(text: str) -> str:
    return "".join(normalize(text).chars)


def utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of every code point, plus the total length at the end (JS string indexes)."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out


def bigrams_of(chars: list[str]) -> tuple[list[str], list[str]]:
    """(left, right) bigram strings per position: c[i-1]+c[i] and c[i]+c[i+1], with <s>/</s> at the ends."""
    padded = [BOS] + chars + [EOS]
    left = [padded[i] + padded[i + 1] for i in range(len(chars))]
    right = [padded[i + 1] + padded[i + 2] for i in range(len(chars))]
    return left, right
