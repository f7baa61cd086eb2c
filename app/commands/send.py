"""``clusterbench send [BUNDLE...] --to URL --intake-key RW...``: deliver bundles to ESCA.

Exit 0 when every bundle is received with a verified receipt, 1 when the intake refused
one (its receipt says why), 3 when some stay queued (network), 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands import verb_help

EXIT_REFUSED = 1
EXIT_QUEUED = 3


def add_intake_arguments(parser: argparse.ArgumentParser) -> None:
    """``--to``, ``--intake-key`` and ``--passphrase-file`` (shared with ``sync``)."""
    parser.add_argument("--to", required=True, metavar="URL", help="the intake's address")
    parser.add_argument(
        "--intake-key", required=True, metavar="RW...", help="the intake's enrolled receipt key"
    )
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE")


def register(sub: Any) -> None:
    """Add the ``send`` verb."""
    parser = sub.add_parser("send", help=verb_help("send"))
    parser.add_argument("bundles", nargs="*", type=Path, metavar="BUNDLE")
    add_intake_arguments(parser)
    parser.set_defaults(handler=_send)


def connect(args: argparse.Namespace, store: Any) -> tuple[Any, Any]:
    """Check the address and key, unlock the signing key; return (client, target)."""
    from app.commands.keys import read_passphrase
    from app.services.outbox import configure_intake, open_client, unlock_for_sending

    signing_key = unlock_for_sending(read_passphrase(args.passphrase_file))
    target = configure_intake(store, args.to, args.intake_key)
    return open_client(target, signing_key), target


def print_progress(step: Any) -> None:
    """One line per state change on standard error (a terminal also gets percentages)."""
    if step.state == "sending" and step.total and not sys.stderr.isatty():
        return
    share = f" {step.sent * 100 // step.total}%" if step.total else ""
    sys.stderr.write(f"{step.state}{share} {step.file_name}\n")


def report_exit(report: Any) -> int:
    """Print what happened to each bundle; the exit code of the issue's contract."""
    for entry in report.received:
        sys.stdout.write(
            f"received {entry.file_name} ({entry.sha256[:12]}): Received by ESCA on "
            f"{entry.received_at:%d %b %Y %H:%M UTC}\n"
        )
    for entry in report.refused:
        sys.stdout.write(
            f"refused {entry.file_name} ({entry.sha256[:12]}): {entry.refused_reason}\n"
        )
    for entry in report.waiting:
        when = f"{entry.next_try_at:%H:%M:%S}" if entry.next_try_at else "later"
        sys.stdout.write(
            f"queued {entry.file_name} ({entry.sha256[:12]}): {entry.last_error} "
            f"(next try {when})\n"
        )
    if report.waiting:
        return EXIT_QUEUED
    return EXIT_REFUSED if report.refused else 0


def _send(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.intake_client import check_intake_url, parse_intake_key
    from app.services.outbox import OutboxError, enqueue_bundle, send_outbox

    check_intake_url(args.to)  # bad input is refused before anything changes
    parse_intake_key(args.intake_key)
    missing = [str(p) for p in args.bundles if not p.is_file()]
    if missing:
        raise OutboxError(f"There is no bundle file {missing[0]}.")
    with open_store() as store:
        for path in args.bundles:
            enqueue_bundle(store, path)
        client, target = connect(args, store)
        with client:
            report = send_outbox(store, client, target, progress=print_progress)
    return report_exit(report)
