"""Label paths over time: one record per cluster organisation, its benchmarkings, the
improvement areas of a second benchmarking, the labels received and when they run out.

Functions over a ``Store`` returning frozen dataclasses, like ``app.models.repository``.
The rules themselves (verdicts, terms, windows) live in ``app.scoring.labels``.

**Matching an organisation.** Interviews of the same cluster organisation share one
``clusters`` row. A new interview matches an existing organisation when the ECCP profile
addresses are the same, or, where at most one of them has an address, when the names
(Unicode case-folded, spaces collapsed) and countries are the same. Fictional and real
organisations never match. Rows an expert knows to be one organisation are merged with
``merge_clusters``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError, BadInputError
from app.models.errors import NotFoundError
from app.models.repository import (
    _dump,
    _interview,
    _log,
    _utc,
    _writable,
    answers_of,
    cluster_name_key,
    create_cluster,
    get_interview,
    now,
    pack_of,
)
from app.models.schema import Cluster, Event, Interview, LabelResult
from app.models.schema import ImprovementArea as ImprovementAreaRow
from app.models.store import Store
from app.scoring.labels import (
    LABEL_LEVELS,
    MAX_IMPROVEMENT_TEXT,
    RENEWAL_GRACE_MONTHS,
    ImprovementArea,
    LabelTerm,
    PreviousBenchmarking,
    add_months,
    label_term,
)
from app.scoring.pack import AnswerError, Pack, validate_answer
from app.scoring.rules import indicator_has_pass_rule
from app.scoring.taxonomy import LOCKED_STATUSES

PRACTICE_MODE = "practice"


class ClusterConflictError(AppError):
    """A new interview matches a recorded organisation that differs in a way that matters."""

    exit_code = 2


class LabelRefusedError(AppError):
    """A label that the interview's verdict does not support, or a practice interview."""

    exit_code = 2


# --- organisations ---------------------------------------------------------------------------


def eccp_key(url: str) -> str:
    """An ECCP profile address for matching: no scheme, no ``www.``, no trailing slash."""
    text = url.strip().casefold()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def _matches(cluster: Cluster, key: str, country: str, eccp: str, fictional: bool) -> bool:
    if bool(cluster.fictional) != fictional:
        return False
    theirs = eccp_key(cluster.eccp_url or "")
    if eccp and theirs:
        return eccp == theirs
    return cluster.name_key == key and cluster.country == country


def find_cluster(
    store: Store, *, name: str, country: str, eccp_url: str = "", fictional: bool = False
) -> int | None:
    """The organisation a cluster described this way is, if it is recorded (oldest first)."""
    key, eccp = cluster_name_key(name), eccp_key(eccp_url)
    with store.session_scope() as session:
        candidates = session.scalars(select(Cluster).order_by(Cluster.id))
        for cluster in candidates:
            if _matches(cluster, key, country, eccp, fictional):
                return cluster.id
    return None


def check_same_area(store: Store, cluster_id: int, technology_area: str) -> None:
    """Refuse (``ClusterConflictError``) a benchmarking of a recorded organisation in an
    area other than its own: the area decides the peer group of every benchmarking."""
    with store.session_scope() as session:
        cluster = session.get(Cluster, cluster_id)
        if cluster is None:
            raise NotFoundError(f"There is no cluster with id {cluster_id}.")
        if cluster.technology_area != technology_area:
            raise ClusterConflictError(
                f"The cluster organisation {cluster.name!r} ({cluster.country}) is already "
                f"recorded with the technology area {cluster.technology_area!r}; benchmark it "
                "in that area, or record a different organisation."
            )


def find_or_create_cluster(
    store: Store,
    *,
    name: str,
    country: str,
    technology_area: str,
    eccp_url: str = "",
    contact: str = "",
    fictional: bool = False,
) -> tuple[int, bool]:
    """The recorded organisation matching the description, or a new one: ``(id, created)``.

    A match recorded with another technology area is refused (``ClusterConflictError``).
    """
    found = find_cluster(store, name=name, country=country, eccp_url=eccp_url, fictional=fictional)
    if found is None:
        created = create_cluster(
            store,
            name=name,
            country=country,
            technology_area=technology_area,
            eccp_url=eccp_url,
            contact=contact,
            fictional=fictional,
        )
        return created, True
    check_same_area(store, found, technology_area)
    if eccp_url.strip():
        with store.session_scope() as session:
            cluster = session.get(Cluster, found)
            if cluster is not None and not cluster.eccp_url:
                cluster.eccp_url = eccp_url.strip()
    return found, False


