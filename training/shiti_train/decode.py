"""CRF decoding in numpy, as the engine does it: Viterbi path, per-token marginals by forward-backward,
strict BIOES spans, score = mean marginal of the entity's tags."""
from __future__ import annotations

import re

import numpy as np

from .tags import tags_to_spans_strict
from .text import FULLWIDTH_SPACE, PICTOGRAPHIC, URL_CHARS, code_point_class, unit_class

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


# The brackets of a heading or a label, never part of a name they wrap whole: HEADING_BRACKETS in src/engine/decode.ts.
HEADING_BRACKETS = "【〖〔"


def _unwrap_heading(span, chars: list[str]):
    """A balanced span wrapped whole in one pair of HEADING_BRACKETS loses the pair (【阳光花园小区物业服务中心】停水通知);
    book-title marks and quotes are left (the fine-grained data takes 《》 into a title's name). Dev F1: MSRA 0.8889
    unchanged; CLUENER 0.7582 -> 0.7577, one span, its gold 【东乡县教育局】 taken whole by that corpus's annotators."""
    s, e, t, score = span
    last = e - 1
    if last - s < 2 or chars[s] not in HEADING_BRACKETS or _bracket_at(chars, last) != -_bracket_at(chars, s):
        return span
    depth = 0
    for i in range(s, last):
        kind = _bracket_at(chars, i)
        depth += (kind > 0) - (kind < 0)
        if depth == 0:
            return span
    return _unwrap_heading((s + 1, last, t, score), chars)  # and again inside: 【【华为技术有限公司】】


def balance_brackets(spans, chars: list[str]):
    """A name holds its brackets in pairs (中国长江航运（集团）总公司, “和平”号). Matched left to right like nested
    brackets, a closer that is not the partner of the innermost opener still open is unmatched, and so is every
    opener still open then. A span whose unmatched brackets are all openers, closed right after it (innermost first),
    takes those closers in: 比尔·盖茨(Bill Gates + ). Otherwise the unmatched brackets cut the span and it keeps its
    first non-empty piece (比尔·盖茨(Bill Gates -> 比尔·盖茨, 《变形金刚 -> 变形金刚), or is dropped. A balanced span
    wrapped whole in 【】, 〖〗 or 〔〕 loses them (_unwrap_heading). The score stays."""
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
            out.append(_unwrap_heading((s, e + len(open_), t, score), chars))
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


# Number punctuation, full-width as normalization leaves it: ， ． ％ ＋ － ／ ： and the thousands separator ' of some
# tables (NUMBER_MARKS in src/engine/decode.ts).
NUMBER_MARKS = "，．％＋－／：＇"


def _number_unit(chars: list[str], i: int) -> bool:
    return _unit_class(chars, i) == "digit" or (0 <= i < len(chars) and chars[i] in NUMBER_MARKS)


# What joins the parts of a code (CTS-BJ0418A, AB_12, A/B), full-width as normalization leaves it (CODE_JOINERS in
# src/engine/decode.ts).
CODE_JOINERS = "－＿／．"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # kept by normalization (no NFKC): an author's affiliation marks (孙悦¹，欧阳文静²)


def _mark_digit(chars: list[str], i: int) -> bool:
    return _unit_class(chars, i) == "digit" or (0 <= i < len(chars) and chars[i] in SUPERSCRIPT_DIGITS)


# What makes the digits after a name a count or a year, not a code's: KFC1000家, HSBC1865年 (COUNT_WORDS in
# src/engine/decode.ts). Not 次 (MU5101次航班).
COUNT_WORDS = "家万萬亿億千百台臺款多余餘个個名人件种種辆輛套位只支张張所座层層岁歲年倍户戶块塊元周週间間强強"
# The first two digits of a year of this century or the last, full-width (YEAR_START in src/engine/decode.ts).
YEAR_START = ("１９", "２０")


