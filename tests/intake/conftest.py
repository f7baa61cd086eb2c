"""Fixtures for the intake tests: a PostgreSQL server, intake processes, keys and bundles.

Tests taking ``intake_db`` run twice: on SQLite in the intake's folder and on a fresh
database of the private PostgreSQL server.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.export.keys import SigningKey
from app.scoring.pack import Pack
from tests.export.bundle_fixtures import (
    expert_material,
    install_key,
    make_bundle,
    supervisor_material,
    trusted,
)
from tests.intake.harness import IntakeProcess, PostgresServer, write_keys

EXPERT_ID = "EXP-0001 (fictional)"
SUPERVISOR_ID = "SUP-0001 Maria Muster (fictional)"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the whole run."""
    folder = Path(tempfile.mkdtemp(prefix="clusterbench-pg-"))
    server = PostgresServer(folder / "cluster")
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def intake_db(request: pytest.FixtureRequest) -> str | None:
    """The intake's database URL: None (SQLite in its folder) or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        return None
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def intake_dir(tmp_path: Path) -> Path:
    """The intake's data folder, trusting the fictional expert and supervisor."""
    folder = tmp_path / "intake"
    write_keys(
        folder,
        trusted(expert_material(), EXPERT_ID),
        trusted(supervisor_material(), SUPERVISOR_ID),
    )
    return folder


@pytest.fixture
def start_intake(intake_dir: Path, intake_db: str | None) -> Iterator[Callable[..., IntakeProcess]]:
    """Start ``clusterbench intake serve`` processes (stopped after the test)."""
    started: list[IntakeProcess] = []

    def start(*extra: str, port: int = 0) -> IntakeProcess:
        process = IntakeProcess(data=intake_dir, db_url=intake_db, extra=list(extra), port=port)
        started.append(process)
        return process.start()

    yield start
    for process in started:
        process.stop()


@pytest.fixture
def intake(start_intake: Callable[..., IntakeProcess]) -> IntakeProcess:
    """A running intake."""
    return start_intake()


@pytest.fixture
def expert_key(data_dir: Path) -> SigningKey:
    """The fictional expert's key, installed in the test's data folder."""
    return install_key(expert_material(), data_dir)


@pytest.fixture
def supervisor_key() -> SigningKey:
    """The fictional supervisor's unlocked key."""
    return supervisor_material().signing


@pytest.fixture
def bundle_factory(
    tmp_path: Path, default_pack: Pack, expert_key: SigningKey
) -> Callable[..., Path]:
    """Signed bundles of new fictional interviews, optionally padded with evidence bytes."""
    folder = tmp_path / "bundles"
    folder.mkdir()

    def make(padding: int = 0, **overrides: object) -> Path:
        from app.export.bundle import EvidenceInput

        interview = str(overrides.pop("interview_uuid", uuid.uuid4()))
        evidence = []
        if padding:
            evidence = [
                EvidenceInput(
                    item_id="structure.sme_share",
                    original_name="scan (fictional).png",
                    media_type="image/png",
                    data=os.urandom(padding),
                )
            ]
        overrides.setdefault("evidence", evidence)
        name = f"bundle-{interview[:8]}-{uuid.uuid4().hex[:6]}.zip"
        return make_bundle(
            folder, expert_key, default_pack, name, interview_uuid=interview, **overrides
        )

    return make


# The bundle tests' fixtures: an answered interview of the expert, exported for real.
from tests.export.conftest import answered_interview, expert_signing  # noqa: E402, F401
