import json

import pytest

from shiti_train import readers
from shiti_train.readers import DataError, Record


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_msra_word_tag_to_spans(tmp_path):
    p = write(tmp_path, "m.txt", "邓颖超/nr 自然/o 出席/o ，/o 宋美龄/nr 应邀/o 到/o 北京/ns 。/o \n\n")
    [rec] = readers.read_msra(p)
    assert rec.text == "邓颖超自然出席，宋美龄应邀到北京。"
    assert [(rec.text[s:e], t) for s, e, t in rec.spans] == [("邓颖超", "PER"), ("宋美龄", "PER"), ("北京", "LOC")]
    assert [rec.text[s:e] for s, e in rec.words] == ["邓颖超", "自然", "出席", "，", "宋美龄", "应邀", "到", "北京", "。"]


def test_msra_malformed_line_names_file_and_line(tmp_path):
    p = write(tmp_path, "bad.txt", "好/o \n北京/xx 很/o \n")
    with pytest.raises(DataError, match=r"bad\.txt:2: .*北京/xx"):
        list(readers.read_msra(p))


def test_bio_and_bmes_conll(tmp_path):
    bio = write(tmp_path, "a.bio", "张 B-PER\n三 I-PER\n去 O\n京 B-LOC\n\n李 B-PER\n")
    bmes = write(tmp_path, "a.bmes", "高 B-NAME\n勇 E-NAME\n： O\n北 B-ORG\n京 M-ORG\n大 E-ORG\n学 S-LOC\n")
    a, b = list(readers.read_conll(bio))
    assert (a.text, a.spans) == ("张三去京", [(0, 2, "PER"), (3, 4, "LOC")])
    assert (b.text, b.spans) == ("李", [(0, 1, "PER")])
    [c] = readers.read_conll(bmes)
    assert c.spans == [(0, 2, "NAME"), (3, 6, "ORG"), (6, 7, "LOC")]


def test_weibo_position_digits_and_illformed_start(tmp_path):
    p = write(tmp_path, "w.conll", "说0\tO\n李0\tI-PER.NAM\n巾1\tI-PER.NAM\n")
    [rec] = readers.read_conll(p, strip_position_digits=True)
    assert rec.text == "说李巾" and rec.spans == [(1, 3, "PER.NAM")]


def test_weibo_digit_chars_and_lost_emoji(tmp_path):
    # Weibo's own files: the digit 3 at word position 0 is `30`; an emoji lost in its release is `\ufffd\ufffd0`
    p = write(tmp_path, "w.conll", "30\tO\n\ufffd\ufffd0\tO\n张0\tB-PER.NAM\n")
    [rec] = readers.read_conll(p, strip_position_digits=True)
    assert rec.text == "3\ufffd张" and rec.spans == [(2, 3, "PER.NAM")]
    with pytest.raises(DataError, match=r"w2\.conll:1"):
        list(readers.read_conll(write(tmp_path, "w2.conll", "张三0\tO\n"), strip_position_digits=True))


def test_conll_malformed(tmp_path):
    p = write(tmp_path, "x.bio", "张 B-PER\n三三 I-PER\n")
    with pytest.raises(DataError, match=r"x\.bio:2"):
        list(readers.read_conll(p))
    p = write(tmp_path, "y.bio", "张 X-PER\n")
    with pytest.raises(DataError, match=r"y\.bio:1"):
        list(readers.read_conll(p))


def test_a_bad_tag_names_its_own_line_once(tmp_path):
    p = write(tmp_path, "z.bio", "张 B-PER\n三 I-PER\n\n李 B-PER\n四 X-PER\n")
    with pytest.raises(DataError) as caught:
        list(readers.read_conll(p))
    assert str(caught.value).startswith(f"{p}:5: bad tag 'X-PER'") and str(caught.value).count(str(p)) == 1


@pytest.mark.parametrize("reader", [readers.read_msra, readers.read_conll, readers.read_cluener, readers.read_rmrb])
def test_bytes_that_are_not_utf8_name_their_line(tmp_path, reader):
    good = {readers.read_msra: "中国/ns 人民/o\n", readers.read_conll: "中 B-LOC\n国 I-LOC\n\n",
            readers.read_cluener: '{"text": "中国", "label": {}}\n', readers.read_rmrb: "中国/ns 人民/n\n"}[reader]
    p = tmp_path / "gbk.txt"
    # Enough good lines that the decoder's read-ahead buffer ends past the bad bytes.
    p.write_bytes((good * 400).encode("utf-8") + "北京".encode("gbk") + b"\n")
    with pytest.raises(DataError, match=rf"gbk\.txt:{good.count(chr(10)) * 400 + 1}: not UTF-8 text"):
        list(reader(p))


