import re

import numpy as np

from shiti_train.features import Vocab, encode
from shiti_train.lexicon import lexicon_features
from shiti_train.metrics import span_prf
from shiti_train.tags import allowed_transitions, bioes_labels, spans_to_tags, tags_to_spans_strict
from shiti_train.text import bigrams_of, line_breaks, normalize, sentence_ends, text_windows, unwrap_lines, utf16_offsets


def test_normalization_is_one_to_one_except_dropped():
    n = normalize("A1 中\u200b国\t😀")
    assert "".join(n.chars) == "Ａ１\u3000中国\u3000\u3000"  # an emoji is fed as a space
    assert n.source_index == [0, 1, 2, 3, 5, 6, 7]


def test_combining_marks_belong_to_the_code_point_before_them():
    # A mark at the start, marks after 近 and i, a variation selector after 葛, one after a dropped joiner.
    n = normalize("\u0301习近\u0301\u0300平葛\U000E0100Xi\u0301\u200d\u0300")
    assert "".join(n.chars) == "习近平葛Ｘｉ"
    assert n.source_index == [1, 2, 5, 6, 8, 9]
    assert n.source_end == [2, 5, 6, 8, 9, 11]


def test_bidirectional_controls_are_dropped_whatever_the_manifest_says():
    # RLM after a name and inside one, LRM, an embedding and its pop, an isolate and its pop, ALM.
    n = normalize("李娜\u200f。\u202b王\u200e芳\u202c\u2067刘\u2069\u061c")
    assert "".join(n.chars) == "李娜。王芳刘"
    assert n.source_index == [0, 1, 3, 5, 7, 10]
    assert n.source_end == [1, 2, 4, 6, 8, 11]


def test_traditional_to_simplified_keeps_length():
    n = normalize("臺灣A", {"臺": "台", "灣": "湾"})
    assert "".join(n.chars) == "台湾Ａ" and n.source_index == [0, 1, 2]


def test_utf16_offsets_count_surrogate_pairs():
    assert utf16_offsets("a😀b") == [0, 1, 3, 4]


def test_bigrams_with_boundaries():
    left, right = bigrams_of(list("北京"))
    assert left == ["<s>北", "北京"] and right == ["北京", "京</s>"]


def test_encode_unknowns_map_to_unk():
    chars, bigrams = Vocab(["北", "京"]), Vocab(["北京"])
    enc = encode(list("北京人"), chars, bigrams, None)
    assert enc.char_ids.tolist() == [2, 3, 1]
    assert enc.bigram_right_ids.tolist() == [2, 1, 1]
    assert enc.bigram_left_ids.tolist() == [1, 2, 1]


def test_lexicon_features_bme_blocks():
    f = lexicon_features(list("在北京大学"), {"北京": 1 | 4, "北京大学": 1 | 8}, k=4)
    assert f.shape == (5, 12)
    on = {(int(i), int(j)) for i, j in zip(*np.nonzero(f))}
    # 北京 (WORD, LOC) at 1..2; 北京大学 (WORD, ORG) at 1..4
    assert on == {(1, 0), (1, 2), (1, 3), (2, 8), (2, 10), (2, 4), (2, 7), (3, 4), (3, 7), (4, 8), (4, 11)}


def test_bioes_roundtrip_and_constraints():
    labels = bioes_labels(["PER", "LOC"])
    idx = {l: i for i, l in enumerate(labels)}
    spans = [(0, 3, "PER"), (4, 5, "LOC")]
    path = spans_to_tags(6, spans, idx)
    assert tags_to_spans_strict(path, labels) == spans
    allowed, start, end = allowed_transitions(labels)
    assert not allowed[idx["B-PER"], idx["O"]] and allowed[idx["B-PER"], idx["E-PER"]]
    assert not allowed[idx["I-PER"], idx["E-LOC"]] and not start[idx["I-LOC"]] and not end[idx["B-PER"]]


def test_strict_spans_drop_broken_chunks():
    labels = bioes_labels(["PER"])
    idx = {l: i for i, l in enumerate(labels)}
    path = [idx[t] for t in ["B-PER", "O", "I-PER", "E-PER", "S-PER"]]
    assert tags_to_spans_strict(path, labels) == [(4, 5, "PER")]


def test_span_prf_exact_match():
    m = span_prf([[(0, 2, "PER"), (3, 5, "LOC")]], [[(0, 2, "PER"), (3, 4, "LOC")]])
    assert m["PER"]["f1"] == 1.0 and m["LOC"]["f1"] == 0.0
    assert m["overall"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "support": 2}


