"""Contract step 8, last: PER spans repaired around compound surnames (复姓) and the 系 / 之夫 of legal prose, as the
engine repairs them (the same cases as test/unit/engine/surnames.test.ts, and the same lists)."""
import re
from pathlib import Path

from shiti_train.decode import (COMPOUND_SURNAMES, HAN_UNIT, HAN_UNITS, KIN_SUFFIXES, LIST_GOES_ON, NOT_A_GIVEN_NAME,
                                NOT_FROM_SECOND_UNIT, WORD_LIKE_SURNAMES, repair_surnames)


def repaired(text: str, *spans):
    chars = list(text)
    given = [(s, e, (t or ["PER"])[0], 0.5) for s, e, *t in spans]
    out = repair_surnames(given, chars)
    assert [score for *_, score in out] == [0.5] * len(given)
    return [("".join(chars[s:e]), t) for s, e, t, _ in out]


def test_a_compound_surname_left_out_before_a_given_name_is_taken_in():
    assert repaired("审判员上官婉清。", (5, 7)) == [("上官婉清", "PER")]
    assert repaired("审判员　　上官婉清", (7, 9)) == [("上官婉清", "PER")]
    assert repaired("记者东方明说", (4, 5)) == [("东方明", "PER")]
    assert repaired("原告公孙玉兰，", (3, 6)) == [("公孙玉兰", "PER")]
    assert repaired("被告诸葛明辉", (3, 6)) == [("诸葛明辉", "PER")]


def test_a_name_stopping_after_its_compound_surname_is_completed_where_the_name_ends():
    assert repaired("《上官婉清与司马晓燕民间借贷纠纷案》", (3, 5), (6, 9)) == [("上官婉清", "PER"), ("司马晓", "PER")]
    assert repaired("被告司马晓燕与原告", (2, 5)) == [("司马晓燕", "PER")]
    assert repaired("被告司马晓燕", (2, 5)) == [("司马晓燕", "PER")]
    assert repaired("诸葛明辉、公孙玉兰", (0, 3), (6, 9)) == [("诸葛明辉", "PER"), ("公孙玉兰", "PER")]
    assert repaired("被告：尉迟欣然，女。", (3, 5)) == [("尉迟欣然", "PER")]
    assert repaired("审判员　上官婉", (4, 6)) == [("上官婉", "PER")]


def test_xi_and_zhi_fu_of_legal_prose_are_dropped_from_names():
    assert repaired("王建军系刘芳之夫，刘芳系个体工商户", (0, 4), (4, 8), (9, 12)) == [
        ("王建军", "PER"), ("刘芳", "PER"), ("刘芳", "PER")]
    assert repaired("张三系李四之子", (3, 7)) == [("李四", "PER")]
    assert repaired("王羲之的书法", (0, 3)) == [("王羲之", "PER")]
    assert repaired("李系", (0, 2)) == [("李系", "PER")]
    assert repaired("北京大学中文系", (0, 7, "ORG"), (4, 7, "ORG")) == [("北京大学中文系", "ORG"), ("中文系", "ORG")]


def test_words_other_types_other_spans_and_names_that_go_on_are_left_alone():
    assert repaired("东方红卫星发射成功", (0, 2)) == [("东方", "PER")]
    assert repaired("东方红卫星发射成功", (2, 3)) == [("红", "PER")]
    assert repaired("司马光在会上发言", (0, 3)) == [("司马光", "PER")]
    assert repaired("欧阳总，你好", (0, 2)) == [("欧阳", "PER")]
    assert repaired("阿里巴巴公司马云说", (6, 8)) == [("马云", "PER")]
    assert repaired("市长孙家正说", (2, 5)) == [("孙家正", "PER")]
    assert repaired("上官婉清", (2, 4, "LOC")) == [("婉清", "LOC")]
    assert repaired("上官婉清", (0, 2, "LOC"), (2, 4)) == [("上官", "LOC"), ("婉清", "PER")]
    assert repaired("司马晓燕。", (0, 3), (3, 4)) == [("司马晓", "PER"), ("燕", "PER")]
    assert repaired("司马晓燕ａ", (0, 3)) == [("司马晓燕", "PER")]
    assert repaired("司马晓燕", (0, 4)) == [("司马晓燕", "PER")]
    assert repaired("官婉清上", (1, 3)) == [("婉清", "PER")]  # nothing before the text (Python's chars[-1] is 上)


def test_surname_lists_are_the_engines():
    source = (Path(__file__).resolve().parents[2] / "src/engine/decode.ts").read_text(encoding="utf-8")

    def const(name: str) -> str:  # a string constant, its '...' + '...' pieces joined
        block = re.search(rf"const {name} = ((?:\s*\+?\s*'[^']*')+)", source).group(1)
        return "".join(re.findall(r"'([^']*)'", block))

    assert const("COMPOUND_SURNAMES") == COMPOUND_SURNAMES
    assert const("WORD_LIKE_SURNAMES") == WORD_LIKE_SURNAMES
    assert const("NOT_FROM_SECOND_UNIT") == NOT_FROM_SECOND_UNIT
    assert const("NOT_A_GIVEN_NAME") == NOT_A_GIVEN_NAME
    assert const("LIST_GOES_ON") == LIST_GOES_ON
    assert const("HAN_UNITS") == HAN_UNITS
    kin = re.search(r"const KIN_SUFFIXES = \[([^\]]*)\]", source).group(1)
    assert tuple(re.findall(r"'([^']*)'", kin)) == KIN_SUFFIXES
    surnames = COMPOUND_SURNAMES.split()
    assert len(surnames) == len(set(surnames)) and all(len(s) == 2 for s in surnames)
    assert set(WORD_LIKE_SURNAMES.split()) <= set(surnames) and set(NOT_FROM_SECOND_UNIT.split()) <= set(surnames)
    assert all(HAN_UNIT.fullmatch(c) for c in "".join(surnames) + NOT_A_GIVEN_NAME + "𠮷")
    assert not any(HAN_UNIT.fullmatch(c) for c in "、，。 　ａ１《")
