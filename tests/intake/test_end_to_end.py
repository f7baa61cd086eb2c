"""Two stores and a real intake, no windows: export, offline, send, review, return, sync."""

from __future__ import annotations

from pathlib import Path

from app.export.keys import SigningKey, TrustedKeys, save_trusted_keys
from app.export.minisign import PublicKey
from app.export.receipt import verify_receipt
from app.models import open_store
from app.models import repository as repo
from app.services import review_queue
from app.services.intake_client import IntakeClient
from app.services.outbox import (
    IntakeTarget,
    RetryPolicy,
    enqueue_bundle,
    fetch_decisions,
    list_outbox,
    receipt_status,
    send_outbox,
)
from tests.export.bundle_fixtures import PASSPHRASE, supervisor_material, trusted
from tests.intake.conftest import EXPERT_ID, SUPERVISOR_ID
from tests.intake.harness import CuttingProxy, IntakeProcess

QUICK = RetryPolicy(tries=2, base_delay=0.01, max_delay=0.02)


def test_export_offline_send_review_return_and_sync(
    store,
    answered_interview: int,
    expert_signing: SigningKey,
    intake: IntakeProcess,
    tmp_path: Path,
) -> None:
    from app.export.export_interview import export_interview

    # The expert trusts the supervisor's key for decisions, as today.
    save_trusted_keys(trusted(supervisor_material(), SUPERVISOR_ID))
    bundle = export_interview(store, answered_interview, tmp_path / "out", passphrase=PASSPHRASE)
    interview = repo.get_interview(store, answered_interview)
    entry = enqueue_bundle(store, bundle)
    intake_key = PublicKey.from_string(intake.key)

    # Offline: the proxy refuses every connection; the bundle stays in the outbox.
    proxy = CuttingProxy(intake.port)
    proxy.down = True
    target = IntakeTarget(url=proxy.url, intake_key=intake_key)
    with IntakeClient(proxy.url, expert_signing, timeout=5) as client:
        report = send_outbox(store, client, target, policy=QUICK)
    assert [e.state for e in report.waiting] == ["waiting"]
    assert "cannot be reached" in report.waiting[0].last_error
    status = receipt_status(store, interview.uuid)
    assert status is not None
    assert status.state == "waiting"

    # Back online.
    proxy.down = False
    with IntakeClient(proxy.url, expert_signing) as client:
        report = send_outbox(store, client, target, policy=QUICK)
    assert [e.sha256 for e in report.received] == [entry.sha256]
    (done,) = list_outbox(store)
    receipt = verify_receipt(done.receipt or "", intake_key, bundle_sha256=entry.sha256)
    assert receipt.accepted
    assert receipt.revision == 1
    status = receipt_status(store, interview.uuid)
    assert status is not None
    assert status.text.startswith("Received by ESCA on ")

    # A supervisor on another machine: their own store and folder.
    supervisor_store = open_store(tmp_path / "supervisor" / "clusterbench.sqlite3")
    try:
        with review_queue.connect(
            intake.url, supervisor_material().signing, intake_key
        ) as supervisor:
            (queued,) = review_queue.list_queue(supervisor)
            assert (queued.sha256, queued.state, queued.signer) == (entry.sha256, "new", EXPERT_ID)
            claimed = review_queue.claim(supervisor, entry.sha256)
            assert claimed.state == "under_review"
            assert claimed.claimed_by == SUPERVISOR_ID
            copy = review_queue.fetch_for_review(
                supervisor,
                entry.sha256,
                tmp_path / "supervisor" / "review",
                trusted(),
                store=supervisor_store,
            )
            assert copy.result.ok, copy.result.summary()
            assert copy.path.read_bytes() == bundle.read_bytes()
            review_queue.post_decision(
                supervisor,
                supervisor_store,
                copy,
                approve=False,
                supervisor="Maria Muster (fictional)",
                signing_key=supervisor_material().signing,
                out=tmp_path / "supervisor" / "decisions",
                comments={"structure.sme_share": "Please attach the member list (fictional)."},
                summary="Two figures need a source.",
            )
            (after,) = review_queue.list_queue(supervisor)
            assert after.state == "returned"
    finally:
        supervisor_store.close()

    # The expert's next sync applies it: the interview reopens with the comments.
    with IntakeClient(proxy.url, expert_signing) as client:
        results = fetch_decisions(store, client, _expert_trust(), actor="Test Expert")
    assert [(r.outcome, r.applied) for r in results] == [("returned", True)], results
    reopened = repo.get_interview(store, answered_interview)
    assert reopened.status == "returned"
    comments = repo.supervisor_comments_of(store, answered_interview)
    assert "Please attach the member list (fictional)." in [
        c.text for c in comments["structure.sme_share"]
    ]
    # Syncing again fetches nothing new and changes nothing.
    with IntakeClient(proxy.url, expert_signing) as client:
        assert fetch_decisions(store, client, _expert_trust(), actor="Test Expert") == []
    proxy.close()


def _expert_trust() -> TrustedKeys:
    return trusted(supervisor_material(), SUPERVISOR_ID)
