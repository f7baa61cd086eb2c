"""The engine's sentences in German: complete, natural, and English left exactly as it was."""

from __future__ import annotations

import ast
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.scoring import calibration, eligibility, engine, labels, peers
from app.scoring.engine import score_interview
from app.scoring.pack import Pack, check_answers
from app.scoring.reference import default_reference
from app.scoring.wording import CATALOGUES, GERMAN, GERMAN_ONE, number_text, say, say_count
from tests.scoring.test_engine import GOLD_ANSWERS

#: A fictional cluster part-way through its interview: eligible, but not ready for Gold.
INTERVIEW: dict[str, Any] = {
    "eligibility.eccp_listed": True,
    "eligibility.programme_recognised": False,
    "eligibility.management_fte": 1.5,
    "eligibility.committed_members": 42,
    "eligibility.member_types": ["companies", "research", "public_bodies"],
    "eligibility.english_website": True,
    "structure.participants_total": 60,
    "structure.sme_share": 55.5,
    "management.staff_fte": 1.5,
    "management.member_involvement": "board",
    "management.staff_turnover": 35.0,
    "financing.total_budget": 12_500.5,
    "financing.secured_years": 1,
    "services.written_strategy": False,
    "services.offer": ["information", "training"],
    "interaction.contact_frequency": "quarterly",
    "achievements.success_stories": [{"title": "Fictional pilot project"}],
}
AREA = "Biotechnology"
SCORED_SOURCES = (engine, peers, eligibility, labels, calibration)


def _score(pack: Pack, answers: dict[str, Any], language: str | None = None) -> dict[str, Any]:
    check_answers(pack, answers)
    if language is None:
        result = score_interview(pack, answers, default_reference(), AREA)
    else:
        result = score_interview(pack, answers, default_reference(), AREA, language=language)
    return result.to_dict()


def test_german_interview_explains_gold_readiness_in_german(default_pack: Pack) -> None:
    gold = _score(default_pack, INTERVIEW, "de")["gold"]
    assert gold["status"] == "not_ready"
    assert gold["explanation"] == (
        "Noch nicht bereit für Gold: 8,8 % der gewichteten Indikatoren erreichen Gold (80 % "
        "nötig); eine Mindestanforderung ist nicht erfüllt (Hat der Cluster eine schriftliche "
        "Strategie?) und der Anteil bliebe selbst dann zu niedrig, wenn alle offenen "
        "Indikatoren Gold erreichten (22 offen, höchstens 73,5 %)."
    )
    changes = gold["what_would_change"]
    assert changes[:3] == [
        "Mindestanforderung – Hat der Cluster eine schriftliche Strategie?: ja nötig, derzeit "
        "nein.",
        "Mindestanforderung – „Werden die Clusterfinanzen anhand messbarer Ziele überwacht?“ "
        "beantworten.",
        "Selbst wenn alle verfehlten Indikatoren Gold erreichten, würde das nicht ausreichen; "
        "zusätzlich die offenen Indikatoren beantworten:",
    ]
    assert "Erfolgsgeschichten: mindestens 3 Einträge (derzeit 1 Eintrag)." in changes
    assert changes[-1].startswith("Die 22 offenen Indikatoren beantworten (")


def test_german_indicator_explanations(default_pack: Pack) -> None:
    rows = {row["id"]: row for row in _score(default_pack, INTERVIEW, "de")["indicators"]}
    assert rows["financing.total_budget"]["explanation"] == (
        "Jahresbudget des Clustermanagements: 12.500,5 EUR; Gold erfordert mindestens "
        "250.000 EUR (237.499,5 EUR unter dem Schwellenwert)."
    )
    assert rows["services.written_strategy"]["explanation"] == (
        "Hat der Cluster eine schriftliche Strategie?: nein; Gold erfordert ein Ja; UNTER der "
        "Mindestanforderung (ja)."
    )
    assert rows["interaction.contact_frequency"]["explanation"] == (
        "Wie oft steht das Management mit einem typischen Mitglied in Kontakt?: "
        "Vierteljährlich; unter Gold (nötig: „Monatlich“ oder besser)."
    )
    assert rows["management.staff_turnover"]["explanation"] == (
        "Personalfluktuation der letzten drei Jahre: 35 %; Gold erfordert höchstens 30 % "
        "(5 % über dem Schwellenwert)."
    )
    assert rows["services.offer"]["value_text"] == "2 von 8: Information, Weiterbildung"
    assert rows["achievements.success_stories"]["value_text"] == "1 Eintrag"
    assert rows["structure.regional_share"]["explanation"] == (
        "Anteil der Teilnehmer in der Clusterregion: noch nicht beantwortet; Gold erfordert "
        "mindestens 60 %."
    )
    assert rows["achievements.satisfaction_score"]["value_text"] == "nicht gefragt"


