"""``clusterbench outbox [--json]``: bundles waiting for ESCA, and their receipts."""

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
