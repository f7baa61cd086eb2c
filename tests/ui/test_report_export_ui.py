"""The expert's report preview, bundle export and decision import, through the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from app.export import keys
from app.export.keys import TrustedKeys, trusted_entry_for
from app.export.verify import verify_bundle
from app.models import Store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.ui.export_dialog import ExportDialog
from app.ui.interview.window import InterviewWindow
from app.ui.report_dialog import ReportDialog
from tests.export.bundle_fixtures import PASSPHRASE, expert_material, install_key

NEW_PASSPHRASE = "a fictional passphrase of the expert"


def answer_some(store: Store, pack: Pack, interview_id: int) -> None:
    for item_id, value in {
        "eligibility.eccp_listed": True,
        "eligibility.committed_members": 86,
        "structure.participants_total": 112,
        "structure.sme_share": 64.0,
    }.items():
        repo.save_answer(store, pack, interview_id, item_id, value, actor="Test Expert")


def test_report_dialog_writes_the_pdf_and_previews_every_page(
    qtbot: Any, store: Store, default_pack: Pack, interview_id: int, tmp_path: Path
) -> None:
    answer_some(store, default_pack, interview_id)
    dialog = ReportDialog(store, interview_id, None, cluster_name="Test Cluster (fictional)")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.report_ready, timeout=60000) as ready:
        dialog.start()
    pdf = ready.args[0]
    assert pdf == dialog.pdf_path
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = len(PdfReader(pdf).pages)
    assert pages > 1
    assert len(dialog.page_images) == pages
    first = dialog.page_images[0]
    assert not first.isNull()
    assert first.width() > 500
    assert first.height() > first.width()  # A4 portrait
    assert f"{pages} pages" in dialog.status_label.text()
    assert dialog.save_button.isEnabled()
    assert dialog.open_button.isEnabled()

    copy = dialog.save_as(tmp_path / "copy.pdf")
    assert copy is not None
    assert copy.read_bytes() == pdf.read_bytes()


def test_first_export_creates_the_key_and_writes_a_bundle_that_verifies(
    qtbot: Any, store: Store, default_pack: Pack, interview_id: int, tmp_path: Path
) -> None:
    answer_some(store, default_pack, interview_id)
    dialog = ExportDialog(store, interview_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.confirm_edit.isVisible()  # no key yet: the passphrase is asked twice
    # The interview is not finalised: a draft only when the expert says so.
    assert dialog.draft_check.isVisible()
    assert not dialog.start_export(
        passphrase=NEW_PASSPHRASE, confirmation=NEW_PASSPHRASE, out_dir=tmp_path
    )
    assert "not finalised" in dialog.message_label.text()
    dialog.draft_check.setChecked(True)

    assert not dialog.start_export(
        passphrase=NEW_PASSPHRASE, confirmation="something else", out_dir=tmp_path
    )
    assert "differ" in dialog.message_label.text()
    assert not keys.has_key()

    out = tmp_path / "bundles"
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        assert dialog.start_export(
            passphrase=NEW_PASSPHRASE, confirmation=NEW_PASSPHRASE, out_dir=out
        )
    bundle = done.args[0]
    assert bundle.parent == out
    assert dialog.path_label.text() == str(bundle)
    info = keys.load_key_info()
    assert dialog.fingerprint.text() == info.fingerprint
    assert not dialog.confirm_edit.isVisible()

    result = verify_bundle(
        bundle, TrustedKeys(keys=(trusted_entry_for(info, "EXP-1 (fictional)"),))
    )
    assert result.ok, result.summary()
    assert result.fingerprint == info.fingerprint


def test_a_wrong_passphrase_exports_nothing_and_says_why(
    qtbot: Any, store: Store, interview_id: int, data_dir: Path, tmp_path: Path
) -> None:
    install_key(expert_material(), data_dir)
    dialog = ExportDialog(store, interview_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.draft_check.setChecked(True)
    assert expert_material().info.fingerprint in dialog.key_label.text()
    dialog.draft_check.setChecked(True)
    with qtbot.waitSignal(dialog.failed, timeout=60000):
        assert dialog.start_export(passphrase="not the passphrase", out_dir=tmp_path / "out")
    assert "passphrase does not unlock" in dialog.message_label.text()
    out = tmp_path / "out"
    assert not out.exists() or not any(out.iterdir())
    assert dialog.export_button.isEnabled()


def test_export_with_an_age_recipient_is_checked_first(
    qtbot: Any, store: Store, interview_id: int, data_dir: Path, tmp_path: Path
) -> None:
    install_key(expert_material(), data_dir)
    dialog = ExportDialog(store, interview_id, None)
    qtbot.addWidget(dialog)
    dialog.draft_check.setChecked(True)
    dialog.encrypt_check.setChecked(True)
    assert not dialog.start_export(passphrase=PASSPHRASE, out_dir=tmp_path, recipient="")
    assert "age recipient" in dialog.message_label.text()
    assert not dialog.start_export(passphrase=PASSPHRASE, out_dir=tmp_path, recipient="ssh-rsa x")
    assert "age1" in dialog.message_label.text()


def test_interview_window_offers_report_export_and_decision_commands(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    pack = repo.pack_of(store, interview_id)
    repo.save_answer(store, pack, interview_id, "eligibility.eccp_listed", True, actor="test")
    window = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(window)
    window.show()
    titles = {c.title: c for c in window.commands()}
    for title in (
        "Benchmarking report",
        "Export bundle",
        "Import supervisor decision",
        "Keys and trust",
    ):
        assert title in titles
        assert titles[title].shortcut
    assert titles["Benchmarking report"].shortcut == "Ctrl+R"
    # No command repeats its menu's name, and keys are a tool, not part of the report.
    assert all(c.title != c.category for c in titles.values())
    assert titles["Keys and trust"].category == "Tools"

    window.actions_by_name["export"].trigger()
    assert isinstance(window.export_dialog, ExportDialog)
    assert window.export_dialog.isVisible()
    window.export_dialog.close()

    window.actions_by_name["report"].trigger()
    dialog = window.report_dialog
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert len(dialog.page_images) > 1  # one answer: the whole report, not the short one


def test_a_malformed_decision_file_is_refused_and_changes_nothing(
    qtbot: Any, store: Store, interview_id: int, tmp_path: Path
) -> None:
    junk = tmp_path / "decision.json"
    junk.write_text('{"format": "something else"}', encoding="utf-8")
    window = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(window)
    window.show()
    assert not window.import_decision(junk)
    assert window.message_box is not None
    assert "not a ClusterBench decision file" in window.message_box.text()
    assert repo.get_interview(store, interview_id).status == "in_progress"


def test_closing_the_report_dialog_while_it_works_is_harmless(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool

    dialog = ReportDialog(store, interview_id, None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    target = dialog.default_pdf_path()
    dialog.show()
    dialog.start()
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=60000)
    QCoreApplication.processEvents()  # the result arrives for a dialog that is gone
    assert target.read_bytes().startswith(b"%PDF")
