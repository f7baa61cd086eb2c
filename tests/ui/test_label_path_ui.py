"""The label path in the windows, over real stores: a second benchmarking drawn over the
previous one, improvement areas that make Silver pass, the time-budget warning, and the
home screen's label actions (due filter, record a label, merge two records, a recorded
organisation recognised before an interview is created)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.models import Store
from app.models import repository as repo
from app.scoring.labels import add_months
from app.scoring.pack import Pack
from app.services import labels
from app.ui.interview.improvements import ImprovementAreasDialog
from app.ui.interview.window import InterviewWindow
from app.ui.label_dialogs import MergeClustersDialog, RecordLabelDialog
from app.ui.main_window import MainWindow
from app.ui.new_interview_dialog import NewInterviewDialog
from tests.models.label_path_fixtures import CLUSTER, IMPROVEMENTS, benchmarked_twice


def second_benchmarking(store: Store, pack: Pack) -> int:
    """Held today, 20 months after the first; open, no improvement areas yet."""
    today = date.today()
    _first, second = benchmarked_twice(
        store, pack, first=add_months(today, -20), second=today, improvements=False,
        finalise_second=False,
    )  # fmt: skip
    return second


def open_window(qtbot: Any, store: Store, interview_id: int) -> InterviewWindow:
    window = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def tick(dialog: ImprovementAreasDialog, item_ids: list[str]) -> None:
    dialog.set_checked_indicators(item_ids)


def test_a_second_benchmarking_is_drawn_over_the_previous_one(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    window = open_window(qtbot, store, second_benchmarking(store, default_pack))
    radar = window.scores_dock.radar
    previous_day = add_months(date.today(), -20).isoformat()
    assert radar.series_points("previous")
    assert f"Previous benchmarking, {previous_day}" in radar.legend_labels()
    panel = window.scores_dock.score_panel
    page = panel.label_page
    assert previous_day in page.previous_label.text()
    assert page.headings["bronze"].text() == "Bronze: passed"
    assert page.headings["silver"].text() == "Silver: not passed"
    assert "0 of at least 3 improvement areas are validated" in page.bodies["silver"].text()
    assert "No improvement area is recorded yet." in page.bodies["silver"].text()
    sections = panel.sections_page
    assert not sections.table.isColumnHidden(3)  # "Previous"
    assert sections.model.rowCount() > 0
    assert page.areas_button.isVisible() or not page.isVisible()


def test_three_areas_recorded_in_the_editor_make_silver_pass(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    second = second_benchmarking(store, default_pack)
    window = open_window(qtbot, store, second)
    window.actions_by_name["improvements"].trigger()
    dialog = window.improvements_dialog
    assert isinstance(dialog, ImprovementAreasDialog)
    # Refused input says why and keeps nothing.
    dialog.title_edit.setText("   ")
    dialog.evidence_edit.setPlainText("Statutes")
    assert not dialog.save()
    assert dialog.message.text() == "Give the improvement area a title."
    assert labels.improvement_areas(store, second) == []
    for title, evidence, indicators in IMPROVEMENTS:
        dialog.start_new()
        dialog.title_edit.setText(title)
        dialog.evidence_edit.setPlainText(evidence)
        tick(dialog, indicators)
        assert dialog.save(), dialog.message.text()
    assert dialog.model.rowCount() == 3
    assert dialog.summary.text() == "3 of at least 3 improvement areas validated"
    assert dialog.model.index(0, 1).data() == "\u2713 validated"
    page = window.scores_dock.score_panel.label_page
    assert page.headings["silver"].text() == "Silver: passed"
    assert [a.title for a in labels.improvement_areas(store, second)] == [
        a[0] for a in IMPROVEMENTS
    ]
    assert repo.events_of(store, second)[-1].kind == "improvement_added"
    # Changing an area: select it, edit, save; the verdict follows.
    dialog.table.selectRow(0)
    assert dialog.title_edit.text() == IMPROVEMENTS[0][0]
    dialog.evidence_edit.setPlainText("")
    assert dialog.save()
    assert page.headings["silver"].text() == "Silver: not passed"
    dialog.table.selectRow(0)
    assert dialog.remove_selected()
    assert dialog.model.rowCount() == 2


def test_the_header_warns_past_the_whole_time_budget(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    window = open_window(qtbot, store, interview_id)
    header = window.header
    assert header.budget_banner.isHidden()
    # Four hours on the clock: the session's clock was read four hours ago.
    window.session._clock_read_at -= 4 * 3600
    header.show_clock()
    assert not header.budget_banner.isHidden()
    assert header.budget_label.text().startswith("The interview has passed its time budget of 3 h")


def test_the_home_screen_filters_clusters_due_and_records_labels(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    first, second = benchmarked_twice(store, default_pack, first=date(2024, 5, 14))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.proxy.rowCount() == 2
    # Nothing recorded: nothing is due.
    window.filters.due_filter.setChecked(True)
    assert window.proxy.rowCount() == 0
    window.filters.due_filter.setChecked(False)
    # Record the Bronze label of the first benchmarking from its dialog.
    dialog = RecordLabelDialog(store, first, window)
    qtbot.addWidget(dialog)
    assert dialog.level_choice.currentData() == "bronze"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recorded is not None
    assert dialog.recorded.valid_until == date(2026, 5, 31)
    # Its re-benchmarking was due from 2025-11-01 but the second benchmarking started since.
    window.filters.due_months.setValue(60)
    window.filters.due_filter.setChecked(True)
    due = {window.proxy.interview_id(r) for r in range(window.proxy.rowCount())}
    assert due == {first}  # it has lapsed (2026-05-31) and can still be renewed
    assert window.count_label.text() == "1 of 2 interviews"


def test_a_label_the_verdict_does_not_support_is_refused(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    first, _second = benchmarked_twice(store, default_pack)
    dialog = RecordLabelDialog(store, first, None)
    qtbot.addWidget(dialog)
    silver = dialog.level_choice.findData("silver")
    model = dialog.level_choice.model()
    assert not model.flags(model.index(silver, 0)) & Qt.ItemFlag.ItemIsEnabled
    dialog.level_choice.setCurrentIndex(silver)
    dialog.accept()
    assert not dialog.error_label.isHidden()
    assert "Silver" in dialog.error_label.text()
    assert labels.labels_of_interview(store, first) == []


def test_two_records_of_one_organisation_are_merged(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    first, _second = benchmarked_twice(store, default_pack)
    keep = repo.get_interview(store, first).cluster_id
    stray = repo.create_cluster(
        store, name="Fjordlys Maritime (typo)", country="NO", technology_area="ICT",
        fictional=True,
    )  # fmt: skip
    third = repo.create_interview(
        store, cluster_id=stray, pack=default_pack, mode="on_site", expert="E", actor="E"
    )
    dialog = MergeClustersDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.keep_choice.setCurrentIndex(dialog.keep_choice.findData(keep))
    dialog.merge_choice.setCurrentIndex(dialog.merge_choice.findData(keep))
    dialog.accept()
    assert "itself" in dialog.error_label.text()
    dialog.merge_choice.setCurrentIndex(dialog.merge_choice.findData(stray))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert repo.get_interview(store, third).cluster_id == keep
    assert repo.events_of(store, third)[-1].kind == "cluster_merged"


def test_a_recorded_organisation_is_named_before_the_interview_is_created(
    qtbot: Any, store: Store, default_pack: Pack
) -> None:
    first, _second = benchmarked_twice(store, default_pack)
    cluster = repo.get_interview(store, first).cluster_id
    dialog = NewInterviewDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.new_radio.setChecked(True)
    dialog.name_edit.setText("Somewhere Else (fictional)")
    assert dialog.match_label.isHidden()
    assert dialog.ok_button.text() == "Create and open"
    dialog.country_choice.setCurrentIndex(dialog.country_choice.findData("NO"))
    dialog.area_choice.setCurrentIndex(dialog.area_choice.findData("ICT"))
    dialog.name_edit.setText(CLUSTER.upper())
    # The fixture's cluster is fictional; the dialog describes real ones: no match.
    assert dialog.show_match() is None
    real = repo.create_cluster(
        store, name="Fjordlys Real Cluster", country="NO", technology_area="ICT"
    )
    dialog.name_edit.setText("fjordlys real  cluster")
    assert dialog.show_match() == real
    assert "already recorded" in dialog.match_label.text()
    assert dialog.ok_button.text() == "Create as its next benchmarking"
    dialog.area_choice.setCurrentIndex(dialog.area_choice.findData("Biotechnology"))
    assert "technology area" in dialog.match_label.text()
    dialog.area_choice.setCurrentIndex(dialog.area_choice.findData("ICT"))
    dialog.expert_edit.setText("Erika Example (fictional)")
    dialog.accept()
    created = dialog.created_interview_id
    assert created is not None
    assert repo.get_interview(store, created).cluster_id == real
    assert cluster != real
