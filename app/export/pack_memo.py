"""Packs this installation has already checked against the pack schema, by content hash.

Verifying a bundle parses the questionnaire pack it carries, and the schema pass is the
slow part of that (loading the validator alone takes longer than the rest of a pack's
checks), while nearly every bundle carries one of a few packs. A pack whose exact text
passed the schema of this version of ClusterBench before is parsed without that pass
again; every other check of the pack and of the bundle is made each time.

The memo is one line per pack, ``<schema sha256> <pack sha256> <legacy>``, in
``cache/checked-packs.txt`` in the data folder. It only ever grows by lines appended
after a pass; a line that is not of that form is ignored, and a memo that cannot be read
or written costs only the time of the schema pass.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from app.errors import AppError
from app.paths import data_dir

log = logging.getLogger(__name__)

MEMO_FILE = "checked-packs.txt"
_LINE = re.compile(r"([0-9a-f]{64}) ([0-9a-f]{64}) (legacy|current)")
#: Each memo file is read once per process (the lines this process adds are kept too).
_known: dict[Path, set[str]] = {}


def _memo_path() -> Path | None:
    try:
        return data_dir() / "cache" / MEMO_FILE
    except AppError:  # no usable data folder: no memo
        return None


def _line(schema: str, pack: str, legacy: bool) -> str:
    return f"{schema} {pack} {'legacy' if legacy else 'current'}"


def _read(path: Path) -> set[str]:
    known = _known.get(path)
    if known is None:
        try:
            text = path.read_text(encoding="ascii", errors="replace")
        except OSError:
            text = ""
        known = _known[path] = {line for line in text.splitlines() if _LINE.fullmatch(line)}
    return known


def schema_passed(schema: str, pack: str, *, legacy: bool) -> bool:
    """Whether the pack with SHA-256 ``pack`` passed the schema ``schema`` here before."""
    path = _memo_path()
    return path is not None and _line(schema, pack, legacy) in _read(path)


def remember_schema_pass(schema: str, pack: str, *, legacy: bool) -> None:
    """Note that the pack passed the schema (best effort: a failure is only logged)."""
    path = _memo_path()
    if path is None:
        return
    line = _line(schema, pack, legacy)
    known = _read(path)
    if line in known:
        return
    known.add(line)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One short write with O_APPEND: lines of processes writing at once never mix.
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(handle, (line + "\n").encode("ascii"))
        finally:
            os.close(handle)
    except OSError as error:
        log.info("the checked-packs memo cannot be written: %s", error)
