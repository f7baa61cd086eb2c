"""Reads with plain ``sqlite3`` for the starts that must be quick, without loading the ORM:
the interview list (the home window, ``clusterbench interviews``) and the revisions of the
bundles already imported (``clusterbench verify``).

They give what the ORM's mapping of the same tables gives (a test compares the two on
stores made by every migration path); ``repository.list_interviews`` and
``repository.imported_revisions`` are these functions. The list's rows come from
``app.models.interview_list``, which ``clusterbench interviews`` reads without this module
(``dataclasses`` alone costs a command 9 ms).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.models.interview_list import interview_rows
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
    with store.plain() as connection:
        rows = interview_rows(connection, search=search, status=status)
    return [InterviewSummary(**row) for row in rows]


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
