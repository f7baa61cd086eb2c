"""Temporary work folders for exports: recognisable by name, and removed after a crash.

An export zips into a hidden folder beside its target (so the final rename stays on one
disk): ``.clusterbench-export-<random>``. Each such folder is noted in the data folder's
``exports-in-progress`` while it exists, and the note is locked by the exporting process.
A process killed half-way leaves folder and note behind; ``remove_leftover_work_folders``,
run at every start, finds notes nobody holds any more and removes their folders.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from app.errors import AppError
from app.fileio import try_lock, unlock
from app.paths import data_dir

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    import logging
    from collections.abc import Iterator

WORK_FOLDER_PREFIX = ".clusterbench-export-"
NOTES_FOLDER = "exports-in-progress"
_NOTE_SUFFIX = ".note"


def _notes_folder() -> Path:
    folder = data_dir() / NOTES_FOLDER
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def work_folder(beside: Path) -> Iterator[Path]:
    """A new, private work folder inside ``beside``, removed when the block ends.

    The note naming it is written (and locked) before the folder is made, so no folder
    ever exists that a later start could not find.
    """
    _sweep(beside)
    import secrets  # not at import: every start removes leftovers, few make a folder

    name = f"{WORK_FOLDER_PREFIX}{secrets.token_hex(8)}"
    folder = beside / name
    note_path = _notes_folder() / f"{name}{_NOTE_SUFFIX}"
    note = open(note_path, "w+", encoding="utf-8")  # noqa: SIM115 - held for the export
    try:
        try_lock(note)
        note.write(str(folder.resolve()))
        note.flush()
        folder.mkdir(mode=0o700)
        try:
            yield folder
        finally:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    finally:
        unlock(note)
        note.close()
        note_path.unlink(missing_ok=True)


def _log() -> logging.Logger:
    import logging  # not at import: most starts have nothing to tidy and nothing to log

    return logging.getLogger(__name__)


def export_notes() -> list[Path]:
    """The notes of exports running now or killed (none, at almost every start)."""
    try:
        return sorted((data_dir() / NOTES_FOLDER).glob(f"*{_NOTE_SUFFIX}"))
    except (OSError, AppError):
        return []


def remove_leftover_work_folders() -> list[Path]:
    """Remove the work folders of exports that were killed; return the folders removed.

    A note still locked belongs to an export running now and is left alone. Only folders
    whose name has the work-folder prefix are ever removed. Never raises.
    """
    removed = []
    for note_path in export_notes():
        try:
            removed += _remove_if_abandoned(note_path)
        except OSError as error:
            _log().warning("cannot tidy the export note %s: %s", note_path.name, error)
    return removed


def _sweep(beside: Path) -> None:
    """Remove work folders in ``beside`` that no running export holds a note for.

    This also catches folders left by versions that kept no notes.
    """
    try:
        candidates = [p for p in beside.glob(f"{WORK_FOLDER_PREFIX}*") if p.is_dir()]
    except OSError:
        return
    import shutil

    for folder in candidates:
        note_path = data_dir() / NOTES_FOLDER / f"{folder.name}{_NOTE_SUFFIX}"
        try:
            if note_path.exists():
                _remove_if_abandoned(note_path)
            else:
                shutil.rmtree(folder, ignore_errors=True)
                _log().info("removed the work folder %s of an interrupted export", folder)
        except OSError as error:
            _log().warning("cannot tidy the work folder %s: %s", folder, error)


def _remove_if_abandoned(note_path: Path) -> list[Path]:
    with open(note_path, "r+", encoding="utf-8") as note:
        if not try_lock(note):
            return []  # an export is running
        try:
            folder = Path(note.read(4096).strip())
            removed = []
            if folder.name.startswith(WORK_FOLDER_PREFIX) and folder.is_dir():
                import shutil

                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
                _log().info("removed the work folder %s of an interrupted export", folder)
            os.unlink(note_path)
        finally:
            unlock(note)
    return removed
