"""The scoring engine: every rule kind, section scores, Gold-readiness and the Silver pre-check."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.scoring.engine import score_interview
from app.scoring.pack import Pack, parse_pack
from app.scoring.reference import default_reference
from tests.ui.shell_fixtures import sample_scores

#: A fictional cluster that meets every Gold threshold and minimum of the default pack.
GOLD_ANSWERS: dict[str, Any] = {
    "eligibility.eccp_listed": True,
    "eligibility.programme_recognised": False,
    "eligibility.management_fte": 3.0,
    "eligibility.committed_members": 120,
    "eligibility.member_types": ["companies", "research", "education", "public_bodies"],
    "eligibility.english_website": True,
    "structure.participants_total": 140,
    "structure.sme_share": 75.0,
    "structure.research_education_participants": 12,
    "structure.regional_share": 80.0,
    "structure.international_participants": 6,
    "structure.new_participants": 20,
    "management.year_founded": 2008,
    "management.legal_form": "association",
    "management.staff_fte": 4.5,
    "management.manager_experience": 9.0,
    "management.staff_turnover": 10.0,
    "management.training_days": 5.0,
    "management.member_involvement": "board",
    "financing.total_budget": 800_000.0,
    "financing.public_share": 35.0,
    "financing.membership_fee_share": 30.0,
    "financing.services_share": 35.0,
    "financing.secured_years": 3,
    "financing.budget_monitored": True,
    "services.written_strategy": True,
    "services.strategy_year": 2023,
    "services.action_plan": True,
    "services.kpis_monitored": True,
    "services.offer": [
        "information",
        "matchmaking",
        "training",
        "internationalisation",
        "innovation_projects",
        "marketing",
    ],  # fmt: skip
    "services.events_per_year": 30,
    "services.international_activities": 8,
    "interaction.contact_frequency": "weekly",
    "interaction.active_member_share": 70.0,
    "interaction.joint_projects": 12,
    "interaction.working_groups": 6,
    "interaction.matchmaking_contacts": 80,
    "interaction.channels": ["newsletter", "website", "social_media", "meetings"],
    "achievements.press_articles": 40,
    "achievements.satisfaction_survey": True,
    "achievements.satisfaction_score": 85.0,
    "achievements.project_funding": 2_500_000.0,
    "achievements.success_stories": [{"title": "A"}, {"title": "B"}, {"title": "C"}],
    "megatrends.digital": "leading",
    "megatrends.green": "leading",
    "megatrends.social": "leading",
}

RULES_PACK = """
schema: 2
id: rules-test
version: "0.1"
title: Rule kinds (test pack)
languages: [en]
gold_share: 80
rules:
  eligibility:
    eccp_listing: e.listed
    programme_recognition: e.programme
    social_economy: e.social
    management_fte: e.fte
    committed_members: e.members
    member_types: e.types
    public_cooperation: e.cooperation
    english_website: e.website
    public_bodies_option: state
  gold_indicators: [s.up, s.down, s.bands, t.yes, t.no, t.choice, t.count, t.stories, t.score]
  silver_baseline: [s.up, t.yes]
