"""The round trip through ESCA in the windows, with two stores in two data folders and a real
intake (uvicorn on 127.0.0.1, its own process): the expert exports with "Send to ESCA" while
offline, the bundle waits; back online "Send now" gets a verified receipt and the home list
and the interview header say "Received by ESCA on ..."; a supervisor on "another machine"
connects to the queue, claims the bundle, reviews it and returns it with comments; the
expert's next sync reopens the interview with the comments.

Everything here is fictional: the cluster, the expert, the supervisor and their keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.export.keys import default_trusted_keys_path, save_trusted_keys
from app.export.minisign import PublicKey
from app.export.receipt import verify_receipt
from app.models import Store, open_store
from app.models import repository as repo
from app.paths import DATA_DIR_ENV
from app.services.outbox import RetryPolicy, list_outbox
from app.ui.export_dialog import ExportDialog
from app.ui.intake_dialog import IntakeDialog
from app.ui.main_window import MainWindow
from app.ui.outbox_sender import shared_sender
from app.ui.supervisor.window import SupervisorWindow
from app.ui.warm_up import warm_up
from tests.export.bundle_fixtures import (
    PASSPHRASE,
    SUPERVISOR_PASSPHRASE,
    expert_material,
    install_key,
    supervisor_material,
    trusted,
)
from tests.export.conftest import answered_interview  # noqa: F401 (a fixture)
from tests.intake.harness import CuttingProxy, IntakeProcess, write_keys

EXPERT_ID = "EXP-0001 (fictional)"
SUPERVISOR_ID = "SUP-0001 Maria Muster (fictional)"
COMMENTED = "structure.sme_share"
COMMENT = "Please attach the member list (fictional)."
SUMMARY = "Two figures need a source (fictional)."
QUICK = RetryPolicy(tries=2, base_delay=0.01, max_delay=0.02)
WAIT = 60_000


@pytest.fixture
def intake(tmp_path: Path) -> Iterator[IntakeProcess]:
    """ESCA's intake on SQLite, trusting the fictional expert and supervisor."""
    folder = tmp_path / "intake"
    write_keys(
        folder,
        trusted(expert_material(), EXPERT_ID),
        trusted(supervisor_material(), SUPERVISOR_ID),
    )
    process = IntakeProcess(data=folder).start()
    yield process
    process.stop()


@pytest.fixture
def proxy(intake: IntakeProcess) -> Iterator[CuttingProxy]:
    """The expert's network: a proxy to the intake that can be switched off."""
    network = CuttingProxy(intake.port)
    yield network
    network.close()


@pytest.fixture
def expert(store: Store, data_dir: Path) -> Iterator[Store]:
    """The expert's machine: their key, the supervisor's key trusted for decisions."""
    install_key(expert_material(), data_dir)
    save_trusted_keys(trusted(supervisor_material(), SUPERVISOR_ID))
    yield store
    shared_sender(store).stop()


def supervisor_connected(
    qtbot: Any, store: Store, folder: Path, intake: IntakeProcess
) -> SupervisorWindow:
    """The supervisor's window on this data folder, connected to the intake's queue."""
    install_key(supervisor_material(), folder)
    save_trusted_keys(trusted(expert_material(), EXPERT_ID))
    window = SupervisorWindow(store, default_trusted_keys_path())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.queue_panel.listed, timeout=WAIT):
        window.connect_queue(intake.url, intake.key, SUPERVISOR_PASSPHRASE)
    return window


def rows_esca_text(home: MainWindow, interview_id: int) -> str:
    for row in range(home.proxy.rowCount()):
        if home.proxy.interview_id(row) == interview_id:
            return str(home.proxy.index(row, 7).data())
    raise AssertionError(f"interview {interview_id} is not listed")


