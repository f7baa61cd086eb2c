"""Pre-fill workbooks (XLSX): a blank one for the cluster, then its answers, to confirm."""

from __future__ import annotations

from pathlib import Path

from app.errors import AppError
from app.export.prefill import (
    PrefillResult,
    apply_prefill,
    export_prefill_workbook,
    import_prefill_workbook,
)
from app.models import Store
from app.models import repository as repo
from app.scoring.pack import Pack
from app.services.interviews import actor_for


class WorkbookPathError(AppError):
    """A workbook target that is not an .xlsx file."""

    exit_code = 2


def workbook_path(out: Path, *, fix_suffix: bool = False) -> Path:
    """``out`` as a workbook path: refused (or, with ``fix_suffix``, given) without .xlsx."""
    if out.suffix.lower() == ".xlsx":
        return out
    if fix_suffix:
        return out.with_suffix(".xlsx")
    raise WorkbookPathError(f"The output file must end in .xlsx, not {out.name!r}.")


def export_blank_workbook(
    out: Path,
    *,
    store: Store | None = None,
    interview_id: int | None = None,
    pack: Pack | None = None,
    cluster_name: str | None = None,
    language: str = "en",
) -> tuple[Path, Pack]:
    """Write the blank workbook for an interview (its pack and cluster) or for a pack."""
    if interview_id is not None:
        assert store is not None, "an interview needs its store"
        pack = repo.pack_of(store, interview_id)
        cluster_name = cluster_name or repo.get_interview(store, interview_id).cluster_name
    if pack is None:
        raise WorkbookPathError("Give an interview or a questionnaire pack.")
    path = export_prefill_workbook(
        pack, workbook_path(out), cluster_name=cluster_name, language=language
    )
    return path, pack


def read_workbook(store: Store, interview_id: int, path: Path) -> PrefillResult:
    """Check every cell of a filled workbook against the interview's pack (nothing saved)."""
    return import_prefill_workbook(repo.pack_of(store, interview_id), Path(path))


def import_workbook(
    store: Store,
    interview_id: int,
    result: PrefillResult,
    *,
    valid_rows_only: bool = False,
    actor: str = "",
) -> int:
    """Save a checked workbook's answers as "pre-filled, to confirm"; return how many.

    With cell errors nothing is saved unless ``valid_rows_only``; answers the expert gave
    or confirmed are never overwritten.
    """
    return apply_prefill(
        store,
        repo.pack_of(store, interview_id),
        interview_id,
        result,
        valid_rows_only=valid_rows_only,
        actor=actor_for(store, interview_id, actor),
    )
