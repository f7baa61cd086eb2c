"""Practice for trainees: start a session of a fictional case, and calibrate it.

A practice interview is an ordinary interview in mode ``"practice"`` of the case's
fictional cluster; the store's ``practice_sessions`` table says which case it plays.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.models import Store
from app.models import repository as repo
from app.paths import default_pack_path
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
from app.settings import current_actor, settings

log = logging.getLogger(__name__)

PRACTICE_MODE = "practice"


@dataclass(frozen=True)
class PracticeSession:
    """One practice interview: which case, which trainee, when."""

    interview_id: int
    interview_uuid: str
    case_id: str
    trainee: str
    started_at: datetime


def start_practice(
    store: Store, case: PracticeCase | str, *, trainee: str, pack: Pack | None = None
) -> int:
    """Start a practice interview of ``case`` (or its id) for ``trainee``; return its id.

    The case's fictional cluster is made on its first session and reused afterwards; the
    interview and the record of the case it plays are one transaction. The pack must be the
    one the case's reference answers were written for (by default the shipped pack).
    """
    trainee = trainee.strip()
    if not trainee:
        raise PracticeCaseError("Give the trainee's name: sessions are kept under it.")
    if isinstance(case, str):
        case = practice_case_by_id(case)
    pack = pack or load_pack(default_pack_path())
    if (pack.id, pack.version) != (case.pack_id, case.pack_version):
        raise PracticeCaseError(
            f"The practice case {case.title} is written for the questionnaire "
            f"{case.pack_id} {case.pack_version}, not {pack.id} {pack.version}."
        )
    existing = _case_cluster(store, case)
    interview_id = repo.create_interview(
        store,
        cluster_id=existing,
        new_cluster=None
        if existing is not None
        else repo.NewCluster(
            name=case.cluster_name,
            country=case.country,
            technology_area=case.technology_area,
            fictional=True,
        ),
        pack=pack,
        mode=PRACTICE_MODE,
        expert=trainee,
        actor=current_actor(trainee),
        practice_case=case.id,
    )
    log.info("practice interview %s started on case %s", interview_id, case.id)
    return interview_id


def _case_cluster(store: Store, case: PracticeCase) -> int | None:
    """The case's fictional cluster, when an earlier session made it."""
    for cluster in repo.list_clusters(store):
        if cluster.fictional and cluster.name == case.cluster_name:
            return cluster.id
    return None


def _case_by_cluster_name(name: str, cases: Sequence[PracticeCase] | None) -> str | None:
    try:
        known = list(cases) if cases is not None else load_practice_cases()
    except PracticeCaseError:
        log.exception("the practice cases cannot be read")
        return None
    return next((case.id for case in known if case.cluster_name == name), None)


def _played_case(
    interview: repo.InterviewSummary,
    records: dict[str, repo.PracticeRecord],
    cases: Sequence[PracticeCase] | None,
) -> str | None:
    """The recorded case of the interview, else its fictional cluster's case."""
    record = records.get(interview.uuid)
    if record is not None:
        return record.case_id
    if interview.mode != PRACTICE_MODE or not interview.fictional:
        return None
    return _case_by_cluster_name(interview.cluster_name, cases)


def practice_case_id(
    store: Store, interview_id: int, *, cases: Sequence[PracticeCase] | None = None
) -> str | None:
    """The practice case an interview plays, or None for any other interview.

    Without a record (an interview started elsewhere), a practice interview of a case's
    fictional cluster plays that case.
    """
    return _played_case(
        repo.get_interview(store, interview_id), repo.practice_records(store), cases
    )


def practice_case_of(store: Store, interview_id: int) -> PracticeCase | None:
    """The case a practice interview plays (None for other interviews or unreadable cases)."""
    try:
        case_id = practice_case_id(store, interview_id)
        return practice_case_by_id(case_id) if case_id else None
    except PracticeCaseError:
        log.exception("the practice case of interview %s cannot be read", interview_id)
        return None


def practice_sessions(
    store: Store, *, trainee: str | None = None, cases: Sequence[PracticeCase] | None = None
) -> list[PracticeSession]:
    """The practice interviews in ``store`` that play a known case, oldest first."""
    records = repo.practice_records(store)
    sessions = []
    for summary in repo.list_interviews(store):
        if summary.mode != PRACTICE_MODE:
            continue
        if trainee is not None and summary.expert != trainee:
            continue
        case_id = _played_case(summary, records, cases)
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
    store: Store,
    interview_id: int,
    *,
    cases: Sequence[PracticeCase] | None = None,
    language: str | None = None,
) -> CalibrationReport:
    """The calibration report of a practice interview against its case's reference, in
    ``language`` (default: the interface language)."""
    case_id = practice_case_id(store, interview_id, cases=cases)
    if case_id is None:
        raise PracticeCaseError("This interview is not a practice case, so it has no reference.")
    case = practice_case_by_id(case_id, list(cases) if cases is not None else None)
    pack = repo.pack_of(store, interview_id)
    answers = repo.answers_of(store, interview_id)
    language = language or settings().language
    return calibrate(
        pack,
        answers,
        case.reference_answers,
        rationale=case.rationale_in(language),
        language=language,
    )


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
        # Only the report's numbers go into the history, so its language does not matter.
        report = calibrate_interview(store, session.interview_id, cases=known, language="en")
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
    language: str = "en"

    @property
    def trend(self) -> str:
        """The history's one-sentence trend in the report's language."""
        return self.history.summary(self.language)


def calibration_overview(
    store: Store,
    interview_id: int,
    *,
    cases: Sequence[PracticeCase] | None = None,
    language: str | None = None,
) -> CalibrationOverview:
    """A practice interview's calibration report with its trainee's sessions of the case, in
    ``language`` (default: the interface language)."""
    chosen = language or settings().language
    known = list(cases) if cases is not None else load_practice_cases()
    report = calibrate_interview(store, interview_id, cases=known, language=chosen)
    case_id = practice_case_id(store, interview_id, cases=known)
    assert case_id is not None  # calibrate_interview refuses other interviews
    trainee = repo.get_interview(store, interview_id).expert
    return CalibrationOverview(
        interview_id=interview_id,
        case=practice_case_by_id(case_id, known),
        trainee=trainee,
        report=report,
        history=trainee_history(store, trainee, case_id=case_id, cases=known),
        language=chosen,
    )
