"""Readers for the NER corpora, all into one record: text plus (start, end, type) spans, end exclusive.

Formats: MSRA/SIGHAN word/tag, character-level BIO and BMES/BIOES CoNLL, CLUENER JSON lines, and the
People's Daily 1998 POS corpus. A malformed line raises DataError naming file and line.
"""
from __future__ import annotations

import json
import lzma
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

Span = tuple[int, int, str]


@dataclass
class Record:
    text: str
    spans: list[Span] = field(default_factory=list)
    source: str = ""
    # The corpus's word segmentation as (start, end) pairs, where it has one (MSRA's chunks): what an
    # auxiliary segmentation loss learns word boundaries from (train.segmentation_tags).
    words: list[tuple[int, int]] | None = None


class DataError(ValueError):
    def __init__(self, path, line_no: int, message: str):
        super().__init__(f"{path}:{line_no}: {message}")


def _open_text(path: Path):
    # utf-8-sig: a file saved with a byte order mark (Windows editors) would otherwise start with U+FEFF,
    # which MSRA put inside the first entity and CoNLL rejected as a two-character token.
    path = Path(path)
    if path.suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8-sig")
    return open(path, encoding="utf-8-sig")


def _numbered_lines(path) -> Iterator[tuple[int, str]]:
    """(line number, line) of a UTF-8 text file; bytes that are not UTF-8 are a DataError at their line."""
    with _open_text(path) as f:
        line_no = 0
        try:
            for line_no, line in enumerate(f, 1):
                yield line_no, line
        except UnicodeDecodeError as e:
            raise DataError(path, _line_of_bad_byte(path, line_no + 1),
                            f"not UTF-8 text ({e.reason}); save it as UTF-8") from None


def _line_of_bad_byte(path, at_least: int) -> int:
    """The line of the first byte that is not UTF-8: the decoder reads ahead, so count it in the raw bytes (a
    plain file; in an .xz stream, the line after the last one read)."""
    if Path(path).suffix == ".xz":
        return at_least
    data = Path(path).read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return data.count(b"\n", 0, e.start) + 1
    return at_least


MSRA_TYPES = {"nr": "PER", "ns": "LOC", "nt": "ORG", "o": None}


def read_msra(path) -> Iterator[Record]:
    """SIGHAN 2006 MSRA: `chunk/tag` separated by spaces; nr/ns/nt are entities, o is other."""
    for line_no, line in _numbered_lines(path):
        line = line.strip()
        if not line:
            continue
        text, spans, words = [], [], []
        pos = 0
        for chunk in line.split():
            word, slash, tag = chunk.rpartition("/")
            if not slash or not word or tag not in MSRA_TYPES:
                raise DataError(path, line_no, f"expected word/tag with tag in nr|ns|nt|o, got {chunk!r}")
            etype = MSRA_TYPES[tag]
            if etype:
                spans.append((pos, pos + len(word), etype))
            words.append((pos, pos + len(word)))
            text.append(word)
            pos += len(word)
        yield Record("".join(text), spans, f"{path}:{line_no}", words)


class BadTag(ValueError):
    def __init__(self, tag: str, index: int):
        super().__init__(f"bad tag {tag!r} (expected O or B-, I-, M-, E-, S- and a type)")
        self.index = index


def tags_to_spans(tags: list[str]) -> list[Span]:
    """BIO, BIOES and BMES tags to spans, conlleval-style: an I-/M-/E- that cannot continue starts a chunk.
    A tag that is none of these raises BadTag with its index."""
    spans: list[Span] = []
    start, etype = None, None

    def close(end):
        nonlocal start, etype
        if start is not None:
            spans.append((start, end, etype))
        start, etype = None, None

    for i, tag in enumerate(tags):
        if tag == "O":
            close(i)
            continue
        prefix, sep, t = tag.partition("-")
        if not sep or prefix not in {"B", "I", "M", "E", "S"} or not t:
            raise BadTag(tag, i)
        if prefix in ("B", "S") or start is None or t != etype:
            close(i)
            start, etype = i, t
        if prefix in ("E", "S"):
            close(i + 1)
    close(len(tags))
    return spans


