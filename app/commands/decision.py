"""``clusterbench decide`` (supervisor) and ``clusterbench import-decision`` (expert)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands import verb_help
from app.commands._shared import out
from app.commands.keys import read_passphrase
from app.errors import AppError


def register(sub: Any) -> None:
    """Add the ``decide`` and ``import-decision`` verbs."""
    decide = sub.add_parser("decide", help=verb_help("decide"))
    decide.add_argument("bundle", type=Path, metavar="BUNDLE")
    outcome = decide.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--approve", action="store_true", help="approve the interview")
    outcome.add_argument(
        "--return", dest="return_", action="store_true", help="return it to the expert"
    )
    decide.add_argument(
        "--comment",
        action="append",
        default=[],
        metavar="ITEM_ID=TEXT",
        help="a comment on one item; may be repeated",
    )
    decide.add_argument("--summary", default="", help="a comment on the interview as a whole")
    decide.add_argument("--supervisor", required=True, help="your name as the expert will see it")
    decide.add_argument(
        "--out", type=Path, required=True, metavar="PATH", help="decision file, or a folder"
    )
    decide.add_argument("--passphrase-file", type=Path, metavar="FILE")
    decide.add_argument("--trusted-keys", type=Path, metavar="FILE")
    decide.add_argument("--identity", type=Path, metavar="AGE_KEY_FILE")
    decide.add_argument("--allow-practice", action="store_true")
    decide.set_defaults(handler=_decide)

    imported = sub.add_parser(
        "import-decision",
        help=verb_help("import-decision"),
    )
    imported.add_argument("file", type=Path, metavar="DECISION_FILE")
    imported.add_argument("--trusted-keys", type=Path, metavar="FILE")
    imported.add_argument(
        "--actor",
        default="",
        help="who imports (default: the expert name in the settings, else the login name)",
    )
    imported.set_defaults(handler=_import)


def _decide(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.review import (
        DecisionInputError,
        item_comments,
        open_for_review,
        sign_decision,
    )

    if not args.bundle.is_file():
        raise DecisionInputError(f"There is no bundle file {args.bundle}.")
    comments = item_comments(args.comment)
    passphrase = read_passphrase(args.passphrase_file)
    with open_store(backup=False) as store:
        review = open_for_review(
            store,
            args.bundle,
            trusted_keys_path=args.trusted_keys,
            age_identity=args.identity,
            allow_practice=args.allow_practice,
        )
        if not review.verified:
            raise AppError(f"The bundle does not verify ({review.result.summary()}).")
        path = sign_decision(
            store,
            review,
            approve=args.approve,
            supervisor=args.supervisor,
            passphrase=passphrase,
            out=args.out,
            comments=comments,
            summary=args.summary,
        )
    out(str(path))
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.decisions import import_decision

    with open_store() as store:
        received, applied = import_decision(
            store, args.file, trusted_keys_path=args.trusted_keys, actor=args.actor
        )
    decision = received.decision
    if applied.outcome == "returned":
        out(
            f"interview {applied.interview_id} returned by {decision.supervisor} "
            f"with {applied.comments} comment(s); it is open again"
        )
    else:
        out(f"interview {applied.interview_id} approved by {decision.supervisor}")
    return 0
