"""The supervisor's window with real bundles from the real export, real signatures, a real store.

Everything here is fictional: the cluster, the expert, the supervisor and their keys.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.export import keys
from app.export.decision import read_decision
from app.export.export_interview import export_interview
from app.export.keys import TrustedKey, TrustedKeys, save_trusted_keys
from app.models import Store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.ui.interview.window import InterviewWindow
from app.ui.supervisor.verdict import PRACTICE_BANNER
from app.ui.supervisor.window import SupervisorWindow
from tests.export.bundle_fixtures import (
    PASSPHRASE,
    SUPERVISOR_PASSPHRASE,
    expert_material,
    install_key,
    members_of,
    supervisor_material,
    write_zip,
)

HOSTILE = "<b>bold</b><img src=x>"
TEXT_ITEM = "achievements.awards"
COMMENTED_ITEM = "structure.sme_share"
EXPERT_ID = "EXP-0042 (fictional)"
SUPERVISOR_ID = "SUP-0007 (fictional)"


def both_trusted() -> TrustedKeys:
    """The fictional expert's and supervisor's keys, valid since 2020."""
    return TrustedKeys(
        keys=(
            TrustedKey(EXPERT_ID, expert_material().info.public_key, "2020-01-01"),
            TrustedKey(SUPERVISOR_ID, supervisor_material().info.public_key, "2020-01-01"),
        )
    )


def make_interview(store: Store, pack: Pack, *, mode: str = "on_site", **answers: Any) -> int:
    """A fictional interview with a few answers (and any given ones)."""
    cluster_id = repo.create_cluster(
        store,
        name="Fictional Fjordline Robotics Cluster",
        country="NO",
        technology_area="ICT",
        fictional=True,
    )
    interview_id = repo.create_interview(
        store, cluster_id=cluster_id, pack=pack, mode=mode, expert="Erika Example", actor="erika"
    )
    given = {
        "eligibility.eccp_listed": True,
        "eligibility.committed_members": 86,
        "structure.participants_total": 112,
        COMMENTED_ITEM: 64.0,
        **{key.replace("__", "."): value for key, value in answers.items()},
    }
    for item_id, value in given.items():
        repo.save_answer(store, pack, interview_id, item_id, value, actor="erika")
    return interview_id


@pytest.fixture
def trusted_path(data_dir: Path) -> Path:
    """The trusted-keys file of this computer, holding both fictional keys."""
    return save_trusted_keys(both_trusted(), keys.default_trusted_keys_path())


@pytest.fixture
def exported(store: Store, default_pack: Pack, data_dir: Path, tmp_path: Path) -> tuple[int, Path]:
    """An interview exported with the real export function, signed by the expert's key."""
    install_key(expert_material(), data_dir)
    interview_id = make_interview(store, default_pack, achievements__awards=HOSTILE)
    repo.finalise_interview(store, interview_id, actor="erika")
    path = export_interview(store, interview_id, tmp_path / "out", passphrase=PASSPHRASE)
    return interview_id, path


def open_window(qtbot: Any, store: Store, trusted_path: Path, bundle: Path) -> SupervisorWindow:
    window = SupervisorWindow(store, trusted_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.verification_finished, timeout=30000):
        window.open_bundle(bundle)
    return window


def row_counts(store: Store) -> dict[str, int]:
    """Rows in every table of the store's file."""
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }


def test_a_valid_bundle_is_shown_verified_with_its_signer(
    qtbot: Any, store: Store, trusted_path: Path, exported: tuple[int, Path]
) -> None:
    window = open_window(qtbot, store, trusted_path, exported[1])

    assert window.is_verified()
    assert window.verdict.verdict_label.text().startswith("\u2713 Verified")
    assert window.verification_tab.fingerprint.text() == expert_material().info.fingerprint
    assert window.verification_tab.signer_label.text() == EXPERT_ID
    assert window.verification_tab.rescore_label.text().startswith("match")
    assert [window.verification_tab.checks_model.index(r, 1).data() for r in range(8)] == [
        "\u2713 passed"
    ] * 8
    assert window.verification_tab.files_model.rowCount() >= 5
    assert window.tabs.isTabEnabled(window.tabs.indexOf(window.answers_tab))
    assert window.decision_box.approve_button.isEnabled()
    assert not window.verdict.practice_banner.isVisible()


