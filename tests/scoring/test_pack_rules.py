"""Packs declare their rules: eligibility roles, the Gold set, the Silver baseline, sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import run
from app.paths import default_pack_path
from app.scoring.eligibility import check_eligibility
from app.scoring.engine import score_interview
from app.scoring.pack import ELIGIBILITY_ROLES, Pack, PackError, parse_pack

DATA = Path(__file__).with_name("data")

#: A licensed-style pack: every id differs from the default pack's.
OTHER_IDS_PACK = """
schema: 2
id: licensed-style
version: "3.0"
title: {en: A pack with other ids (test), de: Ein Paket mit anderen Kennungen (Test)}
languages: [en, de]
rules:
  eligibility:
    eccp_listing: crit.platform
    programme_recognition: crit.regional_programme
    social_economy: crit.social
    management_fte: crit.team
    committed_members: crit.members
    member_types: crit.kinds
    public_cooperation: crit.state_partners
    english_website: crit.web_en
    public_bodies_option: government
  gold_indicators: [q.members, q.strategy, q.budget]
  gold_source: {basis: public, note: {en: The licensed Gold list., de: Die lizenzierte Liste.}}
  silver_baseline: [q.strategy]
  silver_source: {basis: public, note: The licensed Baseline document.}
sections:
  - id: crit
    title: Criteria
    budget_minutes: 10
    chart_axis: false
    items:
      - {id: crit.platform, label: On the platform?, type: yes_no, source: public,
         source_note: Licensed catalogue.}
      - {id: crit.regional_programme, label: Programme?, type: yes_no, source: assumption}
      - {id: crit.social, label: Social economy?, type: yes_no, source: assumption}
      - id: crit.team
        label: Team size
        type: decimal
        source: assumption
        scoring: {kind: none, minimum: 1.0, source: assumption}
      - id: crit.members
        label: Members
        type: integer
        source: assumption
        scoring: {kind: none, minimum: 20, source: public, source_note: Licensed catalogue.}
      - id: crit.kinds
        label: Kinds of members
        type: multiple_choice
        options: [{code: firms, label: Firms}, {code: labs, label: Labs},
                  {code: government, label: Government}]
        source: assumption
      - {id: crit.state_partners, label: Works with the state?, type: yes_no, source: assumption}
      - {id: crit.web_en, label: English site?, type: yes_no, source: assumption}
  - id: q
    title: Questions
    budget_minutes: 20
    items:
      - id: q.members
        label: Participants
        type: integer
        source: assumption
        scoring: {kind: threshold, gold_threshold: 40, peer: true, source: assumption}
      - id: q.strategy
        label: Strategy?
        type: yes_no
        source: assumption
        scoring: {kind: boolean, minimum: 1, source: public,
                  source_note: {en: Licensed Baseline., de: Lizenzierte Baseline.}}
      - id: q.budget
        label: Budget
        type: currency
        source: assumption
        scoring: {kind: threshold, gold_threshold: 100000, source: assumption}
      - id: q.extra
        label: Not in the Gold set
        type: integer
        source: assumption
        scoring: {kind: threshold, gold_threshold: 5, source: assumption}
