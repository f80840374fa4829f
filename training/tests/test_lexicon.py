import json

import numpy as np
import torch

from shiti_train.lexicon import (CATEGORIES, lexicon_word_ids, read_lexicon, read_word_rows,
                                 type_dictionary_words, untype_common_words, write_lexicon)
from shiti_train.synthetic import synthetic_records
from shiti_train.text import normalize_string
from shiti_train.train import drop_lexicon_matches, lexicon_for


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


def test_names_from_other_corpora_type_dictionary_words_only():
    dictionary = {"北京", "张三", "新华社", "ＡＢＣ公司"}
    lexicon = {"北京": 1 | 4, "张三": 1}
    type_dictionary_words(lexicon, [("北京", "LOC"), ("张三", "PER"), ("新华社", "ORG"), ("李四", "PER"),
                                    ("ABC公司", "ORG")], dictionary)
    per, loc, org = (1 << CATEGORIES.index(t) for t in ("PER", "LOC", "ORG"))
    assert lexicon == {"北京": 1 | loc, "张三": 1 | per, "新华社": 1 | org, "ＡＢＣ公司": 1 | org}
    # 李四 is no dictionary word, so it stays out: no corpus text enters the lexicon.


def test_types_a_corpus_shows_wrong_are_dropped_and_the_words_kept():
    per, loc = 1 << CATEGORIES.index("PER"), 1 << CATEGORIES.index("LOC")
    lexicon = {"两国": 1 | loc, "北京": 1 | loc, "令人": 1 | per, "张三": 1 | per, "人民": 1}
    # 两国 20 times, never a name; 北京 20 times, a LOC each time; 令人 19 times (under the minimum);
    # 张三 20 times, once as a name: 5 % is not under max_name_share.
    records = [(list("两国北京"), [(2, 4, "LOC")])] * 20 + [(list("令人"), [])] * 19 \
        + [(list("张三"), [(0, 2, "PER")])] + [(list("张三"), [])] * 19
    removed = untype_common_words(lexicon, records, min_occurrences=20, max_name_share=0.05)
    assert removed == [("两国", "LOC")]
    assert lexicon == {"两国": 1, "北京": 1 | loc, "令人": 1 | per, "张三": 1 | per, "人民": 1}
    # A type counts only inside a name of that type: 北京 as a PER name does not keep LOC.
    lexicon = {"北京": 1 | loc | per}
    removed = untype_common_words(lexicon, [(list("北京人"), [(0, 3, "PER")])] * 20, 20, 0.05)
    assert removed == [("北京", "LOC")] and lexicon == {"北京": 1 | per}


def test_gazetteer_corpora_type_the_jieba_words_they_name(tmp_path):
    # 人民 and 银行 are untyped jieba words; 张三三 is no jieba word at all.
    lines = [{"text": "人民银行张三三", "spans": [[0, 4, "ORG"], [4, 7, "PER"]]},
             {"text": "人民在银行", "spans": [[0, 2, "ORG"], [3, 5, "LOC"]]}]
    (tmp_path / "names.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                          encoding="utf-8")
    cfg = {"lexicon": {"source": "jieba", "min_freq": 5, "max_words": 3000}}
    plain = lexicon_for(cfg, None)
    cfg["lexicon"]["gazetteers"] = [{"format": "jsonl", "path": "names.jsonl"}]
    typed = lexicon_for(cfg, tmp_path)
    org, loc = 1 << CATEGORIES.index("ORG"), 1 << CATEGORIES.index("LOC")
    assert plain["人民"] == plain["银行"] == 1
    assert typed["人民"] == 1 | org and typed["银行"] == 1 | loc
    assert {w for w in typed if typed[w] != plain.get(w)} <= {"人民", "银行", "人民银行"} and "张三三" not in typed


def test_lexicon_dropout_hides_whole_characters_and_nothing_else():
    torch.manual_seed(0)
    feats = torch.ones(4, 50, 12)
    word_ids = torch.full((4, 50, 3), 7)
    batch = {"lexicon_feats": feats.clone(), "lexicon_word_ids": word_ids.clone(), "char_ids": torch.ones(4, 50)}
    drop_lexicon_matches(batch, 0.3)
    hidden = batch["lexicon_feats"].sum(-1) == 0
    assert 0.15 < hidden.float().mean() < 0.45  # about the rate, not all, not none
    assert ((batch["lexicon_feats"] == 1).all(-1) | hidden).all()  # a character loses all its flags or none
    assert ((batch["lexicon_word_ids"] == 0).all(-1) == hidden).all()  # and its matched words with them
    assert (batch["char_ids"] == 1).all()
    drop_lexicon_matches({"lexicon_feats": None, "lexicon_word_ids": None}, 0.3)  # a model without a lexicon