sections:
  - id: e
    title: Eligibility
    budget_minutes: 5
    chart_axis: false
    items:
      - {id: e.listed, label: Listed, type: yes_no, source: assumption}
      - {id: e.programme, label: Programme, type: yes_no, source: assumption}
      - {id: e.social, label: Social economy, type: yes_no, source: assumption}
      - {id: e.fte, label: FTE, type: decimal, source: assumption}
      - {id: e.members, label: Members, type: integer, source: assumption}
      - id: e.types
        label: Member types
        type: multiple_choice
        source: assumption
        options: [{code: firms, label: Firms}, {code: state, label: State}]
        source: assumption
      - {id: e.cooperation, label: Cooperation, type: yes_no, source: assumption}
      - {id: e.website, label: Website, type: yes_no, source: assumption}
  - id: s
    title: Section S
    budget_minutes: 10
    items:
      - id: s.up
        label: Members
        type: integer
        source: assumption
        unit: members
        validation: {min: 0, max: 1000}
        scoring: {kind: threshold, gold_threshold: 50, minimum: 10, source: assumption}
      - id: s.down
        label: Public share
        type: percent
        source: assumption
        scoring: {kind: threshold, direction: lower, gold_threshold: 60, source: assumption}
      - id: s.bands
        label: Budget
        type: currency
        source: assumption
        unit: EUR
        scoring: {kind: bands, gold_threshold: 200, weight: 2,
                  bands: [{min: 0, score: 0}, {min: 100, score: 0.5}, {min: 200, score: 0.8},
                          {min: 400, score: 1}], source: assumption}
  - id: t
    title: Section T
    budget_minutes: 10
    items:
      - id: t.yes
        label: Strategy
        type: yes_no
        source: assumption
        scoring: {kind: boolean, minimum: 1, source: assumption}
      - id: t.no
        label: Open complaints
        type: yes_no
        source: assumption
        scoring: {kind: boolean, direction: lower}
      - id: t.choice
        label: Contact
        type: single_choice
        source: assumption
        options:
          - {code: rare, label: Rarely, points: 0}
          - {code: often, label: Often, points: 0.5}
          - {code: always, label: Always, points: 1}
        scoring: {kind: choice_points, gold_threshold: 0.5, source: assumption}
      - id: t.count
        label: Services
        type: multiple_choice
        source: assumption
        options:
          [{code: a, label: A}, {code: b, label: B}, {code: c, label: C}, {code: d, label: D}]
        scoring: {kind: count, gold_threshold: 2, source: assumption}
      - id: t.stories
        label: Stories
        type: group
        source: assumption
        fields: [{id: title, label: Title, type: short_text, required: true}]
        scoring: {kind: count, gold_threshold: 3, source: assumption}
      - id: t.score
        label: Satisfaction
        type: percent
        source: assumption
        relevant: {item: t.yes, equals: true}
        scoring: {kind: threshold, gold_threshold: 70, source: assumption}
      - id: t.info
        label: Free text
        type: long_text
        source: assumption
      - id: t.unscored_bands
        label: Size class
        type: integer
        source: assumption
        scoring: {kind: bands, bands: [{min: 0, score: 0}, {min: 10, score: 1}], source: assumption}
