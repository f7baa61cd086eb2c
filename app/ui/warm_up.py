"""After the home window's first paint: load what an interview needs, off the GUI thread.

The home window is painted from a plain ``sqlite3`` read. The interview window needs the
ORM, the scoring engine, the peer reference data and the plotting library: about a second
of imports and parsing on a laptop. They load on a worker thread while the home window
stays responsive (imports hold Python's lock only in short slices), the demo interview is
made there on the first start, and then the first interview opens at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.errors import AppError
from app.ui.launch import resume_collection
from app.ui.workers import run_task

if TYPE_CHECKING:
    from app.models import Store
    from app.scoring.reference import ReferenceSet
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    """What the worker loaded: the reference set in use and the demo it made, if any."""

    reference: ReferenceSet | None
    demo_id: int | None


class WarmUp(QObject):
    """Announces when everything an interview window needs is loaded."""

    #: The modules, the reference data (and, on the first start, the demo) are ready.
    finished = Signal()


def load_for_interviews(store: Store, *, make_demo: bool) -> Loaded:
    """Import the interview window's modules, read the reference set, make the demo, and
    prepare the packs of the latest interviews with their peer statistics.

    Runs on a worker: it only imports modules and reads files and the store; no widget
    is made here.
    """
    from app.ui.application import ensure_demo

    demo_id = ensure_demo(store) if make_demo else None
    import app.models.repository  # noqa: F401 - the ORM
    import app.services.session  # noqa: F401 - the scoring engine
    import app.ui.interview.window  # noqa: F401
    import app.ui.outbox_sender  # noqa: F401 - receipts and the sender
    import app.ui.radar  # noqa: F401 - pyqtgraph and numpy: half a second on their own
    from app.ui.reference_menu import active_reference_or_none

    reference = active_reference_or_none()
    try:
        _read_ahead(store, reference)
    except AppError as error:  # opening that interview explains it; the rest loads as ever
        log.info("the latest interviews were not read ahead: %s", error.user_message)
    return Loaded(reference, demo_id)


def _read_ahead(store: Store, reference: ReferenceSet | None) -> None:
    """Parse the packs of the latest interviews with their peer statistics, then read and
    score the latest interview as opening it would, and forget it: its queries are compiled
    and cached by then, so the first window opens sooner."""
    from app.models.quick_reads import list_interviews
    from app.models.repository import recent_packs
    from app.scoring.peers import peer_statistics
    from app.services.session import InterviewSession

    for pack in recent_packs(store):
        if reference is not None:
            peer_statistics(reference, pack)
    latest = list_interviews(store)[:1]
    if latest:
        InterviewSession(store, latest[0].id, reference=reference)


def warm_up(window: MainWindow, *, make_demo: bool) -> WarmUp:
    """Start loading for ``window``; the returned object's ``finished`` says when done.

    (It is a child of the window: ``window.findChild(WarmUp)`` finds it too.)
    """
    # ``Qt``'s Python enums are built here, on this thread, before the worker imports the
    # modules that use them: not by two threads at once (``app.ui.qt_values``).
    from PySide6.QtCore import Qt  # noqa: F401

    announcer = WarmUp(window)

    def on_done(loaded: Loaded) -> None:
        resume_collection()
        if loaded.demo_id is not None:
            window.reload()
        window.set_reference(loaded.reference)
        window.start_listening()
        announcer.finished.emit()

    def on_error(error: BaseException) -> None:
        resume_collection()
        log.error("loading after the first paint failed", exc_info=error)
        announcer.finished.emit()

    run_task(
        load_for_interviews, window.store, make_demo=make_demo, on_done=on_done, on_error=on_error
    )
    return announcer
