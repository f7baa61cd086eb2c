"""Opening the store: creation, locking, damaged and newer files, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.models import (
    backup_database,
    default_store_path,
    list_backups,
    open_store,
    restore_backup,
    set_aside,
)
from app.models import repository as repo
from app.models.errors import StoreCorruptError, StoreLockedError, StoreTooNewError
from app.models.store import HEAD_REVISION, schema_revision
from app.scoring.pack import Pack


def test_new_store_is_created_in_the_data_folder_in_wal_mode(data_dir: Path) -> None:
    store = open_store()
    try:
        assert store.path == data_dir / "clusterbench.sqlite3"
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert schema_revision(store) == HEAD_REVISION
    finally:
        store.close()


def test_second_instance_is_refused_while_the_first_is_open(data_dir: Path) -> None:
    first = open_store()
    try:
        with pytest.raises(StoreLockedError, match="open in another ClusterBench window"):
            open_store()
    finally:
        first.close()
    second = open_store()
    second.close()


def test_a_file_that_is_not_sqlite_is_reported_and_left_untouched(data_dir: Path) -> None:
    path = default_store_path()
    path.write_bytes(b"these are not the bytes of a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreCorruptError, match="not an SQLite file"):
        open_store()
    assert path.read_bytes() == before


def test_a_damaged_database_is_detected_and_left_untouched(
    data_dir: Path, default_pack: Pack
) -> None:
    store = open_store()
    cluster_id = repo.create_cluster(
        store, name="Damage (fictional)", country="AT", technology_area="ICT", fictional=True
    )
    interview = repo.create_interview(
        store, cluster_id=cluster_id, pack=default_pack, mode="practice", expert="t", actor="t"
    )
    for number in range(30):
        repo.set_note(
            store,
            interview,
            "structure.sme_share",
            "n" * 500 + str(number),
            for_report=False,
            actor="t",
        )
    path = store.path
    store.close()
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(data), 7):  # scribble over every page but the first
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError):
        open_store(backup=False)
    assert path.read_bytes() == bytes(data)


def test_a_foreign_sqlite_database_is_not_taken_for_ours(data_dir: Path) -> None:
    connection = sqlite3.connect(default_store_path())
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreCorruptError, match="not one written by ClusterBench"):
        open_store()


def test_a_database_from_a_newer_version_is_refused_unchanged(data_dir: Path) -> None:
    open_store().close()
    connection = sqlite3.connect(default_store_path())
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = default_store_path().read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version of ClusterBench"):
        open_store()
    assert default_store_path().read_bytes() == before


def test_set_aside_never_overwrites_and_moves_companions(data_dir: Path) -> None:
    path = default_store_path()
    path.write_bytes(b"damaged")
    Path(str(path) + "-wal").write_bytes(b"wal")
    first = set_aside(path)
    path.write_bytes(b"damaged again")
    second = set_aside(path)
    assert first != second
    assert first.read_bytes() == b"damaged"
    assert second.read_bytes() == b"damaged again"
    assert Path(str(first) + "-wal").read_bytes() == b"wal"
    assert not path.exists()


def test_backup_and_restore_bring_back_saved_answers(data_dir: Path, default_pack: Pack) -> None:
    store = open_store()
    cluster_id = repo.create_cluster(
        store, name="Backup (fictional)", country="AT", technology_area="ICT", fictional=True
    )
    interview_id = repo.create_interview(
        store, cluster_id=cluster_id, pack=default_pack, mode="practice", expert="t", actor="t"
    )
    repo.save_answer(
        store, default_pack, interview_id, "structure.participants_total", 40, actor="t"
    )
    backup = backup_database(store.path, reason="manual")
    repo.save_answer(
        store, default_pack, interview_id, "structure.participants_total", 99, actor="t"
    )
    path = store.path
    store.close()
    assert list_backups()[0] == backup
    restore_backup(backup)
    assert any(".damaged-" in p.name for p in path.parent.iterdir())  # the old one kept aside
    reopened = open_store(backup=False)
    try:
        answers = repo.answers_of(reopened, interview_id)
        assert answers["structure.participants_total"] == 40
    finally:
        reopened.close()


def test_daily_backup_is_taken_on_open(data_dir: Path) -> None:
    open_store().close()
    assert list_backups() == []  # a brand-new store has nothing to back up
    open_store().close()
    backups = list_backups()
    assert len(backups) == 1
    assert "daily" in backups[0].name
    open_store().close()
    assert len(list_backups()) == 1  # not again the same day


def test_head_revision_constant_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from app.models.store import HEAD_REVISION, MIGRATIONS_DIR

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION
