"""A new store is made from the head schema: the same tables, indexes and triggers as the
migrations make, without loading SQLAlchemy and Alembic at the first start."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.models import open_store
from app.models import repository as repo
from app.models.head_schema import HEAD_SCHEMA, HEAD_SCHEMA_REVISION, schema_statements
from app.models.store import HEAD_REVISION, Store, default_store_path, schema_revision
from tests.models.test_migrations import store_at_revision


def schema_of(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return schema_statements(connection)
    finally:
        connection.close()


def test_the_head_schema_is_what_the_migrations_make(tmp_path: Path) -> None:
    # Fails after a new migration until scripts/dump_head_schema.py is run again.
    migrated = tmp_path / "migrated.sqlite3"
    store_at_revision(migrated, "head").close()
    assert HEAD_SCHEMA_REVISION == HEAD_REVISION
    assert schema_of(migrated) == list(HEAD_SCHEMA)


def test_a_new_store_has_the_migrated_schema_at_head(data_dir: Path, tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite3"
    store_at_revision(migrated, "head").close()
    store = open_store()
    try:
        assert schema_revision(store) == HEAD_REVISION
        # Alembic agrees that nothing is left to do.
        from alembic.migration import MigrationContext

        with store.engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
    finally:
        store.close()
    assert sorted(schema_of(default_store_path())) == sorted(schema_of(migrated))
    with sqlite3.connect(default_store_path()) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_event_log_of_a_new_store_is_append_only(store: Store, interview_id: int) -> None:
    connection = store.connect()
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM events")
    finally:
        connection.close()


def test_an_old_side_file_beside_a_new_store_is_moved_in_by_the_migrations(
    data_dir: Path,
) -> None:
    uuid = "fd8c3ee0-42d7-4464-b515-688eb7b62f98"
    entry = {"case_id": "c", "trainee": "Tina Trainee", "started_at": "2026-11-30T09:15:00+00:00"}
    (data_dir / "practice_sessions.json").write_text(
        json.dumps({"version": 1, "sessions": {uuid: entry}}), encoding="utf-8"
    )
    store = open_store()
    try:
        assert schema_revision(store) == HEAD_REVISION
        assert repo.practice_records(store)[uuid].trainee == "Tina Trainee"
    finally:
        store.close()
