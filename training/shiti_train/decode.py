"""CRF decoding in numpy, as the engine does it: Viterbi path, per-token marginals by forward-backward,
strict BIOES spans, score = mean marginal of the entity's tags."""
from __future__ import annotations

import re

import numpy as np

from .tags import tags_to_spans_strict
from .text import FULLWIDTH_SPACE, unit_class

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
# web addresses and e-mail addresses whole, and every @ and #. On Weibo-style text the model, which never saw
# them in MSRA, took the marks into names ("@望康动物医院", "＃魏晨") and tagged the code of a short link as ORG.
NEVER_IN_NAME = re.compile(r"(?:https?://|www\.)[a-z0-9\-._~:/?#=&%+@!*$]+"
                           r"|[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|[@#]", re.IGNORECASE)


def never_in_name(chars: list[str]) -> np.ndarray:
    """[n] bool: the units that no entity may cover, whose tag decoding forces to O."""
    ascii_ = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c if c < "\x7f" else "\x00"
                     for c in chars)
    out = np.zeros(len(chars), dtype=bool)
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
