"""CRF decoding in numpy, as the engine does it: Viterbi path, per-token marginals by forward-backward,
strict BIOES spans, score = mean marginal of the entity's tags."""
from __future__ import annotations

import re

import numpy as np

from .tags import tags_to_spans_strict
from .text import FULLWIDTH_SPACE, PICTOGRAPHIC, code_point_class, unit_class

WHITESPACE_UNIT = chr(FULLWIDTH_SPACE)  # every whitespace code point is normalized to this


def _logsumexp(x, axis):
    m = np.max(x, axis=axis, keepdims=True)
    return (m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))).squeeze(axis)


def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    n = em.shape[0]
    score = start + em[0]
    back = np.zeros((n, em.shape[1]), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + em[i]
    tag = int((score + end).argmax())
    path = [tag]
    for i in range(n - 1, 0, -1):
        tag = int(back[i, tag])
        path.append(tag)
    return path[::-1]


def marginals(em, trans, start, end) -> np.ndarray:
    n, L = em.shape
    alpha = np.zeros((n, L))
    beta = np.zeros((n, L))
    alpha[0] = start + em[0]
    for i in range(1, n):
        alpha[i] = _logsumexp(alpha[i - 1][:, None] + trans, 0) + em[i]
    beta[n - 1] = end
    for i in range(n - 2, -1, -1):
        beta[i] = _logsumexp(trans + (em[i + 1] + beta[i + 1])[None, :], 1)
    log_z = _logsumexp(alpha[n - 1] + end, 0)
    return np.exp(alpha + beta - log_z)


# Brackets and quotation marks as normalization leaves them (( ) are （ ）; ［ ］ ｛ ｝ ＜ ＞ are markup), each opener at
# the same index as its closer: OPENERS and CLOSERS in src/engine/decode.ts.
OPENERS = "（【《〈〔〖〘〚「『“‘｟﹙﹝"
CLOSERS = "）】》〉〕〗〙〛」』”’｠﹚﹞"


def _bracket_at(chars: list[str], i: int) -> int:
    """1 + the pair's index for an opener, -(1 + index) for a closer, 0 for anything else; ‘ ’ between letters
    are apostrophes."""
    if not 0 <= i < len(chars):
        return 0
    c = chars[i]
    opener, closer = OPENERS.find(c), CLOSERS.find(c)
    if opener < 0 and closer < 0:
        return 0
    if c in "‘’" and _unit_class(chars, i - 1) == "letter" and _unit_class(chars, i + 1) == "letter":
        return 0
    return opener + 1 if opener >= 0 else -(closer + 1)


def balance_brackets(spans, chars: list[str]):
    """A name holds its brackets in pairs (中国长江航运（集团）总公司, “和平”号). Matched left to right like nested
    brackets, a closer that is not the partner of the innermost opener still open is unmatched, and so is every
    opener still open then. A span whose unmatched brackets are all openers, closed right after it (innermost first),
    takes those closers in: 比尔·盖茨(Bill Gates + ). Otherwise the unmatched brackets cut the span and it keeps its
    first non-empty piece (比尔·盖茨(Bill Gates -> 比尔·盖茨, 《变形金刚 -> 变形金刚), or is dropped. The score stays."""
    out = []
    for s, e, t, score in spans:
        cuts, open_ = [], []
        for i in range(s, e):
            kind = _bracket_at(chars, i)
            if kind > 0:
                open_.append(i)
            elif kind < 0 and open_ and _bracket_at(chars, open_[-1]) == -kind:
                open_.pop()
            elif kind < 0:
                cuts += open_ + [i]
                open_ = []
        if not cuts and all(_bracket_at(chars, e + len(open_) - 1 - k) == -_bracket_at(chars, at)
                            for k, at in enumerate(open_)):
            out.append((s, e + len(open_), t, score))
            continue
        start = s
        for cut in cuts + open_ + [e]:
            if cut > start:
                out.append((start, cut, t, score))
                break
            start = cut + 1
    return out


def trim_whitespace(spans, chars: list[str]):
    """A name never starts or ends with a space: the model, which never saw spaces in MSRA, sometimes
    takes one in (' Cook'). Cut whitespace units off both ends; drop what is left empty."""
    out = []
    for s, e, t, score in spans:
        while s < e and chars[s] == WHITESPACE_UNIT:
            s += 1
        while e > s and chars[e - 1] == WHITESPACE_UNIT:
            e -= 1
        if s < e:
            out.append((s, e, t, score))
    return out


def _unit_class(chars: list[str], i: int) -> str | None:
    return unit_class(chars[i]) if 0 <= i < len(chars) else None


def _inside_word(chars: list[str], i: int) -> bool:
    """Units i-1 and i both letters, or both digits: a span boundary between them cuts a word or number."""
    kind = _unit_class(chars, i - 1)
    return kind is not None and kind == _unit_class(chars, i)


# Markup and code characters no name contains, full-width as normalization leaves them: < = > [ \ ] ^ ` { | } ~
MARKUP = frozenset("＜＝＞［＼］＾｀｛｜｝～")


def drop_impossible_spans(spans, chars: list[str]):
    """After trimming, drop spans that cannot be names: those that begin or end inside a Latin word or a
    number, and those holding a markup character. MSRA has hardly any Latin text, and the model sometimes
    tags a piece of HTML ('rror=alert' of 'onerror=alert(1)', or 'src=x onerror=alert'). A letter next to a
    digit is a boundary: stock tables glue rank numbers to names ('２ＸＲ津百')."""
    return [(s, e, t, score) for s, e, t, score in spans
            if not _inside_word(chars, s) and not _inside_word(chars, e) and MARKUP.isdisjoint(chars[s:e])]


# Never inside a name (contract step 7a), matched on the units projected back to ASCII (full-width U+FF01-FF5E
# -> U+0021-007E, anything else -> one placeholder, so unit i is string index i in Python and in JS alike):
# web addresses and e-mail addresses whole, and every @, # and * (＠ ＃ ＊). On Weibo-style text the model, which
# never saw them in MSRA, took the marks into names ("@望康动物医院", "＃魏晨") and tagged the code of a short link as
# ORG; in Markdown it took the asterisks of bold or italic text into a name ("周敏**" of "**周敏**、孙强").
# An address goes on over Chinese (or other) letters that a path mark or a file extension follows (…/李娜/专访.html,
# as browsers copy addresses): ".html" of one came back as a name (QA). As the engine: other letters and numbers are
# projected to \x01, the rest of non-ASCII to \x00.
URL_CHARS = r"[a-z0-9\-._~:/?#=&%+@!*$]"
NEVER_IN_NAME = re.compile(rf"(?:https?://|www\.){URL_CHARS}+(?:\x01+(?:[/?#=&]{URL_CHARS}*|\.[a-z0-9]{URL_CHARS}*))*"
                           r"|[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|[@#*]", re.IGNORECASE)


# Never inside a name either (contract step 7a, unit by unit): what the model cannot read, the same string as
# UNREAD_SCRIPTS in src/engine/decode.ts (tests/test_text.py compares them). Control characters (but whitespace,
# U+3000 by then), U+FFFD, lone surrogates (刘\ud800 was a name), and the letters of scripts MSRA never showed the model (Greek, Cyrillic, Arabic, Hangul,
# kana but ・ and ー, ...), in which it tagged fragments ("Пут" of Путин, "평양에") as names. Latin stays.
UNREAD_SCRIPTS = " ".join([
    "0-8 E-1F 7F-84 86-9F 370-3FF 400-52F 531-58F 590-5FF 600-6FF 700-8FF 900-109F 10A0-10FF 1100-11FF",
    "1200-139F 1780-17FF 1800-18AF 3041-3096 30A1-30FA 3131-318E AC00-D7A3 D800-DFFF FB1D-FDFF FE70-FEFC FFFD",
])


PICTOGRAPHIC_UNIT = code_point_class(PICTOGRAPHIC)
UNREAD_UNIT = code_point_class(UNREAD_SCRIPTS)


def never_in_name(chars: list[str]) -> np.ndarray:
    """[n] bool: the units that no entity may cover, whose tag decoding forces to O."""
    ascii_ = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c if c < "\x7f"
                     else "\x01" if c.isalpha() or c.isnumeric() else "\x00" for c in chars)
    out = np.array([PICTOGRAPHIC_UNIT.fullmatch(c) is not None or UNREAD_UNIT.fullmatch(c) is not None
                    for c in chars], dtype=bool)
    for m in NEVER_IN_NAME.finditer(ascii_):
        out[m.start():m.end()] = True
    return out


