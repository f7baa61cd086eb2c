"""Store operations as plain functions returning frozen dataclasses (never ORM objects).

Each write is one transaction, committed durably before the function returns; each change
to an interview also appends to its event log (who, when, old and new value).
"""

from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import os
import tempfile
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.fileio import fsync_folder
from app.models.errors import EvidenceTooLargeError, InterviewLockedError, NotFoundError
from app.models.quick_reads import DEMO_CLUSTER_NAME as DEMO_CLUSTER_NAME
from app.models.quick_reads import InterviewSummary as InterviewSummary
from app.models.quick_reads import demo_interview_id as demo_interview_id
from app.models.quick_reads import imported_revisions as imported_revisions
from app.models.quick_reads import list_interviews as list_interviews
from app.models.quick_reads import stored_time_text
from app.models.schema import (
    Answer,
    Cluster,
    Event,
    Evidence,
    Flag,
    ImportedBundle,
    Interview,
    Note,
    PackText,
    PracticeSession,
    SupervisorComment,
)
from app.models.store import Store
from app.scoring.pack import AnswerError, Pack, Text, parse_pack, validate_answer
from app.scoring.taxonomy import (
    INTERVIEW_MODES,
    INTERVIEW_STATUSES,
    LOCKED_STATUSES,
    TECHNOLOGY_AREAS,
)

log = logging.getLogger(__name__)

FLAG_KINDS = ("follow_up", "evidence_missing")
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
EVIDENCE_FOLDER = "evidence"
LOCKED_MESSAGE = "This interview is finalised. Reopen it (with a reason) before changing it."
CLOCK_KINDS = ("clock_start", "clock_pause", "clock_resume")


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCluster:
    """A cluster organisation to add, as described by the expert."""

    name: str
    country: str
    technology_area: str
    eccp_url: str = ""
    contact: str = ""
    fictional: bool = False


@dataclass(frozen=True)
class PracticeRecord:
    """Which practice case a practice interview plays, for which trainee."""

    interview_uuid: str
    case_id: str
    trainee: str
    started_at: datetime


@dataclass(frozen=True)
class ClusterRecord:
    """A cluster organisation."""

    id: int
    name: str
    country: str
    technology_area: str
    eccp_url: str
    contact: str
    fictional: bool


@dataclass(frozen=True)
class InterviewDetail(InterviewSummary):
    """An interview with everything needed to resume and export it."""

    pack_hash: str = ""
    current_item_id: str = ""
    revision: int = 0
    finalised_at: datetime | None = None
    eccp_url: str = ""
    contact: str = ""
    recommendations: str = ""


@dataclass(frozen=True)
class SavedAnswer:
    """An answer as it was committed."""

    item_id: str
    value: Any
    saved_at: datetime


@dataclass(frozen=True)
class AnswerMeta:
    """Where an answer came from and whether a pre-filled one was confirmed."""

    source: str
    confirmed: bool
    saved_at: datetime


@dataclass(frozen=True)
class NoteRecord:
    """The expert's note on an item."""

    item_id: str
    text: str
    for_report: bool
    updated_at: datetime


@dataclass(frozen=True)
class EvidenceRecord:
    """An evidence file attached to an item."""

    id: int
    item_id: str
    sha256: str
    original_name: str
    size: int
    media_type: str
    stored_path: Path


@dataclass(frozen=True)
class EventRecord:
    """One entry of the paradata log; values are JSON text or None."""

    id: int
    at: datetime
    actor: str
    kind: str
    item_id: str
    old_value: str | None
    new_value: str | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        """The event as canonical JSON-ready data."""
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "kind": self.kind,
            "item_id": self.item_id,
            "old_value": None if self.old_value is None else json.loads(self.old_value),
            "new_value": None if self.new_value is None else json.loads(self.new_value),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class CommentRecord:
    """A supervisor's comment on an item."""

    item_id: str
    text: str
    author: str
    at: datetime


@dataclass(frozen=True)
class ClockState:
    """The interview clock: total running time and time spent per section."""

    running: bool
    started: bool
    elapsed_seconds: float
    section_seconds: dict[str, float] = field(default_factory=dict)


# --- helpers ------------------------------------------------------------------------------


