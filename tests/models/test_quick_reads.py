"""The quick reads (plain sqlite3) give what the ORM gives, however the store was made.

The home window and ``clusterbench interviews`` list interviews, and ``clusterbench
verify`` looks up imported revisions, without the ORM: on stores made from the head schema,
by every migration, and migrated from a file of schema 0001, the rows are the ORM's.
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
from app.models.connections import quick_reader
from app.models.interview_list import interview_rows
from app.models.quick_reads import InterviewSummary, imported_revisions, list_interviews
from app.models.schema import Answer, Cluster, ImportedBundle, Interview
from app.models.store import Store, default_store_path
from app.scoring.pack import Pack
from tests.models.test_migrations import OLD_STORE, store_at_revision


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
    # The command line's reader, beside the open store, gives the same rows.
    reader = quick_reader(store.path)
    assert reader is not None
    try:
        assert interview_rows(reader) == [vars(row) for row in light]
        assert len(interview_rows(reader, search="ØRSTED")) == 1
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("DELETE FROM interviews")
    finally:
        reader.close()


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
        assert_same_revisions(store)
    finally:
        store.close()


@pytest.mark.parametrize("state", ["absent", "empty", "not SQLite", "schema 0003", "damaged"])
def test_the_quick_reader_leaves_any_other_store_to_the_full_open(
    state: str, data_dir: Path, default_pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """Where the store is not ready to read as it is, the list takes the store module's
    path: it migrates an older store, makes a new one, or explains what is wrong."""
    from app.cli import run

    path = default_store_path()
    if state == "empty":
        path.write_bytes(b"")
    elif state == "not SQLite":
        path.write_bytes(b"a letter, not a database\n" * 200)
    elif state == "schema 0003":
        store_at_revision(path, "0003").close()
    elif state == "damaged":
        store = open_store()
        fill(store, default_pack)
        store.close()
        pristine = path.read_bytes()
        path.write_bytes(pristine[:100] + b"\xff" * (len(pristine) - 100))
    assert quick_reader(path) is None
    code = run(["interviews", "--json"])
    out, err = capsys.readouterr()
    if state in ("not SQLite", "damaged"):
        assert code == 2
        assert "clusterbench.sqlite3" in err
        assert out == ""
    else:
        assert (code, json.loads(out), err) == (0, [], "")
        reader = quick_reader(path)  # made or migrated: now it reads quickly
        assert reader is not None
        reader.close()


def orm_revisions(store: Store, interview_uuid: str) -> dict[int, str]:
    with store.session_scope() as session:
        rows = session.execute(
            select(ImportedBundle.revision, ImportedBundle.bundle_id).where(
                ImportedBundle.interview_uuid == interview_uuid
            )
        )
        return {int(revision): str(bundle_id) for revision, bundle_id in rows}


def assert_same_revisions(store: Store) -> None:
    uuid = "5b0c3c8e-0000-4000-8000-00000000a11c"
    assert imported_revisions(store, uuid) == {} == orm_revisions(store, uuid)
    for revision in (1, 2, 5):
        repo.record_imported_bundle(
            store,
            bundle_id=f"{revision:064x}",
            interview_uuid=uuid,
            revision=revision,
            signer="EXP-0001 (fictional)",
            status="received",
        )
    repo.record_imported_bundle(
        store, bundle_id="f" * 64, interview_uuid="another", revision=3,
        signer="EXP-0002 (fictional)", status="received",
    )  # fmt: skip
    assert imported_revisions(store, uuid) == orm_revisions(store, uuid)
    assert set(imported_revisions(store, uuid)) == {1, 2, 5}
    assert repo.imported_revisions is imported_revisions


# --- the answer save ----------------------------------------------------------------------


def test_a_saved_answer_reads_back_through_the_orm_as_the_orm_writes_it(
    store: Store, interview_id: int, default_pack: Pack
) -> None:
    from app.models.errors import InterviewLockedError, NotFoundError
    from app.models.schema import Event

    first = repo.save_answer(
        store, default_pack, interview_id, "structure.sme_share", 64, actor="A"
    )
    second = repo.save_answer(
        store, default_pack, interview_id, "structure.sme_share", 70.5, actor="B", source="prefill"
    )
    repo.set_note(store, interview_id, "structure.sme_share", "note", for_report=False, actor="C")
    with store.session_scope() as session:
        [answer] = session.scalars(select(Answer).where(Answer.interview_id == interview_id))
        assert (answer.item_id, answer.value_json, answer.source) == (
            "structure.sme_share", "70.5", "prefill",
        )  # fmt: skip
        assert answer.confirmed is False
        assert repo._utc(answer.saved_at) == second.saved_at
        events = session.scalars(
            select(Event).where(Event.interview_id == interview_id).order_by(Event.id)
        ).all()
        answers = [e for e in events if e.kind == "answer"]
        assert [(e.actor, e.old_value, e.new_value, e.detail) for e in answers] == [
            ("A", None, "64.0", "expert"),
            ("B", "64.0", "70.5", "prefill"),
        ]
        assert repo._utc(answers[0].at) == first.saved_at
        interview = session.get(Interview, interview_id)
        assert interview is not None
        note_event = events[-1]
        assert repo._utc(interview.updated_at) == repo._utc(note_event.at)
    # The same text for a time, whether the ORM or the plain connection wrote it.
    with store.plain() as connection:
        texts = [row[0] for row in connection.execute("SELECT at FROM events ORDER BY id")]
    assert len({len(text) for text in texts}) == 1
    assert all(text[10] == " " and text[19] == "." for text in texts)
    assert repo.answer_meta(store, interview_id)["structure.sme_share"].confirmed is False
    with pytest.raises(NotFoundError):
        repo.save_answer(store, default_pack, 999, "structure.sme_share", 1, actor="A")
    repo.finalise_interview(store, interview_id, actor="A")
    with pytest.raises(InterviewLockedError):
        repo.save_answer(store, default_pack, interview_id, "structure.sme_share", 1, actor="A")
    assert repo.answers_of(store, interview_id) == {"structure.sme_share": 70.5}
