"""Contract step 8, last: PER spans repaired around compound surnames (复姓) and the 系 / 之夫 of legal prose, as the
engine repairs them (the same cases as test/unit/engine/surnames.test.ts, and the same lists)."""
import re
from pathlib import Path

from shiti_train.decode import (AT_NAME_START_ONLY, COMPOUND_SURNAMES, HAN_UNIT, HAN_UNITS, KIN_AFTER_ZHI, KIN_SUFFIXES,
                                LIST_GOES_ON, NOT_A_GIVEN_NAME, NOT_FROM_SECOND_UNIT, ROLES, WORD_LIKE_SURNAMES,
                                repair_surnames)


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


def test_no_word_after_a_name_nor_two_units_after_a_bare_surname_inside_a_clause():
    """Re-check: 诸葛亮传, 诸葛亮墓, 欧阳明案, 欧阳明函, 欧阳明醒, 司马吧, 欧阳发言, 欧阳帮忙."""
    assert repaired("我们参观了《诸葛亮传》的展览", (6, 9)) == [("诸葛亮", "PER")]
    assert repaired("祭拜诸葛亮墓。", (2, 5)) == [("诸葛亮", "PER")]
    assert repaired("法院审理欧阳明案。", (4, 7)) == [("欧阳明", "PER")]
    assert repaired("这是致欧阳明函。", (3, 6)) == [("欧阳明", "PER")]
    assert repaired("欧阳明醒，", (0, 3)) == [("欧阳明", "PER")]
    assert repaired("我去问司马吧。", (3, 5)) == [("司马", "PER")]
    assert repaired("这事请欧阳发言。", (3, 5)) == [("欧阳", "PER")]
    assert repaired("找欧阳帮忙。", (1, 3)) == [("欧阳", "PER")]
    assert repaired("尉迟欣然，女。", (0, 2)) == [("尉迟欣然", "PER")]
    assert repaired("申请人尉迟欣然，女。", (3, 5)) == [("尉迟欣然", "PER")]


def test_surnames_that_end_words_are_taken_in_only_where_a_name_starts():
    """Re-check: 老公+孙杰, 主人公+孙悟空, 外公+孙建国, 新闻+人王刚, 河南濮阳+张伟, 河南+宫建华."""
    assert repaired("我老公孙杰今天出差了。", (3, 5)) == [("孙杰", "PER")]
    assert repaired("主人公孙悟空大闹天宫。", (3, 6)) == [("孙悟空", "PER")]
    assert repaired("外公孙建国今年八十岁。", (2, 5)) == [("孙建国", "PER")]
    assert repaired("知名新闻人王刚表示", (5, 7)) == [("王刚", "PER")]
    assert repaired("河南濮阳张伟涉嫌诈骗", (4, 6)) == [("张伟", "PER")]
    assert repaired("河南宫建华说", (2, 5)) == [("宫建华", "PER")]
    assert repaired("书记员　　公孙玉兰", (7, 9)) == [("公孙玉兰", "PER")]
    assert repaired("第三人公孙玉兰与本案有利害关系", (4, 7)) == [("公孙玉兰", "PER")]
    assert repaired("公孙玉兰和王羲之。", (1, 4), (5, 8)) == [("公孙玉兰", "PER"), ("王羲之", "PER")]
    assert repaired("闻人王刚说", (2, 4)) == [("闻人王刚", "PER")]


def test_zhi_before_a_kin_word_is_dropped():
    assert repaired("张三之妻李四出庭作证", (0, 3), (4, 6)) == [("张三", "PER"), ("李四", "PER")]
    assert repaired("赵伯之子赵明", (0, 3)) == [("赵伯", "PER")]
    assert repaired("王羲之的兰亭序", (0, 3)) == [("王羲之", "PER")]
    assert repaired("王羲之", (0, 3)) == [("王羲之", "PER")]


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
    assert const("AT_NAME_START_ONLY") == AT_NAME_START_ONLY
    assert const("ROLES") == ROLES
    assert const("KIN_AFTER_ZHI") == KIN_AFTER_ZHI
    assert const("HAN_UNITS") == HAN_UNITS
    kin = re.search(r"const KIN_SUFFIXES = \[([^\]]*)\]", source).group(1)
    assert tuple(re.findall(r"'([^']*)'", kin)) == KIN_SUFFIXES
    surnames = COMPOUND_SURNAMES.split()
    assert len(surnames) == len(set(surnames)) and all(len(s) == 2 for s in surnames)
    assert set(WORD_LIKE_SURNAMES.split()) <= set(surnames) and set(NOT_FROM_SECOND_UNIT.split()) <= set(surnames)
    assert set(AT_NAME_START_ONLY.split()) <= set(surnames)
    assert all(HAN_UNIT.fullmatch(c) for c in "".join(surnames) + NOT_A_GIVEN_NAME + "𠮷")
    assert not any(HAN_UNIT.fullmatch(c) for c in "、，。 　ａ１《")
