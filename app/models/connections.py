"""Plain ``sqlite3`` connections to the store, importing nothing heavier than ``sqlite3``.

``app.models.store`` opens the store through these, with every check of its place and
file; the quick reads (``app.models.interview_list``) use ``quick_reader`` to read a store
that needs none of that, without loading the store module at all.
"""

from __future__ import annotations

import os
import sqlite3

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    from pathlib import Path

STORE_FILE_NAME = "clusterbench.sqlite3"
#: The newest migration. A store already at it opens without loading Alembic at all
#: (a test keeps this equal to the head of ``migrations/versions``).
HEAD_REVISION = "0004"
#: Below this much free space the store is refused at start: a full disk fails saves.
MIN_FREE_BYTES = 1024 * 1024


def sqlite_uri(path: Path, **parameters: str) -> str:
    """A ``file:`` URI for SQLite (safe for names with ``?``, ``#`` or ``%``)."""
    query = "&".join(f"{key}={value}" for key, value in parameters.items())
    return path.resolve().as_uri() + (f"?{query}" if query else "")


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def configure_connection(connection: sqlite3.Connection, *, read_only: bool = False) -> None:
    """Set a new connection up: autocommit (the caller BEGINs), WAL, ``synchronous=FULL``;
    a ``read_only`` one refuses every write (``query_only``) and leaves the journal alone."""
    connection.isolation_level = None
    # SQLite's lower() knows only ASCII; searches must match Ørsted and Łódź too.
    connection.create_function("casefold", 1, _casefold, deterministic=True)
    cursor = connection.cursor()
    if read_only:
        cursor.execute("PRAGMA query_only=ON")
    else:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def connect_sqlite(
    path: Path, *, shared: bool = False, read_only: bool = False
) -> sqlite3.Connection:
    """A plain connection to the store at ``path``, set up by ``configure_connection``.

    ``shared``: it may be used from any thread, one at a time (its owner serialises).
    ``read_only``: opened with SQLite's ``mode=ro``, so it can never change the file.
    """
    target = sqlite_uri(path, mode="ro") if read_only else str(path)
    connection = sqlite3.connect(
        target, timeout=10, isolation_level=None, check_same_thread=not shared, uri=read_only
    )
    try:
        configure_connection(connection, read_only=read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def quick_reader(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the store at ``path`` when, at a glance, nothing needs the
    store module's open: the file is there, in a writable place with room to spare,
    undamaged (``quick_check``) and at this version's schema. Otherwise None, and the
    caller opens it with ``open_store_for_reading``, which refuses a store in the wrong
    place or damaged with its specific reason (as for every other command), or migrates it.

    Reading needs no lock: SQLite's ``mode=ro`` and ``query_only`` can never change the
    file, and in WAL mode a reader sees every committed answer without blocking a writer.
    """
    if not _plainly_usable(path):
        return None
    try:
        connection = connect_sqlite(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        checked = connection.execute("PRAGMA quick_check(1)").fetchall()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        checked = revision = []
    if checked != [("ok",)] or revision != [(HEAD_REVISION,)]:
        connection.close()
        return None
    return connection


def _plainly_usable(path: Path) -> bool:
    """Whether the store's file and folder pass, at a glance, what its open checks in full."""
    statvfs = getattr(os, "statvfs", None)  # elsewhere than POSIX: the full open decides
    try:
        if statvfs is None or not path.is_file() or path.stat().st_size == 0:
            return False
        if path.with_name(f"{path.name}-journal").exists():
            return False  # a transaction to roll back: only a writer may
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists() and not companion.is_file():
                return False
        if not os.access(path, os.R_OK | os.W_OK):
            return False
        if not os.access(path.parent, os.R_OK | os.W_OK | os.X_OK):
            return False
        space = statvfs(path.parent)
    except OSError:
        return False
    return bool(space.f_bavail * space.f_frsize >= MIN_FREE_BYTES)
