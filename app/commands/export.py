"""``clusterbench export INTERVIEW_ID --out PATH``: the signed bundle of an interview."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.commands._shared import out
from app.commands.keys import read_passphrase


def register(sub: Any) -> None:
    """Add the ``export`` verb."""
    parser = sub.add_parser("export", help=verb_help("export"))
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
    parser.add_argument(
        "--draft",
        action="store_true",
        help="export an interview that is not finalised; the bundle is marked as a draft",
    )
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from app.export.export_interview import DraftExportError
    from app.models import open_store
    from app.services.bundles import check_draft, export_bundle

    with open_store() as store:
        try:
            check_draft(store, args.interview_id, allow_draft=args.draft)
        except DraftExportError as exc:
            raise DraftExportError(
                f"Interview {args.interview_id} is not finalised. Finalise it first, or export "
                "a draft with --draft (the bundle is then marked as a draft)."
            ) from exc
        passphrase = read_passphrase(args.passphrase_file)
        outcome = export_bundle(
            store,
            args.interview_id,
            args.out,
            passphrase=passphrase,
            encrypt_to=args.encrypt_to,
            peers=not args.no_peers,
            allow_draft=args.draft,
        )
    out(str(outcome.path))
    return 0
