"""Writing files so that a crash never leaves half of one: temporary file, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        os.chmod(temporary, 0o600 if private else NEW_FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(folder)
    return path


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
