"""Contract steps 2 and 7c: other name dots are fed as U+00B7; a name cut one unit past its dot goes on."""
import re
from pathlib import Path

import numpy as np

from shiti_train.decode import extend_dotted_names
from shiti_train.text import NAME_DOT_FORMS, normalize

LABELS = ["O", "B-PER", "I-PER", "E-PER", "S-PER"]
ROOT = Path(__file__).resolve().parents[2]


def probs(goes_on):
    p = np.zeros((len(goes_on), len(LABELS)))
    p[:, 3] = goes_on
    p[:, 0] = 1 - np.asarray(goes_on)
    return p


def texts(chars, spans):
    return ["".join(chars[s:e]) for s, e, _, _ in spans]


def test_a_name_cut_one_unit_past_its_dot_goes_on():
    chars = list("买买提·艾力是果农")
    spans = [(0, 5, "PER", 0.7)]
    assert texts(chars, extend_dotted_names(spans, probs([0, 0, 0, 0, 0, 0.17, 0, 0, 0]), chars, LABELS)) == ["买买提·艾力"]


def test_what_does_not_go_on():
    low = list("努尔兰·阿不都")
    assert texts(low, extend_dotted_names([(0, 5, "PER", 0.6)], probs([0, 0, 0, 0, 0, 0.02, 0.01]), low, LABELS)) == ["努尔兰·阿"]
    two = list("乔·拜登周二")
    assert texts(two, extend_dotted_names([(0, 4, "PER", 0.9)], probs([0, 0, 0, 0, 0.5, 0.5]), two, LABELS)) == ["乔·拜登"]
    plain = list("王伟明说")
    assert texts(plain, extend_dotted_names([(0, 2, "PER", 0.9)], probs([0, 0, 0.5, 0]), plain, LABELS)) == ["王伟"]
    nxt = list("乔·拜李强")
    spans = [(0, 3, "PER", 0.9), (3, 5, "PER", 0.9)]
    assert texts(nxt, extend_dotted_names(spans, probs([0, 0, 0, 0.5, 0.5]), nxt, LABELS)) == ["乔·拜", "李强"]


def test_other_dots_are_fed_as_the_middle_dot():
    text = "甲•乙‧丙∙丁⋅戊・己･庚·辛"
    norm = normalize(text)
    assert "".join(norm.chars) == "甲·乙·丙·丁·戊·己·庚·辛"
    assert norm.source_index == list(range(len(text)))
    assert "".join(normalize("甲．乙。丙丶丁").chars) == "甲．乙。丙丶丁"


def test_the_engine_maps_the_same_dots():
    source = (ROOT / "src/engine/normalize.ts").read_text(encoding="utf-8")
    assert re.search(r"export const NAME_DOT_FORMS = '([^']*)'", source).group(1) == NAME_DOT_FORMS
