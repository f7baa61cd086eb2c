"""Alembic environment of the intake's own schema (apart from the expert's store)."""

from __future__ import annotations

from alembic import context

from app.intake.schema import IntakeBase

VERSION_TABLE = "intake_alembic_version"

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run by the alembic CLI
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(
    connection=connection,
    target_metadata=IntakeBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
