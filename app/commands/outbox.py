"""``clusterbench outbox [--json]``: bundles waiting for ESCA, and their receipts;
``clusterbench outbox remove SHA256``: take one out before it is sent."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.commands import verb_help


def register(sub: Any) -> None:
    """Add the ``outbox`` verb."""
    parser = sub.add_parser("outbox", help=verb_help("outbox"))
    parser.add_argument("--json", action="store_true", help="print the entries as JSON")
    parser.set_defaults(handler=_outbox)
    actions = parser.add_subparsers(dest="outbox_action", required=False, metavar="ACTION")
    remove = actions.add_parser(
        "remove",
        help="take a bundle out before it is sent, or once refused (the exported file stays)",
    )
    remove.add_argument(
        "sha256", metavar="SHA256", help="the bundle's SHA-256, or its first 6 or more digits"
    )
    remove.set_defaults(handler=_remove)


def _remove(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.outbox import find_entry, remove_from_outbox

    with open_store() as store:
        record = remove_from_outbox(store, find_entry(store, args.sha256).sha256)
    sys.stdout.write(
        f"removed {record.file_name} ({record.sha256[:12]}) from the outbox; "
        "the exported bundle file is unchanged\n"
    )
    return 0


def _outbox(args: argparse.Namespace) -> int:
    from app.models import open_store_for_reading
    from app.services.outbox import list_outbox, outbox_entry_json

    with open_store_for_reading() as store:
        entries = [outbox_entry_json(e) for e in list_outbox(store)]
    if args.json:
        sys.stdout.write(json.dumps(entries, indent=2, ensure_ascii=False) + "\n")
        return 0
    for entry in entries:
        detail = ""
        if entry["state"] == "received":
            detail = f"received {entry['received_at']}"
        elif entry["state"] == "refused":
            detail = f"refused: {entry['refused_reason']}"
        elif entry["state"] == "waiting":
            detail = f"next try {entry['next_try']}: {entry['error']}"
        revision = f"r{entry['revision']}" if entry["revision"] else "r?"
        sys.stdout.write(
            f"{entry['state']:<9} {entry['sha256'][:12]}  {entry['file']}  {revision}  {detail}\n"
        )
    if not entries:
        sys.stdout.write("the outbox is empty\n")
    return 0
