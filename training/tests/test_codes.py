"""Contract steps 7a and 8: codes glued to names (a flight, train, booking or passport number), an author's superscript
affiliation mark after a person, and DOIs. The same cases as test/unit/engine/codes.test.ts."""
from pathlib import Path

from shiti_train.decode import CODE_JOINERS, SUPERSCRIPT_DIGITS, drop_impossible_spans, never_in_name

W = "\u3000"  # every whitespace unit, after normalization


def fw(text: str) -> list[str]:
    """ASCII as normalization leaves it: full-width, whitespace U+3000 (superscripts stay: no NFKC)."""
    return [W if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text]


def at(text: str, part: str, t: str = "ORG"):
    return (text.index(part), text.index(part) + len(part), t, 0.5)


def kept(text: str, *spans):
    chars = fw(text)
    out = drop_impossible_spans(list(spans), chars)
    assert all(score == 0.5 for *_, score in out)
    return ["".join(chars[s:e]) + "/" + t for s, e, t, _ in out]


def test_cuts_a_flight_or_train_numbers_letters_off_the_end_of_a_name():
    text = "乘坐中国国际航空CA1234，东方航空MU5101和四川航空3U8888，再坐高铁G1234。"
    assert kept(text, at(text, "中国国际航空CA"), at(text, "东方航空MU"), at(text, "四川航空3U"), at(text, "高铁G")) == [
        "中国国际航空/ORG", "东方航空/ORG", "四川航空/ORG", "高铁/ORG"]
    latin = "Air China CA1234, 国航-CA1234"  # whitespace and joiners left at the end go with the code
    assert kept(latin, at(latin, "Air China CA"), at(latin, "国航-CA")) == ["".join(fw("Air China")) + "/ORG", "国航/ORG"]


def test_drops_a_span_that_is_all_code():
    text = "订单ABC12D，护照EA1234567，JP0312345，HLT58820391，团号CTS-BJ0418A。"
    assert kept(text, at(text, "ABC"), at(text, "EA"), at(text, "JP"), at(text, "HLT"), at(text, "CTS-BJ"),
                at(text, "BJ")) == []


def test_keeps_letters_a_name_ends_in_without_a_digit_after_and_letters_after_digits_at_its_start():
    text = "深长城A，2XR津百12.3，NBA球星，3M公司"
    assert kept(text, at(text, "长城A"), at(text, "XR津百"), at(text, "NBA"), at(text, "3M公司")) == [
        "长城Ａ/ORG", "ＸＲ津百/ORG", "ＮＢＡ/ORG", "３Ｍ公司/ORG"]


def test_cuts_an_affiliation_mark_off_the_end_of_a_person():
    text = "作者：孙悦¹，欧阳文静²³，王⁵，李娜1，R2D2"
    assert kept(text, at(text, "孙悦¹", "PER"), at(text, "欧阳文静²³", "PER"), at(text, "王⁵", "PER"), at(text, "李娜1", "PER"),
                at(text, "R2D2", "PER"), at(text, "孙悦¹", "LOC")) == [
        "孙悦/PER", "欧阳文静/PER", "王/PER", "李娜/PER", "Ｒ２Ｄ２/PER", "孙悦¹/LOC"]
    assert kept("孙悦12，", (0, 3, "PER", 0.5)) == ["孙悦/PER"]  # cut inside the marks: cut, not dropped


def forced_text(text: str) -> str:
    chars = fw(text)
    forced = never_in_name(chars)
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c, f in zip(chars, forced) if f)


def test_forces_a_doi_whole():
    assert forced_text("DOI: 10.11897/SP.J.1016.2021.00001") == f"DOI:{W}10.11897/SP.J.1016.2021.00001"
    assert (forced_text("见doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI3>3.0.CO;2-O。张伟")
            == "doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI3>3.0.CO;2-O")
    assert forced_text("论文10.13718/j.cnki.xdzk.2021.01.001由李娜撰写") == "10.13718/j.cnki.xdzk.2021.01.001"
    assert forced_text("https://doi.org/10.1000/xyz123 王芳") == "https://doi.org/10.1000/xyz123"


def test_leaves_numbers_that_are_no_doi_alone():
    assert forced_text("增长10.5/年，v10.1234/a，3.10.1234/5，10.12/abc") == ""


def test_lists_match_the_engine():
    ts = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")
    assert f"const CODE_JOINERS = '{CODE_JOINERS}'" in ts
    assert f"const SUPERSCRIPT_DIGITS = '{SUPERSCRIPT_DIGITS}'" in ts
