"""``clusterbench interviews``: list, show and start interviews from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.scoring.pack import load_pack
from app.scoring.taxonomy import INTERVIEW_MODES


def register(sub: Any) -> None:
    """Add the ``interviews`` verb."""
    parser = sub.add_parser("interviews", help="list (the default), show or start interviews")
    _add_list_options(parser)
    parser.set_defaults(handler=_list)
    verbs = parser.add_subparsers(dest="interviews_verb", required=False, metavar="ACTION")
    listing = verbs.add_parser("list", help="list interviews, most recent first")
    _add_list_options(listing)
    listing.set_defaults(handler=_list)
    show = verbs.add_parser("show", help="show one interview with its answers")
    show.add_argument("interview_id", type=int)
    show.set_defaults(handler=_show)
    new = verbs.add_parser("new", help="start an interview of a new cluster; prints its id")
    new.add_argument("--cluster", required=True, help="cluster organisation name")
    new.add_argument("--country", required=True, help="ISO 3166 code, e.g. AT")
    new.add_argument("--area", required=True, help="technology area (ESCA list)")
    new.add_argument("--mode", default="on_site", choices=sorted(INTERVIEW_MODES))
    new.add_argument("--expert", required=True)
    new.add_argument("--pack", type=Path, default=None, help="questionnaire pack file")
    new.set_defaults(handler=_new)
    final = verbs.add_parser(
        "finalise",
        help="lock an interview; exit 2 listing what is still open unless --anyway",
    )
    final.add_argument("interview_id", type=int)
    final.add_argument("--anyway", action="store_true", help="finalise even with open points")
    final.set_defaults(handler=_finalise)
    reopened = verbs.add_parser("reopen", help="reopen a finalised interview (with a reason)")
    reopened.add_argument("interview_id", type=int)
    reopened.add_argument("--reason", required=True, help="why it is reopened (kept in the log)")
    reopened.add_argument(
        "--actor", default="", help="who reopens (default: the expert name in the settings)"
    )
    reopened.set_defaults(handler=_reopen)


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", help="match cluster, expert or area")
    parser.add_argument("--status", default=None, help="only interviews with this status")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _list(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.models import repository as repo

    with open_store() as store:
        rows = repo.list_interviews(store, search=args.search, status=args.status)
    if args.json:
        print(json.dumps([_summary_dict(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        marker = " (fictional)" if row.fictional and "fictional" not in row.cluster_name else ""
        print(
            f"{row.id:>5}  {row.status:<11} {row.mode:<10} {row.answered_count:>3} answers  "
            f"{row.cluster_name}{marker}  [{row.updated_at:%Y-%m-%d %H:%M} UTC]"
        )
    return 0


def _summary_dict(row: Any) -> dict[str, Any]:
    data = {"cluster": row.cluster_name, **vars(row)}
    for key, value in data.items():
        if hasattr(value, "isoformat"):
            data[key] = value.isoformat()
    return data


def _show(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.models import repository as repo

    with open_store() as store:
        detail = repo.get_interview(store, args.interview_id)
        answers = repo.answers_of(store, args.interview_id)
    document = _summary_dict(detail) | {"answers": answers}
    print(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
    return 0


def _new(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.models.repository import NewCluster
    from app.services.interviews import NewInterview, create_interview

    request = NewInterview(
        expert=args.expert,
        mode=args.mode,
        new_cluster=NewCluster(name=args.cluster, country=args.country, technology_area=args.area),
        pack=load_pack(args.pack) if args.pack else None,
    )
    with open_store() as store:
        interview_id = create_interview(store, request)
    print(interview_id)
    return 0


def _finalise(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.interviews import NotReadyError, finalise

    with open_store() as store:
        try:
            readiness = finalise(store, args.interview_id, anyway=args.anyway)
        except NotReadyError as error:
            for point in error.readiness.points:
                detail = f" ({point.detail})" if point.detail else ""
                print(f"open: {point.kind} {point.item_id}{detail}", file=sys.stderr)
            raise
    left = len(readiness.points)
    print(
        f"interview {args.interview_id} finalised" + (f" with {left} open points" if left else "")
    )
    return 0


def _reopen(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.interviews import reopen

    with open_store() as store:
        reopen(store, args.interview_id, args.reason, actor=args.actor)
    print(f"interview {args.interview_id} reopened")
    return 0
