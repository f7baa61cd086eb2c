"""Faults at scale: cut connections, a killed intake, a killed sender, duplicates, clock skew.

Afterwards every bundle is received exactly once and byte-identical, every receipt verifies
against the enrolled intake key, and nothing is left in the outbox.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.export.keys import SigningKey
from app.export.minisign import PublicKey
from app.export.receipt import verify_receipt
from app.intake.db import IntakeDatabase
from app.models import open_store
from app.services.intake_client import IntakeClient, IntakeError
from app.services.outbox import (
    IntakeTarget,
    RetryPolicy,
    SendProgress,
    enqueue_bundle,
    list_outbox,
    send_outbox,
)
from tests.intake.harness import REPO, CuttingProxy, IntakeProcess

PATIENT = RetryPolicy(tries=60, base_delay=0.002, max_delay=0.02)


def assert_all_received_once(
    store, intake: IntakeProcess, bundles: list[Path], db_url: str | None
) -> None:
    """Every bundle received exactly once, byte-identical; every receipt verifies."""
    intake_key = PublicKey.from_string(intake.key)
    entries = list_outbox(store)
    assert [e for e in entries if e.pending] == []
    by_sha = {e.sha256: e for e in entries}
    database = IntakeDatabase.open(intake.data, db_url)
    try:
        accepted = [e for e in database.events() if e["kind"] == "bundle_accepted"]
        queue = {b.sha256 for b in database.queue()}
    finally:
        database.close()
    assert len(accepted) == len(bundles)
    for bundle in bundles:
        import hashlib

        sha256 = hashlib.sha256(bundle.read_bytes()).hexdigest()
        entry = by_sha[sha256]
        assert entry.state == "received"
        receipt = verify_receipt(entry.receipt or "", intake_key, bundle_sha256=sha256)
        assert receipt.accepted
        stored = intake.data / "bundles" / sha256[:2] / sha256
        assert stored.read_bytes() == bundle.read_bytes()
        assert sha256 in queue
        assert [e["sha256"] for e in accepted].count(sha256) == 1
    assert not list((intake.data / "uploads").iterdir())


@pytest.mark.slow
def test_hundreds_of_cut_connections(
    store,
    intake: IntakeProcess,
    intake_db: str | None,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
) -> None:
    bundles = [bundle_factory(padding=30_000) for _ in range(11)]
    for bundle in bundles:
        enqueue_bundle(store, bundle)
    proxy = CuttingProxy(intake.port, cut_probability=1.0, max_cut_bytes=8_000, seed=1414)
    target = IntakeTarget(url=proxy.url, intake_key=PublicKey.from_string(intake.key))
    rounds = 0
    with IntakeClient(proxy.url, expert_key, chunk_size=2 * 1024, timeout=10) as client:
        while any(e.pending for e in list_outbox(store)):
            rounds += 1
            assert rounds < 500, "the outbox does not drain"
            send_outbox(store, client, target, policy=PATIENT)
    proxy.close()
    assert proxy.patch_cuts >= 200, (proxy.patch_cuts, proxy.cuts, proxy.connections)
    assert_all_received_once(store, intake, bundles, intake_db)


@pytest.mark.slow
def test_the_intake_killed_mid_upload_resumes_from_its_offset(
    store,
    start_intake: Callable[..., IntakeProcess],
    intake_db: str | None,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
) -> None:
    intake = start_intake()
    bundle = bundle_factory(padding=3_000_000)
    entry = enqueue_bundle(store, bundle)
    kills = [entry.size // 4, entry.size // 2, entry.size * 4 // 5]
    acknowledged_at_kill: list[int] = []
    resumed_from: list[int] = []
    quick = RetryPolicy(tries=1, base_delay=0.001, max_delay=0.001)
    for kill_at in [*kills, None]:
        target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))
        steps: list[int] = []

        def watch(
            step: SendProgress,
            kill_at: int | None = kill_at,
            steps: list[int] = steps,
            process: IntakeProcess = intake,
        ) -> None:
            if step.state != "sending":
                return
            steps.append(step.sent)  # the first is the outbox's hint, then the intake's offsets
            if (
                kill_at is not None
                and step.sent >= kill_at
                and len(acknowledged_at_kill) < len(resumed_from)
            ):
                acknowledged_at_kill.append(step.sent)
                process.kill()

        with IntakeClient(intake.url, expert_key, chunk_size=64 * 1024, timeout=10) as client:
            resumed_from.append(-1)
            report = send_outbox(store, client, target, policy=quick, progress=watch)
        resumed_from[-1] = steps[1]
        if kill_at is not None:
            assert [e.state for e in report.waiting] == ["waiting"]
            intake = start_intake(port=intake.port)  # restarted, same address
        else:
            assert [e.sha256 for e in report.received] == [entry.sha256]
    # Each restart resumed from exactly what the intake had acknowledged before its death.
    assert resumed_from[0] == 0
    assert resumed_from[1:] == acknowledged_at_kill
    assert all(0 < offset < entry.size for offset in acknowledged_at_kill)
    assert_all_received_once(store, intake, [bundle], intake_db)


SENDER = """
import sys
from pathlib import Path
from app.export.keys import unlock
from app.export.minisign import PublicKey
from app.models import open_store
from app.services.intake_client import IntakeClient
from app.services.outbox import IntakeTarget, RetryPolicy, send_outbox

