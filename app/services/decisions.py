"""Supervisors' decisions in the expert's store: import one (a returned interview reopens)."""

from __future__ import annotations

from pathlib import Path

from app.export.decision import AppliedDecision, ReceivedDecision
from app.export.decision import import_decision as apply_decision_file
from app.export.keys import load_trusted_keys
from app.models import Store
from app.settings import current_actor


def import_decision(
    store: Store,
    path: Path | str,
    *,
    trusted_keys_path: Path | None = None,
    actor: str = "",
    interview_uuid: str | None = None,
) -> tuple[ReceivedDecision, AppliedDecision]:
    """Verify a decision file against the trusted keys and apply it; return what happened.

    ``interview_uuid`` (importing from an interview's own window) refuses a decision about
    another interview before anything changes. ``DecisionError`` names any refusal.
    """
    trusted = load_trusted_keys(trusted_keys_path)
    return apply_decision_file(
        store,
        path,
        trusted,
        actor=current_actor(actor),
        expected_interview_uuid=interview_uuid,
    )
