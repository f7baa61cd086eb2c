"""Never lose anything: workers killed with SIGKILL at random moments, at scale.

A fresh interpreter (``tests.models.kill_harness``) imports everything once and forks a
worker per cycle; a new interpreter takes over every ``CYCLES_PER_INTERPRETER`` cycles.
Workers save answers, take backups, export bundles and write reports; after the kills,
everything a worker acknowledged must be there and whole, and nothing partial may look
like a finished file.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.fileio import write_atomically
from app.models import list_backups, open_store
from app.models import repository as repo
from app.models.store import PARTIAL_SUFFIX, backup_folder, backup_infos, check_backup
from app.scoring.pack import Pack
from tests.scale import report

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]

ROOT = Path(__file__).resolve().parents[2]
ANSWER_KILLS = 1_000
CYCLES_PER_INTERPRETER = 100
BACKUP_KILLS = 100
EXPORT_KILLS = 30
REPORT_KILLS = 30
PASSPHRASE = "fictional passphrase for kill tests"


def _harness(job: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Run one fresh interpreter for ``job``; return what it acknowledged."""
    job_file = folder / f"job-{job['mode']}-{job['first_cycle']}.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tests.models.kill_harness", str(job_file)],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(folder)},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _run(
    mode: str, kills: int, delays: tuple[float, float], folder: Path, **job: Any
) -> tuple[int, list[str], int]:
    """Kill ``kills`` workers, each after a delay drawn from ``delays``, in units of how
    long one piece of the work takes on this machine (measured by the harness).

    Return the kills, what the workers acknowledged, and how many kills landed half-way
    (leaving a new file or folder that ``job["watch"]`` patterns match).
    """
    total, acknowledged, caught = 0, [], 0
    for first in range(0, kills, CYCLES_PER_INTERPRETER):
        outcome = _harness(
            {
                "mode": mode,
                "first_cycle": first,
                "cycles": min(CYCLES_PER_INTERPRETER, kills - first),
                "seed": 20261205 + first,
                "delay_in_units": delays,
                **job,
            },
            folder,
        )
        total += outcome["kills"]
        acknowledged += outcome["acknowledged"]
        caught += outcome["caught_midway"]
    return total, acknowledged, caught


def _interview(default_pack: Pack, mode: str = "practice") -> tuple[Path, int]:
    store = open_store()
    cluster = repo.create_cluster(
        store, name="Durability (fictional)", country="AT", technology_area="ICT", fictional=True
    )
    interview = repo.create_interview(
        store, cluster_id=cluster, pack=default_pack, mode=mode, expert="t", actor="t"
    )
    path = store.path
    store.close()
    return path, interview


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_acknowledged_answers_survive_a_thousand_sigkills(
    data_dir: Path, default_pack: Pack, tmp_path: Path
) -> None:
    store_path, interview = _interview(default_pack)
    kills, acknowledged, _caught = _run(
        "answers",
        ANSWER_KILLS,
        (0.0, 4.0),  # opening the store, mid-save, between saves
        tmp_path,
        store=str(store_path),
        interview=interview,
    )
    assert kills == ANSWER_KILLS
    assert len(acknowledged) > ANSWER_KILLS  # real work got done between the kills
    assert _integrity(store_path) == "ok"
    reopened = open_store(store_path, backup=False)
    assert not list(store_path.parent.glob(".clusterbench-probe-*"))  # gone at the next start
    try:
        history = [e for e in repo.events_of(reopened, interview) if e.kind == "answer"]
        saved = {(e.item_id, e.new_value) for e in history}
        expected = [tuple(json.loads(line)) for line in acknowledged]
        lost = [a for a in expected if (a[0], json.dumps(a[1])) not in saved]
        answers = repo.answers_of(reopened, interview)
        last = {e.item_id: json.loads(e.new_value or "null") for e in history}
    finally:
        reopened.close()
    report("SIGKILL during answer saves", kills=kills, acknowledged=len(expected), lost=len(lost))
    assert lost == []
    assert answers == last  # the current answers agree with their history


def _grown_store(default_pack: Pack, megabytes: int) -> tuple[Path, int]:
    """A store of about ``megabytes`` MB (long fictional notes, kept in the event log)."""
    store_path, interview = _interview(default_pack)
    store = open_store(store_path, backup=False)
    text = "Fictional field notes. " * 2000
    for number in range(megabytes * 12):
        repo.set_note(
            store, interview, "structure.sme_share", f"{number} {text}", for_report=False, actor="t"
        )
    store.close()
    return store_path, interview


