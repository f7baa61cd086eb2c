"""The benchmarking report (PDF) of an interview, scored against the active reference set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import AppError, BadInputError
from app.models import Store
from app.paths import data_dir
from app.services.references import reference_for
from app.settings import settings

ProgressCallback = Callable[[int], None]
REPORTS_FOLDER = "reports"


class ReportPathError(AppError):
    """A report target that cannot be a PDF file."""

    exit_code = 2


def default_report_path(interview_id: int) -> Path:
    """Where the app keeps the latest report of an interview (in the data folder)."""
    return data_dir() / REPORTS_FOLDER / f"benchmarking-report-{interview_id}.pdf"


def check_report_path(out: Path) -> None:
    """Refuse a target that is a folder or does not end in .pdf."""
    if out.suffix.lower() != ".pdf":
        raise ReportPathError(f"The output file must end in .pdf, not {out.name!r}.")
    if out.is_dir():
        raise ReportPathError(f"{out} is a folder; give a file name ending in .pdf.")


def write_report(
    store: Store,
    interview_id: int,
    out: Path | None = None,
    *,
    peers: bool = True,
    progress: ProgressCallback | None = None,
    language: str | None = None,
) -> Path:
    """Score the interview (against the active reference set unless ``peers`` is off) and
    write its report to ``out`` (default: the data folder) in ``language`` (default: the
    interface language the interview is held in); return the path."""
    from app.export.report import build_report_data
    from app.export.report import write_report as render

    target = Path(out) if out is not None else default_report_path(interview_id)
    check_report_path(target)
    report = progress or (lambda _percent: None)
    report(0)
    chosen = language or settings().language
    data = build_report_data(store, interview_id, reference_for(peers), language=chosen)
    report(5)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        return render(data, target, progress=lambda p: report(5 + p * 95 // 100))
    except OSError as exc:
        raise BadInputError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
