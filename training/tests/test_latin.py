import random

from shiti_train.latin import english_sentence, latin_examples, latin_name, latin_variant
from shiti_train.text import normalize_string

SENTENCE = (list("江泽民在北京会见曼德拉，新华社报道。"), [(0, 3, "PER"), (4, 6, "LOC"), (8, 11, "PER"), (12, 15, "ORG")])
FULLWIDTH_LATIN = {chr(c) for c in range(0xFF21, 0xFF3B)} | {chr(c) for c in range(0xFF41, 0xFF5B)}


def spans_text(chars, spans):
    return [("".join(chars[s:e]), t) for s, e, t in spans]


def test_every_name_swapped_keeps_its_type_and_exact_bounds():
    rng = random.Random(5)
    chars, spans = latin_variant(*SENTENCE, rng, name_prob=1.0, phrase_prob=0.0)
    assert [t for _, _, t in spans] == ["PER", "LOC", "PER", "ORG"]
    for text, _ in spans_text(chars, spans):
        assert text[0] in FULLWIDTH_LATIN and text[-1] not in "\u3000", text  # no space inside the span's ends
    rest = "".join(c for i, c in enumerate(chars) if not any(s <= i < e for s, e, _ in spans))
    assert rest.replace("\u3000", "") == "在会见，报道。"  # the text around the names is untouched


def test_variant_is_normalized_like_the_engine_input():
    rng = random.Random(1)
    for _ in range(50):
        variant = latin_variant(*SENTENCE, rng)
        if variant:
            text = "".join(variant[0])
            assert text == normalize_string(text)  # already full-width: what normalization would give


def test_phrase_goes_between_clauses_and_shifts_later_spans():
    rng = random.Random(2)
    chars, spans = latin_variant(*SENTENCE, rng, name_prob=0.0, phrase_prob=1.0)
    text = "".join(chars)
    assert text.startswith("江泽民在北京会见曼德拉，") and text.endswith("新华社报道。")
    assert spans_text(chars, spans) == [("江泽民", "PER"), ("北京", "LOC"), ("曼德拉", "PER"), ("新华社", "ORG")]
    assert latin_variant(*SENTENCE, rng, name_prob=0.0, phrase_prob=0.0) is None


def test_english_sentences_mark_exactly_the_names():
    rng = random.Random(3)
    seen_empty = seen_named = False
    for _ in range(200):
        chars, spans = english_sentence(rng)
        assert all(c in FULLWIDTH_LATIN for text, _ in spans_text(chars, spans) for c in text[:1])
        seen_empty |= not spans
        seen_named |= bool(spans)
    assert seen_empty and seen_named  # sentences with no name teach that English text is not one


def test_names_vary_beyond_the_word_lists():
    rng = random.Random(4)
    names = {latin_name(kind, rng) for kind in ("PER", "LOC", "ORG") for _ in range(300)}
    assert len(names) > 400


def test_examples_share_and_english_count():
    rng = random.Random(6)
    out = latin_examples([SENTENCE] * 1000 + [(list("今天天气很好。"), [])] * 500, share=0.2, english=30, rng=rng)
    variants = len(out) - 30
    assert 120 < variants < 200  # about 20 % of the 1,000 sentences with names, none of those without
