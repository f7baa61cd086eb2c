"""The store's tables (SQLAlchemy 2 declarative mapping).

The event log is append-only: triggers created by the first migration refuse UPDATE and
DELETE on ``events``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every table."""


class PackText(Base):
    """The exact text of every questionnaire pack an interview used, keyed by its hash."""

    __tablename__ = "packs"
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(50))
    source_text: Mapped[str] = mapped_column(Text)


class Cluster(Base):
    """A cluster organisation; every benchmarking of it is an interview of this one row."""

    __tablename__ = "clusters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    country: Mapped[str] = mapped_column(String(2))
    technology_area: Mapped[str] = mapped_column(String(200))
    eccp_url: Mapped[str] = mapped_column(String(500), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    fictional: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Interview(Base):
    """One benchmarking interview of a cluster with one pack."""

    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"))
    pack_hash: Mapped[str] = mapped_column(ForeignKey("packs.content_hash"))
    pack_id: Mapped[str] = mapped_column(String(200))
    pack_version: Mapped[str] = mapped_column(String(50))
    mode: Mapped[str] = mapped_column(String(20))
    expert: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    current_item_id: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    recommendations: Mapped[str] = mapped_column(Text, default="")


class Answer(Base):
    """The current answer to one item; its history lives in the event log."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("interview_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    value_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="expert")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Note(Base):
    """The expert's note on an item; private unless marked for the report."""

    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("interview_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    for_report: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Flag(Base):
    """A flag on an item ("follow_up", "evidence_missing")."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("interview_id", "item_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))


class Evidence(Base):
    """An evidence file attached to an item, stored content-addressed by SHA-256."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Event(Base):
    """One entry of the append-only paradata log."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    item_id: Mapped[str] = mapped_column(String(200), default="")
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class SupervisorComment(Base):
    """A supervisor's comment on an item, from a returned decision."""

    __tablename__ = "supervisor_comments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ImportedBundle(Base):
    """A bundle a supervisor imported, to refuse older revisions of the same interview."""

    __tablename__ = "imported_bundles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(64), unique=True)
    interview_uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    signer: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PracticeSession(Base):
    """Which fictional practice case a practice interview plays, and for which trainee.

    Keyed by the interview's UUID, which also keeps sessions whose interview has gone.
    """

    __tablename__ = "practice_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    case_id: Mapped[str] = mapped_column(String(200))
    trainee: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ImprovementArea(Base):
    """An improvement area the expert documents for a second benchmarking (Silver)."""

    __tablename__ = "improvement_areas"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    indicators_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LabelResult(Base):
    """A label a cluster received from a benchmarking: its level, date and term."""

    __tablename__ = "label_results"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id"), index=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id"), index=True)
    level: Mapped[str] = mapped_column(String(10))
    awarded_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    rebenchmark_due: Mapped[date] = mapped_column(Date)
    renewal: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recorded_by: Mapped[str] = mapped_column(String(200))
