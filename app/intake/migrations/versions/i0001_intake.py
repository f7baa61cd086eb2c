"""the intake: uploads, received bundles and the review queue, decisions, events, nonces

Revision ID: i0001
Revises:
Create Date: 2026-12-05

The event log is append-only: triggers refuse UPDATE and DELETE on ``intake_events``, in
SQLite and in PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i0001"
down_revision = None
branch_labels = None
depends_on = None

_POSTGRES_APPEND_ONLY = """
CREATE FUNCTION intake_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'intake_events is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER intake_events_no_update BEFORE UPDATE OR DELETE ON intake_events
    FOR EACH ROW EXECUTE FUNCTION intake_events_append_only();
"""


def upgrade() -> None:
    op.create_table(
        "intake_uploads",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "intake_bundles",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.String(length=64), nullable=True),
        sa.Column("interview_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.Column("signer", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=False),
        sa.Column("review_state", sa.String(length=20), nullable=False),
        sa.Column("claimed_by", sa.String(length=200), nullable=False),
        sa.Column("claimed_key", sa.String(length=16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sha256"),
        sa.UniqueConstraint("bundle_id"),
    )
    op.create_index("ix_intake_bundles_interview_uuid", "intake_bundles", ["interview_uuid"])
    op.create_index("ix_intake_bundles_key_id", "intake_bundles", ["key_id"])
    op.create_table(
        "intake_decisions",
        sa.Column("sequence", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("decision_id", sa.String(length=64), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("uploader_key", sa.String(length=16), nullable=False),
        sa.Column("interview_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("supervisor", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sequence"),
        sa.UniqueConstraint("decision_id"),
    )
    op.create_index("ix_intake_decisions_bundle_sha256", "intake_decisions", ["bundle_sha256"])
    op.create_index("ix_intake_decisions_uploader_key", "intake_decisions", ["uploader_key"])
    op.create_table(
        "intake_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "intake_nonces",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_id", "nonce"),
    )
    op.create_index("ix_intake_nonces_seen_at", "intake_nonces", ["seen_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRES_APPEND_ONLY)
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER intake_events_no_{action.lower()} BEFORE {action} "
                "ON intake_events BEGIN SELECT RAISE(ABORT, 'intake_events is append-only'); END"
            )


def downgrade() -> None:
    for table in (
        "intake_nonces",
        "intake_events",
        "intake_decisions",
        "intake_bundles",
        "intake_uploads",
    ):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS intake_events_append_only()")