def _plain_code(chars: list[str], end: int) -> bool:
    """What follows a span at end is plainly a code (plainCode): five digits or more, digits and then a letter, or
    three or four digits that begin no year and no count (CA of CA1234航班, MU of MU5101次); a year (APEC2024), a
    count (KFC1000家, COUNT_WORDS) or one or two digits (BBC2日, CCTV1) are a name's."""
    d = end
    while _unit_class(chars, d) == "digit":
        d += 1
    digits = d - end
    after = chars[d] if d < len(chars) else ""
    return (digits >= 5 or _unit_class(chars, d) == "letter"
            or ((digits == 3 or (digits == 4 and "".join(chars[end:end + 2]) not in YEAR_START))
                and (after == "" or after not in COUNT_WORDS)))


def _cut_codes(spans, chars: list[str]):
    """Codes cut off a span's end (cutCodes in src/engine/decode.ts). (a) A PER span whose last units are digits or
    superscript digits right after a Han unit loses those digits: no Chinese person's name ends in a digit, and both
    models took an author's affiliation marks in (孙悦¹ and 欧阳文静² of 作者：孙悦¹，欧阳文静²). (b) A span whose last
    unit is a capital Latin letter with a digit right after the span may end in a code (a flight, a train, a booking,
    a passport number). Its last run of letters and digits (joined by CODE_JOINERS: CTS-BJ) counts only when it has no
    lower-case letter: a run with one is a word or a name glued to a number (Lisa of Lisa2020年, Jordan of Michael
    Jordan23号, Windows10, DeepSeek3), left whole. A capitals run after other units of the span is cut off, and
    whitespace and joiners left at its end with it (中国国际航空CA of 中国国际航空CA1234 -> 中国国际航空, 四川航空3U of
    四川航空3U8888, 高铁G of 高铁G1234). A span that is all that run is dropped only when what follows is plainly a code
    (_plain_code: five digits or more, digits then a letter, or three or four digits that begin no year: EA of
    EA1234567, HLT of HLT58820391, ABC of ABC12D, CTS-BJ of CTS-BJ0418A, CA of CA1234航班); a name before a year, a day or a count keeps it (WHO2023年, BBC2日, CCTV1, APEC2024, GE2家). Only at
    the end: at a span's start, letters after digits are a name's own (stock tables: ２ + ＸＲ津百). The score stays.
    Dev F1: MSRA 0.8889, resume 0.6624, Weibo 0.5100, CLUENER 0.7582 (docs/model-contract.md)."""
    out = []
    for s, e, t, score in spans:
        if t == "PER":
            j = e
            while j > s and _mark_digit(chars, j - 1):
                j -= 1
            if s < j < e and HAN_UNIT.fullmatch(chars[j - 1]) is not None:
                e = j
        if _unit_class(chars, e - 1) == "letter" and _unit_class(chars, e) == "digit":
            k = e
            while k > s and (_unit_class(chars, k - 1) is not None
                             or (chars[k - 1] in CODE_JOINERS and k - 1 > s and _unit_class(chars, k - 2) is not None)):
                k -= 1
            if not any("\uff41" <= c <= "\uff5a" for c in chars[k:e]):  # a lower-case letter: a word, no code
                if k > s:
                    while k > s and (chars[k - 1] == WHITESPACE_UNIT or chars[k - 1] in CODE_JOINERS):
                        k -= 1
                    e = k
                elif _plain_code(chars, e):
                    e = s
        if s < e:
            out.append((s, e, t, score))
    return out


def drop_impossible_spans(spans, chars: list[str]):
    """After trimming, cut codes off span ends (_cut_codes), then drop spans that cannot be names: those that begin
    or end inside a Latin word or a number, and those holding a markup character. MSRA has hardly any Latin text, and
    the model sometimes tags a piece of HTML ('rror=alert' of 'onerror=alert(1)', or 'src=x onerror=alert'). A letter
    next to a digit is a boundary: stock tables glue rank numbers to names ('２ＸＲ津百'). And a PER span of digits and
    number punctuation only: the fine-grained model read a share count of a PDF's shareholder table as a person
    ('87' of '87,123,456')."""
    return [(s, e, t, score) for s, e, t, score in _cut_codes(spans, chars)
            if not _inside_word(chars, s) and not _inside_word(chars, e) and MARKUP.isdisjoint(chars[s:e])
            and not (t == "PER" and all(_number_unit(chars, i) for i in range(s, e)))]


