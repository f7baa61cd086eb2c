"""Logging to a rotating file in the per-user log folder, or the next best place.

When ``logs/`` in the data folder cannot be written (a read-only medium, no permission, a
file in the way, a full disk), records go to a folder in the system's temporary folder;
when that fails too, the app runs without a log file rather than not at all.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from app.errors import AppError
from app.paths import log_dir

LOG_FILE_NAME = "clusterbench.log"
#: A log file grows to this size, then the next record starts a new one.
MAX_LOG_BYTES = 1_000_000
#: Older log files kept (``clusterbench.log.1`` is the newest of them).
LOG_FILES_KEPT = 5

_configured = False
_log_file: Path | None = None


def configure_logging(debug: bool = False) -> None:
    """Send log records to ``clusterbench.log`` (rotating, 5 x 1 MB), wherever it can go."""
    global _configured, _log_file
    if _configured:
        return
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    problems: list[str] = []
    for folder in _candidate_folders(problems):
        try:
            handler = _QuietFileHandler(folder / LOG_FILE_NAME, encoding="utf-8")
        except OSError as error:
            problems.append(f"{folder}: {error.strerror or error}")
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        _log_file = folder / LOG_FILE_NAME
        break
    else:
        # No file at all: keep Python's last-resort handler (warnings to stderr) quiet.
        root.addHandler(logging.NullHandler())
    _configured = True
    for problem in problems:
        logging.getLogger(__name__).warning("cannot log to %s", problem)


class _QuietFileHandler(logging.FileHandler):
    """A rotating file that goes quiet when it cannot be written (say, the disk is full).

    The standard handler prints a traceback to stderr for every record it fails to write;
    the user's command or window must not be buried under those. It rotates as the
    standard ``RotatingFileHandler`` does (``.1`` to ``.5``); that one is not used because
    importing ``logging.handlers`` (sockets, pickle, queues) costs every start 10 ms.
    """

    _broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._broken:
            return
        try:
            if self.stream is not None and self.stream.tell() >= MAX_LOG_BYTES:
                self._roll_over()
        except OSError:
            self._broken = True
            return
        super().emit(record)

    def _roll_over(self) -> None:
        """Close the full file, shift the older ones up by one, and start a new one."""
        if self.stream is not None:
            self.stream.close()
        self.stream = None  # reopened by the next emit
        base = self.baseFilename
        for number in range(LOG_FILES_KEPT - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self._broken = True


def _candidate_folders(problems: list[str]) -> Iterator[Path]:
    """The data folder's ``logs`` (when it can be made), then a private temporary folder
    (worked out only when the first will not do: ``tempfile`` costs every start 2 ms)."""
    try:
        folder = log_dir()
    except (OSError, AppError) as error:
        problems.append(f"the data folder's logs ({error})")
    else:
        yield folder
    import tempfile

    fallback = Path(tempfile.gettempdir()) / f"clusterbench-logs-{_user_tag()}"
    try:
        fallback.mkdir(mode=0o700, exist_ok=True)
        usable = fallback.is_dir() and not fallback.is_symlink()
    except OSError as error:
        problems.append(f"{fallback} ({error.strerror or error})")
        return
    if usable:
        yield fallback


def _user_tag() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else os.environ.get("USERNAME", "user")


def log_file() -> Path | None:
    """The file log records go to, or None when none could be opened."""
    return _log_file
