"""Contract step 7d: name parts over a hyphen, a full stop or a space that the marginals give to one name are one."""
import numpy as np

from shiti_train.decode import join_name_parts

LABELS = ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC"]
SPACE = "\u3000"


def run(text, spans, extra=None):
    """`spans` as (start, end, type); each unit's marginal on O but `extra` {i: (mass, 'I'|'B')} on I-PER or B-PER."""
    chars = list(text)
    p = np.zeros((len(chars), len(LABELS)))
    p[:, 0] = 1
    for i, (mass, label) in (extra or {}).items():
        p[i, 0] -= mass
        p[i, 2 if label == "I" else 1] += mass
    out = join_name_parts([(s, e, t, 0.8) for s, e, t in spans], p, chars, LABELS)
    return ["".join(chars[s:e]) for s, e, _, _ in out]


def test_joins_over_a_hyphen_or_full_stop_at_0_1():
    assert run("迈克尔－乔丹来了", [(0, 3, "PER"), (4, 6, "PER")], {3: (0.27, "I")}) == ["迈克尔－乔丹"]
    assert run("迈克尔．乔丹来了", [(0, 3, "PER"), (4, 6, "PER")], {3: (0.36, "I")}) == ["迈克尔．乔丹"]
    assert run("马丁－路德－金说", [(0, 2, "PER"), (3, 7, "PER")], {2: (0.29, "I")}) == ["马丁－路德－金"]


def test_joined_score_weighted_by_length():
    chars = list("迈克尔－乔丹")
    p = np.zeros((6, len(LABELS)))
    p[:, 0] = 1
    p[3] = 0
    p[3, 2] = 0.3
    p[3, 0] = 0.7
    out = join_name_parts([(0, 3, "PER", 0.9), (4, 6, "PER", 0.4)], p, chars, LABELS)
    assert out == [(0, 6, "PER", (0.9 * 3 + 0.4 * 2) / 5)]


def test_a_space_needs_0_3():
    assert run(f"查尔斯{SPACE}达尔文说", [(0, 3, "PER"), (4, 7, "PER")], {3: (0.46, "I")}) == [f"查尔斯{SPACE}达尔文"]
    assert run(f"张伟{SPACE}李娜{SPACE}刘洋", [(0, 2, "PER"), (3, 5, "PER"), (6, 8, "PER")],
               {2: (0.07, "I"), 5: (0.22, "I")}) == ["张伟", "李娜", "刘洋"]


def test_what_stays_apart():
    assert run("王楠－张怡宁赢了", [(0, 2, "PER"), (3, 6, "PER")], {2: (0.01, "I")}) == ["王楠", "张怡宁"]
    assert run("见了张伟．李娜", [(2, 4, "PER"), (5, 7, "PER")], {4: (0.03, "I")}) == ["张伟", "李娜"]
    assert run("北京－上海", [(0, 2, "LOC"), (3, 5, "LOC")], {2: (0.5, "I")}) == ["北京", "上海"]
    assert run("１．张伟２．李娜", [(2, 4, "PER"), (6, 8, "PER")], {1: (0.5, "I"), 5: (0.5, "I")}) == ["张伟", "李娜"]
    assert run("张伟，李娜", [(0, 2, "PER"), (3, 5, "PER")], {2: (0.5, "I")}) == ["张伟", "李娜"]


def test_one_unit_first_name_before_a_hyphen():
    spans = [(3, 8, "PER")]
    assert run("家让－保罗·萨特", spans, {1: (0.14, "B"), 2: (0.14, "I")}) == ["让－保罗·萨特"]
    assert run("家让－保罗·萨特", spans, {1: (0.14, "B"), 2: (0.02, "I")}) == ["保罗·萨特"]
    assert run("家让－保罗·萨特", spans, {1: (0.02, "B"), 2: (0.14, "I")}) == ["保罗·萨特"]
    assert run("马琳－王励勤", [(0, 2, "PER"), (3, 6, "PER")], {1: (0.5, "B"), 2: (0.05, "I")}) == ["马琳", "王励勤"]
    assert run("３－王伟", [(2, 4, "PER")], {0: (0.5, "B"), 1: (0.5, "I")}) == ["王伟"]
