"""Contract steps 7b and 8 (span edges), as the engine does them: middle dots kept inside names, Latin names joined by a
Han conjunction split, bracketed legal forms taken into firm names, a PDF table's number columns kept out of names, a
day or time of day cut off the end of a person, a letter-spaced surname and given name joined (the same cases as
test/unit/engine/span-edges.test.ts, and the same lists)."""
import re
from pathlib import Path

import numpy as np

from shiti_train.decode import (COMMON_SURNAMES, LEGAL_FORMS, MAX_NAME_GAP, NAME_CONJUNCTIONS, NAME_DOTS, NUMBER_MARKS,
                                TIME_WORDS, decode_window, drop_impossible_spans, keep_dots_inside, repair_edges,
                                trim_whitespace)

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


def test_a_lone_bullet_between_words_is_no_person():
    # 产品专员 • 负责 was PER 0.54 before step 7b: emissions favouring S-PER at the bullet no longer make it a name.
    bullet = list("员　•　负")
    rows = np.array([[3, 0, 0, 0, 0], [3, 0, 0, 0, 0], [0, 0, 0, 0, 4], [3, 0, 0, 0, 0], [3, 0, 0, 0, 0]],
                    dtype=np.float32)
    assert texts(bullet, decode_window(rows, CRF, LABELS)) == ["•/PER"]
    assert decode_window(keep_dots_inside(rows, bullet, LABELS), CRF, LABELS) == []
    assert repair_edges(trim_whitespace([span(1, 4)], bullet), bullet) == []


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


def test_a_word_for_a_day_or_a_time_of_day_is_cut_off_the_end_of_a_person():
    assert edges("乔·拜登周二会见", span(0, 6)) == ["乔·拜登/PER"]
    assert edges("王伟昨天下午说", span(0, 6)) == ["王伟/PER"]
    assert edges(f"约翰·史密斯{W}星期天", span(0, 10)) == ["约翰·史密斯/PER"]
    assert edges("Ａｎｎ和Ｂｏｂ今天", span(0, 9)) == ["Ａｎｎ/PER", "Ｂｏｂ/PER"]
    assert edges("王明天说", span(0, 3)) == ["王明天/PER"]
    assert edges("欧阳明天说", span(0, 4)) == ["欧阳明天/PER"]
    assert edges("周天和", span(0, 2)) == ["周天/PER"]
    assert edges("乔·周二", span(0, 4)) == ["乔·周二/PER"]
    assert edges("北京周二", span(0, 4, "ORG")) == ["北京周二/ORG"]


def test_a_surname_and_a_one_unit_given_name_set_apart_by_letter_spacing_are_joined():
    assert edges(f"王{W}{W}莉{W}{W}{W}{W}董事", span(0, 1), span(3, 4)) == [f"王{W}{W}莉/PER"]
    assert edges(f"李{W}强", span(0, 1), span(2, 3)) == [f"李{W}强/PER"]
    out = repair_edges([(0, 1, "PER", 0.8), (3, 4, "PER", 0.6)], list(f"王{W}{W}莉"))
    assert len(out) == 1 and abs(out[0][3] - 0.7) < 1e-12
    assert edges(f"王{W}{W}{W}{W}莉", span(0, 1), span(5, 6)) == ["王/PER", "莉/PER"]
    assert edges(f"莉{W}{W}王", span(0, 1), span(3, 4)) == ["莉/PER", "王/PER"]
    assert edges(f"王{W}Ａ", span(0, 1), span(2, 3)) == ["王/PER", "Ａ/PER"]
    assert edges(f"王{W}小莉", span(0, 1), span(2, 4)) == ["王/PER", "小莉/PER"]
    assert edges(f"王{W}京", span(0, 1), span(2, 3, "LOC")) == ["王/PER", "京/LOC"]
    assert edges("王、莉", span(0, 1), span(2, 3)) == ["王/PER", "莉/PER"]


def test_the_lists_of_the_span_edges_are_the_engines():
    source = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")

    def listed(name):
        block = source.split(f"const {name} = [", 1)[1].split("]", 1)[0]
        return tuple(re.findall(r"'([^']+)'", block))

    def string(name):
        return re.search(rf"const {name} = '([^']+)'", source).group(1)

    assert listed("TIME_WORDS") == TIME_WORDS
    assert listed("LEGAL_FORMS") == LEGAL_FORMS
    assert string("COMMON_SURNAMES") == COMMON_SURNAMES
    assert string("NAME_DOTS") == NAME_DOTS
    assert string("NAME_CONJUNCTIONS") == NAME_CONJUNCTIONS
    assert string("NUMBER_MARKS") == NUMBER_MARKS
    assert re.search(r"const MAX_NAME_GAP = (\d+)", source).group(1) == str(MAX_NAME_GAP)


def test_a_pdf_tables_number_columns_stay_out_of_a_name():
    assert edges(f"３{W}{W}{W}ＢｌａｃｋＲｏｃｋ{W}Ｆｕｎｄ", span(0, 18)) == [f"ＢｌａｃｋＲｏｃｋ{W}Ｆｕｎｄ/PER"]
    assert edges(f"Ａｄｖｉｓｏｒｓ{W}{W}{W}３", span(0, 12)) == ["Ａｄｖｉｓｏｒｓ/PER"]
    assert edges(f"张伟{W}{W}８７，１２３", span(0, 10, "ORG")) == ["张伟/ORG"]
    assert edges(f"Ｒｏｏｍ{W}３", span(0, 6, "LOC")) == [f"Ｒｏｏｍ{W}３/LOC"]


def test_a_person_of_digits_and_number_punctuation_only_is_dropped():
    chars = list("８７，１２３，４５６股，Ｇ２０，３号")
    given = [span(0, 2), span(0, 10), span(0, 11), span(12, 15), span(16, 18), span(0, 10, "ORG")]
    assert drop_impossible_spans(given, chars) == [span(0, 11), span(12, 15), span(16, 18), span(0, 10, "ORG")]
