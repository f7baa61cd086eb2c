"""A trainee's practice case through the real widgets: start, answer, calibrate, compare."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from app.models import Store
from app.models import repository as repo
from app.scoring.calibration import calibration_history
from app.scoring.pack import Pack
from app.scoring.practice import practice_case_by_id
from app.services.practice import start_practice
from app.settings import settings
from app.ui.calibration_report import CalibrationReportDialog
from app.ui.case_narrative import NARRATIVE_DOCK, NarrativeView
from app.ui.editors import LineAnswerEditor
from app.ui.i18n import install_translator
from app.ui.interview.window import InterviewWindow
from app.ui.practice_models import HistoryModel
from app.ui.practice_window import (
    PracticeWindow,
    open_calibration_report,
    open_case_narrative,
    open_practice_window,
)
from tests.ui.geometry import entries_cut_off, tallest_entry_in_lines

CASE = "valmora-food-valley"
TRAINEE = "Tina Trainee (fictional)"


@pytest.fixture
def opened(qtbot: Any, store: Store) -> dict[int, InterviewWindow]:
    """Interview windows opened by the practice window, by interview id."""
    return {}


@pytest.fixture
def practice(qtbot: Any, store: Store, opened: dict[int, InterviewWindow]) -> PracticeWindow:
    def open_interview(interview_id: int) -> QWidget:
        window = InterviewWindow(store, interview_id, None)
        qtbot.addWidget(window)
        window.show()
        opened[interview_id] = window
        return window

    window = PracticeWindow(store, open_interview)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def start(qtbot: Any, practice: PracticeWindow) -> int:
    with qtbot.waitSignal(practice.practice_started) as started:
        qtbot.mouseClick(practice.start_button, Qt.MouseButton.LeftButton)
    interview_id: int = started.args[0]
    return interview_id


def open_report(qtbot: Any, practice: PracticeWindow) -> CalibrationReportDialog:
    qtbot.mouseClick(practice.report_button, Qt.MouseButton.LeftButton)
    dialog = practice.report_dialog
    assert dialog is not None  # a child of the practice window, deleted on close
    qtbot.waitUntil(lambda: dialog.view.overview is not None, timeout=30_000)
    return dialog


def cells(model: Any, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_a_full_practice_case_with_its_trend(
    qtbot: Any,
    qtmodeltester: Any,
    practice: PracticeWindow,
    opened: dict[int, InterviewWindow],
    store: Store,
    default_pack: Pack,
) -> None:
    case = practice_case_by_id(CASE)
    assert practice.select_case(CASE)
    assert practice.title_label.text() == "Fictional: Valmora Food Valley Network"
    # Copied as plain text, a no-break space (EUR\u00a095,000) becomes a space.
    shown = case.narrative.get("en")
    assert "EUR\u00a095,000" in shown
    assert practice.narrative.text.toPlainText() == shown.replace("\u00a0", " ")
    assert practice.narrative.text.isReadOnly()
    practice.trainee_edit.setText(TRAINEE)
    assert practice.session_model.rowCount() == 0
    assert not practice.report_button.isEnabled()

    first = start(qtbot, practice)
    detail = repo.get_interview(store, first)
    assert (detail.mode, detail.fictional, detail.expert) == ("practice", True, TRAINEE)
    window = opened[first]
    assert window.windowTitle().startswith("[Practice] ")
    dock = window.findChild(QDockWidget, NARRATIVE_DOCK)
    assert isinstance(dock, QDockWidget)
    view = dock.widget()
    assert isinstance(view, NarrativeView)
    assert view.text.isReadOnly()
    assert view.text.toPlainText().startswith("FICTIONAL PRACTICE CASE.")
    assert practice.session_model.rowCount() == 1

    # The trainee answers one question in the interview window, the rest by the usual slips.
    window.go_to_item("eligibility.committed_members")
    editor = window.editor
    assert isinstance(editor, LineAnswerEditor)
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "31")  # counts the farms, which are not members
    with qtbot.waitSignal(window.answer_saved):
        qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    slips = {
        **case.reference_answers,
        "eligibility.committed_members": 31,
        "eligibility.english_website": True,
        "interaction.active_member_share": 45.2,
    }
    for item_id, value in slips.items():
        if item_id != "eligibility.committed_members":
            repo.save_answer(store, default_pack, first, item_id, value, actor=TRAINEE)

    dialog = open_report(qtbot, practice)
    report = dialog.view
    assert dialog.windowTitle() == "[Practice] Calibration report \u2014 " + case.title
    overview = report.overview
    assert overview is not None
    compared = overview.report.compared
    assert overview.report.agreed == compared - 3
    share = 100.0 * (compared - 3) / compared
    assert report.agreement_label.text() == f"{share:.1f} % ({compared - 3} of {compared})"
    kappa = overview.report.kappa.value
    assert kappa is not None
    assert 0 < kappa < 1
    assert report.kappa_label.text().startswith(f"{kappa:.2f} \u00b7 ")
    assert "\u2717 Eligibility \u2014 you: eligible; reference: not eligible" in (
        report.verdicts_label.text()
    )
    items = report.item_model
    qtmodeltester.check(items)
    different = [
        items.item(row).item_id
        for row in range(items.rowCount())
        if items.data(items.index(row, 4)) == "different"
    ]
    assert sorted(different) == [
        "eligibility.committed_members",
        "eligibility.english_website",
        "interaction.active_member_share",
    ]
    report.differences_only.setChecked(True)
    assert report.item_proxy.rowCount() == 3
    text = report.differences_text.toPlainText()
    assert text.startswith("1. Does the cluster have an English-language website")
    assert "Reference expert: No English content today" in text
    assert "The 14 of 31 participants (45.2 %) Tomas mentions first is the usual slip." in text
    qtmodeltester.check(report.section_model)
    assert report.trend_label.text() == (
        "One practice session so far; the trend shows from the second."
    )
    for label in report.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    dialog.close()

    # A second session of the same case, answered like the reference.
    second = start(qtbot, practice)
    assert second != first
    for item_id, value in case.reference_answers.items():
        repo.save_answer(store, default_pack, second, item_id, value, actor=TRAINEE)
    assert practice.session_model.rowCount() == 2
    practice.session_table.selectRow(1)
    dialog = open_report(qtbot, practice)
    report = dialog.view
    assert report.agreement_label.text() == f"100.0 % ({compared} of {compared})"
    assert report.differences_text.toPlainText().startswith("No differences")
    history = report.history_model
    qtmodeltester.check(history)
    assert history.rowCount() == 2
    assert cells(history, 2) == [f"{share:.1f} %", "100.0 %"]
    assert cells(history, 3) == ["\u2013", f"{100.0 - share:+.1f} pt"]
    assert report.trend_label.text() == (
        f"2 sessions on the same case: agreement up {100.0 - share:.0f} points since the first."
    )
    bold = history.data(history.index(1, 0), Qt.ItemDataRole.FontRole)
    assert bold is not None
    assert bold.bold()


def test_case_list_and_models(qtbot: Any, qtmodeltester: Any, practice: PracticeWindow) -> None:
    model = practice.case_model
    qtmodeltester.check(model)
    assert model.rowCount() >= 2
    assert all(model.case(r).title.startswith("Fictional:") for r in range(model.rowCount()))
    # A title longer than the list is wide wraps: each case lies whole inside the list.
    practice.case_list.setFixedWidth(180)
    qtbot.waitUntil(lambda: practice.case_list.viewport().width() < 180)
    assert entries_cut_off(practice.case_list) == []
    assert tallest_entry_in_lines(practice.case_list) > 1.5  # a title on two lines
    practice.trainee_edit.setText("")
    assert practice.sessions_hint.text() == "Type your name to see your sessions."
    assert practice.start_practice() is None
    assert practice.message_box is not None
    assert "Type your name first" in practice.message_box.text()
    qtmodeltester.check(practice.session_model)
    empty = HistoryModel()
    empty.set_history(calibration_history([]), None)
    qtmodeltester.check(empty)


def test_entry_points_for_the_interview_window(qtbot: Any, store: Store, interview_id: int) -> None:
    case = practice_case_by_id(CASE)
    session = start_practice(store, case, trainee=TRAINEE)
    window = InterviewWindow(store, session, None)
    qtbot.addWidget(window)
    dock = open_case_narrative(window, store, session)
    assert dock is not None
    assert open_case_narrative(window, store, session) is dock  # shown once, raised again
    dialog = open_calibration_report(window, store, session)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view.overview is not None, timeout=30_000)
    assert dialog.view.overview is not None
    assert dialog.view.overview.report.agreed == 0
    dialog.close()
    # An ordinary interview has no reference: a note instead of a report.
    assert open_calibration_report(None, store, interview_id) is None
    ordinary = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(ordinary)
    assert open_case_narrative(ordinary, store, interview_id) is None


def test_open_practice_window_without_an_interview_opener(qtbot: Any, store: Store) -> None:
    window = open_practice_window(None, store)
    qtbot.addWidget(window)
    window.trainee_edit.setText(TRAINEE)
    interview_id = window.start_practice()
    assert interview_id is not None
    assert window.narrative_window is not None
    assert window.narrative_window.isVisible()
    assert "[Practice]" in window.narrative_window.windowTitle()
    assert window.session_model.rowCount() == 1
    selected = window.selected_session()
    assert selected is not None
    assert selected.interview_id == interview_id


def test_closing_the_calibration_report_while_it_computes_is_harmless(
    qtbot: Any, store: Store
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    session = start_practice(store, practice_case_by_id(CASE), trainee=TRAINEE)
    dialog = CalibrationReportDialog(store, session)  # the comparison starts at once
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    with qtbot.captureExceptions() as exceptions:
        QCoreApplication.processEvents()  # the result arrives for a dialog that is gone
    assert exceptions == []


def early_report(qtbot: Any, store: Store, pack: Pack) -> CalibrationReportDialog:
    """The calibration report of a session with five answers, all as the reference's."""
    case = practice_case_by_id(CASE)
    session = start_practice(store, case, trainee=TRAINEE)
    for item_id, value in list(case.reference_answers.items())[:5]:
        repo.save_answer(store, pack, session, item_id, value, actor=TRAINEE)
    dialog = CalibrationReportDialog(store, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view.overview is not None, timeout=30_000)
    return dialog