# The middle dots that part a foreign name written in Chinese (约翰·史密斯): U+00B7, U+30FB, its half-width form
# U+FF65, U+2027 and the bullet U+2022 (NAME_DOTS in src/engine/decode.ts).
NAME_DOTS = "·・･‧•"


def keep_dots_inside(em: np.ndarray, chars: list[str], labels: list[str]) -> np.ndarray:
    """Contract step 7b, after 7a (keepDotsInside in src/engine/decode.ts): a middle dot is never the first or last
    unit of a name, so every B-, E- and S- tag gets -10000 at it: the Viterbi path and the marginals then decide
    whether the name goes on past the dot or stops before it (乔· of 乔·拜登说 unconstrained, 乔·拜登 constrained)."""
    dots = np.array([c in NAME_DOTS for c in chars], dtype=bool)
    if not dots.any():
        return em
    em = em.copy()
    em[np.ix_(dots, [j for j, label in enumerate(labels) if label[:2] in ("B-", "E-", "S-")])] = -10000.0
    return em


NAME_CONJUNCTIONS = "和与及"  # a PER span holding one alone between Latin letters is two persons
# Legal forms registered in brackets after a firm's name (普华永道中天会计师事务所（特殊普通合伙）): a closed list, places
# (（中国）, （香港）) left out (LEGAL_FORMS in src/engine/decode.ts).
LEGAL_FORMS = ("特殊普通合伙", "普通合伙", "有限合伙", "集团", "控股")
FIRM_TYPES = ("ORG", "COMPANY")
# Words for a day or a time of day that follow a name in news prose (乔·拜登周二会见…, 王伟昨天说), (e) of repair_edges: a
# closed list, none of them ending another (TIME_WORDS in src/engine/decode.ts). With step 7b the news model ran a name
# on into the weekday after it (乔·拜登周二, 0.81).
TIME_WORDS = (
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
    "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜日", "礼拜天",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "周末",
    "今天", "昨天", "明天", "前天", "后天", "当天", "今日", "昨日", "明日", "当日", "次日",
    "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "清晨", "今晨", "今晚", "昨晚", "明晚",
)
# The most frequent single surnames (src/app/redact.ts's SURNAMES; COMMON_SURNAMES in src/engine/decode.ts): the first
# of two one-unit persons set apart by letter spacing must be one for them to be joined, (f) of repair_edges.
COMMON_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
                   "陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
                   "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
                   "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
                   "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪赖萧阎乐皮元禹狄贝计"
                   "伏谈茅廉钮宣郁鞠裘荆匡储蔺晋芮羊幸逯盖屠寿冼粟湛雍戈凤闻")
MAX_NAME_GAP = 3  # the widest letter spacing, in whitespace units, between a surname and a given name (f) joins