def test_spans_that_cannot_be_names_are_dropped():
    from shiti_train.decode import drop_impossible_spans
    chars = list("ｏｎｅｒｒｏｒ＝ａｌｅｒｔ（１），Ｂｏｂ去Ｇ２０")  # "onerror=alert(1)，Bob去G20", normalized
    pieces = [(3, 13), (0, 3), (18, 20), (23, 24)]  # rror＝alert, one, ob, ０ of ２０
    whole = [(0, 7), (8, 13), (14, 15), (17, 20), (17, 21), (20, 24), (21, 24), (22, 24)]  # ... ２０ of Ｇ２０
    # ORG: a PER span of digits alone (１, ２０) is dropped for that alone (test_span_edges.py)
    spans = [(s, e, "ORG", 0.5) for s, e in pieces + whole]
    assert drop_impossible_spans(spans, chars) == [(s, e, "ORG", 0.5) for s, e in whole]
    markup = list("ｓｒｃ＝ｘ　ｏｎｅｒｒｏｒ＝ａｌｅｒｔ＜ｂ＞张伟")  # "src=x onerror=alert<b>张伟", normalized
    spans = [(s, e, "PER", 0.5) for s, e in [(0, 19), (22, 24), (6, 13), (19, 24)]]
    assert drop_impossible_spans(spans, markup) == [(22, 24, "PER", 0.5), (6, 13, "PER", 0.5)]


def test_units_never_in_a_name_are_forced_outside():
    import numpy as np

    from shiti_train.decode import decode_window, force_outside, never_in_name

    def forced(normalized: str) -> str:
        chars = list(normalized)
        return "".join(c for c, f in zip(chars, never_in_name(chars)) if f)

    # The same cases as the engine's decode.test.ts: both sides must force the same units.
    assert forced("＠望康动物医院连锁") == "＠"
    assert forced("＃魏晨＃ＳＸ") == "＃＃"
    assert forced("地址：ｈｔｔｐ：／／ｔ．ｃｎ／ＲｖｚＷＶｇ０。张三") == "ｈｔｔｐ：／／ｔ．ｃｎ／ＲｖｚＷＶｇ０"
    assert forced("写信到ｚｈａｎｇ．ｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ。") == "ｚｈａｎｇ．ｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    assert forced("见ＷＷＷ．ｇｏｖ．ｃｎ／ｘ？ａ＝１（李四）") == "ＷＷＷ．ｇｏｖ．ｃｎ／ｘ？ａ＝１"
    assert forced("Ｅｍａｉｌ　ｍｅ，王五在北京。") == ""
    assert never_in_name(list("𠮷𠮷ｈｔｔｐｓ：／／ａ．ｂ𠮷＠")).tolist() == [False] * 2 + [True] * 11 + [False, True]
    # A subtitle's timing line with its cue settings, and WEBVTT and NOTE alone (subtitles QA).

    def normalized(text: str) -> str:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c.isspace() else c for c in text)

    vtt = "WEBVTT\n\nNOTE 张伟翻译\n\n1\n00:00:01.000 --> 00:00:04.000 position:10% align:start region:fred\n王小明来了"
    assert forced(normalized(vtt)) == normalized("WEBVTT00:00:01.000 --> 00:00:04.000 position:10% align:start region:fred")
    assert forced(normalized("Speaker 1  02:15\n王经理：好的。SPEAKER2 和 Speaker")) == normalized("Speaker 1SPEAKER2")
    assert forced(normalized("《Death Note》和泰国演员 Note、三星 Galaxy Note")) == ""  # NOTE is no such word
    assert forced(normalized("2\n01:02.500 --> 01:05.000\n李娜说")) == normalized("01:02.500 --> 01:05.000")
    assert forced(normalized("2\n00:01:02,500 --> 00:01:05,000\n李娜说")) == normalized("00:01:02,500 --> 00:01:05,000")
    assert forced(normalized("NOTES 张伟 12:30 -> 李娜 00:01 --> 00:02 loudspeaker 3")) == ""
    # The fillers of speech 呃 啊 嗯, in no name (张伟嗯, 嗯罗嘉欣 in a transcript).
    assert forced("审计的张伟嗯对张伟，对嗯罗嘉欣说的是啊呃") == "嗯嗯啊呃"
    assert forced("阿强和哈尔滨的阿姨") == ""
    # Emoji and pictographic symbols, one unit each (code points): skin tones, flags, ZWJ sequences, keycaps.
    assert forced("张伟👍和李娜🎉在北京见面") == "👍🎉"
    assert forced("👨👩👧一家人") == "👨👩👧"  # 👨‍👩‍👧 once its ZWJs are dropped (normalization.drop)
    assert forced("👨\u200d👩\u200d👧一家人") == "👨\u200d👩\u200d👧"  # a model that keeps ZWJ
    assert forced("王芳👍🏽刘洋🇨🇳去了❤\ufe0f上海") == "👍🏽🇨🇳❤\ufe0f"
    assert forced("按１\ufe0f\u20e3号键") == "\ufe0f\u20e3"
    assert forced("🏴\U000e0067\U000e0062\U000e007f英格兰") == "🏴\U000e0067\U000e0062\U000e007f"
    assert forced("微软™©®☀★⭐") == "™©®☀⭐"  # ★ U+2605 is no Extended_Pictographic
    assert forced("𠮷野家\ue000李白、○〇■□●") == ""
    assert never_in_name(list("李😀娜＠😀")).tolist() == [False, True, False, True, True]
    # Every * and ＊ (Markdown emphasis), half-width or full-width; no other star or times sign.
    assert forced("＊＊周敏＊＊、孙强") == "＊＊＊＊"
    assert forced("**周敏**、孙强和*王芳*") == "******"  # the pattern sees a half-width * as it is, too
    assert forced("＊王芳＊在上海，＊　李娜") == "＊＊＊"
    assert forced("ｈｔｔｐ：／／ａ．ｂ／＊ｘ张三") == "ｈｔｔｐ：／／ａ．ｂ／＊ｘ"  # still inside a web address, whole
    assert forced("３×４﹡５※６★") == ""
    assert never_in_name(list("𠮷＊周敏＊")).tolist() == [False, True, False, False, True]
    # Labels O, S-PER, B-PER, E-PER; the emissions favour one name over all three units, the middle one is ＠.
    labels = ["O", "S-PER", "B-PER", "E-PER"]
    no = -10000.0
    crf = {"type": "crf", "transitions": [[0, 0, 0, no], [0, 0, 0, no], [no, no, no, 0], [0, 0, 0, no]],
           "start_transitions": [0, 0, 0, no], "end_transitions": [0, 0, no, 0]}
    em = np.array([[0, 1, 3, 0], [0, 0, 0, 3], [0, 2, 0, 0]], dtype=np.float32)
    assert [s[:3] for s in decode_window(em, crf, labels)] == [(0, 2, "PER"), (2, 3, "PER")]
    constrained = force_outside(em, np.array([False, True, False]), labels)
    assert [s[:3] for s in decode_window(constrained, crf, labels)] == [(0, 1, "PER"), (2, 3, "PER")]
    assert em[1, 3] == 3  # the caller's emissions are left as they were
    # 周敏** of **周敏**、孙强 can no longer be decoded: labels O, B-PER, I-PER, E-PER, S-PER with BIOES moves only,
    # the emissions favour 周敏＊＊ as one name (the same case as decode.test.ts).
    labels = ["O", "B-PER", "I-PER", "E-PER", "S-PER"]
    inside = (1, 2)
    crf = {"type": "crf",
           "transitions": [[0 if (a in inside) == (b in (2, 3)) else no for b in range(5)] for a in range(5)],
           "start_transitions": [0, 0, no, no, 0], "end_transitions": [0, no, no, 0, 0]}
    chars = list("＊＊周敏＊＊、孙强")
    em = np.array([[1, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 3, 0, 0, 0], [0, 0, 3, 2, 0], [0, 0, 2, 0, 0],
                   [0, 0, 0, 2, 0], [2, 0, 0, 0, 0], [0, 3, 0, 0, 0], [0, 0, 0, 3, 0]], dtype=np.float32)

    def names(emissions):
        return ["".join(chars[s:e]) for s, e, _, _ in decode_window(emissions, crf, labels)]

    assert names(em) == ["周敏＊＊", "孙强"]
    assert names(force_outside(em, never_in_name(chars), labels)) == ["周敏", "孙强"]


