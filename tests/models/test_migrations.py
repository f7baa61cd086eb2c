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
OLD_STORE = Path(__file__).with_name("data") / "store-schema-0001.sqlite3"


def schema_revision_of_file(path: Path) -> str:
    """The Alembic revision written in a store file."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0])


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


def table_rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Every row of every table (only ``columns`` of each, when given), in a stable order."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        rows: dict[str, Any] = {}
        for table in tables:
            names = (columns or {}).get(table) or [
                row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
            ]
            listed = ", ".join(f'"{name}"' for name in names)
            selected = connection.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            rows[table] = {"columns": names, "rows": sorted(selected, key=repr)}
        return rows


def test_the_head_revision_is_the_newest_migration() -> None:
    assert HEAD_REVISION in known_revisions()
    assert max(known_revisions()) == HEAD_REVISION


def test_practice_sessions_move_from_the_side_file_into_the_store(
    data_dir: Path, default_pack: Pack
) -> None:
    # A store written by the release of schema 0001 (two practice interviews of a
    # fictional case, with an answer and a report note each, and an ordinary interview).
    path = default_store_path()
    path.write_bytes(OLD_STORE.read_bytes())
    played_by = {
        "fd8c3ee0-42d7-4464-b515-688eb7b62f98": "Tina Trainee",
        "b53cadd6-ab8f-4be7-a29b-7771a439c32d": "Theo Trainee",
    }
    sessions: dict[str, Any] = {
        uuid: {"case_id": CASE, "trainee": trainee, "started_at": "2026-11-30T09:15:00+00:00"}
        for uuid, trainee in played_by.items()
    }
    # An interview deleted since, and an entry an older release wrote badly.
    sessions["0b6f9c1e-0000-4000-8000-00000000dead"] = {
        "case_id": "valmora-food-valley",
        "trainee": "Gone Trainee",
        "started_at": "2026-10-01T08:00:00+00:00",
    }
    sessions["not-a-session"] = "garbage"
    ordinary = 3
    side_file = data_dir / "practice_sessions.json"
    side_file.write_text(json.dumps({"version": 1, "sessions": sessions}), encoding="utf-8")
    side_bytes = side_file.read_bytes()
    before = table_rows(path)
    assert "practice_sessions" not in before
    assert schema_revision_of_file(path) == "0001"

    store = open_store()
    try:
        assert schema_revision(store) == HEAD_REVISION
        after = table_rows(path, {table: rows["columns"] for table, rows in before.items()})
        # Every earlier table holds exactly what it held in the columns it had (later
        # migrations may add columns; the version row moved on).
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
        assert schema_revision(store) == HEAD_REVISION
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
