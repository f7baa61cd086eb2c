"""Practice sessions: a trainee's interviews of fictional practice cases, and their history.

A practice interview is an ordinary interview in mode ``"practice"`` of a fictional cluster.
Which case it plays is kept in ``data_dir()/practice_sessions.json`` (keyed by the
interview's UUID, written atomically), so the store schema needs no change for it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.fileio import write_atomically
from app.models import Store
from app.models import repository as repo
from app.paths import data_dir, default_pack_path
from app.scoring.calibration import (
    CalibrationHistory,
    CalibrationReport,
    CalibrationSession,
    calibrate,
    calibration_history,
)
from app.scoring.pack import Pack, load_pack
from app.scoring.practice import (
    PracticeCase,
    PracticeCaseError,
    load_practice_cases,
    practice_case_by_id,
)

log = logging.getLogger(__name__)

SESSIONS_FILE = "practice_sessions.json"
PRACTICE_MODE = "practice"


@dataclass(frozen=True)
class PracticeSession:
    """One practice interview: which case, which trainee, when."""

    interview_id: int
    interview_uuid: str
    case_id: str
    trainee: str
    started_at: datetime


def sessions_path() -> Path:
    """The JSON file mapping practice interviews to their cases."""
    return data_dir() / SESSIONS_FILE


def _read_mapping() -> dict[str, dict[str, Any]]:
    path = sessions_path()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        # A damaged mapping must not stop the app; the interviews themselves are intact.
        log.warning("cannot read %s: %s", path, exc)
        return {}
    sessions = document.get("sessions", {}) if isinstance(document, dict) else {}
    return {str(k): dict(v) for k, v in sessions.items() if isinstance(v, dict)}


def _write_mapping(sessions: dict[str, dict[str, Any]]) -> None:
    path = sessions_path()
    text = json.dumps({"version": 1, "sessions": sessions}, indent=2, sort_keys=True)
    write_atomically(path, text)


def record_practice_case(interview_uuid: str, case_id: str, trainee: str) -> None:
    """Remember that the interview with ``interview_uuid`` plays ``case_id``."""
    sessions = _read_mapping()
    sessions[interview_uuid] = {
        "case_id": case_id,
        "trainee": trainee,
        "started_at": datetime.now(UTC).isoformat(),
    }
    _write_mapping(sessions)


def start_practice_interview(
    store: Store, case: PracticeCase, *, trainee: str, pack: Pack | None = None
) -> int:
    """Create the case's fictional cluster and a practice interview for ``trainee``.

    Returns the interview id. The pack must be the one the case's reference answers were
    written for (by default the shipped pack).
    """
    pack = pack or load_pack(default_pack_path())
    if (pack.id, pack.version) != (case.pack_id, case.pack_version):
        raise PracticeCaseError(
            f"The practice case {case.title} is written for the questionnaire "
            f"{case.pack_id} {case.pack_version}, not {pack.id} {pack.version}."
        )
    cluster_id = _case_cluster(store, case)
    interview_id = repo.create_interview(
        store, cluster_id=cluster_id, pack=pack, mode=PRACTICE_MODE, expert=trainee, actor=trainee
    )
    detail = repo.get_interview(store, interview_id)
    record_practice_case(detail.uuid, case.id, trainee)
    log.info("practice interview %s started on case %s", interview_id, case.id)
    return interview_id


def _case_cluster(store: Store, case: PracticeCase) -> int:
    """The case's fictional cluster, created on the first session and reused afterwards."""
    for cluster in repo.list_clusters(store):
        if cluster.fictional and cluster.name == case.cluster_name:
            return cluster.id
    return repo.create_cluster(
        store,
        name=case.cluster_name,
        country=case.country,
        technology_area=case.technology_area,
        fictional=True,
    )


def _case_by_cluster_name(name: str, cases: Sequence[PracticeCase] | None) -> str | None:
    try:
        known = list(cases) if cases is not None else load_practice_cases()
    except PracticeCaseError:
        log.exception("the practice cases cannot be read")
        return None
    return next((case.id for case in known if case.cluster_name == name), None)


