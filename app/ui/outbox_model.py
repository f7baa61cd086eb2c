"""The outbox as a table, and what the windows say about a bundle sent to ESCA.

``OutboxTableModel`` shows each entry of ``list_outbox`` (with ``outbox_entry_json``'s
receipt): queued, sending with its progress, waiting with the next try, received with the
receipt, refused with the intake's reason. ``receipt_text`` is the line the home list and
the interview header show. Everything from the intake is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.ui.qt_values import DISPLAY_ROLE, USER_ROLE
from app.ui.widgets import ERROR_COLOUR, OK_COLOUR, AnyIndex, Column, RecordTableModel, size_text

if TYPE_CHECKING:  # the home list imports this module; the outbox service loads when used
    from app.models.outbox import OutboxRecord
    from app.services.outbox import ReceiptStatus, SendProgress

#: The outbox entry's SHA-256 behind a row.
SHA256_ROLE = USER_ROLE + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxWindow", text)


def utc_text(moment: datetime | None) -> str:
    """``05 Dec 2026 10:41 UTC`` (a receipt's time is ESCA's, in UTC)."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%d %b %Y %H:%M UTC")


def local_clock(moment: datetime | None) -> str:
    """The local time of day of a next try."""
    return moment.astimezone().strftime("%H:%M:%S") if moment is not None else ""


def receipt_text(status: ReceiptStatus) -> str:
    """ "Received by ESCA on ..." (or refused, waiting, queued) in the interface language."""
    revision = _tr("revision {n}").format(n=status.revision) if status.revision else _tr("bundle")
    if status.state == "received":
        return _tr("Received by ESCA on {when} ({revision})").format(
            when=utc_text(status.at), revision=revision
        )
    if status.state == "refused":
        return _tr("Refused by ESCA on {when} ({revision}): {reason}").format(
            when=utc_text(status.at), revision=revision, reason=status.reason
        )
    if status.state == "waiting" and status.next_try is not None:
        return _tr("Waiting for the network; next try {when} ({revision})").format(
            when=local_clock(status.next_try), revision=revision
        )
    if status.state == "sending":
        return _tr("Sending to ESCA ({revision})").format(revision=revision)
    return _tr("In the outbox, to send to ESCA ({revision})").format(revision=revision)


def state_text(record: OutboxRecord, progress: SendProgress | None = None) -> str:
    """What an entry's state cell says, with its progress, next try or receipt."""
    if record.state == "sending":
        sent, total = record.bytes_sent, record.size
        if progress is not None and progress.total:
            sent, total = progress.sent, progress.total
        percent = sent * 100 // total if total else 0
        return _tr("Sending\u2026 {percent} %").format(percent=percent)
    if record.state == "waiting":
        when = local_clock(record.next_try_at)
        return (
            _tr("Waiting for the network; next try {when}").format(when=when)
            if when
            else _tr("Waiting for the network")
        )
    if record.state == "received":
        return _tr("Received by ESCA on {when}").format(when=utc_text(record.received_at))
    if record.state == "refused":
        return _tr("Refused: {reason}").format(reason=record.refused_reason)
    return _tr("Queued")


def state_tooltip(record: OutboxRecord) -> str | None:
    """The last error of a waiting entry, or the receipt of an answered one."""
    from app.services.outbox import outbox_entry_json

    if record.state == "waiting" and record.last_error:
        return record.last_error
    receipt: Mapping[str, Any] | None = outbox_entry_json(record)["receipt"]
    if not receipt:
        return None
    return _tr(
        "Receipt signed by ESCA's intake and verified:\nbundle SHA-256 {sha}\ninterview "
        "{interview}, revision {revision}\nreceived at {at}"
    ).format(
        sha=record.sha256,
        interview=receipt.get("interview_uuid") or record.interview_uuid or "?",
        revision=receipt.get("revision") or record.revision or "?",
        at=receipt.get("received_at") or utc_text(record.received_at),
    )


def state_colour(record: OutboxRecord) -> str | None:
    """Green for received, red for refused."""
    return {"received": OK_COLOUR, "refused": ERROR_COLOUR}.get(record.state)


class OutboxTableModel(RecordTableModel["OutboxRecord"]):
    """One row per bundle in the outbox: which interview, revision, state, size, queued."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._names: Mapping[str, str] = {}
        self._progress: dict[str, SendProgress] = {}
        super().__init__(
            [
                Column(_tr("Interview"), self._interview_text, tooltip=lambda r: r.file_name),
                Column(
                    _tr("Revision"),
                    lambda r: str(r.revision) if r.revision else "?",
                    align_right=True,
                ),
                Column(
                    _tr("State"),
                    lambda r: state_text(r, self._progress.get(r.sha256)),
                    tooltip=state_tooltip,
                    colour=state_colour,
                ),
                Column(_tr("Size"), lambda r: size_text(r.size), align_right=True),
                Column(
                    _tr("Queued"),
                    lambda r: r.queued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
            ],
            parent,
        )

    def _interview_text(self, record: OutboxRecord) -> str:
        return self._names.get(record.interview_uuid) or record.file_name

    def set_entries(self, entries: Sequence[OutboxRecord], names: Mapping[str, str]) -> None:
        """Show ``entries``; ``names`` gives the cluster of each interview UUID."""
        self._names = dict(names)
        self._progress = {k: v for k, v in self._progress.items() if v.state == "sending"}
        self.set_rows(entries)

    def show_progress(self, step: SendProgress) -> None:
        """Move an entry's state on (from the sending worker, on the GUI thread)."""
        self._progress[step.sha256] = step
        for row in range(self.rowCount()):
            record = self.record(row)
            if record.sha256 != step.sha256:
                continue
            if record.state != step.state:
                self._rows[row] = replace(record, state=step.state, bytes_sent=step.sent)
            index = self.index(row, 2)
            self.dataChanged.emit(index, index)

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if role == SHA256_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.record(index.row()).sha256
        return super().data(index, role)
