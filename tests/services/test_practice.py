"""Practice sessions over a real store: start, answer, calibrate, history, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import run as main
from app.models import Store, open_store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.scoring.practice import PracticeCaseError, practice_case_by_id
from app.services.practice import (
    calibrate_interview,
    calibration_overview,
    practice_case_id,
    practice_sessions,
    start_practice,
    trainee_history,
)

CASE = "nordhaven-maritime-robotics"


def answer(store: Store, pack: Pack, interview_id: int, answers: dict[str, object]) -> None:
    for item_id, value in answers.items():
        repo.save_answer(store, pack, interview_id, item_id, value, actor="Tina Trainee")


def test_a_practice_session_is_a_practice_interview_of_a_fictional_cluster(
    store: Store, default_pack: Pack
) -> None:
    case = practice_case_by_id(CASE)
    interview_id = start_practice(store, case, trainee="Tina Trainee")
    detail = repo.get_interview(store, interview_id)
    assert detail.mode == "practice"
    assert detail.fictional
    assert detail.cluster_name == "Fictional: Nordhaven Maritime Robotics Cluster"
    assert detail.expert == "Tina Trainee"
    assert practice_case_id(store, interview_id) == CASE
    # The second session plays the same fictional cluster.
    again = start_practice(store, case, trainee="Tina Trainee")
    assert repo.get_interview(store, again).cluster_id == detail.cluster_id
    assert [s.interview_id for s in practice_sessions(store)] == [interview_id, again]


def test_calibration_and_the_trend_over_two_sessions(store: Store, default_pack: Pack) -> None:
    case = practice_case_by_id(CASE)
    reference = dict(case.reference_answers)
    first = start_practice(store, case, trainee="Tina Trainee")
    sloppy = {**reference, "eligibility.committed_members": 78, "management.year_founded": 2009}
    answer(store, default_pack, first, sloppy)
    report = calibrate_interview(store, first)
    assert report.compared - report.agreed == 2
    assert {d.item_id for d in report.largest_differences} == {
        "eligibility.committed_members",
        "management.year_founded",
    }
    second = start_practice(store, case, trainee="Tina Trainee")
    answer(store, default_pack, second, reference)
    assert calibrate_interview(store, second).agreement == pytest.approx(100.0)
    other_case = start_practice(
        store, practice_case_by_id("valmora-food-valley"), trainee="Tina Trainee"
    )
    history = trainee_history(store, "Tina Trainee", case_id=CASE)
    assert [p.interview_id for p in history.points] == [first, second]
    assert history.agreement_change == pytest.approx(100.0 - (report.agreement or 0.0))
    everything = trainee_history(store, "Tina Trainee")
    assert [p.interview_id for p in everything.points] == [first, second, other_case]
    assert trainee_history(store, "Somebody Else").points == ()


def test_the_case_is_found_without_a_session_record(store: Store) -> None:
    interview_id = start_practice(store, practice_case_by_id(CASE), trainee="T")
    with store.session_scope() as session:
        session.execute(text("DELETE FROM practice_sessions"))
    assert repo.practice_records(store) == {}
    assert practice_case_id(store, interview_id) == CASE


def test_the_session_record_is_written_with_the_interview(store: Store) -> None:
    interview_id = start_practice(store, CASE, trainee="Tina Trainee")
    detail = repo.get_interview(store, interview_id)
    record = repo.practice_records(store)[detail.uuid]
    assert (record.case_id, record.trainee) == (CASE, "Tina Trainee")
    assert not (store.path.parent / "practice_sessions.json").exists()


def test_an_ordinary_interview_has_no_reference(store: Store, interview_id: int) -> None:
    assert practice_case_id(store, interview_id) is None
    with pytest.raises(PracticeCaseError, match="not a practice case"):
        calibrate_interview(store, interview_id)


def test_practice_cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practice", "list", "--json"]) == 0
    cases = json.loads(capsys.readouterr().out)
    assert len(cases) >= 2
    assert all(case["fictional"] and case["title"].startswith("Fictional:") for case in cases)

    assert main(["practice", "start", CASE, "--trainee", "Tina Trainee"]) == 0
    interview_id = int(capsys.readouterr().out)
    opened = open_store()
    try:
        pack = repo.pack_of(opened, interview_id)
        answer(opened, pack, interview_id, {"eligibility.eccp_listed": True})
    finally:
        opened.close()
    assert main(["practice", "calibrate", str(interview_id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["agreed"] == 1
    assert data["trainee"] == "Tina Trainee"
    assert [s["interview_id"] for s in data["history"]["sessions"]] == [interview_id]
    assert main(["practice", "calibrate", str(interview_id)]) == 0
    text = capsys.readouterr().out
    assert "Item agreement: 1 of" in text
    assert "Largest differences:" in text
    assert main(["practice", "start", "no-such-case", "--trainee", "T"]) == 2
    assert "There is no practice case 'no-such-case'; the cases are:" in capsys.readouterr().err


def test_calibration_overview_in_german(store: Store, default_pack: Pack) -> None:
    case = practice_case_by_id(CASE)
    interview_id = start_practice(store, case, trainee="Tina Trainee")
    answers = {**case.reference_answers, "management.year_founded": 2009}
    answer(store, default_pack, interview_id, answers)
    german = calibration_overview(store, interview_id, language="de")
    assert german.language == "de"
    report = german.report
    assert [v.label for v in report.verdicts] == [
        "Teilnahmeberechtigung",
        "Gold-Reife",
        "Silber-Vorprüfung",
    ]
    assert report.kappa.interpretation == "fast vollkommen"
    assert report.largest_differences[0].explanation.startswith("Sie haben 2009 angegeben;")
    assert report.largest_differences[0].rationale.startswith(
        "Die Clustermanagement-Organisation besteht seit 2011;"
    )
    assert german.trend == "Bisher eine Übungssitzung; die Entwicklung zeigt sich ab der zweiten."
    english = calibration_overview(store, interview_id, language="en")
    assert english.report.kappa.interpretation == "almost perfect"
    assert english.trend == "One practice session so far; the trend shows from the second."
    assert english.report.largest_differences[0].rationale.startswith(
        "The management organisation dates from 2011;"
    )
    # Without a language, the interface language from the settings (English by default).
    assert calibration_overview(store, interview_id).report == english.report


def test_practice_cli_in_german(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practice", "start", CASE, "--trainee", "Tina Trainee"]) == 0
    interview_id = int(capsys.readouterr().out)
    assert main(["practice", "calibrate", str(interview_id), "--language", "de"]) == 0
    text = capsys.readouterr().out
    assert "Übereinstimmung je Frage: 0 von" in text
    assert (
        "Teilnahmeberechtigung: bei Ihnen unvollständig, bei der Referenz teilnahmeberechtigt"
        in text
    )
    assert "Verlauf: Bisher eine Übungssitzung" in text
    assert main(["practice", "calibrate", str(interview_id), "--json", "--language", "de"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["history"]["summary"].startswith("Bisher eine Übungssitzung")
    assert {"summary", "trainee", "case", "history", "kappa", "verdicts"} <= set(data)
    assert main(["practice", "calibrate", str(interview_id), "--language", "fr"]) == 2
    assert "--language must be one of en, de" in capsys.readouterr().err
