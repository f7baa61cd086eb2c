"""The supervisor's view of ESCA's shared review queue: connect to the intake, see what
was received (new, under review by whom, approved, returned), claim a bundle and review it
in the window like a file; release it to give it back. The decision then goes back to the
intake. Every network call runs off the GUI thread; what the intake says is plain text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.services.intake_client import ClaimedError
from app.services.review_queue import QueueEntry, ReviewCopy
from app.services.review_session import QueueConnection, ReviewSession
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARN_COLOUR,
    Column,
    RecordTableModel,
    plain_label,
    read_only_table,
    set_colour,
    size_text,
)
from app.ui.workers import run_task, while_alive

log = logging.getLogger(__name__)
STATE_COLOURS = {"new": None, "under_review": WARN_COLOUR, "approved": OK_COLOUR}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


def status_text(entry: QueueEntry) -> str:
    """ "new", "under review by …", "approved", "returned" in the interface language."""
    if entry.state == "under_review":
        return _tr("under review by {who}").format(who=entry.claimed_by or _tr("someone"))
    words = {"new": "new", "approved": "approved", "returned": "returned"}
    text = _tr(words.get(entry.state, entry.state.replace("_", " ")))
    return text + (_tr(" (practice)") if entry.practice else "")


class QueueModel(RecordTableModel[QueueEntry]):
    """One row per bundle in the queue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Status"),
                    status_text,
                    colour=lambda e: STATE_COLOURS.get(e.state, ERROR_COLOUR),
                    tooltip=status_text,
                ),
                Column(_tr("Expert"), lambda e: e.signer, tooltip=lambda e: e.signer or None),
                Column(
                    _tr("Received"),
                    lambda e: (
                        e.received_at.astimezone().strftime("%Y-%m-%d %H:%M")
                        if e.received_at
                        else ""
                    ),
                ),
                Column(_tr("Rev."), lambda e: str(e.revision or "?"), align_right=True),
                Column(
                    _tr("Interview"),
                    lambda e: e.interview_uuid[:8],
                    tooltip=lambda e: e.interview_uuid or None,
                    monospace=True,
                ),
                Column(_tr("Size"), lambda e: size_text(e.size), align_right=True),
            ],
            parent,
        )