@pytest.mark.parametrize("label", ['{"name": {"李娜": [[0, 5]]}}', '{"name": []}', '{"name": {"李娜": [0, 1]}}', '[]'])
def test_cluener_spans_off_the_text_or_of_the_wrong_shape_are_errors(tmp_path, label):
    p = write(tmp_path, "c.json", '{"text": "李娜"}\n{"text": "李娜", "label": ' + label + '}\n')
    with pytest.raises(DataError, match=r"c\.json:2: bad CLUENER record"):
        list(readers.read_cluener(p))


def test_cluener_inclusive_end_and_type_map(tmp_path):
    line = {"text": "浙商银行企业信贷部叶老桂博士", "label": {"name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 3]]},
                                                   "position": {"博士": [[12, 13]]}}}
    p = write(tmp_path, "c.json", json.dumps(line, ensure_ascii=False) + "\n")
    [raw] = readers.read_cluener(p)
    assert set(raw.spans) == {(0, 4, "company"), (9, 12, "name"), (12, 14, "position")}
    [mapped] = readers.read_cluener(p, readers.CLUENER_TO_NEWS)
    assert mapped.spans == [(0, 4, "ORG"), (9, 12, "PER")]


def test_cluener_span_mismatch_is_an_error(tmp_path):
    p = write(tmp_path, "c.json", '{"text": "abc", "label": {"name": {"xy": [[0, 1]]}}}\n')
    with pytest.raises(DataError, match=r"c\.json:1"):
        list(readers.read_cluener(p))


