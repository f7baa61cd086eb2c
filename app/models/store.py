"""Opening the SQLite store: locking, damage detection, backups and migrations.

Every connection runs in WAL mode with ``synchronous=FULL``, so a committed transaction is
on disk before ``commit`` returns. SQLAlchemy emits ``BEGIN`` itself (pysqlite's implicit
transactions skip DDL), which makes migrations atomic too.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from threading import Lock
from typing import IO, TYPE_CHECKING, Any

from app.errors import Phrase
from app.fileio import describe_os_error, fsync_folder, try_lock, unlock
from app.models.connections import HEAD_REVISION as HEAD_REVISION
from app.models.connections import MIN_FREE_BYTES as MIN_FREE_BYTES
from app.models.connections import STORE_FILE_NAME as STORE_FILE_NAME
from app.models.connections import configure_connection, connect_sqlite, sqlite_uri
from app.models.errors import (
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StorePathError,
    StoreTooNewError,
)
from app.paths import DataFolderError, data_dir, make_data_folder

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 14
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: Tables every ClusterBench store has had since schema 0001: a file without them is not a
#: usable store or backup. (A migration that drops one of them must update this set.)
CORE_TABLES = frozenset(
    {"alembic_version", "packs", "clusters", "interviews", "answers", "notes", "events"}
)
_PROBE_BYTES = 16 * 1024
_PROBE_PREFIX = ".clusterbench-probe-"
#: ``<store stem>-<UTC stamp>-<reason>.sqlite3``; a backup being written has a dot in front
#: and ``.partial`` behind, so nothing takes it for a backup until it is whole and checked.
_BACKUP_NAME = re.compile(r"(.+)-(\d{8}-\d{6}-\d{6})-([a-z][a-z-]{0,40})\.sqlite3")
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
PARTIAL_SUFFIX = ".partial"


def default_store_path() -> Path:
    """The store in the per-user data folder (or ``CLUSTERBENCH_DATA_DIR``)."""
    try:
        return data_dir() / STORE_FILE_NAME
    except DataFolderError as error:
        raise StorePathError(error.user_message) from error


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
    """An open store: the lock that keeps other instances out, and its connections.

    The SQLAlchemy engine is made on first use: the home window's list and the command
    line's reads go through ``connect`` (plain ``sqlite3``, configured the same way), so a
    start that only lists interviews never imports the ORM. A store opened for reading
    (``open_store_for_reading``) holds no lock and cannot write.
    """

    def __init__(self, path: Path, engine: Engine | None, lock: _InstanceLock | None) -> None:
        self.path = path
        self._engine = engine
        self._lock = lock
        self._sessions: sessionmaker[Session] | None = None
        self._making = Lock()
        self._plain: sqlite3.Connection | None = None
        self._plain_lock = Lock()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over the store (made on first use, from any thread)."""
        with self._making:
            if self._engine is None:
                self._engine = _make_engine(self.path, read_only=self.read_only)
            return self._engine

    @property
    def read_only(self) -> bool:
        """Whether this store was opened only to read (beside the writer that has it)."""
        return self._lock is None

    def session_scope(self) -> AbstractContextManager[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return unit_of_work(self._sessions)

    def connect(self) -> sqlite3.Connection:
        """A new plain ``sqlite3`` connection, set up as the engine's are (close it after use).

        It is in autocommit mode: a write needs its own ``BEGIN`` and ``COMMIT``.
        """
        return connect_sqlite(self.path, read_only=self.read_only)

    @contextmanager
    def plain(self) -> Iterator[sqlite3.Connection]:
        """The store's own plain ``sqlite3`` connection, for the quick reads and the answer
        saves: one per store, kept open (closing the last connection to a WAL database
        checkpoints it) and lent to one thread at a time. Autocommit: a write says ``BEGIN``.
        """
        with self._plain_lock:
            if self._plain is None:
                self._plain = connect_sqlite(self.path, shared=True, read_only=self.read_only)
            yield self._plain

    def close(self) -> None:
        """Checkpoint the WAL, close every connection and release the lock."""
        with self._plain_lock:
            if self._plain is not None:
                self._plain.close()
                self._plain = None
        with self._making:
            if self._engine is not None:
                self._engine.dispose()
        if self._lock is not None:
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
        try:
            handle = open(self.path, "a+")  # noqa: SIM115 - held open for the store's lifetime
        except OSError as error:
            raise StorePathError(
                describe_os_error(error, self.path, "The store's lock file")
            ) from error
        try:
            locked = try_lock(handle)
        except OSError as error:
            handle.close()
            raise StorePathError(
                describe_os_error(error, self.path, "The store's lock file")
            ) from error
        if not locked:
            handle.close()
            raise StoreLockedError(
                Phrase(
                    "The interview database {path} is open in another ClusterBench window. "
                    "Close that window first, or use that one.",
                    path=str(self.path.with_suffix("")),
                )
            )
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            unlock(self._file)
            self._file.close()
            self._file = None


def open_store(
    path: Path | None = None,
    *,
    backup: bool = True,
    backup_every: timedelta | None = timedelta(days=1),
) -> Store:
    """Open (creating or migrating as needed) the store at ``path``.

    Raises ``StoreLockedError``, ``StoreCorruptError``, ``StoreTooNewError`` or
    ``StorePathError`` (a folder in the way, no permission, a read-only medium, a full disk)
    with a message for the user; the file is never modified when one of these is raised.
    With ``backup``, a copy is taken before any migration and, unless ``backup_every`` is
    None, whenever the newest good backup is older than ``backup_every``.
    """
    path = Path(path) if path is not None else default_store_path()
    _prepare_folder(path)
    lock = _InstanceLock(path)
    lock.acquire()
    try:
        _check_usable(path)
        clean_backup_leftovers(path)
        current = _inspect(path)
        head = HEAD_REVISION
        if backup and current is not None:
            if current != head:
                backup_database(path, reason="before-migration")
            elif backup_every is not None and _backup_due(path, backup_every):
                _daily_backup(path)
        connection = connect_sqlite(path)  # first contact: WAL files made, pragmas set
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if current is None and _plain_new_store(path):
                _create_at_head(connection)
                current = head
                log.info("store %s created at schema %s", path, head)
        finally:
            connection.close()
        store = Store(path, None, lock)
        if current != head:
            _upgrade(store.engine)
            log.info("store %s migrated from %s to %s", path, current, head)
    except StoreError:
        lock.release()
        raise
    except BaseException as error:
        lock.release()
        if isinstance(error, (OSError, *database_errors())):
            raise store_error_for(error, path) from error
        raise
    return store


def open_store_for_reading(path: Path | None = None) -> Store:
    """Open the store at ``path`` to read it, even while a window has it open.

    When nobody has the store, it is opened as ``open_store`` opens it (with every check of
    its place and file, and their messages). When a window holds it, the store is read
    beside that window without the lock: the connection is read-only (SQLite's ``mode=ro``
    and ``query_only``), so it can never change what the writer keeps, and in WAL mode it
    sees every committed transaction without blocking the writer.
    """
    path = Path(path) if path is not None else default_store_path()
    try:
        return open_store(path, backup_every=None)
    except StoreLockedError as locked:
        in_use = locked
    try:
        if _inspect(path) != HEAD_REVISION:
            raise in_use  # the window runs another version: its schema is not ours to read
        connection = connect_sqlite(path, read_only=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except StoreError:
        raise
    except (OSError, sqlite3.Error) as error:
        raise store_error_for(error, path) from error
    return Store(path, None, None)


def _prepare_folder(path: Path) -> None:
    """Create the store's folder; refuse a folder where the file should be."""
    folder = path.parent
    try:
        make_data_folder(folder)
    except DataFolderError as error:
        raise StorePathError(error.user_message) from error
    try:
        is_folder = path.is_dir()
    except OSError as error:  # the folder cannot be searched
        raise StorePathError(describe_os_error(error, folder, "The data folder")) from error
    if is_folder:
        raise StorePathError(
            describe_os_error(IsADirectoryError(errno.EISDIR, "Is a directory"), path, "The store")
        )


def _check_usable(path: Path) -> None:
    """Make sure SQLite will be able to write beside ``path``; say why not, specifically.

    Run by the lock's holder, so a store in the wrong place is refused with the same reason
    for every command (readers open the store this way too when nobody holds it).
    """
    for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            mode = companion.lstat().st_mode
        except FileNotFoundError:
            continue
        except OSError as error:
            raise StorePathError(describe_os_error(error, companion, "The store")) from error
        if stat.S_ISDIR(mode):
            raise StorePathError(
                describe_os_error(
                    IsADirectoryError(errno.EISDIR, "Is a directory"), companion, "The store's file"
                )
            )
        if not stat.S_ISREG(mode) and not stat.S_ISLNK(mode):
            raise StorePathError(
                Phrase("The store's file {path} is not a regular file.", path=str(companion))
            )
    folder = path.parent
    # Only the lock's holder probes: a probe file found now was left by a killed process.
    for leftover in folder.glob(f"{_PROBE_PREFIX}*"):
        _remove_quietly(leftover)
    try:
        handle, probe = tempfile.mkstemp(prefix=_PROBE_PREFIX, dir=folder)
        try:
            os.write(handle, bytes(_PROBE_BYTES))
        finally:
            os.close(handle)
            Path(probe).unlink(missing_ok=True)
    except OSError as error:
        raise StorePathError(describe_os_error(error, folder, "The data folder")) from error
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except OSError as error:
            raise StorePathError(describe_os_error(error, path, "The store")) from error
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < MIN_FREE_BYTES:
        raise StorePathError(
            Phrase(
                "The disk holding the data folder {folder} is full ({free} KiB free). Free "
                "some space and start again.",
                folder=str(folder),
                free=free // 1024,
            )
        )


def store_error_for(error: BaseException, path: Path) -> StoreError:
    """A ``StoreError`` saying what an OS or SQLite error means for the store at ``path``."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError):
        return StorePathError(describe_os_error(error, path, "The store"))
    original = getattr(error, "orig", None) or error
    message = str(original).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StorePathError(
            Phrase(
                "The disk holding the store {path} is full. Free some space and start again.",
                path=str(path),
            )
        )
    if "readonly" in message or "read-only" in message:
        return StorePathError(
            describe_os_error(OSError(errno.EROFS, "Read-only"), path.parent, "The data folder")
        )
    if "unable to open" in message:
        return StorePathError(
            Phrase(
                "The store {path} cannot be opened: SQLite cannot create its journal files "
                "beside it. Check that the data folder can be written.",
                path=str(path),
            )
        )
    if "disk i/o error" in message:
        return StorePathError(
            Phrase(
                "Reading or writing the store {path} failed with a disk error (was a USB stick "
                "removed, or is the disk failing?).",
                path=str(path),
            )
        )
    if isinstance(original, sqlite3.DatabaseError) and not isinstance(
        original, sqlite3.OperationalError
    ):
        return StoreCorruptError(
            Phrase(
                "{name} is damaged and cannot be read ({error}).", name=path.name, error=original
            )
        )
    return StoreError(
        Phrase("The store {path} cannot be used ({error}).", path=str(path), error=original)
    )


def database_errors() -> tuple[type[BaseException], ...]:
    """The exception types of a failing database: sqlite3's, and SQLAlchemy's once loaded.

    (SQLAlchemy cannot raise before it is imported, so it is not imported to catch it.)
    """
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None:
        errors += (sqlalchemy_exc.SQLAlchemyError,)
    return errors


def _make_engine(path: Path, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    if read_only:
        uri = sqlite_uri(path, mode="ro")
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False),
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure_connection(dbapi_connection, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def known_revisions() -> set[str]:
    """Every schema revision this version of ClusterBench can open (from Alembic)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def _plain_new_store(path: Path) -> bool:
    """Whether a new store can be made from the head schema: no earlier data to move in.

    Migration 0002 moves an old release's practice-sessions file into the store; with one
    beside the store, the migrations run instead.
    """
    from app.models.head_schema import SIDE_FILES

    return not any((path.parent / name).exists() for name in SIDE_FILES)


def _create_at_head(connection: sqlite3.Connection) -> None:
    """Make the tables of the newest schema in one transaction, stamped with its revision.

    The statements are what the migrations produce (``app.models.head_schema``, kept equal
    to them by a test), so the store is the same as one Alembic made; Alembic carries on
    from its revision at the next migration.
    """
    from app.models.head_schema import HEAD_SCHEMA, HEAD_SCHEMA_REVISION

    assert HEAD_SCHEMA_REVISION == HEAD_REVISION, "regenerate app/models/head_schema.py"
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in HEAD_SCHEMA:
            connection.execute(statement)
        connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


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
            Phrase(
                "{name} is not a ClusterBench database: it is not an SQLite file, or its first "
                "page is damaged.",
                name=path.name,
            )
        )
    try:
        connection = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, timeout=10)
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
        raise StoreCorruptError(
            Phrase("{name} is damaged and cannot be read ({error}).", name=path.name, error=error)
        ) from error
    if problems != ["ok"]:
        raise StoreCorruptError(
            Phrase(
                "{name} failed SQLite's integrity check: {problems}.",
                name=path.name,
                problems=_one_line(problems[:3]),
            )
        )
    if revision is None:
        if tables - {"sqlite_sequence"}:
            raise StoreCorruptError(
                Phrase(
                    "{name} is an SQLite database, but not one written by ClusterBench.",
                    name=path.name,
                )
            )
        return None
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise StoreTooNewError(
            Phrase(
                "{name} was written by a newer version of ClusterBench (schema {revision}). "
                "Update ClusterBench to open it, or open a backup.",
                name=path.name,
                revision=revision,
            )
        )
    return str(revision)