def test_german_silver_precheck_and_peer_definitions(default_pack: Pack) -> None:
    result = _score(default_pack, INTERVIEW, "de")
    assert result["silver_precheck"]["explanation"] == (
        "Silber-Vorprüfung nicht bestanden: 1 Mindestanforderung ist nicht erfüllt (Hat der "
        "Cluster eine schriftliche Strategie?: ja nötig, derzeit nein)."
    )
    groups = result["peers"]["groups"]
    assert groups["technology_area"]["definition"] == (
        "Referenzcluster im Technologiefeld „Biotechnologie“."
    )
    assert groups["all"]["definition"] == "Alle Cluster des Referenzdatensatzes."
    # The labels stay English: the interface translates them.
    assert groups["technology_area"]["label"] == AREA
    assert groups["excellence"]["label"] in peers.GROUP_LABELS


def test_ready_for_gold_in_german(default_pack: Pack) -> None:
    result = _score(default_pack, GOLD_ANSWERS, "de")
    assert result["gold"]["explanation"] == (
        "Bereit für Gold: 100 % der gewichteten Indikatoren erreichen Gold (80 % nötig), und "
        "alle Mindestanforderungen sind erfüllt."
    )
    assert result["silver_precheck"]["explanation"] == (
        "Silber-Vorprüfung bestanden: Alle Mindestanforderungen sind erfüllt (6 von 6)."
    )


def test_english_is_the_default_and_unchanged(default_pack: Pack) -> None:
    default = _score(default_pack, INTERVIEW)
    assert _score(default_pack, INTERVIEW, "en") == default
    assert default["gold"]["explanation"] == (
        "Not ready for Gold: 8.8 % of the weighted indicators meet Gold (80 % needed); a "
        "minimum requirement is not met (Does the cluster have a written strategy?) and the "
        "share is too low even if all 22 open indicators passed (73.5 %)."
    )
    rows = {row["id"]: row for row in default["indicators"]}
    assert rows["financing.total_budget"]["explanation"] == (
        "Annual budget of the cluster management: 12,500.5 EUR; Gold needs at least "
        "250,000 EUR (237,499.5 EUR short)."
    )
    # English has always written "1 entries" for a count; stored scores depend on it.
    assert rows["achievements.success_stories"]["explanation"] == (
        "Success stories: 1 entry; Gold needs at least 3 entries (2 entries short)."
    )


@pytest.mark.parametrize("language", ["fr", "", "EN"])
def test_unknown_language_falls_back_to_english(default_pack: Pack, language: str) -> None:
    english = _score(default_pack, INTERVIEW, "en")
    assert _score(default_pack, INTERVIEW, language) == english


def test_every_template_keeps_its_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    catalogues = [GERMAN, GERMAN_ONE, *CATALOGUES.values()]
    for catalogue in catalogues:
        for english, translated in catalogue.items():
            assert fields(english) == fields(translated), english
            assert translated.strip(), english
    # A singular form only exists for a template that has a plural form too.
    assert set(GERMAN_ONE) <= set(GERMAN)


def test_say_count_uses_the_singular_only_for_one() -> None:
    assert say_count("de", 1, "{number} entries", number=1) == "1 Eintrag"
    assert say_count("de", 2, "{number} entries", number=2) == "2 Einträge"
    assert say_count("en", 1, "{number} entries", number=1) == "1 entries"
    assert say("de", "not a catalogued sentence") == "not a catalogued sentence"


def test_numbers_use_the_decimal_comma_in_german() -> None:
    assert number_text("de", "1,234,567.89") == "1.234.567,89"
    assert number_text("en", "1,234,567.89") == "1,234,567.89"
    assert number_text("fr", "12.5") == "12.5"


