"""Command-line guards of rescore and card."""
import json
import shutil
from pathlib import Path

import pytest

from shiti_train import card, rescore

REPO = Path(__file__).resolve().parents[2]


def test_rescore_config_without_data_is_an_error(tmp_path, capsys):
    """--config alone used to skip the dev scores silently."""
    with pytest.raises(SystemExit) as e:
        rescore.main(["--model", str(tmp_path), "--config", str(REPO / "training/configs/tiny.json")])
    assert e.value.code == 2 and "--config needs --data" in capsys.readouterr().err


@pytest.mark.parametrize("model", ["shiti-news-v1", "shiti-cluener-v1"])
def test_card_without_bench_keeps_the_speed_section(tmp_path, model):
    folder = tmp_path / model
    folder.mkdir()
    for name in ("manifest.json", "MODEL_CARD.md"):  # a copy: the shipped card is never rewritten here
        shutil.copy(REPO / "public/models" / model / name, folder / name)
    before = card.existing_speed_section(folder / "MODEL_CARD.md")
    assert before and before[0].startswith("## Speed") and len(before) > 5
    card.main(["--model", str(folder)])
    text = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "\n".join(before) in text and text.count("## Speed") == 1
    # A new bench run replaces it.
    (tmp_path / "bench.json").write_text(json.dumps({"windows_per_second": 1234}))
    card.main(["--model", str(folder), "--bench", str(tmp_path / "bench.json")])
    speed = card.existing_speed_section(folder / "MODEL_CARD.md")
    assert '"windows_per_second": 1234' in "\n".join(speed) and "\n".join(before) not in "\n".join(speed)