def merge_clusters(store: Store, keep_id: int, merge_id: int, *, actor: str) -> None:
    """Make ``merge_id``'s interviews and labels those of ``keep_id`` and drop its record.

    Every moved interview logs a ``cluster_merged`` event. The kept record's name, country
    and technology area stay; it takes the merged ECCP address when it had none.
    """
    if keep_id == merge_id:
        raise BadInputError("A cluster cannot be merged with itself.")
    with store.session_scope() as session:
        keep, merged = session.get(Cluster, keep_id), session.get(Cluster, merge_id)
        if keep is None or merged is None:
            missing = merge_id if keep is not None else keep_id
            raise NotFoundError(f"There is no cluster with id {missing}.")
        if bool(keep.fictional) != bool(merged.fictional):
            raise ClusterConflictError("A fictional and a real cluster cannot be merged.")
        interviews = session.scalars(select(Interview).where(Interview.cluster_id == merge_id))
        for interview in interviews:
            interview.cluster_id = keep_id
            _log(
                session,
                interview,
                "cluster_merged",
                actor=actor,
                old=_dump(merge_id),
                new=_dump(keep_id),
                detail=f"{merged.name} -> {keep.name}",
            )
        labels = session.scalars(select(LabelResult).where(LabelResult.cluster_id == merge_id))
        for label in labels:
            label.cluster_id = keep_id
        if not keep.eccp_url and merged.eccp_url:
            keep.eccp_url = merged.eccp_url
        session.flush()
        session.delete(merged)


# --- benchmarkings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Benchmarking:
    """One benchmarking (a non-practice interview) of an organisation."""

    interview_id: int
    uuid: str
    date: date
    status: str
    finalised: bool


def _benchmarking_date(session: Session, interview: Interview) -> date:
    started = session.scalar(
        select(Event.at)
        .where(Event.interview_id == interview.id, Event.kind == "clock_start")
        .order_by(Event.id)
        .limit(1)
    )
    return _utc(started or interview.created_at).date()


def benchmarking_date(store: Store, interview_id: int) -> date:
    """The day of the benchmarking: when its clock first started, else when it was created."""
    with store.session_scope() as session:
        return _benchmarking_date(session, _interview(session, interview_id))


def _finalised(interview: Interview) -> bool:
    return interview.finalised_at is not None or interview.status in LOCKED_STATUSES


def benchmarkings_of(store: Store, cluster_id: int) -> list[Benchmarking]:
    """The organisation's benchmarkings (practice interviews left out), oldest first."""
    with store.session_scope() as session:
        interviews = session.scalars(
            select(Interview).where(
                Interview.cluster_id == cluster_id, Interview.mode != PRACTICE_MODE
            )
        )
        found = [
            Benchmarking(i.id, i.uuid, _benchmarking_date(session, i), i.status, _finalised(i))
            for i in interviews
        ]
    return sorted(found, key=lambda b: (b.date, b.interview_id))


def previous_benchmarking(store: Store, interview_id: int) -> Benchmarking | None:
    """The organisation's latest finalised benchmarking before this one, if any."""
    detail = get_interview(store, interview_id)
    if detail.mode == PRACTICE_MODE:
        return None
    this_day = benchmarking_date(store, interview_id)
    earlier = [
        b
        for b in benchmarkings_of(store, detail.cluster_id)
        if b.interview_id != interview_id
        and b.finalised
        and (b.date, b.interview_id) < (this_day, interview_id)
    ]
    return earlier[-1] if earlier else None


def answers_under(pack: Pack, answers: dict[str, Any]) -> dict[str, Any]:
    """Answers read under ``pack``: items it lacks and values it refuses are left out."""
    kept: dict[str, Any] = {}
    for item_id, value in answers.items():
        item = pack.item_index.get(item_id)
        if item is None or value is None:
            continue
        try:
            kept[item_id] = validate_answer(item, value)
        except AnswerError:
            continue
    return kept


@dataclass(frozen=True)
class LabelPathInputs:
    """What the label path of an interview needs: its date, the previous one, the areas."""

    assessed_on: date
    previous: PreviousBenchmarking | None
    improvements: tuple[ImprovementArea, ...]

    def document_parts(self) -> tuple[str, dict[str, Any] | None, list[dict[str, Any]]]:
        """(assessed_on, previous, improvements) as plain data for ``label-path.json``."""
        previous = None
        if self.previous is not None:
            previous = {
                "interview_uuid": self.previous.interview_uuid,
                "date": self.previous.date.isoformat(),
                "answers": dict(self.previous.answers),
            }
        return (
            self.assessed_on.isoformat(),
            previous,
            [area.to_dict() for area in self.improvements],
        )


