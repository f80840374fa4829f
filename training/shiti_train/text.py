"""Preprocessing shared with the engine (docs/model-contract.md). Any change here must be mirrored in
src/engine and will be caught by the parity fixture."""
from __future__ import annotations

import bisect
import re
import unicodedata

from dataclasses import dataclass

# Zero-width characters, BOM and soft hyphen: invisible, so users never mean them as part of a name.
DROP = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)
WHITESPACE = frozenset(
    list(range(0x09, 0x0E)) + [0x20, 0x85, 0xA0, 0x1680] + list(range(0x2000, 0x200B))
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
)
# Combining marks and variation selectors belong to the code point before them (contract step 1): not fed, inside
# its offsets. Decomposed pinyin (i + U+0300) or a glyph variant (葛 + U+E0100) would otherwise put a mark the model
# never saw in the middle of a name. Fixed ranges, as in the engine, whatever Unicode version each runtime knows.
ATTACHED_MARKS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                  (0xFE00, 0xFE0F), (0xFE20, 0xFE2F), (0xE0100, 0xE01EF))
# Bidirectional formatting characters (LRM, RLM, ALM, the embeddings, overrides and isolates) are dropped like
# `drop`, whatever the manifest says (contract step 1): invisible, they come with text copied from chat apps,
# right-to-left pages or Windows' formatted dates, and were fed as an unknown unit inside a name (李娜‏ with its
# RLM, 李‏娜 cut in two). Fixed, as in the engine.
BIDI_CONTROLS = frozenset([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# A form feed is dropped too (contract step 1): pdftotext starts each page with one, right after the page's last line
# break; read as the next line's indent, it kept a sentence broken over two pages from being joined (谭\n\f德塞). As
# the engine.
FORM_FEED = 0x0C
FULLWIDTH_SPACE = 0x3000
# Other invisible characters are dropped too (contract step 1; INVISIBLE in src/engine/normalize.ts, the same string,
# tests/test_text.py compares them): format characters, U+FFFC (an image's place in a rich-text paste) and the blanks
# used as invisible padding (U+2800, Hangul fillers). Fed, the model took each into a name (张伟\u2061; fuzzing).
INVISIBLE = " ".join([
    "600-605 6DD 70F 8E2 115F 1160 180E 2061-2064 206A-206F 2800 3164 FFA0 FFF9-FFFC",
    "110BD 110CD 13430-1343F 1BCA0-1BCA3 1D173-1D17A E0001",
])

# Emoji and pictographic symbols, hexadecimal code points and inclusive ranges, the same string as PICTOGRAPHIC in
# src/engine/normalize.ts (tests/test_text.py compares them): fed as a space (contract step 1) and never inside a
# name (contract step 7a).
# Unicode 17.0's Extended_Pictographic with the emoji modifiers U+1F3FB-1F3FF, the regional indicators
# U+1F1E6-1F1FF, ZWJ U+200D, the variation selectors U+FE0E-FE0F, the combining keycap U+20E3 and the tag characters
# U+E0020-E007F. Weibo-style text puts them right after names ("张伟👍"), and the model took them in.
PICTOGRAPHIC = " ".join([
    "A9 AE 200D 203C 2049 20E3 2122 2139 2194-2199 21A9-21AA 231A-231B 2328 23CF 23E9-23F3 23F8-23FA 24C2",
    "25AA-25AB 25B6 25C0 25FB-25FE 2600-2604 260E 2611 2614-2615 2618 261D 2620 2622-2623 2626 262A",
    "262E-262F 2638-263A 2640 2642 2648-2653 265F-2660 2663 2665-2666 2668 267B 267E-267F 2692-2697 2699",
    "269B-269C 26A0-26A1 26A7 26AA-26AB 26B0-26B1 26BD-26BE 26C4-26C5 26C8 26CE-26CF 26D1 26D3-26D4",
    "26E9-26EA 26F0-26F5 26F7-26FA 26FD 2702 2705 2708-270D 270F 2712 2714 2716 271D 2721 2728 2733-2734",
    "2744 2747 274C 274E 2753-2755 2757 2763-2764 2795-2797 27A1 27B0 27BF 2934-2935 2B05-2B07 2B1B-2B1C",
    "2B50 2B55 3030 303D 3297 3299 FE0E-FE0F 1F004 1F02C-1F02F 1F094-1F09F 1F0AF-1F0B0 1F0C0 1F0CF-1F0D0",
    "1F0F6-1F0FF 1F170-1F171 1F17E-1F17F 1F18E 1F191-1F19A 1F1AE-1F1FF 1F201-1F20F 1F21A 1F22F",
    "1F232-1F23A 1F23C-1F23F 1F249-1F25F 1F266-1F321 1F324-1F393 1F396-1F397 1F399-1F39B 1F39E-1F3F0",
    "1F3F3-1F3F5 1F3F7-1F4FD 1F4FF-1F53D 1F549-1F54E 1F550-1F567 1F56F-1F570 1F573-1F57A 1F587",
    "1F58A-1F58D 1F590 1F595-1F596 1F5A4-1F5A5 1F5A8 1F5B1-1F5B2 1F5BC 1F5C2-1F5C4 1F5D1-1F5D3",
    "1F5DC-1F5DE 1F5E1 1F5E3 1F5E8 1F5EF 1F5F3 1F5FA-1F64F 1F680-1F6C5 1F6CB-1F6D2 1F6D5-1F6E5 1F6E9",
    "1F6EB-1F6F0 1F6F3-1F6FF 1F7DA-1F7FF 1F80C-1F80F 1F848-1F84F 1F85A-1F85F 1F888-1F88F 1F8AE-1F8AF",
    "1F8BC-1F8BF 1F8C2-1F8CF 1F8D9-1F8FF 1F90C-1F93A 1F93C-1F945 1F947-1F9FF 1FA58-1FA5F 1FA6E-1FAFF",
    "1FC00-1FFFD E0020-E007F",
])
def code_point_class(listed: str) -> re.Pattern:
    """A character class of the hexadecimal code points and ranges of `listed`."""
    return re.compile("[" + "".join("-".join(re.escape(chr(int(h, 16))) for h in r.split("-"))
                                    for r in listed.split()) + "]")


def _ranges(listed: str) -> list[tuple[int, int]]:
    return [(int(r.partition("-")[0], 16), int(r.partition("-")[2] or r.partition("-")[0], 16)) for r in listed.split()]


PICTOGRAPHIC_RANGES = _ranges(PICTOGRAPHIC)
INVISIBLE_CODE_POINTS = frozenset(cp for first, last in _ranges(INVISIBLE) for cp in range(first, last + 1))
PICTOGRAPHIC_STARTS = [first for first, _ in PICTOGRAPHIC_RANGES]


def is_pictographic(ch: str) -> bool:
    """Contract step 1: an emoji or pictographic symbol is fed as a space, and a run of them as one (the model lost
    or cut the names beside one, read as an unknown unit: 121 of 210 names whole, 182 with a space). As the engine."""
    cp = ord(ch)
    k = bisect.bisect_right(PICTOGRAPHIC_STARTS, cp) - 1
    return k >= 0 and PICTOGRAPHIC_RANGES[k][0] <= cp <= PICTOGRAPHIC_RANGES[k][1]

BOS, EOS = "<s>", "</s>"
PAD_ID, UNK_ID = 0, 1


def is_attached_mark(ch: str) -> bool:
    cp = ord(ch)
    return any(first <= cp <= last for first, last in ATTACHED_MARKS)


# Contract step 2: the other dots written between the parts of a foreign name (bullet, Taiwan's U+2027, the bullet and
# dot operators, the katakana middle dot and its half-width form) are fed as U+00B7, one for one. NAME_DOT_FORMS in
# src/engine/normalize.ts, the same string (training/tests/test_text.py compares them).
NAME_DOT_FORMS = "2022 2027 2219 22C5 30FB FF65"
_NAME_DOT_FORM_CODE_POINTS = frozenset(int(h, 16) for h in NAME_DOT_FORMS.split())
MIDDLE_DOT = "\u00b7"


def normalize_char(ch: str) -> str:
    """MSRA is entirely full-width, users type half-width: map ASCII to full-width so both meet; other name dots
    become U+00B7."""
    cp = ord(ch)
    if cp in _NAME_DOT_FORM_CODE_POINTS:
        return MIDDLE_DOT
    if 0x21 <= cp <= 0x7E:
        return chr(cp + 0xFEE0)
    if cp in WHITESPACE:
        return chr(FULLWIDTH_SPACE)
    return ch


@dataclass
class Normalized:
    chars: list[str]          # normalized code points fed to the model
    source_index: list[int]   # for each, its code-point index in the original text
    source_end: list[int]     # for each, the code-point index just after it and the marks attached to it


class PhraseTable:
    """The model folder's Traditional->Simplified phrases (t2s_phrase_file: 傢俱 -> 家具, same length)."""

    def __init__(self, table: dict[str, str]):
        self.table = table
        self.longest = max(map(len, table), default=0)
        self.firsts = frozenset(k[0] for k in table)  # most units start no phrase: skip them at once

    def replacements(self, chars) -> dict[int, str]:
        """Unit index -> its Simplified form, for every unit inside a phrase (docs/model-contract.md, step 2):
        left to right, the longest phrase that starts at a unit not inside an earlier one."""
        out: dict[int, str] = {}
        i, n = 0, len(chars)
        while i < n:
            if chars[i] not in self.firsts:
                i += 1
                continue
            for size in range(min(self.longest, n - i), 1, -1):
                simp = self.table.get("".join(chars[i:i + size]))
                if simp is not None:
                    out.update((i + k, s) for k, s in enumerate(simp))
                    i += size
                    break
            else:
                i += 1
        return out

    def simplify(self, chars: list[str], t2s: dict[str, str]) -> list[str]:
        """Phrases first; every other unit through the character table."""
        phrased = self.replacements(chars)
        return [phrased.get(i) or t2s.get(c, c) for i, c in enumerate(chars)]


STRAIGHT_QUOTE, OPENING_QUOTE, CLOSING_QUOTE = "\uff02", "\u201c", "\u201d"


def pair_straight_quotes(chars: list[str], line_starts: set[int] = frozenset()) -> list[str]:
    """The engine's normalizedUnits with manifest normalization.pair_straight_quotes: straight double quotes
    (＂ once normalized) read as “ and ” by turns, from “ again at every unit in `line_starts`."""
    out, open_ = [], False
    for i, ch in enumerate(chars):
        if i in line_starts:
            open_ = False
        if ch == STRAIGHT_QUOTE:
            ch, open_ = (CLOSING_QUOTE if open_ else OPENING_QUOTE), not open_
        out.append(ch)
    return out


def normalize(text: str, t2s: dict[str, str] | None = None, pair_quotes: bool = False,
              phrases: PhraseTable | None = None) -> Normalized:
    """t2s: the model folder's Traditional->Simplified table (one character to one character); phrases: its
    phrase table, matched on the original text and ahead of t2s; pair_quotes: the manifest's
    normalization.pair_straight_quotes."""
    phrased = phrases.replacements(text) if phrases else {}
    chars: list[str] = []
    index: list[int] = []
    ends: list[int] = []
    after_break: set[int] = set()  # units that follow a line break (the quote count starts again there)
    after_pictograph = False  # the last unit fed was an emoji's space
    for i, ch in enumerate(text):
        if is_attached_mark(ch):
            if ends and ends[-1] == i:  # right after a kept code point (or its marks): part of it
                ends[-1] = i + 1
            continue
        if ord(ch) in LINE_BREAKS:
            after_break.add(len(chars))
        if ord(ch) in DROP or ord(ch) in BIDI_CONTROLS or ord(ch) == FORM_FEED or ord(ch) in INVISIBLE_CODE_POINTS:
            continue
        pictograph = is_pictographic(ch)
        if pictograph and after_pictograph:
            continue  # one space for a run of them
        after_pictograph = pictograph
        if pictograph:
            ch = chr(FULLWIDTH_SPACE)
        elif i in phrased:
            ch = phrased[i]
        elif t2s:
            ch = t2s.get(ch, ch)
        chars.append(normalize_char(ch))
        index.append(i)
        ends.append(i + 1)
    return Normalized(pair_straight_quotes(chars, after_break) if pair_quotes else chars, index, ends)


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
# ］ and ｝ are what normalization makes of ] and }: without them a line ending in [哈哈] was unwrapped while the
# engine's mayEndInWrap, reading the raw ], took it for a real end.
CLOSERS = frozenset("”’」』）】》〕〗〙〉＂＇)]}］｝\"'")
LINE_BREAKS = frozenset({0x0A, 0x0D, 0x85, 0x2028, 0x2029})
# A line at least this long that stops mid-sentence (not after one of ENDS_A_LINE) was wrapped, not ended.
MIN_WRAPPED_LINE = 20
# A shorter line, down to this length, was wrapped if the line before it was wrapped at the same length (±1).
MIN_COLUMN_LINE = 8
MAX_HELD_LINE = 64  # units of the line after a possible column break read at most while deciding
# A narrow column starts only where one of the two lines around its first break holds one of these (clause and
# sentence marks, function words): lines of one length without any are a list of names, not a column.
PROSE_MARKS = set("，、。！？；的了在是着过把被从对这那就也都还又而但很更最")
MAX_WRAP_GAP = 16  # whitespace units around a wrap at most (trailing spaces and the break): longer runs are layout
# The marks that end social-media posts rather than sentences are in ENDS_A_LINE too: a hashtag's # and a tilde.
ENDS_A_LINE = frozenset("。！？；…!?;：:．.#＃~～〜") | CLOSERS
# A web address's characters, projected to ASCII lower case: the class contract step 7a reads addresses by
# (decode.NEVER_IN_NAME) and a line ending in an address is told by.
URL_CHARS = r"[a-z0-9\-._~:/?#=&%+@!*$]"
URL_CHAR = re.compile(URL_CHARS)
URL_STARTS = ("http://", "https://", "www.")
MENTION_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff_\-＿－a-zA-Z0-9ａ-ｚＡ-Ｚ０-９]")  # an @mention's, after its @
# How wide a line-final @mention may be after its @, a Han unit counting 2 (Weibo's nicknames are at most 30 so
# counted): beyond it the mention runs on into prose (感谢@北京大学新闻与传播学院的老师们和同学王\n小明), a wrap.
MAX_MENTION_WIDTH = 24
HAN_MENTION_UNIT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _as_ascii(ch: str) -> str:
    """A unit as decode.py projects it for web addresses: full-width ASCII to ASCII, lower case; '' if no ASCII."""
    code = ord(ch[0])
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0).lower()
    return ch.lower() if code < 0x7F else ""