def now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _interview(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(f"There is no interview with id {interview_id}.")
    return interview


def _writable(session: Session, interview_id: int) -> Interview:
    interview = _interview(session, interview_id)
    if interview.status in LOCKED_STATUSES:
        raise InterviewLockedError(LOCKED_MESSAGE)
    return interview


def _answer(session: Session, interview_id: int, item_id: str) -> Answer | None:
    return session.scalar(
        select(Answer).where(Answer.interview_id == interview_id, Answer.item_id == item_id)
    )


def _log(
    session: Session,
    interview: Interview,
    kind: str,
    *,
    actor: str,
    item_id: str = "",
    old: str | None = None,
    new: str | None = None,
    detail: str = "",
) -> None:
    moment = now()
    session.add(
        Event(
            interview_id=interview.id,
            at=moment,
            actor=actor,
            kind=kind,
            item_id=item_id,
            old_value=old,
            new_value=new,
            detail=detail,
        )
    )
    interview.updated_at = moment


# --- clusters -----------------------------------------------------------------------------


def cluster_name_key(name: str) -> str:
    """A cluster name for matching organisations: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def create_cluster(
    store: Store,
    *,
    name: str,
    country: str,
    technology_area: str,
    eccp_url: str = "",
    contact: str = "",
    fictional: bool = False,
) -> int:
    """Add a cluster organisation; return its id."""
    cluster = NewCluster(name, country, technology_area, eccp_url, contact, fictional)
    with store.session_scope() as session:
        return _add_cluster(session, cluster).id


def _add_cluster(session: Session, cluster: NewCluster) -> Cluster:
    if not cluster.name.strip():
        raise AnswerError("cluster.name", "The cluster needs a name.")
    row = Cluster(
        name=cluster.name.strip(),
        name_key=cluster_name_key(cluster.name),
        country=cluster.country,
        technology_area=cluster.technology_area,
        eccp_url=cluster.eccp_url.strip(),
        contact=cluster.contact.strip(),
        fictional=cluster.fictional,
        created_at=now(),
    )
    session.add(row)
    session.flush()
    return row


def _cluster_record(cluster: Cluster) -> ClusterRecord:
    return ClusterRecord(
        id=cluster.id,
        name=cluster.name,
        country=cluster.country,
        technology_area=cluster.technology_area,
        eccp_url=cluster.eccp_url,
        contact=cluster.contact,
        fictional=cluster.fictional,
    )


def list_clusters(store: Store) -> list[ClusterRecord]:
    """Every cluster, by name."""
    with store.session_scope() as session:
        clusters = session.scalars(select(Cluster).order_by(func.casefold(Cluster.name)))
        return [_cluster_record(cluster) for cluster in clusters]


# --- interviews ---------------------------------------------------------------------------


def create_interview(
    store: Store,
    *,
    cluster_id: int | None = None,
    new_cluster: NewCluster | None = None,
    pack: Pack,
    mode: str,
    expert: str,
    actor: str,
    practice_case: str | None = None,
) -> int:
    """Start an interview with ``pack`` of an existing cluster or a ``new_cluster``; return its id.

    Everything is one transaction: the new cluster, the pack's text, the interview, its first
    event and (``practice_case``) the practice session it plays.
    """
    if mode not in INTERVIEW_MODES:
        raise AnswerError("interview.mode", f"Unknown interview mode {mode!r}.")
    if (cluster_id is None) == (new_cluster is None):
        raise AnswerError("interview.cluster", "Choose a cluster or describe a new one.")
    with store.session_scope() as session:
        if new_cluster is not None:
            cluster_id = _add_cluster(session, new_cluster).id
        elif session.get(Cluster, cluster_id) is None:
            raise NotFoundError(f"There is no cluster with id {cluster_id}.")
        assert cluster_id is not None
        if session.get(PackText, pack.content_hash) is None:
            session.add(
                PackText(
                    content_hash=pack.content_hash,
                    pack_id=pack.id,
                    version=pack.version,
                    source_text=pack.source_text,
                )
            )
            session.flush()  # no ORM relationship orders the inserts
        moment = now()
        interview = Interview(
            uuid=str(uuid.uuid4()),
            cluster_id=cluster_id,
            pack_hash=pack.content_hash,
            pack_id=pack.id,
            pack_version=pack.version,
            mode=mode,
            expert=expert,
            status="in_progress",
            created_at=moment,
            updated_at=moment,
            current_item_id="",
            revision=0,
            recommendations="",
        )
        session.add(interview)
        session.flush()
        _log(session, interview, "created", actor=actor, detail=f"mode={mode}")
        if practice_case is not None:
            session.add(
                PracticeSession(
                    interview_uuid=interview.uuid,
                    case_id=practice_case,
                    trainee=expert,
                    started_at=moment,
                )
            )
        return interview.id


def practice_records(store: Store) -> dict[str, PracticeRecord]:
    """Every recorded practice session by interview UUID."""
    with store.session_scope() as session:
        return {
            row.interview_uuid: PracticeRecord(
                row.interview_uuid, row.case_id, row.trainee, _utc(row.started_at)
            )
            for row in session.scalars(select(PracticeSession))
        }


@lru_cache(maxsize=16)
def _parse_cached(content_hash: str, text: str) -> Pack:
    return parse_pack(text, source=f"pack {content_hash[:12]}", legacy=True)


def pack_of(store: Store, interview_id: int) -> Pack:
    """The questionnaire pack the interview was started with, exactly as it was."""
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        pack_text = session.get(PackText, interview.pack_hash)
        assert pack_text is not None  # a foreign key guarantees it
        return _parse_cached(pack_text.content_hash, pack_text.source_text)


def recent_packs(store: Store, limit: int = 3) -> list[Pack]:
    """The packs of the most recently changed interviews, each once, newest first (parsed
    now, so that opening one of those interviews later finds its pack ready)."""
    with store.session_scope() as session:
        hashes = session.scalars(
            select(Interview.pack_hash)
            .group_by(Interview.pack_hash)
            .order_by(func.max(Interview.updated_at).desc())
            .limit(limit)
        ).all()
        texts = [(t.content_hash, t.source_text) for h in hashes if (t := session.get(PackText, h))]
    return [_parse_cached(content_hash, text) for content_hash, text in texts]


def _summary_query() -> Any:
    answered = (
        select(Answer.interview_id, func.count(Answer.id).label("answered"))
        .group_by(Answer.interview_id)
        .subquery()
    )
    return (
        select(Interview, Cluster, func.coalesce(answered.c.answered, 0))
        .join(Cluster, Interview.cluster_id == Cluster.id)
        .outerjoin(answered, answered.c.interview_id == Interview.id)
    )


def _summary_fields(interview: Interview, cluster: Cluster, answered: int) -> dict[str, Any]:
    return {
        "id": interview.id,
        "uuid": interview.uuid,
        "cluster_id": cluster.id,
        "cluster_name": cluster.name,
        "country": cluster.country,
        "technology_area": cluster.technology_area,
        "mode": interview.mode,
        "status": interview.status,
        "expert": interview.expert,
        "pack_id": interview.pack_id,
        "pack_version": interview.pack_version,
        "created_at": _utc(interview.created_at),
        "updated_at": _utc(interview.updated_at),
        "answered_count": int(answered),
        "fictional": cluster.fictional,
    }


def get_interview(store: Store, interview_id: int) -> InterviewDetail:
    """One interview with its resume point, revision and recommendations."""
    with store.session_scope() as session:
        row = session.execute(_summary_query().where(Interview.id == interview_id)).first()
        if row is None:
            raise NotFoundError(f"There is no interview with id {interview_id}.")
        interview, cluster, answered = row
        return InterviewDetail(
            **_summary_fields(interview, cluster, answered),
            pack_hash=interview.pack_hash,
            current_item_id=interview.current_item_id,
            revision=interview.revision,
            finalised_at=_utc(interview.finalised_at) if interview.finalised_at else None,
            eccp_url=cluster.eccp_url,
            contact=cluster.contact,
            recommendations=interview.recommendations,
        )


def find_interview_by_uuid(store: Store, interview_uuid: str) -> int | None:
    """The local id of the interview with this UUID, if it is in the store."""
    with store.session_scope() as session:
        return session.scalar(select(Interview.id).where(Interview.uuid == interview_uuid))


# --- answers ------------------------------------------------------------------------------


def save_answer(
    store: Store,
    pack: Pack,
    interview_id: int,
    item_id: str,
    value: Any,
    *,
    actor: str,
    source: str = "expert",
) -> SavedAnswer:
    """Validate and durably save one answer (with its event); return what was saved."""
    if item_id not in pack.item_index:
        raise AnswerError(item_id, f"{item_id} is not an item of the questionnaire {pack.id}.")
    item = pack.item(item_id)
    normalised = validate_answer(item, value)
    new_text = _dump(normalised)
    moment = now()
    at = stored_time_text(moment)
    # The answer, its event and the interview's last change in one transaction, through
    # the store's plain connection: the ORM would add more than the fsync costs (the rows
    # are the ORM's; tests read them back through it).
    with store.plain() as connection:
        connection.execute("BEGIN IMMEDIATE")
        try:
            row = connection.execute(
                "SELECT status FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"There is no interview with id {interview_id}.")
            if row[0] in LOCKED_STATUSES:
                raise InterviewLockedError(LOCKED_MESSAGE)
            old = connection.execute(
                "SELECT value_json FROM answers WHERE interview_id = ? AND item_id = ?",
                (interview_id, item_id),
            ).fetchone()
            connection.execute(_SAVE_ANSWER, (interview_id, item_id, new_text, source,
                                              source != "prefill", at))  # fmt: skip
            connection.execute(_LOG_EVENT, (interview_id, at, actor, "answer", item_id,
                                            old[0] if old else None, new_text, source))  # fmt: skip
            connection.execute(
                "UPDATE interviews SET updated_at = ? WHERE id = ?", (at, interview_id)
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return SavedAnswer(item_id=item_id, value=normalised, saved_at=moment)


_SAVE_ANSWER = (
    "INSERT INTO answers (interview_id, item_id, value_json, source, confirmed, saved_at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interview_id, item_id) DO UPDATE SET "
    "value_json = excluded.value_json, source = excluded.source, "
    "confirmed = excluded.confirmed, saved_at = excluded.saved_at"
)
_LOG_EVENT = (
    "INSERT INTO events (interview_id, at, actor, kind, item_id, old_value, new_value, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def clear_answer(store: Store, interview_id: int, item_id: str, *, actor: str) -> None:
    """Remove an answer (the event log keeps the old value)."""
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        answer = _answer(session, interview_id, item_id)
        if answer is None:
            return
        _log(
            session,
            interview,
            "answer_cleared",
            actor=actor,
            item_id=item_id,
            old=answer.value_json,
        )
        session.delete(answer)


def answers_of(store: Store, interview_id: int) -> dict[str, Any]:
    """The interview's current answers by item id."""
    with store.session_scope() as session:
        rows = session.execute(
            select(Answer.item_id, Answer.value_json).where(Answer.interview_id == interview_id)
        )
        return {item_id: json.loads(text) for item_id, text in rows}


def answer_meta(store: Store, interview_id: int) -> dict[str, AnswerMeta]:
    """Source, confirmation and save time of each answer."""
    with store.session_scope() as session:
        answers = session.scalars(select(Answer).where(Answer.interview_id == interview_id))
        return {
            answer.item_id: AnswerMeta(answer.source, answer.confirmed, _utc(answer.saved_at))
            for answer in answers
        }


def confirm_answer(store: Store, interview_id: int, item_id: str, *, actor: str) -> None:
    """Mark a pre-filled answer as confirmed by the expert."""
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        answer = _answer(session, interview_id, item_id)
        if answer is None or answer.confirmed:
            return
        answer.confirmed = True
        _log(
            session,
            interview,
            "answer_confirmed",
            actor=actor,
            item_id=item_id,
            new=answer.value_json,
        )


def unconfirmed_prefills(store: Store, interview_id: int) -> list[str]:
    """Item ids whose pre-filled answers the expert has not yet confirmed."""
    return [item for item, meta in answer_meta(store, interview_id).items() if not meta.confirmed]


# --- notes, flags, evidence ---------------------------------------------------------------


def set_note(
    store: Store, interview_id: int, item_id: str, text: str, *, for_report: bool, actor: str
) -> None:
    """Set the note on an item ("" deletes it)."""
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        note = session.scalar(
            select(Note).where(Note.interview_id == interview_id, Note.item_id == item_id)
        )
        old = _dump({"text": note.text, "for_report": note.for_report}) if note else None
        if not text.strip():
            if note is None:
                return
            session.delete(note)
            _log(session, interview, "note", actor=actor, item_id=item_id, old=old)
            return
        if note is None:
            note = Note(interview_id=interview_id, item_id=item_id)
            session.add(note)
        elif note.text == text and note.for_report == for_report:
            return
        note.text = text
        note.for_report = for_report
        note.updated_at = now()
        _log(
            session,
            interview,
            "note",
            actor=actor,
            item_id=item_id,
            old=old,
            new=_dump({"text": text, "for_report": for_report}),
        )


def notes_of(store: Store, interview_id: int) -> dict[str, NoteRecord]:
    """Every note of the interview by item id."""
    with store.session_scope() as session:
        notes = session.scalars(select(Note).where(Note.interview_id == interview_id))
        return {
            note.item_id: NoteRecord(
                note.item_id, note.text, note.for_report, _utc(note.updated_at)
            )
            for note in notes
        }


def set_flag(
    store: Store, interview_id: int, item_id: str, kind: str, on: bool, *, actor: str
) -> None:
    """Raise or lower a flag on an item."""
    if kind not in FLAG_KINDS:
        raise AnswerError(item_id, f"Unknown flag {kind!r}.")
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        flag = session.scalar(
            select(Flag).where(
                Flag.interview_id == interview_id, Flag.item_id == item_id, Flag.kind == kind
            )
        )
        if on and flag is None:
            session.add(Flag(interview_id=interview_id, item_id=item_id, kind=kind))
        elif not on and flag is not None:
            session.delete(flag)
        else:
            return
        _log(
            session,
            interview,
            "flag",
            actor=actor,
            item_id=item_id,
            old=_dump(not on),
            new=_dump(on),
            detail=kind,
        )


def flags_of(store: Store, interview_id: int) -> dict[str, set[str]]:
    """Raised flags by item id."""
    flags: dict[str, set[str]] = {}
    with store.session_scope() as session:
        rows = session.execute(
            select(Flag.item_id, Flag.kind).where(Flag.interview_id == interview_id)
        )
        for item_id, kind in rows:
            flags.setdefault(item_id, set()).add(kind)
    return flags


def evidence_folder(store: Store) -> Path:
    """Where the store keeps evidence files (next to the database)."""
    return store.path.parent / EVIDENCE_FOLDER


def evidence_path(store: Store, sha256: str) -> Path:
    """The stored copy of the evidence file with this hash."""
    return evidence_folder(store) / sha256[:2] / sha256


def attach_evidence(
    store: Store, interview_id: int, item_id: str, source_path: Path, *, actor: str
) -> EvidenceRecord:
    """Copy a file into the store (content-addressed) and attach it to an item."""
    source_path = Path(source_path)
    size = source_path.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise EvidenceTooLargeError(
            f"{source_path.name} is {size / 1024 / 1024:.1f} MB; evidence files may be at most "
            f"{MAX_EVIDENCE_BYTES // 1024 // 1024} MB. Attach a smaller extract or a link."
        )
    with store.session_scope() as session:
        _writable(session, interview_id)
    digest = _copy_into_store(store, source_path)
    media_type = mimetypes.guess_type(source_path.name)[0] or "application/octet-stream"
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        evidence = Evidence(
            interview_id=interview_id,
            item_id=item_id,
            sha256=digest,
            original_name=source_path.name,
            size=size,
            media_type=media_type,
            added_at=now(),
        )
        session.add(evidence)
        session.flush()
        _log(
            session,
            interview,
            "evidence_added",
            actor=actor,
            item_id=item_id,
            new=_dump({"sha256": digest, "name": source_path.name, "size": size}),
        )
        return _evidence_record(store, evidence)


def _copy_into_store(store: Store, source_path: Path) -> str:
    """Hash while copying to a temporary file, then move it to its content address."""
    folder = evidence_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    hasher = hashlib.sha256()
    handle, temporary_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as target, open(source_path, "rb") as source:
            while chunk := source.read(1024 * 1024):
                hasher.update(chunk)
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        digest = hasher.hexdigest()
        final = evidence_path(store, digest)
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            temporary.unlink()
        else:
            os.replace(temporary, final)
            fsync_folder(final.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return digest


def _evidence_record(store: Store, evidence: Evidence) -> EvidenceRecord:
    return EvidenceRecord(
        id=evidence.id,
        item_id=evidence.item_id,
        sha256=evidence.sha256,
        original_name=evidence.original_name,
        size=evidence.size,
        media_type=evidence.media_type,
        stored_path=evidence_path(store, evidence.sha256),
    )


def evidence_of(store: Store, interview_id: int) -> list[EvidenceRecord]:
    """Evidence files of the interview, in the order they were attached."""
    with store.session_scope() as session:
        rows = session.scalars(
            select(Evidence).where(Evidence.interview_id == interview_id).order_by(Evidence.id)
        )
        return [_evidence_record(store, evidence) for evidence in rows]


def remove_evidence(store: Store, evidence_id: int, *, actor: str) -> None:
    """Detach an evidence file (the stored copy stays: other items may share it)."""
    with store.session_scope() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            return
        interview = _writable(session, evidence.interview_id)
        _log(
            session,
            interview,
            "evidence_removed",
            actor=actor,
            item_id=evidence.item_id,
            old=_dump({"sha256": evidence.sha256, "name": evidence.original_name}),
        )
        session.delete(evidence)


# --- paradata and the clock ---------------------------------------------------------------


def record_item_opened(store: Store, interview_id: int, item_id: str, *, actor: str) -> None:
    """Log that an item was shown and make it the interview's resume point."""
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        interview.current_item_id = item_id
        _log(session, interview, "item_opened", actor=actor, item_id=item_id)


def _clock_position(session: Session, interview_id: int) -> tuple[bool, bool]:
    """(started, running): whether the clock ever ran, and whether it runs now (as
    ``clock_state`` has them, from the clock's events alone)."""
    clock_events = select(Event.kind).where(
        Event.interview_id == interview_id, Event.kind.in_(CLOCK_KINDS)
    )
    last = session.scalar(clock_events.order_by(Event.id.desc()).limit(1))
    if last is None:
        return False, False
    if last != "clock_pause":
        return True, True
    ran = session.scalar(clock_events.where(Event.kind != "clock_pause").limit(1))
    return ran is not None, False


def _clock_event(store: Store, interview_id: int, kind: str, actor: str) -> None:
    with store.session_scope() as session:
        started, running = _clock_position(session, interview_id)
        if kind == "clock_start" and started:
            kind = "clock_resume"
        if (kind == "clock_pause") != running:
            return  # pausing a stopped clock or resuming a running one changes nothing
        interview = _interview(session, interview_id)
        if kind == "clock_pause" and interview.status == "in_progress":
            interview.status = "paused"
        elif kind != "clock_pause" and interview.status == "paused":
            interview.status = "in_progress"
        _log(session, interview, kind, actor=actor)


def clock_start(store: Store, interview_id: int, *, actor: str) -> None:
    """Start (or resume) the interview clock."""
    _clock_event(store, interview_id, "clock_start", actor)


def clock_pause(store: Store, interview_id: int, *, actor: str) -> None:
    """Pause the clock (a dropped call, a coffee break)."""
    _clock_event(store, interview_id, "clock_pause", actor)


def clock_resume(store: Store, interview_id: int, *, actor: str) -> None:
    """Resume a paused clock."""
    _clock_event(store, interview_id, "clock_resume", actor)


def clock_state(store: Store, interview_id: int, *, at: datetime | None = None) -> ClockState:
    """Running time in total and per section, from the clock and item-opened events."""
    pack = pack_of(store, interview_id)
    section_of = {item.id: section.id for section in pack.sections for item in section.items}
    with store.session_scope() as session:
        rows = session.execute(
            select(Event.kind, Event.at, Event.item_id)
            .where(
                Event.interview_id == interview_id,
                Event.kind.in_((*CLOCK_KINDS, "item_opened")),
            )
            .order_by(Event.id)
        ).all()
    running = started = False
    elapsed = 0.0
    sections: dict[str, float] = {}
    current_section = ""
    mark: datetime | None = None

    def account(until: datetime) -> None:
        nonlocal elapsed
        if running and mark is not None:
            seconds = max(0.0, (until - mark).total_seconds())
            elapsed += seconds
            if current_section:
                sections[current_section] = sections.get(current_section, 0.0) + seconds

    for kind, moment, item_id in rows:
        moment = _utc(moment)
        account(moment)
        mark = moment
        if kind == "item_opened":
            current_section = section_of.get(item_id, current_section)
        elif kind == "clock_pause":
            running = False
        else:
            running = started = True
    account(at or now())
    return ClockState(
        running=running, started=started, elapsed_seconds=elapsed, section_seconds=sections
    )


# --- finishing, review and revisions ------------------------------------------------------


def set_recommendations(store: Store, interview_id: int, text: str, *, actor: str) -> None:
    """The expert's own recommendations for the report."""
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        if interview.recommendations == text:
            return
        _log(
            session,
            interview,
            "recommendations",
            actor=actor,
            old=_dump(interview.recommendations),
            new=_dump(text),
        )
        interview.recommendations = text


def _change_status(
    session: Session, interview: Interview, status: str, kind: str, *, actor: str, detail: str = ""
) -> None:
    """Set the life-cycle status and log the change (old and new status) as ``kind``."""
    _log(
        session,
        interview,
        kind,
        actor=actor,
        old=_dump(interview.status),
        new=_dump(status),
        detail=detail,
    )
    interview.status = status


def finalise_interview(store: Store, interview_id: int, *, actor: str) -> None:
    """Lock the interview against changes (reopening needs a reason)."""
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        interview.finalised_at = now()
        _change_status(session, interview, "finalised", "finalised", actor=actor)


def reopen_interview(store: Store, interview_id: int, *, reason: str, actor: str) -> None:
    """Unlock a finalised, approved or returned interview; the reason is logged."""
    if not reason.strip():
        raise AnswerError("interview.reopen", "Say why the interview is reopened.")
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        interview.finalised_at = None
        _change_status(
            session, interview, "in_progress", "reopened", actor=actor, detail=reason.strip()
        )


def set_status(
    store: Store, interview_id: int, status: str, *, actor: str, detail: str = ""
) -> None:
    """Set the interview's life-cycle status (e.g. after a supervisor's decision)."""
    if status not in INTERVIEW_STATUSES:
        raise AnswerError("interview.status", f"Unknown status {status!r}.")
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        if interview.status != status:
            _change_status(session, interview, status, "status", actor=actor, detail=detail)


def events_of(store: Store, interview_id: int) -> list[EventRecord]:
    """The interview's event log, oldest first."""
    with store.session_scope() as session:
        rows = session.scalars(
            select(Event).where(Event.interview_id == interview_id).order_by(Event.id)
        )
        return [
            EventRecord(
                e.id, _utc(e.at), e.actor, e.kind, e.item_id, e.old_value, e.new_value, e.detail
            )
            for e in rows
        ]


def add_supervisor_comment(
    store: Store, interview_id: int, item_id: str, text: str, *, author: str
) -> None:
    """Keep a supervisor's comment on an item (from a returned decision)."""
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        session.add(
            SupervisorComment(
                interview_id=interview_id, item_id=item_id, text=text, author=author, at=now()
            )
        )
        _log(
            session, interview, "supervisor_comment", actor=author, item_id=item_id, new=_dump(text)
        )


def supervisor_comments_of(store: Store, interview_id: int) -> dict[str, list[CommentRecord]]:
    """Supervisors' comments by item id, oldest first."""
    comments: dict[str, list[CommentRecord]] = {}
    with store.session_scope() as session:
        rows = session.scalars(
            select(SupervisorComment)
            .where(SupervisorComment.interview_id == interview_id)
            .order_by(SupervisorComment.id)
        )
        for row in rows:
            comments.setdefault(row.item_id, []).append(
                CommentRecord(row.item_id, row.text, row.author, _utc(row.at))
            )
    return comments


def next_revision(store: Store, interview_id: int) -> int:
    """Bump and return the export revision (1 for the first export)."""
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        interview.revision += 1
        _log(session, interview, "exported", actor=interview.expert, new=_dump(interview.revision))
        return interview.revision


def record_imported_bundle(
    store: Store, *, bundle_id: str, interview_uuid: str, revision: int, signer: str, status: str
) -> None:
    """Remember a bundle a supervisor opened (to refuse older revisions later)."""
    with store.session_scope() as session:
        existing = session.scalar(
            select(ImportedBundle).where(ImportedBundle.bundle_id == bundle_id)
        )
        if existing is not None:
            existing.status = status
            return
        session.add(
            ImportedBundle(
                bundle_id=bundle_id,
                interview_uuid=interview_uuid,
                revision=revision,
                signer=signer,
                status=status,
                imported_at=now(),
            )
        )


def last_imported_revision(store: Store, interview_uuid: str) -> int | None:
    """The highest revision imported so far for an interview, if any."""
    with store.session_scope() as session:
        return session.scalar(
            select(func.max(ImportedBundle.revision)).where(
                ImportedBundle.interview_uuid == interview_uuid
            )
        )


# --- the demo ---------------------------------------------------------------------------

#: Answers of the fictional demo interview: four sections done, the rest left to explore.
DEMO_ANSWERS: Mapping[str, Any] = {
    "eligibility.eccp_listed": True,
    "eligibility.programme_recognised": False,
    "eligibility.management_fte": 3.5,
    "eligibility.committed_members": 86,
    "eligibility.member_types": ["companies", "research", "education", "public_bodies"],
    "eligibility.english_website": True,
    "structure.participants_total": 112,
    "structure.sme_share": 64.0,
    "structure.research_education_participants": 14,
    "structure.regional_share": 71.0,
    "structure.international_participants": 6,
    "structure.new_participants": 9,
    "management.year_founded": 2011,
    "management.legal_form": "association",
    "management.staff_fte": 4.0,
    "management.manager_experience": 7.5,
    "management.staff_turnover": 12.0,
    "management.training_days": 4.0,
    "management.member_involvement": "board",
    "financing.total_budget": 640000.0,
    "financing.public_share": 55.0,
    "financing.membership_fee_share": 20.0,
    "financing.services_share": 25.0,
    "financing.secured_years": 3,
    "financing.budget_monitored": True,
    "services.written_strategy": True,
    "services.strategy_year": 2023,
    "services.offer": ["information", "matchmaking", "training", "internationalisation"],
}


#: Notes of the demo interview: (item, text per language, marked for the report). Fictional.
DEMO_NOTES: tuple[tuple[str, Text, bool], ...] = (
    (
        "structure.sme_share",
        Text(
            {
                "en": "Figure from the member list of last December; the manager expects "
                "70 % next year.",
                "de": "Zahl aus der Mitgliederliste vom letzten Dezember; das Management "
                "erwartet im nächsten Jahr 70 %.",
            }
        ),
        True,
    ),
    (
        "financing.public_share",
        Text(
            {
                "en": "Private: ask again about the regional grant ending in two years.",
                "de": "Privat: noch einmal nach der regionalen Förderung fragen, die in zwei "
                "Jahren endet.",
            }
        ),
        False,
    ),
)
#: The demo interview's recommendations for the report, per language.
DEMO_RECOMMENDATIONS = Text(
    {
        "en": "Write down the action plan that goes with the strategy, with owners and dates."
        "\n\nMonitor a small set of key performance indicators and report them to the "
        "members once a year.",
        "de": "Den Aktionsplan zur Strategie schriftlich festhalten, mit Verantwortlichen und "
        "Terminen.\n\nEinige wenige Leistungskennzahlen verfolgen und den Mitgliedern "
        "einmal im Jahr darüber berichten.",
    }
)


def ensure_demo_interview(store: Store, pack: Pack, *, language: str = "en") -> int | None:
    """Create the fictional demo cluster and a practice interview once; return its id.

    Its notes and recommendations are written in ``language`` (else English)."""
    with store.session_scope() as session:
        if session.scalar(select(Cluster.id).where(Cluster.name == DEMO_CLUSTER_NAME)):
            return None
    cluster_id = create_cluster(
        store,
        name=DEMO_CLUSTER_NAME,
        country="AT",
        technology_area=_demo_area(),
        eccp_url="https://example.org/fictional-lakeside-photonics",
        contact="Demo contact (fictional), demo@example.org",
        fictional=True,
    )
    interview_id = create_interview(
        store,
        cluster_id=cluster_id,
        pack=pack,
        mode="practice",
        expert="Demo expert",
        actor="clusterbench",
    )
    for item_id, value in DEMO_ANSWERS.items():
        try:
            save_answer(store, pack, interview_id, item_id, value, actor="clusterbench")
        except AnswerError:
            log.warning("demo answer %s does not fit pack %s", item_id, pack.id)
    for item_id, text, for_report in DEMO_NOTES:
        if item_id in pack.item_index:
            set_note(
                store,
                interview_id,
                item_id,
                text.get(language),
                for_report=for_report,
                actor="clusterbench",
            )
    if "services.kpis_monitored" in pack.item_index:
        set_flag(
            store, interview_id, "services.kpis_monitored", "follow_up", True, actor="clusterbench"
        )
    set_recommendations(
        store, interview_id, DEMO_RECOMMENDATIONS.get(language), actor="clusterbench"
    )
    return interview_id


def _demo_area() -> str:
    preferred = [area for area in TECHNOLOGY_AREAS if "ptic" in area.lower()]
    return preferred[0] if preferred else TECHNOLOGY_AREAS[0]