def test_pictographic_units_are_the_engines():
    from pathlib import Path
    from shiti_train.decode import PICTOGRAPHIC, PICTOGRAPHIC_UNIT
    source = (Path(__file__).resolve().parents[2] / "src/engine/normalize.ts").read_text(encoding="utf-8")
    block = re.search(r"export const PICTOGRAPHIC = \[(.*?)\]\.join\(' '\)", source, re.S).group(1)
    assert " ".join(re.findall(r"'([^']*)'", block)) == PICTOGRAPHIC
    listed = set()
    for r in PICTOGRAPHIC.split():
        lo, _, hi = r.partition("-")
        listed.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    assert len(listed) == 2979  # as the engine's test counts them
    assert {cp for cp in range(0x110000) if PICTOGRAPHIC_UNIT.fullmatch(chr(cp))} == listed


def test_unread_scripts_are_the_engines():
    from pathlib import Path
    from shiti_train.decode import UNREAD_SCRIPTS, never_in_name
    source = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")
    block = re.search(r"export const UNREAD_SCRIPTS = \[(.*?)\]\.join\(' '\)", source, re.S).group(1)
    assert " ".join(re.findall(r"'([^']*)'", block)) == UNREAD_SCRIPTS
    chars = list("Путин见了张伟\x01和안철수、ナカムラ・ケン\ufffd")
    assert "".join(c for c, forced in zip(chars, never_in_name(chars)) if not forced) == "见了张伟和、・"