class LineEnd:
    """The engine's LineEnd (src/engine/windows.ts): whether a line, fed unit by unit, ends in an emoji (trailing
    whitespace aside), a web address or an @mention, as social-media posts one a line do; a line break after one is a
    real one. QA: 1,897 of 2,000 Weibo-style posts one a line ran together and 26 names crossed a post boundary."""

    def __init__(self):
        self.pictograph = self.after_space = self.url = self.mention = False
        self.url_run = ""
        self.mention_width = 0  # the line-final mention's width after its @ (MAX_MENTION_WIDTH)

    def feed(self, ch: str, whitespace: bool, pictograph: bool):
        if whitespace:
            self.pictograph = self.pictograph or pictograph
            self.after_space = True
            return
        if self.after_space:
            self.url_run, self.url, self.mention = "", False, False
        self.pictograph = self.after_space = False
        ascii_ = _as_ascii(ch)
        if ascii_ and URL_CHAR.fullmatch(ascii_):
            self.url_run = (self.url_run + ascii_)[-8:]
            self.url = self.url or self.url_run.endswith(URL_STARTS)
        else:
            self.url_run, self.url = "", False
        goes_on = self.mention and MENTION_CHAR.fullmatch(ch) is not None
        self.mention_width = self.mention_width + (2 if HAN_MENTION_UNIT.fullmatch(ch) else 1) if goes_on else 0
        self.mention = ascii_ == "@" or goes_on

    @property
    def ended(self) -> bool:
        return self.pictograph or self.url or (self.mention and self.mention_width <= MAX_MENTION_WIDTH)


