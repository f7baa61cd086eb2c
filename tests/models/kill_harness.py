"""A fresh interpreter that forks workers and kills them with SIGKILL at random moments.

Run as ``python -m tests.models.kill_harness JOB.json``; prints one JSON object. The job
says what the workers do (``answers``, ``backup``, ``export`` or ``report``), how many
cycles to run and the random seed. Everything heavy is imported once, here, before the
first fork, so a cycle costs a fork and the work itself. Each worker reports what it
finished ("acknowledged") on a pipe, one line per item, written only after the work is
durable; the harness collects every complete line once the worker is dead.
"""

from __future__ import annotations

import glob
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.export.export_interview import export_interview
from app.export.report import build_report_data, write_report
from app.models import backup_database, open_store
from app.models import repository as repo
from app.paths import default_pack_path
from app.scoring.pack import load_pack

#: What the harness loads once, before the first fork.
_preloaded: dict[str, Any] = {}
ITEMS = ("achievements.awards", "megatrends.activities", "structure.participants_total")


def _acknowledge(pipe: int, text: str) -> None:
    os.write(pipe, (text + "\n").encode())  # one write under PIPE_BUF: all or nothing


def _answers(job: dict[str, Any], cycle: int, pipe: int) -> None:
    pack = _preloaded["pack"]
    store = open_store(Path(job["store"]), backup=False)
    sequence = 0
    while True:
        item_id = ITEMS[sequence % len(ITEMS)]
        value: object = (
            sequence % 100_000
            if item_id == "structure.participants_total"
            else f"cycle {cycle} answer {sequence}"
        )
        repo.save_answer(store, pack, job["interview"], item_id, value, actor="writer")
        _acknowledge(pipe, json.dumps([item_id, value]))
        sequence += 1


def _backup(job: dict[str, Any], cycle: int, pipe: int) -> None:
    while True:
        made = backup_database(Path(job["store"]), reason="manual")
        _acknowledge(pipe, made.name)


def _export(job: dict[str, Any], cycle: int, pipe: int) -> None:
    store = open_store(Path(job["store"]), backup=False)
    while True:
        made = export_interview(
            store, job["interview"], job["out"], passphrase=job["passphrase"], allow_draft=True
        )
        _acknowledge(pipe, made.name)


def _report(job: dict[str, Any], cycle: int, pipe: int) -> None:
    store = open_store(Path(job["store"]), backup=False)
    data = build_report_data(store, job["interview"])
    target = Path(job["out"]) / "report.pdf"
    while True:
        write_report(data, target)
        _acknowledge(pipe, str(os.path.getsize(target)))


WORKERS: dict[str, Callable[[dict[str, Any], int, int], None]] = {
    "answers": _answers,
    "backup": _backup,
    "export": _export,
    "report": _report,
}


def _one_cycle(job: dict[str, Any], cycle: int, delay: float) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: work until killed
        os.close(read_end)
        try:
            WORKERS[job["mode"]](job, cycle, write_end)
        except BaseException:
            traceback.print_exc()
        os._exit(3)  # only reached when the work itself failed
    os.close(write_end)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    chunks = []
    while chunk := os.read(read_end, 1 << 16):
        chunks.append(chunk)
    os.close(read_end)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise RuntimeError(f"the worker ended by itself (status {status}) in cycle {cycle}")
    lines = b"".join(chunks).decode().split("\n")
    return lines[:-1]  # the last piece is empty or an unfinished line


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _warm_up_answers(job: dict[str, Any]) -> float:
    """Open a scratch store and save answers in it, so the workers inherit SQLAlchemy's
    compiled statements instead of compiling them again (a fork is cheap, compiling is
    not); return how long opening a store and saving three answers takes once warm."""
    pack = _preloaded["pack"]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "warm-up.sqlite3"
        store = open_store(path, backup=False)
        cluster = repo.create_cluster(
            store, name="Warm-up (fictional)", country="AT", technology_area="ICT"
        )
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="practice", expert="t", actor="t"
        )
        store.close()

        def open_and_save() -> None:
            opened = open_store(path, backup=False)
            try:
                for item_id in ITEMS:
                    value: object = 1 if item_id == "structure.participants_total" else "warm"
                    repo.save_answer(opened, pack, interview, item_id, value, actor="t")
            finally:
                opened.close()

        open_and_save()
        return _timed(open_and_save)


def _warm_up_backup(job: dict[str, Any]) -> float:
    """How long one backup of the store takes (that backup is kept like any other)."""
    return _timed(lambda: backup_database(Path(job["store"]), reason="manual"))


def _warm_up_rendering(job: dict[str, Any]) -> float:
    """Export (or write the report) twice from a copy of the store, so fonts, charts and PDF
    code are loaded before the workers fork; return how long the second one took."""
    original = Path(job["store"])
    # Beside the original: evidence is found relative to the store's folder.
    copy = original.with_name(".warm-up-copy.sqlite3")
    shutil.copyfile(original, copy)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            store = open_store(copy, backup=False)
            try:
                if job["mode"] == "report":
                    data = build_report_data(store, job["interview"])
                    target = Path(scratch) / "report.pdf"
                    write_report(data, target)
                    return _timed(lambda: write_report(data, target))
                export_interview(
                    store, job["interview"], scratch, passphrase=job["passphrase"], allow_draft=True
                )
                return _timed(
                    lambda: export_interview(
                        store,
                        job["interview"],
                        scratch,
                        passphrase=job["passphrase"],
                        allow_draft=True,
                    )
                )
            finally:
                store.close()
    finally:
        for leftover in copy.parent.glob(f"{copy.name}*"):
            leftover.unlink()


WARM_UPS: dict[str, Callable[[dict[str, Any]], float]] = {
    "answers": _warm_up_answers,
    "backup": _warm_up_backup,
    "export": _warm_up_rendering,
    "report": _warm_up_rendering,
}


def _watched(job: dict[str, Any]) -> set[str]:
    return {path for pattern in job.get("watch", []) for path in glob.glob(pattern)}


def main(job_file: str) -> None:
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    chance = random.Random(job["seed"])
    _preloaded["pack"] = load_pack(default_pack_path())
    # Kill moments are spread over a multiple of one unit of work as measured here, so
    # the kills land at the same stages of the work on a fast machine and a slow one.
    unit = WARM_UPS[job["mode"]](job)
    low, high = job["delay_in_units"]
    acknowledged: list[str] = []
    caught = 0
    for cycle in range(job["first_cycle"], job["first_cycle"] + job["cycles"]):
        delay = chance.uniform(low * unit, high * unit)
        before = _watched(job)
        acknowledged += _one_cycle(job, cycle, delay)
        # Did the kill land half-way, leaving a new temporary file or folder behind?
        caught += bool(_watched(job) - before)
    json.dump(
        {
            "kills": job["cycles"],
            "acknowledged": acknowledged,
            "caught_midway": caught,
            "unit_seconds": unit,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1])