def test_brackets_balanced_as_the_engine_balances_them():
    from shiti_train.decode import balance_brackets

    def balanced(text: str, *spans):  # the same cases as the engine's decode.test.ts
        chars = list(text)
        out = balance_brackets([(s, e, "PER", 0.5) for s, e in spans], chars)
        assert all(score == 0.5 for *_, score in out)
        return ["".join(chars[s:e]) for s, e, *_ in out]

    assert balanced("中国长江航运（集团）总公司", (0, 13)) == ["中国长江航运（集团）总公司"]
    assert balanced("俄罗斯“和平”号空间站", (0, 11), (3, 7)) == ["俄罗斯“和平”号空间站", "“和平”"]
    assert balanced("《人民日报（海外版）》", (0, 11)) == ["《人民日报（海外版）》"]
    text = "比尔·盖茨（Ｂｉｌｌ　Ｇａｔｅｓ）也来了"  # 比尔·盖茨(Bill Gates)也来了, normalized
    assert balanced(text, (0, 16)) == ["比尔·盖茨（Ｂｉｌｌ　Ｇａｔｅｓ）"]
    assert balanced("甲（乙《丙》）丁", (0, 5)) == ["甲（乙《丙》）"]
    assert balanced("甲（乙《丙）》丁", (0, 5)) == ["甲"]
    assert balanced("甲（乙", (0, 3)) == ["甲"]
    assert balanced("比尔·盖茨（Ｂｉｌｌ　Ｇａｔｅｓ）", (0, 15)) == ["比尔·盖茨"]
    assert balanced("《变形金刚：卷土重来》", (0, 5)) == ["变形金刚"]
    assert balanced("模拟饭店２》中文版", (0, 6)) == ["模拟饭店２"]
    assert balanced("《人民日报》大地周刊", (1, 10)) == ["人民日报"]
    assert balanced("〕ⅱ阿来", (0, 3)) == ["ⅱ阿"]
    assert balanced("《甲（乙》", (0, 5)) == ["甲"]
    assert balanced("（）（", (0, 3), (2, 3)) == ["（）"]
    assert balanced("【阳光花园小区物业服务中心】停水通知", (0, 14)) == ["阳光花园小区物业服务中心"]
    assert balanced("【阳光花园】通知", (0, 5)) == ["阳光花园"]
    assert balanced("〖公告〗〔甲〕", (0, 4), (4, 7)) == ["公告", "甲"]
    assert balanced("【甲】乙【丙】", (0, 7)) == ["【甲】乙【丙】"]
    assert balanced("【【华为技术有限公司】】关于", (0, 12)) == ["华为技术有限公司"]
    assert balanced("【】", (0, 2)) == ["【】"]
    assert balanced("《人民日报》“和平”", (0, 6), (6, 10)) == ["《人民日报》", "“和平”"]
    assert balanced("）（", (0, 1), (1, 2), (0, 2)) == []
    assert balanced("Ｏ’Ｂｒｉｅｎ说", (0, 7)) == ["Ｏ’Ｂｒｉｅｎ"]
    assert balanced("‘王’说", (0, 3)) == ["‘王’"]
    assert balanced("王’说", (0, 2)) == ["王"]
    assert balanced("𠮷野家（𠮷ｙａ", (0, 7)) == ["𠮷野家"]
    assert balanced("《𠮷野家》𠮷", (0, 5), (1, 6)) == ["《𠮷野家》", "𠮷野家"]


def test_bracket_pairs_are_the_engines():
    from pathlib import Path
    from shiti_train.decode import CLOSERS, OPENERS
    source = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")
    assert re.search(r"const OPENERS = '([^']*)'", source).group(1) == OPENERS
    assert re.search(r"const CLOSERS = '([^']*)'", source).group(1) == CLOSERS


def _pieces(text: str, max_window: int = 256, overlap: int | None = None) -> list[str]:
    """The engine's windows of `text` (wraps undone), as their original text."""
    norm = normalize(text)
    windows = text_windows(norm.chars, sentence_ends(text, norm), max_window, overlap, line_breaks(text, norm))
    return ["".join(text[norm.source_index[u]] for u in w.units) for w in windows]


def test_windows_one_per_sentence_as_the_engine_cuts_them():
    """The same cases as test/unit/engine/windows.test.ts: the two sides must cut alike."""
    assert _pieces("今天天气很好。我们去公园！你来吗？", 12) == ["今天天气很好。", "我们去公园！", "你来吗？"]
    text = '　　他说："走吧!"（他走了。） 真的吗？！……好。\n\n　　下一段'
    assert _pieces(text, 40) == ['他说："走吧!"', "（他走了。）", "真的吗？！……", "好。", "下一段"]
    assert _pieces("张伟来了！\r\n") == _pieces("张伟来了！")  # the whitespace after a sentence is fed to none
    assert _pieces("\n\n\n   \n", 4) == []


def test_windows_cut_an_over_long_sentence_with_overlap_owning_up_to_mid_overlap():
    text = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸"
    norm = normalize(text)
    windows = text_windows(norm.chars, [False] * len(text), 8, 4)
    assert [w.units[0] for w in windows] == [0, 4, 8, 12]
    assert all(len(w.units) <= 8 for w in windows)
    owned = [u for w in windows for u in w.units[w.own_from:w.own_to]]
    assert owned == list(range(len(text)))


