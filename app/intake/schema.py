"""The intake's tables (its own declarative base and migrations, apart from the expert's store).

The same models run on SQLite (one machine) and PostgreSQL (several intake processes).
``intake_events`` is append-only: triggers made by the first migration refuse UPDATE and
DELETE on it, in both databases.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: A received bundle's place in the supervisors' queue.
REVIEW_STATES = ("new", "under_review", "approved", "returned")


class IntakeBase(DeclarativeBase):
    """Declarative base of the intake's tables."""


class Upload(IntakeBase):
    """A tus upload in progress; its id is the SHA-256 the sender declared for the bundle."""

    __tablename__ = "intake_uploads"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    key_id: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReceivedBundle(IntakeBase):
    """A bundle received whole: accepted (immutable) or refused (quarantined with the reason)."""

    __tablename__ = "intake_bundles"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    bundle_id: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    interview_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str] = mapped_column(String(200), default="")
    key_id: Mapped[str] = mapped_column(String(16), index=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    receipt: Mapped[str] = mapped_column(Text)
    review_state: Mapped[str] = mapped_column(String(20), default="")
    claimed_by: Mapped[str] = mapped_column(String(200), default="")
    claimed_key: Mapped[str] = mapped_column(String(16), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class PostedDecision(IntakeBase):
    """A supervisor's signed decision on a received bundle, waiting for the expert's sync."""

    __tablename__ = "intake_decisions"
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(64), unique=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64), index=True)
    uploader_key: Mapped[str] = mapped_column(String(16), index=True)
    interview_uuid: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))
    supervisor: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IntakeEvent(IntakeBase):
    """One entry of the append-only intake log."""

    __tablename__ = "intake_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    kind: Mapped[str] = mapped_column(String(40))
    key_id: Mapped[str] = mapped_column(String(16), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class SeenNonce(IntakeBase):
    """A request nonce already used (refused if it comes again within the time window)."""

    __tablename__ = "intake_nonces"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