url, key, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
signing = unlock(passphrase)
target = IntakeTarget(url=url, intake_key=PublicKey.from_string(key))

def show(step):
    print("PROGRESS", step.state, step.sent, step.total, flush=True)

with open_store() as store, IntakeClient(url, signing, chunk_size=32 * 1024) as client:
    report = send_outbox(store, client, target, policy=RetryPolicy(tries=3), progress=show)
print("DONE", len(report.received), flush=True)
"""


@pytest.mark.slow
def test_the_sender_killed_mid_upload_resumes_after_a_restart(
    intake: IntakeProcess,
    intake_db: str | None,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    data_dir: Path,
) -> None:
    from tests.export.bundle_fixtures import PASSPHRASE

    bundles = [bundle_factory(padding=1_500_000) for _ in range(2)]
    with open_store() as store:
        for bundle in bundles:
            enqueue_bundle(store, bundle)
    starts: list[int] = []
    for kill_after in (3, 11, 24, 37, None):
        process = subprocess.Popen(
            [sys.executable, "-c", SENDER, intake.url, intake.key, PASSPHRASE],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert process.stdout is not None
        seen = 0
        for line in process.stdout:
            words = line.split()
            if words[:2] == ["PROGRESS", "sending"]:
                if seen == 1:
                    starts.append(int(words[2]))
                seen += 1
                if kill_after is not None and seen >= kill_after:
                    process.send_signal(signal.SIGKILL)
                    break
        process.wait(timeout=120)
        if kill_after is None:
            assert process.returncode == 0
    # Later runs started where the intake was, not from zero.
    assert any(start > 0 for start in starts[1:]), starts
    with open_store() as store:
        assert_all_received_once(store, intake, bundles, intake_db)


@pytest.mark.slow
def test_duplicate_sends_from_two_laptops_get_the_same_receipt(
    intake: IntakeProcess,
    intake_db: str | None,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    tmp_path: Path,
) -> None:
    bundle = bundle_factory(padding=400_000)
    stores = [open_store(tmp_path / f"laptop-{n}" / "clusterbench.sqlite3") for n in (1, 2)]
    target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))
    receipts: list[str] = []
    barrier = threading.Barrier(2)

    def send(store) -> None:  # type: ignore[no-untyped-def]
        enqueue_bundle(store, bundle)
        barrier.wait()
        with IntakeClient(intake.url, expert_key, chunk_size=32 * 1024) as client:
            for _ in range(3):  # and again, and again
                send_outbox(store, client, target, policy=PATIENT)
        (entry,) = list_outbox(store)
        receipts.append(entry.receipt or "")

    threads = [threading.Thread(target=send, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert len(receipts) == 2
        assert receipts[0] == receipts[1] != ""
        assert_all_received_once(stores[0], intake, [bundle], intake_db)
    finally:
        for store in stores:
            store.close()


@pytest.mark.parametrize("skew", [timedelta(hours=3), timedelta(hours=-3), timedelta(minutes=7)])
def test_a_laptop_clock_off_by_hours_still_gets_through(
    store,
    intake: IntakeProcess,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    skew: timedelta,
) -> None:
    enqueue_bundle(store, bundle_factory())
    target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))
    clock = lambda: datetime.now(UTC) + skew  # noqa: E731
    with IntakeClient(intake.url, expert_key, clock=clock) as client:
        report = send_outbox(store, client, target, policy=RetryPolicy(tries=1))
    assert len(report.received) == 1, [e.last_error for e in report.waiting]


def test_a_replayed_request_is_refused(intake: IntakeProcess, expert_key: SigningKey) -> None:
    import httpx

    from app.export.httpsig import sign_request

    url = f"{intake.url}/v1/decisions?since=0"
    headers = sign_request(expert_key, "GET", url, {})
    first = httpx.get(url, headers=headers)
    second = httpx.get(url, headers=headers)
    assert first.status_code == 200
    assert second.status_code == 401
    assert second.json()["error"] == "replayed"
    stale = sign_request(expert_key, "GET", url, {}, now=datetime.now(UTC) - timedelta(hours=1))
    refused = httpx.get(url, headers=stale)
    assert refused.status_code == 401
    assert refused.json()["error"] == "clock_skew"
    unsigned = httpx.get(url)
    assert unsigned.json()["error"] == "unsigned"


def test_the_intake_refuses_unreachable_or_plain_http_addresses(expert_key: SigningKey) -> None:
    from app.services.intake_client import IntakeAddressError

    with pytest.raises(IntakeAddressError, match="https"):
        IntakeClient("http://192.0.2.7:8080", expert_key)
    with pytest.raises(IntakeAddressError, match="https"):
        IntakeClient("http://intake.example.org", expert_key)
    for allowed in ("http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"):
        IntakeClient(allowed, expert_key).close()
    with IntakeClient("http://127.0.0.1:9", expert_key, timeout=2) as client:
        with pytest.raises(IntakeError) as refused:
            client.health()
        assert refused.value.transient