def repair_edges(spans, chars: list[str]):
    """After dropping impossible spans (repairEdges in src/engine/decode.ts), span by span, the score unchanged:
    (a) middle dots at either end are cut off, a span left empty dropped; (b) a span that starts or ends with digits
    and number punctuation set apart by 2+ whitespace units loses them and the whitespace (a PDF table's rank and
    share count: '3      BlackRock'); (c) a PER span holding a single 和 与 or 及 between two Latin letters is two
    persons (Emmanuel Macron和Narendra Modi); (d) an ORG or COMPANY span right before a bracket holding only a legal
    form takes it in (普华永道中天会计师事务所 + （特殊普通合伙）) if no other span covers it; (e) a PER span ending in one of
    TIME_WORDS loses it, again while one ends it, where what is left does not end on a middle dot and holds one (乔·拜登 of
    乔·拜登周二) or is 2+ units and not a compound surname alone (王伟 of 王伟昨天; 王明天, 欧阳明天, 周天 stay); (f) two one-unit
    PER spans set apart only by 1 to MAX_NAME_GAP whitespace units, the first one of COMMON_SURNAMES and the second Han,
    are one person with the whitespace inside (王  莉 as PDFs lay out names), scored the mean of the two."""
    out = []

    def white(i: int) -> bool:
        return 0 <= i < len(chars) and chars[i] == WHITESPACE_UNIT

    for s, e, t, score in spans:
        while s < e and chars[s] in NAME_DOTS:
            s += 1
        while e > s and chars[e - 1] in NAME_DOTS:
            e -= 1
        i = s
        while i < e and _number_unit(chars, i):
            i += 1
        if i > s and i + 1 < e and white(i) and white(i + 1):
            while i < e and white(i):
                i += 1
            s = i
        j = e
        while j > s and _number_unit(chars, j - 1):
            j -= 1
        if j < e and j - 2 > s and white(j - 1) and white(j - 2):
            while j > s and white(j - 1):
                j -= 1
            e = j
        if s >= e:
            continue
        if t != "PER":
            out.append([s, e, t, score])
            continue
        start = s
        for k in range(s + 1, e - 1):
            if (chars[k] in NAME_CONJUNCTIONS and _unit_class(chars, k - 1) == "letter"
                    and _unit_class(chars, k + 1) == "letter"):
                out.append([start, k, t, score])
                start = k + 1
        out.append([start, e, t, score])
    for span in out:
        if span[2] != "PER":
            continue
        while True:
            word = next((w for w in TIME_WORDS
                         if span[1] - span[0] > len(w) and "".join(chars[span[1] - len(w):span[1]]) == w), None)
            if word is None:
                break
            to = span[1] - len(word)
            while to > span[0] and white(to - 1):
                to -= 1
            rest = chars[span[0]:to]
            if rest[-1] in NAME_DOTS:  # 乔·周二: no name ends on a dot
                break
            if not any(c in NAME_DOTS for c in rest) and (len(rest) < 2 or "".join(rest) in _COMPOUND):
                break
            span[1] = to
    joined = []
    for span in out:
        last = joined[-1] if joined else None
        if (last is not None and last[2] == "PER" and span[2] == "PER" and last[1] - last[0] == 1
                and span[1] - span[0] == 1 and chars[last[0]] in COMMON_SURNAMES
                and HAN_UNIT.fullmatch(chars[span[0]]) is not None and 1 <= span[0] - last[1] <= MAX_NAME_GAP
                and all(white(i) for i in range(last[1], span[0]))):
            joined[-1] = [last[0], span[1], "PER", (last[3] + span[3]) / 2]
        else:
            joined.append(span)
    out = joined
    for k, span in enumerate(out):
        s, e, t = span[0], span[1], span[2]
        if t not in FIRM_TYPES or e >= len(chars) or chars[e] != "（":
            continue
        form = next((w for w in LEGAL_FORMS if "".join(chars[e + 1:e + 1 + len(w)]) == w
                     and e + 1 + len(w) < len(chars) and chars[e + 1 + len(w)] == "）"), None)
        if form is None:
            continue
        to = e + len(form) + 2
        if all(m == k or other[1] <= e or other[0] >= to for m, other in enumerate(out)):
            span[1] = to
    return [tuple(span) for span in out]


# Compound surnames (复姓), contract step 8, last: the same lists as in src/engine/decode.ts (tests/test_surnames.py
# compares them). The word-like ones (东方红, 西门子, 百里, 南宫) are taken in on the left only where no Han unit that
# could go on with a name follows the span.
COMPOUND_SURNAMES = ("欧阳 上官 司马 诸葛 东方 公孙 尉迟 皇甫 端木 慕容 令狐 夏侯 长孙 宇文 司徒 司空 独孤 南宫 西门 轩辕 百里 "
                     "呼延 万俟 闻人 淳于 单于 申屠 太史 澹台 公冶 钟离 濮阳 赫连 鲜于 左丘 拓跋")
