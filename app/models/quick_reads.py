"""Reads with plain ``sqlite3`` for the starts that must be quick, without loading the ORM:
the interview list (the home window, ``clusterbench interviews``) and the revisions of the
bundles already imported (``clusterbench verify``).

They give what the ORM's mapping of the same tables gives (a test compares the two on
stores made by every migration path); ``repository.list_interviews`` and
``repository.imported_revisions`` are these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.scoring.taxonomy import LOCKED_STATUSES

if TYPE_CHECKING:
    from app.models.store import Store

#: The fictional demo cluster's name (its interview is the demo practice interview).
DEMO_CLUSTER_NAME = "Demo: Lakeside Photonics Cluster (fictional)"


@dataclass(frozen=True)
class InterviewSummary:
    """One row of the interview list."""

    id: int
    uuid: str
    cluster_id: int
    cluster_name: str
    country: str
    technology_area: str
    mode: str
    status: str
    expert: str
    pack_id: str
    pack_version: str
    created_at: datetime
    updated_at: datetime
    answered_count: int
    fictional: bool

    @property
    def locked(self) -> bool:
        """Whether the interview is read-only until reopened (finalised or approved)."""
        return self.status in LOCKED_STATUSES


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


def stored_time_text(moment: datetime) -> str:
    """``moment`` (in UTC) written as the store keeps times, as the ORM writes them."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def list_interviews(
    store: Store, *, search: str = "", status: str | None = None
) -> list[InterviewSummary]:
    """Interviews, most recently changed first, optionally filtered.

    ``search`` matches the cluster's name, the expert or the technology area in any case
    (Unicode-aware); ``status`` keeps only interviews with that status.
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
    with store.plain() as connection:
        rows = connection.execute(f"{_SUMMARY_SQL} {where} {_NEWEST_FIRST}", parameters).fetchall()
    return [
        InterviewSummary(
            id=row[0],
            uuid=row[1],
            cluster_id=row[2],
            cluster_name=row[3],
            country=row[4],
            technology_area=row[5],
            mode=row[6],
            status=row[7],
            expert=row[8],
            pack_id=row[9],
            pack_version=row[10],
            created_at=stored_time(row[11]),
            updated_at=stored_time(row[12]),
            answered_count=int(row[13]),
            fictional=bool(row[14]),
        )
        for row in rows
    ]


def imported_revisions(store: Store, interview_uuid: str) -> dict[int, str]:
    """Every revision imported so far for an interview, with the id of its bundle."""
    with store.plain() as connection:
        rows = connection.execute(
            "SELECT revision, bundle_id FROM imported_bundles WHERE interview_uuid = ?",
            (interview_uuid,),
        ).fetchall()
    return {int(revision): str(bundle_id) for revision, bundle_id in rows}


def demo_interview_id(store: Store) -> int | None:
    """The fictional demo interview (the first interview of the demo cluster), if any."""
    with store.plain() as connection:
        row = connection.execute(
            "SELECT i.id FROM interviews AS i JOIN clusters AS c ON i.cluster_id = c.id "
            "WHERE c.name = ? AND c.fictional = 1 ORDER BY i.id LIMIT 1",
            (DEMO_CLUSTER_NAME,),
        ).fetchone()
    return int(row[0]) if row is not None else None
