"""unwrap_lines, the Python twin of the engine's unwrapLines: a line whose last clause is a field (…，地点：广州市) or that
holds a tab (a table row) ends at its break. The same cases as test/unit/engine/unwrap-fields.test.ts."""
from shiti_train.text import line_breaks, normalize, sentence_ends, tabs_of, text_windows

NEXT = "上海交通大学经济学院教授陈嘉禾认为，苏州的企业是主要推动力。"


def _pieces(text: str) -> list[str]:
    """The windows OnnxTagger.entities cuts (line breaks and tabs passed), as the original text."""
    norm = normalize(text)
    windows = text_windows(norm.chars, sentence_ends(text, norm), 256, None, line_breaks(text, norm), tabs_of(text, norm))
    return ["".join(text[norm.source_index[u]] for u in w.units) for w in windows]


def test_a_line_ending_in_a_field_keeps_its_break():
    """QA: ORG 广州市\\n上海交通大学经济学院 (0.99) instead of LOC 广州市 + ORG 上海交通大学经济学院."""
    field = "今天的会议在上海召开，参会的有来自各地的代表，地点：广州市"
    assert _pieces(f"{field}\n{NEXT}") == [field, NEXT]
    assert _pieces(f"{field}\r\n{NEXT}") == [field, NEXT]
    wide = "今天的会议在上海召开，参会的有代表，会议召开地点:广州市天河区体育西路一号"
    assert _pieces(f"{wide}\n{NEXT}") == [wide, NEXT]


def test_a_line_holding_a_tab_keeps_its_break():
    row = "二零二三年度合作单位名单中排名第一的是深圳市腾讯公司\t广州市"
    assert _pieces(f"{row}\n{NEXT}") == [row, NEXT]
    assert _pieces(f"{row}\t\n{NEXT}") == [row, NEXT]


def test_prose_with_a_colon_or_a_leading_tab_still_unwraps():
    for line, rest in [
        ("今天的会议在上海召开，经济学院教授陈嘉禾表示：苏州企业发展", "迅速。"),
        ("今天的会议在上海召开，会后他对记者说：苏州企业发展", "迅速。"),
        ("今天的会议在上海召开，参会的有各地代表，主持人：“欢迎", "各位。”"),
        ("今天的会议在上海召开，参会的有各地代表，地点：在广州", "举行。"),
        ("今天的会议在上海召开，参会的代表，地点：广州市天河区体育西路一百号", "附近。"),
        ("今天的会议在上海召开，参会各地代表的人数：一百二十", "人。"),
        ("这部电影讲了两个故事，一个关于求学，一个关于创业，即：江南小镇变", "迁和年轻人奋斗的故事。"),
    ]:
        assert _pieces(f"{line}\n{rest}") == [line + rest]
    indented = "\t今天的会议在上海召开，参会的有来自各地的代表和专家学者"
    assert _pieces(f"{indented}\n一百多人。") == [indented[1:] + "一百多人。"]
