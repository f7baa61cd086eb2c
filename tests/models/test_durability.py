"""Never lose an answer: a writer killed with SIGKILL at random moments loses nothing it
acknowledged, and the database stays intact."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sqlite3
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from app.models import open_store
from app.models import repository as repo
from app.scoring.pack import Pack
from tests.models.durability_writer import write_until_killed

KILLS = 200


def _received(connection: Connection) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    while True:
        try:
            item_id, value = connection.recv_bytes().decode().split("\t", 1)
        except (EOFError, OSError):
            return messages
        messages.append((item_id, value))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_acknowledged_answers_survive_sigkill(data_dir: Path, default_pack: Pack) -> None:
    store = open_store()
    cluster_id = repo.create_cluster(
        store, name="Durability (fictional)", country="AT", technology_area="ICT", fictional=True
    )
    interview_id = repo.create_interview(
        store, cluster_id=cluster_id, pack=default_pack, mode="practice", expert="t", actor="t"
    )
    store_path = store.path
    store.close()

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.models.durability_writer"])
    chance = random.Random(20261123)
    acknowledged: list[tuple[str, str]] = []
    for round_number in range(KILLS):
        receiver, sender = context.Pipe(duplex=False)
        writer = context.Process(
            target=write_until_killed,
            args=(str(store_path), interview_id, round_number, sender),
            daemon=True,
        )
        writer.start()
        sender.close()
        assert receiver.recv_bytes() == b"ready"  # imports done: from here on every moment counts
        time.sleep(chance.uniform(0.0, 0.1))  # a random moment: opening, mid-write, between
        os.kill(writer.pid, signal.SIGKILL)  # type: ignore[arg-type]
        writer.join()
        acknowledged += _received(receiver)
        receiver.close()

    assert len(acknowledged) > KILLS  # the writer got real work done between kills
    connection = sqlite3.connect(store_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    reopened = open_store(store_path, backup=False)
    try:
        saved = {
            (event.item_id, event.new_value)
            for event in repo.events_of(reopened, interview_id)
            if event.kind == "answer"
        }
        missing = [ack for ack in acknowledged if ack not in saved]
        assert missing == []
        answers = repo.answers_of(reopened, interview_id)
        last_event = {}
        for event in repo.events_of(reopened, interview_id):
            if event.kind == "answer":
                last_event[event.item_id] = json.loads(event.new_value or "null")
        assert answers == last_event  # the current answers agree with their history
    finally:
        reopened.close()
