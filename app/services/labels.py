"""The label path as the expert acts on it: verdicts, improvement areas, labels received,
merging organisation records, and which clusters are due.

What the ``interviews verdicts``, ``improve``, ``label`` and ``--due-within`` verbs and the
windows (the interview's improvement areas, the home screen's label actions and filter)
call. The rules live in ``app.scoring.labels`` and the store functions in
``app.models.label_paths``; here each action gets its actor and its errors their exit code.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from app.errors import AppError
from app.models import Store
from app.models import label_paths as paths
from app.models.label_paths import ImprovementAreaRecord, LabelDue, LabelRecord
from app.scoring.pack import AnswerError, Item, Pack
from app.services.interviews import actor_for
from app.settings import current_actor

__all__ = [
    "ImprovementAreaRecord",
    "LabelDue",
    "LabelInputError",
    "LabelRecord",
    "add_improvement_area",
    "area_indicators",
    "improvement_areas",
    "interview_ids_due",
    "labels_due",
    "labels_of_interview",
    "merge_clusters",
    "record_label",
    "remove_improvement_area",
    "update_improvement_area",
    "verdicts",
]


class LabelInputError(AppError):
    """An improvement area, label or merge that cannot be recorded as given (bad input)."""

    exit_code = 2


def verdicts(store: Store, interview_id: int, language: str = "en") -> dict[str, Any]:
    """The interview's Bronze, Silver and Gold-readiness verdicts, its progress and its date."""
    return paths.interview_verdicts(store, interview_id, language)


def area_indicators(pack: Pack) -> list[Item]:
    """The indicators an improvement area may name: those with a Gold threshold."""
    return [pack.item(item_id) for item_id in paths.area_indicator_ids(pack)]


@contextmanager
def _bad_input() -> Iterator[None]:
    """An area refused for what it says (no title, an unknown indicator) is bad input."""
    try:
        yield
    except AnswerError as exc:
        raise LabelInputError(exc.message) from exc


def improvement_areas(store: Store, interview_id: int) -> list[ImprovementAreaRecord]:
    """The interview's improvement areas in their order."""
    return paths.improvement_areas_of(store, interview_id)


def add_improvement_area(
    store: Store,
    interview_id: int,
    *,
    title: str,
    evidence: str,
    indicators: Sequence[str],
    actor: str = "",
) -> int:
    """Record an improvement area (title, evidence, the indicators it concerns); its id."""
    with _bad_input():
        return paths.add_improvement_area(
            store,
            interview_id,
            title=title,
            evidence=evidence,
            indicators=indicators,
            actor=actor_for(store, interview_id, actor),
        )


def update_improvement_area(
    store: Store,
    interview_id: int,
    area_id: int,
    *,
    title: str,
    evidence: str,
    indicators: Sequence[str],
    actor: str = "",
) -> None:
    """Change an improvement area of the interview (the event log keeps the old text)."""
    _check_area_of(store, interview_id, area_id)
    with _bad_input():
        paths.update_improvement_area(
            store,
            area_id,
            title=title,
            evidence=evidence,
            indicators=indicators,
            actor=actor_for(store, interview_id, actor),
        )


def remove_improvement_area(
    store: Store, interview_id: int, area_id: int, *, actor: str = ""
) -> None:
    """Remove an improvement area of the interview; the others keep their order."""
    _check_area_of(store, interview_id, area_id)
    paths.remove_improvement_area(store, area_id, actor=actor_for(store, interview_id, actor))


def _check_area_of(store: Store, interview_id: int, area_id: int) -> None:
    if area_id not in {a.id for a in paths.improvement_areas_of(store, interview_id)}:
        raise LabelInputError(
            f"Interview {interview_id} has no improvement area with id {area_id}."
        )


def record_label(
    store: Store,
    interview_id: int,
    level: str,
    *,
    actor: str = "",
    awarded_on: date | None = None,
) -> LabelRecord:
    """Record the label the organisation received from this benchmarking (its verdict
    must support it); its term follows ``app.scoring.labels.label_term``."""
    return paths.record_label(
        store,
        interview_id,
        level,
        actor=actor_for(store, interview_id, actor),
        awarded_on=awarded_on,
    )


def labels_of_interview(store: Store, interview_id: int) -> list[LabelRecord]:
    """The labels of the interview's organisation, oldest first."""
    from app.models import repository as repo

    return paths.labels_of_cluster(store, repo.get_interview(store, interview_id).cluster_id)


def merge_clusters(store: Store, keep_id: int, merge_id: int, *, actor: str = "") -> None:
    """Make ``merge_id``'s interviews and labels those of ``keep_id`` (one organisation)."""
    paths.merge_clusters(store, keep_id, merge_id, actor=current_actor(actor))


def labels_due(store: Store, *, within_months: int, today: date | None = None) -> list[LabelDue]:
    """Clusters whose label expires, has lapsed (still renewable) or whose re-benchmarking is
    due within ``within_months`` months; a negative number is refused."""
    if within_months < 0:
        raise LabelInputError("The number of months must be 0 or more.")
    return paths.labels_due(store, within_months=within_months, today=today)


def interview_ids_due(store: Store, *, within_months: int, today: date | None = None) -> set[int]:
    """Ids of the interviews whose labels ``labels_due`` lists (the home screen's filter)."""
    return {
        d.label.interview_id for d in labels_due(store, within_months=within_months, today=today)
    }
