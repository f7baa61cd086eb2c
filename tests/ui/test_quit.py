"""Quitting ends the process and frees the store, whatever was opened before.

The real application runs in its own process (``tests/ui/app_driver.py``): it opens every
top-level window (interview, share view, report preview, review window, practice, keys,
guide, shortcut sheets, About, and the modal dialogs), then quits by File > Quit or by
closing the home window with others still open. The process must end by itself with exit
status 0; afterwards the store opens here, so its lock was released.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models import open_store
from app.models import repository as repo

ROOT = Path(__file__).resolve().parents[2]
#: Only a guard against a hang: the process normally ends a moment after the last step.
HANG_GUARD_SECONDS = 180


@pytest.mark.parametrize("scenario", ["quit", "close-home"])
def test_quitting_ends_the_process_and_frees_the_store(
    scenario: str, data_dir: Path, tmp_path: Path
) -> None:
    environment = {
        **os.environ,
        "CLUSTERBENCH_DATA_DIR": str(data_dir),
        "CLUSTERBENCH_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "tests.ui.app_driver", scenario],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as hang:
        pytest.fail(f"the application did not end after quitting:\n{hang.stdout!r}")

    assert finished.returncode == 0, finished.stderr
    steps = [line for line in finished.stdout.splitlines() if line.startswith("step ")]
    last, total = steps[-1].split()[1::2]
    assert last == total  # the last step (quitting) was played
    assert "event loop ended with 0" in finished.stdout
    assert "Traceback" not in finished.stderr
    opened = [int(line.split()[-1]) for line in finished.stdout.splitlines() if "windows:" in line]
    assert max(opened) >= 10  # every kind of window was really open at once
    with open_store(backup=False) as store:  # the lock is free again
        assert repo.demo_interview_id(store) is not None


def test_restart_now_starts_again_in_the_new_language(data_dir: Path, tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "CLUSTERBENCH_DATA_DIR": str(data_dir),
        "CLUSTERBENCH_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    finished = subprocess.run(
        [sys.executable, "-m", "tests.ui.app_driver", "restart"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    said = finished.stdout.splitlines()
    assert "chose Deutsch" in said
    assert "asked: Restart ClusterBench?" in said
    # The same process (same command line) started again, in German, and quit by itself.
    assert "started again in de: &Datei" in said
    assert said.count("event loop ended with 0") == 1
    assert "Traceback" not in finished.stderr
    with open_store(backup=False) as store:  # the lock is free again
        assert repo.demo_interview_id(store) is not None
