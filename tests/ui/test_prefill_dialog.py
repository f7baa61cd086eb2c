"""The pre-fill dialog with real workbooks, a real store and real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.export.prefill import QUESTIONNAIRE_SHEET, export_interview_workbook
from app.models import Store
from app.models import repository as repo
from app.ui.prefill_dialog import PrefillImportDialog, open_prefill_import
from app.ui.prefill_export import export_blank_prefill

HTML_LOOKING = "<b>lots</b> <img src=x>"


def fill(path: Path, cells: dict[str, Any]) -> dict[str, int]:
    workbook = load_workbook(path)
    sheet = workbook[QUESTIONNAIRE_SHEET]
    rows = {str(sheet[f"A{r}"].value): r for r in range(2, sheet.max_row + 1)}
    for item_id, value in cells.items():
        sheet[f"E{rows[item_id]}"] = value
    workbook.save(path)
    return rows


@pytest.fixture
def dialog(qtbot: Any, store: Store, interview_id: int) -> PrefillImportDialog:
    widget = PrefillImportDialog(store, interview_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def read(qtbot: Any, dialog: PrefillImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.validated, timeout=20_000):
        dialog.load_workbook(path)


def test_a_workbook_with_errors_cannot_be_imported_whole(
    qtbot: Any,
    qtmodeltester: Any,
    dialog: PrefillImportDialog,
    store: Store,
    interview_id: int,
    tmp_path: Path,
) -> None:
    path = export_interview_workbook(store, interview_id, tmp_path / "filled.xlsx")
    rows = fill(
        path,
        {
            "eligibility.eccp_listed": "yes",
            "eligibility.committed_members": HTML_LOOKING,
            "structure.sme_share": 140,
            "management.legal_form": "cooperative",
        },
    )
    read(qtbot, dialog, path)
    assert not dialog.import_all_button.isEnabled()
    assert dialog.import_valid_button.isEnabled()
    model = dialog.error_model
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    shown = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    members = rows["eligibility.committed_members"]
    assert shown[0] == [
        str(members),
        "E",
        "eligibility.committed_members",
        f"expected a number, got '{HTML_LOOKING}'",
    ]
    assert [row[2] for row in shown] == [
        "eligibility.committed_members",
        "structure.sme_share",
        "management.legal_form",
    ]
    assert dialog.error_texts()[0].startswith(f"row {members}, column E (")
    assert dialog.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.summary_label.text().startswith("1 answers can be imported; 3 cells have")
    assert repo.answers_of(store, interview_id) == {}

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_valid_button, Qt.MouseButton.LeftButton)
    assert imported.args == [1]
    assert repo.answers_of(store, interview_id) == {"eligibility.eccp_listed": True}
    assert repo.unconfirmed_prefills(store, interview_id) == ["eligibility.eccp_listed"]


def test_a_clean_workbook_is_imported_whole(
    qtbot: Any, dialog: PrefillImportDialog, store: Store, interview_id: int, tmp_path: Path
) -> None:
    path = export_interview_workbook(store, interview_id, tmp_path / "clean.xlsx")
    fill(path, {"eligibility.committed_members": 64, "megatrends.green": "established"})
    read(qtbot, dialog, path)
    assert dialog.error_model.rowCount() == 0
    assert dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert repo.answers_of(store, interview_id) == {
        "eligibility.committed_members": 64,
        "megatrends.green": "established",
    }
    assert sorted(repo.unconfirmed_prefills(store, interview_id)) == [
        "eligibility.committed_members",
        "megatrends.green",
    ]
    assert dialog.result() == PrefillImportDialog.DialogCode.Accepted


def test_not_a_workbook_is_explained_and_nothing_can_be_imported(
    qtbot: Any, dialog: PrefillImportDialog, tmp_path: Path
) -> None:
    fake = tmp_path / "photo.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n not a workbook")
    read(qtbot, dialog, fake)
    assert "photo.xlsx is not an Excel workbook (.xlsx)" in dialog.summary_label.text()
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()


def test_blank_workbook_export(
    qtbot: Any, dialog: PrefillImportDialog, store: Store, interview_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "for the cluster"
    with qtbot.waitSignal(dialog.exported) as exported:
        dialog.export_blank(target)
    written = Path(exported.args[0])
    assert written == target.with_suffix(".xlsx")
    assert QUESTIONNAIRE_SHEET in load_workbook(written).sheetnames
    again = export_blank_prefill(None, store, interview_id, tmp_path / "b.xlsx")
    assert again is not None
    assert again.is_file()


def test_open_function_shows_the_dialog(qtbot: Any, store: Store, interview_id: int) -> None:
    dialog = open_prefill_import(None, store, interview_id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "Test Cluster Łódź (fictional)" in dialog.windowTitle()
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()
    assert all(
        button.accessibleName()
        for button in (dialog.choose_button, dialog.export_button, dialog.import_all_button)
    )


def test_imported_answers_wait_for_confirmation_in_the_interview(
    qtbot: Any, dialog: PrefillImportDialog, store: Store, interview_id: int, tmp_path: Path
) -> None:
    from app.ui.interview.window import InterviewWindow

    path = export_interview_workbook(store, interview_id, tmp_path / "clean.xlsx")
    fill(path, {"structure.participants_total": 78, "megatrends.social": "initial"})
    read(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    window = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(window)
    window.show()
    window.go_to_item("structure.participants_total")
    assert window.item_pane.prefill_banner.isVisible()
    review = window.open_finalise_review()
    assert review is not None
    unconfirmed = [t for t in review.issue_texts() if t.startswith("Pre-filled, not confirmed")]
    assert len(unconfirmed) == 2
    review.reject()
    qtbot.mouseClick(window.item_pane.confirm_button, Qt.MouseButton.LeftButton)
    assert repo.unconfirmed_prefills(store, interview_id) == ["megatrends.social"]


def test_closing_the_dialog_while_it_reads_a_workbook_is_harmless(
    qtbot: Any, store: Store, interview_id: int, tmp_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    path = export_interview_workbook(store, interview_id, tmp_path / "filled.xlsx")
    fill(path, {"eligibility.committed_members": 64})
    dialog = open_prefill_import(None, store, interview_id)
    dialog.load_workbook(path)
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=20_000)
    with qtbot.captureExceptions() as exceptions:
        QCoreApplication.processEvents()  # the result arrives for a dialog that is gone
    assert exceptions == []
    assert repo.answers_of(store, interview_id) == {}