def force_outside(em: np.ndarray, forced: np.ndarray, labels: list[str]) -> np.ndarray:
    """Emissions with every tag but O at the forced units set to -10000, the score of an illegal move:
    Viterbi and the marginals then both decode around them."""
    if not forced.any():
        return em
    em = em.copy()
    em[np.ix_(forced, [j for j, label in enumerate(labels) if label != "O"])] = -10000.0
    return em


def decode_window(em: np.ndarray, decoding: dict, labels: list[str]):
    """-> [(start, end, type, score)] over the window's code points."""
    if em.shape[0] == 0:
        return []
    if decoding["type"] == "crf":
        trans = np.asarray(decoding["transitions"], dtype=np.float64)
        start = np.asarray(decoding["start_transitions"], dtype=np.float64)
        end = np.asarray(decoding["end_transitions"], dtype=np.float64)
        em = em.astype(np.float64)
        path = viterbi(em, trans, start, end)
        probs = marginals(em, trans, start, end)
    else:
        e = em.astype(np.float64)
        probs = np.exp(e - _logsumexp(e, 1)[:, None])
        path = list(e.argmax(1))
    out = []
    for s, e_, t in tags_to_spans_strict(path, labels):
        score = float(np.mean([probs[i, path[i]] for i in range(s, e_)]))
        out.append((s, e_, t, score))
    return out