def sentence_ends(text: str, norm: Normalized) -> list[bool]:
    """For each unit of `normalize(text)`: whether its original code point ends a sentence."""
    return [ord(text[i]) in SENTENCE_END for i in norm.source_index]


def line_breaks(text: str, norm: Normalized) -> list[bool]:
    """For each unit of `normalize(text)`: whether it starts a line break (the \\n of a \\r\\n pair does not)."""
    return [ord(text[i]) in LINE_BREAKS and not (text[i] == "\n" and i > 0 and text[i - 1] == "\r")
            for i in norm.source_index]


def tabs_of(text: str, norm: Normalized) -> list[bool]:
    """For each unit of `normalize(text)`: whether its original code point is a tab (a table's column separator: it
    ends letter and word spacing like a line break, and no name crosses it)."""
    return [text[i] == "\t" for i in norm.source_index]


def pictographs_of(text: str, norm: Normalized) -> list[bool]:
    """For each unit of `normalize(text)`: whether its original code point is an emoji or pictographic symbol (the
    engine's TextUnit.pictograph): a line ending in one ends there (unwrap_lines)."""
    return [is_pictographic(text[i]) for i in norm.source_index]


def apart_of(text: str, norm: Normalized) -> list[bool]:
    """For each unit of `normalize(text)`: whether no name may cover it for what its original code point is (contract
    step 7a): a tab, or an emoji or pictographic symbol (fed as a space; 深👍圳 was one name)."""
    return [text[i] == "\t" or is_pictographic(text[i]) for i in norm.source_index]


