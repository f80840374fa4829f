import random

from shiti_train.augment import entity_pools, replace_entities

SENTENCES = [
    (list("江泽民在北京会见曼德拉。"), [(0, 3, "PER"), (4, 6, "LOC"), (8, 11, "PER")]),
    (list("新华社报道，中国人民银行发布公告。"), [(0, 3, "ORG"), (6, 12, "ORG")]),
    (list("京沪高速在上海附近。"), [(0, 1, "LOC"), (5, 7, "LOC")]),
]


def test_pools_hold_distinct_multichar_entities_by_type():
    pools = entity_pools(SENTENCES)
    assert pools == {"PER": ["曼德拉", "江泽民"], "LOC": ["上海", "北京"], "ORG": ["中国人民银行", "新华社"]}


def test_replacement_reindexes_spans_around_longer_and_shorter_names():
    pools = {"PER": ["黄菊"], "LOC": ["乌兰巴托"], "ORG": ["新华社"]}
    chars, spans = replace_entities(*SENTENCES[0], pools, prob=1.0, rng=random.Random(1))
    text = "".join(chars)
    assert text == "黄菊在乌兰巴托会见黄菊。"
    assert [(text[s:e], t) for s, e, t in spans] == [("黄菊", "PER"), ("乌兰巴托", "LOC"), ("黄菊", "PER")]


def test_single_characters_and_probability_zero_are_left_alone():
    pools = entity_pools(SENTENCES)
    assert replace_entities(*SENTENCES[0], pools, prob=0.0, rng=random.Random(1)) is None
    chars, spans = replace_entities(*SENTENCES[2], pools, prob=1.0, rng=random.Random(3))
    assert chars[0] == "京" and spans[0] == (0, 1, "LOC")  # the abbreviation stays
    assert "".join(chars[spans[1][0]:spans[1][1]]) in pools["LOC"]


def test_same_seed_same_sentences():
    pools = entity_pools(SENTENCES)
    runs = [[replace_entities(c, s, pools, 0.5, rng) for c, s in SENTENCES] for rng in (random.Random(7), random.Random(7))]
    assert runs[0] == runs[1]


def test_gold_extra_reads_maps_normalizes_and_repeats(tmp_path):
    from shiti_train.train import gold_extra_examples

    (tmp_path / "w.conll").write_text("李0\tB-PER.NAM\n明1\tI-PER.NAM\n用0\tO\nA0\tB-ORG.NOM\n\n"
                                      "去0\tO\n京0\tB-GPE.NAM\n", encoding="utf-8")
    spec = {"format": "bio", "path": "w.conll", "strip_position_digits": True, "repeat": 2,
            "type_map": {"PER.NAM": "PER", "GPE.NAM": "LOC"}}
    examples = gold_extra_examples({"gold_extra": [spec]}, tmp_path)
    # Half-width A becomes full-width as everywhere else; ORG.NOM has no counterpart and is left O.
    assert examples == [(list("李明用Ａ"), [(0, 2, "PER")]), (list("去京"), [(1, 2, "LOC")])] * 2
    assert gold_extra_examples({}, tmp_path) == []


def test_skip_latin_keeps_only_sentences_without_latin_letters(tmp_path):
    from shiti_train.train import gold_extra_examples

    (tmp_path / "w.conll").write_text("李0\tB-PER.NAM\n明1\tI-PER.NAM\n用0\tO\nＡ0\tO\n\n"
                                      "去0\tO\n京0\tB-GPE.NAM\n\nk0\tB-PER.NAM\n说0\tO\n", encoding="utf-8")
    spec = {"format": "bio", "path": "w.conll", "strip_position_digits": True, "skip_latin": True,
            "type_map": {"PER.NAM": "PER", "GPE.NAM": "LOC"}}
    # Full-width and half-width letters both count as Latin; digits and Chinese do not.
    assert gold_extra_examples({"gold_extra": [spec]}, tmp_path) == [(list("去京"), [(1, 2, "LOC")])]
