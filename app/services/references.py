"""Peer reference sets: the synthetic set shipped with the app, imported sets, the active one.

Imported sets are copied into the data folder's ``reference`` directory; which one is in
use is the ``reference_set`` setting (``app.settings``): a set's file name, ``shipped`` for
the synthetic set even when others are imported, or "" for the newest import. Scores,
reports, bundles and the windows all take their peers from ``active_reference``.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import AppError
from app.fileio import write_atomically
from app.paths import data_dir, default_reference_path
from app.scoring.reference import ReferenceDataError, ReferenceSet, load_reference, parse_reference
from app.settings import settings

log = logging.getLogger(__name__)

REFERENCE_FOLDER = "reference"
#: The ``reference_set`` setting that chooses the shipped synthetic set.
SHIPPED = "shipped"
#: The ``reference_set`` setting that follows the newest import.
NEWEST = ""
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ReferenceChoiceError(AppError):
    """A reference set that cannot be chosen (not imported)."""

    exit_code = 2


def reference_dir() -> Path:
    """The folder holding imported reference files (created on demand)."""
    folder = data_dir() / REFERENCE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def installed_file_name(reference: ReferenceSet) -> str:
    """The file name an imported reference set is stored under."""
    name = _SAFE_NAME.sub("_", f"{reference.id}-{reference.version}").strip("._") or "reference"
    return f"{name}.json"


def installed_references() -> list[Path]:
    """Imported reference files, newest first."""
    folder = data_dir() / REFERENCE_FOLDER
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if p.is_file()]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def active_reference_path() -> Path:
    """The reference file in use: the chosen set, else the newest import, else the shipped one."""
    chosen = settings().reference_set
    if chosen == SHIPPED:
        return default_reference_path()
    installed = installed_references()
    if chosen:
        match = next((path for path in installed if path.name == chosen), None)
        if match is not None:
            return match
        log.warning("the chosen reference set %s is not imported; using the default", chosen)
    return installed[0] if installed else default_reference_path()


def choose_reference_set(name: str) -> Path:
    """Use the imported set stored as ``name`` (``shipped``: the synthetic set; "": the newest
    import) from now on, in the verbs and the windows; return its file."""
    name = name.strip()
    if name not in (SHIPPED, NEWEST):
        known = [path.name for path in installed_references()]
        stem_match = [n for n in known if n == name or n.removesuffix(".json") == name]
        if not stem_match:
            listing = ", ".join(known) if known else "none imported yet"
            raise ReferenceChoiceError(
                f"There is no imported reference set {name!r} (imported: {listing}); "
                f"use {SHIPPED!r} for the synthetic set shipped with the app."
            )
        name = stem_match[0]
    settings().reference_set = name
    return active_reference_path()


@dataclass(frozen=True)
class ImportResult:
    """What ``import_reference_set`` did."""

    reference: ReferenceSet
    path: Path
    already_present: bool


def import_reference_set(source: Path | str, *, activate: bool = True) -> ImportResult:
    """Validate ``source``, copy it into the data folder and (``activate``) use it from now on.

    Re-importing the identical file is harmless. A different file with the same id and
    version is refused, because scores name the data they used by id, version and hash.
    """
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(str(source), [f"cannot read the file ({exc.strerror})"]) from exc
    reference = parse_reference(data, str(source))
    target = reference_dir() / installed_file_name(reference)
    already = False
    if target.exists():
        if hashlib.sha256(target.read_bytes()).hexdigest() != reference.sha256:
            raise ReferenceDataError(
                str(source),
                [
                    f"a different reference set {reference.id} {reference.version} is already "
                    f"imported ({target.name}); give the new data its own version"
                ],
            )
        already = True
    else:
        write_atomically(target, data)
    if activate:
        settings().reference_set = target.name
    stored = load_reference_file(target)
    return ImportResult(stored, target, already_present=already)


_cache_lock = threading.Lock()
_cache: dict[tuple[str, int, int], ReferenceSet] = {}


def load_reference_file(path: Path) -> ReferenceSet:
    """The reference set in ``path``, parsed once per file version (it is large)."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    reference = load_reference(path)
    with _cache_lock:
        _cache.clear()  # only the set in use is kept
        _cache[key] = reference
    return reference


def active_reference() -> ReferenceSet | None:
    """The reference set in use, or None when its file is gone (peers are then not shown).

    A file that exists but is broken raises ``ReferenceDataError`` listing its problems.
    """
    path = active_reference_path()
    if not path.exists():
        log.warning("no reference data at %s; peer groups not shown", path)
        return None
    return load_reference_file(path)


def reference_for(peers: bool) -> ReferenceSet | None:
    """The active reference set, or None when the caller asked for no peers."""
    return active_reference() if peers else None
