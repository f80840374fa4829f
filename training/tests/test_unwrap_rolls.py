"""unwrap_lines, the Python twin of the engine's unwrapLines: a line whose last clause is a list of three or more names
after a colon (a roll) ends at its break. The same cases as test/unit/engine/unwrap-rolls.test.ts."""
from shiti_train.text import line_breaks, normalize, sentence_ends, tabs_of, text_windows


def _pieces(text: str) -> list[str]:
    """The windows OnnxTagger.entities cuts (line breaks and tabs passed), as the original text."""
    norm = normalize(text)
    windows = text_windows(norm.chars, sentence_ends(text, norm), 256, None, line_breaks(text, norm), tabs_of(text, norm))
    return ["".join(text[norm.source_index[u]] for u in w.units) for w in windows]


NEXT = "评标委员会推荐宁波恒光照明工程有限公司为第一中标候选人，恒光照明的报价最低。"


def test_a_line_ending_in_a_roll_keeps_its_break():
    """Contracts QA 6: ORG 阚明远\\n评标委员会, and the redacted copy lost the second paragraph's 评标委员会."""
    roll = "评标委员会成员：欧阳立诚（组长）、蒋慧、詹国栋、符晓燕、阚明远"
    assert _pieces(f"{roll}\n{NEXT}") == [roll, NEXT]
    assert _pieces(f"{roll}\r\n{NEXT}") == [roll, NEXT]
    bidders = "本次公开招标共有三家单位投标：杭州青禾数据有限公司、远帆科技、宁波恒光照明"
    assert _pieces(f"{bidders}\n{NEXT}") == [bidders, NEXT]


def test_other_lists_still_unwrap():
    for line, rest in [
        ("今天的会议在上海召开，出席的代表有：蒋慧、詹国", "栋。"),
        ("会议议程包括：开幕致辞、主题报告、分组讨论的总结和闭", "幕式。"),
        ("评标委员会成员：欧阳立诚（组长）、蒋慧、詹国栋、符晓燕、", "阚明远。"),
        ("今天出席会议的代表有欧阳立诚、蒋慧、詹国栋、符晓燕、阚", "明远等人。"),
    ]:
        assert _pieces(f"{line}\n{rest}") == [line + rest]
