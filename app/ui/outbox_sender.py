"""Sending the outbox to ESCA from the app: on request, and by itself when bundles are due.

``OutboxSender`` runs ``send_outbox`` (or ``sync``, which also fetches the supervisors'
decisions) on the thread pool; each ``SendProgress`` reaches the GUI thread through the
``progressed`` signal, and ``cancel`` stops between chunks. The signing key is unlocked
once per session (on the worker, from the passphrase the expert types) and kept in memory
only, never on disk. A timer sends what ``due_entries`` says is due to the intake the
expert set up (``remembered_intake``); while the network is away, entries wait for their
next try. The app holds the store's lock, so these windows, not ``clusterbench send``, do
the sending while it runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.export.keys import SigningKey, default_trusted_keys_path, load_trusted_keys
from app.models import Store
from app.services.outbox import (
    IntakeTarget,
    RetryPolicy,
    SendProgress,
    SyncReport,
    due_entries,
    open_client,
    remembered_intake,
    send_outbox,
    sync,
    unlock_for_sending,
)
from app.settings import current_actor
from app.ui.workers import run_task

log = logging.getLogger(__name__)

#: How often the outbox is checked for bundles due (milliseconds).
AUTO_SEND_INTERVAL_MS = 30_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxWindow", text)


@dataclass(frozen=True)
class SendOutcome:
    """A finished run: the key it used (unlocked for the session) and the sync report."""

    key: SigningKey
    report: SyncReport


def send_job(
    store: Store,
    target: IntakeTarget,
    key: SigningKey | None,
    passphrase: str,
    *,
    actor: str,
    fetch: bool,
    policy: RetryPolicy,
    progress: Callable[[SendProgress], None],
    cancel: threading.Event,
) -> SendOutcome:
    """What the worker does: unlock the key if needed, send, and (``fetch``) apply the
    supervisors' decisions."""
    signing_key = key if key is not None else unlock_for_sending(passphrase)
    with open_client(target, signing_key) as client:
        if fetch:
            trusted = load_trusted_keys(default_trusted_keys_path())
            report = sync(
                store, client, target, trusted, actor=actor, policy=policy, progress=progress,
                cancel=cancel,
            )  # fmt: skip
        else:
            sent = send_outbox(
                store, client, target, policy=policy, progress=progress, cancel=cancel
            )
            report = SyncReport(sent, [])
    return SendOutcome(signing_key, report)


class _Relay(QObject):
    """Carries progress from the sending thread to the GUI thread (a queued signal)."""

    stepped = Signal(object)


class OutboxSender(QObject):
    """Sends the outbox off the GUI thread and tells the windows how it goes."""

    #: A bundle moved on (``SendProgress``), on the GUI thread.
    progressed = Signal(object)
    #: A run ended (``SyncReport``).
    finished = Signal(object)
    #: A run could not start or failed (the message).
    failed = Signal(str)
    #: Sending started or stopped.
    busy_changed = Signal(bool)
    #: How one run retries a bundle that cannot be delivered (then it waits for the timer).
    policy = RetryPolicy()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._key: SigningKey | None = None
        self._cancel: threading.Event | None = None
        self._relay = _Relay(self)
        self._relay.stepped.connect(self.progressed.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SEND_INTERVAL_MS)
        self.timer.timeout.connect(self.send_if_due)
        app = QCoreApplication.instance()
        if app is not None:  # quitting stops a send between chunks; it resumes next time
            app.aboutToQuit.connect(self.cancel)

    @property
    def busy(self) -> bool:
        """Whether a run is under way."""
        return self._cancel is not None

    @property
    def unlocked(self) -> bool:
        """Whether the signing key is unlocked for this session."""
        return self._key is not None

    def target(self) -> IntakeTarget | None:
        """The intake the expert set up."""
        return remembered_intake(self.store)

    def stop(self) -> None:
        """Lock the key again and stop sending by itself (the store closes)."""
        self._key = None
        self.timer.stop()

    def send_now(self, passphrase: str = "", *, fetch: bool = True) -> bool:
        """Send what is queued and (``fetch``) apply the decisions waiting at the intake;
        False (with ``failed``) when it cannot start: already sending, no intake set up, or
        the key is locked and no passphrase is given."""
        if self.busy:
            return False
        target = self.target()
        if target is None:
            self.failed.emit(_tr("Set up the ESCA intake first (its address and key)."))
            return False
        if self._key is None and not passphrase:
            self.failed.emit(_tr("Type the passphrase of your signing key to send."))
            return False
        self._cancel = threading.Event()
        self.busy_changed.emit(True)
        run_task(
            send_job,
            self.store,
            target,
            self._key,
            passphrase,
            actor=current_actor(),
            fetch=fetch,
            policy=self.policy,
            progress=self._relay.stepped.emit,
            cancel=self._cancel,
            on_done=self._on_task_done,
            on_error=self._on_task_error,
        )
        return True

    def send_if_due(self) -> bool:
        """Send by itself: only with the key unlocked, an intake set up and a bundle due."""
        from app.errors import AppError

        if self.busy or self._key is None:
            return False
        try:
            if self.target() is None or not due_entries(self.store):
                return False
        except AppError as error:  # the store went away (a restore): try again later
            log.warning("automatic sending: %s", error.user_message)
            return False
        except Exception:  # a timer must never take the app down; the log says why
            log.exception("automatic sending could not read the outbox")
            return False
        return self.send_now(fetch=False)

    def cancel(self) -> None:
        """Stop the run between chunks; the bundle stays queued and resumes later."""
        if self._cancel is not None:
            self._cancel.set()

    def _on_task_done(self, outcome: SendOutcome) -> None:
        self._key = outcome.key
        self._cancel = None
        if not self.timer.isActive():
            self.timer.start()  # the key is unlocked: send by itself from now on
        self.busy_changed.emit(False)
        self.finished.emit(outcome.report)

    def _on_task_error(self, error: BaseException) -> None:
        from app.errors import AppError

        self._cancel = None
        self.busy_changed.emit(False)
        if isinstance(error, AppError):
            self.failed.emit(error.user_message)
        else:
            log.error("sending failed unexpectedly", exc_info=error)
            self.failed.emit(str(error))


_shared: OutboxSender | None = None


def shared_sender(store: Store) -> OutboxSender:
    """The app's one sender for ``store`` (made on first use, replaced with the store)."""
    global _shared
    if _shared is None or _shared.store is not store:
        if _shared is not None:
            _shared.stop()
            _shared.deleteLater()
        _shared = OutboxSender(store, QCoreApplication.instance())
    return _shared
