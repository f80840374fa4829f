"""Contract steps 7a and 8: codes glued to names (a flight, train, booking or passport number), an author's superscript
affiliation mark after a person, and DOIs. The same cases as test/unit/engine/codes.test.ts."""
from pathlib import Path

from shiti_train.decode import CODE_JOINERS, COUNT_WORDS, SUPERSCRIPT_DIGITS, drop_impossible_spans, never_in_name

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


def f(text: str) -> str:
    return "".join(fw(text))


def test_keeps_a_latin_name_with_a_lower_case_letter_whole_before_a_digit():
    text = "同事Lisa2020年入职，客户David15日到店，Amy3岁时，Lucy3人，博主Lily0923，联系人：Kevin13800138000"
    names = ["Lisa", "David", "Amy", "Lucy", "Lily", "Kevin"]
    assert kept(text, *(at(text, n, "PER") for n in names)) == [f(n) + "/PER" for n in names]
    org = "在Windows10上，DeepSeek3发布"
    assert kept(org, at(org, "Windows"), at(org, "DeepSeek")) == [f("Windows") + "/ORG", f("DeepSeek") + "/ORG"]


def test_keeps_the_last_word_of_an_all_latin_name_before_a_digit():
    text = "Michael Jordan23号，Zhang Wei2021年加入"
    assert kept(text, at(text, "Michael Jordan", "PER"), at(text, "Zhang Wei", "PER")) == [
        f("Michael Jordan") + "/PER", f("Zhang Wei") + "/PER"]


def test_keeps_a_capitals_name_before_a_year_a_day_or_a_count_and_drops_a_plain_code():
    text = "WHO2023年报告，据BBC2日报道，CNN3日，CCTV1，APEC2024会议，GE2家公司，IBM2023年营收"
    names = ["WHO", "BBC", "CNN", "CCTV", "APEC", "GE", "IBM"]
    assert kept(text, *(at(text, n) for n in names)) == [f(n) + "/ORG" for n in names]
    codes = "护照EA1234567，订单ABC12D，团号BJ0418A，KX12"
    assert kept(codes, at(codes, "EA"), at(codes, "ABC"), at(codes, "BJ"), at(codes, "KX")) == [f("KX") + "/ORG"]


def test_drops_a_capitals_span_before_a_flights_or_an_orders_three_or_four_digits_not_before_a_year():
    flights = "我乘坐CA1234航班，原定MU5101次航班取消，搭乘SC4601航班，改签CA981，订单号ABC1234已发货"
    spans = [at(flights, n) for n in ("CA", "MU", "SC", "ABC")] + [(flights.index("CA981"), flights.index("CA981") + 2, "ORG", 0.5)]
    assert kept(flights, *spans) == []
    counts = "KFC1000家，TCL1000万台，GUCCI300多款，HSBC1865年，IKEA300家，ZARA1000家，IBM100周年，SAP1000强，UNIQLO800间"
    brands = ["KFC", "TCL", "GUCCI", "HSBC", "IKEA", "ZARA", "IBM", "SAP", "UNIQLO"]
    assert kept(counts, *(at(counts, n) for n in brands)) == [f(n) + "/ORG" for n in brands]
    assert kept("航班CA1234", at("航班CA1234", "CA")) == []
    years = "APEC2024会议，KFC2023年，LG1999年，TCL5家"
    names = ["APEC", "KFC", "LG", "TCL"]
    assert kept(years, *(at(years, n) for n in names)) == [f(n) + "/ORG" for n in names]


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


def test_ends_a_doi_at_a_comma_whitespace_or_an_unopened_bracket():
    assert forced_text("（doi:10.1000/182）Wang Fang指出") == "doi:10.1000/182"
    assert forced_text("doi:10.1000/182,Zhang Wei et al.") == "doi:10.1000/182"
    assert forced_text("参见10.1038/nature12373(Smith J, Nature)") == "10.1038/nature12373"
    assert forced_text("见10.1000/182（Li Na，2020）") == "10.1000/182"
    assert forced_text("DOI: 10.1000/182. 张伟") == f"DOI:{W}10.1000/182"
    # a balanced (...) inside the suffix is the DOI's own
    assert forced_text("见10.1016/S0140-6736(20)30183-5；") == "10.1016/S0140-6736(20)30183-5"


def test_leaves_numbers_that_are_no_doi_alone():
    assert forced_text("增长10.5/年，v10.1234/a，3.10.1234/5，10.12/abc") == ""


def test_lists_match_the_engine():
    ts = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")
    assert f"const CODE_JOINERS = '{CODE_JOINERS}'" in ts
    assert f"const SUPERSCRIPT_DIGITS = '{SUPERSCRIPT_DIGITS}'" in ts
    assert f"const COUNT_WORDS = '{COUNT_WORDS}'" in ts
