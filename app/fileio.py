"""Writing files so that a crash never leaves half of one: temporary file, fsync, rename."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from app.errors import Phrase

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    from typing import IO, Any


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: The mode ``open()`` gives a new file (0o666 less the umask), read once at import, before
#: any worker thread runs: the temporary file starts owner-only and gets this mode instead.
NEW_FILE_MODE = 0o666 & ~_umask()


def write_atomically(path: Path, content: bytes | str, *, private: bool = False) -> Path:
    """Write ``content`` to ``path`` all or nothing; ``private`` makes it owner-only (0600).

    The data is synced before the rename and the folder after it, so once this returns the
    new file survives a power cut, and until then the old file (if any) is untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    remove_abandoned_parts(path)
    import tempfile  # not at import: the quick reads write nothing

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        os.chmod(temporary, 0o600 if private else NEW_FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            try_lock(stream)  # held until the rename: a later write knows it is not abandoned
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(folder)
    return path


#: A temporary file younger than this may be one another process has made and not yet
#: locked; older and unlocked, its writer was killed.
_PART_AGE_SECONDS = 2.0


def remove_abandoned_parts(path: Path) -> list[Path]:
    """Remove the temporary files of writes to ``path`` whose process was killed.

    A write holds a lock on its temporary file until the rename; one nobody holds and older
    than two seconds was left by a process killed mid-write. Never raises.
    """
    import time

    removed: list[Path] = []
    try:
        candidates = list(path.parent.glob(f".{path.name}.*.part"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            status = candidate.lstat()
            if (
                not stat.S_ISREG(status.st_mode)
                or time.time() - status.st_mtime < _PART_AGE_SECONDS
            ):
                continue
            with open(candidate, "rb") as handle:
                if not try_lock(handle):
                    continue  # a write is under way
                candidate.unlink()
                unlock(handle)
            removed.append(candidate)
        except OSError:
            continue
    return removed


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


#: What ``describe_os_error`` may name, as a sentence's subject and inside one (the
#: interface translates each; see ``scripts/update_translations.sh``).
SUBJECTS = (
    "The data folder",
    "the data folder",
    "The store",
    "the store",
    "The store's lock file",
    "the store's lock file",
    "The store's file",
    "the store's file",
)


def describe_os_error(error: OSError, path: Path | str, what: str = "") -> Phrase:
    """One sentence for the user saying why ``path`` cannot be used, by the error's cause.

    ``what`` names the thing at ``path`` (one of ``SUBJECTS``: "The data folder", "The
    store's lock file"); without it the path alone is the subject.
    """
    subject = Phrase("{what} {path}", what=Phrase(what), path=str(path)) if what else str(path)
    number = error.errno
    if number == errno.EISDIR:
        return Phrase(
            "{subject} is a folder, not a file. Move the folder away, or choose another data "
            "folder.",
            subject=subject,
        )
    if number == errno.ENOTDIR:
        return Phrase(
            "{subject} cannot be used: part of its path is a file, not a folder.", subject=subject
        )
    if number in (errno.EACCES, errno.EPERM):
        return Phrase(
            "{subject} cannot be used: permission denied. Give your user read and write access "
            "to it, or choose another data folder.",
            subject=subject,
        )
    if number == errno.EROFS:
        return Phrase(
            "{subject} is on a read-only medium (a locked memory card or USB stick, or a "
            "read-only mount). Unlock or remount it, or choose another data folder.",
            subject=subject,
        )
    if number in (errno.ENOSPC, errno.EDQUOT):
        holder = (
            Phrase("{what} {path}", what=Phrase(what[:1].lower() + what[1:]), path=str(path))
            if what
            else str(path)
        )
        return Phrase(
            "The disk holding {holder} is full. Free some space and start again.", holder=holder
        )
    if number == errno.ENOENT:
        return Phrase(
            "{subject} does not exist (was a USB stick or network drive removed?).",
            subject=subject,
        )
    if number == errno.EEXIST:
        return Phrase(
            "{subject} cannot be created: a file of that name is in the way.", subject=subject
        )
    reason = error.strerror or type(error).__name__
    return Phrase("{subject} cannot be used: {reason}.", subject=subject, reason=reason)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def try_lock(handle: IO[Any]) -> bool:
        """Take an exclusive lock on an open file without waiting; False if another has it."""
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(handle: IO[Any]) -> None:
        """Release a lock taken with ``try_lock``."""
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(handle: IO[Any]) -> bool:
        """Take an exclusive lock on an open file without waiting; False if another has it.

        The lock goes with the process: a killed process releases it.
        """
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(handle: IO[Any]) -> None:
        """Release a lock taken with ``try_lock``."""
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