def _played_case(
    interview: repo.InterviewSummary,
    mapping: dict[str, dict[str, Any]],
    cases: Sequence[PracticeCase] | None,
) -> str | None:
    """The sessions file's case for the interview, else its fictional cluster's case."""
    entry = mapping.get(interview.uuid)
    if entry:
        return str(entry["case_id"])
    if interview.mode != PRACTICE_MODE or not interview.fictional:
        return None
    return _case_by_cluster_name(interview.cluster_name, cases)


def practice_case_id(
    store: Store, interview_id: int, *, cases: Sequence[PracticeCase] | None = None
) -> str | None:
    """The practice case an interview plays, or None for any other interview.

    The sessions file says which case; when it is missing (e.g. after restoring the store
    elsewhere), a practice interview of a case's fictional cluster plays that case.
    """
    return _played_case(repo.get_interview(store, interview_id), _read_mapping(), cases)


def practice_sessions(
    store: Store, *, trainee: str | None = None, cases: Sequence[PracticeCase] | None = None
) -> list[PracticeSession]:
    """The practice interviews in ``store`` that play a known case, oldest first."""
    mapping = _read_mapping()
    sessions = []
    for summary in repo.list_interviews(store):
        if summary.mode != PRACTICE_MODE:
            continue
        if trainee is not None and summary.expert != trainee:
            continue
        case_id = _played_case(summary, mapping, cases)
        if case_id is None:
            continue
        sessions.append(
            PracticeSession(
                interview_id=summary.id,
                interview_uuid=summary.uuid,
                case_id=case_id,
                trainee=summary.expert,
                started_at=summary.created_at,
            )
        )
    return sorted(sessions, key=lambda s: (s.started_at, s.interview_id))


def calibrate_interview(
    store: Store, interview_id: int, *, cases: Sequence[PracticeCase] | None = None
) -> CalibrationReport:
    """The calibration report of a practice interview against its case's reference."""
    case_id = practice_case_id(store, interview_id, cases=cases)
    if case_id is None:
        raise PracticeCaseError("This interview is not a practice case, so it has no reference.")
    case = practice_case_by_id(case_id, list(cases) if cases is not None else None)
    pack = repo.pack_of(store, interview_id)
    answers = repo.answers_of(store, interview_id)
    return calibrate(pack, answers, case.reference_answers, rationale=case.rationale)


def trainee_history(
    store: Store,
    trainee: str,
    *,
    case_id: str | None = None,
    cases: Sequence[PracticeCase] | None = None,
) -> CalibrationHistory:
    """A trainee's calibration across their practice sessions (of one case), oldest first."""
    known = list(cases) if cases is not None else load_practice_cases()
    titles = {case.id: case.title for case in known}
    sessions = []
    for session in practice_sessions(store, trainee=trainee, cases=known):
        if session.case_id not in titles or case_id not in (None, session.case_id):
            continue
        report = calibrate_interview(store, session.interview_id, cases=known)
        sessions.append(
            CalibrationSession(
                interview_id=session.interview_id,
                case_id=session.case_id,
                case_title=titles[session.case_id],
                at=session.started_at,
                report=report,
            )
        )
    return calibration_history(sessions)


@dataclass(frozen=True)
class CalibrationOverview:
    """What the calibration report shows: the session's report and the trend of its case."""

    interview_id: int
    case: PracticeCase
    trainee: str
    report: CalibrationReport
    history: CalibrationHistory


def calibration_overview(
    store: Store, interview_id: int, *, cases: Sequence[PracticeCase] | None = None
) -> CalibrationOverview:
    """A practice interview's calibration report with its trainee's sessions of the case."""
    known = list(cases) if cases is not None else load_practice_cases()
    report = calibrate_interview(store, interview_id, cases=known)
    case_id = practice_case_id(store, interview_id, cases=known)
    assert case_id is not None  # calibrate_interview refuses other interviews
    trainee = repo.get_interview(store, interview_id).expert
    return CalibrationOverview(
        interview_id=interview_id,
        case=practice_case_by_id(case_id, known),
        trainee=trainee,
        report=report,
        history=trainee_history(store, trainee, case_id=case_id, cases=known),
    )
