"""Opening the SQLite store: locking, damage detection, backups and migrations.

Every connection runs in WAL mode with ``synchronous=FULL``, so a committed transaction is
on disk before ``commit`` returns. SQLAlchemy emits ``BEGIN`` itself (pysqlite's implicit
transactions skip DDL), which makes migrations atomic too.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.fileio import fsync_folder
from app.models.errors import StoreCorruptError, StoreError, StoreLockedError, StoreTooNewError
from app.paths import data_dir

log = logging.getLogger(__name__)

STORE_FILE_NAME = "clusterbench.sqlite3"
BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 14
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The newest migration. A store already at it opens without loading Alembic at all
#: (a test keeps this equal to the head of ``migrations/versions``).
HEAD_REVISION = "0004"


def default_store_path() -> Path:
    """The store in the per-user data folder (or ``CLUSTERBENCH_DATA_DIR``)."""
    return data_dir() / STORE_FILE_NAME


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session from ``sessions``: committed when the block ends, rolled back on error."""
    session = sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class Store:
    """An open store: the engine plus the lock that keeps other instances out."""

    def __init__(self, path: Path, engine: Engine, lock: _InstanceLock) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session_scope(self) -> AbstractContextManager[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        return unit_of_work(self._sessions)

    def close(self) -> None:
        """Checkpoint the WAL, close every connection and release the lock."""
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _InstanceLock:
    """An exclusive advisory lock on ``<store>.lock``, released when the process dies."""

    def __init__(self, store_path: Path) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+")  # noqa: SIM115 - held open for the store's lifetime
        try:
            _lock_file(handle)
        except OSError as error:
            handle.close()
            raise StoreLockedError(
                f"The interview database {self.path.with_suffix('')} is open in another "
                "ClusterBench window. Close that window first, or use that one."
            ) from error
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            _unlock_file(self._file)
            self._file.close()
            self._file = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def open_store(
    path: Path | None = None,
    *,
    backup: bool = True,
    backup_every: timedelta | None = timedelta(days=1),
) -> Store:
    """Open (creating or migrating as needed) the store at ``path``.

    Raises ``StoreLockedError``, ``StoreCorruptError`` or ``StoreTooNewError`` with a message
    for the user; the file is never modified when one of these is raised. With ``backup``, a
    copy is taken before any migration and, unless ``backup_every`` is None, whenever the
    newest backup is older than ``backup_every``.
    """
    path = Path(path) if path is not None else default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _InstanceLock(path)
    lock.acquire()
    try:
        current = _inspect(path)
        head = HEAD_REVISION
        if backup and current is not None:
            if current != head:
                backup_database(path, reason="before-migration")
            elif backup_every is not None and _backup_due(path, backup_every):
                backup_database(path, reason="daily")
        engine = _make_engine(path)
        if current != head:
            _upgrade(engine)
            log.info("store %s migrated from %s to %s", path, current, head)
    except BaseException:
        lock.release()
        raise
    return Store(path, engine, lock)


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        # SQLite's lower() knows only ASCII; searches must match Ørsted and Łódź too.
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def known_revisions() -> set[str]:
    """Every schema revision this version of ClusterBench can open (from Alembic)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _inspect(path: Path) -> str | None:
    """Check the file before SQLAlchemy touches it; return its schema revision.

    ``None`` means a new (absent or empty) database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreCorruptError(
            f"{path.name} is not a ClusterBench database: it is not an SQLite file, "
            "or its first page is damaged."
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreCorruptError(f"{path.name} is damaged and cannot be read ({error}).") from error
    if problems != ["ok"]:
        raise StoreCorruptError(
            f"{path.name} failed SQLite's integrity check: {'; '.join(problems[:3])}."
        )
    if revision is None:
        if tables - {"sqlite_sequence"}:
            raise StoreCorruptError(
                f"{path.name} is an SQLite database, but not one written by ClusterBench."
            )
        return None
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise StoreTooNewError(
            f"{path.name} was written by a newer version of ClusterBench (schema {revision}). "
            "Update ClusterBench to open it, or open a backup."
        )
    return str(revision)


def schema_revision(store: Store) -> str | None:
    """The Alembic revision the store is at."""
    with store.engine.connect() as connection:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def backup_folder(store_path: Path | None = None) -> Path:
    """Where backups of the store at ``store_path`` are kept."""
    store_path = store_path or default_store_path()
    return store_path.parent / BACKUP_FOLDER


def backup_database(path: Path, *, reason: str) -> Path:
    """Copy the database consistently (SQLite's backup API) and rotate old copies."""
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    for old in list_backups(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    log.info("backup of %s written to %s", path, target)
    return target


def _backup_due(path: Path, interval: timedelta) -> bool:
    backups = list_backups(path)
    if not backups:
        return True
    newest = datetime.fromtimestamp(backups[0].stat().st_mtime, UTC)
    return datetime.now(UTC) - newest > interval


def list_backups(store_path: Path | None = None) -> list[Path]:
    """Backups of the store, newest first."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL/SHM files) out of the way; never overwrite."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    log.warning("damaged store %s set aside as %s", path, target)
    return target


def restore_backup(backup: Path, target: Path | None = None) -> None:
    """Make ``backup`` the store at ``target``; an existing store is set aside first."""
    target = target or default_store_path()
    if not backup.is_file():
        raise StoreError(f"The backup {backup.name} does not exist any more.")
    if target.exists():
        set_aside(target)
    temporary = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, temporary)
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    fsync_folder(target.parent)
    log.info("store %s restored from backup %s", target, backup)
