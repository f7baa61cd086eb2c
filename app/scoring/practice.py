"""Practice cases: fictional clusters with an expert's reference answers, for trainees.

A case is a YAML file under ``resources/practice``: a narrative the trainee interviews from,
and the answers (with a short rationale per key item) a reference expert gave for the
default pack. Cases are data, like packs, so trainers can add cases without a release.

The prose (``narrative``, ``level``, ``reference.expert``, each ``reference.rationale``) is
either English text or a mapping of language code to text with English required, as the
pack's texts are. The title is the fictional cluster's name, so it and the reference
answers are the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.errors import AppError
from app.paths import RESOURCES_DIR
from app.scoring.pack import (
    DEFAULT_LANGUAGE,
    AnswerError,
    AnswerValue,
    Pack,
    Text,
    validate_answer,
)
from app.scoring.taxonomy import COUNTRIES, TECHNOLOGY_AREAS

PRACTICE_DIR = RESOURCES_DIR / "practice"
_REQUIRED_KEYS = ("id", "title", "narrative", "technology_area", "country", "pack", "reference")
#: A language code of a localized text, as in the packs: two lower-case letters.
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


class PracticeCaseError(AppError):
    """A practice case file that cannot be used."""

    exit_code = 2


@dataclass(frozen=True)
class PracticeCase:
    """One fictional practice case and its reference answers."""

    id: str
    title: str
    narrative: Text
    technology_area: str
    country: str
    pack_id: str
    pack_version: str
    reference_answers: Mapping[str, AnswerValue]
    rationale: Mapping[str, Text] = field(default_factory=dict)
    level: Text = field(default_factory=lambda: Text({}))
    reference_expert: Text = field(default_factory=lambda: Text({}))
    source: Path | None = None

    @property
    def cluster_name(self) -> str:
        """The fictional cluster's name, which always says it is fictional."""
        return self.title

    def rationale_in(self, language: str) -> dict[str, str]:
        """The reference expert's rationale per item id, in ``language`` else English."""
        return {item_id: text.get(language) for item_id, text in self.rationale.items()}


def load_practice_cases(
    folder: Path | None = None, *, pack: Pack | None = None
) -> list[PracticeCase]:
    """Every practice case in ``folder`` (default: the shipped ones), sorted by title.

    With ``pack``, each case written for that pack has its reference answers validated
    against it; a broken case raises ``PracticeCaseError`` naming the file and the item.
    """
    folder = folder or PRACTICE_DIR
    cases = [load_practice_case(path, pack=pack) for path in sorted(folder.glob("*.yaml"))]
    return sorted(cases, key=lambda case: case.title.casefold())


def load_practice_case(path: Path, *, pack: Pack | None = None) -> PracticeCase:
    """Read one practice case file."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PracticeCaseError(f"The practice case {path.name} cannot be read: {exc}") from exc
    if not isinstance(document, dict):
        raise PracticeCaseError(f"The practice case {path.name} is not a YAML mapping.")
    missing = [key for key in _REQUIRED_KEYS if key not in document]
    if missing:
        raise PracticeCaseError(f"The practice case {path.name} lacks: {', '.join(missing)}.")
    problems: list[str] = []
    case = _build_case(document, path, problems)
    problems.extend(_case_problems(case))
    if pack is not None and (case.pack_id, case.pack_version) == (pack.id, pack.version):
        problems.extend(_reference_problems(case, pack))
    if problems:
        listing = "\n".join(f"  - {p}" for p in problems)
        raise PracticeCaseError(f"The practice case {path.name} is not valid:\n{listing}")
    return case


#: A space the reader's window must not break at: after a currency code followed by an
#: amount ("EUR 95,000") and before a percent sign ("80 %").
_UNBREAKABLE_SPACE = re.compile(r"(?<=\b[A-Z]{3}) (?=\d)|(?<=\d) (?=%)")


def reflow(text: str) -> str:
    """Join the lines of each paragraph, so that the reader's window decides the wrapping;
    an amount stays on one line with its currency or percent sign."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    joined = "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)
    return _UNBREAKABLE_SPACE.sub("\u00a0", joined)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _localized(
    value: Any, where: str, problems: list[str], clean: Callable[[str], str] = str.strip
) -> Text:
    """English text, or a mapping of language code to text with English; a problem (noted
    in ``problems`` under ``where``) leaves out what is wrong."""
    if isinstance(value, str):
        return Text({DEFAULT_LANGUAGE: clean(value)})
    if not isinstance(value, Mapping):
        problems.append(f"{where}: must be text, or a mapping of language code to text")
        return Text({})
    translations: dict[str, str] = {}
    for language, text in value.items():
        if not isinstance(language, str) or not _LANGUAGE_CODE.fullmatch(language):
            problems.append(f"{where}: {language!r} is not a two-letter language code")
        elif not isinstance(text, str):
            problems.append(f"{where}.{language}: must be text, not {type(text).__name__}")
        else:
            translations[language] = clean(text)
    if DEFAULT_LANGUAGE not in value:
        problems.append(f"{where}: the English text ({DEFAULT_LANGUAGE}) is missing")
    return Text(translations)


