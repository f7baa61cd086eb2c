"""The intake's metadata: SQLite in the data folder, or PostgreSQL for several processes.

Every function here is one short transaction. Claims are a single conditional ``UPDATE``,
so of two supervisors claiming the same bundle at once exactly one changes the row: SQLite
serialises writers, PostgreSQL locks the row and re-checks the condition for the second.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import AppError
from app.intake.schema import (
    IntakeEvent,
    PostedDecision,
    ReceivedBundle,
    SeenNonce,
    Upload,
)
from app.models.store import unit_of_work

log = logging.getLogger(__name__)

DATABASE_FILE = "intake.sqlite3"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
NONCE_WINDOW = timedelta(minutes=15)
PRUNE_EVERY = 1000


class IntakeDatabaseError(AppError):
    """The intake's database cannot be opened or migrated."""

    exit_code = 2


def database_url(data: Path, url: str | None) -> str:
    """The SQLAlchemy URL: ``url`` (``postgresql://`` means psycopg 3) or SQLite in ``data``."""
    if not url:
        return f"sqlite:///{data / DATABASE_FILE}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("postgresql+psycopg://") or url.startswith("sqlite:///"):
        return url
    raise IntakeDatabaseError(
        "The database URL must start with postgresql:// or postgresql+psycopg://, "
        f"not {url[:40]!r}."
    )