WORD_LIKE_SURNAMES = "东方 西门 百里 南宫"
# Those a span is not extended over when it already starts with their second unit: that unit is a common surname and
# the first often ends a word (公司+马云, 市长+孙家正, 广东+方大同, 上尉+迟, 华夏+侯, 名单+于丹, 朝鲜+于, 寰宇+文).
NOT_FROM_SECOND_UNIT = "司马 长孙 东方 尉迟 夏侯 单于 鲜于 宇文"
# Those whose first unit often ends a word, or that are a word or place themselves: taken in on the left only where a
# name starts there (_opens_name): a re-check found 我老公+孙杰, 主人公+孙悟空, 外公+孙建国, 知名新闻+人王刚 read as
# 公孙杰, 闻人王刚; 河南濮阳+张伟, 河南+宫建华, 的长孙+张明 are the same.
AT_NAME_START_ONLY = "公孙 闻人 濮阳 长孙 南宫 西门"
# Roles of legal prose a name follows directly (原告公孙玉兰, 第三人公孙玉兰, 书记员上官婉清): a name starts after them as
# after a unit that is not Han.
ROLES = "原告 被告 证人 第三人 申请人 上诉人 代理人 当事人 辩护人 代表人 审判长 审判员 书记员 陪审员"
# Single units a compound surname is not extended over on the right: function words, verbs of saying, titles
# (司马光在会上, 欧阳总，), nouns that follow a name (《诸葛亮传》, 祭拜诸葛亮墓, 审理欧阳明案, 致欧阳明函: a re-check
# found them taken in), sentence-final particles (问司马吧。) and a few verbs that end a short clause (欧阳明醒，).
NOT_A_GIVEN_NAME = ("的是在和与及等说称为了也都就被将对向从于系之表认指诉辩告讲问答道曰所着过得地们个这那其此"
                    "并而或把给让叫到去来要会能可不没有同跟以因由自至即乃则却才再又还已曾亦均皆仍先后前上下中里内外"
                    "总董老兄姐哥弟叔伯爷婆嫂妈爸公氏家府门派族部局处委院校"
                    "传墓祠案函像碑庙集词宅陵谱吧呢吗啊呀哦啦嘛醒笑哭喊")
LIST_GOES_ON = "与和及、"  # what may follow a name the right extension completes, besides a unit that is not Han
KIN_SUFFIXES = ("之夫", "之妻", "之子", "之女", "之父", "之母")  # of legal prose (王建军系刘芳之夫)
KIN_AFTER_ZHI = "夫妻子女父母"  # after a span ending in 之 (张三之 + 妻): the span loses the 之 (王羲之 stays)
HAN_UNITS = "3400-4DBF 4E00-9FFF F900-FAFF 20000-3134F"  # CJK Unified Ideographs, ext. A, compatibility, ext. B-G
HAN_UNIT = code_point_class(HAN_UNITS)
_COMPOUND = frozenset(COMPOUND_SURNAMES.split())
_WORD_LIKE = frozenset(WORD_LIKE_SURNAMES.split())
_NOT_FROM_SECOND = frozenset(NOT_FROM_SECOND_UNIT.split())
_NAME_START_ONLY = frozenset(AT_NAME_START_ONLY.split())
_ROLE_WORDS = ROLES.split()


