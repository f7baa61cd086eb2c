"""The home screen over a real store: list, search, filters, new interview, model checks."""

from __future__ import annotations

import gc
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from app.models import open_store
from app.models import repository as repo
from app.models.quick_reads import list_interviews
from app.scoring.pack import Pack
from app.settings import settings
from app.ui.application import ensure_demo
from app.ui.help_window import about_text
from app.ui.home_model import (
    COLUMNS,
    INTERVIEW_ID_ROLE,
    SORT_ROLE,
    InterviewFilterModel,
    InterviewTableModel,
)
from app.ui.main_window import MainWindow
from app.ui.new_interview_dialog import NewInterviewDialog


@pytest.fixture
def store(data_dir):  # type: ignore[no-untyped-def]
    opened = open_store(data_dir / "clusterbench.sqlite3", backup=False)
    yield opened
    opened.close()


@pytest.fixture
def filled_store(store, default_pack: Pack):  # type: ignore[no-untyped-def]
    """Two real interviews (fictional clusters) plus the demo practice interview."""
    repo.ensure_demo_interview(store, default_pack)
    alpine = repo.create_cluster(
        store,
        name="Alpine Sensors Cluster (fictional)",
        country="AT",
        technology_area="ICT",
        fictional=True,
    )
    baltic = repo.create_cluster(
        store,
        name="Baltic Food Network (fictional)",
        country="LT",
        technology_area="Food (non-biotech)",
        fictional=True,
    )
    repo.create_interview(
        store,
        cluster_id=alpine,
        pack=default_pack,
        mode="on_site",
        expert="Erika Example",
        actor="Erika Example",
    )
    repo.create_interview(
        store,
        cluster_id=baltic,
        pack=default_pack,
        mode="video_call",
        expert="Jonas Sample",
        actor="Jonas Sample",
    )
    return store


@pytest.fixture
def window(qtbot, filled_store):  # type: ignore[no-untyped-def]
    main = MainWindow(filled_store)
    qtbot.addWidget(main)
    main.show()
    return main


def _clusters(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]


def test_lists_every_interview_from_the_store(window: MainWindow, filled_store) -> None:  # type: ignore[no-untyped-def]
    assert window.proxy.rowCount() == len(repo.list_interviews(filled_store)) == 3
    clusters = " ".join(_clusters(window))
    assert "Alpine Sensors Cluster" in clusters
    assert "Baltic Food Network" in clusters
    assert window.count_label.text() == "3 interviews"
    assert window.pages.currentWidget() is window.table


def test_practice_interview_is_marked(window: MainWindow) -> None:
    modes = [window.proxy.index(r, 3).data() for r in range(window.proxy.rowCount())]
    assert any("Practice" in m for m in modes)
    assert all("(fictional)" in c for c in _clusters(window))


def test_search_narrows_by_cluster_expert_or_country(window: MainWindow) -> None:
    window.search_edit.setText("alpine")
    assert _clusters(window) == ["Alpine Sensors Cluster (fictional)"]
    window.search_edit.setText("Jonas")
    assert len(_clusters(window)) == 1
    assert "Baltic" in _clusters(window)[0]
    window.search_edit.setText("Lithuania")
    assert len(_clusters(window)) == 1
    assert "Baltic" in _clusters(window)[0]
    window.search_edit.setText("nothing like this")
    assert window.proxy.rowCount() == 0
    assert window.pages.currentWidget() is window.no_match_page
    window.clear_filters()
    assert window.proxy.rowCount() == 3


def test_filters_by_mode_status_and_date(window: MainWindow) -> None:
    window.mode_filter.setCurrentIndex(window.mode_filter.findData("video_call"))
    assert len(_clusters(window)) == 1
    assert "Baltic" in _clusters(window)[0]
    assert window.count_label.text() == "1 of 3 interviews"
    window.mode_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findData("finalised"))
    assert window.proxy.rowCount() == 0
    window.status_filter.setCurrentIndex(window.status_filter.findData("in_progress"))
    assert window.proxy.rowCount() >= 2
    window.status_filter.setCurrentIndex(0)
    window.date_filter.setChecked(True)
    assert window.proxy.rowCount() == 3  # all changed today, inside the default range
    window.date_to.setDate(window.date_to.date().addDays(-10))
    window.date_from.setDate(window.date_to.date().addDays(-30))
    assert window.proxy.rowCount() == 0


