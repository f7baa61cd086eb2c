"""Starting, finalising and reopening interviews: the rules, checked once, for every caller.

``create_interview`` validates a ``NewInterview`` completely (every problem at once) and
writes the new cluster and the interview in one transaction. ``finalise_readiness`` says
what is still open before an interview is locked; ``finalise`` and ``reopen`` change it.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field

from app.errors import AppError, BadInputError
from app.models import Store
from app.models import repository as repo
from app.models.label_paths import check_same_area, find_cluster
from app.paths import default_pack_path
from app.scoring.pack import AnswerError, AnswerValue, Pack, load_pack, validate_answer
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_MODES, TECHNOLOGY_AREAS
from app.settings import current_actor

#: The fixed problems of a new interview, by code; the windows translate these texts.
PROBLEM_TEXTS: dict[str, str] = {
    "no_cluster": "Choose a cluster or describe a new one.",
    "no_name": "Give the new cluster a name.",
    "no_country": "Choose the cluster's country.",
    "no_area": "Choose the cluster's technology area.",
    "bad_eccp_url": "The ECCP profile address must start with https://.",
    "no_expert": "Enter the expert's name.",
}


class InterviewInputError(AppError):
    """A new interview that cannot be started; ``problems`` lists every reason."""

    exit_code = 2

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class NewInterview:
    """What starting an interview needs: an existing cluster or a new one, mode and expert."""

    expert: str
    mode: str = "on_site"
    cluster_id: int | None = None
    new_cluster: repo.NewCluster | None = None
    pack: Pack | None = None


def actor_for(store: Store, interview_id: int, given: str = "") -> str:
    """Who the audit log records for an action on the interview (``app.settings``'s rule)."""
    return current_actor(given, interview_expert=repo.get_interview(store, interview_id).expert)


def new_interview_problems(request: NewInterview) -> list[str]:
    """Every reason ``request`` cannot be started (empty when it can)."""
    problems = []
    cluster = request.new_cluster
    if (request.cluster_id is None) == (cluster is None):
        problems.append(PROBLEM_TEXTS["no_cluster"])
    if cluster is not None:
        if not cluster.name.strip():
            problems.append(PROBLEM_TEXTS["no_name"])
        if not cluster.country.strip():
            problems.append(PROBLEM_TEXTS["no_country"])
        elif cluster.country not in COUNTRIES:
            problems.append(
                f"Unknown country code {cluster.country!r}; use an ISO 3166 code like AT."
            )
        if not cluster.technology_area.strip():
            problems.append(PROBLEM_TEXTS["no_area"])
        elif cluster.technology_area not in TECHNOLOGY_AREAS:
            problems.append(
                f"Unknown technology area {cluster.technology_area!r}; one of: "
                + "; ".join(TECHNOLOGY_AREAS)
            )
        url = cluster.eccp_url.strip()
        if url and not url.startswith(("https://", "http://")):
            problems.append(PROBLEM_TEXTS["bad_eccp_url"])
    if request.mode not in INTERVIEW_MODES:
        problems.append(
            f"Unknown interview mode {request.mode!r}; one of: " + ", ".join(INTERVIEW_MODES)
        )
    if not request.expert.strip():
        problems.append(PROBLEM_TEXTS["no_expert"])
    return problems


def recorded_cluster(store: Store, cluster: repo.NewCluster | None) -> int | None:
    """The recorded organisation a new cluster described this way already is, if any.

    Its interviews form one label path; ``ClusterConflictError`` when it is recorded with
    another technology area (the area decides the peer group of every benchmarking).
    """
    if cluster is None:
        return None
    found = find_cluster(
        store,
        name=cluster.name,
        country=cluster.country,
        eccp_url=cluster.eccp_url,
        fictional=cluster.fictional,
    )
    if found is not None:
        check_same_area(store, found, cluster.technology_area)
    return found


def create_interview(store: Store, request: NewInterview) -> int:
    """Start the interview (and its new cluster) in one transaction; return its id.

    A new cluster that is already recorded (same name and country, or the same ECCP
    profile) is not added again: the interview becomes that organisation's next
    benchmarking. ``InterviewInputError`` lists every problem and nothing is written when
    there is one.
    """
    problems = new_interview_problems(request)
    if problems:
        raise InterviewInputError(problems)
    expert = request.expert.strip()
    existing = recorded_cluster(store, request.new_cluster)
    return repo.create_interview(
        store,
        cluster_id=request.cluster_id if existing is None else existing,
        new_cluster=request.new_cluster if existing is None else None,
        pack=request.pack or load_pack(default_pack_path()),
        mode=request.mode,
        expert=expert,
        actor=current_actor(expert),
    )


# --- finalising ---------------------------------------------------------------------------

#: The kinds of open point, in the order the review lists them.
POINT_KINDS = ("unanswered", "invalid", "flag", "prefill")


@dataclass(frozen=True)
class OpenPoint:
    """Something to settle before finalising: its kind, the question, and a detail."""

    kind: str  # one of POINT_KINDS
    item_id: str
    detail: str = ""  # the validation message ("invalid") or the flag ("flag")


@dataclass(frozen=True)
class Readiness:
    """What is still open among the questions asked, in questionnaire order."""

    points: tuple[OpenPoint, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        """Whether nothing is open (finalising then needs no "anyway")."""
        return not self.points


def open_points(
    pack: Pack,
    answers: Mapping[str, AnswerValue],
    flags: Mapping[str, Set[str]],
    unconfirmed: Set[str],
    language: str = "en",
) -> Readiness:
    """Unanswered required questions, answers the pack no longer accepts, open flags and
    pre-filled answers not yet confirmed, over the questions asked."""
    points: list[OpenPoint] = []
    for item in pack.items:
        if not item.is_relevant(answers):
            continue
        value = answers.get(item.id)
        if value is None:
            if item.required:
                points.append(OpenPoint("unanswered", item.id))
        else:
            try:
                validate_answer(item, value, language)
            except AnswerError as error:
                points.append(OpenPoint("invalid", item.id, error.message))
        points.extend(OpenPoint("flag", item.id, kind) for kind in sorted(flags.get(item.id, ())))
        if item.id in unconfirmed:
            points.append(OpenPoint("prefill", item.id))
    counts = {kind: sum(1 for p in points if p.kind == kind) for kind in POINT_KINDS}
    return Readiness(tuple(points), counts)


def finalise_readiness(store: Store, interview_id: int, language: str = "en") -> Readiness:
    """What is still open in the interview as stored."""
    return open_points(
        repo.pack_of(store, interview_id),
        repo.answers_of(store, interview_id),
        repo.flags_of(store, interview_id),
        set(repo.unconfirmed_prefills(store, interview_id)),
        language,
    )


class NotReadyError(AppError):
    """Finalising refused because points are open and the caller did not say "anyway"."""

    exit_code = 2

    def __init__(self, readiness: Readiness) -> None:
        counts = readiness.counts
        super().__init__(
            f"{counts.get('unanswered', 0)} required questions unanswered, "
            f"{counts.get('invalid', 0)} invalid answers, {counts.get('flag', 0)} open flags, "
            f"{counts.get('prefill', 0)} pre-filled answers not confirmed."
        )
        self.readiness = readiness


def finalise(
    store: Store, interview_id: int, *, anyway: bool = False, actor: str = ""
) -> Readiness:
    """Stop the clock and lock the interview; return what was still open.

    Without ``anyway`` an interview with open points is refused (``NotReadyError``).
    """
    readiness = finalise_readiness(store, interview_id)
    if not readiness.ready and not anyway:
        raise NotReadyError(readiness)
    who = actor_for(store, interview_id, actor)
    repo.clock_pause(store, interview_id, actor=who)
    repo.finalise_interview(store, interview_id, actor=who)
    return readiness


def reopen(store: Store, interview_id: int, reason: str, *, actor: str = "") -> None:
    """Unlock a finalised interview; the reason is kept in its log."""
    status = repo.get_interview(store, interview_id).status
    if status in ("in_progress", "paused"):
        raise BadInputError(
            f"Interview {interview_id} is not finalised; there is nothing to reopen."
        )
    repo.reopen_interview(
        store, interview_id, reason=reason, actor=actor_for(store, interview_id, actor)
    )
