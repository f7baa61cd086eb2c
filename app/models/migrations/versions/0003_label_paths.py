"""label paths: one record per cluster organisation, improvement areas, label results

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-10

Interviews of the same cluster organisation now share one ``clusters`` row. Until now every
new interview made its own row, so the rows of one organisation are merged here: same name
(Unicode case-folded, spaces collapsed), same country, same technology area, both fictional
or both not, and the same ECCP profile address or at most one of them given. Rows that
differ in any of these stay apart (an expert can merge them later). ``name_key`` keeps the
normalised name for matching new interviews.

Independent of the practice-session tables: it touches ``clusters`` and ``interviews`` and
adds ``improvement_areas`` and ``label_results``.
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _name_key(name: str) -> str:
    # The same rule as app.models.repository.cluster_name_key, frozen for this migration.
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _eccp_key(url: str) -> str:
    # The same rule as app.models.repository.eccp_key, frozen for this migration.
    text = url.strip().casefold()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def upgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.create_index("ix_clusters_name_key", ["name_key"], unique=False)
    op.create_table(
        "improvement_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("indicators_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("improvement_areas", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_areas_interview_id"), ["interview_id"], unique=False
        )
    op.create_table(
        "label_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("awarded_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("rebenchmark_due", sa.Date(), nullable=False),
        sa.Column("renewal", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["cluster_id"], ["clusters.id"]),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("label_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_label_results_cluster_id"), ["cluster_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_label_results_interview_id"), ["interview_id"], unique=False
        )
    _fill_keys_and_merge(op.get_bind())


def _fill_keys_and_merge(bind: sa.engine.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT id, name, country, technology_area, eccp_url, fictional "
            "FROM clusters ORDER BY id"
        )
    ).all()
    kept: dict[tuple[str, str, str, bool], list[tuple[int, str]]] = {}
    for cluster_id, name, country, area, eccp_url, fictional in rows:
        key = _name_key(name or "")
        bind.execute(
            sa.text("UPDATE clusters SET name_key = :key WHERE id = :id"),
            {"key": key, "id": cluster_id},
        )
        group = kept.setdefault((key, country, area, bool(fictional)), [])
        eccp = _eccp_key(eccp_url or "")
        target = next(
            (
                (kept_id, kept_eccp)
                for kept_id, kept_eccp in group
                if not eccp or not kept_eccp or eccp == kept_eccp
            ),
            None,
        )
        if target is None:
            group.append((cluster_id, eccp))
            continue
        kept_id, kept_eccp = target
        bind.execute(
            sa.text("UPDATE interviews SET cluster_id = :kept WHERE cluster_id = :old"),
            {"kept": kept_id, "old": cluster_id},
        )
        if eccp and not kept_eccp:
            bind.execute(
                sa.text("UPDATE clusters SET eccp_url = :url WHERE id = :id"),
                {"url": eccp_url.strip(), "id": kept_id},
            )
            group[group.index(target)] = (kept_id, eccp)
        bind.execute(sa.text("DELETE FROM clusters WHERE id = :id"), {"id": cluster_id})


def downgrade() -> None:
    # Merged organisation rows are not split again; their interviews keep the shared row.
    with op.batch_alter_table("label_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_label_results_interview_id"))
        batch_op.drop_index(batch_op.f("ix_label_results_cluster_id"))
    op.drop_table("label_results")
    with op.batch_alter_table("improvement_areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_areas_interview_id"))
    op.drop_table("improvement_areas")
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_index("ix_clusters_name_key")
        batch_op.drop_column("name_key")
