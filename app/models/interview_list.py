"""The interview list read with plain ``sqlite3``, importing nothing heavier than it.

``clusterbench interviews`` reads its rows here, with ``quick_reader`` where the store can
be read as it is; the home window's ``InterviewSummary`` (``app.models.quick_reads``) is
made from the same rows. Each row is a dict of ``SUMMARY_FIELDS``, times made aware.
"""

from __future__ import annotations

from datetime import UTC, datetime

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    import sqlite3
    from typing import Any

#: The fields of a row of the interview list, in the order of the query's columns.
SUMMARY_FIELDS = (
    "id",
    "uuid",
    "cluster_id",
    "cluster_name",
    "country",
    "technology_area",
    "mode",
    "status",
    "expert",
    "pack_id",
    "pack_version",
    "created_at",
    "updated_at",
    "answered_count",
    "fictional",
)
_SUMMARY_SQL = """
SELECT i.id, i.uuid, c.id, c.name, c.country, c.technology_area, i.mode, i.status,
       i.expert, i.pack_id, i.pack_version, i.created_at, i.updated_at,
       (SELECT count(*) FROM answers AS a WHERE a.interview_id = i.id), c.fictional
FROM interviews AS i JOIN clusters AS c ON c.id = i.cluster_id
"""
_NEWEST_FIRST = "ORDER BY i.updated_at DESC, i.id DESC"
#: The list's query without a search or status: every interview, newest first.
SUMMARY_QUERY = f"{_SUMMARY_SQL} {_NEWEST_FIRST}"


def stored_time(text: str) -> datetime:
    """A time as the store keeps it (``YYYY-MM-DD HH:MM:SS.ffffff``, in UTC), made aware."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def interview_rows(
    connection: sqlite3.Connection, *, search: str = "", status: str | None = None
) -> list[dict[str, Any]]:
    """Interviews, most recently changed first, optionally filtered.

    ``search`` matches the cluster's name, the expert or the technology area in any case
    (Unicode-aware: the connection's ``casefold``); ``status`` keeps only interviews with
    that status.
    """
    conditions: list[str] = []
    parameters: list[str] = []
    if status:
        conditions.append("i.status = ?")
        parameters.append(status)
    if search.strip():
        conditions.append(
            "(casefold(c.name) LIKE ? OR casefold(i.expert) LIKE ? "
            "OR casefold(c.technology_area) LIKE ?)"
        )
        parameters += [f"%{search.strip().casefold()}%"] * 3
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    query = f"{_SUMMARY_SQL} {where} {_NEWEST_FIRST}"
    rows = []
    for values in connection.execute(query, parameters):
        row = dict(zip(SUMMARY_FIELDS, values, strict=True))
        row["created_at"] = stored_time(row["created_at"])
        row["updated_at"] = stored_time(row["updated_at"])
        row["answered_count"] = int(row["answered_count"])
        row["fictional"] = bool(row["fictional"])
        rows.append(row)
    return rows
