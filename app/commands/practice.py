"""``clusterbench practice``: fictional practice cases for trainees and their calibration."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands import verb_help
from app.commands._shared import checked_language, out


def register(sub: Any) -> None:
    """Add the ``practice`` verb."""
    parser = sub.add_parser("practice", help=verb_help("practice"))
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
    calibrate.add_argument(
        "--language",
        help="language of the texts, en or de (default: the interface language from the settings)",
    )
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
                "level": case.level.get(),
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


def _percent(value: float | None, language: str) -> str:
    from app.scoring.wording import say

    return say(language, "n/a") if value is None else f"{value:.0f} %"


def _calibrate(args: argparse.Namespace) -> int:
    checked_language(args.language)
    from app.models import open_store_for_reading
    from app.scoring.wording import number_text, say
    from app.services.practice import calibration_overview

    with open_store_for_reading() as store:
        overview = calibration_overview(store, args.interview_id, language=args.language)
    report, trainee, history = overview.report, overview.trainee, overview.history
    language = overview.language
    if args.json:
        data = report.to_dict()
        data["trainee"] = trainee
        data["case"] = {"id": overview.case.id, "title": overview.case.title, "fictional": True}
        data["history"] = {
            "summary": overview.trend,
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
    out(
        say(
            language,
            "Practice calibration of interview {id} ({trainee})",
            id=args.interview_id,
            trainee=trainee,
        )
    )
    out(say(language, "Case: {title}", title=overview.case.title))
    out(
        say(
            language,
            "Item agreement: {agreed} of {compared} compared items ({percent})",
            agreed=report.agreed,
            compared=report.compared,
            percent=_percent(report.agreement, language),
        )
    )
    kappa_text = (
        say(language, "n/a") if kappa.value is None else number_text(language, f"{kappa.value:.2f}")
    )
    out(
        say(
            language,
            "Cohen's kappa: {kappa} ({words}). {explanation}",
            kappa=kappa_text,
            words=kappa.interpretation,
            explanation=kappa.explanation,
        )
    )
    out(
        say(
            language,
            "Indicators with the same pass/fail: {percent}",
            percent=_percent(report.indicator_agreement, language),
        )
    )
    for verdict in report.verdicts:
        out(
            say(
                language,
                "  {label}: you {trainee}, reference {reference} ({mark})",
                label=verdict.label,
                trainee=verdict.trainee,
                reference=verdict.reference,
                mark=say(language, "same" if verdict.agrees else "DIFFERENT"),
            )
        )
    if report.largest_differences:
        out(say(language, "Largest differences:"))
        for n, difference in enumerate(report.largest_differences, start=1):
            out(f"  {n}. {difference.label} ({difference.item_id})")
            out(f"     {difference.explanation}")
            if difference.rationale:
                out(say(language, "     Reference expert: {why}", why=difference.rationale))
    out(say(language, "History: {summary}", summary=overview.trend))
    return 0