"""


@pytest.fixture(scope="module")
def rules_pack() -> Pack:
    return parse_pack(RULES_PACK, "rules-test")


def _indicator(pack: Pack, answers: dict[str, Any], item_id: str) -> dict[str, Any]:
    rows = score_interview(pack, answers).to_dict()["indicators"]
    return next(row for row in rows if row["id"] == item_id)


# --- rule kinds ----------------------------------------------------------------------------


def test_threshold_higher_is_better(rules_pack: Pack) -> None:
    at = _indicator(rules_pack, {"s.up": 50}, "s.up")
    assert (at["passed"], at["score"], at["gap"]) == (True, 1.0, None)
    below = _indicator(rules_pack, {"s.up": 30}, "s.up")
    assert below["passed"] is False
    assert below["score"] == pytest.approx(0.6)  # 30 of the way from 0 to 50
    assert below["gap"] == 20
    assert below["minimum_met"] is True
    assert "Gold needs at least 50 members (20 members short)" in below["explanation"]
    under_minimum = _indicator(rules_pack, {"s.up": 5}, "s.up")
    assert under_minimum["minimum_met"] is False
    assert "BELOW the minimum of at least 10 members" in under_minimum["explanation"]


def test_threshold_lower_is_better(rules_pack: Pack) -> None:
    good = _indicator(rules_pack, {"s.down": 60.0}, "s.down")
    assert (good["passed"], good["score"]) == (True, 1.0)
    high = _indicator(rules_pack, {"s.down": 80.0}, "s.down")
    assert high["passed"] is False
    assert high["direction"] == "lower"
    assert high["score"] == pytest.approx(0.5)  # halfway from 100 % down to 60 %
    assert high["gap"] == 20
    assert "at most 60 %" in high["explanation"]
    assert "too high" in high["explanation"]


@pytest.mark.parametrize(
    ("value", "score", "passed"),
    [(0, 0.0, False), (99, 0.0, False), (100, 0.5, False), (250, 0.8, True), (400, 1.0, True)],
)
def test_bands(rules_pack: Pack, value: float, score: float, passed: bool) -> None:
    row = _indicator(rules_pack, {"s.bands": float(value)}, "s.bands")
    assert (row["score"], row["passed"]) == (score, passed)


def test_bands_without_threshold_score_but_do_not_count_for_gold(rules_pack: Pack) -> None:
    row = _indicator(rules_pack, {"t.unscored_bands": 12}, "t.unscored_bands")
    assert (row["score"], row["passed"]) == (1.0, None)
    assert "no Gold threshold" in row["explanation"]


def test_boolean_both_directions(rules_pack: Pack) -> None:
    assert _indicator(rules_pack, {"t.yes": True}, "t.yes")["passed"] is True
    no = _indicator(rules_pack, {"t.yes": False}, "t.yes")
    assert (no["passed"], no["score"], no["minimum_met"]) == (False, 0.0, False)
    assert _indicator(rules_pack, {"t.no": False}, "t.no")["passed"] is True
    assert _indicator(rules_pack, {"t.no": True}, "t.no")["passed"] is False


def test_choice_points(rules_pack: Pack) -> None:
    rare = _indicator(rules_pack, {"t.choice": "rare"}, "t.choice")
    assert (rare["score"], rare["passed"], rare["value"]) == (0.0, False, "rare")
    assert rare["value_text"] == "Rarely"
    assert "'Often' or better" in rare["explanation"]
    often = _indicator(rules_pack, {"t.choice": "often"}, "t.choice")
    assert (often["score"], often["passed"]) == (0.5, True)


def test_count_of_choices_and_of_group_entries(rules_pack: Pack) -> None:
    one = _indicator(rules_pack, {"t.count": ["a"]}, "t.count")
    assert (one["score"], one["passed"], one["gap"]) == (0.5, False, 1)
    assert _indicator(rules_pack, {"t.count": ["a", "c", "d"]}, "t.count")["score"] == 1.0
    stories = _indicator(rules_pack, {"t.stories": [{"title": "x"}] * 3}, "t.stories")
    assert (stories["passed"], stories["value"]) == (True, 3)


def test_unscored_items_are_not_indicators(rules_pack: Pack) -> None:
    ids = [row["id"] for row in score_interview(rules_pack, {}).to_dict()["indicators"]]
    assert "t.info" not in ids
    assert "s.up" in ids


def test_unanswered_indicator_says_what_gold_needs(rules_pack: Pack) -> None:
    row = _indicator(rules_pack, {}, "s.up")
    assert (row["value"], row["score"], row["passed"], row["minimum_met"]) == (
        None,
        None,
        None,
        None,
    )
    assert "not answered yet" in row["explanation"]
    assert "at least 50 members" in row["explanation"]


def test_irrelevant_items_are_not_counted(rules_pack: Pack) -> None:
    row = _indicator(rules_pack, {"t.yes": False, "t.score": 90.0}, "t.score")
    assert row["relevant"] is False
    assert row["score"] is None
    assert "not asked" in row["explanation"]
    assert _indicator(rules_pack, {"t.yes": True, "t.score": 90.0}, "t.score")["passed"]


# --- sections, Gold, Silver -----------------------------------------------------------------


def test_section_score_is_the_weighted_mean_of_answered_indicators(rules_pack: Pack) -> None:
    result = score_interview(rules_pack, {"s.up": 50, "s.bands": 100.0})
    section = result.section("s")
    # (1 * 1.0 + 2 * 0.5) / 3
    assert section.score == pytest.approx(66.7)
    assert (section.answered, section.scored_items, section.indicators_answered) == (2, 3, 2)
    assert result.section("t").score is None


def test_gold_share_is_weighted_and_counts_unanswered_as_not_passing(rules_pack: Pack) -> None:
    answers = {"s.up": 60, "s.down": 20.0, "s.bands": 500.0, "t.yes": True, "t.no": False}
    gold = score_interview(rules_pack, answers).gold
    # counted: s.up, s.down, s.bands (w2), t.yes, t.no, t.choice, t.count, t.stories, t.score
    assert gold.share == pytest.approx(100 * 6 / 10)
    assert gold.status == "incomplete"
    assert gold.best_share == 100
    assert set(gold.unanswered) == {"t.choice", "t.count", "t.stories", "t.score"}


def test_gold_ready_when_share_and_minimums_are_met(rules_pack: Pack) -> None:
    answers = {
        "s.up": 60, "s.down": 20.0, "s.bands": 500.0, "t.yes": True, "t.no": False,
        "t.choice": "always", "t.count": ["a", "b"], "t.stories": [{"title": "x"}],
        "t.score": 50.0,
    }  # fmt: skip
    result = score_interview(rules_pack, answers)
    assert result.gold.share == 80.0
    assert result.gold.status == "ready"
    assert result.gold.ready
    assert result.silver_precheck.passed is True
    assert set(result.gold.failing) == {"t.stories", "t.score"}


def test_a_failed_minimum_blocks_gold_whatever_the_share(rules_pack: Pack) -> None:
    answers = {
        "s.up": 5, "s.down": 20.0, "s.bands": 500.0, "t.yes": True, "t.no": False,
        "t.choice": "always", "t.count": ["a", "b"], "t.stories": [{"title": "x"}] * 3,
        "t.score": 90.0,
    }  # fmt: skip
    result = score_interview(rules_pack, answers)
    assert result.gold.share == 90.0
    assert result.gold.status == "not_ready"
    assert result.gold.minimums_met is False
    assert result.silver_precheck.passed is False
    assert result.silver_precheck.failing_minimums == ("s.up",)
    assert "minimum" in result.gold.explanation
    assert any("Members" in change for change in result.gold.what_would_change)


def test_not_ready_when_even_all_open_indicators_could_not_reach_the_share(
    rules_pack: Pack,
) -> None:
    answers = {"s.up": 20, "s.down": 90.0, "t.yes": True, "t.no": True}
    gold = score_interview(rules_pack, answers).gold
    assert gold.best_share < 80
    assert gold.status == "not_ready"
    assert "even if all" in gold.explanation


def test_what_would_change_names_the_cheapest_way_to_gold(rules_pack: Pack) -> None:
    answers = {
        "s.up": 45, "s.down": 90.0, "s.bands": 50.0, "t.yes": True, "t.no": False,
        "t.choice": "always", "t.count": ["a", "b"], "t.stories": [{"title": "x"}] * 3,
        "t.score": 90.0,
    }  # fmt: skip
    gold = score_interview(rules_pack, answers).gold
    assert gold.status == "not_ready"
    assert gold.share == 60.0
    changes = list(gold.what_would_change)
    # Budget weighs 2: meeting it alone lifts the share to 80 %.
    assert changes[0].startswith("Meeting Gold on 1 more indicator")
    assert "80 %" in changes[0]
    assert changes[1] == "Budget: at least 200 EUR (now 50 EUR)."


def test_silver_precheck_unknown_while_a_minimum_is_unanswered(rules_pack: Pack) -> None:
    silver = score_interview(rules_pack, {"s.up": 20}).silver_precheck
    assert silver.passed is None
    assert silver.unknown_minimums == ("t.yes",)
    assert "not answered" in silver.explanation


# --- the default pack ------------------------------------------------------------------------


def test_default_pack_gold_cluster(default_pack: Pack) -> None:
    result = score_interview(default_pack, GOLD_ANSWERS)
    assert result.eligibility.status == "eligible"
    assert result.gold.status == "ready", result.gold.explanation
    assert result.gold.share == 100.0
    assert result.silver_precheck.passed is True
    assert all(s.score == 100.0 for s in result.sections if s.scored_items)
    assert result.gold.what_would_change == ()


def test_default_pack_empty_interview(default_pack: Pack) -> None:
    data = score_interview(default_pack, {}).to_dict()
    assert data["eligibility"]["status"] == "incomplete"
    assert data["gold"]["status"] == "incomplete"
    assert data["gold"]["share"] == 0
    assert data["silver_precheck"]["passed"] is None
    assert data["radar"]["cluster"] == [None] * len(data["radar"]["axes"])
    assert data["reference"] is None
    assert data["peers"] == {"groups": {}, "indicators": {}, "sections": {}}


def test_result_names_pack_and_reference_for_recomputation(default_pack: Pack) -> None:
    reference = default_reference()
    data = score_interview(default_pack, GOLD_ANSWERS, reference, "ICT").to_dict()
    assert data["pack"] == {
        "id": "ecei-benchmarking-public",
        "version": default_pack.version,
        "content_hash": default_pack.content_hash,
    }
    assert len(data["pack"]["content_hash"]) == 64
    assert data["reference"]["sha256"] == reference.sha256
    assert data["reference"]["synthetic"] is True
    assert data["reference"]["size"] == reference.size
    assert data["technology_area"] == "ICT"
    json.dumps(data)  # plain JSON data throughout


def test_radar_has_one_axis_per_charted_section(default_pack: Pack) -> None:
    data = score_interview(default_pack, GOLD_ANSWERS, default_reference(), "ICT").to_dict()
    axes = [a["id"] for a in data["radar"]["axes"]]
    assert axes == [s.id for s in default_pack.sections if s.chart_axis]
    assert "eligibility" not in axes
    assert len(data["radar"]["technology_area"]) == len(axes)
    assert len(data["radar"]["excellence"]) == len(axes)
    assert data["radar"]["cluster"] == [100.0] * len(axes)


def test_unknown_answer_ids_are_ignored_by_the_engine(default_pack: Pack) -> None:
    plain = score_interview(default_pack, GOLD_ANSWERS).to_dict()
    extra = score_interview(default_pack, {**GOLD_ANSWERS, "no.such_item": 3}).to_dict()
    assert plain == extra


def _keys(value: Any, path: str = "") -> set[str]:
    """Every key path in a nested score result; list items merged, id-keyed maps by role."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, sub in value.items():
            name = key
            if path.endswith(("peers.indicators", "peers.sections", "section_means")):
                name = "*"
            found.add(f"{path}.{name}")
            found |= _keys(sub, f"{path}.{name}")
    elif isinstance(value, list):
        for sub in value:
            found |= _keys(sub, f"{path}[]")
    return found


def test_real_result_has_every_key_the_ui_sample_has(default_pack: Pack) -> None:
    sample = sample_scores(0).to_dict()
    real = score_interview(default_pack, GOLD_ANSWERS, default_reference(), "ICT").to_dict()
    missing = _keys(sample) - _keys(real)
    assert not missing
    # the same ids where the UI looks values up by id
    assert set(real["peers"]["indicators"]) == set(sample["peers"]["indicators"])
    assert [c["id"] for c in real["eligibility"]["criteria"]] == [
        c["id"] for c in sample["eligibility"]["criteria"]
    ]
    assert [i["id"] for i in real["indicators"]] == [i["id"] for i in sample["indicators"]]
    assert real["radar"]["axes"] == sample["radar"]["axes"]
