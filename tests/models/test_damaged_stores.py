"""Damaged stores at scale: truncated files, overwritten pages, folders and permissions in the
way. Each is opened by the command line and the window's start-up; none may end in a
traceback, and the damaged file is kept byte for byte (in place, or set aside)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import run
from app.models import open_store
from app.models import repository as repo
from app.models.errors import StoreError
from app.models.store import STORE_FILE_NAME
from app.scoring.pack import Pack
from tests.models.store_places import run_cli
from tests.scale import report

pytestmark = pytest.mark.slow

PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, default_pack: Pack) -> bytes:
    """A store with a few interviews, answers and long notes: about 60 pages."""
    folder = tmp_path_factory.mktemp("pristine")
    store = open_store(folder / STORE_FILE_NAME, backup=False)
    for number in range(3):
        cluster = repo.create_cluster(
            store,
            name=f"Damage {number} (fictional)",
            country="AT",
            technology_area="ICT",
            fictional=True,
        )
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=default_pack, mode="practice", expert="t", actor="t"
        )
        repo.save_answer(
            store, default_pack, interview, "structure.participants_total", 40, actor="t"
        )
        for note in range(20):
            repo.set_note(
                store,
                interview,
                "structure.sme_share",
                f"{note} " + "n" * 3000,
                for_report=False,
                actor="t",
            )
    store.close()
    return (folder / STORE_FILE_NAME).read_bytes()


def _truncated(length: int) -> Callable[[bytes], bytes]:
    return lambda data: data[:length]


def _overwritten(
    page: int, fill: str, start: int = 0, length: int = PAGE
) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        pages = len(data) // PAGE
        index = page % pages if page >= 0 else pages + page
        offset = index * PAGE + start
        chance = random.Random(page * 7919 + start)
        if fill == "random":
            block = bytes(chance.randrange(256) for _ in range(length))
        else:
            block = bytes([int(fill, 16)]) * length
        return data[:offset] + block + data[offset + length :]

    return damage


def _damages(size: int) -> dict[str, Callable[[bytes], bytes]]:
    cases: dict[str, Callable[[bytes], bytes]] = {}
    for length in (1, 15, 16, 99, 100, 512, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE, 3 * PAGE + 7,
                   size // 3, size // 2, size - PAGE, size - 1):  # fmt: skip
        cases[f"truncated to {length} bytes"] = _truncated(length)
    pages = size // PAGE
    for page in (0, 1, 2, 3, pages // 4, pages // 2, (3 * pages) // 4, -2, -1):
        for fill in ("random", "00", "ff"):
            cases[f"page {page} overwritten ({fill})"] = _overwritten(page, fill)
    for page, start, length in ((0, 0, 16), (0, 16, 2), (0, 28, 4), (0, 100, 12), (1, 0, 8),
                                (2, 0, 1), (5, 8, 4), (-1, 0, 8)):  # fmt: skip
        cases[f"page {page} bytes {start}-{start + length} scribbled"] = _overwritten(
            page, "random", start, length
        )
    chance = random.Random(20261205)
    for number in range(40):
        page = chance.randrange(pages)
        start = chance.randrange(PAGE)
        length = chance.choice((1, 2, 4, 8, 64, 512))
        cases[f"scribble {number}: page {page} bytes {start}+{length}"] = _overwritten(
            page, "random", start, min(length, PAGE - start)
        )
    cases["not a database at all"] = lambda data: b"Fictional meeting notes, not a store.\n" * 200
    return cases


def _outcome_is_clean(code: int, out: str, err: str) -> bool:
    """Exit 0 with JSON, or exit 2 with one ``clusterbench:`` line; never anything else."""
    if code == 0:
        json.loads(out)
        return err == ""
    lines = err.strip().splitlines()
    return code == 2 and len(lines) == 1 and lines[0].startswith("clusterbench: ")


def test_damaged_store_files_are_refused_cleanly_and_kept(
    pristine: bytes, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.store_problems import assess_store_error

    cases = _damages(len(pristine))
    refused = opened = set_aside_intact = 0
    unclean: list[str] = []
    for name, damage in cases.items():
        for leftover in list(data_dir.iterdir()):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        store_path = data_dir / STORE_FILE_NAME
        store_path.write_bytes(damage(pristine))
        before = _digest(store_path)
        code = run(["interviews", "--json"])
        captured = capsys.readouterr()
        if not _outcome_is_clean(code, captured.out, captured.err):
            unclean.append(f"{name}: exit {code}: {captured.err.strip()[:200]}")
        assert _digest(store_path) == before, f"{name}: the command changed the damaged file"
        if code == 0:
            opened += 1
            continue
        refused += 1
        # The window's start-up: the same refusal, then the file is set aside, unchanged.
        try:
            open_store(store_path).close()
        except StoreError as error:
            problem = assess_store_error(error, store_path)
            if problem.set_aside_path is not None:
                assert not store_path.exists()
                assert _digest(problem.set_aside_path) == before, name
                set_aside_intact += 1
    report(
        "damaged store files",
        stores=len(cases),
        refused=refused,
        opened_readable=opened,
        set_aside_intact=set_aside_intact,
        tracebacks_or_unclean=len(unclean),
    )
    assert unclean == []
    assert refused >= 40  # every structural case; scribbles inside text may go unseen


#: Places the real command line (a separate process) is started against, with what setup.
def _places(pristine: bytes) -> dict[str, tuple[Callable[[Path], None], bool]]:
    def store_file(data: Path) -> Path:
        path = data / STORE_FILE_NAME
        path.write_bytes(pristine)
        return path

    def chmod(mode: int) -> Callable[[Path], None]:
        return lambda data: store_file(data).chmod(mode)

    def folder_mode(mode: int) -> Callable[[Path], None]:
        def setup(data: Path) -> None:
            store_file(data)
            data.chmod(mode)

        return setup

    def folder_named(suffix: str) -> Callable[[Path], None]:
        def setup(data: Path) -> None:
            store_file(data)
            (data / f"{STORE_FILE_NAME}{suffix}").mkdir()

        return setup

    def truncated(data: Path) -> None:
        (data / STORE_FILE_NAME).write_bytes(pristine[: len(pristine) // 2])

    def header_gone(data: Path) -> None:
        (data / STORE_FILE_NAME).write_bytes(b"\0" * 100 + pristine[100:])

    def backups_is_a_file(data: Path) -> None:
        store_file(data)
        (data / "backups").write_text("in the way (fictional)\n")

    return {
        "store is a folder": (lambda data: (data / STORE_FILE_NAME).mkdir(), False),
        "lock is a folder": (folder_named(".lock"), False),
        "WAL is a folder": (folder_named("-wal"), False),
        "shared memory file is a folder": (folder_named("-shm"), False),
        "store truncated": (truncated, False),
        "store header zeroed": (header_gone, False),
        "backups folder is a file": (backups_is_a_file, False),
        "store read-only": (chmod(0o444), True),
        "store unreadable": (chmod(0o000), True),
        "data folder read-only": (folder_mode(0o555), True),
        "data folder not searchable": (folder_mode(0o600), True),
    }


def test_damaged_stores_never_trace_back_in_a_real_process(pristine: bytes, tmp_path: Path) -> None:
    places = _places(pristine)
    tracebacks: list[str] = []
    runs = 0
    for name, (setup, needs_file_modes) in places.items():
        for command in (["interviews", "--json"], ["--smoke"]):
            data = tmp_path / f"{len(tracebacks)}-{runs}" / "data"
            data.mkdir(parents=True)
            setup(data)
            store = data / STORE_FILE_NAME
            before = _digest(store) if store.is_file() and os.access(store, os.R_OK) else None
            try:
                outcome = run_cli(
                    command, data, tmp_path / "scratch", obey_file_modes=needs_file_modes
                )
            finally:
                data.chmod(0o755)
                if store.is_file():
                    store.chmod(0o644)
            runs += 1
            if "Traceback" in outcome.stderr or outcome.returncode not in (0, 2):
                tracebacks.append(f"{name} {command}: {outcome.returncode} {outcome.stderr[-300:]}")
            elif outcome.returncode == 2:
                outcome.assert_clean_refusal()
            if before is not None:
                assert _digest(store) == before, f"{name}: the damaged file changed"
    report(
        "damaged stores in a real process",
        places=len(places),
        runs=runs,
        tracebacks=len(tracebacks),
    )
    assert tracebacks == []
