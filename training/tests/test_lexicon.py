import numpy as np

from shiti_train.lexicon import lexicon_word_ids, read_lexicon, read_word_rows, write_lexicon


def test_word_ids_take_the_longest_word_per_slot():
    # Same case as the engine's tokenizer test: both must pick the same rows.
    rows = {"李明": 5, "李明明": 6, "明明": 7, "明Ａ": 8}
    ids = lexicon_word_ids(list("李明明Ａ明李"), rows, 2, 3)
    assert ids.tolist() == [[6, 0, 0], [7, 6, 5], [8, 0, 6], [0, 0, 8], [0, 0, 0], [0, 0, 0]]
    assert ids.dtype == np.int64


def test_lexicon_file_round_trip_with_rows(tmp_path):
    path = tmp_path / "lexicon.txt"
    write_lexicon({"北京": 5, "上海": 1}, path, {"北京": 3})
    assert path.read_text(encoding="utf-8") == "上海\t1\n北京\t5\t3\n"
    assert read_lexicon(path) == {"北京": 5, "上海": 1}
    assert read_word_rows(path) == {"北京": 3}