def _sentences(result: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every sentence the engine writes for people, with where it is."""
    yield "eligibility.explanation", result["eligibility"]["explanation"]
    for criterion in result["eligibility"]["criteria"]:
        yield f"eligibility.{criterion['id']}.label", criterion["label"]
        yield f"eligibility.{criterion['id']}.reason", criterion["reason"]
    for row in result["indicators"]:
        yield f"{row['id']}.explanation", row["explanation"]
        yield f"{row['id']}.value_text", row["value_text"]
    yield "gold.explanation", result["gold"]["explanation"]
    for n, change in enumerate(result["gold"]["what_would_change"]):
        yield f"gold.what_would_change[{n}]", change
    yield "silver_precheck.explanation", result["silver_precheck"]["explanation"]
    for key, group in result["peers"]["groups"].items():
        yield f"peers.{key}.definition", group["definition"]


def _has_words(text: str, pack: Pack) -> bool:
    """Whether ``text`` says anything beyond numbers and the pack's own units."""
    units = sorted({i.unit for i in pack.items if i.unit}, key=len, reverse=True)
    rest = text
    for unit in units:
        rest = re.sub(rf"\b{re.escape(unit)}\b", "", rest)
        rest = re.sub(rf"\b{re.escape(unit[:-1])}\b", "", rest) if unit.endswith("s") else rest
    return re.search(r"[^\W\d_]", rest) is not None


@pytest.mark.parametrize(
    "answers",
    [INTERVIEW, {}, GOLD_ANSWERS, {**INTERVIEW, "services.written_strategy": True}],
    ids=["part-way", "empty", "gold", "part-way-no-failed-minimum"],
)
def test_no_sentence_is_left_in_english(default_pack: Pack, answers: dict[str, Any]) -> None:
    english = dict(_sentences(_score(default_pack, answers, "en")))
    german = dict(_sentences(_score(default_pack, answers, "de")))
    assert german.keys() == english.keys()
    forgotten = {
        where: text
        for where, text in german.items()
        if text == english[where] and _has_words(text, default_pack)
    }
    assert forgotten == {}
    assert all(text for text in german.values() if not text.endswith("value_text"))


def _templates_used(module: Any) -> Iterator[tuple[str, int]]:
    """Every literal template the module hands to ``say`` or ``say_count``."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        assigned: dict[str, list[ast.expr]] = {}
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name):
                            assigned.setdefault(name.id, []).append(node.value)
        for node in ast.walk(function):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            position = {"say": 1, "say_count": 2}.get(node.func.id)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            sources = assigned.get(argument.id, []) if isinstance(argument, ast.Name) else []
            for expression in [argument, *sources]:
                yield from _literals(expression)


def _literals(expression: ast.expr) -> Iterator[tuple[str, int]]:
    """The strings an expression can evaluate to: constants, both branches, call arguments."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        yield expression.value, expression.lineno
    elif isinstance(expression, ast.IfExp):
        yield from _literals(expression.body)
        yield from _literals(expression.orelse)
    elif isinstance(expression, ast.Call):
        for argument in expression.args:
            yield from _literals(argument)


@pytest.mark.parametrize("module", SCORED_SOURCES, ids=lambda m: m.__name__)
def test_every_template_in_the_code_has_a_german_form(module: Any) -> None:
    templates = list(_templates_used(module))
    assert len(templates) >= 5
    missing = [f"line {line}: {text!r}" for text, line in templates if text not in GERMAN]
    assert missing == []


def test_german_output_is_plain_json(default_pack: Pack) -> None:
    result = _score(default_pack, INTERVIEW, "de")
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result


@pytest.mark.parametrize(
    ("name", "fictional", "marked"),
    [
        ("Lakeside Photonics Cluster", True, True),
        ("Demo: Lakeside Photonics Cluster (fictional)", True, False),
        ("FICTIONAL Food Valley", True, False),
        ("Lakeside Photonics Cluster", False, False),
    ],
)
def test_a_fictional_cluster_is_marked_once(name: str, fictional: bool, marked: bool) -> None:
    """One rule for the command line, the windows and the report: a fictional cluster whose
    name does not say so gets "(fictional)", never twice, in any case."""
    from app.scoring.taxonomy import unmarked_fiction

    assert unmarked_fiction(name, fictional) is marked
