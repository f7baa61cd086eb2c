"""Trainee calibration: kappa against known values, item rules, reports and history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.scoring.calibration import (
    TOO_EARLY,
    CalibrationSession,
    calibrate,
    calibration_history,
    categorical_judgements,
    cohens_kappa,
    compare_item,
    interpret_kappa,
)
from app.scoring.pack import Pack
from app.scoring.practice import load_practice_cases, practice_case_by_id


def pairs(counts: dict[tuple[str, str], int]) -> list[tuple[str, str]]:
    return [pair for pair, n in counts.items() for _ in range(n)]


def test_perfect_agreement_is_one() -> None:
    result = cohens_kappa([("yes", "yes"), ("no", "no"), ("a", "a"), ("yes", "yes")] * 5)
    assert result.value == pytest.approx(1.0)
    assert result.observed == pytest.approx(1.0)
    assert result.interpretation == "almost perfect"


def test_a_few_judgements_get_no_verdict_on_agreement() -> None:
    # Five matching answers early in a session: kappa is 1.00, but that says nothing yet.
    result = cohens_kappa([("yes", "yes"), ("no", "no"), ("a", "a"), ("yes", "yes"), ("b", "b")])
    assert result.value == pytest.approx(1.0)
    assert result.interpretation == TOO_EARLY
    assert "almost perfect" not in result.explanation
    assert "Only 5" in result.explanation


def test_textbook_example() -> None:
    # 50 proposals, two readers: 20 both yes, 15 both no, 5 and 10 split.
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4.
    result = cohens_kappa(
        pairs({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15})
    )
    assert result.observed == pytest.approx(0.7)
    assert result.expected == pytest.approx(0.5)
    assert result.value == pytest.approx(0.4)
    assert result.judgements == 50
    assert result.interpretation == "fair"
    assert "kappa 0.40" in result.explanation


def test_three_categories_known_value() -> None:
    # Fleiss, Levin & Paik's 3x3 layout: p_o = 0.7, p_e = 0.35, kappa = 0.35/0.65.
    table = {
        ("a", "a"): 25, ("a", "b"): 5, ("a", "c"): 0,
        ("b", "a"): 5, ("b", "b"): 20, ("b", "c"): 5,
        ("c", "a"): 10, ("c", "b"): 5, ("c", "c"): 25,
    }  # fmt: skip
    result = cohens_kappa(pairs(table))
    assert result.observed == pytest.approx(0.7)
    # Raters' marginals: trainee 30/30/40, reference 40/30/30 of 100.
    assert result.expected == pytest.approx((30 * 40 + 30 * 30 + 40 * 30) / 100**2)
    assert result.value == pytest.approx((0.7 - 0.33) / (1 - 0.33))


def test_systematic_disagreement_is_negative() -> None:
    result = cohens_kappa([("yes", "no"), ("no", "yes")] * 10)
    assert result.value == pytest.approx(-1.0)
    assert result.interpretation == "poor (worse than chance)"


def test_degenerate_cases_say_why_there_is_no_number() -> None:
    empty = cohens_kappa([])
    assert empty.value is None
    assert empty.interpretation == "not available"
    same = cohens_kappa([("yes", "yes")] * 4)
    assert same.value is None
    assert same.interpretation == "undefined"
    assert "0/0" in same.explanation


def test_landis_koch_scale() -> None:
    assert [interpret_kappa(v) for v in (0.1, 0.3, 0.5, 0.7, 0.9)] == [
        "slight",
        "fair",
        "moderate",
        "substantial",
        "almost perfect",
    ]


def test_item_rules(default_pack: Pack) -> None:
    share = default_pack.item("structure.sme_share")
    assert compare_item(share, 73.0, 73.1).agrees is True  # rounding is not a disagreement
    assert compare_item(share, 70.0, 73.1).agrees is False
    budget = default_pack.item("financing.total_budget")
    assert compare_item(budget, 450_000.0, 420_000.0).agrees is True  # within 10 %
    assert compare_item(budget, 470_000.0, 420_000.0).agrees is False
    founded = default_pack.item("management.year_founded")
    assert compare_item(founded, 2009, 2011).agrees is False
    awards = default_pack.item("achievements.awards")
    assert compare_item(awards, "A prize", "Another prize").agrees is None
    offer = default_pack.item("services.offer")
    row = compare_item(offer, ["information"], ["information", "training"])
    assert row.agrees is False
    assert row.trainee_text == "Information"
    missing = compare_item(default_pack.item("eligibility.eccp_listed"), None, True)
    assert (missing.agrees, missing.rule) == (False, "answered by the reference only")


def test_multiple_choice_counts_one_judgement_per_option(default_pack: Pack) -> None:
    judgements = categorical_judgements(
        default_pack,
        {"services.offer": ["information"], "eligibility.eccp_listed": True},
        {"services.offer": ["information", "training"], "eligibility.eccp_listed": True},
    )
    options = len(default_pack.item("services.offer").options)
    assert len(judgements) == options + 1
    assert judgements.count(("no", "yes")) == 1


def test_shipped_cases_are_complete_and_fictional(default_pack: Pack) -> None:
    cases = load_practice_cases(pack=default_pack)
    assert len(cases) >= 2
    scored = {item.id for item in default_pack.items if item.scoring.scored}
    for case in cases:
        assert case.title.startswith("Fictional:")
        assert case.narrative.get("en").startswith("FICTIONAL PRACTICE CASE")
        assert case.narrative.get("de").startswith("FIKTIVER ÜBUNGSFALL")
        assert case.country == "XX"
        assert (case.pack_id, case.pack_version) == (default_pack.id, default_pack.version)
        required = {item.id for item in default_pack.items if item.required}
        relevant_required = {
            i for i in required if default_pack.item(i).is_relevant(case.reference_answers)
        }
        assert relevant_required <= set(case.reference_answers), case.id
        assert len(set(case.reference_answers) & scored) >= 30
        assert case.rationale


def test_reference_against_itself_agrees_fully(default_pack: Pack) -> None:
    case = practice_case_by_id("nordhaven-maritime-robotics")
    report = calibrate(default_pack, case.reference_answers, case.reference_answers)
    assert report.agreement == pytest.approx(100.0)
    assert report.kappa.value == pytest.approx(1.0)
    assert report.largest_differences == ()
    assert report.verdicts_agree
    assert all(s.score_difference in (0.0, None) for s in report.sections)
    assert {s.id for s in report.sections} == {s.id for s in default_pack.sections}


def test_the_missed_eligibility_problem_is_the_largest_difference(default_pack: Pack) -> None:
    case = practice_case_by_id("valmora-food-valley")
    trainee = dict(case.reference_answers)
    trainee["eligibility.english_website"] = True  # the slip the case is written for
    trainee["interaction.active_member_share"] = 45.2  # the other usual slip
    report = calibrate(
        default_pack, trainee, case.reference_answers, rationale=case.rationale_in("en")
    )
    compared = report.compared
    assert report.agreed == compared - 2
    assert report.agreement == pytest.approx(100.0 * (compared - 2) / compared)
    first = report.largest_differences[0]
    assert first.item_id == "eligibility.english_website"
    assert first.verdict_changes
    assert "Eligibility: eligible with your answer, not eligible" in first.explanation
    assert "browser translation" in first.rationale
    assert [d.item_id for d in report.largest_differences] == [
        "eligibility.english_website",
        "interaction.active_member_share",
    ]
    eligibility = next(v for v in report.verdicts if v.id == "eligibility")
    assert (eligibility.trainee, eligibility.reference) == ("eligible", "not eligible")
    assert report.kappa.value is not None
    assert report.kappa.value < 1.0


def test_history_orders_sessions_and_reports_the_trend(default_pack: Pack) -> None:
    case = practice_case_by_id("nordhaven-maritime-robotics")
    answers = dict(case.reference_answers)
    first = calibrate(default_pack, {k: answers[k] for k in list(answers)[:20]}, answers)
    second = calibrate(default_pack, answers, answers)
    start = datetime(2025, 3, 1, tzinfo=UTC)
    history = calibration_history(
        [
            CalibrationSession(8, case.id, case.title, start + timedelta(days=7), second),
            CalibrationSession(5, case.id, case.title, start, first),
        ]
    )
    assert [p.interview_id for p in history.points] == [5, 8]
    assert history.points[0].agreement_change is None
    gain = 100.0 - (first.agreement or 0.0)
    assert history.points[1].agreement_change == pytest.approx(gain)
    assert history.agreement_change == pytest.approx(gain)
    assert (
        history.summary()
        == f"2 sessions on the same case: agreement up {gain:.0f} points since the first."
    )
    assert calibration_history([]).summary() == "No practice sessions yet."


def test_a_german_calibration_speaks_german(default_pack: Pack) -> None:
    case = practice_case_by_id("valmora-food-valley")
    trainee = dict(case.reference_answers)
    trainee["eligibility.english_website"] = True
    trainee["interaction.active_member_share"] = 45.2
    trainee.pop("management.year_founded")
    report = calibrate(
        default_pack,
        trainee,
        case.reference_answers,
        rationale=case.rationale_in("de"),
        language="de",
    )
    assert report.kappa.interpretation == "fast vollkommen"
    assert report.kappa.explanation.startswith("Bei ")
    assert "beobachtete Übereinstimmung" in report.kappa.explanation
    assert f"Kappa {report.kappa.value:.2f}".replace(".", ",") in report.kappa.explanation
    verdicts = {v.id: v for v in report.verdicts}
    assert verdicts["eligibility"].label == "Teilnahmeberechtigung"
    assert (verdicts["eligibility"].trainee, verdicts["eligibility"].reference) == (
        "teilnahmeberechtigt",
        "nicht teilnahmeberechtigt",
    )
    assert verdicts["gold"].label == "Gold-Reife"
    assert verdicts["silver"].label == "Silber-Vorprüfung"
    assert verdicts["silver"].trainee in {"bestanden", "nicht bestanden", "unvollständig"}
    website, founded, share = (
        next(d for d in report.largest_differences if d.item_id == item_id)
        for item_id in (
            "eligibility.english_website",
            "management.year_founded",
            "interaction.active_member_share",
        )
    )
    assert website.explanation == (
        "Sie haben Ja angegeben; die Referenzantwort ist Nein. Teilnahmeberechtigung: mit "
        "Ihrer Antwort teilnahmeberechtigt, mit der Referenzantwort nicht teilnahmeberechtigt."
    )
    assert website.rationale.startswith("Heute gibt es keine englischen Inhalte;")
    assert founded.explanation.startswith("Sie haben die Frage nicht beantwortet;")
    assert "Mit der Referenzantwort ist der Indikator erfüllt" in founded.explanation
    assert "Die Korrektur verändert „" in founded.explanation
    assert share.explanation.startswith("Sie haben 45,2 % angegeben; die Referenzantwort ist")
    assert " Punkte." in share.explanation
    rules = {row.item_id: row.rule for row in report.items}
    assert rules["interaction.active_member_share"] == "höchstens 1 Prozentpunkt Abweichung"
    assert rules["management.year_founded"] == "nur von der Referenz beantwortet"
    assert rules["financing.total_budget"] == "höchstens 10 % Abweichung von der Referenz"


def test_german_kappa_words_and_degenerate_cases() -> None:
    assert [interpret_kappa(v, "de") for v in (-0.1, 0.1, 0.3, 0.5, 0.7, 0.9)] == [
        "schlecht (schlechter als der Zufall)",
        "gering",
        "ausreichend",
        "mittelmäßig",
        "beachtlich",
        "fast vollkommen",
    ]
    early = cohens_kappa([("yes", "yes"), ("no", "no"), ("a", "a")], "de")
    assert early.interpretation == "noch zu früh für ein Urteil"
    assert early.explanation.startswith("Bisher haben beide Seiten erst 3 Ja/Nein-")
    assert "Kappa 1,00" in early.explanation
    empty = cohens_kappa([], "de")
    assert empty.interpretation == "nicht verfügbar"
    assert "lässt sich Kappa nicht berechnen" in empty.explanation
    same = cohens_kappa([("yes", "yes")] * 4, "de")
    assert same.interpretation == "nicht definiert"
    assert "bei allen 4 Urteilen dieselbe Antwort („ja“)" in same.explanation


def test_the_history_summary_in_german(default_pack: Pack) -> None:
    case = practice_case_by_id("nordhaven-maritime-robotics")
    answers = dict(case.reference_answers)
    first = calibrate(default_pack, {k: answers[k] for k in list(answers)[:20]}, answers)
    second = calibrate(default_pack, answers, answers)
    start = datetime(2025, 3, 1, tzinfo=UTC)
    sessions = [
        CalibrationSession(5, case.id, case.title, start, first),
        CalibrationSession(8, case.id, case.title, start + timedelta(days=7), second),
    ]
    gain = 100.0 - (first.agreement or 0.0)
    assert calibration_history(sessions).summary("de") == (
        f"2 Sitzungen zu demselben Fall: Die Übereinstimmung ist seit der ersten um "
        f"{gain:.0f} Punkte gestiegen."
    )
    worse = [
        CalibrationSession(5, case.id, case.title, start, second),
        CalibrationSession(8, "other", "Other", start + timedelta(days=7), first),
    ]
    assert "verschiedenen Fällen" in calibration_history(worse).summary("de")
    assert "gesunken" in calibration_history(worse).summary("de")
    assert calibration_history(sessions[:1]).summary("de") == (
        "Bisher eine Übungssitzung; die Entwicklung zeigt sich ab der zweiten."
    )
    assert calibration_history([]).summary("de") == "Noch keine Übungssitzungen."


def test_english_stays_as_it_was(default_pack: Pack) -> None:
    case = practice_case_by_id("valmora-food-valley")
    trainee = dict(case.reference_answers)
    trainee["eligibility.english_website"] = True
    trainee["interaction.active_member_share"] = 45.2
    report = calibrate(default_pack, trainee, case.reference_answers)
    assert report == calibrate(default_pack, trainee, case.reference_answers, language="en")
    assert report.kappa.explanation.startswith("Over ")
    assert "observed agreement" in report.kappa.explanation
    share = next(
        d for d in report.largest_differences if d.item_id == "interaction.active_member_share"
    )
    assert share.explanation.startswith("You answered 45.2 %; the reference is 47.8 %.")
    assert "Correcting it moves Contacts and interaction within the cluster by +0.9 points." in (
        share.explanation
    )
    rules = {row.item_id: row.rule for row in report.items}
    assert rules["interaction.active_member_share"] == "within 1 percentage point"
    assert rules["financing.total_budget"] == "within 10% of the reference"
    assert [v.label for v in report.verdicts] == [
        "Eligibility",
        "Gold-readiness",
        "Silver pre-check",
    ]
    assert cohens_kappa([("yes", "yes")] * 4).explanation.startswith(
        "Both gave the same answer ('yes') to all 4 judgements"
    )
