"""--resume repeats the run it continues: 1 epoch + resume to 3 gives the weights and metrics of 3 epochs."""
import json
from pathlib import Path

import torch

from shiti_train import train

REPO = Path(__file__).resolve().parents[2]


def tiny(epochs: int) -> dict:
    cfg = json.loads((REPO / "training/configs/tiny.json").read_text())
    cfg["data"]["main"]["count"] = 120
    cfg["train"]["epochs"] = epochs
    # Both regularizers draw from torch's generator every step: a restart that reseeded it would show.
    cfg["train"]["token_dropout"] = {"chars": 0.05, "bigrams": 0.1}
    return cfg


def test_resume_repeats_an_uninterrupted_run(tmp_path, capsys):
    straight, stopped = tmp_path / "straight", tmp_path / "stopped"
    train.run(tiny(3), tmp_path / "no-data", straight)
    train.run(tiny(1), tmp_path / "no-data", stopped)
    train.run(tiny(3), tmp_path / "no-data", stopped, resume=True)
    a, b = (torch.load(d / "last.pt") for d in (straight, stopped))
    assert b["epoch"] == 2 and all(torch.equal(a["model"][k], b["model"][k]) for k in a["model"])
    logs = [[json.loads(line) for line in (d / "log.jsonl").read_text().splitlines()] for d in (straight, stopped)]
    assert [e["epoch"] for e in logs[1]] == [0, 1, 2]
    assert [(e["loss"], e["dev"]) for e in logs[0]] == [(e["loss"], e["dev"]) for e in logs[1]]


def test_a_fresh_run_starts_a_new_log_and_resume_without_last_pt_warns(tmp_path, capsys):
    out = tmp_path / "run"
    train.run(tiny(1), tmp_path / "no-data", out)
    train.run(tiny(1), tmp_path / "no-data", out)
    assert len((out / "log.jsonl").read_text().splitlines()) == 1
    other = tmp_path / "other"
    train.run(tiny(1), tmp_path / "no-data", other, resume=True)
    assert f"no {other / 'last.pt'}, starting from scratch" in capsys.readouterr().err
    assert len((other / "log.jsonl").read_text().splitlines()) == 1


def test_a_last_pt_without_generator_state_still_resumes_with_a_warning(tmp_path, capsys):
    out = tmp_path / "run"
    train.run(tiny(1), tmp_path / "no-data", out)
    state = torch.load(out / "last.pt")
    del state["rng"]
    torch.save(state, out / "last.pt")
    train.run(tiny(2), tmp_path / "no-data", out, resume=True)
    assert "holds no random generator state" in capsys.readouterr().err
    assert torch.load(out / "last.pt")["epoch"] == 1
