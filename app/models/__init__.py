"""The local store: SQLite through SQLAlchemy, migrated by Alembic. No Qt here."""

from app.models.store import (
    Store,
    backup_database,
    default_store_path,
    list_backups,
    open_store,
    open_store_for_reading,
    restore_backup,
    set_aside,
)

__all__ = [
    "Store",
    "backup_database",
    "default_store_path",
    "list_backups",
    "open_store",
    "open_store_for_reading",
    "restore_backup",
    "set_aside",
]
