"""The reproduce scripts' shell: syntax, and the data path taken from where the caller stands."""
import os
import subprocess
from pathlib import Path

import pytest

TRAINING = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script", ["reproduce.sh", "reproduce-cluener.sh", "prepare.sh"])
def test_scripts_parse(script):
    subprocess.run(["bash", "-n", str(TRAINING / script)], check=True)


@pytest.mark.parametrize("script", ["reproduce.sh", "reproduce-cluener.sh"])
def test_a_relative_data_path_is_the_callers(script, tmp_path):
    """README runs `bash training/reproduce.sh ../shared/data` from the repository: the path is relative to the
    caller's folder, not to training/, where the script moves before it trains."""
    (tmp_path / "mydata").mkdir()
    env = {**os.environ, "SHITI_PRINT_DATA": "1"}
    out = subprocess.run(["bash", str(TRAINING / script), "mydata"], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == str((tmp_path / "mydata").resolve())
    # The default stays the shared data beside the repository, wherever the command runs from.
    out = subprocess.run(["bash", str(TRAINING / script)], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == str((TRAINING / "../../shared/data").resolve())


@pytest.mark.parametrize("script", ["reproduce.sh", "reproduce-cluener.sh"])
def test_a_missing_data_folder_is_said_at_once(script, tmp_path):
    """A clean clone without ../shared/data beside it (CI's): the default path need not exist, and a run without
    it stops at once with a line that says where it looked (realpath failed with its own message before)."""
    env = {k: v for k, v in os.environ.items() if k != "SHITI_PRINT_DATA"}
    done = subprocess.run(["bash", str(TRAINING / script), "nowhere"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 2
    assert f"no data folder at {tmp_path / 'nowhere'}" in done.stderr
