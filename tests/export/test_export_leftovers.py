"""An export killed half-way leaves a recognisable work folder that the next start removes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from app.cli import run
from app.export.bundle import EvidenceInput
from app.export.keys import SigningKey
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import expert_material, make_bundle

#: How the work folders of exports are named (``app.export.workfolders``).
WORK_FOLDER_PREFIX = ".clusterbench-export-"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def _export_forever(folder: str, signing: SigningKey, pack: Pack, evidence: str) -> None:
    big = EvidenceInput("structure.sme_share", "scan.tif", "image/tiff", path=Path(evidence))
    while True:
        make_bundle(Path(folder), signing, pack, evidence=[big])


def _leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{WORK_FOLDER_PREFIX}*"))


def _kill_inside_an_export(out: Path, pack: Pack, tmp_path: Path) -> None:
    evidence = tmp_path / "scan.tif"
    evidence.write_bytes(os.urandom(24 * 2**20))
    context = multiprocessing.get_context("fork")
    child = context.Process(
        target=_export_forever,
        args=(str(out), expert_material().signing, pack, str(evidence)),
        daemon=True,
    )
    child.start()
    deadline = time.monotonic() + 60
    while not _leftovers(out) and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join()


def test_a_killed_export_leaves_a_work_folder_the_next_start_removes(
    data_dir: Path, default_pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _kill_inside_an_export(out, default_pack, tmp_path)
    assert _leftovers(out), "the export was killed inside its work folder"
    assert not [p for p in out.iterdir() if p.name.endswith(".zip")]  # no partial bundle
    assert run(["interviews", "--json"]) == 0  # the next start, here of a command
    capsys.readouterr()
    assert _leftovers(out) == []


def test_a_running_export_keeps_its_folder_and_old_ones_go_at_the_next_export(
    data_dir: Path, default_pack: Pack, tmp_path: Path
) -> None:
    from app.export.workfolders import remove_leftover_work_folders, work_folder

    out = tmp_path / "out"
    out.mkdir()
    stale = out / f"{WORK_FOLDER_PREFIX}from-an-older-version"
    stale.mkdir()
    (stale / "bundle.zip").write_bytes(b"half a zip")
    with work_folder(out) as running:
        assert remove_leftover_work_folders() == []  # its note is held: left alone
        assert running.is_dir()
        assert not stale.exists()  # swept when the new work folder was made
    assert _leftovers(out) == []
    path = make_bundle(out, expert_material().signing, default_pack)
    assert path.exists()
    assert _leftovers(out) == []
