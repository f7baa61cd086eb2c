"""Questionnaire packs: the shipped pack, located errors, answer validation, hostile YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import run
from app.paths import default_pack_path
from app.scoring.pack import AnswerError, Pack, PackError, parse_pack, validate_answer

ELIGIBILITY_TYPES = {
    "eligibility.management_fte": "decimal",
    "eligibility.committed_members": "integer",
    "eligibility.member_types": "multiple_choice",
    "eligibility.public_cooperation": "yes_no",
    "eligibility.english_website": "yes_no",
    "eligibility.eccp_listed": "yes_no",
    "eligibility.programme_recognised": "yes_no",
}


def test_default_pack_has_the_fixed_eligibility_items(default_pack: Pack) -> None:
    for item_id, answer_type in ELIGIBILITY_TYPES.items():
        assert default_pack.item(item_id).type == answer_type, item_id
    member_types = default_pack.item("eligibility.member_types")
    assert [o.code for o in member_types.options] == [
        "companies",
        "research",
        "education",
        "public_bodies",
        "other",
    ]
    cooperation = default_pack.item("eligibility.public_cooperation")
    assert cooperation.is_relevant({"eligibility.member_types": ["companies", "research"]})
    assert not cooperation.is_relevant({"eligibility.member_types": ["public_bodies"]})


def test_default_pack_covers_the_areas_and_says_what_is_assumed(default_pack: Pack) -> None:
    titles = [section.title.get("en") for section in default_pack.sections]
    for area in ("Structure", "governance", "Financing", "services", "Contacts", "Achievements"):
        assert any(area in title for title in titles), area
    assert any("Megatrends" in title for title in titles)
    scored = [item for item in default_pack.items if item.scoring.scored]
    assert 30 <= len(scored) <= 45  # "about 36 indicators"
    assert {item.source for item in default_pack.items} == {"public", "assumption"}
    assert all(section.budget_minutes > 0 for section in default_pack.sections)
    assert default_pack.item("achievements.success_stories").type == "group"


def test_every_schema_error_is_listed_with_its_location() -> None:
    text = default_pack_path().read_text(encoding="utf-8")
    broken = text.replace("type: integer", "type: numbr", 1).replace(
        "gold_share: 80", "gold_share: lots", 1
    )
    with pytest.raises(PackError) as caught:
        parse_pack(broken, "broken.yaml")
    message = caught.value.user_message
    assert "broken.yaml" in message
    assert "sections[0].items[4].type: 'numbr' is not one of" in message
    assert "gold_share" in message
    assert len(caught.value.errors) >= 2


def test_semantic_errors_are_listed_too() -> None:
    text = default_pack_path().read_text(encoding="utf-8")
    duplicated = text.replace(
        "id: eligibility.committed_members", "id: eligibility.management_fte", 1
    )
    with pytest.raises(PackError) as caught:
        parse_pack(duplicated, "duplicated.yaml")
    assert any("eligibility.management_fte" in error for error in caught.value.errors)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 5000 + "]" * 5000,  # would crash libyaml's recursive composer
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, "
            f"*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n"
            for n in range(9)
        ),  # "billion laughs": aliases that expand to billions of nodes
        "key: [unclosed",
    ],
)
def test_hostile_or_broken_yaml_is_refused_quickly(text: str) -> None:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "hostile.yaml")
    assert "hostile.yaml" in caught.value.user_message


def test_answers_are_checked_with_the_packs_own_messages(default_pack: Pack) -> None:
    year = default_pack.item("management.year_founded")
    with pytest.raises(AnswerError) as caught:
        validate_answer(year, 1850)
    assert caught.value.user_message.endswith("Enter a year between 1900 and 2030.")
    assert validate_answer(year, 2011) == 2011
    with pytest.raises(AnswerError):
        validate_answer(default_pack.item("eligibility.member_types"), ["companies", "aliens"])
    with pytest.raises(AnswerError):
        validate_answer(default_pack.item("structure.sme_share"), 101)
    with pytest.raises(AnswerError):
        validate_answer(default_pack.item("eligibility.eccp_listed"), "yes")


def test_pack_validate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["pack", "validate", str(default_pack_path())]) == 0
    assert capsys.readouterr().out.startswith("valid: ecei-benchmarking-public")
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        default_pack_path().read_text(encoding="utf-8").replace("type: integer", "type: numbr"),
        encoding="utf-8",
    )
    assert run(["pack", "validate", str(broken)]) == 2
    errors = capsys.readouterr().err
    assert errors.count("'numbr' is not one of") >= 2  # every wrong item, not just the first
    assert run(["pack", "validate", str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err


def test_usage_errors_return_two_instead_of_exiting(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["pack", "frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert run(["--version"]) == 0
    assert capsys.readouterr().out.startswith("clusterbench ")
