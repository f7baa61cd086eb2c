"""Start the windows: the store and the settings are opened before Qt is loaded.

Opening the store, reading the settings and the modules they need take the same time
whenever they run; before Qt they run without PySide's import hook. Then PySide is loaded
with every module entered in its table (``app.ui.pyside_hook``), so that its hook reads
no module's source. A store that cannot be opened is explained, with the user's choices,
once the windows can show it.

Python's cyclic garbage collector is paused from here until everything an interview
needs is loaded (``resume_collection``): the start makes some 200,000 long-lived objects
and almost no garbage, and collecting them again and again costs the first paint about
6 ms and the loading after it its longest stalls. Those objects are then frozen, so later
collections no longer walk them.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from app.models import Store


def open_configured_store() -> Store:
    """The store in the data folder, backed up as the settings say (``StoreError`` if not)."""
    from app.models import default_store_path, open_store
    from app.settings import BACKUP_SCHEDULES, settings

    return open_store(
        default_store_path(), backup_every=BACKUP_SCHEDULES[settings().backup_schedule]
    )


#: Whether ``pause_collection`` stopped the collector (and nothing resumed it yet).
_collection_paused = False


def pause_collection() -> None:
    """Stop Python's cyclic garbage collector until ``resume_collection``."""
    global _collection_paused
    if gc.isenabled():
        gc.disable()
        _collection_paused = True


def resume_collection() -> None:
    """Freeze what the start made and collect again. Only after ``pause_collection``: a
    process that never paused (a test, say) keeps all its objects collectable."""
    global _collection_paused
    if _collection_paused:
        _collection_paused = False
        gc.freeze()
        gc.enable()


def run_gui(smoke: bool = False) -> int:
    """Run the application; with ``smoke``, print ``ready <ms>`` once painted and exit 0."""
    pause_collection()
    from app.models import quick_reads  # noqa: F401 - the home window's reads, loaded here
    from app.models.errors import StoreError

    try:
        store: Store | None = open_configured_store()
    except StoreError:
        store = None  # the windows explain it and offer the choices
    from app.ui.pyside_hook import spare_source_reads

    spare_source_reads()
    from app.ui.application import run_windows

    try:
        code = run_windows(smoke=smoke, store=store)
    finally:
        resume_collection()
    from app.ui.application import restart_requested

    if restart_requested():
        start_again()
    return code


def start_again() -> NoReturn:
    """Replace this process with a new start of ClusterBench, as it was started (the store
    is closed by now, so the new start finds it free)."""
    import logging
    import os
    import sys

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    # A frozen build is its own interpreter; otherwise the interpreter's own options too.
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    os.execv(sys.executable, [sys.executable, *arguments])
