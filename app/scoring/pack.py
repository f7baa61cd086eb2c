"""Questionnaire packs: versioned YAML files, validated at load, read by the scoring engine.

A pack is data, never code, so ESCA can revise its questionnaire without a release.
The schema lives in ``pack_schema.json`` next to this module; ``load_pack`` refuses a
broken pack with every error listed and located (``sections[2].items[5].type: ...``).

A pack declares its rules (schema 2): which item plays each eligibility role, its Gold
indicator set and its Silver baseline minimums, and where every item and every figure of
a rule comes from (``source``: public or assumption, with a note). Packs of schema 1,
written before rules were declared, are still read for interviews and bundles made with
them (``parse_pack(..., legacy=True)``): their roles are the fixed ``eligibility.*`` ids
they have, every indicator with a Gold pass rule is in the Gold set and every minimum is
in the baseline. New interviews and ``pack validate`` need schema 2.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeGuard

import yaml

from app.errors import AppError
from app.scoring.wording import number_text, say

NUMERIC_TYPES = frozenset({"integer", "decimal", "percent", "currency", "year"})
CHOICE_TYPES = frozenset({"single_choice", "multiple_choice"})
TEXT_TYPES = frozenset({"short_text", "long_text", "url"})
DEFAULT_LANGUAGE = "en"
SCHEMA_VERSION = 2
LEGACY_SCHEMA_VERSION = 1
PUBLIC = "public"
ASSUMPTION = "assumption"
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 20_000

#: A JSON answer value: number, bool, str, list of option codes, or list of group rows.
AnswerValue = Any


def is_number(value: object) -> TypeGuard[int | float]:
    """Whether ``value`` is a JSON number (Python's ``bool`` is an ``int``, but not one here)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class PackError(AppError):
    """A pack file that cannot be used; ``errors`` lists every problem found."""

    exit_code = 2

    def __init__(self, source: str, errors: Sequence[str]) -> None:
        listing = "\n".join(f"  - {e}" for e in errors)
        single = len(errors) == 1
        super().__init__(
            f"The questionnaire pack {source} is not valid: {errors[0]}"
            if single
            else f"The questionnaire pack {source} is not valid:\n{listing}"
        )
        self.errors = list(errors)


class AnswerError(AppError):
    """An answer that its item refuses, with the message the pack declares."""

    exit_code = 2

    def __init__(self, item_id: str, message: str) -> None:
        super().__init__(f"{item_id}: {message}")
        self.item_id = item_id
        self.message = message


@dataclass(frozen=True)
class Text:
    """A label in one or more languages, falling back to English."""

    translations: Mapping[str, str]

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``language``, else English, else any language given."""
        if language in self.translations:
            return self.translations[language]
        if DEFAULT_LANGUAGE in self.translations:
            return self.translations[DEFAULT_LANGUAGE]
        return next(iter(self.translations.values()), "")

    def __str__(self) -> str:
        return self.get()

    def __bool__(self) -> bool:
        return any(self.translations.values())


@dataclass(frozen=True)
class Option:
    """One allowed value of a choice item."""

    code: str
    label: Text
    points: float | None = None


@dataclass(frozen=True)
class Validation:
    """Bounds and patterns an answer must satisfy, with the message to show."""

    min: float | None = None
    max: float | None = None
    min_choices: int | None = None
    max_choices: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    message: Text | None = None


@dataclass(frozen=True)
class Condition:
    """When an item is relevant: a test on another answer, or all/any of several."""

    item: str | None = None
    op: str | None = None
    value: AnswerValue = None
    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()

    def referenced_items(self) -> Iterator[str]:
        """Every item id the condition reads."""
        if self.item:
            yield self.item
        for sub in (*self.all_of, *self.any_of):
            yield from sub.referenced_items()

    def holds(self, answers: Mapping[str, AnswerValue]) -> bool:
        """Whether the condition is true for ``answers`` (unanswered counts as false)."""
        if self.all_of:
            return all(c.holds(answers) for c in self.all_of)
        if self.any_of:
            return any(c.holds(answers) for c in self.any_of)
        assert self.item is not None
        answered = self.item in answers and answers[self.item] is not None
        if self.op == "answered":
            return answered == bool(self.value)
        if not answered:
            return False
        given = answers[self.item]
        return _compare(self.op or "equals", given, self.value)


def _compare(op: str, given: AnswerValue, expected: AnswerValue) -> bool:
    if op == "equals":
        return bool(given == expected)
    if op == "not_equals":
        return bool(given != expected)
    if op == "contains":
        return isinstance(given, list) and expected in given
    if op == "not_contains":
        return isinstance(given, list) and expected not in given
    if not is_number(given):
        return False
    if op == "gt":
        return bool(given > expected)
    if op == "gte":
        return bool(given >= expected)
    if op == "lt":
        return bool(given < expected)
    if op == "lte":
        return bool(given <= expected)
    raise ValueError(f"unknown condition operator {op!r}")


@dataclass(frozen=True)
class Band:
    """A scoring band: values from ``min`` up to (not including) the next band score ``score``."""

    min: float
    score: float


@dataclass(frozen=True)
class ScoringRule:
    """How the scoring engine reads an item.

    ``kind`` is one of:
      - ``threshold``: numeric, passes when it reaches ``gold_threshold`` in ``direction``;
      - ``bands``: numeric, scored 0..1 by ``bands``; passes at ``gold_threshold``;
      - ``boolean``: yes/no, passes when yes (or no, with direction ``lower``);
      - ``choice_points``: single choice, scored by option points (0..1), passes at threshold;
      - ``count``: multiple choice or group, scored by how many are given;
      - ``none``: informational only.
    ``minimum`` is the minimum requirement (Silver/Gold pre-check), ``peer`` whether the
    item takes part in peer percentiles.
    """

    kind: str = "none"
    direction: str = "higher"
    gold_threshold: float | None = None
    minimum: float | None = None
    weight: float = 1.0
    bands: tuple[Band, ...] = ()
    peer: bool = False
    source: str = ASSUMPTION
    source_note: Text = field(default_factory=lambda: Text({}))

    @property
    def has_figures(self) -> bool:
        """Whether the rule holds a figure (threshold, minimum or bands) with a source."""
        return self.gold_threshold is not None or self.minimum is not None or bool(self.bands)

    @property
    def assumed(self) -> bool:
        """Whether the rule's figures are our assumption rather than a public fact."""
        return self.has_figures and self.source != PUBLIC

    @property
    def scored(self) -> bool:
        """Whether the item counts in indicator and section scores."""
        return self.kind != "none"

    @property
    def higher_is_better(self) -> bool:
        """Whether a larger value is the better one."""
        return self.direction == "higher"


@dataclass(frozen=True)
class GroupField:
    """A column of a repeating group (e.g. a success story's title)."""

    id: str
    label: Text
    type: str
    required: bool = False
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Item:
    """One question of the questionnaire."""

    id: str
    section_id: str
    label: Text
    type: str
    help: Text = field(default_factory=lambda: Text({}))
    unit: str = ""
    required: bool = False
    options: tuple[Option, ...] = ()
    validation: Validation = field(default_factory=Validation)
    relevant: Condition | None = None
    evidence: Text | None = None
    scoring: ScoringRule = field(default_factory=ScoringRule)
    source: str = ASSUMPTION
    source_note: Text = field(default_factory=lambda: Text({}))
    fields: tuple[GroupField, ...] = ()
    max_rows: int | None = None

    def option(self, code: str) -> Option | None:
        """The option with ``code``, if the item has one."""
        return next((o for o in self.options if o.code == code), None)

    def is_relevant(self, answers: Mapping[str, AnswerValue]) -> bool:
        """Whether the item should be asked, given the other answers."""
        return self.relevant is None or self.relevant.holds(answers)


#: The eligibility roles a pack maps to its items, with the answer types each accepts.
ELIGIBILITY_ROLES: dict[str, frozenset[str]] = {
    "eccp_listing": frozenset({"yes_no"}),
    "programme_recognition": frozenset({"yes_no"}),
    "social_economy": frozenset({"yes_no"}),
    "management_fte": frozenset({"decimal", "integer"}),
    "committed_members": frozenset({"integer"}),
    "member_types": frozenset({"multiple_choice"}),
    "public_cooperation": frozenset({"yes_no"}),
    "english_website": frozenset({"yes_no"}),
}
#: The roles of schema-1 packs: the fixed item ids used before packs declared their rules.
LEGACY_ROLE_ITEMS: dict[str, str] = {
    "eccp_listing": "eligibility.eccp_listed",
    "programme_recognition": "eligibility.programme_recognised",
    "social_economy": "eligibility.social_economy",
    "management_fte": "eligibility.management_fte",
    "committed_members": "eligibility.committed_members",
    "member_types": "eligibility.member_types",
    "public_cooperation": "eligibility.public_cooperation",
    "english_website": "eligibility.english_website",
}
DEFAULT_PUBLIC_BODIES_OPTION = "public_bodies"


@dataclass(frozen=True)
class RuleSource:
    """Where a rule comes from: a public source or our assumption, with a note."""

    basis: str = ASSUMPTION
    note: Text = field(default_factory=lambda: Text({}))

    @property
    def public(self) -> bool:
        """Whether the rule rests on a public source."""
        return self.basis == PUBLIC


@dataclass(frozen=True)
class PackRules:
    """The rules a pack declares: eligibility roles, Gold indicator set, Silver baseline.

    ``eligibility`` maps each role of ``ELIGIBILITY_ROLES`` to an item id (a schema-1 pack
    may lack a role: None). ``gold_indicators`` are the indicators of the Gold share;
    ``silver_baseline`` the indicators whose ``scoring.minimum`` are the baseline minimum
    requirements (failing one blocks Silver and Gold).
    """

    eligibility: Mapping[str, str | None]
    gold_indicators: tuple[str, ...]
    silver_baseline: tuple[str, ...]
    public_bodies_option: str = DEFAULT_PUBLIC_BODIES_OPTION
    gold_source: RuleSource = field(default_factory=RuleSource)
    silver_source: RuleSource = field(default_factory=RuleSource)

    def role_item(self, role: str) -> str | None:
        """The item id that plays ``role``, if the pack has one."""
        return self.eligibility.get(role)


@dataclass(frozen=True)
class Section:
    """A block of the questionnaire, with its share of the interview time."""

    id: str
    title: Text
    budget_minutes: int
    items: tuple[Item, ...]
    description: Text = field(default_factory=lambda: Text({}))
    chart_axis: bool = True


@dataclass(frozen=True)
class Pack:
    """A whole questionnaire pack, with the content hash that identifies it."""

    id: str
    version: str
    title: Text
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    content_hash: str
    source_text: str
    gold_share: float = 80.0
    description: Text = field(default_factory=lambda: Text({}))
    rules: PackRules = field(
        default_factory=lambda: PackRules(eligibility={}, gold_indicators=(), silver_baseline=())
    )
    schema_version: int = SCHEMA_VERSION
    _items_by_id: dict[str, Item] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item in questionnaire order."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def item_index(self) -> dict[str, Item]:
        """Items by id."""
        if not self._items_by_id:
            self._items_by_id.update((item.id, item) for item in self.items)
        return self._items_by_id

    def item(self, item_id: str) -> Item:
        """The item with ``item_id``; raises ``KeyError`` for an unknown id."""
        return self.item_index[item_id]

    def section(self, section_id: str) -> Section:
        """The section with ``section_id``."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def total_budget_minutes(self) -> int:
        """The whole interview's time budget: the sum of the section budgets."""
        return sum(section.budget_minutes for section in self.sections)

    @property
    def ref(self) -> dict[str, str]:
        """Identity of the pack as stored with interviews and scores."""
        return {"id": self.id, "version": self.version, "content_hash": self.content_hash}


#: libyaml's safe loader when available (several times faster), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# --- loading -----------------------------------------------------------------------------


_SCHEMA_PATH = Path(__file__).with_name("pack_schema.json")


@cache
def pack_schema() -> dict[str, Any]:
    """The JSON Schema every pack must satisfy."""
    result: dict[str, Any] = json.loads(_SCHEMA_PATH.read_text(encoding="utf-8"))
    return result


@cache
def schema_digest() -> str:
    """The SHA-256 of that schema: a record of packs that passed it names the schema too."""
    return hashlib.sha256(_SCHEMA_PATH.read_bytes()).hexdigest()


def _location(path: Sequence[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _schema_errors(document: Any) -> list[str]:
    import jsonschema  # loading it takes longer than a pack's whole check: only when needed

    validator = jsonschema.Draft202012Validator(pack_schema())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
    return [f"{_location(list(e.path))}: {e.message}" for e in errors]


def _upgraded_legacy(document: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 document in schema-2 form: sources said to be unstated, rules implied.

    Roles point at the fixed ids the pack has; the Gold set is every indicator with a
    pass rule, the baseline every scored item with a minimum (how schema 1 was scored).
    """
    from app.scoring.rules import indicator_has_pass_rule

    unstated = {"en": "Not stated (a schema-1 pack)", "de": "Nicht angegeben (Paket mit Schema 1)"}
    ids: set[str] = set()
    gold: list[str] = []
    baseline: list[str] = []
    sections = []
    for raw_section in document.get("sections") or []:
        if not isinstance(raw_section, dict):
            sections.append(raw_section)
            continue
        items = []
        for raw in raw_section.get("items") or []:
            if not isinstance(raw, dict):
                items.append(raw)
                continue
            item = dict(raw)
            item.setdefault("source", ASSUMPTION)
            if item["source"] == PUBLIC:
                item.setdefault("source_note", unstated)
            scoring = item.get("scoring")
            if isinstance(scoring, dict):
                scoring = dict(scoring)
                if any(k in scoring for k in ("gold_threshold", "minimum", "bands")):
                    scoring.setdefault("source", ASSUMPTION)
                item["scoring"] = scoring
                kind = scoring.get("kind")
                if indicator_has_pass_rule(str(kind), scoring.get("gold_threshold")):
                    gold.append(str(item.get("id")))
                if kind not in (None, "none") and "minimum" in scoring:
                    baseline.append(str(item.get("id")))
            ids.add(str(item.get("id")))
            items.append(item)
        sections.append({**raw_section, "items": items})
    roles = {role: item for role, item in LEGACY_ROLE_ITEMS.items() if item in ids}
    return {
        **document,
        "schema": SCHEMA_VERSION,
        "sections": sections,
        "rules": {"eligibility": roles, "gold_indicators": gold, "silver_baseline": baseline},
    }


#: Far beyond any real pack (the shipped one has about 2,000 nodes): guards the YAML
#: parser against crafted documents.
MAX_YAML_DEPTH = 32
MAX_YAML_NODES = 100_000


def yaml_shape_problem(text: str) -> str | None:
    """What makes ``text`` unsafe to load as YAML, or None.

    libyaml's composer recurses in C (deep nesting crashes the process) and aliases can
    expand exponentially (a "billion laughs" document), so the event stream is scanned
    first, counting nesting and nodes as if every alias were expanded.
    """
    sizes: dict[str, tuple[int, int]] = {}  # anchor -> (nodes, depth) when expanded
    stack: list[list[Any]] = [[None, 0, 0]]  # [anchor, nodes, depth below]
    total = 0
    try:
        for event in yaml.parse(text, Loader=_YAML_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) > MAX_YAML_DEPTH:
                    return "is nested too deeply"
                stack.append([event.anchor, 1, 0])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, nodes, depth = stack.pop()
                if anchor is not None:
                    sizes[anchor] = (nodes, depth + 1)
                nodes_here, depth_here = nodes, depth + 1
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in sizes:
                    return "refers to an anchor it does not define (or to itself)"
                nodes_here, depth_here = sizes[event.anchor]
            elif isinstance(event, yaml.ScalarEvent):
                nodes_here, depth_here = 1, 0
                if event.anchor is not None:
                    sizes[event.anchor] = (1, 0)
            else:
                continue
            top = stack[-1]
            top[1] += nodes_here
            top[2] = max(top[2], depth_here)
            total += nodes_here
            if total > MAX_YAML_NODES:
                return "expands to far more data than a questionnaire pack holds"
            if len(stack) - 1 + depth_here > MAX_YAML_DEPTH:
                return "is nested too deeply"
    except yaml.YAMLError as exc:
        return f"is not valid YAML ({getattr(exc, 'problem', None) or exc})"
    return None


def parse_pack(
    text: str, source: str = "<text>", *, legacy: bool = False, schema_passed: bool = False
) -> Pack:
    """Parse and validate pack YAML; raise ``PackError`` listing every problem.

    With ``legacy``, a schema-1 pack (an interview or bundle made before packs declared
    their rules) is read too, its rules implied (see the module docstring).
    ``schema_passed`` says that this very text, read the same way, already passed the schema
    of ``schema_digest()``: the schema pass is then skipped (every other check is made).
    """
    problem = yaml_shape_problem(text)
    if problem is not None:
        raise PackError(source, [f"the YAML {problem}"])
    try:
        document = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise PackError(source, [f"{where}not valid YAML ({problem})"]) from exc
    schema_version = SCHEMA_VERSION
    if isinstance(document, dict) and document.get("schema") == LEGACY_SCHEMA_VERSION:
        if not legacy:
            raise PackError(
                source,
                [
                    "schema: this is a schema-1 pack, which does not declare its rules; "
                    "declare rules (eligibility roles, gold_indicators, silver_baseline) and "
                    "sources, and set schema: 2 (docs/ARCHITECTURE.md)"
                ],
            )
        document = _upgraded_legacy(document)
        schema_version = LEGACY_SCHEMA_VERSION
    errors = [] if schema_passed else _schema_errors(document)
    if schema_version == LEGACY_SCHEMA_VERSION:
        # A schema-1 pack may lack a role's fixed item; that criterion is then not modelled.
        errors = [e for e in errors if not e.startswith("rules.eligibility: ")]
    if errors:
        raise PackError(source, errors)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    pack = _build_pack(document, content_hash, text, schema_version)
    errors = _semantic_errors(pack)
    if errors:
        raise PackError(source, errors)
    return pack


def load_pack(path: Path | str, *, legacy: bool = False) -> Pack:
    """Load and validate the pack file at ``path`` (schema-1 packs only with ``legacy``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError(str(path), [f"cannot read the file ({exc.strerror})"]) from exc
    except UnicodeDecodeError as exc:
        raise PackError(str(path), ["the file is not UTF-8 text"]) from exc
    return parse_pack(text, str(path), legacy=legacy)


def _text(value: Any) -> Text:
    if value is None:
        return Text({})
    if isinstance(value, str):
        return Text({DEFAULT_LANGUAGE: value})
    return Text({str(k): str(v) for k, v in value.items()})


def _options(raw: Sequence[Mapping[str, Any]]) -> tuple[Option, ...]:
    return tuple(
        Option(code=str(o["code"]), label=_text(o["label"]), points=o.get("points")) for o in raw
    )


def _condition(raw: Mapping[str, Any] | None) -> Condition | None:
    if raw is None:
        return None
    if "all" in raw:
        return Condition(all_of=tuple(c for c in map(_condition, raw["all"]) if c))
    if "any" in raw:
        return Condition(any_of=tuple(c for c in map(_condition, raw["any"]) if c))
    op = next(k for k in raw if k != "item")
    return Condition(item=raw["item"], op=op, value=raw[op])


def _validation(raw: Mapping[str, Any] | None) -> Validation:
    raw = raw or {}
    return Validation(
        min=raw.get("min"),
        max=raw.get("max"),
        min_choices=raw.get("min_choices"),
        max_choices=raw.get("max_choices"),
        max_length=raw.get("max_length"),
        pattern=raw.get("pattern"),
        message=_text(raw["message"]) if "message" in raw else None,
    )


def _scoring(raw: Mapping[str, Any] | None) -> ScoringRule:
    raw = raw or {}
    return ScoringRule(
        kind=raw.get("kind", "none"),
        direction=raw.get("direction", "higher"),
        gold_threshold=raw.get("gold_threshold"),
        minimum=raw.get("minimum"),
        weight=float(raw.get("weight", 1.0)),
        bands=tuple(Band(min=b["min"], score=b["score"]) for b in raw.get("bands", ())),
        peer=bool(raw.get("peer", False)),
        source=raw.get("source", ASSUMPTION),
        source_note=_text(raw.get("source_note")),
    )


def _rule_source(raw: Mapping[str, Any] | None) -> RuleSource:
    if raw is None:
        return RuleSource()
    return RuleSource(basis=raw["basis"], note=_text(raw["note"]))


def _rules(raw: Mapping[str, Any]) -> PackRules:
    eligibility = raw["eligibility"]
    return PackRules(
        eligibility={role: eligibility.get(role) for role in ELIGIBILITY_ROLES},
        gold_indicators=tuple(raw["gold_indicators"]),
        silver_baseline=tuple(raw["silver_baseline"]),
        public_bodies_option=eligibility.get("public_bodies_option", DEFAULT_PUBLIC_BODIES_OPTION),
        gold_source=_rule_source(raw.get("gold_source")),
        silver_source=_rule_source(raw.get("silver_source")),
    )


def _build_pack(doc: Mapping[str, Any], content_hash: str, text: str, schema_version: int) -> Pack:
    sections = []
    for raw_section in doc["sections"]:
        items = tuple(
            Item(
                id=raw["id"],
                section_id=raw_section["id"],
                label=_text(raw["label"]),
                type=raw["type"],
                help=_text(raw.get("help")),
                unit=raw.get("unit", ""),
                required=bool(raw.get("required", False)),
                options=_options(raw.get("options", ())),
                validation=_validation(raw.get("validation")),
                relevant=_condition(raw.get("relevant")),
                evidence=_text(raw["evidence"]) if "evidence" in raw else None,
                scoring=_scoring(raw.get("scoring")),
                source=raw["source"],
                source_note=_text(raw.get("source_note")),
                fields=tuple(
                    GroupField(
                        id=f["id"],
                        label=_text(f["label"]),
                        type=f["type"],
                        required=bool(f.get("required", False)),
                        options=_options(f.get("options", ())),
                    )
                    for f in raw.get("fields", ())
                ),
                max_rows=raw.get("max_rows"),
            )
            for raw in raw_section["items"]
        )
        sections.append(
            Section(
                id=raw_section["id"],
                title=_text(raw_section["title"]),
                budget_minutes=int(raw_section["budget_minutes"]),
                items=items,
                description=_text(raw_section.get("description")),
                chart_axis=bool(raw_section.get("chart_axis", True)),
            )
        )
    return Pack(
        id=doc["id"],
        version=str(doc["version"]),
        title=_text(doc["title"]),
        languages=tuple(doc["languages"]),
        sections=tuple(sections),
        content_hash=content_hash,
        source_text=text,
        gold_share=float(doc.get("gold_share", 80.0)),
        description=_text(doc.get("description")),
        rules=_rules(doc["rules"]),
        schema_version=schema_version,
    )


def _semantic_errors(pack: Pack) -> list[str]:
    """Checks JSON Schema cannot express: unique ids, known references, sane rules."""
    errors: list[str] = []
    seen_sections: set[str] = set()
    seen_items: dict[str, str] = {}
    for s_index, section in enumerate(pack.sections):
        if section.id in seen_sections:
            errors.append(f"sections[{s_index}].id: duplicate section id {section.id!r}")
        seen_sections.add(section.id)
        for i_index, item in enumerate(section.items):
            where = f"sections[{s_index}].items[{i_index}]"
            if item.id in seen_items:
                errors.append(f"{where}.id: duplicate item id {item.id!r}")
            seen_items[item.id] = where
            errors.extend(_item_errors(item, where))
    for s_index, section in enumerate(pack.sections):
        for i_index, item in enumerate(section.items):
            if item.relevant is None:
                continue
            for ref in item.relevant.referenced_items():
                where = f"sections[{s_index}].items[{i_index}].relevant"
                if ref not in seen_items:
                    errors.append(f"{where}: refers to unknown item {ref!r}")
                elif ref == item.id:
                    errors.append(f"{where}: an item cannot depend on itself")
    if pack.languages and DEFAULT_LANGUAGE not in pack.languages:
        errors.append(f"languages: English ({DEFAULT_LANGUAGE!r}) must be included")
    errors.extend(_rules_errors(pack))
    return errors


def _rules_errors(pack: Pack) -> list[str]:
    """Every declared rule points at an item of the type the rule needs."""
    from app.scoring.rules import indicator_has_pass_rule

    errors: list[str] = []
    rules = pack.rules
    items = pack.item_index
    used: dict[str, str] = {}
    for role, kinds in ELIGIBILITY_ROLES.items():
        item_id = rules.role_item(role)
        if item_id is None:
            continue
        where = f"rules.eligibility.{role}"
        item = items.get(item_id)
        if item is None:
            errors.append(f"{where}: refers to unknown item {item_id!r}")
            continue
        if item.type not in kinds:
            wanted = " or ".join(sorted(kinds))
            errors.append(f"{where}: {item_id!r} is a {item.type} item; the role needs {wanted}")
        if item_id in used:
            errors.append(f"{where}: {item_id!r} already plays the role {used[item_id]}")
        used.setdefault(item_id, role)
    member_types = items.get(rules.role_item("member_types") or "")
    if member_types is not None and member_types.type == "multiple_choice":
        option = rules.public_bodies_option
        if member_types.option(option) is None:
            errors.append(
                f"rules.eligibility.public_bodies_option: {option!r} is not an option of "
                f"{member_types.id!r}"
            )
    listed: tuple[tuple[str, tuple[str, ...], Callable[[Item], bool], str], ...] = (
        (
            "gold_indicators",
            rules.gold_indicators,
            lambda item: indicator_has_pass_rule(item.scoring.kind, item.scoring.gold_threshold),
            "has no Gold pass rule (a boolean rule, or a threshold)",
        ),
        (
            "silver_baseline",
            rules.silver_baseline,
            lambda item: item.scoring.scored and item.scoring.minimum is not None,
            "is not a scored item with a scoring.minimum",
        ),
    )
    for name, item_ids, fits, problem in listed:
        for n, item_id in enumerate(item_ids):
            item = items.get(item_id)
            if item is None:
                errors.append(f"rules.{name}[{n}]: refers to unknown item {item_id!r}")
            elif not fits(item):
                errors.append(f"rules.{name}[{n}]: {item_id!r} {problem}")
    return errors


def _item_errors(item: Item, where: str) -> list[str]:
    errors: list[str] = []
    if item.type in CHOICE_TYPES and not item.options:
        errors.append(f"{where}.options: a {item.type} item needs at least one option")
    if item.type not in CHOICE_TYPES and item.options:
        errors.append(f"{where}.options: only choice items take options")
    codes = [o.code for o in item.options]
    if len(codes) != len(set(codes)):
        errors.append(f"{where}.options: option codes must be unique")
    if item.type == "group" and not item.fields:
        errors.append(f"{where}.fields: a group item needs at least one field")
    rule = item.scoring
    v = item.validation
    if v.min is not None and v.max is not None and v.min > v.max:
        errors.append(f"{where}.validation: min {v.min} is above max {v.max}")
    numeric_kinds = {"threshold", "bands"}
    if rule.kind in numeric_kinds and item.type not in NUMERIC_TYPES:
        errors.append(f"{where}.scoring.kind: {rule.kind!r} needs a numeric item, not {item.type}")
    if rule.kind == "boolean" and item.type != "yes_no":
        errors.append(f"{where}.scoring.kind: 'boolean' needs a yes_no item")
    if rule.kind == "choice_points":
        if item.type != "single_choice":
            errors.append(f"{where}.scoring.kind: 'choice_points' needs a single_choice item")
        elif any(o.points is None for o in item.options):
            errors.append(f"{where}.options: every option needs points for 'choice_points'")
    if rule.kind == "count" and item.type not in {"multiple_choice", "group"}:
        errors.append(f"{where}.scoring.kind: 'count' needs a multiple_choice or group item")
    if rule.kind == "bands" and not rule.bands:
        errors.append(f"{where}.scoring.bands: 'bands' scoring needs at least one band")
    mins = [b.min for b in rule.bands]
    if mins != sorted(mins):
        errors.append(f"{where}.scoring.bands: bands must be in ascending order of min")
    if rule.kind in {"threshold", "choice_points", "count"} and rule.gold_threshold is None:
        errors.append(f"{where}.scoring.gold_threshold: {rule.kind!r} scoring needs a threshold")
    if rule.peer and item.type not in NUMERIC_TYPES | {"single_choice", "multiple_choice", "group"}:
        errors.append(f"{where}.scoring.peer: only numeric, choice or group items have peers")
    return errors


# --- answers -----------------------------------------------------------------------------


#: What a refused answer says when the pack declares no message of its own.
MUST_BE_AT_LEAST = "Must be at least {low}."
MUST_BE_AT_MOST = "Must be at most {high}."
CHOOSE_AT_LEAST = "Choose at least {n}."
CHOOSE_AT_MOST = "Choose at most {n}."
WEB_ADDRESS = "Expected a web address starting with https://."


def _message(item: Item, fallback: str, language: str) -> str:
    if item.validation.message is not None:
        return item.validation.message.get(language)
    return fallback


def validate_answer(
    item: Item, value: AnswerValue, language: str = DEFAULT_LANGUAGE
) -> AnswerValue:
    """Check ``value`` against ``item``; return it normalised or raise ``AnswerError``.

    Numbers of integer and year items become ``int``, the rest ``float``; multiple choices
    keep the pack's option order; texts are stripped.
    """
    kind = item.type
    if kind in NUMERIC_TYPES:
        return _validate_number(item, value, language)
    if kind == "yes_no":
        if not isinstance(value, bool):
            raise AnswerError(item.id, "expected yes or no (true/false)")
        return value
    if kind == "single_choice":
        if not isinstance(value, str) or item.option(value) is None:
            allowed = ", ".join(o.code for o in item.options)
            raise AnswerError(item.id, f"{value!r} is not one of the options ({allowed})")
        return value
    if kind == "multiple_choice":
        return _validate_choices(item, value, language)
    if kind in TEXT_TYPES:
        return _validate_text(item, value, language)
    if kind == "group":
        return _validate_group(item, value)
    raise AnswerError(item.id, f"unknown answer type {kind}")


def _validate_number(item: Item, value: AnswerValue, language: str) -> float | int:
    if not is_number(value):
        raise AnswerError(item.id, f"expected a number, got {type(value).__name__}")
    if value != value or value in (float("inf"), float("-inf")):
        raise AnswerError(item.id, "expected a finite number")
    if item.type in {"integer", "year"}:
        if float(value) != int(value):
            raise AnswerError(item.id, "expected a whole number")
        number: float | int = int(value)
    else:
        number = float(value)
    low, high = item.validation.min, item.validation.max
    if item.type == "percent":
        low = 0 if low is None else low
        high = 100 if high is None else high
    if low is not None and number < low:
        bound = number_text(language, f"{low:g}")
        raise AnswerError(
            item.id, _message(item, say(language, MUST_BE_AT_LEAST, low=bound), language)
        )
    if high is not None and number > high:
        bound = number_text(language, f"{high:g}")
        raise AnswerError(
            item.id, _message(item, say(language, MUST_BE_AT_MOST, high=bound), language)
        )
    return number


def _validate_choices(item: Item, value: AnswerValue, language: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnswerError(item.id, "expected a list of option codes")
    unknown = [v for v in value if item.option(v) is None]
    if unknown:
        allowed = ", ".join(o.code for o in item.options)
        raise AnswerError(item.id, f"{unknown[0]!r} is not one of the options ({allowed})")
    chosen = set(value)
    ordered = [o.code for o in item.options if o.code in chosen]
    v = item.validation
    if v.min_choices is not None and len(ordered) < v.min_choices:
        raise AnswerError(
            item.id, _message(item, say(language, CHOOSE_AT_LEAST, n=v.min_choices), language)
        )
    if v.max_choices is not None and len(ordered) > v.max_choices:
        raise AnswerError(
            item.id, _message(item, say(language, CHOOSE_AT_MOST, n=v.max_choices), language)
        )
    return ordered


def _validate_text(item: Item, value: AnswerValue, language: str) -> str:
    if not isinstance(value, str):
        raise AnswerError(item.id, "expected text")
    text = value.strip()
    limit = item.validation.max_length or (
        LONG_TEXT_MAX if item.type == "long_text" else SHORT_TEXT_MAX
    )
    if len(text) > limit:
        raise AnswerError(item.id, f"is {len(text)} characters long; at most {limit} allowed")
    if item.type == "url" and text and not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", text):
        raise AnswerError(item.id, _message(item, say(language, WEB_ADDRESS), language))
    pattern = item.validation.pattern
    if pattern and text and not re.fullmatch(pattern, text):
        raise AnswerError(item.id, _message(item, "does not have the expected form", language))
    return text


def _validate_group(item: Item, value: AnswerValue) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        raise AnswerError(item.id, "expected a list of entries")
    if item.max_rows is not None and len(value) > item.max_rows:
        raise AnswerError(item.id, f"at most {item.max_rows} entries allowed")
    known = {f.id: f for f in item.fields}
    rows: list[dict[str, Any]] = []
    for n, row in enumerate(value, start=1):
        extra = sorted(set(row) - set(known))
        if extra:
            raise AnswerError(item.id, f"entry {n}: unknown field {extra[0]!r}")
        clean: dict[str, Any] = {}
        for gf in item.fields:
            cell = row.get(gf.id)
            if cell is None or cell == "":
                if gf.required:
                    raise AnswerError(item.id, f"entry {n}: {gf.label.get()} is required")
                continue
            sub = Item(
                id=f"{item.id}[{n}].{gf.id}",
                section_id=item.section_id,
                label=gf.label,
                type=gf.type,
                options=gf.options,
            )
            clean[gf.id] = validate_answer(sub, cell)
        rows.append(clean)
    return rows


def check_answers(pack: Pack, answers: Mapping[str, AnswerValue]) -> dict[str, AnswerValue]:
    """Validate a whole answer set; raise ``AnswerError`` naming the first bad item."""
    clean: dict[str, AnswerValue] = {}
    for item_id in sorted(answers):
        if item_id not in pack.item_index:
            raise AnswerError(item_id, f"unknown item id for pack {pack.id} {pack.version}")
        value = answers[item_id]
        if value is None:
            continue
        clean[item_id] = validate_answer(pack.item(item_id), value)
    return clean


def unanswered_required(pack: Pack, answers: Mapping[str, AnswerValue]) -> list[str]:
    """Ids of the required questions that are asked (relevant) but not answered, in order."""
    return [
        item.id
        for item in pack.items
        if item.required and answers.get(item.id) is None and item.is_relevant(answers)
    ]