def unit_class(ch: str) -> str | None:
    """'letter' or 'digit' for a Latin letter or digit after normalization (always full-width there)."""
    if "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a":
        return "letter"
    return "digit" if "\uff10" <= ch <= "\uff19" else None


def _latin_or_digit(ch: str) -> bool:
    return unit_class(ch) is not None


def mark_period_ends(chars: list[str], ends: list[bool]) -> list[bool]:
    """The engine's markPeriodEnds: a full stop typed half-width ('.', '．' once normalized) ends a sentence when
    no letter or digit follows it (3.14, U.S. and example.com are not ends)."""
    return [end or (ch in "．." and (i + 1 == len(chars) or not _latin_or_digit(chars[i + 1])))
            for i, (ch, end) in enumerate(zip(chars, ends))]


MAX_LETTER_GAP = 3  # whitespace units between two letter-spaced characters at most (on one line)
MIN_LETTER_RUN = 3  # one-character tokens in a row that make text letter-spaced


def close_letter_spacing(chars: list[str], breaks: list[bool] | None = None) -> list[int]:
    """The engine's closeLetterSpacing: the indices of the units fed on. In a run of at least MIN_LETTER_RUN
    one-character tokens, each followed by 1-MAX_LETTER_GAP whitespace units on one line (国 务 院), every gap
    as long as the first, the whitespace between two of them is dropped, unless both are Latin letters or digits."""
    space = chr(FULLWIDTH_SPACE)
    n = len(chars)
    dropped: set[int] = set()
    tokens: list[tuple[int, int]] = []  # [start, end) of the runs of non-whitespace units
    i = 0
    while i < n:
        if chars[i] == space:
            i += 1
            continue
        j = i
        while j < n and chars[j] != space:
            j += 1
        tokens.append((i, j))
        i = j

    def short_gap(a: int, b: int) -> bool:  # the whitespace units a..b-1
        return b - a <= MAX_LETTER_GAP and not (breaks and any(breaks[a:b]))

    def close(run: list[int]):
        if len(run) >= MIN_LETTER_RUN:
            for a, b in zip(run, run[1:]):
                if not (_latin_or_digit(chars[a]) and _latin_or_digit(chars[b])):
                    dropped.update(range(a + 1, b))

    run: list[int] = []
    for start, end in tokens:
        if end - start > 1:
            close(run)
            run = []
        elif run and short_gap(run[-1] + 1, start) and (len(run) == 1 or start - run[-1] == run[1] - run[0]):
            run.append(start)
        else:
            close(run)
            run = [start]
    close(run)
    return [i for i in range(n) if i not in dropped]


