"""Sending bundles to a real intake: receipts, duplicates, outbox states."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.export.keys import SigningKey
from app.export.minisign import PublicKey
from app.export.receipt import verify_receipt
from app.services.intake_client import IntakeClient
from app.services.outbox import IntakeTarget, enqueue_bundle, list_outbox, send_outbox
from tests.intake.harness import IntakeProcess


def _target(intake: IntakeProcess) -> IntakeTarget:
    return IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))


def test_a_bundle_is_received_with_a_verified_receipt(
    store, intake: IntakeProcess, expert_key: SigningKey, bundle_factory: Callable[..., Path]
) -> None:
    bundle = bundle_factory()
    entry = enqueue_bundle(store, bundle)
    assert entry.state == "queued"
    with IntakeClient(intake.url, expert_key, chunk_size=4096) as client:
        report = send_outbox(store, client, _target(intake))
    assert [e.sha256 for e in report.received] == [entry.sha256]
    (done,) = list_outbox(store)
    assert done.state == "received"
    receipt = verify_receipt(done.receipt or "", PublicKey.from_string(intake.key))
    assert receipt.accepted
    assert receipt.bundle_sha256 == entry.sha256
    assert receipt.interview_uuid == entry.interview_uuid
    stored = intake.data / "bundles" / entry.sha256[:2] / entry.sha256
    assert stored.read_bytes() == bundle.read_bytes()
