"""``clusterbench interviews``: list, show and start interviews from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.paths import default_pack_path
from app.scoring.pack import load_pack
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_MODES, TECHNOLOGY_AREAS


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
    from app.models import repository as repo

    if args.country not in COUNTRIES:
        raise AppError(f"Unknown country code {args.country!r}; use an ISO 3166 code like AT.")
    if args.area not in TECHNOLOGY_AREAS:
        raise AppError(
            f"Unknown technology area {args.area!r}; one of: " + "; ".join(TECHNOLOGY_AREAS)
        )
    pack = load_pack(args.pack or default_pack_path())
    with open_store() as store:
        cluster_id = repo.create_cluster(
            store, name=args.cluster, country=args.country, technology_area=args.area
        )
        interview_id = repo.create_interview(
            store,
            cluster_id=cluster_id,
            pack=pack,
            mode=args.mode,
            expert=args.expert,
            actor=args.expert,
        )
    print(interview_id)
    return 0
