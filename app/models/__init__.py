"""The local store: SQLite through SQLAlchemy, migrated by Alembic. No Qt here.

The names below load ``app.models.store`` when first used, so that a quick read
(``app.models.interview_list``) imports this package without it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
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


def __getattr__(name: str) -> object:
    if name in __all__:
        from app.models import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
