"""``clusterbench pack validate FILE``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands import verb_help


def register(sub: Any) -> None:
    """Add the ``pack`` verb."""
    parser = sub.add_parser("pack", help=verb_help("pack"))
    verbs = parser.add_subparsers(dest="pack_verb", required=True, metavar="ACTION")
    validate = verbs.add_parser("validate", help="check a pack file; exit 2 listing every error")
    validate.add_argument("file")
    validate.set_defaults(handler=_validate)


def _validate(args: argparse.Namespace) -> int:
    from app.scoring.pack import PackError, load_pack

    try:
        pack = load_pack(args.file)
    except PackError as exc:
        print(f"clusterbench: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    scored = sum(1 for item in pack.items if item.scoring.scored)
    print(
        f"valid: {pack.id} {pack.version}, {len(pack.sections)} sections, "
        f"{len(pack.items)} items ({scored} scored), sha256 {pack.content_hash[:16]}"
    )
    return 0
