"""A fictional cluster organisation benchmarked twice: the label path in a real store.

The dates are set on the interview rows directly (``created_at``), as if the interviews had
been held then; the store offers no way to back-date an interview, and should not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from app.models import Store
from app.models import repository as repo
from app.models.label_paths import add_improvement_area
from app.models.schema import Interview
from app.scoring.pack import Pack
from tests.scoring.test_engine import GOLD_ANSWERS

CLUSTER = "Fjordlys Maritime Cluster (fictional)"
EXPERT = "Erika Example (fictional)"

#: The first benchmarking: a cluster that misses Gold on a few indicators.
FIRST_ANSWERS: dict[str, Any] = {
    **GOLD_ANSWERS,
    "eligibility.social_economy": False,
    "interaction.joint_projects": 2,
    "services.kpis_monitored": False,
    "achievements.press_articles": 4,
    "structure.new_participants": 3,
    "financing.public_share": 72.0,
}
#: The second benchmarking: the same cluster after working on those indicators.
SECOND_ANSWERS: dict[str, Any] = {
    **GOLD_ANSWERS,
    "eligibility.social_economy": False,
    "interaction.joint_projects": 9,
    "services.kpis_monitored": True,
    "achievements.press_articles": 16,
    "structure.new_participants": 4,
}
IMPROVEMENTS = (
    (
        "Joint projects between members",
        "Project list 2025 (fictional)",
        ["interaction.joint_projects"],
    ),
    (
        "Monitoring with KPIs",
        "KPI dashboard and board minutes (fictional)",
        ["services.kpis_monitored"],
    ),
    ("Visibility in the press", "Press review 2025 (fictional)", ["achievements.press_articles"]),
)


def set_interview_date(store: Store, interview_id: int, day: date) -> None:
    """Back-date an interview (its creation time), as if it had been held on ``day``."""
    moment = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
    with store.session_scope() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        interview.created_at = moment


def benchmarked_twice(
    store: Store,
    pack: Pack,
    *,
    first: date = date(2024, 5, 14),
    second: date = date(2026, 2, 10),
    improvements: bool = True,
    finalise_second: bool = True,
) -> tuple[int, int]:
    """The organisation, its first (finalised) and second benchmarking; their ids."""
    cluster = repo.create_cluster(
        store, name=CLUSTER, country="NO", technology_area="ICT", fictional=True
    )
    ids = []
    for answers, day in ((FIRST_ANSWERS, first), (SECOND_ANSWERS, second)):
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode="on_site", expert=EXPERT, actor=EXPERT
        )
        set_interview_date(store, interview, day)
        for item_id, value in answers.items():
            repo.save_answer(store, pack, interview, item_id, value, actor=EXPERT)
        ids.append(interview)
    first_id, second_id = ids
    repo.finalise_interview(store, first_id, actor=EXPERT)
    if improvements:
        for title, evidence, indicators in IMPROVEMENTS:
            add_improvement_area(
                store,
                second_id,
                title=title,
                evidence=evidence,
                indicators=indicators,
                actor=EXPERT,
            )
    if finalise_second:
        repo.finalise_interview(store, second_id, actor=EXPERT)
    return first_id, second_id
