"""``clusterbench score ANSWERS.json``: score an answer set and print the result as JSON.

ANSWERS.json is ``{"pack": {"id": ..., "version": ...}, "answers": {"<item id>": value}}``,
optionally with ``"technology_area"``, ``"date"`` (of this benchmarking, ``YYYY-MM-DD``;
today when absent), ``"previous": {"answers": {...}, "date": "YYYY-MM-DD"}`` (the cluster's
previous benchmarking) and ``"improvements": [{"title", "evidence", "indicators": [...]}]``;
values as in docs/ARCHITECTURE.md. The result carries the Bronze, Silver and Gold-readiness
verdicts with their reasons (``verdicts``) and, with a previous benchmarking, the change
since then (``progress``); ``--verdicts`` prints only the verdicts, as text. Bad input exits
with code 2 and a message naming the item or field.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands import verb_help
from app.errors import AppError
from app.scoring.taxonomy import TECHNOLOGY_AREAS

if TYPE_CHECKING:  # the scoring modules load when a verb scores, not for every verb
    from app.scoring.labels import ImprovementArea, PreviousBenchmarking
    from app.scoring.pack import AnswerValue, Pack
    from app.scoring.reference import ReferenceSet

EXIT_BAD_INPUT = 2
INPUT_FIELDS = frozenset({"pack", "answers", "technology_area", "date", "previous", "improvements"})


class ScoreInputError(AppError):
    """Input the ``score`` verb cannot use (answers, pack, reference or option)."""

    exit_code = EXIT_BAD_INPUT


def register(sub: Any) -> None:
    """Add the ``score`` verb."""
    parser = sub.add_parser(
        "score",
        help=verb_help("score"),
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument("answers", type=Path, metavar="ANSWERS.json")
    parser.add_argument("--pack", type=Path, metavar="FILE",
                        help="questionnaire pack (default: the shipped pack)")  # fmt: skip
    parser.add_argument(
        "--reference",
        type=Path,
        metavar="FILE",
        help="peer reference data (default: the set in use, see 'reference show')",
    )
    parser.add_argument("--no-peers", action="store_true", help="score without peer comparison")
    parser.add_argument("--technology-area", metavar="AREA",
                        help="technology area of the cluster, for its peer group")  # fmt: skip
    parser.add_argument(
        "--verdicts",
        action="store_true",
        help="print only the Bronze, Silver and Gold-readiness verdicts with reasons, as text",
    )
    parser.set_defaults(handler=_score)


def read_answers_file(path: Path) -> dict[str, Any]:
    """The answers document, or ``ScoreInputError`` saying what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ScoreInputError(f"{path}: no such file.") from exc
    except OSError as exc:
        raise ScoreInputError(f"{path}: cannot read the file ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise ScoreInputError(f"{path}: the file is not UTF-8 text.") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScoreInputError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    if not isinstance(document, dict):
        raise ScoreInputError(f'{path}: expected a JSON object with "pack" and "answers".')
    unknown = sorted(set(document) - INPUT_FIELDS)
    if unknown:
        raise ScoreInputError(f"{path}: unknown field {unknown[0]!r}.")
    if not isinstance(document.get("answers"), dict):
        raise ScoreInputError(f'{path}: "answers" must be an object of item id to value.')
    return document


def check_pack_reference(document: Mapping[str, Any], pack: Pack, source: str) -> None:
    """Refuse answers written for another pack or another version of it."""
    ref = document.get("pack")
    if ref is None:
        return
    if not isinstance(ref, dict) or not isinstance(ref.get("id"), str):
        raise ScoreInputError(f'{source}: "pack" must be {{"id": ..., "version": ...}}.')
    if ref["id"] != pack.id:
        raise ScoreInputError(
            f"{source}: the answers are for the pack {ref['id']!r}, which is not the pack in "
            f"use ({pack.id} {pack.version}); give its file with --pack."
        )
    version = ref.get("version")
    if version is not None and str(version) != pack.version:
        raise ScoreInputError(
            f"{source}: the answers are for version {version} of {pack.id}, but the pack in "
            f"use is version {pack.version}; give the matching pack file with --pack."
        )


def validate_answers(
    pack: Pack, answers: Mapping[str, Any], where: str = ""
) -> dict[str, AnswerValue]:
    """Every answer checked against its item; all problems listed, each naming its item.

    ``where`` prefixes each problem (e.g. ``previous.answers``).
    """
    from app.scoring.pack import AnswerError, validate_answer

    clean: dict[str, AnswerValue] = {}
    problems: list[str] = []
    for item_id in sorted(answers):
        value = answers[item_id]
        if item_id not in pack.item_index:
            problems.append(f"{item_id}: unknown item id for pack {pack.id} {pack.version}")
            continue
        if value is None:
            continue
        try:
            clean[item_id] = validate_answer(pack.item(item_id), value)
        except AnswerError as exc:
            problems.append(exc.user_message)
    if problems:
        prefix = f"{where}: " if where else ""
        listing = "\n".join(f"  - {prefix}{p}" for p in problems)
        raise ScoreInputError(f"{len(problems)} answer(s) cannot be scored:\n{listing}")
    return clean


def _date_field(value: Any, field: str, source: str) -> date:
    from app.scoring.labels import parse_date

    day = parse_date(value)
    if day is None:
        raise ScoreInputError(f'{source}: "{field}" must be a date written YYYY-MM-DD.')
    return day


def label_path_input(
    document: Mapping[str, Any], pack: Pack, source: str
) -> tuple[date, PreviousBenchmarking | None, list[ImprovementArea]]:
    """The benchmarking's date, the previous benchmarking and the improvement areas given."""
    from app.scoring.labels import PreviousBenchmarking, improvement_areas_from

    assessed_on = (
        _date_field(document["date"], "date", source) if "date" in document else date.today()
    )
    previous = None
    raw = document.get("previous")
    if raw is not None:
        if not isinstance(raw, dict) or set(raw) != {"answers", "date"}:
            raise ScoreInputError(
                f'{source}: "previous" must be {{"answers": {{...}}, "date": "YYYY-MM-DD"}}.'
            )
        if not isinstance(raw["answers"], dict):
            raise ScoreInputError(f'{source}: "previous.answers" must be an object.')
        previous = PreviousBenchmarking(
            validate_answers(pack, raw["answers"], "previous.answers"),
            _date_field(raw["date"], "previous.date", source),
        )
    try:
        areas = improvement_areas_from(document.get("improvements", []))
    except ValueError as exc:
        raise ScoreInputError(f"{source}: {exc}.") from exc
    return assessed_on, previous, areas


def verdicts_text(verdicts: Mapping[str, Any]) -> str:
    """The verdicts for people: one heading line each, then its reasons."""
    lines = []
    for level in ("bronze", "silver", "gold"):
        verdict = verdicts[level]
        lines.append(verdict["explanation"])
        lines.extend(f"  - {reason}" for reason in verdict["reasons"])
        for area in verdict.get("improvements", []):
            lines.append(f"    * {area['title']}: {area['reason']}")
    return "\n".join(lines) + "\n"


def technology_area_option(value: str | None) -> str | None:
    """The canonical technology area for ``value`` (case-insensitive), or an error."""
    if value is None:
        return None
    for area in TECHNOLOGY_AREAS:
        if area.casefold() == value.strip().casefold():
            return area
    known = "; ".join(TECHNOLOGY_AREAS)
    raise ScoreInputError(f"unknown technology area {value!r}; use one of: {known}")


def _load_pack(path: Path | None) -> Pack:
    from app.paths import default_pack_path
    from app.scoring.pack import PackError, load_pack

    try:
        return load_pack(path or default_pack_path())
    except PackError as exc:
        raise ScoreInputError(exc.user_message) from exc


def _load_reference(args: argparse.Namespace) -> ReferenceSet | None:
    from app.scoring.reference import load_reference
    from app.services.references import active_reference_path, load_reference_file

    if args.no_peers:
        return None
    if args.reference is not None:
        return load_reference(args.reference)
    return load_reference_file(active_reference_path())


def _score(args: argparse.Namespace) -> int:
    from app.scoring.engine import score_interview

    document = read_answers_file(args.answers)
    pack = _load_pack(args.pack)
    check_pack_reference(document, pack, str(args.answers))
    answers = validate_answers(pack, document["answers"])
    area_given = args.technology_area or document.get("technology_area")
    if area_given is not None and not isinstance(area_given, str):
        raise ScoreInputError(f"{args.answers}: technology_area must be a string.")
    area = technology_area_option(area_given)
    assessed_on, previous, improvements = label_path_input(document, pack, str(args.answers))
    reference = _load_reference(args)
    result = score_interview(
        pack,
        answers,
        reference,
        area,
        previous=previous,
        improvements=improvements,
        assessed_on=assessed_on,
    ).to_dict()
    if args.verdicts:
        sys.stdout.write(verdicts_text(result["verdicts"]))
        return 0
    sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0