def test_jsonl_pseudo_labels_and_confidence_filter(tmp_path):
    lines = [
        {"text": "李明在上海。", "spans": [[0, 2, "PER"], [3, 5, "LOC"]], "confidence": 0.97},
        {"text": "王芳去北京。", "spans": [[0, 2, "PER"]], "confidence": 0.4},
    ]
    p = write(tmp_path, "p.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    assert [r.text for r in readers.read_jsonl(p)] == ["李明在上海。", "王芳去北京。"]
    [sure] = readers.read_jsonl(p, min_confidence=0.9)
    assert [(sure.text[s:e], t) for s, e, t in sure.spans] == [("李明", "PER"), ("上海", "LOC")]


@pytest.mark.parametrize("line", ['{"text": "北京", "spans": [[0, 3, "LOC"]]}', '{"text": "北京"}', "not json"])
def test_jsonl_malformed_names_file_and_line(tmp_path, line):
    p = write(tmp_path, "bad.jsonl", '{"text": "上海", "spans": []}\n' + line + "\n")
    with pytest.raises(DataError, match=r"bad\.jsonl:2"):
        list(readers.read_jsonl(p))


def test_rmrb_brackets_and_split_names(tmp_path):
    p = write(tmp_path, "r.txt",
              "19980101-01-001-002/m  [中国/ns  政府/n]nt  总理/n  江/nr  泽民/nr  访问/v  上海/ns  。/w  他/r  说/v  。/w  \n")
    recs = list(readers.read_rmrb(p))
    assert [r.text for r in recs] == ["中国政府总理江泽民访问上海。", "他说。"]
    r = recs[0]
    assert [(r.text[s:e], t) for s, e, t in r.spans] == [("中国", "LOC"), ("江泽民", "PER"), ("上海", "LOC")]


def test_rmrb_bracketed_organization(tmp_path):
    p = write(tmp_path, "r.txt", "[中央/n  电视台/n]nt  播出/v  \n")
    [r] = readers.read_rmrb(p)
    assert [(r.text[s:e], t) for s, e, t in r.spans] == [("中央电视台", "ORG")]


def test_rmrb_malformed(tmp_path):
    p = write(tmp_path, "r.txt", "19980101-01-001-002/m  中国  政府/n\n")
    with pytest.raises(DataError, match=r"r\.txt:1"):
        list(readers.read_rmrb(p))


def test_chunk_long_never_cuts_an_entity():
    text = "甲" * 10 + "，" + "乙" * 5 + "北京大学" + "丙" * 20
    rec = Record(text, [(16, 20, "ORG")])
    parts = list(readers.chunk_long(rec, 12))
    assert "".join(p.text for p in parts) == text
    assert all(len(p.text) <= 12 for p in parts)
    assert sum(len(p.spans) for p in parts) == 1
    [part] = [p for p in parts if p.spans]
    s, e, _ = part.spans[0]
    assert part.text[s:e] == "北京大学"


def test_chunk_long_keeps_both_halves_of_a_cut_word():
    rec = Record("甲乙丙丁戊己", [], words=[(0, 4), (4, 6)])
    first, second = readers.chunk_long(rec, 3)
    assert (first.text, first.words) == ("甲乙丙", [(0, 3)])
    assert (second.text, second.words) == ("丁戊己", [(0, 1), (1, 3)])


def test_raw_corpus_line_blocks(tmp_path):
    """Blocks of raw-corpus lines come back in the order given, from one pass; a bad block is refused."""
    import lzma

    from shiti_train.pseudo import parse_blocks, raw_sentences

    corpus = tmp_path / "raw.txt.xz"
    with lzma.open(corpus, "wt", encoding="utf-8") as f:
        f.write("".join(f"第{n}行的一句话。\n" for n in "零一二三四五六七八九"))
    assert parse_blocks("6:8,1:3") == [(6, 8), (1, 3)]
    sentences = raw_sentences(corpus, parse_blocks("6:8,1:3"), max_len=256)
    assert sentences == ["第六行的一句话。", "第七行的一句话。", "第一行的一句话。", "第二行的一句话。"]
    assert raw_sentences(corpus, [(8, 20)], 256) == ["第八行的一句话。", "第九行的一句话。"]
    with pytest.raises(ValueError, match="3:3"):
        parse_blocks("1:2,3:3")


def test_rmrb_a_list_of_names_stays_a_list(tmp_path):
    """One surname joins one given name: 江/nr 泽民/nr 李/nr 鹏/nr is two people, not 江泽民李鹏."""
    p = write(tmp_path, "r.txt", "江/nr  泽民/nr  李/nr  鹏/nr  和/c  欧阳/nr  修/nr  、/w  叶利钦/nr  说/v  \n")
    [r] = readers.read_rmrb(p)
    assert [(r.text[s:e], t) for s, e, t in r.spans] == \
        [("江泽民", "PER"), ("李鹏", "PER"), ("欧阳修", "PER"), ("叶利钦", "PER")]


def test_rmrb_names_inside_a_bracket_of_another_tag_stay(tmp_path):
    p = write(tmp_path, "r.txt", "[革命/vn  圣地/n  延安/ns  供水/vn  工程/n]nz  由/p  [王/nr  明/nr  基金/n]nz  建/v  \n")
    [r] = readers.read_rmrb(p)
    assert [(r.text[s:e], t) for s, e, t in r.spans] == [("延安", "LOC"), ("王明", "PER")]


def test_rmrb_unclosed_and_nested_brackets_name_file_and_line(tmp_path):
    p = write(tmp_path, "r.txt", "中国/ns  说/v  \n[中国/ns  政府/n  今天/t  说/v  \n")
    with pytest.raises(DataError, match=r"r\.txt:2: '\[' at '\[中国/ns' is not closed on its line"):
        list(readers.read_rmrb(p))
    p = write(tmp_path, "n.txt", "[中国/ns  [北京/ns  大学/n]nt  医院/n]nt  是/v  \n")
    with pytest.raises(DataError, match=r"n\.txt:1: '\[' at '\[北京/ns' inside the bracket opened at '\[中国/ns'"):
        list(readers.read_rmrb(p))


@pytest.mark.parametrize("compress", [False, True])
def test_a_byte_order_mark_is_not_text(tmp_path, compress):
    """Files saved with a UTF-8 BOM: MSRA put U+FEFF inside the first name, CoNLL refused the first line."""
    import lzma
    def bom_file(name, text):
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
        p = tmp_path / (name + (".xz" if compress else ""))
        p.write_bytes(lzma.compress(data) if compress else data)
        return p
    [r] = readers.read_msra(bom_file("m.txt", "张三/nr 来/o\n"))
    assert r.text == "张三来" and r.spans == [(0, 2, "PER")]
    [r] = readers.read_conll(bom_file("c.txt", "张 B-PER\n三 I-PER\n"))
    assert r.text == "张三" and r.spans == [(0, 2, "PER")]