def test_a_tampered_bundle_shows_the_failure_and_changes_nothing(
    qtbot: Any, store: Store, trusted_path: Path, exported: tuple[int, Path], tmp_path: Path
) -> None:
    members = members_of(exported[1])
    members["data/answers.json"] = members["data/answers.json"].replace(b"112", b"911")
    tampered = write_zip(tmp_path / "tampered.zip", members)
    before = row_counts(store)

    window = open_window(qtbot, store, trusted_path, tampered)

    assert not window.is_verified()
    assert window.contents is None
    assert "failed" in window.verdict.verdict_label.text()
    assert "data/answers.json has changed" in window.verdict.verdict_detail.text()
    assert "Nothing in this bundle is shown" in window.verdict.verdict_detail.text()
    failed = window.result.first_failure if window.result else None
    assert failed is not None
    assert (failed.name, failed.code) == ("bag", "manifest_mismatch")
    assert window.verification_tab.signer_label.text() == "\u2014"
    assert window.verification_tab.files_model.rowCount() == 0
    assert window.answers_tab.answers_model.rowCount() == 0
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.answers_tab))
    assert not window.decision_box.approve_button.isEnabled()
    assert row_counts(store) == before


def test_a_bundle_signed_by_an_unknown_key_is_refused_with_its_fingerprint(
    qtbot: Any, store: Store, exported: tuple[int, Path], tmp_path: Path
) -> None:
    only_supervisor = save_trusted_keys(
        TrustedKeys(
            keys=(TrustedKey(SUPERVISOR_ID, supervisor_material().info.public_key, "2020-01-01"),)
        ),
        tmp_path / "trusted.json",
    )
    before = row_counts(store)
    window = open_window(qtbot, store, only_supervisor, exported[1])

    assert not window.is_verified()
    assert "Signer trusted failed" in window.verdict.verdict_label.text()
    assert expert_material().info.fingerprint in window.verification_tab.trust_label.text()
    assert window.answers_tab.answers_model.rowCount() == 0
    assert row_counts(store) == before


