"""The character table every model folder ships (t2s.txt): Traditional -> Simplified and CJK radicals -> ideographs."""
from pathlib import Path

from shiti_train.t2s import TABLE, read_radicals, read_table
from shiti_train.text import normalize

# Lines in the format of Unicode's EquivalentUnifiedIdeograph.txt, ranges and strokes included.
SAMPLE = """# EquivalentUnifiedIdeograph-15.0.0.txt
2E8C..2E8D ; 5C0F  # [2] CJK RADICAL SMALL ONE..CJK RADICAL SMALL TWO
2EA0       ; 6C11  #     CJK RADICAL CIVILIAN
2F08       ; 4EBA  #     KANGXI RADICAL MAN
31D2..31D3 ; 4E3F  # [2] CJK STROKE P..CJK STROKE SP
"""


def test_read_radicals_expands_ranges_and_leaves_strokes_out(tmp_path: Path):
    path = tmp_path / "eui.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_radicals(path) == {"\u2e8c": "小", "\u2e8d": "小", "⺠": "民", "⼈": "人"}


def test_the_committed_table_reads_pdf_radicals_as_simplified_ideographs():
    table = read_table(TABLE)
    # ⾒ (Kangxi SEE) stands for 見, which the table then takes on to the Simplified 见.
    assert "".join(normalize("⼈⺠⼤会堂会⻅⾒⻢克⻰", table).chars) == "人民大会堂会见见马克龙"
    assert all(len(k) == 1 and len(v) == 1 for k, v in table.items())  # one code point to one: offsets stay exact
    assert table["臺"] == "台" and "著" not in table


def test_the_pages_radical_table_agrees_with_the_models():
    """src/app/cjk-radicals.json (PDF import) stops at the ideograph; t2s.txt goes on to Simplified."""
    import json

    page = json.loads((TABLE.parents[1] / "src" / "app" / "cjk-radicals.json").read_text(encoding="utf-8"))
    table = read_table(TABLE)
    assert len(page) == 328 and page["⾒"] == "見" and page["⻅"] == "见"
    assert all(table[radical] == table.get(ideograph, ideograph) for radical, ideograph in page.items())


def test_phrases_are_read_leftmost_longest_ahead_of_the_character_table():
    from shiti_train.text import PhraseTable

    chars = {"傢": "家", "紐": "纽", "蘭": "兰"}
    table = PhraseTable({"傢俱": "家具", "看著": "看着", "著急": "着急", "紐西": "纽西", "紐西蘭": "新西兰"})
    read = lambda text: "".join(normalize(text, chars, phrases=table).chars)  # noqa: E731
    assert read("買傢俱") == "買家具" and read("紐西蘭") == "新西兰" and read("紐西") == "纽西"
    assert read("看著急") == "看着急"  # 看著 starts first: 著急 is not matched
    assert read("傢\u200b俱") == "家俱"  # a dropped zero-width space breaks the phrase
    assert normalize("𠀀傢俱", chars, phrases=table).source_index == [0, 1, 2]  # offsets untouched
    assert table.simplify(list("傢俱紐西蘭"), chars) == list("家具新西兰")


def test_phrase_candidates_are_kept_only_where_the_character_table_goes_wrong():
    from shiti_train.t2s import phrases

    chars = {"傢": "家", "執": "执", "訊": "讯", "資": "资", "紐": "纽", "蘭": "兰", "歐": "欧", "馬": "马"}
    words = {"执行": "v", "资讯": "n", "纽西兰": "ns"}
    candidates = [
        ("傢俱", "家具", "spelling"),      # 家俱 by characters: kept
        ("傢人", "家人", "spelling"),      # the characters get it right already: not needed
        ("執行", "运行", "vocabulary"),    # 执行 is a word of its own (執行董事): never rewritten
        ("資訊", "信息", "vocabulary"),    # 资讯 likewise
        ("紐西蘭", "新西兰", "vocabulary"),  # 纽西兰 names the same place: kept
        ("雪梨", "悉尼", "vocabulary"),    # no Traditional character: Simplified text writes it (a pear)
        ("歐巴馬", "奥巴马", "vocabulary"),  # 欧巴马 is no word: kept
        ("臺灣省", "台湾", "spelling"),    # lengths differ: offsets would move
    ]
    assert phrases(candidates, chars, words) == {"傢俱": "家具", "紐西蘭": "新西兰", "歐巴馬": "奥巴马"}


def test_the_committed_phrase_table_keeps_lengths_and_leaves_simplified_words_alone():
    from shiti_train.t2s import PHRASE_TABLE, read_phrases

    table = read_phrases(PHRASE_TABLE).table
    assert all(len(t) == len(s) >= 2 for t, s in table.items())
    assert table["傢俱"] == "家具" and table["乾淨"] == "干净" and table["紐西蘭"] == "新西兰"
    assert not {"執行", "資料", "雪梨", "卓著", "乾隆"} & set(table)
