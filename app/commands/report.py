"""``clusterbench report INTERVIEW_ID --out FILE.pdf``: the benchmarking report of an interview."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands._shared import reference_or_none
from app.errors import AppError
from app.paths import default_reference_path


def register(sub: Any) -> None:
    """Add the ``report`` verb."""
    parser = sub.add_parser("report", help="write the benchmarking report (PDF) of an interview")
    parser.add_argument("interview_id", type=int, metavar="INTERVIEW_ID")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--no-peers",
        action="store_true",
        help="leave out the peer comparison (do not load the reference data)",
    )
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise AppError(f"The output file must end in .pdf, not {out.name!r}.")
    if out.is_dir():
        raise AppError(f"{out} is a folder; give a file name ending in .pdf.")
    from app.export.report import build_report_data, write_report
    from app.models import open_store

    # The shipped set, as in the app's report preview.
    reference = None if args.no_peers else reference_or_none(default_reference_path())
    with open_store() as store:
        data = build_report_data(store, args.interview_id, reference)
    try:
        path = write_report(data, out)
    except OSError as exc:
        raise AppError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    sys.stdout.write(f"{path}\n")
    return 0