def test_a_file_that_is_no_bundle_does_not_crash_the_window(
    qtbot: Any, store: Store, trusted_path: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "not-a-bundle.zip"
    junk.write_bytes(b"PK\x03\x04 this is not a zip at all")
    window = open_window(qtbot, store, trusted_path, junk)

    assert not window.is_verified()
    assert "Archive structure failed" in window.verdict.verdict_label.text()
    assert window.verdict.verdict_detail.text()


def test_bundle_text_is_shown_literally_never_as_markup(
    qtbot: Any, store: Store, trusted_path: Path, exported: tuple[int, Path]
) -> None:
    window = open_window(qtbot, store, trusted_path, exported[1])

    assert window.select_item(TEXT_ITEM)
    assert window.answers_tab.answer_label.textFormat() == Qt.TextFormat.PlainText
    assert window.answers_tab.answer_label.text() == HOSTILE
    index = window.answers_tab.answers_model.index_of_item(TEXT_ITEM)
    assert index.siblingAtColumn(1).data() == HOSTILE
    assert window.verdict.title_label.textFormat() == Qt.TextFormat.PlainText
    # The country and the technology area by their names, as everywhere else.
    assert " \u00b7 Norway \u00b7 ICT \u00b7 " in window.verdict.title_label.text()
    assert window.answers_tab.item_question_label.textFormat() == Qt.TextFormat.PlainText


def test_answers_model_is_a_sound_tree(
    qtbot: Any, qtmodeltester: Any, store: Store, trusted_path: Path, exported: tuple[int, Path]
) -> None:
    window = open_window(qtbot, store, trusted_path, exported[1])
    window.set_comment(COMMENTED_ITEM, "A fictional comment.")

    qtmodeltester.check(window.answers_tab.answers_model)
    qtmodeltester.check(window.verification_tab.checks_model)
    assert window.answers_tab.answers_model.rowCount() == len(window.contents.pack.sections)  # type: ignore[union-attr]


def test_return_with_a_comment_writes_a_decision_the_expert_applies(
    qtbot: Any,
    store: Store,
    trusted_path: Path,
    exported: tuple[int, Path],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    interview_id, bundle = exported
    install_key(supervisor_material(), data_dir)  # this computer now signs as the supervisor
    window = open_window(qtbot, store, trusted_path, bundle)
    comment = "Please attach the member list behind the SME share (fictional)."
    assert window.set_comment(COMMENTED_ITEM, comment)
    assert (
        window.answers_tab.answers_model.index_of_item(COMMENTED_ITEM).siblingAtColumn(2).data()
        == comment
    )
    window.decision_box.supervisor_edit.setText("Sam Supervisor (fictional)")

    target = tmp_path / "decision.json"
    with qtbot.waitSignal(window.decision_written, timeout=30000) as written:
        assert window.decide(False, passphrase=SUPERVISOR_PASSPHRASE, out=target)
    assert written.args == [target]
    assert target.is_file()
    assert str(target) in window.decision_box.decision_message.text()

    received = read_decision(target, both_trusted())
    assert received.decision.outcome == "returned"
    assert received.decision.comments_by_item() == {COMMENTED_ITEM: [comment]}
    assert received.fingerprint == supervisor_material().info.fingerprint
    assert repo.last_imported_revision(store, received.decision.interview_uuid) == 1

    expert = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(expert)
    expert.show()
    assert expert.import_decision(target)
    assert repo.get_interview(store, interview_id).status == "returned"
    assert not expert.is_locked()
    assert expert.go_to_item(COMMENTED_ITEM)
    assert expert.item_pane.comments_frame.isVisible()
    assert comment in expert.item_pane.comments_label.text()
    assert "Sam Supervisor (fictional)" in expert.item_pane.comments_label.text()


def test_returning_without_any_comment_is_refused(
    qtbot: Any, store: Store, trusted_path: Path, exported: tuple[int, Path], tmp_path: Path
) -> None:
    window = open_window(qtbot, store, trusted_path, exported[1])
    window.decision_box.supervisor_edit.setText("Sam Supervisor (fictional)")
    with qtbot.waitSignal(window.decision_failed):
        assert not window.decide(False, passphrase=SUPERVISOR_PASSPHRASE, out=tmp_path / "d.json")
    assert "Say what the expert should change" in window.decision_box.decision_message.text()
    assert not (tmp_path / "d.json").exists()


def test_evidence_and_report_can_only_be_saved(
    qtbot: Any,
    store: Store,
    default_pack: Pack,
    trusted_path: Path,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    install_key(expert_material(), data_dir)
    interview_id = make_interview(store, default_pack, mode="practice")
    evidence = tmp_path / "Member list <2025> (fictional).csv"
    evidence.write_bytes(b"member,sme\nFictional AS,yes\n")
    repo.attach_evidence(store, interview_id, COMMENTED_ITEM, evidence, actor="erika")
    repo.finalise_interview(store, interview_id, actor="erika")
    bundle = export_interview(store, interview_id, tmp_path / "out", passphrase=PASSPHRASE)

    window = open_window(qtbot, store, trusted_path, bundle)
    assert window.is_verified()
    assert window.verdict.practice_banner.isVisibleTo(window)
    assert PRACTICE_BANNER in window.verdict.practice_label.text()
    assert window.evidence_tab.model.rowCount() == 1
    entry = window.evidence_tab.model.record(0)
    assert window.evidence_tab.model.index(0, 0).data() == "Member list <2025> (fictional).csv"
    copy = window.save_evidence_copy(entry, tmp_path / "copy.csv")
    assert copy is not None
    assert copy.read_bytes() == evidence.read_bytes()
    pdf = window.save_report_pdf(tmp_path / "report.pdf")
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_encrypted_bundle_opens_once_the_age_key_is_given(
    qtbot: Any,
    store: Store,
    default_pack: Pack,
    trusted_path: Path,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    identity_file = tmp_path / "secretariat.key"
    identity_file.write_text(f"# fictional secretariat key\n{identity}\n", encoding="utf-8")
    install_key(expert_material(), data_dir)
    interview_id = make_interview(store, default_pack)
    repo.finalise_interview(store, interview_id, actor="erika")
    bundle = export_interview(
        store,
        interview_id,
        tmp_path / "out",
        passphrase=PASSPHRASE,
        encrypt_to=str(identity.to_public()),
    )

    window = open_window(qtbot, store, trusted_path, bundle)
    assert not window.is_verified()
    assert "encrypted with age" in window.verdict.verdict_detail.text()

    with qtbot.waitSignal(window.verification_finished, timeout=30000):
        window.set_age_identity(identity_file)
    assert window.is_verified()
    assert "was encrypted (age)" in window.verification_tab.bundle_label.text()
    assert window.answers_tab.answers_model.rowCount() == len(default_pack.sections)


def test_the_home_window_imports_a_decision_and_opens_the_returned_interview(
    qtbot: Any,
    store: Store,
    trusted_path: Path,
    exported: tuple[int, Path],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    from app.ui.main_window import MainWindow

    interview_id, bundle = exported
    install_key(supervisor_material(), data_dir)
    window = open_window(qtbot, store, trusted_path, bundle)
    window.decision_box.supervisor_edit.setText("Sam Supervisor (fictional)")
    window.decision_box.summary_edit.setPlainText("Two answers need evidence (fictional).")
    with qtbot.waitSignal(window.decision_written, timeout=30000) as written:
        window.decide(False, passphrase=SUPERVISOR_PASSPHRASE, out=tmp_path)
    decision_file = written.args[0]
    assert decision_file.parent == tmp_path

    home = MainWindow(store, None)
    qtbot.addWidget(home)
    assert home.import_decision(decision_file)
    opened = home.open_interview(interview_id)  # already open: the same window comes back
    assert isinstance(opened, InterviewWindow)
    assert "Two answers need evidence (fictional)." in opened.general_comments_text()
    assert repo.get_interview(store, interview_id).status == "returned"
    assert not home.import_decision(decision_file)  # applied only once


def test_the_queue_dock_shows_status_and_expert_of_a_long_claim(
    qtbot: Any, store: Store, trusted_path: Path
) -> None:
    from datetime import UTC, datetime

    from app.services.review_queue import QueueEntry

    window = SupervisorWindow(store, trusted_path)
    qtbot.addWidget(window)
    panel = window.queue_panel
    panel.setFloating(True)
    panel.resize(340, 400)
    panel.show()
    claimer = "SUP-0001 Maria Muster-Beispielfrau (fictional)"
    entry = QueueEntry(
        sha256="ab" * 32,
        interview_uuid="2794827780ef7706",
        revision=1,
        bundle_id="b",
        signer="EXP-0001 Erika Example (fictional)",
        size=274_000,
        practice=False,
        received_at=datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
        state="under_review",
        claimed_by=claimer,
        claimed_at=None,
    )
    panel.model.set_rows([entry])
    qtbot.waitExposed(panel)
    table = panel.table
    visible = table.viewport().width()
    header = table.horizontalHeader()
    # Both the status and the expert start inside the dock, each wide enough to read.
    assert header.sectionPosition(1) + 40 < visible
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance("under review")
    # The whole status stays one hover away.
    tooltip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"under review by {claimer}"