WORD_RUN = 8  # tokens in a row, one space apart, looked at together to tell word-spaced text
MIN_ONE_UNIT_WORDS = 2  # function words or punctuation marks standing alone among WORD_RUN that make it word-spaced
MAX_WORD = 16  # a longer token is no segmented word and ends a chain
# Function words a segmenter leaves standing alone; a list of names holds none (the engine's FUNCTION_WORDS).
FUNCTION_WORDS = "的了在是和与及或也都就还又而但并把被将从向对为以于由给让到这那其之所着过地得很更最不没有要会能可等个"


def _function_token(chars: list[str], token: list[int]) -> bool:
    if len(token) != 1:
        return False
    ch = chars[token[0]]
    return ch in FUNCTION_WORDS or unicodedata.category(ch).startswith("P")


def close_word_spacing(chars: list[str], breaks: list[bool] | None, units: list[int]) -> list[int]:
    """The engine's closeWordSpacing, over the units fed on so far (close_letter_spacing): the units fed on. In a
    chain of tokens one whitespace unit apart on one line, each at most MAX_WORD units and not only Latin letters or
    digits with a letter among them, from the first WORD_RUN tokens in a row that hold MIN_ONE_UNIT_WORDS function
    words or punctuation marks standing alone to the chain's end, the whitespace between two tokens is dropped,
    unless both sides are Latin letters or digits."""
    space = chr(FULLWIDTH_SPACE)
    dropped: set[int] = set()
    # tokens and gaps in the order fed: ("token", [units]) or ("gap", [units])
    pieces: list[tuple[str, list[int]]] = []
    for u in units:
        kind = "gap" if chars[u] == space else "token"
        if pieces and pieces[-1][0] == kind:
            pieces[-1][1].append(u)
        else:
            pieces.append((kind, [u]))

    def close(chain: list[list[int]], gaps: list[int]):
        for j in range(len(chain) - WORD_RUN + 1):
            if sum(_function_token(chars, t) for t in chain[j:j + WORD_RUN]) >= MIN_ONE_UNIT_WORDS:
                for k in range(j, len(chain) - 1):
                    if not (_latin_or_digit(chars[chain[k][-1]]) and _latin_or_digit(chars[chain[k + 1][0]])):
                        dropped.add(gaps[k])
                return

    chain: list[list[int]] = []
    gaps: list[int] = []
    for at, (kind, piece) in enumerate(pieces):
        if kind == "gap":
            if len(piece) > 1 or (breaks is not None and breaks[piece[0]]):
                close(chain, gaps)
                chain, gaps = [], []
            continue
        latin_word = all(_latin_or_digit(chars[u]) for u in piece) and any(unit_class(chars[u]) == "letter" for u in piece)
        if len(piece) > MAX_WORD or latin_word:
            close(chain, gaps)
            chain, gaps = [], []
            continue
        if chain:  # pieces alternate, so the one-unit gap before this token is the piece before it
            gaps.append(pieces[at - 1][1][0])
        chain.append(piece)
    close(chain, gaps)
    return [u for u in units if u not in dropped]