@pytest.mark.parametrize("frame", [QFrame.Shape.StyledPanel, QFrame.Shape.NoFrame])
def test_newest_first_at_the_first_paint_then_sorted_by_updated(qtbot, filled_store, frame) -> None:  # type: ignore[no-untyped-def]
    """The store's order is the first paint's; once painted, the table sorts by "Updated",
    newest first, with its arrow, and a click on a header sorts by that column. (A table
    without a frame is never painted itself, only its viewport: the window's paint counts.)"""
    newest_first = [summary.cluster_name for summary in list_interviews(filled_store)]
    main = MainWindow(filled_store)
    qtbot.addWidget(main)
    main.table.setFrameShape(frame)
    assert not main.table.isSortingEnabled()
    assert _clusters(main) == newest_first
    main.show()
    qtbot.waitUntil(main.table.isSortingEnabled)
    header = main.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == COLUMNS.index("updated")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _clusters(main) == newest_first
    cluster_header = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=cluster_header)
    assert header.sortIndicatorSection() == 0
    assert _clusters(main) == sorted(newest_first, key=str.casefold)


def test_enter_opens_the_current_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(1, 0))
    with qtbot.waitSignal(window.table.activated_row) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args[0].row() == 1
    with qtbot.waitSignal(window.table.activated_row):
        qtbot.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)