def repair_surnames(spans, chars: list[str]):
    """After repairing span edges (src/engine/decode.ts, repairSurnames): PER spans repaired around compound
    surnames and legal prose. Legal documents showed the model cutting them (上官婉清 -> 婉清, 司马晓燕 -> 司马晓,
    公孙玉兰 -> 孙玉兰, 尉迟欣然 -> 尉迟), so part of a redacted name stayed readable, and taking 系 / 之夫 into names
    (刘芳之夫, 刘芳系). Span by span, in order, never over a unit another span covers: (c) a span of 3+ units ending
    in 系 loses it, one of 4+ ending in 之夫 之妻 之子 之女 之父 之母 loses those (王羲之 stays), one of 3+ ending in
    之 loses it where 夫 妻 子 女 父 母 follows (张三之 + 妻); (a) a compound
    surname in the two units before a span of 1-2 units is taken in (上官 + 婉清), and so is the unit before a span of
    2-3 units whose first unit completes one (公 + 孙玉兰) but not for NOT_FROM_SECOND_UNIT; a word-like surname only if
    the unit after the span is not Han or is in NOT_A_GIVEN_NAME; one of AT_NAME_START_ONLY only where a name starts
    before it (_opens_name: 老公 + 孙杰 stays 孙杰); (b) a span that is a compound surname, or one plus a
    unit, takes in the next unit if it is Han and not in NOT_A_GIVEN_NAME and the unit after it is not Han or goes on
    with a list (司马晓 + 燕; 司马光在会上 stays), and one that is just a compound surname two such units where a name
    starts before it (被告：尉迟 + 欣然，; 请欧阳发言。 stays 欧阳). The score stays."""
    out = [list(span) for span in spans]

    def unit(i: int) -> str:
        return chars[i] if 0 <= i < len(chars) else ""

    def free(i: int, self: int) -> bool:
        return 0 <= i < len(chars) and all(k == self or i < s or i >= e for k, (s, e, _, _) in enumerate(out))

    def han(i: int) -> bool:
        return unit(i) != "" and HAN_UNIT.fullmatch(unit(i)) is not None

    def given_unit(i: int) -> bool:
        return han(i) and unit(i) not in NOT_A_GIVEN_NAME

    def name_ends(i: int) -> bool:
        return not han(i) or unit(i) in LIST_GOES_ON

    def pair(i: int) -> str:
        return unit(i) + unit(i + 1)

    def opens_name(i: int) -> bool:  # not Han before unit i (被告：尉迟欣然), or a role of legal prose (原告公孙玉兰)
        return not han(i - 1) or any(i >= len(role) and "".join(chars[i - len(role):i]) == role for role in _ROLE_WORDS)

    for k, span in enumerate(out):
        if span[2] != "PER":
            continue
        if span[1] - span[0] >= 4 and pair(span[1] - 2) in KIN_SUFFIXES:
            span[1] -= 2
        elif span[1] - span[0] >= 3 and unit(span[1] - 1) == "系":
            span[1] -= 1
        elif span[1] - span[0] >= 3 and unit(span[1] - 1) == "之" and unit(span[1]) and unit(span[1]) in KIN_AFTER_ZHI:
            span[1] -= 1
        s, e = span[0], span[1]

        def takes(surname: str, at: int) -> bool:
            # a word-like surname only where the name ends (东方 + 红 of 东方红卫星); one that often ends a word only
            # where a name starts before it (老公 + 孙杰)
            return (surname in _COMPOUND and not (surname in _WORD_LIKE and given_unit(e))
                    and (surname not in _NAME_START_ONLY or opens_name(at)))

        if e - s <= 2 and takes(pair(s - 2), s - 2) and free(s - 2, k) and free(s - 1, k):
            span[0] -= 2
        elif 2 <= e - s <= 3 and takes(pair(s - 1), s - 1) and pair(s - 1) not in _NOT_FROM_SECOND and free(s - 1, k):
            span[0] -= 1
        s = span[0]
        if pair(s) not in _COMPOUND:
            continue
        if e - s <= 3 and given_unit(e) and name_ends(e + 1) and free(e, k):
            span[1] += 1
        elif (e - s == 2 and opens_name(s) and given_unit(e) and given_unit(e + 1) and name_ends(e + 2)
              and free(e, k) and free(e + 1, k)):
            span[1] += 2
    return [tuple(span) for span in out]