def label_path_inputs(store: Store, interview_id: int) -> LabelPathInputs:
    """The interview's date, its previous benchmarking (answers under this pack), its areas."""
    pack = pack_of(store, interview_id)
    previous = previous_benchmarking(store, interview_id)
    before = None
    if previous is not None:
        before = PreviousBenchmarking(
            answers_under(pack, answers_of(store, previous.interview_id)),
            previous.date,
            previous.uuid,
        )
    areas = tuple(
        ImprovementArea(a.title, a.evidence, a.indicators)
        for a in improvement_areas_of(store, interview_id)
    )
    return LabelPathInputs(benchmarking_date(store, interview_id), before, areas)


# --- improvement areas -------------------------------------------------------------------------


@dataclass(frozen=True)
class ImprovementAreaRecord:
    """An improvement area as stored."""

    id: int
    interview_id: int
    position: int
    title: str
    evidence: str
    indicators: tuple[str, ...]
    updated_at: datetime


def area_indicator_ids(pack: Pack) -> list[str]:
    """The indicators an improvement area may name: those with a Gold pass rule."""
    return [
        item.id
        for item in pack.items
        if indicator_has_pass_rule(item.scoring.kind, item.scoring.gold_threshold)
    ]


def _checked_area(
    pack: Pack, title: str, evidence: str, indicators: Sequence[str]
) -> tuple[str, str, list[str]]:
    title, evidence = title.strip(), evidence.strip()
    if not title:
        raise AnswerError("improvement.title", "Give the improvement area a title.")
    if len(title) > 500 or len(evidence) > MAX_IMPROVEMENT_TEXT:
        raise AnswerError("improvement", "The title or the evidence is too long.")
    chosen: list[str] = []
    allowed = set(area_indicator_ids(pack))
    for item_id in indicators:
        if item_id not in allowed:
            raise AnswerError(
                "improvement.indicators",
                f"{item_id!r} is not an indicator with a Gold threshold in this questionnaire.",
            )
        if item_id not in chosen:
            chosen.append(item_id)
    return title, evidence, chosen


def _areas_in_order(interview_id: int) -> Any:
    """The query for an interview's improvement areas, in their order."""
    return (
        select(ImprovementAreaRow)
        .where(ImprovementAreaRow.interview_id == interview_id)
        .order_by(ImprovementAreaRow.position, ImprovementAreaRow.id)
    )


def _area_record(row: ImprovementAreaRow) -> ImprovementAreaRecord:
    return ImprovementAreaRecord(
        row.id,
        row.interview_id,
        row.position,
        row.title,
        row.evidence,
        tuple(json.loads(row.indicators_json)),
        _utc(row.updated_at),
    )


def _area_data(row: ImprovementAreaRow) -> str:
    indicators = json.loads(row.indicators_json)
    return _dump({"title": row.title, "evidence": row.evidence, "indicators": indicators})


def add_improvement_area(
    store: Store,
    interview_id: int,
    *,
    title: str,
    evidence: str,
    indicators: Sequence[str],
    actor: str,
) -> int:
    """Record an improvement area (title, evidence, the indicators it concerns); its id."""
    pack = pack_of(store, interview_id)
    title, evidence, chosen = _checked_area(pack, title, evidence, indicators)
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        count = len(
            session.scalars(
                select(ImprovementAreaRow.id).where(ImprovementAreaRow.interview_id == interview_id)
            ).all()
        )
        row = ImprovementAreaRow(
            interview_id=interview_id,
            position=count + 1,
            title=title,
            evidence=evidence,
            indicators_json=_dump(chosen),
            updated_at=now(),
        )
        session.add(row)
        session.flush()
        _log(session, interview, "improvement_added", actor=actor, new=_area_data(row))
        return row.id