def read_conll(path, strip_position_digits: bool = False) -> Iterator[Record]:
    """`char<space|tab>tag` per line, blank line between sentences (BIO, BIOES or BMES).
    Weibo writes each char followed by its position in the jieba word (`科0`): strip_position_digits."""
    chars: list[str] = []
    tags: list[str] = []
    first_line = 1

    def flush():
        if chars:
            try:
                spans = tags_to_spans(tags)
            except BadTag as e:
                raise DataError(path, first_line + e.index, str(e)) from None  # one token per line
            yield Record("".join(chars), spans, f"{path}:{first_line}")

    for line_no, raw in _numbered_lines(path):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            yield from flush()
            chars, tags, first_line = [], [], line_no + 1
            continue
        parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise DataError(path, line_no, f"expected 'char tag', got {line!r}")
        token, tag = parts[0], parts[1].strip()
        if strip_position_digits:
            # `科0`, `30` (the digit 3 at position 0); an emoji lost in Weibo's release is two U+FFFD: one char
            m = re.fullmatch(r"(\ufffd+|.)\d+", token)
            token = m.group(1)[0] if m else token
        if len(token) != 1:
            raise DataError(path, line_no, f"expected one character, got {token!r}")
        chars.append(token)
        tags.append(tag)
    yield from flush()


CLUENER_TO_NEWS = {"name": "PER", "address": "LOC", "scene": "LOC", "organization": "ORG", "government": "ORG",
                   "company": "ORG"}


def _json_records(path, kind: str, parse) -> Iterator[tuple[Record, dict]]:
    """JSON-lines files: parse(obj) -> (text, spans) for each non-blank line; any error in a line
    (bad JSON, missing field, span that does not fit) names the file and line."""
    for line_no, line in _numbered_lines(path):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text, spans = parse(obj)
        except (ValueError, KeyError, TypeError, AttributeError) as e:  # AttributeError: a list where a map goes
            raise DataError(path, line_no, f"bad {kind} record: {e}") from None
        yield Record(text, sorted(spans), f"{path}:{line_no}"), obj


def read_cluener(path, type_map: dict[str, str] | None = None) -> Iterator[Record]:
    """CLUENER JSON lines, `end` inclusive in the file. type_map renames (and filters) types."""
    def parse(obj):
        text = obj["text"]
        spans = []
        for etype, mentions in obj.get("label", {}).items():
            for mention, positions in mentions.items():
                for s, e in positions:
                    if not 0 <= s <= e < len(text):  # a slice would clamp a span that runs past the text
                        raise ValueError(f"span {s}-{e} is outside the text of {len(text)} characters")
                    if text[s:e + 1] != mention:
                        raise ValueError(f"span {s}-{e} is {text[s:e + 1]!r}, label says {mention!r}")
                    t = type_map.get(etype) if type_map is not None else etype
                    if t:
                        spans.append((s, e + 1, t))
        return text, spans

    for rec, _ in _json_records(path, "CLUENER", parse):
        yield rec


def read_jsonl(path, min_confidence: float = 0.0) -> Iterator[Record]:
    """One JSON object per line: {"text", "spans": [[start, end, type]], "confidence"?} (pseudo-labels,
    shiti_train.pseudo); lines below min_confidence are skipped."""
    def parse(obj):
        text = obj["text"]
        spans = [(int(s), int(e), str(t)) for s, e, t in obj["spans"]]
        if any(not (0 <= s < e <= len(text)) for s, e, _ in spans):
            raise ValueError("span outside the text")
        return text, spans

    for rec, obj in _json_records(path, "JSON", parse):
        if obj.get("confidence", 1.0) >= min_confidence:
            yield rec


RMRB_TYPES = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
_RMRB_TOKEN = re.compile(r"^(\[?)(.+)/([A-Za-z]+)(?:\](\w+))?$")


