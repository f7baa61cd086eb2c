"""``clusterbench interviews``: list, show and start interviews; the label path from the
command line (verdicts, improvement areas, labels, and which labels need attention)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from app.commands import read_only, verb_help
from app.commands._shared import out
from app.errors import AppError
from app.scoring.taxonomy import (
    INTERVIEW_MODES,
    INTERVIEW_STATUSES,
    LABEL_LEVELS,
    unmarked_fiction,
)

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    from typing import Any

    from app.services.labels import LabelDue


class InterviewsInputError(AppError):
    """An option the ``interviews`` verb cannot use."""

    exit_code = 2


def register(sub: Any) -> None:
    """Add the ``interviews`` verb."""
    parser = sub.add_parser("interviews", help=verb_help("interviews"))
    _add_list_options(parser)
    parser.set_defaults(handler=_list)
    verbs = parser.add_subparsers(dest="interviews_verb", required=False, metavar="ACTION")
    listing = verbs.add_parser("list", help="list interviews, most recent first")
    _add_list_options(listing)
    listing.set_defaults(handler=_list)
    show = verbs.add_parser("show", help="show one interview with its answers")
    show.add_argument("interview_id", type=int)
    show.set_defaults(handler=_show)
    new = verbs.add_parser(
        "new",
        help="start an interview (the next benchmarking of a recorded cluster, or of a new "
        "one); prints its id",
    )
    new.add_argument("--cluster", required=True, help="cluster organisation name")
    new.add_argument("--country", required=True, help="ISO 3166 code, e.g. AT")
    new.add_argument("--area", required=True, help="technology area (ESCA list)")
    new.add_argument("--eccp-url", default="", help="the cluster's ECCP profile address")
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
    verdicts = verbs.add_parser(
        "verdicts", help="the Bronze, Silver and Gold-readiness verdicts of an interview"
    )
    verdicts.add_argument("interview_id", type=int)
    verdicts.add_argument("--json", action="store_true", help="print JSON")
    verdicts.set_defaults(handler=_verdicts)
    improve = verbs.add_parser(
        "improve", help="record an improvement area of a second benchmarking; prints its id"
    )
    improve.add_argument("interview_id", type=int)
    improve.add_argument("--title", required=True)
    improve.add_argument("--evidence", required=True, help="what documents the improvement")
    improve.add_argument(
        "--indicator",
        action="append",
        required=True,
        metavar="ITEM_ID",
        help="an indicator the area concerns (repeat for several)",
    )
    improve.add_argument(
        "--actor", default="", help="who records it (default: the expert name in the settings)"
    )
    improve.set_defaults(handler=_improve)
    label = verbs.add_parser("label", help="record the label a cluster received")
    label.add_argument("interview_id", type=int)
    label.add_argument("--level", required=True, choices=LABEL_LEVELS)
    label.add_argument(
        "--date", default=None, help="date of the award, YYYY-MM-DD (default: the interview's)"
    )
    label.add_argument(
        "--actor", default="", help="who records it (default: the expert name in the settings)"
    )
    label.add_argument("--json", action="store_true", help="print JSON")
    label.set_defaults(handler=_label)


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", help="match cluster, expert or area")
    parser.add_argument(
        "--status",
        default=None,
        choices=list(INTERVIEW_STATUSES),
        help="only interviews with this status",
    )
    parser.add_argument(
        "--due-within",
        type=int,
        default=None,
        metavar="MONTHS",
        help="only interviews whose label expires, has lapsed (still renewable) or whose "
        "re-benchmarking is due within MONTHS months",
    )
    parser.add_argument(
        "--as-of", default=None, metavar="DATE", help="count --due-within from DATE (YYYY-MM-DD)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def _date_option(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    from app.scoring.labels import parse_date

    day = parse_date(text)
    if day is None:
        raise InterviewsInputError(f"{option} must be a date written YYYY-MM-DD, not {text!r}.")
    return day


@read_only
def _list(args: argparse.Namespace) -> int:
    # Read with plain sqlite3, without even the store module where the store is ready as it
    # is; the label path's ORM only for --due-within.
    from app.models.connections import STORE_FILE_NAME, quick_reader
    from app.models.interview_list import interview_rows
    from app.paths import configured_data_dir

    as_of = _date_option(args.as_of, "--as-of")
    due: dict[int, LabelDue] = {}
    reader = (
        None
        if args.due_within is not None
        else quick_reader(configured_data_dir() / STORE_FILE_NAME)
    )
    if reader is not None:
        try:
            rows = interview_rows(reader, search=args.search, status=args.status)
        finally:
            reader.close()
    else:
        from app.models import open_store_for_reading

        with open_store_for_reading() as store:
            with store.plain() as connection:
                rows = interview_rows(connection, search=args.search, status=args.status)
            if args.due_within is not None:
                from app.services.labels import labels_due

                due = {
                    d.label.interview_id: d
                    for d in labels_due(store, within_months=args.due_within, today=as_of)
                }
                rows = [row for row in rows if row["id"] in due]
    if args.json:
        documents = []
        for row in rows:
            document = _summary_dict(row)
            if row["id"] in due:
                from app.scoring.labels import LabelTerm

                entry = due[row["id"]]
                document["label"] = LabelTerm.to_dict(entry.label)
                document["due"] = list(entry.reasons)
            documents.append(document)
        print(json.dumps(documents, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        out(_nothing_listed(args))
    for row in rows:
        name = row["cluster_name"]
        marker = " (fictional)" if unmarked_fiction(name, row["fictional"]) else ""
        line = (
            f"{row['id']:>5}  {row['status']:<11} {row['mode']:<10} "
            f"{row['answered_count']:>3} answers  "
            f"{name}{marker}  [{row['updated_at']:%Y-%m-%d %H:%M} UTC]"
        )
        if row["id"] in due:
            entry = due[row["id"]]
            line += (
                f"  {entry.label.level} until {entry.label.valid_until.isoformat()}, "
                f"re-benchmarking from {entry.label.rebenchmark_due.isoformat()}: "
                + ", ".join(entry.reasons)
            )
        out(line)
    return 0


def _nothing_listed(args: argparse.Namespace) -> str:
    """What an empty list says (with the filters given)."""
    if args.due_within is not None:
        return f"No label expires and no re-benchmarking is due within {args.due_within} months."
    if args.search or args.status:
        return "No interview matches the search and status given."
    return "No interviews yet. Start one with: clusterbench interviews new --help"


def _summary_dict(fields: dict[str, Any]) -> dict[str, Any]:
    """An interview as JSON: ``cluster`` (its name) first, then every field, times ISO."""
    data = {"cluster": fields["cluster_name"], **fields}
    for key, value in data.items():
        if hasattr(value, "isoformat"):
            data[key] = value.isoformat()
    return data


def _show(args: argparse.Namespace) -> int:
    from app.models import open_store_for_reading
    from app.models import repository as repo

    with open_store_for_reading() as store:
        detail = repo.get_interview(store, args.interview_id)
        answers = repo.answers_of(store, args.interview_id)
    document = _summary_dict(vars(detail)) | {"answers": answers}
    print(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
    return 0


def _new(args: argparse.Namespace) -> int:
    from app.commands._shared import err
    from app.models import open_store
    from app.models.repository import NewCluster
    from app.scoring.pack import load_pack
    from app.services.interviews import NewInterview, create_interview, recorded_cluster

    request = NewInterview(
        expert=args.expert,
        mode=args.mode,
        new_cluster=NewCluster(
            name=args.cluster,
            country=args.country,
            technology_area=args.area,
            eccp_url=args.eccp_url,
        ),
        pack=load_pack(args.pack) if args.pack else None,
    )
    with open_store() as store:
        existing = recorded_cluster(store, request.new_cluster)
        interview_id = create_interview(store, request)
    if existing is not None:
        err(
            f"clusterbench: {args.cluster!r} is already recorded (cluster {existing}); this "
            "interview is its next benchmarking."
        )
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


def _verdicts(args: argparse.Namespace) -> int:
    from app.commands.score import verdicts_text
    from app.models import open_store_for_reading
    from app.services.labels import verdicts

    with open_store_for_reading() as store:
        result = verdicts(store, args.interview_id)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    out(f"Benchmarking of {result['assessed_on']}")
    progress = result["progress"]
    if progress is not None:
        out(f"Previous benchmarking: {progress['previous_date']} ({progress['months']} months ago)")
    print(verdicts_text(result["verdicts"]), end="")
    return 0


def _improve(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.labels import add_improvement_area

    with open_store() as store:
        area_id = add_improvement_area(
            store,
            args.interview_id,
            title=args.title,
            evidence=args.evidence,
            indicators=args.indicator,
            actor=args.actor,
        )
    print(area_id)
    return 0


def _label(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.labels import record_label

    awarded_on = _date_option(args.date, "--date")
    with open_store() as store:
        record = record_label(
            store, args.interview_id, args.level, actor=args.actor, awarded_on=awarded_on
        )
    if args.json:
        print(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
        return 0
    kind = "renewal" if record.renewal else "label"
    out(
        f"{record.level.capitalize()} {kind} recorded for interview {record.interview_id}: "
        f"awarded {record.awarded_on.isoformat()}, valid until {record.valid_until.isoformat()}, "
        f"re-benchmarking due from {record.rebenchmark_due.isoformat()}."
    )
    return 0
