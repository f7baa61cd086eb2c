"""Quitting ends the process and frees the store, whatever was opened before.

The real application runs in its own process (``tests/ui/app_driver.py``): it opens every
top-level window (interview, share view, report preview, review window, practice, keys,
guide, shortcut sheets, About, and the modal dialogs), then quits by File > Quit or by
closing the home window with others still open; or it restarts from the settings. The
process must end by itself with exit status 0; afterwards the store opens here, so its lock
was released.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.models import open_store
from app.models import repository as repo
from tests.processes import run_python

#: Only a guard against a hang: the process normally ends a moment after the last step.
HANG_GUARD_SECONDS = 180


def drive(scenario: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The real application played through ``scenario`` (``tests/ui/app_driver.py``); it
    must end by itself with exit status 0."""
    try:
        return run_python(
            ["-m", "tests.ui.app_driver", scenario],
            data_dir,
            offscreen=True,
            timeout=HANG_GUARD_SECONDS,
        )
    except subprocess.TimeoutExpired as hang:
        pytest.fail(f"the application did not end after quitting:\n{hang.stdout!r}")


@pytest.mark.parametrize("scenario", ["quit", "close-home"])
def test_quitting_ends_the_process_and_frees_the_store(scenario: str, data_dir: Path) -> None:
    finished = drive(scenario, data_dir)
    steps = [line for line in finished.stdout.splitlines() if line.startswith("step ")]
    last, total = steps[-1].split()[1::2]
    assert last == total  # the last step (quitting) was played
    assert "event loop ended with 0" in finished.stdout
    assert "Traceback" not in finished.stderr
    opened = [int(line.split()[-1]) for line in finished.stdout.splitlines() if "windows:" in line]
    assert max(opened) >= 10  # every kind of window was really open at once
    with open_store(backup=False) as store:  # the lock is free again
        assert repo.demo_interview_id(store) is not None


def test_restart_now_starts_again_in_the_new_language(data_dir: Path) -> None:
    finished = drive("restart", data_dir)
    said = finished.stdout.splitlines()
    assert "chose Deutsch" in said
    assert "asked: Restart ClusterBench?" in said
    # The same process (same command line) started again, in German, and quit by itself.
    assert "started again in de: &Datei" in said
    assert said.count("event loop ended with 0") == 1
    assert "Traceback" not in finished.stderr
    with open_store(backup=False) as store:  # the lock is free again
        assert repo.demo_interview_id(store) is not None