@dataclass
class LineShape:
    separators: int = 0      # whitespace runs inside the line (not between two Latin letters or digits)
    inner_run: bool = False  # a run of two or more whitespace units inside the line
    field: bool = False      # a colon within MAX_FIELD_LABEL units of the line's start (地址：…)
    colon_last: bool = False  # that colon is the last unit read
    tab: bool = False        # a tab after the line's first non-whitespace unit (a table row; an indent does not count)
    label: str = ""          # the current clause since the line's start or CLAUSE_MARKS (at most MAX_CLAUSE_LABEL + 1)
    value: int = -1          # units of a field's value after its colon while the last clause may be label：value; else -1


QUOTE_OPENERS = frozenset("“‘「『＂＇")  # opening quotation marks after normalization, straight ones paired or not


MAX_FIELD_LABEL = 4
CLAUSE_MARKS = frozenset("，、。！？；…!?;")  # after which a field's label may start (besides the line's start)
MAX_CLAUSE_LABEL = 6  # a field's label after a clause mark is at most this long
MAX_FIELD_VALUE = 12  # a field's value is at most this long
# What a field's label ends in (windows.ts FIELD_LABELS): the nouns of metadata lines. 记者 and 作者 also end clauses
# of speech (他告诉记者：…) and are left out.
FIELD_LABELS = (
    "地点", "时间", "日期", "地址", "住址", "电话", "手机", "传真", "邮箱", "邮编", "网址", "联系人", "负责人", "主持人", "报告人",
    "主讲人", "发布人", "单位", "来源", "编辑", "责编", "主办", "承办", "协办", "主题", "标题", "姓名", "名称", "性别", "年龄",
    "民族", "籍贯", "学历", "职务", "职称", "专业", "价格", "金额", "编号", "账号", "备注", "地区", "场地", "会场",
)


def _field_label(label: str) -> bool:
    """The engine's fieldLabel: a clause read up to a colon is a field's label (会议地点：): at most MAX_CLAUSE_LABEL
    units, none of PROSE_MARKS, ending in one of FIELD_LABELS."""
    return len(label) <= MAX_CLAUSE_LABEL and not any(c in PROSE_MARKS for c in label) and label.endswith(FIELD_LABELS)


def _read_shape(shape: LineShape, ch: str, line_length: int) -> None:
    """The engine's readShape: one non-whitespace unit of a line read into its shape."""
    colon = ch in "：:"
    if shape.colon_last and ch in QUOTE_OPENERS:  # a quotation after the colon is prose (王毅说：“…”)
        shape.field = False
    shape.colon_last = colon and 0 < line_length < MAX_FIELD_LABEL
    shape.field = shape.field or shape.colon_last
    if shape.value >= 0:
        shape.value += 1
        if ch in PROSE_MARKS or ch in QUOTE_OPENERS or shape.value > MAX_FIELD_VALUE:
            shape.value = -1
    if colon:
        shape.value, shape.label = (0 if _field_label(shape.label) else -1), ""
    elif ch in CLAUSE_MARKS:
        shape.label = ""
    elif len(shape.label) <= MAX_CLAUSE_LABEL:
        shape.label += ch


