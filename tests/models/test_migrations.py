"""Migrating a store of an earlier schema: nothing in it, or beside it, is lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

from app.models import list_backups, open_store
from app.models import repository as repo
from app.models.store import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    Store,
    _InstanceLock,
    _make_engine,
    default_store_path,
    known_revisions,
    schema_revision,
)
from app.scoring.pack import Pack
from app.services.practice import calibrate_interview, practice_case_id, practice_sessions

CASE = "nordhaven-maritime-robotics"
CASE_CLUSTER = "Fictional: Nordhaven Maritime Robotics Cluster"


def store_at_revision(path: Path, revision: str) -> Store:
    """A store created with the migrations up to ``revision`` only (an older release's)."""
    engine = _make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    lock = _InstanceLock(path)
    lock.acquire()
    return Store(path, engine, lock)


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def test_the_head_revision_is_the_newest_migration() -> None:
    assert HEAD_REVISION in known_revisions()
    assert HEAD_REVISION == "0002"


def test_practice_sessions_move_from_the_side_file_into_the_store(
    data_dir: Path, default_pack: Pack
) -> None:
    path = default_store_path()
    old = store_at_revision(path, "0001")
    try:
        cluster_id = repo.create_cluster(
            old, name=CASE_CLUSTER, country="NO", technology_area="ICT", fictional=True
        )
        sessions = {}
        for trainee in ("Tina Trainee", "Theo Trainee"):
            interview_id = repo.create_interview(
                old,
                cluster_id=cluster_id,
                pack=default_pack,
                mode="practice",
                expert=trainee,
                actor=trainee,
            )
            repo.save_answer(
                old, default_pack, interview_id, "eligibility.eccp_listed", True, actor=trainee
            )
            repo.set_note(
                old, interview_id, "eligibility.eccp_listed", "Seen on the ECCP (fictional).",
                for_report=True, actor=trainee,
            )  # fmt: skip
            uuid = repo.get_interview(old, interview_id).uuid
            sessions[uuid] = {
                "case_id": CASE,
                "trainee": trainee,
                "started_at": "2026-11-30T09:15:00+00:00",
            }
        ordinary = repo.create_interview(
            old, cluster_id=cluster_id, pack=default_pack, mode="on_site", expert="E", actor="E"
        )
        # An interview deleted since, and an entry an older release wrote badly.
        sessions["0b6f9c1e-0000-4000-8000-00000000dead"] = {
            "case_id": "valmora-food-valley",
            "trainee": "Gone Trainee",
            "started_at": "2026-10-01T08:00:00+00:00",
        }
        sessions["not-a-session"] = "garbage"  # type: ignore[assignment]
    finally:
        old.close()
    side_file = data_dir / "practice_sessions.json"
    side_file.write_text(json.dumps({"version": 1, "sessions": sessions}), encoding="utf-8")
    side_bytes = side_file.read_bytes()
    before = table_rows(path)
    assert "practice_sessions" not in before

    store = open_store()
    try:
        assert schema_revision(store) == "0002"
        after = table_rows(path)
        # Every earlier table holds exactly what it held (the version row moved on).
        for table, rows in before.items():
            if table != "alembic_version":
                assert after[table] == rows, table
        records = repo.practice_records(store)
        expected = {uuid: entry for uuid, entry in sessions.items() if isinstance(entry, dict)}
        assert set(records) == set(expected)
        for uuid, entry in expected.items():
            record = records[uuid]
            assert (record.case_id, record.trainee) == (entry["case_id"], entry["trainee"])
            assert record.started_at.isoformat() == entry["started_at"]
        played = [s.interview_id for s in practice_sessions(store)]
        assert len(played) == 2
        assert all(practice_case_id(store, i) == CASE for i in played)
        assert practice_case_id(store, ordinary) is None
        assert calibrate_interview(store, played[0]).compared >= 1
    finally:
        store.close()
    # The side file is left as it was, and the store before the migration was backed up.
    assert side_file.read_bytes() == side_bytes
    assert any("before-migration" in backup.name for backup in list_backups(path))


def test_a_store_without_a_side_file_migrates_with_no_sessions(data_dir: Path) -> None:
    store_at_revision(default_store_path(), "0001").close()
    store = open_store()
    try:
        assert schema_revision(store) == "0002"
        assert repo.practice_records(store) == {}
    finally:
        store.close()


def test_a_damaged_side_file_does_not_stop_the_migration(data_dir: Path) -> None:
    store_at_revision(default_store_path(), "0001").close()
    (data_dir / "practice_sessions.json").write_text("{ not json", encoding="utf-8")
    store = open_store()
    try:
        assert repo.practice_records(store) == {}
    finally:
        store.close()
    assert (data_dir / "practice_sessions.json").read_text(encoding="utf-8") == "{ not json"
