"""``clusterbench report INTERVIEW_ID --out FILE.pdf``: the benchmarking report of an interview."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.commands._shared import checked_language, out


def register(sub: Any) -> None:
    """Add the ``report`` verb."""
    parser = sub.add_parser("report", help=verb_help("report"))
    parser.add_argument("interview_id", type=int, metavar="INTERVIEW_ID")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--no-peers",
        action="store_true",
        help="leave out the peer comparison (do not load the reference data)",
    )
    parser.add_argument(
        "--language",
        help="language of the report, en or de (default: the interface language from the settings)",
    )
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    checked_language(args.language)
    from app.models import open_store_for_reading
    from app.services.reports import check_report_path, write_report

    check_report_path(args.out)
    with open_store_for_reading() as store:
        path = write_report(
            store, args.interview_id, args.out, peers=not args.no_peers, language=args.language
        )
    out(str(path))
    return 0