def _build_case(document: Mapping[str, Any], path: Path, problems: list[str]) -> PracticeCase:
    reference = document.get("reference") or {}
    pack_ref = document.get("pack") or {}
    rationale = reference.get("rationale") or {}
    if not isinstance(rationale, Mapping):
        problems.append("reference.rationale: must be a mapping of item id to text")
        rationale = {}
    level = document.get("level")
    expert = reference.get("expert")
    return PracticeCase(
        id=str(document["id"]),
        title=str(document["title"]),
        narrative=_localized(document["narrative"], "narrative", problems, reflow),
        technology_area=str(document["technology_area"]),
        country=str(document["country"]),
        pack_id=str(pack_ref.get("id", "")),
        pack_version=str(pack_ref.get("version", "")),
        reference_answers=dict(reference.get("answers") or {}),
        rationale={
            str(item_id): _localized(text, f"reference.rationale.{item_id}", problems, _one_line)
            for item_id, text in rationale.items()
        },
        level=Text({}) if level is None else _localized(level, "level", problems),
        reference_expert=Text({})
        if expert is None
        else _localized(expert, "reference.expert", problems, _one_line),
        source=path,
    )


def _case_problems(case: PracticeCase) -> list[str]:
    problems: list[str] = []
    if "fictional" not in case.title.casefold():
        problems.append("title: must say the case is fictional (e.g. 'Fictional: ...')")
    if case.technology_area not in TECHNOLOGY_AREAS:
        problems.append(f"technology_area: {case.technology_area!r} is not an ESCA area")
    if case.country not in COUNTRIES:
        problems.append(f"country: {case.country!r} is not a known country code")
    if not case.reference_answers:
        problems.append("reference.answers: a case needs reference answers")
    return problems


def _reference_problems(case: PracticeCase, pack: Pack) -> list[str]:
    items = pack.item_index
    problems: list[str] = []
    for item_id, value in case.reference_answers.items():
        item = items.get(item_id)
        if item is None:
            problems.append(f"reference.answers.{item_id}: unknown item id")
            continue
        try:
            validate_answer(item, value)
        except AnswerError as exc:
            problems.append(f"reference.answers.{item_id}: {exc.message}")
    problems.extend(
        f"reference.rationale.{item_id}: unknown item id"
        for item_id in case.rationale
        if item_id not in items
    )
    return problems


def practice_case_by_id(case_id: str, cases: list[PracticeCase] | None = None) -> PracticeCase:
    """The shipped case with ``case_id``; ``PracticeCaseError`` when there is none."""
    known = cases if cases is not None else load_practice_cases()
    for case in known:
        if case.id == case_id:
            return case
    raise PracticeCaseError(
        f"There is no practice case {case_id!r}; the cases are: "
        + ", ".join(case.id for case in known)
        + "."
    )
