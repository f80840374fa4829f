"""Contract steps 7b and 8 (span edges), as the engine does them: middle dots kept inside names, Latin names joined by a
Han conjunction split, bracketed legal forms taken into firm names, a PDF table's number columns kept out of names
(the same cases as test/unit/engine/span-edges.test.ts)."""
import numpy as np

from shiti_train.decode import NAME_DOTS, decode_window, drop_impossible_spans, keep_dots_inside, repair_edges

W = "\u3000"  # every whitespace unit, after normalization


def span(s, e, t="PER"):
    return (s, e, t, 0.5)


def texts(chars, spans):
    return [f"{''.join(chars[s:e])}/{t}" for s, e, t, _ in spans]


def edges(text, *spans):
    chars = list(text)
    out = repair_edges(list(spans), chars)
    assert all(score == 0.5 for *_, score in out)
    return texts(chars, out)


LABELS = ["O", "B-PER", "I-PER", "E-PER", "S-PER"]
NO = -10000.0
CRF = {"type": "crf",
       "transitions": [[0, 0, NO, NO, 0], [NO, NO, 0, 0, NO], [NO, NO, 0, 0, NO], [0, 0, NO, NO, 0], [0, 0, NO, NO, 0]],
       "start_transitions": [0, 0, NO, NO, 0], "end_transitions": [0, NO, NO, 0, 0]}
ROWS = np.array([[0, 3, 0, 0, 0], [0, 0, 1, 2, 0], [1, 0, 1, 0, 0], [0, 0, 0, 1, 0], [3, 0, 0, 0, 0]], dtype=np.float32)


def test_the_model_decides_past_a_dot_instead_of_ending_a_name_on_it():
    chars = list("乔·拜登说")
    assert texts(chars, decode_window(ROWS, CRF, LABELS)) == ["乔·/PER"]
    constrained = keep_dots_inside(ROWS, chars, LABELS)
    assert texts(chars, decode_window(constrained, CRF, LABELS)) == ["乔·拜登/PER"]
    assert constrained[1].tolist() == [0, NO, 1, NO, NO]  # the dot's B, E and S rows only
    assert ROWS[1, 3] == 2  # the caller's emissions are left as they were


def test_units_that_are_not_middle_dots_are_left_alone_and_every_dot_is_known():
    assert (keep_dots_inside(ROWS, list("乔。拜登说"), LABELS) == ROWS).all()
    assert list(NAME_DOTS) == ["·", "・", "･", "‧", "•"]


def test_middle_dots_are_cut_off_either_end():
    assert edges("乔·（Ｊｏｅ）", span(0, 2)) == ["乔/PER"]
    assert edges("・约翰", span(0, 3), span(0, 1)) == ["约翰/PER"]
    assert edges("埃隆·马斯克和路易斯·伊纳西奥·卢拉·达席尔瓦", span(0, 6), span(7, 23)) == [
        "埃隆·马斯克/PER", "路易斯·伊纳西奥·卢拉·达席尔瓦/PER"]


def test_a_han_conjunction_between_latin_letters_splits_a_person():
    text = "Ｅｍｍａｎｕｅｌ　Ｍａｃｒｏｎ和Ｎａｒｅｎｄｒａ　Ｍｏｄｉ会面"
    assert edges(text, span(0, 29)) == ["Ｅｍｍａｎｕｅｌ　Ｍａｃｒｏｎ/PER", "Ｎａｒｅｎｄｒａ　Ｍｏｄｉ/PER"]
    assert edges("Ａｎｎ与Ｂｏｂ及Ｃｙ", span(0, 10)) == ["Ａｎｎ/PER", "Ｂｏｂ/PER", "Ｃｙ/PER"]
    assert edges("王和平与Ｂｏｂ", span(0, 3), span(2, 7)) == ["王和平/PER", "平与Ｂｏｂ/PER"]
    assert edges("Ａｎｎ和Ｂｏｂ", span(0, 7, "ORG"), span(0, 4)) == ["Ａｎｎ和Ｂｏｂ/ORG", "Ａｎｎ和/PER"]


def test_a_bracketed_legal_form_is_taken_into_the_firm_name():
    assert edges("普华永道中天会计师事务所（特殊普通合伙）出具", span(0, 12, "ORG")) == ["普华永道中天会计师事务所（特殊普通合伙）/ORG"]
    assert edges("华创投资中心（有限合伙）、万科（集团）", span(0, 6, "COMPANY"), span(13, 15, "ORG")) == [
        "华创投资中心（有限合伙）/COMPANY", "万科（集团）/ORG"]
    assert edges("微软（中国）", span(0, 2, "ORG")) == ["微软/ORG"]
    assert edges("万科（集团", span(0, 2, "ORG")) == ["万科/ORG"]
    assert edges("王五（集团）", span(0, 2)) == ["王五/PER"]
    assert edges("万科（集团）", span(0, 2, "ORG"), span(3, 5, "ORG")) == ["万科/ORG", "集团/ORG"]


def test_a_pdf_tables_number_columns_stay_out_of_a_name():
    assert edges(f"３{W}{W}{W}ＢｌａｃｋＲｏｃｋ{W}Ｆｕｎｄ", span(0, 18)) == [f"ＢｌａｃｋＲｏｃｋ{W}Ｆｕｎｄ/PER"]
    assert edges(f"Ａｄｖｉｓｏｒｓ{W}{W}{W}３", span(0, 12)) == ["Ａｄｖｉｓｏｒｓ/PER"]
    assert edges(f"张伟{W}{W}８７，１２３", span(0, 10, "ORG")) == ["张伟/ORG"]
    assert edges(f"Ｒｏｏｍ{W}３", span(0, 6, "LOC")) == [f"Ｒｏｏｍ{W}３/LOC"]


def test_a_person_of_digits_and_number_punctuation_only_is_dropped():
    chars = list("８７，１２３，４５６股，Ｇ２０，３号")
    given = [span(0, 2), span(0, 10), span(0, 11), span(12, 15), span(16, 18), span(0, 10, "ORG")]
    assert drop_impossible_spans(given, chars) == [span(0, 11), span(12, 15), span(16, 18), span(0, 10, "ORG")]