def test_the_owner_of_a_names_start_sees_32_units_more_across_a_cut():
    norm = normalize("会" * 1000)
    windows = text_windows(norm.chars, [False] * 1000, 256)
    assert len(windows) > 4
    assert all(len(w.units) - w.own_to >= 32 for w in windows[:-1])
    assert all(w.own_from >= 32 for w in windows[1:])


def test_line_wraps_are_undone_as_the_engine_undoes_them():
    """The same cases as the engine's unwrapLines tests."""
    line = "国务院总理在人民大会堂会见了来访的法国总统马"
    assert _pieces(f"{line}\n克龙，双方交换了意见。") == [f"{line}克龙，双方交换了意见。"]
    assert _pieces(f"{line}\r\n克龙。") == [f"{line}克龙。"]
    assert _pieces("The United Nations held a long meeting in\nGeneva") == \
        ["The United Nations held a long meeting in\nGeneva"]
    assert _pieces("张伟\n李娜\n北京") == ["张伟", "李娜", "北京"]
    assert _pieces(f"{line}。\n克龙") == [f"{line}。", "克龙"]
    assert _pieces(f"{line}：\n克龙") == [f"{line}：", "克龙"]
    assert _pieces(f"{line}\n\n克龙") == [line, "克龙"]
    assert _pieces(f"{line}\n　　克龙") == [line, "克龙"]
    assert _pieces(f"{line}{' ' * 20}\n克龙") == [line, "克龙"]


def test_half_width_full_stops_end_sentences_as_the_engine_reads_them():
    assert _pieces("张三来了.李四走了. 圆周率是3.14,网址example.com.") == \
        ["张三来了.", "李四走了.", "圆周率是3.14,网址example.com."]


def test_a_list_of_names_of_one_length_is_no_narrow_column():
    from pathlib import Path
    from shiti_train.text import PROSE_MARKS
    source = (Path(__file__).resolve().parents[2] / "src/engine/windows.ts").read_text(encoding="utf-8")
    assert set(re.search(r"const PROSE_MARKS = new Set\(\[\.\.\.'([^']*)'\]\)", source).group(1)) == PROSE_MARKS
    hospitals = ["北京大学第一医院", "北京大学人民医院", "北京大学第三医院", "北京协和医院东院"]
    assert _pieces("\n".join(hospitals)) == hospitals
    assert _pieces("浙江大学医学院\n南京大学历史学院\n武汉大学法学院") == ["浙江大学医学院", "南京大学历史学院", "武汉大学法学院"]


def test_a_narrow_column_is_unwrapped_the_first_break_by_the_line_after_it():
    def pieces(text):  # the same cases as the engine's windows.test.ts
        norm = normalize(text)
        windows = text_windows(norm.chars, sentence_ends(text, norm), 256, breaks=line_breaks(text, norm))
        return ["".join(text[norm.source_index[u]] for u in w.units) for w in windows]

    column = "国务院总理李强在人民\n大会堂会见了来访的法\n国总统马克龙，双方就\n中法关系交换了意见。"
    assert pieces(column) == ["国务院总理李强在人民大会堂会见了来访的法国总统马克龙，双方就中法关系交换了意见。"]
    assert pieces("国务院总理李强在人民\n大会堂\u3000会见了来访的法\n国总统马克龙。") == [
        "国务院总理李强在人民大会堂\u3000会见了来访的法国总统马克龙。"]
    assert pieces("国务院总理李强在人民\n大会堂见面。") == ["国务院总理李强在人民", "大会堂见面。"]
    assert pieces("国务院总理李强在人民\n大会堂会见了来访的。") == ["国务院总理李强在人民", "大会堂会见了来访的。"]
    assert len(pieces("北京市海淀区中关村大街\n上海市浦东新区世纪大道一百号\n广州市天河区体育西路")) == 3
    assert len(pieces("国务院总理李强\n外交部部长王毅\n财政部部长蓝佛安")) == 3


def test_letter_spacing_closed_as_the_engine_closes_it():
    from shiti_train.text import close_letter_spacing

    def fed(text):  # the same cases as the engine's windows.test.ts
        norm = normalize(text)
        return "".join(text[norm.source_index[i]] for i in close_letter_spacing(norm.chars, line_breaks(text, norm)))

    assert fed("国 务 院 总 理 李 强") == "国务院总理李强"
    assert fed("人\u3000民\u3000大\u3000会\u3000堂") == "人民大会堂"
    assert fed("国  务  院") == "国务院"
    assert fed("关 于 通\n知 道") == "关于通\n知 道"
    assert fed("国 务 院 总理") == "国务院 总理"
    for text in ["张三 李四 王五", "出席者：李　强　　王　五　　赵　六", "通 知", "中国 人民 银行", "Apple 公司 CEO Tim Cook"]:
        assert fed(text) == text
    assert fed("U N 和 1 9 9 8 年") == "U N和1 9 9 8年"


