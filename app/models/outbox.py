"""The expert's outbox in the store: bundles waiting for ESCA's intake, their receipts, and
the supervisors' decisions fetched from it.

Bundle bytes live beside the store, content-addressed (``outbox/<sha256>``); these tables
hold the state. Every change is its own committed transaction, so a killed app finds each
bundle either received (with its receipt) or still queued, with the bytes the intake
already has remembered as a hint (the intake's own offset is what counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import BigInteger, Boolean, DateTime, Integer, String, Text, select, update
from sqlalchemy.orm import Mapped, mapped_column

from app.models.errors import NotFoundError
from app.models.schema import Base
from app.models.store import Store

OUTBOX_FOLDER = "outbox"
#: ``queued``: waiting to be sent; ``sending``: an upload is running; ``waiting``: the last
#: try failed (network), the next is at ``next_try_at``; ``received``: the intake accepted
#: it (verified receipt); ``refused``: the intake refused it (verified receipt with reason).
STATES = ("queued", "sending", "waiting", "received", "refused")
PENDING_STATES = ("queued", "sending", "waiting")


class OutboxEntry(Base):
    """One bundle to send, identified by the SHA-256 of its bytes."""

    __tablename__ = "outbox"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    interview_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bundle_id: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(20), default="queued")
    bytes_sent: Mapped[int] = mapped_column(BigInteger, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    queued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    intake_url: Mapped[str] = mapped_column(String(500), default="")
    receipt: Mapped[str | None] = mapped_column(Text, nullable=True)
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    refused_code: Mapped[str] = mapped_column(String(60), default="")
    refused_reason: Mapped[str] = mapped_column(Text, default="")


class FetchedDecision(Base):
    """A supervisor's decision fetched from the intake, and what applying it did."""

    __tablename__ = "outbox_decisions"
    decision_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    intake_url: Mapped[str] = mapped_column(String(500))
    sequence: Mapped[int] = mapped_column(Integer)
    interview_uuid: Mapped[str] = mapped_column(String(36), default="")
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    message: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IntakeSetting(Base):
    """The intake this installation sends to (URL, enrolled key) and sync cursors."""

    __tablename__ = "intake_settings"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class OutboxRecord:
    """An outbox entry as plain data."""

    sha256: str
    file_name: str
    size: int
    interview_uuid: str
    revision: int | None
    bundle_id: str
    state: str
    bytes_sent: int
    attempts: int
    next_try_at: datetime | None
    last_error: str
    queued_at: datetime
    updated_at: datetime
    intake_url: str
    receipt: str | None
    received_at: datetime | None
    refused_code: str
    refused_reason: str

    @property
    def pending(self) -> bool:
        """Whether the bundle still has to reach the intake."""
        return self.state in PENDING_STATES


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _record(entry: OutboxEntry) -> OutboxRecord:
    return OutboxRecord(
        sha256=entry.sha256,
        file_name=entry.file_name,
        size=entry.size,
        interview_uuid=entry.interview_uuid,
        revision=entry.revision,
        bundle_id=entry.bundle_id,
        state=entry.state,
        bytes_sent=entry.bytes_sent,
        attempts=entry.attempts,
        next_try_at=_utc(entry.next_try_at),
        last_error=entry.last_error,
        queued_at=_utc(entry.queued_at) or datetime.now(UTC),
        updated_at=_utc(entry.updated_at) or datetime.now(UTC),
        intake_url=entry.intake_url,
        receipt=entry.receipt,
        received_at=_utc(entry.received_at),
        refused_code=entry.refused_code,
        refused_reason=entry.refused_reason,
    )


def outbox_folder(store: Store) -> Path:
    """Where queued bundle bytes are kept (beside the store), created on demand."""
    folder = store.path.parent / OUTBOX_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def blob_path(store: Store, sha256: str) -> Path:
    """The content-addressed copy of a queued bundle."""
    return outbox_folder(store) / sha256


def add_entry(
    store: Store,
    *,
    sha256: str,
    file_name: str,
    size: int,
    interview_uuid: str,
    revision: int | None,
    bundle_id: str,
) -> tuple[OutboxRecord, bool]:
    """Queue a bundle; an entry for the same bytes is returned as it is. True when new."""
    moment = datetime.now(UTC)
    with store.session_scope() as session:
        existing = session.get(OutboxEntry, sha256)
        if existing is not None:
            return _record(existing), False
        entry = OutboxEntry(
            sha256=sha256,
            file_name=file_name,
            size=size,
            interview_uuid=interview_uuid,
            revision=revision,
            bundle_id=bundle_id,
            state="queued",
            bytes_sent=0,
            attempts=0,
            last_error="",
            queued_at=moment,
            updated_at=moment,
            intake_url="",
            refused_code="",
            refused_reason="",
        )
        session.add(entry)
        session.flush()
        return _record(entry), True