# Never inside a name (contract step 7a), matched on the units projected back to ASCII (full-width U+FF01-FF5E
# -> U+0021-007E, anything else -> one placeholder, so unit i is string index i in Python and in JS alike):
# web addresses and e-mail addresses whole, and every @, # and * (＠ ＃ ＊). On Weibo-style text the model, which
# never saw them in MSRA, took the marks into names ("@望康动物医院", "＃魏晨") and tagged the code of a short link as
# ORG; in Markdown it took the asterisks of bold or italic text into a name ("周敏**" of "**周敏**、孙强").
# An address goes on over Chinese (or other) letters that a path mark or a file extension follows (…/李娜/专访.html,
# as browsers copy addresses): ".html" of one came back as a name (QA). As the engine: other letters and numbers are
# projected to \x01, the rest of non-ASCII to \x00.
# And a subtitle's timing line (.srt, .vtt: hours optional) with a .vtt cue's settings after it (position:10%
# align:start): the fine-grained model tagged settings as names ("fred align" a person), which broke the redacted
# copy's timing line (subtitles QA). Whitespace is U+3000 by then, projected to \x00. SUBTITLE_TIMING in decode.ts.
SUBTITLE_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
SUBTITLE_TIMING = rf"{SUBTITLE_TIME}[\x00 \t]+-->[\x00 \t]+{SUBTITLE_TIME}(?:[\x00 \t]+[a-z]+:[a-z0-9%.,\-]+)*"
# and a .vtt's header word alone (not NOTE: case-insensitive, "Death Note" lost its name), and a transcript's speaker
# label (Speaker 1  02:15, tagged a person by the news model)
SUBTITLE_TIMING += r"|(?<![^\x00 \t])WEBVTT(?![^\x00 \t])|(?<![a-z\x01])speaker[\x00 \t]*\d+"
# And a DOI (10.prefix/suffix), with "doi:" or "DOI " before it: the news model marked SP.J of
# 10.11897/SP.J.1016.2021.00001 an ORG, cutting the identifier open (QA). The suffix runs over printable ASCII but space,
# quotes, commas and brackets, a balanced (...) inside it excepted (10.1016/S0140-6736(20)30183-5, 10.1002/(SICI)...),
# and a . ; or : at its end is no part of it: it stops at a Chinese letter, whitespace, a comma or a bracket it did not
# open, so a name after it is read (（doi:10.1000/182）Wang Fang, doi:10.1000/182,Zhang Wei). One after
# https://doi.org/ is an address already (DOI in decode.ts).
DOI_CHAR = r"[!#-&*+\-.-Z\\^-z|~]"
DOI = (r"(?:(?<![a-z])doi:?[\x00 \t]*)?(?<![a-z0-9._/\-])10\.\d{4,9}(?:\.\d+)*/"
       rf"(?:{DOI_CHAR}|\({DOI_CHAR}*\))+(?<![.;:])")
NEVER_IN_NAME = re.compile(rf"(?:https?://|www\.){URL_CHARS}+(?:\x01+(?:[/?#=&]{URL_CHARS}*|\.[a-z0-9]{URL_CHARS}*))*"
                           r"|[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|[@#*]" + "|" + DOI + "|" + SUBTITLE_TIMING,
                           re.IGNORECASE | re.ASCII)