def _is_layout_line(shape: LineShape, prose: bool) -> bool:
    """The engine's isLayoutLine (src/engine/windows.ts): a table row, a list of names or a form field, whose line
    break ends it though it stops mid-sentence: a whitespace run of two or more units inside it (aligned columns), a
    colon near its start, a tab after its first non-whitespace unit, a last clause `label：value` (…，地点：广州市), or
    two whitespace runs inside it and none of PROSE_MARKS. QA: a roster's last name ran into the next row's first;
    代表，地点：广州市 / 上海交通大学经济学院 ran into one ORG."""
    return shape.inner_run or shape.field or shape.tab or shape.value > 0 or (shape.separators >= 2 and not prose)


def unwrap_lines(chars: list[str], ends: list[bool], breaks: list[bool],
                 units: list[int] | None = None, pictographs: list[bool] | None = None,
                 tabs: list[bool] | None = None) -> list[tuple[int, bool]]:
    """The engine's unwrapLines: (unit index, sentence end) of the units fed to the windows. A single line break
    after a line of at least MIN_WRAPPED_LINE units that stops mid-sentence, with the next line starting right
    away, is a wrap: not a sentence end, and not fed at all between two Chinese characters (a space between two
    Latin letters or digits). `units`: the indices fed on so far (close_letter_spacing), all by default;
    `pictographs`: which units were an emoji (pictographs_of), whose line break is a real one (LineEnd); `tabs`: which
    were a tab (tabs_of), after which a line's break is a real one (a table row)."""
    space = chr(FULLWIDTH_SPACE)
    out: list[tuple[int, bool]] = []
    gap: list[int] = []  # whitespace since the last non-whitespace unit, while it may still be a wrap
    spilled = False      # that whitespace cannot be a wrap (a blank line, a long run): passed on
    n_breaks = line_length = line_before_gap = 0
    line_prose = prose_before_gap = False  # the current line, the line before the gap, holds one of PROSE_MARKS
    shape = shape_before_gap = LineShape()  # what _is_layout_line reads of the current line, of the line before the gap
    last_candidate = 0  # length of the line before, if it ended as a wrap would; else 0
    line_end, ended_before_gap = LineEnd(), False  # the line ends in an emoji, a web address or an @mention
    emoji = pictographs or [False] * len(chars)
    tab = tabs or [False] * len(chars)
    previous: str | None = None
    order = list(range(len(chars))) if units is None else units

    def next_line_continues(pos: int, length: int, prose: bool) -> bool:
        """At a possible column's first break: whether the line from order[pos] on has `length` ±1 units and
        stops mid-sentence (read up to its line break, the end of the text, or until it cannot), and it or the
        line before (`prose`) holds one of PROSE_MARKS."""
        count, last, end = 0, None, LineEnd()
        for n, k in enumerate(order[pos:], start=1):
            if chars[k] != space:
                count, last = count + 1, chars[k]
                prose = prose or chars[k] in PROSE_MARKS
            if breaks[k]:
                break
            end.feed(chars[k], chars[k] == space, emoji[k])
            if count > length + 1 or n > MAX_HELD_LINE:
                return False
        return abs(count - length) <= 1 and last not in ENDS_A_LINE and not end.ended and prose

    for pos, i in enumerate(order):
        ch = chars[i]
        if ch == space:
            if n_breaks == 0 and not breaks[i]:
                line_end.feed(ch, True, emoji[i])  # trailing whitespace: an emoji is one
            if n_breaks == 0 and tab[i] and previous is not None:  # not a paragraph's indent
                shape.tab = True
            if breaks[i]:
                if n_breaks == 0:
                    ended_before_gap = line_end.ended
                    line_before_gap, prose_before_gap, shape_before_gap = line_length, line_prose, shape
                n_breaks += 1
            if spilled:
                out.append((i, ends[i]))
                continue
            gap.append(i)
            if n_breaks > 1 or len(gap) > MAX_WRAP_GAP:
                out += [(g, ends[g]) for g in gap]
                gap, spilled = [], True
            continue
        if gap:
            candidate = (n_breaks == 1 and ends[gap[-1]] and previous is not None and previous not in ENDS_A_LINE
                         and not ended_before_gap and not _is_layout_line(shape_before_gap, prose_before_gap))
            column = candidate and MIN_COLUMN_LINE <= line_before_gap < MIN_WRAPPED_LINE
            if column and abs(line_before_gap - last_candidate) > 1:
                # a column's first break: read the next line
                wrapped = next_line_continues(pos, line_before_gap, prose_before_gap)
            else:
                wrapped = candidate and (line_before_gap >= MIN_WRAPPED_LINE or column)
            if n_breaks:  # a column goes on from a wrap only; spaces inside a line leave it be
                last_candidate = line_before_gap if wrapped else 0
            if not wrapped:
                out += [(g, ends[g]) for g in gap]
            elif _latin_or_digit(previous) and _latin_or_digit(ch):
                out += [(g, False) for g in gap]
        if n_breaks:
            line_length, line_prose, shape, line_end = 0, False, LineShape(), LineEnd()
        elif (gap or spilled) and previous is not None:  # whitespace inside the line (spilled: a run over MAX_WRAP_GAP)
            shape.inner_run = shape.inner_run or len(gap) > 1 or spilled
            if not (_latin_or_digit(previous) and _latin_or_digit(ch)):
                shape.separators += 1
        _read_shape(shape, ch, line_length)
        gap, spilled, n_breaks = [], False, 0
        out.append((i, ends[i]))
        line_length += 1
        line_end.feed(ch, False, False)
        line_prose = line_prose or ch in PROSE_MARKS
        previous = ch
    return out + [(g, ends[g]) for g in gap]


