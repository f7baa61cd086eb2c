"""Fixtures for the bundle tests: installed keys and an answered, fictional interview."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export.keys import SigningKey, TrustedKeys
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import (
    ANSWERS,
    EVIDENCE_TEXT,
    PASSPHRASE,
    expert_material,
    install_key,
    trusted,
)


@pytest.fixture
def expert_signing(data_dir: Path) -> SigningKey:
    """The fictional expert's key, installed in the test's data folder."""
    return install_key(expert_material(), data_dir)


@pytest.fixture
def expert_trusted() -> TrustedKeys:
    """Trusted keys holding only the fictional expert's key."""
    return trusted()


@pytest.fixture
def answered_interview(
    store,  # type: ignore[no-untyped-def]
    default_pack: Pack,
    interview_id: int,
    tmp_path: Path,
) -> int:
    """The conftest interview with answers, a report note, a private note and evidence,
    finalised (so its bundles are not drafts)."""
    from app.models import repository as repo

    for item_id, value in ANSWERS.items():
        repo.save_answer(store, default_pack, interview_id, item_id, value, actor="Test Expert")
    repo.set_note(
        store,
        interview_id,
        "structure.sme_share",
        "Counted from the member list (fictional).",
        for_report=True,
        actor="Test Expert",
    )
    repo.set_note(
        store,
        interview_id,
        "financing.total_budget",
        "PRIVATE-NOTE: the manager hinted at a deficit (fictional).",
        for_report=False,
        actor="Test Expert",
    )
    evidence = tmp_path / "Members 2025 Łódź (fictional).csv"
    evidence.write_bytes(EVIDENCE_TEXT)
    repo.attach_evidence(store, interview_id, "structure.sme_share", evidence, actor="Test Expert")
    repo.finalise_interview(store, interview_id, actor="Test Expert")
    return interview_id


@pytest.fixture
def exported_bundle(
    store,  # type: ignore[no-untyped-def]
    answered_interview: int,
    expert_signing: SigningKey,
    tmp_path: Path,
) -> Path:
    """The answered interview exported (revision 1) into ``tmp_path / "out"``."""
    from app.export.export_interview import export_interview

    return export_interview(store, answered_interview, tmp_path / "out", passphrase=PASSPHRASE)