"""


@pytest.fixture(scope="module")
def other_pack() -> Pack:
    return parse_pack(OTHER_IDS_PACK, "other-ids.yaml")


def _refused(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "broken.yaml")
    return caught.value.errors


# --- a pack with other ids works end to end ---------------------------------------------------


def test_a_pack_with_other_ids_decides_eligibility_by_its_roles(other_pack: Pack) -> None:
    answers = {
        "crit.platform": True,
        "crit.regional_programme": False,
        "crit.social": False,
        "crit.team": 1.5,
        "crit.members": 25,
        "crit.kinds": ["firms", "government"],
        "crit.web_en": True,
    }
    result = check_eligibility(other_pack, answers)
    assert result.status == "eligible"
    assert [c.id for c in result.criteria] == [
        "crit.platform",
        "crit.regional_programme",
        "crit.social",
        "crit.team",
        "crit.members",
        "crit.kinds",
        "crit.state_partners",
        "crit.web_en",
    ]
    assert result.criterion("crit.state_partners").status == "met"  # "government" is public
    assert result.minimums == {"crit.team": 1.0, "crit.members": 20.0, "crit.kinds": 2.0}
    short = check_eligibility(other_pack, {**answers, "crit.members": 19})
    assert short.status == "not_eligible"
    assert short.criterion("crit.members").label == "At least 20 committed members"
    waived = check_eligibility(other_pack, {**answers, "crit.members": 3, "crit.social": True})
    assert waived.status == "eligible"
    assert waived.criterion("crit.members").status == "waived"
    assert "social-economy" in waived.criterion("crit.members").reason


def test_the_gold_share_counts_only_the_packs_gold_set(other_pack: Pack) -> None:
    answers = {"q.members": 50, "q.strategy": True, "q.budget": 150000.0, "q.extra": 0}
    result = score_interview(other_pack, answers).to_dict()
    assert result["gold"]["indicator_set"] == 3
    assert result["gold"]["share"] == 100.0  # q.extra fails but is not in the Gold set
    assert result["gold"]["status"] == "ready"
    rows = {row["id"]: row for row in result["indicators"]}
    assert rows["q.extra"]["gold_indicator"] is False
    assert rows["q.extra"]["passed"] is False
    assert "q.extra" not in result["gold"]["failing"]
    assert result["silver_precheck"]["passed"] is True
    assert result["assumptions"]["gold_indicator_set"] == "public"
    assert result["gold"]["assumed_thresholds"] == ["q.members", "q.budget"]
    assert rows["q.strategy"]["threshold_source"] == "public"
    assert rows["q.extra"]["threshold_source"] == "assumption"


def test_the_baseline_decides_the_silver_precheck(other_pack: Pack) -> None:
    result = score_interview(other_pack, {"q.strategy": False}).to_dict()
    assert result["silver_precheck"]["failing_minimums"] == ["q.strategy"]
    assert result["gold"]["status"] == "not_ready"


def test_per_language_source_notes(other_pack: Pack) -> None:
    rule = other_pack.item("q.strategy").scoring
    assert rule.source_note.get("de") == "Lizenzierte Baseline."
    assert rule.source_note.get("en") == "Licensed Baseline."
    assert other_pack.rules.gold_source.note.get("de") == "Die lizenzierte Liste."


# --- refused packs name the problem and where it is --------------------------------------------


@pytest.mark.parametrize(
    ("change", "location"),
    [
        (("    social_economy: crit.social\n", ""), "rules.eligibility: 'social_economy' is a"),
        (
            ("management_fte: crit.team", "management_fte: crit.platform"),
            "rules.eligibility.management_fte: 'crit.platform' is a yes_no item; the role needs",
        ),
        (
            ("member_types: crit.kinds", "member_types: crit.members"),
            "rules.eligibility.member_types: 'crit.members' is a integer item",
        ),
        (
            ("english_website: crit.web_en", "english_website: crit.nowhere"),
            "rules.eligibility.english_website: refers to unknown item 'crit.nowhere'",
        ),
        (
            ("english_website: crit.web_en", "english_website: crit.platform"),
            "rules.eligibility.english_website: 'crit.platform' already plays the role",
        ),
        (
            ("public_bodies_option: government", "public_bodies_option: ministries"),
            "rules.eligibility.public_bodies_option: 'ministries' is not an option of",
        ),
        (
            ("gold_indicators: [q.members,", "gold_indicators: [crit.team,"),
            "rules.gold_indicators[0]: 'crit.team' has no Gold pass rule",
        ),
        (
            ("silver_baseline: [q.strategy]", "silver_baseline: [q.budget]"),
            "rules.silver_baseline[0]: 'q.budget' is not a scored item with a scoring.minimum",
        ),
        (
            ("  silver_baseline: [q.strategy]\n", ""),
            "rules: 'silver_baseline' is a required property",
        ),
    ],
)
def test_rules_that_do_not_fit_are_refused_with_their_location(
    change: tuple[str, str], location: str
) -> None:
    old, new = change
    assert OTHER_IDS_PACK.count(old) == 1
    errors = _refused(OTHER_IDS_PACK.replace(old, new))
    assert any(location in error for error in errors), errors


@pytest.mark.parametrize(
    ("change", "location"),
    [
        (
            ("label: Not in the Gold set\n        type: integer\n        source: assumption\n",
             "label: Not in the Gold set\n        type: integer\n"),
            "sections[1].items[3]: 'source' is a required property",
        ),
        (
            ("{id: crit.platform, label: On the platform?, type: yes_no, source: public,\n"
             "         source_note: Licensed catalogue.}",
             "{id: crit.platform, label: On the platform?, type: yes_no, source: public}"),
            "sections[0].items[0]: 'source_note' is a required property",
        ),
        (
            ("gold_threshold: 100000, source: assumption}", "gold_threshold: 100000}"),
            "sections[1].items[2].scoring: 'source' is a required property",
        ),
        (
            ("minimum: 20, source: public, source_note: Licensed catalogue.}",
             "minimum: 20, source: public}"),
            "sections[0].items[4].scoring: 'source_note' is a required property",
        ),
    ],
)  # fmt: skip
def test_sources_are_required_on_items_and_on_rule_figures(
    change: tuple[str, str], location: str
) -> None:
    old, new = change
    assert OTHER_IDS_PACK.count(old) == 1
    errors = _refused(OTHER_IDS_PACK.replace(old, new))
    assert any(location in error for error in errors), errors


def test_pack_validate_refuses_missing_roles_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "other.yaml"
    good.write_text(OTHER_IDS_PACK, encoding="utf-8")
    assert run(["pack", "validate", str(good)]) == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        OTHER_IDS_PACK.replace("    public_cooperation: crit.state_partners\n", ""),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(["pack", "validate", str(broken)]) == 2
    assert "rules.eligibility: 'public_cooperation' is a required property" in (
        capsys.readouterr().err
    )


# --- schema 1, the default pack --------------------------------------------------------------


def test_a_schema_1_pack_is_refused_for_new_use_but_read_for_old_interviews() -> None:
    text = (DATA / "ecei-benchmarking-public-1.0.0.yaml").read_text(encoding="utf-8")
    errors = _refused(text)
    assert errors[0].startswith("schema: this is a schema-1 pack")
    legacy = parse_pack(text, "stored", legacy=True)
    assert legacy.schema_version == 1
    assert legacy.rules.role_item("social_economy") is None
    assert legacy.rules.role_item("eccp_listing") == "eligibility.eccp_listed"
    # every indicator with a pass rule is in the Gold set, as schema 1 scored it
    assert len(legacy.rules.gold_indicators) == 38
    result = check_eligibility(legacy, {"eligibility.programme_recognised": False})
    assert "eligibility.social_economy" not in [c.id for c in result.criteria]


def test_the_default_pack_keeps_its_ids_and_says_where_each_rule_comes_from(
    default_pack: Pack,
) -> None:
    rules = default_pack.rules
    assert set(rules.eligibility) == set(ELIGIBILITY_ROLES)
    assert all(
        item_id and item_id.startswith("eligibility.") for item_id in rules.eligibility.values()
    )
    assert default_pack.item("eligibility.social_economy").type == "yes_no"
    founded = default_pack.item("management.year_founded")
    assert founded.source == "public"
    assert founded.scoring.source == "assumption"
    assert "assumption" in founded.scoring.source_note.get("en")
    for item in default_pack.items:
        assert item.source in ("public", "assumption")
        if item.source == "public":
            assert item.source_note, item.id
        if item.scoring.has_figures:
            assert item.scoring.source in ("public", "assumption"), item.id
    assert len(rules.gold_indicators) == 34
    assert not any(i.startswith("megatrends.") for i in rules.gold_indicators)
    assert default_pack.total_budget_minutes == 180


def test_the_score_result_says_which_results_rest_on_assumptions(default_pack: Pack) -> None:
    result = score_interview(default_pack, {"management.year_founded": 2010}).to_dict()
    rows = {row["id"]: row for row in result["indicators"]}
    assert rows["management.year_founded"]["threshold_source"] == "assumption"
    assert rows["services.kpis_monitored"]["threshold_source"] is None  # no figure in its rule
    assumptions = result["assumptions"]
    assert "management.year_founded" in assumptions["thresholds"]
    assert assumptions["eligibility_minimums"] == []  # the ECCP figures are public
    assert assumptions["gold_indicator_set"] == "assumption"
    assert "our assumption" in assumptions["explanation"]
    criteria = {c["id"]: c for c in result["eligibility"]["criteria"]}
    assert criteria["eligibility.management_fte"]["threshold_source"] == "public"
    german = score_interview(default_pack, {}, language="de").to_dict()["assumptions"]
    assert "Annahme" in german["explanation"]


def test_the_schema_is_shipped_and_names_version_2() -> None:
    text = default_pack_path().read_text(encoding="utf-8")
    assert "\nschema: 2\n" in text