def test_the_home_windows_texts_are_plain_text(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """Every label, the empty states' too, shows its text as it is, never as mark-up."""
    main = MainWindow(store)
    qtbot.addWidget(main)
    labels = main.findChildren(QLabel)
    assert main.no_match_label in labels
    assert [label.text() for label in labels if label.textFormat() != Qt.TextFormat.PlainText] == []


def test_empty_store_shows_the_empty_state(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(store)
    qtbot.addWidget(main)
    assert main.pages.currentWidget() is main.empty_page


def test_new_interview_dialog_creates_cluster_and_interview(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    settings().expert_name = "Erika Example"
    dialog = NewInterviewDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.new_radio.isChecked()  # no clusters yet
    assert dialog.expert_edit.text() == "Erika Example"  # prefilled from settings
    dialog.accept()  # no name yet: refused with a message
    assert dialog.created_interview_id is None
    assert "name" in dialog.error_label.text()
    dialog.name_edit.setText("Nordic Hydrogen Hub (fictional)")
    dialog.country_choice.setCurrentIndex(dialog.country_choice.findData("NO"))
    dialog.area_choice.setCurrentIndex(dialog.area_choice.findData("Energy & environment"))
    dialog.eccp_edit.setText("https://example.org/nordic-hydrogen-hub")
    dialog.mode_choice.setCurrentIndex(dialog.mode_choice.findData("video_call"))
    dialog.accept()
    assert dialog.created_interview_id is not None
    detail = repo.get_interview(store, dialog.created_interview_id)
    assert detail.cluster_name == "Nordic Hydrogen Hub (fictional)"
    assert detail.country == "NO"
    assert detail.technology_area == "Energy & environment"
    assert detail.mode == "video_call"
    assert detail.expert == "Erika Example"
    assert detail.eccp_url == "https://example.org/nordic-hydrogen-hub"


def test_new_interview_defaults_choose_no_cluster_country_or_area(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    ensure_demo(store)  # the fictional demo cluster is recorded
    dialog = NewInterviewDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.new_radio.isChecked()
    assert dialog.cluster_choice.currentData() is None
    assert dialog.country_choice.currentData() == ""
    assert dialog.area_choice.currentData() == ""
    assert "Aviation" not in dialog.area_choice.currentText()
    dialog.name_edit.setText("Alpine Wood Cluster (fictional)")
    dialog.expert_edit.setText("Erika Example")
    dialog.accept()
    assert dialog.created_interview_id is None
    assert "country" in dialog.error_label.text()
    assert "technology area" in dialog.error_label.text()


def test_new_interview_for_an_existing_cluster(qtbot, filled_store) -> None:  # type: ignore[no-untyped-def]
    before = len(repo.list_interviews(filled_store))
    dialog = NewInterviewDialog(filled_store)
    qtbot.addWidget(dialog)
    assert dialog.new_radio.isChecked()  # nothing is chosen for the expert
    dialog.existing_radio.setChecked(True)
    dialog.expert_edit.setText("Max Muster")
    dialog.accept()
    assert dialog.created_interview_id is None
    assert "Choose a cluster" in dialog.error_label.text()
    dialog.cluster_choice.setCurrentIndex(1)
    dialog.accept()
    assert dialog.created_interview_id is not None
    assert len(repo.list_interviews(filled_store)) == before + 1
    assert len(repo.list_clusters(filled_store)) == 3  # no new cluster


def test_new_interview_button_creates_it_and_lists_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewInterviewDialog)
        dialog.new_radio.setChecked(True)
        dialog.name_edit.setText("Danube Mobility Cluster (fictional)")
        dialog.country_choice.setCurrentIndex(dialog.country_choice.findData("AT"))
        dialog.area_choice.setCurrentIndex(dialog.area_choice.findData("ICT"))
        dialog.expert_edit.setText("Erika Example")
        dialog.accept()

    opened: list[int] = []
    window.interview_opened.connect(opened.append)
    QTimer.singleShot(0, fill_dialog)
    created = window.new_interview()
    assert created is not None
    assert any("Danube" in c for c in _clusters(window))
    assert opened == [created] or not opened  # opened unless the window failed to load
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            qtbot.addWidget(widget)  # closes the interview window after the test


def test_models_pass_the_model_tester(qtmodeltester, filled_store) -> None:  # type: ignore[no-untyped-def]
    model = InterviewTableModel()
    model.set_interviews(repo.list_interviews(filled_store))
    qtmodeltester.check(model)
    proxy = InterviewFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("baltic")
    qtmodeltester.check(proxy)


class ModelSignals:
    """What a model told its views: changed rows and columns, rows in and out, resets."""

    def __init__(self, model: InterviewTableModel) -> None:
        self.seen: list[tuple[str, int, int, int, int]] = []
        model.dataChanged.connect(
            lambda top, bottom, *_: self.seen.append(
                ("changed", top.row(), bottom.row(), top.column(), bottom.column())
            )
        )
        model.rowsInserted.connect(
            lambda _, first, last: self.seen.append(("in", first, last, 0, 0))
        )
        model.rowsRemoved.connect(
            lambda _, first, last: self.seen.append(("out", first, last, 0, 0))
        )
        model.modelReset.connect(lambda: self.seen.append(("reset", 0, 0, 0, 0)))


def _rows(model: InterviewTableModel) -> dict[int, list[str]]:
    """Each row's texts by interview id (read from the cells, the id from column 0)."""
    return {
        model.index(row, 0).data(INTERVIEW_ID_ROLE): [
            model.index(row, column).data() for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def test_a_reload_touches_only_the_rows_that_changed(filled_store, default_pack: Pack) -> None:  # type: ignore[no-untyped-def]
    model = InterviewTableModel()
    model.set_interviews(repo.list_interviews(filled_store))
    signals = ModelSignals(model)
    model.set_interviews(repo.list_interviews(filled_store))
    assert signals.seen == []  # nothing changed: the view is left alone

    alpine = next(s for s in repo.list_interviews(filled_store) if "Alpine" in s.cluster_name)
    repo.save_answer(filled_store, default_pack, alpine.id, "structure.sme_share", 42.0, actor="t")
    model.set_interviews(repo.list_interviews(filled_store))
    row = next(r for r in range(model.rowCount()) if model.interview(r).id == alpine.id)
    answered = COLUMNS.index("answered")
    assert signals.seen == [("changed", row, row, 0, len(COLUMNS) - 1)]  # one signal, one row
    assert model.index(row, answered).data() == str(alpine.answered_count + 1)
    assert model.index(row, answered).data(SORT_ROLE) == alpine.answered_count + 1

    signals.seen.clear()
    everyone = repo.list_interviews(filled_store)
    model.set_interviews([s for s in everyone if s.id != alpine.id])  # e.g. a backup restored
    assert signals.seen == [("out", row, row, 0, 0)]
    assert alpine.id not in _rows(model)
    model.set_interviews(everyone)
    assert signals.seen[1:] == [("in", 2, 2, 0, 0)]
    fresh = InterviewTableModel()
    fresh.set_interviews(everyone)
    assert _rows(model) == _rows(fresh)  # the same cells as a list built from scratch
    assert [model.interview(r).id for r in range(model.rowCount())] == list(_rows(model))
    read_only = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    assert {model.flags(model.index(r, c)) for r in range(3) for c in range(8)} == {read_only}


def test_cells_are_refilled_in_place_and_taken_out_whole(filled_store, default_pack: Pack) -> None:  # type: ignore[no-untyped-def]
    """A cell Python holds stays the live cell through reloads, and a row taken out is
    handed to Python whole: Qt never deletes a cell Python still refers to (which crashed
    the app when it replaced cells)."""
    model = InterviewTableModel()
    proxy = InterviewFilterModel()
    proxy.setSourceModel(model)
    model.set_interviews(repo.list_interviews(filled_store))
    alpine = next(s for s in repo.list_interviews(filled_store) if "Alpine" in s.cluster_name)
    row = next(r for r in range(model.rowCount()) if model.interview(r).id == alpine.id)
    held = model.item(row, COLUMNS.index("answered"))
    for number in range(1, 31):
        repo.save_answer(
            filled_store, default_pack, alpine.id, "structure.sme_share", float(number), actor="t"
        )
        model.set_interviews(repo.list_interviews(filled_store))
        gc.collect()
        assert shiboken6.isValid(held)
        assert held.text() == str(alpine.answered_count + 1)
        assert held.model() is model
    everyone = repo.list_interviews(filled_store)
    model.set_interviews([s for s in everyone if s.id != alpine.id])
    gc.collect()
    assert held.model() is None  # out of the list, still alive while held
    assert held.text() == str(alpine.answered_count + 1)
    assert proxy.rowCount() == len(everyone) - 1
    del proxy, model
    gc.collect()


def test_the_list_is_refilled_when_the_window_is_back_on_another_day(window: MainWindow) -> None:
    """Filled on one day, shown on the next: "today 09:30" must not stay."""
    updated = COLUMNS.index("updated")

    def times() -> list[str]:
        return [window.model.index(r, updated).data() for r in range(window.model.rowCount())]

    yesterday = date.today() - timedelta(days=1)
    window.model.set_interviews(repo.list_interviews(window.store), today=yesterday)
    assert window.model.shows_an_earlier_day()
    assert not any(text.startswith("today") for text in times())  # as dates, for that day
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert not window.model.shows_an_earlier_day()
    assert all(text.startswith("today ") for text in times())  # all changed today


def test_date_range_filter_ignores_half_ranges(filled_store) -> None:  # type: ignore[no-untyped-def]
    model = InterviewTableModel()
    model.set_interviews(repo.list_interviews(filled_store))
    proxy = InterviewFilterModel()
    proxy.setSourceModel(model)
    proxy.set_date_range(date.today() + timedelta(days=1), None)
    assert proxy.rowCount() == 3
    proxy.set_date_range(date.today() + timedelta(days=1), date.today() + timedelta(days=2))
    assert proxy.rowCount() == 0


def test_about_says_the_data_is_synthetic_and_reconstructed() -> None:
    text = about_text()
    assert "SYNTHETIC" in text
    assert "public reconstruction" in text