def test_export_offline_receipt_queue_return_and_sync(
    qtbot: Any,
    qtmodeltester: Any,
    expert: Store,
    answered_interview: int,  # noqa: F811 (the fixture imported above)
    intake: IntakeProcess,
    proxy: CuttingProxy,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = expert
    uuid = repo.get_interview(store, answered_interview).uuid
    home = MainWindow(store)
    qtbot.addWidget(home)
    home.show()
    with qtbot.waitSignal(warm_up(home, make_demo=False).finished, timeout=WAIT):
        pass  # as after the first paint: the outbox code loads, the home list follows it
    window = home.open_interview(answered_interview)
    assert window is not None

    # The expert sets up the intake once (through the proxy: their network).
    settings_dialog = IntakeDialog(store, home)
    qtbot.addWidget(settings_dialog)
    settings_dialog.url_edit.setText("http://intake.example.org")
    settings_dialog.key_edit.setText(intake.key)
    settings_dialog.accept()
    assert "https://" in settings_dialog.error_label.text()  # plain http only to this computer
    settings_dialog.url_edit.setText(proxy.url)
    settings_dialog.accept()
    assert settings_dialog.result() == IntakeDialog.DialogCode.Accepted

    # Offline: export with "Send to ESCA"; the bundle waits in the outbox.
    proxy.down = True
    sender = shared_sender(store)
    sender.policy = QUICK
    export = ExportDialog(store, answered_interview, window)
    qtbot.addWidget(export)
    export.send_to_esca.check.setChecked(True)
    with qtbot.waitSignal(sender.finished, timeout=WAIT):
        assert export.start_export(passphrase=PASSPHRASE, out_dir=tmp_path / "bundles")
    (entry,) = list_outbox(store)
    assert entry.state == "waiting"
    assert "Waiting for the network" in export.message_label.text()
    qtbot.waitUntil(lambda: "Waiting for the network" in rows_esca_text(home, answered_interview))
    assert "Waiting for the network" in window.header.receipt_label.text()

    # Back online: "Send now" in the outbox window; the receipt is verified and shown.
    proxy.down = False
    outbox = home.open_outbox()
    qtbot.addWidget(outbox)
    assert outbox.states() == [outbox.model.index(0, 2).data()]
    assert outbox.states()[0].startswith("Waiting for the network")
    with qtbot.waitSignal(sender.finished, timeout=WAIT):
        assert outbox.send(fetch=False)  # the key stays unlocked for the session
    (entry,) = list_outbox(store)
    receipt = verify_receipt(
        entry.receipt or "", PublicKey.from_string(intake.key), bundle_sha256=entry.sha256
    )
    assert receipt.accepted
    assert receipt.interview_uuid == uuid
    assert outbox.states()[0].startswith("Received by ESCA on ")
    tooltip = outbox.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert entry.sha256 in tooltip
    received_text = rows_esca_text(home, answered_interview)
    assert received_text.startswith("Received by ESCA on ")
    assert received_text.endswith("(revision 1)")
    assert window.header.receipt_label.text() == received_text
    qtmodeltester.check(outbox.model)

    # A supervisor on another machine: their own data folder, key and store.
    supervisor_dir = tmp_path / "supervisor"
    supervisor_dir.mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(supervisor_dir))
    supervisor_store = open_store(supervisor_dir / "clusterbench.sqlite3", backup=False)
    try:
        review = supervisor_connected(qtbot, supervisor_store, supervisor_dir, intake)
        panel = review.queue_panel
        assert panel.isVisible()
        assert panel.model.rowCount() == 1
        assert panel.model.index(0, 1).data() == EXPERT_ID
        qtmodeltester.check(panel.model)
        assert panel.model.index(0, 0).data() == "new"
        panel.table.selectRow(0)
        with qtbot.waitSignal(review.verification_finished, timeout=WAIT):
            assert panel.claim_selected()
        assert review.is_verified()
        assert review.review.from_queue
        assert review.verdict.draft_banner.isHidden()  # a finalised interview, no draft
        qtbot.waitUntil(
            lambda: panel.model.index(0, 0).data() == f"under review by {SUPERVISOR_ID}"
        )
        assert review.set_comment(COMMENTED, COMMENT)
        review.decision_box.summary_edit.setPlainText(SUMMARY)
        review.decision_box.supervisor_edit.setText("Maria Muster (fictional)")
        with qtbot.waitSignal(review.decision_written, timeout=WAIT):
            assert review.decide(False, passphrase="", out=Path())
        assert "posted to the intake" in review.decision_box.decision_message.text()
        qtbot.waitUntil(lambda: panel.model.index(0, 0).data() == "returned")
        review.close()
    finally:
        supervisor_store.close()
        monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))

    # The expert's next sync: the interview comes back returned, with the comments.
    window.close()
    with qtbot.waitSignal(sender.finished, timeout=WAIT):
        assert home.sync_now()
    assert repo.get_interview(store, answered_interview).status == "returned"
    reopened = home._open_windows.get(answered_interview)
    assert reopened is not None  # the home window owns it and closes it with itself
    assert not reopened.session.locked
    assert SUMMARY in reopened.general_comments_text()
    assert COMMENT in [c.text for c in reopened.session.comments_on(COMMENTED)]
    assert outbox.message.text() == "Nothing to send. 1 decision applied."
    # The outbox window goes with the home screen (nothing keeps the app from quitting).
    home.close()
    assert not outbox.isVisible()


def test_a_bundle_another_supervisor_claimed_says_who_has_it(
    qtbot: Any,
    store: Store,
    answered_interview: int,  # noqa: F811 (the fixture imported above)
    data_dir: Path,
    tmp_path: Path,
) -> None:
    from app.export.export_interview import export_interview
    from app.export.keys import TrustedKeys
    from app.services import review_queue
    from app.services.intake_client import IntakeClient
    from app.services.outbox import IntakeTarget, enqueue_bundle, send_outbox
    from tests.export.bundle_fixtures import stranger_material

    other_id = "SUP-0002 Otto Other (fictional)"
    folder = tmp_path / "intake"
    both = TrustedKeys(
        keys=trusted(supervisor_material(), SUPERVISOR_ID).keys
        + trusted(stranger_material(), other_id).keys
    )
    write_keys(folder, trusted(expert_material(), EXPERT_ID), both)
    intake = IntakeProcess(data=folder).start()
    try:
        signing = install_key(expert_material(), data_dir)
        bundle = export_interview(
            store, answered_interview, tmp_path / "out", passphrase=PASSPHRASE
        )
        entry = enqueue_bundle(store, bundle)
        target = IntakeTarget(intake.url, PublicKey.from_string(intake.key))
        with IntakeClient(intake.url, signing) as client:
            assert send_outbox(store, client, target, policy=QUICK).all_received
        with review_queue.connect(intake.url, stranger_material().signing) as other:
            review_queue.claim(other, entry.sha256)

        window = supervisor_connected(qtbot, store, data_dir, intake)  # the supervisor's now
        panel = window.queue_panel
        assert panel.model.index(0, 0).data() == f"under review by {other_id}"
        panel.table.selectRow(0)
        with qtbot.waitSignal(panel.failed, timeout=WAIT) as refused:
            assert panel.claim_selected()
        assert refused.args[0] == f"{other_id} has claimed this bundle."
        assert panel.status.textFormat() == Qt.TextFormat.PlainText
        qtbot.waitUntil(lambda: not panel._busy)
        assert panel.status.text() == f"{other_id} has claimed this bundle."
        assert not window.is_verified()
    finally:
        intake.stop()