def test_word_spacing_closed_as_the_engine_closes_it():
    from shiti_train.text import close_letter_spacing, close_word_spacing

    def fed(text):  # the same cases as the engine's windows.test.ts
        norm = normalize(text)
        breaks = line_breaks(text, norm)
        kept = close_word_spacing(norm.chars, breaks, close_letter_spacing(norm.chars, breaks))
        return "".join(text[norm.source_index[i]] for i in kept)

    segmented = "国务院 总理 李鹏 今天 在 人民大会堂 会见 了 日本 客人 ， 双方 就 两 国 关系 交换 了 意见 。"
    closed = lambda t: t.replace(" ", "")  # noqa: E731
    assert fed(segmented) == closed(segmented)
    assert fed(f"中国 人民 银行 行长 周小川 表示 ， {segmented}") == f"中国 人民 银行 行长 {closed(f'周小川 表示 ， {segmented}')}"
    a, b = segmented, "他们 说 ， 我们 在 北京 见过 面 。"
    assert fed(f"{a}\n{b}") == f"{closed(a)}\n{closed(b)}"
    assert fed(f"{a}  {b}") == f"{closed(a)}  {closed(b)}"
    assert fed("我 在 Google 和 Apple 都 工作 过 ， 后来 又 在 北京 住 了 几 年 。") == "我 在 Google 和 Apple 都工作过，后来又在北京住了几年。"
    long = "中" * 17
    assert fed(f"{a} {long} {b}") == f"{closed(a)} {long} {closed(b)}"
    for text in ["出席者：李强 王毅 丁薛祥 张国清 刘国中 陈文清 王小洪 吴政隆 谌贻琴 秦刚 王五 赵六",
                 "中国银行 工商银行 建设银行 农业银行 交通银行 招商银行 浦发银行 兴业银行 民生银行 光大银行",
                 "今天 天气很好，我们去了北京的颐和园。", "Apple 公司 CEO Tim Cook"]:
        assert fed(text) == text
    assert fed("在 １９９８ 年 举行 的 大会 上 ， 代表 们 通过 了 决议 。") == "在１９９８年举行的大会上，代表们通过了决议。"
    assert fed("代表 们 在 １９９８ ２０００ 两 年 里 通过 了 决议 。") == "代表们在１９９８ ２０００两年里通过了决议。"


def test_function_words_are_the_engines():
    from pathlib import Path
    from shiti_train.text import FUNCTION_WORDS
    source = (Path(__file__).resolve().parents[2] / "src/engine/windows.ts").read_text(encoding="utf-8")
    assert re.search(r"const FUNCTION_WORDS = '([^']*)'", source).group(1) == FUNCTION_WORDS


def test_straight_quotes_paired_as_the_engine_pairs_them():
    chars = lambda text, pair: "".join(normalize(text, pair_quotes=pair).chars)  # noqa: E731
    assert chars('他说:"走吧。"＂好＂', True) == "他说：“走吧。”“好”"
    assert chars('"甲\n"乙"', True) == "“甲\u3000“乙”"
    assert chars('他说:"走吧。"', False) == "他说：＂走吧。＂"


def test_emoji_are_fed_as_one_space():
    from shiti_train.text import is_pictographic
    text = "见到了迪丽热巴😭，还有👨\u200d👩\u200d👧谷爱凌1\ufe0f\u20e3和李现🔥🔥！©新华社"
    norm = normalize(text)
    assert "".join(norm.chars) == "见到了迪丽热巴\u3000，还有\u3000谷爱凌１和李现\u3000！\u3000新华社"
    # the space of a run stands at its first emoji; the rest of the run is fed as nothing
    assert [text[i] for i, c in zip(norm.source_index, norm.chars) if c == "\u3000"] == ["😭", "👨", "🔥", "©"]
    assert is_pictographic("👍") and is_pictographic("\u00a9") and not is_pictographic("★") and not is_pictographic("张")


def test_web_addresses_go_on_over_letters_a_path_mark_follows():
    from shiti_train.decode import never_in_name

    def forced(text):
        chars = normalize(text).chars
        return "".join(c for c, f in zip(chars, never_in_name(chars)) if f)

    assert forced("详见[李娜的专访](https://news.example.com/李娜/专访.html)，她") == "".join(
        normalize("https://news.example.com/李娜/专访.html").chars)
    assert forced("全文见http://t.cn/AbCd12x李娜说，好！") == "".join(normalize("http://t.cn/AbCd12x").chars)
    assert forced("www.x.cn/李娜．") == "".join(normalize("www.x.cn/").chars)


def test_a_form_feed_is_dropped_so_a_page_break_is_a_wrap():
    text = "周三下午天气晴朗，远道而来的那位客人名叫谭\n\f德塞，他来了。"
    norm = normalize(text)
    assert "\f" not in "".join(text[i] for i in norm.source_index)
    ends, breaks = sentence_ends(text, norm), line_breaks(text, norm)
    units = unwrap_lines(norm.chars, ends, breaks)
    assert "".join(norm.chars[i] for i, _ in units).startswith("周三下午天气晴朗，远道而来的那位客人名叫谭德塞")