# Never inside a name either (contract step 7a, unit by unit): what the model cannot read, the same string as
# UNREAD_SCRIPTS in src/engine/decode.ts (tests/test_text.py compares them). Control characters (but whitespace,
# U+3000 by then), U+FFFD, lone surrogates (刘\ud800 was a name), and the letters of scripts MSRA never showed the model (Greek, Cyrillic, Arabic, Hangul,
# kana but ・ and ー, ...), in which it tagged fragments ("Пут" of Путин, "평양에") as names. Latin stays.
UNREAD_SCRIPTS = " ".join([
    "0-8 E-1F 7F-84 86-9F 370-3FF 400-52F 531-58F 590-5FF 600-6FF 700-8FF 900-109F 10A0-10FF 1100-11FF",
    "1200-139F 1780-17FF 1800-18AF 3041-3096 30A1-30FA 3131-318E AC00-D7A3 D800-DFFF FB1D-FDFF FE70-FEFC FFFD",
    "5443 554A 55EF",  # the fillers of speech 呃 啊 嗯: 张伟嗯 was a name in a transcript (QA)
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


# Contract step 7c (DOTTED_NAME_GOES_ON in src/engine/decode.ts).
DOTTED_NAME_GOES_ON = 0.1


def extend_dotted_names(spans, probs: np.ndarray, chars: list[str], labels: list[str]):
    """Contract step 7c (extendDottedNames in src/engine/decode.ts): a PER span whose last part after a middle dot is
    one unit takes in the Han units right after it while the marginals give each at least DOTTED_NAME_GOES_ON of
    I-PER + E-PER, never into the next span; the score unchanged (买买提·艾 + 力). Not on the left (问 + 乔·拜登)."""
    go_on = np.array([label in ("I-PER", "E-PER") for label in labels])
    out = []
    for k, (s, e, t, score) in enumerate(spans):
        if t == "PER" and any(c in NAME_DOTS for c in chars[s:e]) and chars[e - 2] in NAME_DOTS:
            after = spans[k + 1][0] if k + 1 < len(spans) else len(chars)
            while e < after and HAN_UNIT.fullmatch(chars[e]) and probs[e, go_on].sum() >= DOTTED_NAME_GOES_ON:
                e += 1
        out.append((s, e, t, score))
    return out


# Contract step 7d (NAME_JOINERS, JOINED_NAME_GOES_ON, SPACED_NAME_GOES_ON, HYPHENED_NAME_STARTS in src/engine/decode.ts).
NAME_JOINERS = "．.－-‐‑"
JOINED_NAME_GOES_ON = 0.1
SPACED_NAME_GOES_ON = 0.3
HYPHENED_NAME_STARTS = 0.05
_HYPHENS = "－-‐‑"


def join_name_parts(spans, probs: np.ndarray, chars: list[str], labels: list[str]):
    """Contract step 7d (joinNameParts in src/engine/decode.ts), after 7c: two PER spans with one joiner between them
    (NAME_JOINERS or one whitespace unit), Han on both sides, are one name when I-PER at the joiner is at least
    JOINED_NAME_GOES_ON (SPACED_NAME_GOES_ON for a space): 迈克尔-乔丹; the score the parts' length-weighted mean. Then
    a PER span right after a hyphen takes in the one Han unit before it, in no span, when B-PER there and I-PER at the
    hyphen are at least HYPHENED_NAME_STARTS (让 + 保罗·萨特); score unchanged.
    王楠-张怡宁, 张伟 李娜, 北京-上海 stay apart."""
    def mass(i: int, prefixes: str) -> float:
        return float(sum(probs[i, j] for j, label in enumerate(labels) if label[0] in prefixes and label[1:] == "-PER"))

    def han(i: int) -> bool:
        return 0 <= i < len(chars) and HAN_UNIT.fullmatch(chars[i]) is not None

    joined = []
    for s, e, t, score in spans:
        j = s - 1
        if joined and joined[-1][2] == "PER" and t == "PER" and joined[-1][1] == j and han(j - 1) and han(s):
            bar = (SPACED_NAME_GOES_ON if chars[j] == WHITESPACE_UNIT
                   else JOINED_NAME_GOES_ON if chars[j] in NAME_JOINERS else float("inf"))
            if mass(j, "I") >= bar:
                s0, e0, t0, score0 = joined[-1]
                a, b = e0 - s0, e - s
                joined[-1] = (s0, e, t0, (score0 * a + score * b) / (a + b))
                continue
        joined.append((s, e, t, score))
    out = []
    for k, (s, e, t, score) in enumerate(joined):
        h = s - 1
        if t == "PER" and h >= 0 and chars[h] in _HYPHENS and han(h - 1) and han(s) and mass(h, "I") >= HYPHENED_NAME_STARTS:
            # The first name is the one unit before the hyphen (B-PER there), in no span; not two (何国 of 何国-汤兰兰).
            if h - 1 >= (joined[k - 1][1] if k > 0 else 0) and mass(h - 1, "B") >= HYPHENED_NAME_STARTS:
                s = h - 1
        out.append((s, e, t, score))
    return out


def decode_window(em: np.ndarray, decoding: dict, labels: list[str], chars: list[str] | None = None):
    """-> [(start, end, type, score)] over the window's code points; with `chars`, steps 7c and 7d too."""
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
    return out if chars is None else join_name_parts(extend_dotted_names(out, probs, chars, labels), probs, chars, labels)
