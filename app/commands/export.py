"""``clusterbench export INTERVIEW_ID --out PATH``: the signed bundle of an interview."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands._shared import out
from app.commands.keys import read_passphrase


def register(sub: Any) -> None:
    """Add the ``export`` verb."""
    parser = sub.add_parser(
        "export", help="write the signed report bundle of an interview (a new revision)"
    )
    parser.add_argument("interview_id", type=int, metavar="INTERVIEW_ID")
    parser.add_argument(
        "--out", type=Path, required=True, metavar="PATH", help="bundle file, or a folder"
    )
    parser.add_argument(
        "--encrypt-to",
        action="append",
        default=[],
        metavar="AGE_RECIPIENT",
        help="encrypt to this age public key (age1...); may be repeated",
    )
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE")
    parser.add_argument(
        "--no-peers", action="store_true", help="score without the peer reference data"
    )
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.bundles import export_bundle

    passphrase = read_passphrase(args.passphrase_file)
    with open_store() as store:
        outcome = export_bundle(
            store,
            args.interview_id,
            args.out,
            passphrase=passphrase,
            encrypt_to=args.encrypt_to,
            peers=not args.no_peers,
        )
    out(str(outcome.path))
    return 0
