"""Backups are always whole: an interrupted one never counts, never pushes a good one out,
and a damaged one is never restored."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.models import backup_database, list_backups, open_store, restore_backup
from app.models import repository as repo
from app.models.errors import StoreCorruptError
from app.models.store import (
    BACKUPS_KEPT,
    backup_folder,
    backup_infos,
    check_backup,
    clean_backup_leftovers,
)
from app.scoring.pack import Pack


def _backup_name(store: Path, when: datetime, reason: str = "daily") -> str:
    return f"{store.stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"


def _store_with_answer(default_pack: Pack, value: int = 40) -> Path:
    store = open_store()
    cluster = repo.create_cluster(
        store, name="Backups (fictional)", country="AT", technology_area="ICT", fictional=True
    )
    interview = repo.create_interview(
        store, cluster_id=cluster, pack=default_pack, mode="practice", expert="t", actor="t"
    )
    repo.save_answer(
        store, default_pack, interview, "structure.participants_total", value, actor="t"
    )
    path = store.path
    store.close()
    return path


def _killed_backups(store: Path, good: Path) -> list[Path]:
    """What a backup killed while writing in place leaves: empty and cut-short files."""
    folder = backup_folder(store)
    now = datetime.now(UTC)
    empty = folder / _backup_name(store, now)
    empty.write_bytes(b"")
    cut = folder / _backup_name(store, now - timedelta(seconds=1))
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    header_only = folder / _backup_name(store, now - timedelta(seconds=2))
    header_only.write_bytes(good.read_bytes()[:100])
    return [empty, cut, header_only]


def test_a_killed_backup_is_neither_listed_nor_todays_and_is_cleaned(
    data_dir: Path, default_pack: Pack
) -> None:
    store = _store_with_answer(default_pack)
    good = backup_database(store, reason="manual")
    old = datetime.now(UTC) - timedelta(days=3)
    os.utime(good, (old.timestamp(), old.timestamp()))
    renamed = good.with_name(_backup_name(store, old, "manual"))
    good.rename(renamed)
    leftovers = _killed_backups(store, renamed)
    partial = backup_folder(store) / f".{_backup_name(store, datetime.now(UTC))}.partial"
    partial.write_bytes(renamed.read_bytes()[:4096])

    assert list_backups(store) == [renamed]  # the broken files are not offered
    opened = open_store(store, backup_every=timedelta(days=1))
    opened.close()
    backups = list_backups(store)
    assert len(backups) == 2  # the broken "today" files did not stop today's backup
    assert backups[1] == renamed
    assert check_backup(backups[0]) is None
    for path in [*leftovers, partial]:
        assert not path.exists(), path  # cleaned at start, under the store's lock


def test_rotation_never_lets_broken_backups_push_good_ones_out(
    data_dir: Path, default_pack: Pack
) -> None:
    store = _store_with_answer(default_pack)
    first = backup_database(store, reason="manual")
    folder = backup_folder(store)
    start = datetime.now(UTC) - timedelta(days=30)
    good = []
    for day in range(BACKUPS_KEPT):
        copy = folder / _backup_name(store, start + timedelta(days=day))
        copy.write_bytes(first.read_bytes())
        good.append(copy)
    first.unlink()
    # A whole file that fails only the integrity check: kept and shown, never counted.
    damaged = folder / _backup_name(store, datetime.now(UTC) - timedelta(hours=1))
    data = bytearray(good[0].read_bytes())
    for offset in range(2 * 4096, len(data), 5):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    assert check_backup(damaged) is not None

    newest = backup_database(store, reason="manual")
    kept = list_backups(store)
    assert len(kept) == BACKUPS_KEPT
    assert kept[0] == newest
    assert kept[1:] == sorted(good[1:], reverse=True)  # only the oldest good one went
    assert damaged.exists()
    shown = {info.path: info for info in backup_infos(store, thorough=True)}
    assert not shown[damaged].ok
    assert shown[newest].ok


def test_a_damaged_backup_is_refused_before_anything_changes(
    data_dir: Path, default_pack: Pack
) -> None:
    store = _store_with_answer(default_pack)
    good = backup_database(store, reason="manual")
    damaged = good.with_name(_backup_name(store, datetime.now(UTC) + timedelta(seconds=5)))
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = store.read_bytes()
    with pytest.raises(StoreCorruptError, match="is damaged .* not restored"):
        restore_backup(damaged, store)
    assert store.read_bytes() == before
    assert not any(".damaged-" in p.name for p in store.parent.iterdir())
    empty = good.with_name(_backup_name(store, datetime.now(UTC) + timedelta(seconds=9)))
    empty.write_bytes(b"")
    with pytest.raises(StoreCorruptError, match="it is empty"):
        restore_backup(empty, store)


def test_a_good_backup_restores_the_answers(data_dir: Path, default_pack: Pack) -> None:
    store = _store_with_answer(default_pack, value=40)
    backup = backup_database(store, reason="manual")
    opened = open_store(store, backup=False)
    (interview,) = repo.list_interviews(opened)
    repo.save_answer(
        opened, default_pack, interview.id, "structure.participants_total", 99, actor="t"
    )
    opened.close()
    restore_backup(backup, store)
    opened = open_store(store, backup=False)
    try:
        (interview,) = repo.list_interviews(opened)
        assert repo.answers_of(opened, interview.id)["structure.participants_total"] == 40
    finally:
        opened.close()


def test_leftover_cleaning_keeps_whole_files_and_foreign_ones(
    data_dir: Path, default_pack: Pack
) -> None:
    store = _store_with_answer(default_pack)
    good = backup_database(store, reason="manual")
    foreign = backup_folder(store) / "notes-of-the-expert.txt"
    foreign.write_text("not ours (fictional)\n")
    assert clean_backup_leftovers(store) == []
    assert good.exists()
    assert foreign.exists()
