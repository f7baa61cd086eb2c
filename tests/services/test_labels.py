"""The label path as the expert acts on it, without windows: the session scores a second
benchmarking against its previous one, improvement areas change the Silver verdict, the
clock warns past the pack's budget, and the label actions check their input."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Store
from app.models import repository as repo
from app.scoring.labels import add_months
from app.scoring.pack import Pack
from app.services import labels
from app.services.labels import LabelInputError
from app.services.session import InterviewSession
from tests.models.label_path_fixtures import EXPERT, IMPROVEMENTS, benchmarked_twice


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def second_benchmarking(store: Store, pack: Pack) -> int:
    """A second benchmarking held today, 20 months after the first, no areas yet, open."""
    today = date.today()
    _first, second = benchmarked_twice(
        store,
        pack,
        first=add_months(today, -20),
        second=today,
        improvements=False,
        finalise_second=False,
    )
    return second


def test_the_session_scores_against_the_previous_benchmarking(
    store: Store, default_pack: Pack
) -> None:
    second = second_benchmarking(store, default_pack)
    session = InterviewSession(store, second)
    scores = session.scores
    assert scores.progress is not None
    assert scores.progress.previous_date == add_months(date.today(), -20)
    radar = scores.radar()
    assert radar["previous"] is not None
    assert len(radar["previous"]) == len(radar["axes"])
    silver = scores.verdicts["silver"]
    assert silver.status == "not_passed"
    assert silver.details["validated_improvements"] == 0
    assert scores.verdicts["bronze"].status == "passed"


def test_three_validated_areas_make_silver_pass_and_are_announced(
    store: Store, default_pack: Pack
) -> None:
    second = second_benchmarking(store, default_pack)
    session = InterviewSession(store, second)
    heard: list[str] = []
    session.improvements_changed.connect(lambda: heard.append("areas"))
    session.scores_changed.connect(lambda _scores: heard.append("scores"))
    ids = [session.add_improvement_area(*area) for area in IMPROVEMENTS]
    assert heard == ["scores", "areas"] * 3
    assert [a.title for a in session.improvement_areas()] == [a[0] for a in IMPROVEMENTS]
    assert session.scores.verdicts["silver"].status == "passed"
    # The store says the same as the session (the verb reads it from there).
    assert labels.verdicts(store, second)["verdicts"]["silver"]["status"] == "passed"
    session.update_improvement_area(ids[0], "Joint projects", "", ["interaction.joint_projects"])
    assert session.scores.verdicts["silver"].status == "not_passed"  # no evidence now
    session.remove_improvement_area(ids[0])
    assert len(session.improvement_areas()) == 2
    kinds = [e.kind for e in repo.events_of(store, second)]
    assert kinds.count("improvement_added") == 3
    assert {"improvement_changed", "improvement_removed"} <= set(kinds)
    assert repo.events_of(store, second)[-1].actor == EXPERT


def test_bad_areas_are_refused_as_bad_input_and_nothing_is_kept(
    store: Store, default_pack: Pack
) -> None:
    second = second_benchmarking(store, default_pack)
    session = InterviewSession(store, second)
    with pytest.raises(LabelInputError, match="not an indicator with a Gold threshold") as caught:
        session.add_improvement_area("Legal form", "Statutes", ["management.legal_form"])
    assert caught.value.exit_code == 2
    with pytest.raises(LabelInputError, match="title"):
        session.add_improvement_area("  ", "Statutes", ["interaction.joint_projects"])
    assert session.improvement_areas() == []
    other = second_benchmarking(store, default_pack)
    area = labels.add_improvement_area(
        store, other, title="Elsewhere", evidence="x", indicators=["interaction.joint_projects"]
    )
    with pytest.raises(LabelInputError, match="no improvement area"):
        session.remove_improvement_area(area)
    assert len(labels.improvement_areas(store, other)) == 1


def test_the_areas_may_name_only_indicators_with_a_gold_threshold(default_pack: Pack) -> None:
    allowed = {item.id for item in labels.area_indicators(default_pack)}
    assert "interaction.joint_projects" in allowed
    assert "services.kpis_monitored" in allowed
    assert "management.legal_form" not in allowed


def test_the_clock_warns_past_the_packs_whole_budget(store: Store, interview_id: int) -> None:
    clock = Clock()
    session = InterviewSession(store, interview_id, monotonic=clock)
    session.start_clock()
    session.open_item(session.resume_item_id())
    assert not session.budget().over
    budget = 60.0 * session.pack.total_budget_minutes
    clock.now += budget + 125
    status = session.budget()
    assert status.over
    assert status.overrun_seconds == pytest.approx(125, abs=1)
    assert "passed its time budget" in status.message
    section = session.current_item().section_id  # type: ignore[union-attr]
    assert section in status.sections_over


def test_due_labels_refuse_a_negative_horizon(store: Store) -> None:
    with pytest.raises(LabelInputError) as caught:
        labels.interview_ids_due(store, within_months=-1)
    assert caught.value.exit_code == 2
    assert labels.interview_ids_due(store, within_months=6) == set()
