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


# Where the engine cuts windows (src/engine/windows.ts): every sentence is a window of its own, as the model
# saw sentences in training. A sentence ends at one of these code points of the original text ...
SENTENCE_END = frozenset(map(ord, "。！？；…!?;")) | {0x0A, 0x0D, 0x85, 0x2028, 0x2029}
# ... together with the closing quotes and brackets (normalized or not), further end marks and whitespace right
# after it, so no window starts with whitespace (nor is whitespace at the start of the text fed at all).
CLOSERS = frozenset("”’」』）】》〕〗〙〉＂＇)]}\"'")


def sentence_ends(text: str, norm: Normalized) -> list[bool]:
    """For each unit of `normalize(text)`: whether its original code point ends a sentence."""
    return [ord(text[i]) in SENTENCE_END for i in norm.source_index]


@dataclass
class Window:
    start: int     # unit range [start, end) of the normalized text
    end: int
    own_from: int  # the window keeps the entities whose first unit is in [start + own_from, start + own_to)
    own_to: int


def default_overlap(max_window: int) -> int:
    return max(2, min(32, max_window // 4))


def text_windows(chars: list[str], ends: list[bool], max_window: int, overlap: int | None = None) -> list[Window]:
    """The engine's windows over normalized `chars` (`ends[i]`: unit i is a sentence end in the original text).
    A sentence longer than `max_window` is cut into chunks overlapping by `overlap` units, each owning the units
    up to the middle of its overlaps. Windows of nothing but whitespace are skipped."""
    overlap = default_overlap(max_window) if overlap is None else overlap
    if not 0 <= overlap < max_window:
        raise ValueError("overlap must be in [0, max_window)")
    hand_over_at = max_window - (overlap + 1) // 2
    out: list[Window] = []
    space = chr(FULLWIDTH_SPACE)

    def emit(start: int, end: int, own_from: int, own_to: int):
        if any(ch != space for ch in chars[start + own_from:start + own_to]):
            out.append(Window(start, end, own_from, own_to))

    start = own_from = 0
    ended = False
    for i, ch in enumerate(chars):
        if ended and not ends[i] and ch != space and ch not in CLOSERS:
            emit(start, i, own_from, i - start)
            start, own_from, ended = i, 0, False
        if i == start and ch == space:  # an empty window: nothing to own, no name starts with a space
            start = i + 1
            continue
        ended = ended or ends[i]
        if i + 1 - start <= max_window:
            continue
        emit(start, start + max_window, own_from, hand_over_at)
        start += max_window - overlap
        own_from = hand_over_at - (max_window - overlap)
    if len(chars) - start > own_from:
        emit(start, len(chars), own_from, len(chars) - start)
    return out
