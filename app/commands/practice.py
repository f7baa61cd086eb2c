"""``clusterbench practice``: fictional practice cases for trainees and their calibration."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands._shared import out


def register(sub: Any) -> None:
    """Add the ``practice`` verb."""
    parser = sub.add_parser("practice", help="practice cases for trainees and their calibration")
    verbs = parser.add_subparsers(dest="practice_verb", required=True, metavar="ACTION")

    listing = verbs.add_parser("list", help="list the shipped (fictional) practice cases")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_list)

    start = verbs.add_parser("start", help="start a practice interview; prints its id")
    start.add_argument("case_id", metavar="CASE_ID")
    start.add_argument("--trainee", required=True, help="the trainee's name")
    start.set_defaults(handler=_start)

    calibrate = verbs.add_parser(
        "calibrate", help="compare a practice interview with the case's reference answers"
    )
    calibrate.add_argument("interview_id", type=int, metavar="INTERVIEW_ID")
    calibrate.add_argument("--json", action="store_true", help="machine-readable output")
    calibrate.set_defaults(handler=_calibrate)


def _list(args: argparse.Namespace) -> int:
    from app.scoring.practice import load_practice_cases

    cases = load_practice_cases()
    if args.json:
        rows = [
            {
                "id": case.id,
                "title": case.title,
                "technology_area": case.technology_area,
                "country": case.country,
                "pack": {"id": case.pack_id, "version": case.pack_version},
                "level": case.level,
                "fictional": True,
            }
            for case in cases
        ]
        out(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for case in cases:
        out(f"{case.id}\t{case.title}\t{case.technology_area}")
    return 0


def _start(args: argparse.Namespace) -> int:
    from app.models import open_store
    from app.services.practice import start_practice

    with open_store() as store:
        interview_id = start_practice(store, args.case_id, trainee=str(args.trainee))
    out(str(interview_id))
    return 0


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} %"


def _calibrate(args: argparse.Namespace) -> int:
    from app.models import open_store_for_reading
    from app.services.practice import calibration_overview

    with open_store_for_reading() as store:
        overview = calibration_overview(store, args.interview_id)
    report, trainee, history = overview.report, overview.trainee, overview.history
    if args.json:
        data = report.to_dict()
        data["trainee"] = trainee
        data["case"] = {"id": overview.case.id, "title": overview.case.title, "fictional": True}
        data["history"] = {
            "summary": history.summary(),
            "agreement_change": history.agreement_change,
            "kappa_change": history.kappa_change,
            "sessions": [
                {
                    "interview_id": point.interview_id,
                    "case_id": point.case_id,
                    "at": point.at.isoformat(),
                    "agreement": point.agreement,
                    "kappa": point.kappa,
                }
                for point in history.points
            ],
        }
        out(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return 0
    kappa = report.kappa
    out(f"Practice calibration of interview {args.interview_id} ({trainee})")
    out(f"Case: {overview.case.title}")
    out(
        f"Item agreement: {report.agreed} of {report.compared} compared items "
        f"({_percent(report.agreement)})"
    )
    kappa_text = "n/a" if kappa.value is None else f"{kappa.value:.2f}"
    out(f"Cohen's kappa: {kappa_text} ({kappa.interpretation}). {kappa.explanation}")
    out(f"Indicators with the same pass/fail: {_percent(report.indicator_agreement)}")
    for verdict in report.verdicts:
        mark = "same" if verdict.agrees else "DIFFERENT"
        out(f"  {verdict.label}: you {verdict.trainee}, reference {verdict.reference} ({mark})")
    if report.largest_differences:
        out("Largest differences:")
        for n, difference in enumerate(report.largest_differences, start=1):
            out(f"  {n}. {difference.label} ({difference.item_id})")
            out(f"     {difference.explanation}")
            if difference.rationale:
                out(f"     Reference expert: {difference.rationale}")
    out(f"History: {history.summary()}")
    return 0