def update_improvement_area(
    store: Store,
    area_id: int,
    *,
    title: str,
    evidence: str,
    indicators: Sequence[str],
    actor: str,
) -> None:
    """Change an improvement area (the event log keeps the old text)."""
    with store.session_scope() as session:
        row = session.get(ImprovementAreaRow, area_id)
        if row is None:
            raise NotFoundError(f"There is no improvement area with id {area_id}.")
        interview_id = row.interview_id
    pack = pack_of(store, interview_id)
    title, evidence, chosen = _checked_area(pack, title, evidence, indicators)
    with store.session_scope() as session:
        interview = _writable(session, interview_id)
        row = session.get(ImprovementAreaRow, area_id)
        assert row is not None
        old = _area_data(row)
        row.title, row.evidence, row.indicators_json = title, evidence, _dump(chosen)
        row.updated_at = now()
        _log(session, interview, "improvement_changed", actor=actor, old=old, new=_area_data(row))


def remove_improvement_area(store: Store, area_id: int, *, actor: str) -> None:
    """Remove an improvement area; the others keep their order."""
    with store.session_scope() as session:
        row = session.get(ImprovementAreaRow, area_id)
        if row is None:
            return
        interview = _writable(session, row.interview_id)
        _log(session, interview, "improvement_removed", actor=actor, old=_area_data(row))
        session.delete(row)
        session.flush()
        rest = session.scalars(_areas_in_order(interview.id))
        for position, other in enumerate(rest, start=1):
            other.position = position


def improvement_areas_of(store: Store, interview_id: int) -> list[ImprovementAreaRecord]:
    """The interview's improvement areas in their order."""
    with store.session_scope() as session:
        return [_area_record(row) for row in session.scalars(_areas_in_order(interview_id))]


# --- labels ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelRecord(LabelTerm):
    """A label received (its level and term), from which benchmarking, recorded by whom."""

    id: int
    cluster_id: int
    interview_id: int
    recorded_by: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "id": self.id,
            "cluster_id": self.cluster_id,
            "interview_id": self.interview_id,
            **super().to_dict(),
            "recorded_by": self.recorded_by,
        }


def _label_record(row: LabelResult) -> LabelRecord:
    return LabelRecord(
        level=row.level,
        awarded_on=row.awarded_on,
        valid_until=row.valid_until,
        rebenchmark_due=row.rebenchmark_due,
        renewal=bool(row.renewal),
        id=row.id,
        cluster_id=row.cluster_id,
        interview_id=row.interview_id,
        recorded_by=row.recorded_by,
    )


def labels_of_cluster(store: Store, cluster_id: int) -> list[LabelRecord]:
    """The organisation's labels, oldest first."""
    with store.session_scope() as session:
        rows = session.scalars(
            select(LabelResult)
            .where(LabelResult.cluster_id == cluster_id)
            .order_by(LabelResult.awarded_on, LabelResult.id)
        )
        return [_label_record(row) for row in rows]


def interview_verdicts(store: Store, interview_id: int, language: str = "en") -> dict[str, Any]:
    """The interview's Bronze, Silver and Gold-readiness verdicts and its progress."""
    from app.scoring.engine import score_interview

    pack = pack_of(store, interview_id)
    inputs = label_path_inputs(store, interview_id)
    result = score_interview(
        pack,
        answers_under(pack, answers_of(store, interview_id)),
        language=language,
        previous=inputs.previous,
        improvements=inputs.improvements,
        assessed_on=inputs.assessed_on,
    ).to_dict()
    return {
        "verdicts": result["verdicts"],
        "progress": result["progress"],
        "assessed_on": inputs.assessed_on.isoformat(),
    }


def record_label(
    store: Store,
    interview_id: int,
    level: str,
    *,
    actor: str,
    awarded_on: date | None = None,
) -> LabelRecord:
    """Record that the organisation received a label of ``level`` from this benchmarking.

    Bronze and Silver need their verdict passed and Gold its readiness; practice interviews
    never lead to a label. The term follows ``app.scoring.labels.label_term``: a label of the
    same level within a year of the previous one's end is a renewal. ``awarded_on`` is the
    benchmarking's date unless given.
    """
    if level not in LABEL_LEVELS:
        raise LabelRefusedError(f"Unknown label level {level!r}; one of {', '.join(LABEL_LEVELS)}.")
    detail = get_interview(store, interview_id)
    if detail.mode == PRACTICE_MODE:
        raise LabelRefusedError("A practice interview never leads to a label.")
    verdict = interview_verdicts(store, interview_id)["verdicts"][level]
    if verdict["passed"] is not True:
        reasons = " ".join(verdict["reasons"][:3])
        raise LabelRefusedError(f"{verdict['explanation']} {reasons}".strip())
    day = awarded_on or benchmarking_date(store, interview_id)
    earlier = [lab for lab in labels_of_cluster(store, detail.cluster_id) if lab.awarded_on <= day]
    term = label_term(level, day, earlier[-1] if earlier else None)
    with store.session_scope() as session:
        interview = _interview(session, interview_id)
        row = LabelResult(
            cluster_id=interview.cluster_id,
            interview_id=interview_id,
            level=level,
            awarded_on=term.awarded_on,
            valid_until=term.valid_until,
            rebenchmark_due=term.rebenchmark_due,
            renewal=term.renewal,
            recorded_at=now(),
            recorded_by=actor,
        )
        session.add(row)
        session.flush()
        _log(session, interview, "label_recorded", actor=actor, new=_dump(term.to_dict()))
        return _label_record(row)