@dataclass
class Window:
    units: list[int]  # indices of the normalized units fed to the model, in order
    own_from: int     # the window keeps the entities whose first unit is units[own_from:own_to]
    own_to: int


def default_overlap(max_window: int) -> int:
    return max(2, min(64, max_window // 4))


def text_windows(chars: list[str], ends: list[bool], max_window: int, overlap: int | None = None,
                 breaks: list[bool] | None = None, tabs: list[bool] | None = None,
                 pictographs: list[bool] | None = None) -> list[Window]:
    """The engine's windows over normalized `chars` (`ends[i]`: unit i is a sentence end in the original text;
    `breaks`, when the original text is known: its line breaks, so that wraps are undone first; `tabs`: its tabs,
    which like a line break end letter and word spacing, being a table's column separator; `pictographs`: its emoji
    (pictographs_of), after which a line break is a real one): NerModel.windows,
    half-width full stops marked (mark_period_ends), letter and word spacing closed (close_letter_spacing,
    close_word_spacing), wraps undone
    (unwrap_lines), then cut. A sentence longer
    than `max_window` is cut into chunks overlapping by `overlap` units, each owning the units up to the middle of
    its overlaps. Windows of nothing but whitespace are skipped."""
    overlap = default_overlap(max_window) if overlap is None else overlap
    if not 0 <= overlap < max_window:
        raise ValueError("overlap must be in [0, max_window)")
    hand_over_at = max_window - (overlap + 1) // 2
    space = chr(FULLWIDTH_SPACE)
    out: list[Window] = []

    def emit(units: list[int], own_from: int, own_to: int):
        if any(chars[u] != space for u in units[own_from:own_to]):
            out.append(Window(list(units), own_from, own_to))

    def emit_sentence(units: list[int], own_from: int):
        # its last window, without the whitespace after its end: that belongs to the sentence but is not fed
        end = len(units)
        while end > 0 and chars[units[end - 1]] == space:
            end -= 1
        emit(units[:end], own_from, max(own_from, end))

    ends = mark_period_ends(chars, ends)
    layout = [b or t for b, t in zip(breaks, tabs)] if breaks is not None and tabs is not None else breaks
    kept = close_word_spacing(chars, layout, close_letter_spacing(chars, layout))
    fed = unwrap_lines(chars, ends, breaks, kept, pictographs, tabs) if breaks is not None else [(i, ends[i]) for i in kept]
    buffer: list[int] = []
    own_from = 0
    ended = False
    trailing: list[int] = []  # whitespace after the sentence's end: fed only if a closer on the same line follows
    line_broken = False       # a line break came after the sentence's end: closers start the next sentence too

    def push(i: int):
        nonlocal buffer, own_from
        buffer.append(i)
        if len(buffer) <= max_window:
            return
        emit(buffer[:max_window], own_from, hand_over_at)
        buffer = buffer[max_window - overlap:]
        own_from = hand_over_at - (max_window - overlap)

    for i, end in fed:
        ch = chars[i]
        if ended and ch != space and (line_broken or (not end and ch not in CLOSERS)):
            emit_sentence(buffer, own_from)
            buffer, own_from, ended, trailing, line_broken = [], 0, False, [], False
        if not buffer and ch == space:  # nothing to own: no name starts with a space
            continue
        if ch == space and (ended or end):
            trailing.append(i)
            ended = True
            line_broken = line_broken or (breaks is not None and breaks[i])
            continue
        ended = ended or end
        for held in trailing:
            push(held)
        trailing = []
        push(i)
    if len(buffer) > own_from:
        emit_sentence(buffer, own_from)
    return out
