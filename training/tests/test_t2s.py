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