def read_rmrb(path, split_sentences: bool = True) -> Iterator[Record]:
    """People's Daily 1998 POS corpus. Bracketed compounds `[中国/ns 政府/n]nt` are one entity of the outer
    tag (nt/ns); inside a bracket of another tag (`[革命/vn 圣地/n 延安/ns 供水/vn 工程/n]nz`) the inner names
    stay. A surname token of one or two characters joins the nr token after it into one PER, as MSRA writes
    names (江/nr 泽民/nr); a list of names stays a list (江/nr 泽民/nr 李/nr 鹏/nr is two people), and a
    transliterated name, one token, stays as it is. Paragraphs are split after 。！？ so no training line is
    a 1,000-character paragraph."""
    for line_no, line in _numbered_lines(path):
        tokens = line.split()
        if not tokens:
            continue
        if re.match(r"^\d{8}-\d{2}-\d{3}-\d{3}/m$", tokens[0]):
            tokens = tokens[1:]
        text = []
        spans: list[Span] = []
        inner: list[Span] = []  # names inside the open bracket: kept only if its own tag is no entity type
        pos = 0
        bracket_start, bracket_open_tok = None, ""
        bracket_tokens: list[tuple[int, str, str]] = []
        surname_open = False  # the last token was a PER of 1-2 characters that no given name has joined yet
        for tok in tokens:
            m = _RMRB_TOKEN.match(tok)
            if not m:
                raise DataError(path, line_no, f"expected word/POS, got {tok!r}")
            opens, word, pos_tag, closes = m.groups()
            if opens:
                if bracket_start is not None:
                    raise DataError(path, line_no, f"'[' at {tok!r} inside the bracket opened at {bracket_open_tok!r}: "
                                                   f"nested brackets are not supported")
                bracket_start, bracket_open_tok, bracket_tokens, inner = pos, tok, [], []
                surname_open = False
            if bracket_start is not None:
                bracket_tokens.append((pos, word, pos_tag))
            etype = RMRB_TYPES.get(pos_tag)
            target = spans if bracket_start is None else inner
            if etype == "PER" and surname_open and target and target[-1][2] == "PER" and target[-1][1] == pos:
                target[-1] = (target[-1][0], pos + len(word), "PER")  # surname + given name, once
                surname_open = False
            elif etype:
                target.append((pos, pos + len(word), etype))
                surname_open = etype == "PER" and len(word) <= 2
            else:
                surname_open = False
            text.append(word)
            pos += len(word)
            if closes is not None:
                if bracket_start is None:
                    raise DataError(path, line_no, f"']' without '[' at {tok!r}")
                outer = RMRB_TYPES.get(closes)
                if outer == "ORG" and [(w, t) for _, w, t in bracket_tokens][1:] == [("政府", "n")] \
                        and bracket_tokens[0][2] == "ns":
                    # MSRA writes 中国/ns 政府/o where RMRB brackets [中国/ns 政府/n]nt: follow MSRA.
                    start0, word0, _ = bracket_tokens[0]
                    spans.append((start0, start0 + len(word0), "LOC"))
                elif outer:
                    spans.append((bracket_start, pos, outer))
                else:
                    spans.extend(inner)
                bracket_start, inner = None, []
                surname_open = False
        if bracket_start is not None:
            raise DataError(path, line_no, f"'[' at {bracket_open_tok!r} is not closed on its line")
        rec = Record("".join(text), sorted(spans), f"{path}:{line_no}")
        yield from (split_record(rec) if split_sentences else [rec])


_SENT_END = "。！？"


def split_record(rec: Record, max_len: int | None = None) -> Iterator[Record]:
    """Cut after sentence-final punctuation (never inside an entity)."""
    inside = set()
    for s, e, _ in rec.spans:
        inside.update(range(s, e - 1))
    start = 0
    for i, ch in enumerate(rec.text):
        if ch in _SENT_END and i not in inside and i + 1 < len(rec.text):
            if rec.text[i + 1] in "”’」』）)":  # keep a closing quote with its sentence
                continue
            yield _slice(rec, start, i + 1)
            start = i + 1
        elif i > start and rec.text[i - 1] in _SENT_END and ch in "”’」』）)" and i not in inside and i + 1 < len(rec.text):
            yield _slice(rec, start, i + 1)
            start = i + 1
    if start < len(rec.text):
        yield _slice(rec, start, len(rec.text))


def _slice(rec: Record, s: int, e: int) -> Record:
    spans = [(a - s, b - s, t) for a, b, t in rec.spans if a >= s and b <= e]
    # A hard cut can fall inside a word: keep its part on each side.
    words = None if rec.words is None else [(max(a, s) - s, min(b, e) - s) for a, b in rec.words if a < e and b > s]
    return Record(rec.text[s:e], spans, rec.source, words)


def chunk_long(rec: Record, max_len: int) -> Iterable[Record]:
    """Records longer than max_len: split at sentence ends, then at commas, then hard (outside entities)."""
    if len(rec.text) <= max_len:
        yield rec
        return
    for part in split_record(rec):
        if len(part.text) <= max_len:
            yield part
            continue
        inside = set()
        for s, e, _ in part.spans:
            inside.update(range(s, e - 1))  # cutting right after these would split an entity
        start = 0
        while len(part.text) - start > max_len:
            end = start + max_len
            cut = next((i + 1 for i in range(end - 1, start, -1) if part.text[i] in "，、；：,;" and i not in inside), None)
            if cut is None:
                cut = next((i for i in range(end, start, -1) if i - 1 not in inside), end)
            yield _slice(part, start, cut)
            start = cut
        yield _slice(part, start, len(part.text))
