"""Eligibility: every path of the ECCP rule, with a status and a reason per criterion."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from app.scoring.eligibility import (
    COMMITTED_MEMBERS,
    ECCP_LISTED,
    ENGLISH_WEBSITE,
    MANAGEMENT_FTE,
    MEMBER_TYPES,
    PROGRAMME_RECOGNISED,
    PUBLIC_COOPERATION,
    SOCIAL_ECONOMY,
    check_eligibility,
    eligibility_minimums,
)
from app.scoring.pack import AnswerValue, Pack, ScoringRule

ELIGIBLE_ANSWERS: dict[str, Any] = {
    ECCP_LISTED: True,
    PROGRAMME_RECOGNISED: False,
    SOCIAL_ECONOMY: False,
    MANAGEMENT_FTE: 1.5,
    COMMITTED_MEMBERS: 42,
    MEMBER_TYPES: ["companies", "research", "public_bodies"],
    ENGLISH_WEBSITE: True,
}


def test_all_criteria_met_is_eligible(default_pack: Pack) -> None:
    result = check_eligibility(default_pack, ELIGIBLE_ANSWERS)
    assert result.status == "eligible"
    assert result.eligible
    assert [c.id for c in result.criteria] == [
        ECCP_LISTED,
        PROGRAMME_RECOGNISED,
        SOCIAL_ECONOMY,
        MANAGEMENT_FTE,
        COMMITTED_MEMBERS,
        MEMBER_TYPES,
        PUBLIC_COOPERATION,
        ENGLISH_WEBSITE,
    ]
    assert result.criterion(COMMITTED_MEMBERS).reason == "42 members (needs 15)."
    assert result.criterion(PUBLIC_COOPERATION).reason == "Public bodies are members."
    assert all(c.reason for c in result.criteria)


def test_not_listed_on_the_eccp_is_never_eligible(default_pack: Pack) -> None:
    answers = {**ELIGIBLE_ANSWERS, ECCP_LISTED: False, PROGRAMME_RECOGNISED: True}
    result = check_eligibility(default_pack, answers)
    assert result.status == "not_eligible"
    assert result.criterion(ECCP_LISTED).status == "not_met"
    assert "ECCP" in result.explanation


def test_programme_recognition_waives_the_eccp_criteria(default_pack: Pack) -> None:
    answers = {ECCP_LISTED: True, PROGRAMME_RECOGNISED: True, MANAGEMENT_FTE: 0.1}
    result = check_eligibility(default_pack, answers)
    assert result.status == "eligible"
    statuses = {c.id: c.status for c in result.criteria}
    assert statuses[PROGRAMME_RECOGNISED] == "met"
    for criterion in (
        MANAGEMENT_FTE,
        COMMITTED_MEMBERS,
        MEMBER_TYPES,
        PUBLIC_COOPERATION,
        ENGLISH_WEBSITE,
    ):
        assert statuses[criterion] == "waived"
        assert "recognised" in result.criterion(criterion).reason


@pytest.mark.parametrize(
    ("changes", "failing"),
    [
        ({MANAGEMENT_FTE: 0.4}, MANAGEMENT_FTE),
        ({COMMITTED_MEMBERS: 14}, COMMITTED_MEMBERS),
        ({MEMBER_TYPES: ["companies"], PUBLIC_COOPERATION: True}, MEMBER_TYPES),
        ({MEMBER_TYPES: ["companies", "research"], PUBLIC_COOPERATION: False}, PUBLIC_COOPERATION),
        ({ENGLISH_WEBSITE: False}, ENGLISH_WEBSITE),
    ],
)
def test_each_failed_criterion_makes_the_cluster_not_eligible(
    default_pack: Pack, changes: dict[str, Any], failing: str
) -> None:
    result = check_eligibility(default_pack, {**ELIGIBLE_ANSWERS, **changes})
    assert result.status == "not_eligible"
    not_met = [c.id for c in result.criteria if c.status == "not_met"]
    assert not_met == [PROGRAMME_RECOGNISED, SOCIAL_ECONOMY, failing]
    assert result.criterion(failing).label in result.explanation
    assert "To become eligible" in result.explanation


def test_minimums_are_inclusive_and_say_how_far_off(default_pack: Pack) -> None:
    exact = {**ELIGIBLE_ANSWERS, MANAGEMENT_FTE: 0.5, COMMITTED_MEMBERS: 15}
    assert check_eligibility(default_pack, exact).status == "eligible"
    short = check_eligibility(default_pack, {**ELIGIBLE_ANSWERS, MANAGEMENT_FTE: 0.3})
    assert short.criterion(MANAGEMENT_FTE).reason == ("0.3 FTE; at least 0.5 needed (0.2 short).")


def test_cooperation_with_public_bodies_replaces_public_members(default_pack: Pack) -> None:
    answers = {
        **ELIGIBLE_ANSWERS,
        MEMBER_TYPES: ["companies", "education"],
        PUBLIC_COOPERATION: True,
    }
    result = check_eligibility(default_pack, answers)
    assert result.status == "eligible"
    assert "cooperation" in result.criterion(PUBLIC_COOPERATION).reason


def test_unanswered_criteria_make_it_incomplete(default_pack: Pack) -> None:
    answers = {k: v for k, v in ELIGIBLE_ANSWERS.items() if k != ENGLISH_WEBSITE}
    result = check_eligibility(default_pack, answers)
    assert result.status == "incomplete"
    assert result.criterion(ENGLISH_WEBSITE).status == "unknown"
    assert "English-language website" in result.explanation


def test_nothing_answered_is_incomplete_with_every_criterion_unknown(default_pack: Pack) -> None:
    result = check_eligibility(default_pack, {})
    assert result.status == "incomplete"
    assert {c.status for c in result.criteria} == {"unknown"}


def test_cooperation_unknown_without_public_members(default_pack: Pack) -> None:
    answers = {**ELIGIBLE_ANSWERS, MEMBER_TYPES: ["companies", "research"]}
    result = check_eligibility(default_pack, answers)
    assert result.status == "incomplete"
    assert result.criterion(PUBLIC_COOPERATION).status == "unknown"
    assert "cooperation" in result.criterion(PUBLIC_COOPERATION).reason


def test_failure_with_recognition_unanswered_is_incomplete(default_pack: Pack) -> None:
    answers = {k: v for k, v in ELIGIBLE_ANSWERS.items() if k != PROGRAMME_RECOGNISED}
    answers[COMMITTED_MEMBERS] = 3
    result = check_eligibility(default_pack, answers)
    assert result.status == "incomplete"
    assert "recognised by a cluster programme" in result.explanation
    answers[PROGRAMME_RECOGNISED] = False
    assert check_eligibility(default_pack, answers).status == "not_eligible"
    answers[PROGRAMME_RECOGNISED] = True
    assert check_eligibility(default_pack, answers).status == "eligible"


def test_recognition_unanswered_but_all_criteria_met_is_eligible(default_pack: Pack) -> None:
    answers = {k: v for k, v in ELIGIBLE_ANSWERS.items() if k != PROGRAMME_RECOGNISED}
    assert check_eligibility(default_pack, answers).status == "eligible"


def test_minimums_come_from_the_pack(default_pack: Pack) -> None:
    assert eligibility_minimums(default_pack) == {
        MANAGEMENT_FTE: 0.5,
        COMMITTED_MEMBERS: 15,
        MEMBER_TYPES: 2,
    }
    stricter = _with_minimum(default_pack, COMMITTED_MEMBERS, 50)
    result = check_eligibility(stricter, ELIGIBLE_ANSWERS)
    assert result.status == "not_eligible"
    assert result.criterion(COMMITTED_MEMBERS).label == "At least 50 committed members"
    assert result.criterion(COMMITTED_MEMBERS).reason.startswith("42 members; at least 50")


def test_defaults_without_a_pack() -> None:
    assert check_eligibility(None, ELIGIBLE_ANSWERS).status == "eligible"
    assert _statuses_no_pack({**ELIGIBLE_ANSWERS, MANAGEMENT_FTE: 0.49})[MANAGEMENT_FTE] == (
        "not_met"
    )


def test_to_dict_has_the_contract_keys(default_pack: Pack) -> None:
    data = check_eligibility(default_pack, ELIGIBLE_ANSWERS).to_dict()
    assert data["status"] == "eligible"
    assert data["explanation"]
    for criterion in data["criteria"]:
        assert set(criterion) == {
            "id", "label", "status", "reason", "role", "alternative", "threshold_source"
        }  # fmt: skip


def _statuses_no_pack(answers: dict[str, Any]) -> dict[str, str]:
    return {c.id: c.status for c in check_eligibility(None, answers).criteria}


def _with_minimum(pack: Pack, item_id: str, minimum: float) -> Pack:
    sections = []
    for section in pack.sections:
        items = tuple(
            dataclasses.replace(item, scoring=ScoringRule(kind="none", minimum=minimum))
            if item.id == item_id
            else item
            for item in section.items
        )
        sections.append(dataclasses.replace(section, items=items))
    return dataclasses.replace(pack, sections=tuple(sections))


def test_criteria_speak_german_when_asked(default_pack: Pack) -> None:
    answers = {"eligibility.eccp_listed": True, "eligibility.committed_members": 10}
    german = check_eligibility(default_pack, answers, "de")
    english = check_eligibility(default_pack, answers, "en")
    assert german.status == english.status == "incomplete"
    members = german.criterion("eligibility.committed_members")
    assert members.label == "Mindestens 15 verbindliche Mitglieder"
    assert members.reason == "10 Mitglieder; mindestens 15 nötig (5 fehlen)."
    assert german.explanation.startswith("Unvollständig:")
    # An unknown language falls back to English.
    assert check_eligibility(default_pack, answers, "fr").explanation == english.explanation


def test_every_german_template_keeps_its_placeholders() -> None:
    import string

    from app.scoring.wording import GERMAN

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for english, german in GERMAN.items():
        assert fields(english) == fields(german), english


# --- the social-economy waiver -----------------------------------------------------------------


def test_social_economy_recognition_waives_the_eccp_criteria(default_pack: Pack) -> None:
    answers: dict[str, AnswerValue] = {
        ECCP_LISTED: True,
        PROGRAMME_RECOGNISED: False,
        SOCIAL_ECONOMY: True,
    }
    answers[COMMITTED_MEMBERS] = 4
    result = check_eligibility(default_pack, answers)
    assert result.status == "eligible"
    assert result.explanation == (
        "Eligible: listed on the ECCP and recognised as a social-economy cluster, which waives "
        "the ECCP validation criteria."
    )
    social = result.criterion(SOCIAL_ECONOMY)
    assert (social.status, social.role, social.alternative) == ("met", "social_economy", True)
    for criterion in (MANAGEMENT_FTE, COMMITTED_MEMBERS, MEMBER_TYPES, PUBLIC_COOPERATION):
        assert result.criterion(criterion).status == "waived"
        assert result.criterion(criterion).reason == (
            "Waived: the cluster is recognised as a social-economy cluster."
        )


def test_social_economy_does_not_replace_the_eccp_listing(default_pack: Pack) -> None:
    answers = {ECCP_LISTED: False, SOCIAL_ECONOMY: True}
    assert check_eligibility(default_pack, answers).status == "not_eligible"


def test_without_either_recognition_a_failure_rules_eligibility_out(default_pack: Pack) -> None:
    answers = {**ELIGIBLE_ANSWERS, COMMITTED_MEMBERS: 3}
    result = check_eligibility(default_pack, answers)
    assert result.status == "not_eligible"
    assert result.explanation.endswith(
        "Alternatively, recognition by a national or regional cluster programme or as a "
        "social-economy cluster waives the ECCP validation criteria."
    )
    # With the social-economy question open, the failure may still not matter.
    open_social = {k: v for k, v in answers.items() if k != SOCIAL_ECONOMY}
    pending = check_eligibility(default_pack, open_social)
    assert pending.status == "incomplete"
    assert "or as a social-economy cluster" in pending.explanation


@pytest.mark.parametrize(
    ("programme", "social", "status"),
    [
        (True, None, "eligible"),
        (None, True, "eligible"),
        (True, False, "eligible"),
        (False, True, "eligible"),
        (False, False, "not_eligible"),
        (None, False, "incomplete"),
        (False, None, "incomplete"),
        (None, None, "incomplete"),
    ],
)
def test_either_recognition_is_enough(
    default_pack: Pack, programme: bool | None, social: bool | None, status: str
) -> None:
    answers: dict[str, Any] = {ECCP_LISTED: True, COMMITTED_MEMBERS: 3}
    if programme is not None:
        answers[PROGRAMME_RECOGNISED] = programme
    if social is not None:
        answers[SOCIAL_ECONOMY] = social
    answers |= {MANAGEMENT_FTE: 2.0, MEMBER_TYPES: ["companies", "public_bodies"]}
    answers[ENGLISH_WEBSITE] = True
    assert check_eligibility(default_pack, answers).status == status


def test_the_social_economy_waiver_speaks_german(default_pack: Pack) -> None:
    answers = {ECCP_LISTED: True, SOCIAL_ECONOMY: True}
    result = check_eligibility(default_pack, answers, "de")
    assert result.status == "eligible"
    assert result.criterion(SOCIAL_ECONOMY).label == "Als Cluster der Sozialwirtschaft anerkannt"
    assert result.criterion(COMMITTED_MEMBERS).reason == (
        "Entfällt: Der Cluster ist als Cluster der Sozialwirtschaft anerkannt."
    )
    assert "Sozialwirtschaft" in result.explanation