def _pieces_with_tabs(text: str, max_window: int = 256) -> list[str]:
    """_pieces with the text's tabs passed, as OnnxTagger.entities passes them."""
    from shiti_train.text import tabs_of
    norm = normalize(text)
    windows = text_windows(norm.chars, sentence_ends(text, norm), max_window, None, line_breaks(text, norm),
                           tabs_of(text, norm))
    return ["".join(text[norm.source_index[u]] for u in w.units) for w in windows]


def test_closers_after_a_line_break_start_a_sentence_and_trailing_whitespace_is_not_counted():
    """The same cases as the engine's windows.test.ts (fuzzing found both)."""
    text = "上海市浦东新区张江高科技园区\n\n”记者张伟来了\n……他说。"
    assert _pieces(text, 40) == ["上海市浦东新区张江高科技园区", "”记者张伟来了", "……", "他说。"]
    assert _pieces("他走了。 ”好", 40) == ["他走了。 ”", "好"]
    sentence = "中" * 255 + "。"
    for after in ["\n", " \n\n", "\n\u3000\u3000", "   "]:
        assert [len(p) for p in _pieces(sentence + after + "李娜来了。")] == [256, 5]


def test_table_rows_name_grids_and_form_fields_keep_their_line_breaks():
    """The same cases as the engine's windows.test.ts (QA: a roster's last name ran into the next row's first)."""
    grid = "参会人员：马国强 丁志伟 许文静 冯晓明 韩冰 曹雪\n田亮 邱慧 唐敏 蒋立新"
    assert _pieces(grid) == ["参会人员：马国强 丁志伟 许文静 冯晓明 韩冰 曹雪", "田亮 邱慧 唐敏 蒋立新"]
    assert len(_pieces("张伟    研发中心    软件工程师    王建国\n李娜    市场部    市场专员    刘志强")) == 2
    fields = "地址：北京市东城区东长安街一号东方广场三座\n电话：零一零八五二零一二三四"
    assert _pieces(fields) == ["地址：北京市东城区东长安街一号东方广场三座", "电话：零一零八五二零一二三四"]
    # prose still unwraps
    assert _pieces("使用 Python 和 Rust 开发的这套系统由张伟负责\n维护和升级。") == ["使用 Python 和 Rust 开发的这套系统由张伟负责维护和升级。"]
    assert _pieces("新华社北京一月五日电：国务院总理在人民大会堂会\n见了客人。") == ["新华社北京一月五日电：国务院总理在人民大会堂会见了客人。"]
    assert _pieces("王毅说：“中方欢迎美方代表团访华，希望双方马\n克龙。”") == ["王毅说：“中方欢迎美方代表团访华，希望双方马克龙。”"]


def test_a_tab_ends_letter_spacing_and_no_name_covers_a_tab_or_an_emoji():
    from shiti_train.text import apart_of
    assert _pieces_with_tabs("王　磊\t男\t研发中心") == ["王　磊\t男\t研发中心"]
    norm = normalize("王　磊\t男\t研发\U0001F44D中心")
    assert apart_of("王　磊\t男\t研发\U0001F44D中心", norm) == [False] * 3 + [True, False, True] + [False] * 2 + [True] + [False] * 2


def test_invisible_characters_are_dropped_as_the_engine_drops_them():
    from pathlib import Path
    from shiti_train.text import INVISIBLE
    source = (Path(__file__).resolve().parents[2] / "src/engine/normalize.ts").read_text(encoding="utf-8")
    block = re.search(r"export const INVISIBLE = \[(.*?)\]\.join\(' '\)", source, re.S).group(1)
    assert " ".join(re.findall(r"'([^']*)'", block)) == INVISIBLE
    text = "张伟\u2061在\ufffc北京\u2800工作\U000E0001。"
    assert "".join(normalize(text).chars) == "张伟在北京工作。"


def test_a_lone_surrogate_is_never_in_a_name_and_its_offsets_are_utf16():
    from shiti_train.decode import never_in_name
    from shiti_train.export import _utf16_slice
    assert never_in_name(list("刘\ud800")).tolist() == [False, True]
    assert _utf16_slice("刘\ud800亮", 1, 2) == "\ud800"


def _pieces_with_pictographs(text: str) -> list[str]:
    """_pieces with the text's emoji passed (pictographs_of), as the engine's units carry them."""
    from shiti_train.text import pictographs_of
    norm = normalize(text)
    windows = text_windows(norm.chars, sentence_ends(text, norm), 256, None, line_breaks(text, norm),
                           pictographs=pictographs_of(text, norm))
    return ["".join(text[norm.source_index[u]] for u in w.units) for w in windows]


