"""What to do when the store cannot be opened: the Qt-free part of the store dialog.

Each problem is classified; a damaged file is set aside at once (renamed, never
overwritten, so nothing is lost); the user may then open a backup copy, start with an
empty store, try again, or quit. A store in the wrong place is left exactly as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from app.errors import Phrase
from app.models import list_backups, restore_backup, set_aside
from app.models.errors import (
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StorePathError,
    StoreTooNewError,
)

log = logging.getLogger(__name__)


class ProblemKind(Enum):
    """Why the store could not be opened."""

    CORRUPT = "corrupt"
    LOCKED = "locked"
    TOO_NEW = "too_new"
    PATH = "path"
    OTHER = "other"


class Choice(Enum):
    """What the user decided."""

    OPEN_BACKUP = "open_backup"
    START_EMPTY = "start_empty"
    RETRY = "retry"
    QUIT = "quit"


@dataclass(frozen=True)
class StoreProblem:
    """A store that failed to open, and what was done about it already."""

    kind: ProblemKind
    store_path: Path
    #: What went wrong, for the user (a ``Phrase`` where the interface can translate it).
    message: str
    set_aside_path: Path | None = None
    backups: list[Path] = field(default_factory=list)


def assess_store_error(error: StoreError, store_path: Path) -> StoreProblem:
    """Classify ``error``; a damaged store is set aside now so it is never overwritten."""
    message = error.user_message
    if isinstance(error, StoreLockedError):
        return StoreProblem(ProblemKind.LOCKED, store_path, message)
    if isinstance(error, StorePathError):
        return StoreProblem(ProblemKind.PATH, store_path, message)
    if isinstance(error, StoreTooNewError):
        return StoreProblem(
            ProblemKind.TOO_NEW, store_path, message, backups=list_backups(store_path)
        )
    kind = ProblemKind.CORRUPT if isinstance(error, StoreCorruptError) else ProblemKind.OTHER
    try:
        aside = set_aside(store_path) if store_path.is_file() else None
    except StorePathError as cannot:
        log.error("store %s could not be set aside: %s", store_path, cannot)
        both = Phrase("{first} {second}", first=message, second=cannot.user_message)
        return StoreProblem(ProblemKind.PATH, store_path, both)
    log.error("store %s could not be opened (%s); set aside as %s", store_path, message, aside)
    return StoreProblem(kind, store_path, message, aside, list_backups(store_path))


def apply_choice(problem: StoreProblem, choice: Choice, backup: Path | None = None) -> None:
    """Carry out the user's choice before the next attempt to open the store.

    Whatever is still at the store path is set aside first, never overwritten.
    Raises ``StoreError`` when that cannot be done (a damaged backup is refused before
    anything is moved).
    """
    if choice is Choice.OPEN_BACKUP:
        if backup is None:
            raise ValueError("no backup chosen")
        restore_backup(backup, problem.store_path)
        log.info("restored backup %s to %s", backup, problem.store_path)
    elif choice is Choice.START_EMPTY and problem.store_path.exists():
        set_aside(problem.store_path)
