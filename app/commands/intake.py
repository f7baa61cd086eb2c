"""``clusterbench intake serve|key|queue``: ESCA's receiving service and its review queue."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.commands import verb_help


def register(sub: Any) -> None:
    """Add the ``intake`` verb."""
    parser = sub.add_parser("intake", help=verb_help("intake"))
    verbs = parser.add_subparsers(dest="intake_verb", required=True, metavar="ACTION")

    serve = verbs.add_parser("serve", help="run the intake (prints its key and address)")
    serve.add_argument("--data", type=Path, required=True, metavar="DIR")
    serve.add_argument("--listen", required=True, metavar="HOST:PORT")
    serve.add_argument("--db", metavar="URL", help="postgresql://... (default: SQLite in DIR)")
    serve.add_argument("--allow-practice", action="store_true", help="accept practice bundles")
    serve.add_argument("--tls-cert", type=Path, metavar="FILE")
    serve.add_argument("--tls-key", type=Path, metavar="FILE")
    serve.add_argument(
        "--max-bundle-mb", type=int, default=200, metavar="N", help="largest bundle (200)"
    )
    serve.add_argument(
        "--uploads-per-key", type=int, default=8, metavar="N", help="uploads at once per key (8)"
    )
    serve.add_argument(
        "--requests-per-minute",
        type=int,
        default=3000,
        metavar="N",
        help="requests per key and minute (3000)",
    )
    serve.set_defaults(handler=_serve)

    key = verbs.add_parser("key", help="print the intake's public receipt key")
    key.add_argument("--data", type=Path, required=True, metavar="DIR")
    key.set_defaults(handler=_key)

    queue = verbs.add_parser("queue", help="list received bundles and their review state")
    queue.add_argument("--data", type=Path, required=True, metavar="DIR")
    queue.add_argument("--db", metavar="URL")
    queue.add_argument("--json", action="store_true", help="print the queue as JSON")
    queue.set_defaults(handler=_queue)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _serve(args: argparse.Namespace) -> int:
    from app.intake.serve import ListenError, serve
    from app.intake.server import IntakeLimits, IntakeSettings

    if min(args.max_bundle_mb, args.uploads_per_key, args.requests_per_minute) < 1:
        raise ListenError("The limits must be positive numbers.")
    limits = IntakeLimits(
        max_bundle_bytes=args.max_bundle_mb * 1024 * 1024,
        concurrent_uploads_per_key=args.uploads_per_key,
        requests_per_minute_per_key=args.requests_per_minute,
    )
    settings = IntakeSettings(
        data=args.data, db_url=args.db, allow_practice=args.allow_practice, limits=limits
    )
    return serve(settings, args.listen, tls_cert=args.tls_cert, tls_key=args.tls_key, say=_say)


def _key(args: argparse.Namespace) -> int:
    from app.intake.keyfile import load_or_create_key

    signing_key, _created = load_or_create_key(args.data)
    _say(signing_key.public_key.to_string())
    return 0


def _queue(args: argparse.Namespace) -> int:
    from app.intake.db import IntakeDatabase
    from app.intake.server import queue_entry

    database = IntakeDatabase.open(args.data, args.db)
    try:
        entries = [queue_entry(b) for b in database.queue()]
    finally:
        database.close()
    if args.json:
        sys.stdout.write(json.dumps(entries, indent=2, ensure_ascii=False) + "\n")
        return 0
    for entry in entries:
        who = f" by {entry['claimed_by']}" if entry["claimed_by"] else ""
        _say(
            f"{entry['sha256'][:12]}  {entry['interview']}  r{entry['revision']}  "
            f"{entry['state']}{who}  {entry['signer']}  {entry['received_at']}"
        )
    if not entries:
        _say("the queue is empty")
    return 0