def test_social_posts_one_a_line_end_at_their_break_as_the_engine_ends_them():
    """The same cases as the engine's windows.test.ts (QA: Weibo-style posts one a line ran together, 谢\\n刚)."""
    pieces = _pieces_with_pictographs
    after = "国家卫健委发布了最新的通知。"
    post = "今天和谢刚去了复旦大学参加活动，真的太开心了"
    for end in ["😂", " 👍 ", "👍🏽", "❤️", "😂😂😂"]:
        assert pieces(f"{post}{end}\n{after}") == [post, after]
    for tail in [" #周末去哪儿#", "#周末去哪儿#", "＃周末去哪儿＃", "～", "~", " #", "，全文见http://t.cn/AbCd12",
                 "，全文见 https://news.example.com/a/b.html ", "，详见www.example.com", "，感谢@谢刚", "，感谢 ＠Lucky_星"]:
        assert pieces(f"{post}{tail}\n{after}") == [f"{post}{tail}".rstrip(), after]
    assert pieces(f"{post}😂\r\n{after}") == [post, after]
    # still unwrapped: a 40-unit line ending in Han, and lines with an emoji, a web address or a mention inside
    forty = "国务院总理上午在人民大会堂会见了来访的法国总统和夫人，双方就两国关系交换了意见后"
    assert pieces(f"{forty}\n共同会见了记者。") == [f"{forty}共同会见了记者。"]
    wrapped = "国务院总理在人民大会堂会见了来访的法国总统马"
    for before in ["张伟👍和李娜在北京见面，", "全文见http://t.cn/AbCd12x，", "@新华视点 ", "感谢@谢刚，", "#两会# "]:
        assert pieces(f"{before}{wrapped}\n克龙。") == [f"{before}{wrapped}克龙。"]
    assert len(pieces("国务院总理李强在人民\n大会堂会见了来访的法😂\n国总统马克龙。")) == 3


def test_full_width_closers_and_long_mentions_end_lines_as_the_engine_ends_them():
    """The same cases as windows.test.ts: ］ ｝ (normalized ] }) end a line (…开心了我们[哈哈]\n伟 was unwrapped), and
    an @mention running on into prose does not (感谢@北京大学新闻与传播学院的老师们和同学王\n小明 was cut)."""
    pieces = _pieces_with_pictographs
    post = "今天和谢刚去了复旦大学参加活动，真的太开心了"
    after = "国家卫健委发布了最新的通知。"
    for close in ["[哈哈]", "{注}", "［哈哈］", "｛注｝"]:
        assert pieces(f"{post}{close}\n{after}") == [f"{post}{close}", after]
    line = "这篇长文首发于微信公众号，特别感谢@北京大学新闻与传播学院的老师们和同学王"
    assert pieces(f"{line}\n小明对本文的帮助。") == [f"{line}小明对本文的帮助。"]
    for mention in ["@北京大学新闻与传播学院官", "@Lucky_star_2024_official", "＠ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘ"]:
        assert pieces(f"{post}，感谢{mention}\n国家卫健委发布了通知。") == [f"{post}，感谢{mention}", "国家卫健委发布了通知。"]


def test_line_end_marks_are_the_engines():
    from pathlib import Path
    from shiti_train.text import (CLOSERS, ENDS_A_LINE, HAN_MENTION_UNIT, MAX_MENTION_WIDTH, MENTION_CHAR, URL_CHAR,
                                  URL_STARTS)
    source = (Path(__file__).resolve().parents[2] / "src/engine/windows.ts").read_text(encoding="utf-8")
    # The windows' closers are the engine's closing marks and straight quotes (src/engine/closers.ts).
    assert "const CLOSERS = new Set([...CLOSING_MARKS, ...STRAIGHT_QUOTES])" in source
    closers_ts = (Path(__file__).resolve().parents[2] / "src/engine/closers.ts").read_text(encoding="utf-8")
    closers = "".join(re.search(rf"export const {name} = '((?:[^'\\]|\\.)*)'", closers_ts).group(1)
                      for name in ("CLOSING_MARKS", "STRAIGHT_QUOTES"))
    assert set(closers.replace("\\'", "'")) == CLOSERS and {"］", "｝", "〕", "】", "》", "」", "』", "）"} <= CLOSERS
    assert int(re.search(r"const MAX_MENTION_WIDTH = (\d+)", source).group(1)) == MAX_MENTION_WIDTH
    assert re.search(r"const HAN_MENTION_UNIT = /\^(\[[^\]]*\])\$/", source).group(1) == HAN_MENTION_UNIT.pattern
    marks = re.search(r"const ENDS_A_LINE = new Set\(\[\.\.\.'([^']*)', \.\.\.CLOSERS\]\)", source).group(1)
    assert set(marks) | CLOSERS == ENDS_A_LINE
    assert "const URL_CHAR = new RegExp(`^${URL_CHARS}$`)" in source  # decode.ts's class, itself compared below
    decode_ts = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")
    url_chars = re.search(r"export const URL_CHARS = '([^']*)'", decode_ts).group(1).replace("\\\\", "\\")
    assert url_chars == URL_CHAR.pattern
    assert re.search(r"const MENTION_CHAR = /\^(\[[^\]]*\])\$/", source).group(1) == MENTION_CHAR.pattern
    assert re.search(r"const URL_STARTS = \[([^\]]*)\]", source).group(1) == ", ".join(f"'{s}'" for s in URL_STARTS)
