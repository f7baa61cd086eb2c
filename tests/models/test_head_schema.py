"""A new store is made from the head schema; the home list reads it with plain sqlite3.

Both shortcuts must give what the migrations and the ORM give: the same tables, indexes
and triggers, and the same interview rows, on stores made every way a store comes about.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import open_store
from app.models import repository as repo
from app.models.head_schema import HEAD_SCHEMA, HEAD_SCHEMA_REVISION, schema_statements
from app.models.interview_list import InterviewSummary, list_interviews
from app.models.schema import Answer, Cluster, Interview
from app.models.store import HEAD_REVISION, Store, default_store_path, schema_revision
from app.scoring.pack import Pack
from tests.models.test_migrations import OLD_STORE, store_at_revision


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


# --- the interview list ----------------------------------------------------------------


def orm_summaries(store: Store) -> dict[int, dict[str, Any]]:
    """The interview list read through the ORM, by interview id."""
    answered = (
        select(Answer.interview_id, func.count(Answer.id).label("answered"))
        .group_by(Answer.interview_id)
        .subquery()
    )
    query = (
        select(Interview, Cluster, func.coalesce(answered.c.answered, 0))
        .join(Cluster, Interview.cluster_id == Cluster.id)
        .outerjoin(answered, answered.c.interview_id == Interview.id)
    )
    with store.session_scope() as session:
        return {
            interview.id: vars(
                InterviewSummary(
                    id=interview.id,
                    uuid=interview.uuid,
                    cluster_id=cluster.id,
                    cluster_name=cluster.name,
                    country=cluster.country,
                    technology_area=cluster.technology_area,
                    mode=interview.mode,
                    status=interview.status,
                    expert=interview.expert,
                    pack_id=interview.pack_id,
                    pack_version=interview.pack_version,
                    created_at=repo._utc(interview.created_at),
                    updated_at=repo._utc(interview.updated_at),
                    answered_count=int(count),
                    fictional=cluster.fictional,
                )
            )
            for interview, cluster, count in session.execute(query)
        }


def fill(store: Store, pack: Pack) -> None:
    """Interviews of every kind: answered, empty, finalised, fictional, non-ASCII names."""
    repo.ensure_demo_interview(store, pack)
    for name, country, fictional in (
        ("Ørsted Wind Cluster (fictional)", "DK", True),
        ("Klaster Łódź Textiles", "PL", False),
        ("Θεσσαλονίκη ICT", "GR", False),
    ):
        cluster = repo.create_cluster(
            store, name=name, country=country, technology_area="ICT", fictional=fictional
        )
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert="Ana Žák", actor="t"
        )
        repo.save_answer(store, pack, interview, "structure.sme_share", 50.0, actor="t")
        if country == "PL":
            repo.finalise_interview(store, interview, actor="t")


def assert_same_rows(store: Store) -> None:
    light = list_interviews(store)
    assert light, "the store should hold interviews"
    assert {row.id: vars(row) for row in light} == orm_summaries(store)
    times = [row.updated_at for row in light]
    assert times == sorted(times, reverse=True)
    assert repo.list_interviews is list_interviews
    for search, expected in (("ØRSTED", "Ørsted"), ("łódź", "Łódź"), ("žák", None)):
        found = list_interviews(store, search=search)
        assert found
        assert all(
            expected in row.cluster_name if expected else row.expert == "Ana Žák" for row in found
        )
    finalised = list_interviews(store, status="finalised")
    assert [row.cluster_name for row in finalised] == ["Klaster Łódź Textiles"]
    assert all(row.locked for row in finalised)


@pytest.mark.parametrize("made_by", ["head schema", "migrations", "schema 0001 file"])
def test_the_list_has_the_orm_rows_however_the_store_was_made(
    made_by: str, data_dir: Path, default_pack: Pack
) -> None:
    path = default_store_path()
    if made_by == "migrations":
        store_at_revision(path, "head").close()
    elif made_by == "schema 0001 file":
        path.write_bytes(OLD_STORE.read_bytes())
    store = open_store()
    try:
        before = list_interviews(store)
        if made_by == "schema 0001 file":
            assert before  # the old file's interviews, read after the migration
        fill(store, default_pack)
        assert_same_rows(store)
    finally:
        store.close()
