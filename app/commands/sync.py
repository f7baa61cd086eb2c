"""``clusterbench sync --to URL --intake-key RW...``: send what is queued, fetch decisions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.commands.send import EXIT_QUEUED, add_intake_arguments


def register(sub: Any) -> None:
    """Add the ``sync`` verb."""
    parser = sub.add_parser("sync", help=verb_help("sync"))
    add_intake_arguments(parser)
    parser.add_argument(
        "--trusted-keys", type=Path, metavar="FILE", help="supervisors' keys (default: the app's)"
    )
    parser.add_argument(
        "--actor",
        default="",
        help="who applies decisions (default: the expert name in the settings)",
    )
    parser.set_defaults(handler=_sync)


def _sync(args: argparse.Namespace) -> int:
    from app.commands.send import connect, print_progress, report_exit
    from app.export.keys import load_trusted_keys
    from app.models import open_store
    from app.services.intake_client import check_intake_url, parse_intake_key
    from app.services.outbox import sync
    from app.settings import current_actor

    check_intake_url(args.to)
    parse_intake_key(args.intake_key)
    trusted = load_trusted_keys(args.trusted_keys)
    with open_store() as store:
        client, target = connect(args, store)
        with client:
            report = sync(
                store,
                client,
                target,
                trusted,
                actor=current_actor(args.actor),
                progress=print_progress,
            )
    if report.decisions_error:
        sys.stderr.write(f"clusterbench: decisions not fetched: {report.decisions_error}\n")
    code = report_exit(report.sent)
    for result in report.decisions:
        state = "applied" if result.applied else "not applied"
        sys.stdout.write(
            f"decision {result.outcome} for interview {result.interview_uuid}: {state} "
            f"({result.message})\n"
        )
    return code or (EXIT_QUEUED if report.decisions_error else 0)