# --- what is due ---------------------------------------------------------------------------------

EXPIRES = "expires"
EXPIRED = "expired"
REBENCHMARK_DUE = "rebenchmark_due"


@dataclass(frozen=True)
class LabelDue:
    """A cluster whose current label expires, has lapsed (still renewable) or whose
    re-benchmarking is due within the horizon asked for."""

    cluster_id: int
    cluster_name: str
    country: str
    technology_area: str
    label: LabelRecord
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "cluster_id": self.cluster_id,
            "cluster": self.cluster_name,
            "country": self.country,
            "technology_area": self.technology_area,
            "interview_id": self.label.interview_id,
            "level": self.label.level,
            "awarded_on": self.label.awarded_on.isoformat(),
            "valid_until": self.label.valid_until.isoformat(),
            "rebenchmark_due": self.label.rebenchmark_due.isoformat(),
            "due": list(self.reasons),
        }


def labels_due(store: Store, *, within_months: int, today: date | None = None) -> list[LabelDue]:
    """Clusters whose current label needs attention within ``within_months`` months.

    For each organisation only its latest label counts. Its reasons: ``expires`` (it ends
    between today and the horizon), ``expired`` (it has ended but can still be renewed,
    up to a year after its end) and ``rebenchmark_due`` (its re-benchmarking date falls
    before the horizon and no benchmarking of the organisation has started since the
    label's). Sorted by the earliest date concerned.
    """
    if within_months < 0:
        raise BadInputError("The number of months must not be negative.")
    day = today or now().date()
    horizon = add_months(day, within_months)
    with store.session_scope() as session:
        rows = session.execute(
            select(LabelResult, Cluster)
            .join(Cluster, LabelResult.cluster_id == Cluster.id)
            .order_by(LabelResult.awarded_on, LabelResult.id)
        ).all()
        latest: dict[int, tuple[LabelResult, Cluster]] = {}
        for label, cluster in rows:
            latest[cluster.id] = (label, cluster)
        found: list[LabelDue] = []
        for label, cluster in latest.values():
            reasons: list[str] = []
            if day <= label.valid_until <= horizon:
                reasons.append(EXPIRES)
            elif label.valid_until < day <= add_months(label.valid_until, RENEWAL_GRACE_MONTHS):
                reasons.append(EXPIRED)
            still_renewable = day <= add_months(label.valid_until, RENEWAL_GRACE_MONTHS)
            if (
                still_renewable
                and label.rebenchmark_due <= horizon
                and not _benchmarked_since(session, label)
            ):
                reasons.append(REBENCHMARK_DUE)
            if reasons:
                found.append(
                    LabelDue(
                        cluster.id,
                        cluster.name,
                        cluster.country,
                        cluster.technology_area,
                        _label_record(label),
                        tuple(reasons),
                    )
                )
    return sorted(
        found,
        key=lambda d: (min(d.label.valid_until, d.label.rebenchmark_due), d.cluster_name),
    )


def _benchmarked_since(session: Session, label: LabelResult) -> bool:
    """Whether the organisation has a benchmarking that started after the label's."""
    labelled = session.get(Interview, label.interview_id)
    if labelled is None:
        return False
    after = _benchmarking_date(session, labelled)
    others = session.scalars(
        select(Interview).where(
            Interview.cluster_id == label.cluster_id,
            Interview.id != label.interview_id,
            Interview.mode != PRACTICE_MODE,
        )
    )
    return any(_benchmarking_date(session, other) > after for other in others)


def interview_ids_due(store: Store, *, within_months: int, today: date | None = None) -> set[int]:
    """Ids of the interviews whose labels ``labels_due`` lists (for the home-screen filter)."""
    due = labels_due(store, within_months=within_months, today=today)
    return {d.label.interview_id for d in due}
