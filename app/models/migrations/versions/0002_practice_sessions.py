"""practice sessions in the store

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05

Practice sessions used to live in ``practice_sessions.json`` beside the store, outside its
transactions and backups. This migration creates their table and copies every entry of
that file in; the file itself is left where it is, untouched, and is no longer read.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

log = logging.getLogger("app.models.migrations")

#: The side file of earlier releases, in the store's folder.
SESSIONS_FILE = "practice_sessions.json"


def upgrade() -> None:
    table = op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_uuid", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=200), nullable=False),
        sa.Column("trainee", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("interview_uuid"),
    )
    rows = _sessions_from_file(_store_folder())
    if rows:
        op.bulk_insert(table, rows)
        log.info("moved %d practice sessions from %s into the store", len(rows), SESSIONS_FILE)


def downgrade() -> None:
    op.drop_table("practice_sessions")


def _store_folder() -> Path | None:
    database = op.get_bind().engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database).parent


def _sessions_from_file(folder: Path | None) -> list[dict[str, Any]]:
    """Every well-formed entry of the old sessions file (a damaged file gives none)."""
    if folder is None:
        return []
    path = folder / SESSIONS_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s, practice sessions not moved: %s", path, exc)
        return []
    sessions = document.get("sessions") if isinstance(document, dict) else None
    if not isinstance(sessions, dict):
        return []
    rows = []
    for interview_uuid, entry in sessions.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("case_id"), str):
            log.warning("practice session %s in %s is malformed; skipped", interview_uuid, path)
            continue
        rows.append(
            {
                "interview_uuid": str(interview_uuid)[:36],
                "case_id": entry["case_id"],
                "trainee": str(entry.get("trainee") or ""),
                "started_at": _moment(entry.get("started_at")),
            }
        )
    return rows


def _moment(text: object) -> datetime:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
