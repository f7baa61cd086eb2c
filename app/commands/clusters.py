"""``clusterbench clusters``: the recorded cluster organisations; ``clusters merge`` makes two
records of one organisation one (its interviews and labels move to the record kept)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.commands import verb_help


def register(sub: Any) -> None:
    """Add the ``clusters`` verb."""
    parser = sub.add_parser("clusters", help=verb_help("clusters"))
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    parser.set_defaults(handler=_list)
    actions = parser.add_subparsers(dest="clusters_action", required=False, metavar="ACTION")
    merge = actions.add_parser(
        "merge",
        help="make MERGE_ID's interviews and labels those of KEEP_ID, and drop MERGE_ID's record",
    )
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID", help="the record to keep")
    merge.add_argument("merge_id", type=int, metavar="MERGE_ID", help="the record to merge in")
    merge.add_argument(
        "--actor", default="", help="who merges (default: the expert name in the settings)"
    )
    merge.set_defaults(handler=_merge)


def _list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.models import open_store_for_reading
    from app.models import repository as repo
    from app.scoring.taxonomy import unmarked_fiction

    with open_store_for_reading() as store:
        clusters = repo.list_clusters(store)
    if args.json:
        sys.stdout.write(json.dumps([asdict(c) for c in clusters], indent=2, ensure_ascii=False))
        sys.stdout.write("\n")
        return 0
    for cluster in clusters:
        marker = " (fictional)" if unmarked_fiction(cluster.name, cluster.fictional) else ""
        sys.stdout.write(
            f"{cluster.id:>5}  {cluster.country:<3} {cluster.name}{marker}  "
            f"[{cluster.technology_area}]\n"
        )
    if not clusters:
        sys.stdout.write("No clusters yet.\n")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.models import repository as repo
    from app.services.labels import merge_clusters

    with open_store() as store:
        names = {c.id: c.name for c in repo.list_clusters(store)}
        merge_clusters(store, args.keep_id, args.merge_id, actor=args.actor)
    sys.stdout.write(
        f"merged {names.get(args.merge_id, args.merge_id)} into "
        f"{names.get(args.keep_id, args.keep_id)} (record {args.keep_id})\n"
    )
    return 0