def test_backups_killed_midway_never_look_like_backups(
    data_dir: Path, default_pack: Pack, tmp_path: Path
) -> None:
    store_path, _interview_id = _grown_store(default_pack, 8)
    folder = backup_folder(store_path)
    kills, acknowledged, caught = _run(
        "backup",
        BACKUP_KILLS,
        (0.0, 3.5),
        tmp_path,
        store=str(store_path),
        watch=[str(folder / f".*{PARTIAL_SUFFIX}")],
    )
    listed_before_start = list_backups(store_path)
    assert listed_before_start  # the newest good backup is never rotated away
    problems = [p.name for p in listed_before_start if check_backup(p, thorough=True)]
    open_store(store_path).close()  # the next start cleans what the kills left
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(PARTIAL_SUFFIX)]
    infos = backup_infos(store_path, thorough=True)
    damaged = [i.path.name for i in infos if not i.ok]
    missing = [name for name in acknowledged if not (folder / name).exists()]
    report(
        "SIGKILL during backups",
        kills=kills,
        killed_midway=caught,
        acknowledged=len(acknowledged),
        listed_damaged=len(problems) + len(damaged),
        leftovers=len(leftovers),
    )
    assert problems == []  # nothing listed was ever partial
    assert leftovers == []
    assert damaged == []
    assert len(acknowledged) > 0
    assert caught > 0, "no kill landed while a backup was being written"
    # Acknowledged backups are only ever removed by rotation, which keeps the newest.
    assert len(infos) >= min(14, len(acknowledged))
    assert len(missing) <= len(acknowledged) - min(14, len(acknowledged)) + kills
    assert _integrity(store_path) == "ok"


def _cheap_signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real key whose passphrase costs scrypt's minimum the file format allows."""
    from app.export import keys

    monkeypatch.setattr(keys, "SCRYPT_N", 2**14)
    keys.create_key(PASSPHRASE)


def _answered(default_pack: Pack, evidence_bytes: int = 0) -> tuple[Path, int]:
    from tests.export.bundle_fixtures import ANSWERS

    store_path, interview = _interview(default_pack, mode="on_site")
    store = open_store(store_path, backup=False)
    for item_id, value in ANSWERS.items():
        repo.save_answer(store, default_pack, interview, item_id, value, actor="t")
    if evidence_bytes:
        scan = store_path.parent / "scan (fictional).tif"
        scan.write_bytes(os.urandom(evidence_bytes))
        repo.attach_evidence(store, interview, "structure.sme_share", scan, actor="t")
    store.close()
    return store_path, interview


def test_exports_killed_midway_leave_no_partial_bundle_and_no_work_folder(
    data_dir: Path, default_pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.export.keys import TrustedKey, TrustedKeys, load_key_info
    from app.export.verify import verify_bundle
    from app.export.workfolders import WORK_FOLDER_PREFIX, remove_leftover_work_folders

    _cheap_signing_key(monkeypatch)
    store_path, interview = _answered(default_pack, evidence_bytes=8 * 2**20)
    out = tmp_path / "out"
    out.mkdir()
    kills, acknowledged, caught = _run(
        "export",
        EXPORT_KILLS,
        (0.0, 2.0),
        tmp_path,
        store=str(store_path),
        interview=interview,
        out=str(out),
        passphrase=PASSPHRASE,
        watch=[str(out / f"{WORK_FOLDER_PREFIX}*"), str(tmp_path / f"{WORK_FOLDER_PREFIX}*")],
    )
    info = load_key_info()
    trusted = TrustedKeys((TrustedKey("EXP (fictional)", info.public_key, "2020-01-01"),))
    bundles = sorted(out.glob("clusterbench-*.zip"))
    refused = [p.name for p in bundles if not verify_bundle(p, trusted).ok]
    work_before = list(out.glob(f"{WORK_FOLDER_PREFIX}*")) + list(
        tmp_path.glob(f"{WORK_FOLDER_PREFIX}*")
    )
    remove_leftover_work_folders()
    work_after = list(out.glob(f"{WORK_FOLDER_PREFIX}*")) + list(
        tmp_path.glob(f"{WORK_FOLDER_PREFIX}*")
    )
    report(
        "SIGKILL during exports",
        kills=kills,
        killed_midway=caught,
        acknowledged=len(acknowledged),
        bundles=len(bundles),
        refused=len(refused),
        work_folders_left=len(work_before),
        after_next_start=len(work_after),
    )
    assert acknowledged, "no export finished between kills: the delays are too short"
    assert caught > 0, "no kill landed inside an export's work folder"
    assert refused == []  # no partial or broken bundle under a final name
    assert {p.name for p in bundles} >= set(acknowledged)
    assert work_after == []
    assert _integrity(store_path) == "ok"


def test_reports_killed_midway_never_leave_a_partial_pdf(
    data_dir: Path, default_pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    store_path, interview = _answered(default_pack)
    out = tmp_path / "out"
    out.mkdir()
    _cheap_signing_key(monkeypatch)  # the warm-up renders through a real export
    kills, acknowledged, caught = _run(
        "report",
        REPORT_KILLS,
        (0.0, 2.0),
        tmp_path,
        store=str(store_path),
        interview=interview,
        out=str(out),
        passphrase=PASSPHRASE,
        watch=[str(out / ".report.pdf.*.part")],
    )
    pdf = out / "report.pdf"
    whole = pdf.exists() and len(PdfReader(pdf).pages) > 0
    report(
        "SIGKILL during reports",
        kills=kills,
        temporary_files_left=caught,
        acknowledged=len(acknowledged),
        final_pdf_whole=whole,
    )
    assert acknowledged, "no report finished between kills: the delays are too short"
    assert whole
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")
    assert str(pdf.stat().st_size) in acknowledged
    # The next write of the report removes what killed writes left beside it.
    leftovers = sorted(out.glob(".report.pdf.*.part"))
    for leftover in leftovers:
        os.utime(leftover, (time.time() - 60, time.time() - 60))
    write_atomically(pdf, pdf.read_bytes())
    assert sorted(out.glob(".report.pdf.*.part")) == []
