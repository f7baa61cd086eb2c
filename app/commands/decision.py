"""``clusterbench decide`` (supervisor) and ``clusterbench import-decision`` (expert)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands._shared import actor_or_login
from app.commands.keys import read_passphrase
from app.errors import AppError


def register(sub: Any) -> None:
    """Add the ``decide`` and ``import-decision`` verbs."""
    decide = sub.add_parser(
        "decide", help="supervisor: approve or return a verified bundle (signed decision file)"
    )
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
        help="expert: import a supervisor's decision (a returned interview reopens)",
    )
    imported.add_argument("file", type=Path, metavar="DECISION_FILE")
    imported.add_argument("--trusted-keys", type=Path, metavar="FILE")
    imported.add_argument("--actor", default="", help="who imports (default: the login name)")
    imported.set_defaults(handler=_import)


def _comments(raw: list[str]) -> list[Any]:
    from app.export.decision import ItemComment

    comments = []
    for entry in raw:
        item_id, sep, text = entry.partition("=")
        if not sep or not text.strip():
            raise AppError(f"A comment is written ITEM_ID=TEXT, not {entry!r}.")
        comments.append(ItemComment(item_id.strip(), text.strip()))
    return comments


def _decide(args: argparse.Namespace) -> int:
    from app.export.decision import decide_bundle
    from app.export.keys import load_trusted_keys, unlock
    from app.export.verify import load_age_identities, review_bundle
    from app.models import open_store
    from app.models import repository as repo

    trusted = load_trusted_keys(args.trusted_keys)
    identities = load_age_identities(args.identity) if args.identity else None
    comments = _comments(args.comment)
    passphrase = read_passphrase(args.passphrase_file)
    with open_store(backup=False) as store:
        result, contents = review_bundle(
            args.bundle,
            trusted,
            allow_practice=args.allow_practice,
            last_imported_revision=lambda u: repo.imported_revisions(store, u),
            age_identity=identities,
        )
        if contents is None:
            raise AppError(f"The bundle does not verify ({result.summary()})")
        path = decide_bundle(
            store,
            result,
            contents,
            approve=args.approve,
            supervisor=args.supervisor,
            signing_key=unlock(passphrase),
            out=args.out,
            comments=comments,
            summary=args.summary,
        )
    sys.stdout.write(f"{path}\n")
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.export.decision import import_decision
    from app.export.keys import load_trusted_keys
    from app.models import open_store

    trusted = load_trusted_keys(args.trusted_keys)
    actor = actor_or_login(args.actor)
    with open_store() as store:
        received, applied = import_decision(store, args.file, trusted, actor=actor)
    decision = received.decision
    if applied.outcome == "returned":
        sys.stdout.write(
            f"interview {applied.interview_id} returned by {decision.supervisor} "
            f"with {applied.comments} comment(s); it is open again\n"
        )
    else:
        sys.stdout.write(f"interview {applied.interview_id} approved by {decision.supervisor}\n")
    return 0
