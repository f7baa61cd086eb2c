"""Every way the store's place can be wrong gets its own message: in the command line (exit 2,
one line, no traceback) and at start-up of the window (``--smoke``); the store dialog's side
is in ``tests/ui/test_store_dialog_places.py``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.models import open_store
from app.models.store import STORE_FILE_NAME
from tests.models.store_places import (
    full_disk_script,
    read_only_script,
    require_mount_namespaces,
    run_cli,
)

pytestmark = pytest.mark.slow

COMMANDS = (["interviews", "--json"], ["--smoke"])


def _made_store(folder: Path) -> Path:
    """A real, empty store in ``folder`` (closed again)."""
    open_store(folder / STORE_FILE_NAME).close()
    return folder / STORE_FILE_NAME


def _store_is_folder(data: Path) -> None:
    (data / STORE_FILE_NAME).mkdir()


def _lock_is_folder(data: Path) -> None:
    (data / f"{STORE_FILE_NAME}.lock").mkdir()


def _wal_is_folder(data: Path) -> None:
    _made_store(data)
    (data / f"{STORE_FILE_NAME}-wal").mkdir()


def _data_folder_is_file(data: Path) -> None:
    data.rmdir()
    data.write_text("not a folder (fictional)\n")


def _data_folder_unwritable(data: Path) -> None:
    _made_store(data)
    data.chmod(0o555)


def _store_unwritable(data: Path) -> None:
    _made_store(data).chmod(0o444)


def _data_folder_cannot_be_made(data: Path) -> None:
    data.rmdir()
    data.parent.chmod(0o555)


PLACES: dict[str, tuple[Callable[[Path], None], tuple[str, ...], bool]] = {
    "store is a folder": (_store_is_folder, ("is a folder, not a file",), False),
    "lock file is a folder": (_lock_is_folder, ("lock file", "is a folder"), False),
    "WAL file is a folder": (_wal_is_folder, ("-wal", "is a folder"), False),
    "data folder is a file": (_data_folder_is_file, ("is a file, not a folder",), False),
    "data folder unwritable": (_data_folder_unwritable, ("permission denied",), True),
    "store file unwritable": (_store_unwritable, ("permission denied",), True),
    "data folder cannot be made": (_data_folder_cannot_be_made, ("permission denied",), True),
}


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("place", list(PLACES))
def test_a_store_in_the_wrong_place_is_refused_with_its_reason(
    place: str, command: list[str], tmp_path: Path
) -> None:
    setup, fragments, needs_file_modes = PLACES[place]
    parent = tmp_path / "place"
    data = parent / "data"
    data.mkdir(parents=True)
    setup(data)
    try:
        outcome = run_cli(command, data, tmp_path / "scratch", obey_file_modes=needs_file_modes)
    finally:
        parent.chmod(0o755)
        if data.is_dir():
            data.chmod(0o755)
    outcome.assert_clean_refusal(*fragments)
    assert outcome.stdout == ""


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    ("medium", "mount", "said"),
    [
        ("full disk", full_disk_script, "is full"),
        ("read-only medium", read_only_script, "read-only medium"),
    ],
)
def test_a_store_on_a_full_or_read_only_medium_is_refused_with_its_reason(
    medium: str, mount: Callable[[Path], str], said: str, command: list[str], tmp_path: Path
) -> None:
    require_mount_namespaces()
    store = _made_store(tmp_path)
    data = tmp_path / "mounted"
    data.mkdir()
    outcome = run_cli(command, data, tmp_path / "scratch", mount_script=mount(store))
    outcome.assert_clean_refusal(said)


@pytest.mark.parametrize("blocked", ["logs is a file", "logs unwritable"])
def test_commands_work_when_logs_cannot_be_written(blocked: str, tmp_path: Path) -> None:
    data = tmp_path / "own-data"
    data.mkdir()
    _made_store(data)
    if blocked == "logs is a file":
        (data / "logs").write_text("in the way (fictional)\n")
    else:
        (data / "logs").mkdir()
        (data / "logs").chmod(0o555)
    scratch = tmp_path / "scratch"
    outcome = run_cli(["interviews", "--json"], data, scratch, obey_file_modes=True)
    assert outcome.returncode == 0, outcome
    assert outcome.stdout.strip() == "[]"
    assert outcome.stderr == ""
    assert not scratch.exists() or not list(scratch.glob("clusterbench-logs-*"))  # read: no log
    started = run_cli(
        ["interviews", "new", "--cluster", "Log Test Cluster (fictional)", "--country", "AT",
         "--area", "Biotechnology", "--expert", "Expert (fictional)"],
        data, scratch, obey_file_modes=True,
    )  # fmt: skip
    assert started.returncode == 0, started
    assert started.stderr == ""
    fallback = list(scratch.glob("clusterbench-logs-*/clusterbench.log"))
    assert fallback, "the log went to the temporary folder instead"
    assert "cannot log to" in fallback[0].read_text(encoding="utf-8")
