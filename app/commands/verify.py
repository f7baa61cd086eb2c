"""``clusterbench verify BUNDLE...``: exit 0 only when every bundle passes every check."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.errors import AppError

EXIT_FAILED = 1


def register(sub: Any) -> None:
    """Add the ``verify`` verb."""
    parser = sub.add_parser(
        "verify",
        help=verb_help("verify"),
    )
    parser.add_argument(
        "bundles",
        nargs="+",
        type=Path,
        metavar="BUNDLE",
        help="a bundle, or a folder: every bundle in it (*.zip, *.age)",
    )
    parser.add_argument(
        "--trusted-keys",
        type=Path,
        metavar="FILE",
        help="trusted-keys JSON file (default: the one in the data folder)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--allow-practice", action="store_true", help="accept practice bundles")
    parser.add_argument(
        "--identity", type=Path, metavar="AGE_KEY_FILE", help="age key to decrypt bundles"
    )
    parser.set_defaults(handler=_verify)


def imported_revisions() -> tuple[Callable[[str], Mapping[int, str]] | None, Any]:
    """Look-up of revisions already imported, from the local store when there is one."""
    from app.models import default_store_path, open_store_for_reading
    from app.models.quick_reads import imported_revisions as revisions_of

    if not default_store_path().exists():
        return None, None
    try:
        store = open_store_for_reading()
    except AppError as exc:
        import logging

        logging.getLogger(__name__).warning("store not available for the revision check: %s", exc)
        sys.stderr.write(f"clusterbench: revision check skipped: {exc.user_message}\n")
        return None, None
    return (lambda interview_uuid: revisions_of(store, interview_uuid)), store


def _verify(args: argparse.Namespace) -> int:
    from app.services.review import verify_bundles

    lookup, store = imported_revisions()
    try:
        results = verify_bundles(
            args.bundles,
            trusted_keys_path=args.trusted_keys,
            age_identity=args.identity,
            allow_practice=args.allow_practice,
            imported_revisions=lookup,
        )
    finally:
        if store is not None:
            store.close()
    if args.json:
        sys.stdout.write(json.dumps([r.to_dict() for r in results], indent=2) + "\n")
    else:
        for result in results:
            status = "OK    " if result.ok else "FAILED"
            sys.stdout.write(f"{status} {result.path}: {result.summary()}\n")
    return 0 if all(r.ok for r in results) else EXIT_FAILED