class QueuePanel(QDockWidget):
    """Connect, list, claim and review, release."""

    #: A claimed bundle was fetched and verified: show it (a ``ReviewCopy``).
    fetched = Signal(object)
    #: Connect was asked for (the window asks for the address, key and passphrase).
    connect_requested = Signal()
    #: The queue was listed (how many bundles).
    listed = Signal(int)
    #: A queue action failed (what the intake or the network said).
    failed = Signal(str)

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Review queue"), parent)
        self.setObjectName("ReviewQueueDock")
        self.setAccessibleName(_tr("Review queue at ESCA's intake"))
        self.review = review
        self._busy = False
        self._keep: tuple[str, str | None] | None = None  # a message the next listing keeps
        self.status = plain_label(selectable=True)
        self.status.setAccessibleName(_tr("Queue status"))
        self.model = QueueModel(self)
        self.table = read_only_table(self.model, _tr("Bundles in the review queue"), 1)
        self.table.activated.connect(self._on_table_activated)
        self._fit_first_columns()
        self.connect_button = QPushButton(_tr("Co&nnect to intake\u2026"))
        self.connect_button.clicked.connect(lambda _checked=False: self.connect_requested.emit())
        self.refresh_button = QPushButton(_tr("Re&fresh"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.claim_button = QPushButton(_tr("&Claim and review"))
        self.claim_button.setAccessibleName(_tr("Claim the selected bundle and review it"))
        self.claim_button.clicked.connect(lambda _checked=False: self.claim_selected())
        self.release_button = QPushButton(_tr("Re&lease"))
        self.release_button.setAccessibleName(_tr("Give the selected bundle back to the queue"))
        self.release_button.clicked.connect(lambda _checked=False: self.release_selected())
        top = QHBoxLayout()
        top.addWidget(self.connect_button)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.claim_button)
        bottom.addWidget(self.release_button)
        bottom.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setWidget(body)
        body.setMinimumWidth(340)
        self._show_state()

    def _fit_first_columns(self) -> None:
        """Status and expert keep a readable width in the narrow dock (long texts are
        elided, whole in their tooltips); the columns after them scroll sideways."""
        header = self.table.horizontalHeader()
        character = self.table.fontMetrics().averageCharWidth()
        for column, characters in ((0, 20), (1, 16)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, characters * character)

    # --- state ---------------------------------------------------------------------------

    def selected(self) -> QueueEntry | None:
        """The entry of the current row."""
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_state(self, message: str = "", colour: str | None = None) -> None:
        connected = self.review.queue is not None
        for button in (self.refresh_button, self.claim_button, self.release_button):
            button.setEnabled(connected and not self._busy)
        self.connect_button.setEnabled(not self._busy)
        if not message:
            queue = self.review.queue
            message = (
                _tr("Connected to {url}.").format(url=queue.url)
                if queue is not None
                else _tr("Not connected. Connect to ESCA's intake to see the bundles received.")
            )
        self.status.setText(message)
        set_colour(self.status, colour)

    def _start(self, message: str) -> None:
        self._busy = True
        self._show_state(message)

    def _fail(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, ClaimedError):
            who = error.claimed_by or _tr("another supervisor")
            text = _tr("{who} has claimed this bundle.").format(who=who)
            self._show_state(text, ERROR_COLOUR)
            self.failed.emit(text)
            self._keep = (text, ERROR_COLOUR)
            self.refresh()
            return
        if not isinstance(error, AppError):
            log.error("queue action failed unexpectedly", exc_info=error)
        text = error.user_message if isinstance(error, AppError) else str(error)
        self._show_state(text, ERROR_COLOUR)
        self.failed.emit(text)

    # --- actions -------------------------------------------------------------------------

    def connect_to(self, url: str, intake_key: str, passphrase: str) -> None:
        """Connect (off the GUI thread), then list the queue."""
        self._start(_tr("Connecting\u2026"))
        run_task(
            self.review.connect_queue,
            url,
            intake_key,
            passphrase,
            on_done=while_alive(self, self._on_connected),
            on_error=while_alive(self, self._fail),
        )

    def _on_connected(self, connection: QueueConnection) -> None:
        self.review.use_queue(connection)
        self._busy = False
        self.refresh()

    def refresh(self) -> None:
        """List the queue again."""
        if self.review.queue is None or self._busy:
            return
        self._start(_tr("Reading the queue\u2026"))
        run_task(
            self.review.queue_entries,
            on_done=while_alive(self, self._on_listed),
            on_error=while_alive(self, self._fail),
        )

    def _on_listed(self, entries: list[QueueEntry]) -> None:
        self._busy = False
        chosen = self.selected()
        self.model.set_rows(entries)
        for row, entry in enumerate(entries):
            if chosen is not None and entry.sha256 == chosen.sha256:
                self.table.selectRow(row)
        kept, self._keep = self._keep, None
        if kept is not None:
            self._show_state(*kept)
        else:
            self._show_state(
                _tr("{n} bundles in the queue at {url}.").format(
                    n=len(entries), url=self.review.queue.url if self.review.queue else ""
                )
            )
        self.listed.emit(len(entries))

    def claim_selected(self) -> bool:
        """Claim the selected bundle, fetch and verify it, and show it for review."""
        entry = self.selected()
        if entry is None or self._busy:
            return False
        self._start(_tr("Claiming and fetching the bundle\u2026"))

        def claim_and_fetch() -> ReviewCopy:
            self.review.claim(entry.sha256)
            return self.review.fetch_from_queue(entry.sha256)

        run_task(
            claim_and_fetch,
            on_done=while_alive(self, self._on_fetched),
            on_error=while_alive(self, self._fail),
        )
        return True

    def _on_fetched(self, copy: ReviewCopy) -> None:
        self._busy = False
        self._keep = (_tr("Claimed. Review it, then approve or return it."), OK_COLOUR)
        self.fetched.emit(copy)
        self.refresh()

    def release_selected(self) -> bool:
        """Give the selected bundle back to the queue."""
        entry = self.selected()
        if entry is None or self._busy:
            return False
        self._start(_tr("Releasing\u2026"))
        run_task(
            self.review.release,
            entry.sha256,
            on_done=while_alive(self, lambda _none: self._after_release()),
            on_error=while_alive(self, self._fail),
        )
        return True

    def _after_release(self) -> None:
        self._busy = False
        self.refresh()

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.claim_selected()
