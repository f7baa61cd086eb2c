"""The shared supervisors' queue: concurrent claims, who may do what, the append-only log."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.export.keys import SigningKey, TrustedKeys
from app.export.minisign import PublicKey
from app.intake.db import IntakeDatabase
from app.services import review_queue
from app.services.intake_client import ClaimedError, IntakeClient, IntakeError
from app.services.outbox import IntakeTarget, enqueue_bundle, send_outbox
from tests.export.bundle_fixtures import stranger_material, supervisor_material, trusted
from tests.intake.conftest import EXPERT_ID, SUPERVISOR_ID
from tests.intake.harness import IntakeProcess, write_keys

SECOND_SUPERVISOR = "SUP-0002 Jan Jansen (fictional)"


@pytest.fixture
def two_supervisors(intake_dir: Path) -> None:
    """The intake trusts two supervisors."""
    from tests.export.bundle_fixtures import expert_material

    both = TrustedKeys(
        keys=(
            *trusted(supervisor_material(), SUPERVISOR_ID).keys,
            *trusted(stranger_material(), SECOND_SUPERVISOR).keys,
        )
    )
    write_keys(intake_dir, trusted(expert_material(), EXPERT_ID), both)


def _received(store, intake: IntakeProcess, expert_key: SigningKey, bundle: Path) -> str:
    entry = enqueue_bundle(store, bundle)
    target = IntakeTarget(url=intake.url, intake_key=PublicKey.from_string(intake.key))
    with IntakeClient(intake.url, expert_key) as client:
        report = send_outbox(store, client, target)
    assert len(report.received) == 1
    return entry.sha256


@pytest.mark.slow
def test_two_supervisors_claim_at_once_and_exactly_one_wins(
    store,
    two_supervisors: None,
    start_intake: Callable[..., IntakeProcess],
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
) -> None:
    intake = start_intake()
    sha256 = _received(store, intake, expert_key, bundle_factory())
    clients = {
        SUPERVISOR_ID: IntakeClient(intake.url, supervisor_material().signing),
        SECOND_SUPERVISOR: IntakeClient(intake.url, stranger_material().signing),
    }
    winners: list[str] = []
    for _round in range(100):
        barrier = threading.Barrier(2)
        outcomes: dict[str, object] = {}

        def claim(name: str, outcomes: dict[str, object] = outcomes, barrier=barrier) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            try:
                outcomes[name] = review_queue.claim(clients[name], sha256)
            except ClaimedError as exc:
                outcomes[name] = exc

        threads = [threading.Thread(target=claim, args=(name,)) for name in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        won = [n for n, o in outcomes.items() if isinstance(o, review_queue.QueueEntry)]
        lost = [o for o in outcomes.values() if isinstance(o, ClaimedError)]
        assert len(won) == 1, outcomes
        assert len(lost) == 1, outcomes
        assert lost[0].claimed_by == won[0]  # the loser is told who has it
        assert won[0] in str(lost[0])
        winners.append(won[0])
        review_queue.release(clients[won[0]], sha256)
    for client in clients.values():
        client.close()
    assert set(winners) <= set(clients)


def test_roles_claims_and_decisions_are_checked(
    store,
    intake: IntakeProcess,
    expert_key: SigningKey,
    bundle_factory: Callable[..., Path],
    tmp_path: Path,
) -> None:
    from app.models import open_store

    sha256 = _received(store, intake, expert_key, bundle_factory())
    with IntakeClient(intake.url, expert_key) as expert, pytest.raises(IntakeError, match="may"):
        expert.queue()
    with (
        IntakeClient(intake.url, stranger_material().signing) as stranger,
        pytest.raises(IntakeError, match="not enrolled"),
    ):
        stranger.queue()
    supervisor_store = open_store(tmp_path / "supervisor" / "clusterbench.sqlite3")
    signing = supervisor_material().signing
    try:
        with review_queue.connect(intake.url, signing) as supervisor:
            with pytest.raises(IntakeError, match="not a ClusterBench decision"):
                supervisor.post_decision(sha256, b"{}")
            copy = review_queue.fetch_for_review(
                supervisor, sha256, tmp_path / "review", trusted(), store=supervisor_store
            )
            assert copy.result.ok
            decide: dict[str, Any] = {
                "approve": True,
                "supervisor": "Maria Muster (fictional)",
                "signing_key": signing,
                "out": tmp_path / "decisions",
            }
            with pytest.raises(IntakeError, match="Claim the bundle"):
                review_queue.post_decision(supervisor, supervisor_store, copy, **decide)
            review_queue.claim(supervisor, sha256)
            review_queue.claim(supervisor, sha256)  # claiming again is harmless
            review_queue.post_decision(supervisor, supervisor_store, copy, **decide)
            (entry,) = review_queue.list_queue(supervisor)
            assert entry.state == "approved"
            assert entry.status_text == "approved"
            with pytest.raises(ClaimedError, match="already decided"):
                review_queue.claim(supervisor, sha256)
    finally:
        supervisor_store.close()
    with pytest.raises(IntakeError, match="not the enrolled"):
        review_queue.connect(intake.url, signing, stranger_material().info.public_key)


def test_the_intake_log_is_append_only(tmp_path: Path, intake_db: str | None) -> None:
    database = IntakeDatabase.open(tmp_path, intake_db)
    try:
        database.log_event("test", detail="kept")
        for statement in (
            "UPDATE intake_events SET detail = 'changed'",
            "DELETE FROM intake_events",
        ):
            with pytest.raises(Exception, match="append-only"), database.session() as session:
                session.execute(text(statement))
        assert [e["detail"] for e in database.events()] == ["kept"]
    finally:
        database.close()
