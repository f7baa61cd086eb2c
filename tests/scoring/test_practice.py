"""Practice case files: English prose or prose per language, refused when it is malformed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.scoring.pack import Pack
from app.scoring.practice import PracticeCaseError, load_practice_case, load_practice_cases


def write_case(folder: Path, **prose: Any) -> Path:
    """A small valid case file, with ``prose`` (narrative, level, rationale, expert) as given."""
    document: dict[str, Any] = {
        "schema": 1,
        "id": "test-case",
        "title": "Fictional: Test Case",
        "narrative": "FICTIONAL PRACTICE CASE. Invented.",
        "technology_area": "Food (non-biotech)",
        "country": "XX",
        "pack": {"id": "ecei-benchmarking-public", "version": "1.1.0"},
        "reference": {"answers": {"eligibility.eccp_listed": True}},
    }
    for key in ("rationale", "expert"):
        value = prose.pop(key, None)
        if value is not None:
            document["reference"][key] = value
    document.update(prose)
    path = folder / "test-case.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


def test_plain_strings_are_english(tmp_path: Path) -> None:
    case = load_practice_case(
        write_case(
            tmp_path,
            narrative="FICTIONAL PRACTICE CASE.\nOne\nparagraph.\n\nAnother.",
            level="Easy.",
            rationale={"eligibility.eccp_listed": "A validated\n  profile."},
            expert="A fictional\n  reference expert",
        )
    )
    assert case.narrative.translations == {
        "en": "FICTIONAL PRACTICE CASE. One paragraph.\n\nAnother."
    }
    assert case.level.translations == {"en": "Easy."}
    assert case.reference_expert.translations == {"en": "A fictional reference expert"}
    assert case.rationale["eligibility.eccp_listed"].translations == {"en": "A validated profile."}
    # Asked for in German, a case written in English only is shown in English.
    assert case.narrative.get("de") == case.narrative.get("en")
    assert case.rationale_in("de") == {"eligibility.eccp_listed": "A validated profile."}


def test_texts_per_language_are_read_each_the_same_way(tmp_path: Path) -> None:
    case = load_practice_case(
        write_case(
            tmp_path,
            narrative={"en": "FICTIONAL.\nOne\nline.", "de": "FIKTIV.\nEine\nZeile."},
            level={"en": "Easy.", "de": "Leicht."},
            rationale={
                "eligibility.eccp_listed": {"en": "A validated\nprofile.", "de": "Ein\nProfil."}
            },
            expert={"en": "A fictional expert", "de": "Eine fiktive\nReferenzperson"},
        )
    )
    assert case.narrative.get("de") == "FIKTIV. Eine Zeile."
    assert case.narrative.get("en") == "FICTIONAL. One line."
    assert case.narrative.get("fr") == "FICTIONAL. One line."
    assert case.level.get("de") == "Leicht."
    assert case.reference_expert.get("de") == "Eine fiktive Referenzperson"
    assert case.reference_expert.get("en") == "A fictional expert"
    assert case.rationale_in("de") == {"eligibility.eccp_listed": "Ein Profil."}
    assert case.rationale_in("en") == {"eligibility.eccp_listed": "A validated profile."}
    assert case.title == "Fictional: Test Case"  # the same in every language
    # Without a level or a reference expert, there is none in any language.
    bare = load_practice_case(write_case(tmp_path, level=None))
    assert not bare.level
    assert not bare.reference_expert


def test_an_amount_stays_on_one_line_with_its_currency_or_percent_sign(tmp_path: Path) -> None:
    narrative = "FICTIONAL. A budget of EUR\n95,000, 80 % of it a grant;\nISO 9001 and 3 firms."
    case = load_practice_case(write_case(tmp_path, narrative=narrative))
    assert case.narrative.get("en") == (
        "FICTIONAL. A budget of EUR\u00a095,000, 80\u00a0% of it a grant;"
        " ISO\u00a09001 and 3 firms."
    )


@pytest.mark.parametrize(
    ("prose", "problem"),
    [
        ({"narrative": {"de": "FIKTIV."}}, "narrative: the English text (en) is missing"),
        ({"narrative": {"en": "FICTIONAL.", "de": 5}}, "narrative.de: must be text, not int"),
        ({"narrative": ["FICTIONAL."]}, "narrative: must be text, or a mapping of language"),
        ({"narrative": None}, "narrative: must be text, or a mapping of language"),
        ({"level": {"de": "Leicht."}}, "level: the English text (en) is missing"),
        ({"level": {"en": "Easy.", "de": None}}, "level.de: must be text, not NoneType"),
        ({"level": {"en": "Easy.", "deutsch": "Leicht."}}, "level: 'deutsch' is not a two-letter"),
        (
            {"rationale": {"eligibility.eccp_listed": {"de": "Ein Profil."}}},
            "reference.rationale.eligibility.eccp_listed: the English text (en) is missing",
        ),
        (
            {"rationale": {"eligibility.eccp_listed": {"en": "Yes.", "de": ["Ja."]}}},
            "reference.rationale.eligibility.eccp_listed.de: must be text, not list",
        ),
        ({"rationale": ["Yes."]}, "reference.rationale: must be a mapping of item id to text"),
        ({"expert": {"de": "Referenz"}}, "reference.expert: the English text (en) is missing"),
        ({"expert": {"en": "Ref", "de": 3}}, "reference.expert.de: must be text, not int"),
    ],
)
def test_malformed_prose_is_refused_naming_the_file_and_the_field(
    tmp_path: Path, prose: dict[str, Any], problem: str
) -> None:
    path = write_case(tmp_path, **prose)
    with pytest.raises(PracticeCaseError) as refused:
        load_practice_case(path)
    message = refused.value.user_message
    assert message.startswith("The practice case test-case.yaml is not valid:")
    assert problem in message


def test_a_yaml_boolean_key_is_not_a_language(tmp_path: Path) -> None:
    path = tmp_path / "test-case.yaml"
    path.write_text(
        write_case(tmp_path).read_text(encoding="utf-8") + "level: {en: Easy., no: Lett.}\n",
        encoding="utf-8",
    )
    with pytest.raises(PracticeCaseError, match="level: False is not a two-letter language code"):
        load_practice_case(path)


def numbers(text: str) -> list[str]:
    """The figures of ``text``, without their separators, so '95,000' is '95.000'."""
    return sorted(re.sub(r"[.,]", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", text))


def test_the_shipped_cases_speak_german_with_the_same_figures(default_pack: Pack) -> None:
    cases = load_practice_cases(pack=default_pack)
    assert len(cases) >= 2
    for case in cases:
        texts = {
            "narrative": case.narrative,
            "level": case.level,
            "reference.expert": case.reference_expert,
            **case.rationale,
        }
        assert case.rationale, case.id
        for field, text in texts.items():
            english, german = text.translations.get("en", ""), text.translations.get("de", "")
            assert english, (case.id, field)
            assert german, (case.id, field)
            assert german != english, (case.id, field)
            assert numbers(german) == numbers(english), (case.id, field)
            # German figures: 95.000 and 1,2, never 95,000 or 1.2.
            assert not re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", german), (case.id, field)
        assert case.narrative.get("de").startswith("FIKTIVER ÜBUNGSFALL.")
        assert "VZÄ" in case.rationale_in("de")["eligibility.management_fte"]