def test_an_early_calibration_does_not_claim_agreement(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    dialog = early_report(qtbot, store, default_pack)
    report = dialog.view
    assert "only 5 answered so far" in report.agreement_label.text()
    assert "almost perfect" not in report.kappa_label.text()
    assert "too early to judge" in report.kappa_label.text()
    assert "too few" in report.kappa_explanation.text()


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    """The interface in German, as the application starts it; English again afterwards."""
    saved_locale = QLocale()
    settings().language = "de"
    install_translator("de")
    yield
    settings().language = "en"
    install_translator("en")
    QLocale.setDefault(saved_locale)


def test_a_german_interface_shows_the_calibration_in_german(
    qtbot: Any, store: Store, default_pack: Pack, german: None
) -> None:
    dialog = early_report(qtbot, store, default_pack)
    report = dialog.view
    assert report.kappa_label.text() == "1,00 \u00b7 noch zu früh für ein Urteil"
    assert "zu wenigen" in report.kappa_explanation.text()
    assert "Teilnahmeberechtigung \u2014 Sie: unvollständig" in report.verdicts_label.text()
    assert report.differences_text.toPlainText().startswith("1. ")
    assert "Sie haben die Frage nicht beantwortet" in report.differences_text.toPlainText()
    assert "Referenz: Heute gibt es keine englischen Inhalte;" in (
        report.differences_text.toPlainText()
    )
    assert report.trend_label.text().startswith("Bisher eine Übungssitzung")
    assert report.agreement_label.text().startswith("10,9 % (5 von 46;")


def test_the_german_history_gives_the_change_in_percentage_points(german: None) -> None:
    from datetime import UTC, datetime

    from app.scoring.calibration import CalibrationHistory, HistoryPoint

    def session(number: int, agreement: float, change: float | None) -> HistoryPoint:
        return HistoryPoint(
            number, CASE, "Fictional case", datetime(2026, 12, number, tzinfo=UTC), agreement,
            0.5, 50.0, True, change,
        )  # fmt: skip

    model = HistoryModel()
    model.set_history(CalibrationHistory((session(1, 40.0, None), session(2, 52.5, 12.5))), 2)
    assert model.index(1, 3).data() == "+12,5 Pp."
    assert model.index(0, 3).data() == "\u2013"


def test_the_calibration_tables_show_whole_rows_and_the_current_session_on_a_short_screen(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    case = practice_case_by_id(CASE)
    sessions = [start_practice(store, case, trainee=TRAINEE) for _ in range(4)]
    for interview_id in sessions:
        for item_id, value in case.reference_answers.items():
            repo.save_answer(store, default_pack, interview_id, item_id, value, actor=TRAINEE)
    dialog = open_calibration_report(None, store, sessions[-1])
    assert isinstance(dialog, CalibrationReportDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view.overview is not None, timeout=30_000)
    # Maximized on a 1366 x 768 laptop. Wrapped texts need fewer lines once the dialog is
    # wide, so its minimum height settles after the first resize; the window manager's
    # maximized geometry then applies in full.
    dialog.resize(1366 - 12, 768 - 40)
    qtbot.waitUntil(lambda: dialog.minimumSizeHint().height() <= 768 - 40)
    dialog.resize(1366 - 12, 768 - 40)
    qtbot.waitUntil(lambda: dialog.height() == 768 - 40)
    table = dialog.view.history_table
    rows = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 2 * rows
    current = dialog.view.history_model.current_row()
    assert current == 3
    shown = table.visualRect(dialog.view.history_model.index(current, 0))
    assert table.viewport().rect().contains(shown)
    sections = dialog.view.section_table
    for row in range(dialog.view.section_model.rowCount()):
        place = sections.visualRect(dialog.view.section_model.index(row, 0))
        assert sections.viewport().rect().contains(place), row  # every section, whole