def now() -> datetime:
    """The intake's clock (UTC)."""
    return datetime.now(UTC)


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class IntakeDatabase:
    """An engine on the intake's database, migrated to the newest schema."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._nonces_seen = 0

    @classmethod
    def open(cls, data: Path, url: str | None = None) -> IntakeDatabase:
        """Open (and migrate) the database for the intake in ``data``."""
        database = cls(database_url(data, url))
        try:
            database.migrate()
        except Exception as exc:
            database.close()
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise IntakeDatabaseError(
                f"The intake database cannot be opened: {first_line}"
            ) from exc
        return database

    def migrate(self) -> None:
        """Run the intake's Alembic migrations up to the newest."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def session(self) -> AbstractContextManager[Session]:
        """One unit of work, committed or rolled back."""
        return unit_of_work(self._sessions)

    def close(self) -> None:
        """Close every connection."""
        self.engine.dispose()

    # --- log and replay protection ---------------------------------------------------

    def log_event(self, kind: str, *, key_id: str = "", sha256: str = "", detail: str = "") -> None:
        """Append to the intake's event log."""
        with self.session() as session:
            session.add(
                IntakeEvent(at=now(), kind=kind, key_id=key_id, sha256=sha256, detail=detail)
            )

    def events(self, sha256: str | None = None) -> list[dict[str, Any]]:
        """The log (of one bundle), oldest first."""
        query = select(IntakeEvent).order_by(IntakeEvent.id)
        if sha256 is not None:
            query = query.where(IntakeEvent.sha256 == sha256)
        with self.session() as session:
            return [
                {
                    "at": (_utc(e.at) or now()).isoformat(),
                    "kind": e.kind,
                    "key_id": e.key_id,
                    "sha256": e.sha256,
                    "detail": e.detail,
                }
                for e in session.scalars(query)
            ]

    def use_nonce(self, key_id: str, nonce: str) -> bool:
        """Remember a request nonce; False when it was used before (a replay)."""
        moment = now()
        try:
            with self.session() as session:
                session.add(SeenNonce(key_id=key_id, nonce=nonce, seen_at=moment))
        except IntegrityError:
            return False
        self._nonces_seen += 1
        if self._nonces_seen % PRUNE_EVERY == 0:  # now and then, forget expired nonces
            with self.session() as session:
                session.execute(delete(SeenNonce).where(SeenNonce.seen_at < moment - NONCE_WINDOW))
        return True

    # --- uploads -----------------------------------------------------------------------

    def get_upload(self, sha256: str) -> Upload | None:
        """The upload in progress for these bytes."""
        with self.session() as session:
            return session.get(Upload, sha256)

    def create_upload(self, sha256: str, length: int, key_id: str, file_name: str) -> Upload:
        """Start an upload (or return the one already started for the same bytes)."""
        moment = now()
        try:
            with self.session() as session:
                upload = Upload(
                    sha256=sha256,
                    length=length,
                    offset=0,
                    key_id=key_id,
                    file_name=file_name,
                    created_at=moment,
                    updated_at=moment,
                )
                session.add(upload)
            return upload
        except IntegrityError:
            existing = self.get_upload(sha256)
            if existing is None:  # finished between the two statements
                raise
            return existing

    def advance_upload(self, sha256: str, old_offset: int, new_offset: int) -> bool:
        """Move the committed offset on, only if nobody else did meanwhile."""
        with self.session() as session:
            result = session.execute(
                update(Upload)
                .where(Upload.sha256 == sha256, Upload.offset == old_offset)
                .values(offset=new_offset, updated_at=now())
            )
            return bool(getattr(result, "rowcount", 0))

    def delete_upload(self, sha256: str) -> None:
        """Forget an upload (finished, discarded or terminated)."""
        with self.session() as session:
            session.execute(delete(Upload).where(Upload.sha256 == sha256))

    # --- received bundles ----------------------------------------------------------------

    def get_bundle(self, sha256: str) -> ReceivedBundle | None:
        """A bundle received whole."""
        with self.session() as session:
            return session.get(ReceivedBundle, sha256)

    def accepted_revisions(self, interview_uuid: str) -> dict[int, str]:
        """Revision -> bundle id of every accepted bundle of one interview."""
        query = select(ReceivedBundle.revision, ReceivedBundle.bundle_id).where(
            ReceivedBundle.interview_uuid == interview_uuid, ReceivedBundle.status == "accepted"
        )
        with self.session() as session:
            return {
                int(rev): str(bundle_id or "")
                for rev, bundle_id in session.execute(query)
                if rev is not None
            }

    def add_bundle(self, bundle: ReceivedBundle) -> ReceivedBundle:
        """Record a received bundle; if the same bytes were recorded meanwhile, that record."""
        try:
            with self.session() as session:
                session.add(bundle)
            return bundle
        except IntegrityError:
            existing = self.get_bundle(bundle.sha256)
            if existing is None:
                raise
            return existing

    # --- the supervisors' queue ------------------------------------------------------------

    def queue(self, *, include_practice: bool = True) -> list[ReceivedBundle]:
        """Accepted bundles, newest first."""
        query = (
            select(ReceivedBundle)
            .where(ReceivedBundle.status == "accepted")
            .order_by(ReceivedBundle.received_at.desc(), ReceivedBundle.sha256)
        )
        if not include_practice:
            query = query.where(ReceivedBundle.practice.is_(False))
        with self.session() as session:
            return list(session.scalars(query))

    def refused(self) -> list[ReceivedBundle]:
        """Refused (quarantined) bundles, newest first."""
        query = (
            select(ReceivedBundle)
            .where(ReceivedBundle.status == "refused")
            .order_by(ReceivedBundle.received_at.desc())
        )
        with self.session() as session:
            return list(session.scalars(query))

    def claim(
        self, sha256: str, supervisor: str, key_id: str
    ) -> tuple[bool, ReceivedBundle | None]:
        """Claim a new bundle for review; (won, the bundle as it is now)."""
        with self.session() as session:
            result = session.execute(
                update(ReceivedBundle)
                .where(
                    ReceivedBundle.sha256 == sha256,
                    ReceivedBundle.status == "accepted",
                    or_(
                        ReceivedBundle.review_state == "new",
                        (ReceivedBundle.review_state == "under_review")
                        & (ReceivedBundle.claimed_key == key_id),
                    ),
                )
                .values(
                    review_state="under_review",
                    claimed_by=supervisor,
                    claimed_key=key_id,
                    claimed_at=now(),
                )
            )
            won = bool(getattr(result, "rowcount", 0))
        return won, self.get_bundle(sha256)

    def release(self, sha256: str, key_id: str) -> bool:
        """Give a claimed bundle back to the queue (only its claimer can)."""
        with self.session() as session:
            result = session.execute(
                update(ReceivedBundle)
                .where(
                    ReceivedBundle.sha256 == sha256,
                    ReceivedBundle.review_state == "under_review",
                    ReceivedBundle.claimed_key == key_id,
                )
                .values(review_state="new", claimed_by="", claimed_key="", claimed_at=None)
            )
            return bool(getattr(result, "rowcount", 0))

    def post_decision(self, decision: PostedDecision, key_id: str) -> bool:
        """Store a decision and close the review, only for the supervisor holding the claim."""
        with self.session() as session:
            result = session.execute(
                update(ReceivedBundle)
                .where(
                    ReceivedBundle.sha256 == decision.bundle_sha256,
                    ReceivedBundle.review_state == "under_review",
                    ReceivedBundle.claimed_key == key_id,
                )
                .values(review_state=decision.outcome)
            )
            if not getattr(result, "rowcount", 0):
                return False
            session.add(decision)
        return True

    def decisions_for(self, uploader_key: str, since: int) -> list[PostedDecision]:
        """Decisions on bundles uploaded with ``uploader_key``, after sequence ``since``."""
        query = (
            select(PostedDecision)
            .where(PostedDecision.uploader_key == uploader_key, PostedDecision.sequence > since)
            .order_by(PostedDecision.sequence)
        )
        with self.session() as session:
            return list(session.scalars(query))

    def counts(self) -> dict[str, int]:
        """How many bundles in each review state (and refused)."""
        query = select(ReceivedBundle.status, ReceivedBundle.review_state, func.count()).group_by(
            ReceivedBundle.status, ReceivedBundle.review_state
        )
        totals: dict[str, int] = {}
        with self.session() as session:
            for status, state, count in session.execute(query):
                name = state if status == "accepted" else "refused"
                totals[name] = totals.get(name, 0) + int(count)
        return totals


@dataclass(frozen=True)
class _SqliteOptions:
    timeout: int = 30


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": _SqliteOptions.timeout})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            # Take the write lock at the start: no deadlock when a reader upgrades.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    _require_psycopg()
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _require_psycopg() -> None:
    """PostgreSQL goes through psycopg 3 (SQLAlchemy loads it by the URL's name): say so
    plainly when an installation lacks it, rather than with SQLAlchemy's dialect error."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise IntakeDatabaseError(
            "PostgreSQL needs the psycopg package (psycopg[binary] 3.2 or newer); install it, "
            "or leave out --db to use SQLite."
        ) from exc