def get_entry(store: Store, sha256: str) -> OutboxRecord:
    """One entry; ``NotFoundError`` when there is none for these bytes."""
    with store.session_scope() as session:
        entry = session.get(OutboxEntry, sha256)
        if entry is None:
            raise NotFoundError(f"There is no outbox entry for bundle {sha256[:12]}.")
        return _record(entry)


class EntryKept(Exception):
    """An entry that stays: its ``state`` is not one the caller may remove."""

    def __init__(self, state: str) -> None:
        super().__init__(state)
        self.state = state


def remove_entry(store: Store, sha256: str, *, states: tuple[str, ...]) -> OutboxRecord:
    """Delete an entry if it is in one of ``states`` (checked in the same transaction);
    ``NotFoundError`` when there is none, ``EntryKept`` with its state otherwise."""
    with store.session_scope() as session:
        entry = session.get(OutboxEntry, sha256)
        if entry is None:
            raise NotFoundError(f"There is no outbox entry for bundle {sha256[:12]}.")
        record = _record(entry)
        if entry.state not in states:
            raise EntryKept(entry.state)
        session.delete(entry)
        return record


def list_entries(store: Store, *, pending_only: bool = False) -> list[OutboxRecord]:
    """Every entry, oldest first."""
    query = select(OutboxEntry).order_by(OutboxEntry.queued_at, OutboxEntry.sha256)
    if pending_only:
        query = query.where(OutboxEntry.state.in_(PENDING_STATES))
    with store.session_scope() as session:
        return [_record(e) for e in session.scalars(query)]


def update_entry(store: Store, sha256: str, **changes: object) -> OutboxRecord:
    """Change an entry's state fields (committed before returning)."""
    allowed = set(OutboxEntry.__table__.columns.keys()) - {"sha256", "queued_at"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown outbox fields {sorted(unknown)}")
    if "state" in changes and changes["state"] not in STATES:
        raise ValueError(f"unknown outbox state {changes['state']!r}")
    with store.session_scope() as session:
        entry = session.get(OutboxEntry, sha256)
        if entry is None:
            raise NotFoundError(f"There is no outbox entry for bundle {sha256[:12]}.")
        for name, value in changes.items():
            setattr(entry, name, value)
        entry.updated_at = datetime.now(UTC)
        session.flush()
        return _record(entry)


def recover_interrupted(store: Store) -> int:
    """Entries left ``sending`` by a process that died go back to ``queued``.

    Only one process holds the store at a time (its lock), so whoever calls this knows no
    upload is running. Returns how many entries were recovered.
    """
    with store.session_scope() as session:
        result = session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.state == "sending")
            .values(state="queued", updated_at=datetime.now(UTC))
        )
        return int(getattr(result, "rowcount", 0) or 0)


def receipts_for_interview(store: Store, interview_uuid: str) -> list[OutboxRecord]:
    """Entries of one interview that the intake answered (received or refused), newest first."""
    query = (
        select(OutboxEntry)
        .where(
            OutboxEntry.interview_uuid == interview_uuid,
            OutboxEntry.state.in_(("received", "refused")),
        )
        .order_by(OutboxEntry.received_at.desc())
    )
    with store.session_scope() as session:
        return [_record(e) for e in session.scalars(query)]


def get_setting(store: Store, name: str) -> str | None:
    """A remembered intake setting."""
    with store.session_scope() as session:
        setting = session.get(IntakeSetting, name)
        return setting.value if setting is not None else None


def set_setting(store: Store, name: str, value: str) -> None:
    """Remember an intake setting."""
    with store.session_scope() as session:
        setting = session.get(IntakeSetting, name)
        if setting is None:
            session.add(IntakeSetting(name=name, value=value))
        else:
            setting.value = value


def decision_seen(store: Store, decision_id: str) -> bool:
    """Whether this decision was fetched before (applied or not)."""
    with store.session_scope() as session:
        return session.get(FetchedDecision, decision_id) is not None


def record_decision(
    store: Store,
    *,
    decision_id: str,
    intake_url: str,
    sequence: int,
    interview_uuid: str,
    revision: int | None,
    outcome: str,
    file_name: str,
    applied: bool,
    message: str,
) -> None:
    """Remember a fetched decision and what applying it did."""
    with store.session_scope() as session:
        if session.get(FetchedDecision, decision_id) is not None:
            return
        session.add(
            FetchedDecision(
                decision_id=decision_id,
                intake_url=intake_url,
                sequence=sequence,
                interview_uuid=interview_uuid,
                revision=revision,
                outcome=outcome,
                file_name=file_name,
                applied=applied,
                message=message,
                fetched_at=datetime.now(UTC),
            )
        )