def schema_revision(store: Store) -> str | None:
    """The Alembic revision the store is at."""
    connection = store.connect()
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row else None


def backup_folder(store_path: Path | None = None) -> Path:
    """Where backups of the store at ``store_path`` are kept."""
    store_path = store_path or default_store_path()
    return store_path.parent / BACKUP_FOLDER


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, why, how big, and whether it checked out."""

    path: Path
    taken: datetime
    reason: str
    size: int
    #: What is wrong with it, or None when it checked out.
    problem: str | None

    @property
    def ok(self) -> bool:
        """Whether the backup checked out (a whole SQLite file with the store's tables)."""
        return self.problem is None


def check_backup(path: Path, *, thorough: bool = True) -> str | None:
    """What is wrong with the backup (or store copy) at ``path``, or None when it is good.

    Always: the SQLite header, a size matching the page count the header gives, and the
    store's core tables with a schema revision. ``thorough`` adds ``PRAGMA integrity_check``.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return f"it cannot be read: {error.strerror or error}"
    truncation = _truncation(header, size)
    if truncation is not None:
        return truncation
    try:
        connection = sqlite3.connect(sqlite_uri(path, mode="ro", immutable="1"), uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            missing = sorted(CORE_TABLES - tables)
            if missing:
                return f"it lacks the table {missing[0]}"
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                return "it has no schema revision"
            if thorough:
                problems = [r[0] for r in connection.execute("PRAGMA integrity_check(3)")]
                if problems != ["ok"]:
                    return "SQLite's integrity check failed: " + _one_line(problems)
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"SQLite cannot read it ({error})"
    return None


def _one_line(problems: list[str]) -> str:
    """SQLite's findings (which may span lines) as one line for a message."""
    return "; ".join(" ".join(str(problem).split()) for problem in problems)


def _truncation(header: bytes, size: int) -> str | None:
    """Why a file is clearly not a whole SQLite database (empty, cut short), or None."""
    if size == 0:
        return "it is empty"
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return "it is not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        return "its header is damaged"
    if counter_valid and pages and size < pages * page_size:
        return f"it is cut short ({size:,} of {pages * page_size:,} bytes)"
    if size % page_size:
        return "it is cut short (not a whole number of pages)"
    return None


def _backup_time(path: Path) -> datetime:
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is not None:
        stamp = match[2]  # _STAMP_FORMAT, read by hand: strptime costs a start 3 ms
        try:
            return datetime(
                int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                int(stamp[11:13]), int(stamp[13:15]), int(stamp[16:22]), tzinfo=UTC,
            )  # fmt: skip
        except ValueError:
            pass
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def _backup_files(store_path: Path | None) -> list[Path]:
    """Files named like backups of this store, newest first (leftovers not included)."""
    folder = backup_folder(store_path)
    stem = (store_path or default_store_path()).stem
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    named = [
        p
        for p in candidates
        if (match := _BACKUP_NAME.fullmatch(p.name)) is not None and match[1] == stem
    ]
    return sorted(named, key=lambda p: (_backup_time(p), p.name), reverse=True)


def backup_infos(store_path: Path | None = None, *, thorough: bool = False) -> list[BackupInfo]:
    """Every backup of the store, good or not, newest first, each with its check."""
    infos = []
    for path in _backup_files(store_path):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        reason = _BACKUP_NAME.fullmatch(path.name)
        infos.append(
            BackupInfo(
                path=path,
                taken=_backup_time(path),
                reason=reason[3] if reason else "",
                size=size,
                problem=check_backup(path, thorough=thorough),
            )
        )
    return infos


def list_backups(store_path: Path | None = None) -> list[Path]:
    """Backups of the store that check out (whole, with the store's tables), newest first.

    Leftovers of a backup that was interrupted are never listed.
    """
    return [info.path for info in backup_infos(store_path) if info.ok]


def clean_backup_leftovers(store_path: Path | None = None) -> list[Path]:
    """Remove what interrupted backups left behind; return what was removed.

    Only the store's owner (who holds its lock) calls this: no backup can be under way.
    A leftover is a ``.partial`` file, or a backup-named file that is clearly cut short
    (written in place by an older version that was killed). A whole file that fails only
    the integrity check is kept, and shown as damaged.
    """
    folder = backup_folder(store_path)
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    removed = []
    for path in candidates:
        leftover = path.name.startswith(".") and path.name.endswith(PARTIAL_SUFFIX)
        if not leftover and _BACKUP_NAME.fullmatch(path.name):
            try:
                with open(path, "rb") as handle:
                    header = handle.read(100)
                leftover = _truncation(header, path.stat().st_size) is not None
            except OSError:
                continue
        if leftover:
            try:
                path.unlink()
            except OSError as error:
                log.warning("cannot remove the backup leftover %s: %s", path, error)
                continue
            removed.append(path)
            log.info("removed the backup leftover %s", path.name)
    return removed


def backup_database(path: Path, *, reason: str) -> Path:
    """Copy the database consistently and whole, then rotate old copies; return the copy.

    The copy (SQLite's backup API) goes to a hidden ``.partial`` file, is synced and checked
    (``PRAGMA integrity_check`` and the store's tables), and only then renamed to its
    backup name, so an interrupted backup never looks like one. Rotation keeps the
    ``BACKUPS_KEPT`` newest good backups; the new one, just checked, is always among them.
    Raises ``StoreError`` saying why when no good copy could be made.
    """
    folder = backup_folder(path)
    stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    partial = folder / f".{target.name}{PARTIAL_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy_database(path, partial)
        problem = check_backup(partial, thorough=True)
        if problem is not None:
            raise StoreError(
                Phrase(
                    "The backup of {name} came out damaged ({problem}).",
                    name=path.name,
                    problem=problem,
                )
            )
        os.replace(partial, target)
        fsync_folder(folder)
    except StoreError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as error:
        _remove_quietly(partial)
        cause = store_error_for(error, folder).user_message
        raise StoreError(
            Phrase("No backup of {name} could be written. {cause}", name=path.name, cause=cause)
        ) from error
    except BaseException:
        _remove_quietly(partial)
        raise
    _rotate(path, keep=target)
    log.info("backup of %s written to %s", path, target)
    return target


def _copy_database(source_path: Path, target: Path) -> None:
    source = sqlite3.connect(sqlite_uri(source_path, mode="ro"), uri=True, timeout=10)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("cannot remove %s: %s", path, error)


def _rotate(store_path: Path, *, keep: Path) -> None:
    """Delete good backups beyond the newest ``BACKUPS_KEPT``; never ``keep`` (just made)."""
    for old in list_backups(store_path)[BACKUPS_KEPT:]:
        if old != keep:
            _remove_quietly(old)


def _daily_backup(path: Path) -> None:
    """The scheduled backup; a failure is logged, it does not keep the store closed."""
    try:
        backup_database(path, reason="daily")
    except StoreError as error:
        log.warning("the scheduled backup failed: %s", error.user_message)


def _backup_due(path: Path, interval: timedelta) -> bool:
    # The newest backup that checks out decides; older ones need not be opened at start.
    for backup in _backup_files(path):
        if check_backup(backup, thorough=False) is None:
            return datetime.now(UTC) - _backup_time(backup) > interval
    return True


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL/SHM files) out of the way; never overwrite.

    Raises ``StorePathError`` when the file cannot be renamed (say, a read-only medium).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
    except OSError as error:
        raise StorePathError(
            Phrase(
                "The damaged store cannot be set aside. {cause}",
                cause=describe_os_error(error, path),
            )
        ) from error
    log.warning("damaged store %s set aside as %s", path, target)
    return target


def restore_backup(backup: Path, target: Path | None = None) -> None:
    """Make ``backup`` the store at ``target``; an existing store is set aside first.

    The backup is checked first (``check_backup``, thorough) and a damaged one refused with
    ``StoreError``; the copy is made and synced before the current store is set aside.
    """
    target = target or default_store_path()
    if not backup.is_file():
        raise StoreError(Phrase("The backup {name} does not exist any more.", name=backup.name))
    problem = check_backup(backup, thorough=True)
    if problem is not None:
        raise StoreCorruptError(
            Phrase(
                "The backup {name} is damaged ({problem}); it was not restored. Choose another "
                "backup.",
                name=backup.name,
                problem=problem,
            )
        )
    temporary = target.with_name(target.name + ".restoring")
    try:
        shutil.copyfile(backup, temporary)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
    except OSError as error:
        _remove_quietly(temporary)
        raise StorePathError(
            Phrase(
                "The backup could not be copied in. {cause}",
                cause=describe_os_error(error, target.parent),
            )
        ) from error
    if target.exists():
        set_aside(target)
    os.replace(temporary, target)
    fsync_folder(target.parent)
    log.info("store %s restored from backup %s", target, backup)
