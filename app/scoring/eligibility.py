"""Eligibility for any label: the ECCP validation criteria in force since 15 November 2019.

The pack maps its items to the eligibility roles (``rules.eligibility``); the criterion ids
are those item ids. A cluster is eligible when it is listed on the ECCP (role
``eccp_listing``) and either is officially recognised by a national or regional cluster
programme (``programme_recognition``) or as a social-economy cluster (``social_economy``),
either of which waives the rest, or meets all of:

- a cluster management team of at least 0.5 FTE (``management_fte``);
- at least 15 committed members (``committed_members``);
- at least 2 types of members (``member_types``);
- public bodies among the member types, or visible cooperation with public bodies
  (``public_cooperation``);
- an English-language website (``english_website``).

The minimums are read from the pack's ``scoring.minimum`` of those items when it declares
them, with the figures above as defaults. Each criterion is ``met``, ``not_met``, ``waived``
or ``unknown`` (unanswered). The verdict is ``eligible``; ``not_eligible`` when the answers
already rule eligibility out; or ``incomplete`` when nothing has failed yet but a missing
answer decides. A "no" to a waiver (programme or social-economy recognition) shows as
``not_met`` but only means that the ECCP criteria below it apply; such criteria are marked
``alternative`` and never make a cluster ineligible by themselves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.scoring.pack import (
    DEFAULT_PUBLIC_BODIES_OPTION,
    LEGACY_ROLE_ITEMS,
    PUBLIC,
    AnswerValue,
    Pack,
    is_number,
)
from app.scoring.wording import number_text, say

MET = "met"
NOT_MET = "not_met"
WAIVED = "waived"
UNKNOWN = "unknown"

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
INCOMPLETE = "incomplete"

#: The default pack's item ids for the roles (also used when no pack is given).
ECCP_LISTED = LEGACY_ROLE_ITEMS["eccp_listing"]
PROGRAMME_RECOGNISED = LEGACY_ROLE_ITEMS["programme_recognition"]
SOCIAL_ECONOMY = LEGACY_ROLE_ITEMS["social_economy"]
MANAGEMENT_FTE = LEGACY_ROLE_ITEMS["management_fte"]
COMMITTED_MEMBERS = LEGACY_ROLE_ITEMS["committed_members"]
MEMBER_TYPES = LEGACY_ROLE_ITEMS["member_types"]
PUBLIC_COOPERATION = LEGACY_ROLE_ITEMS["public_cooperation"]
ENGLISH_WEBSITE = LEGACY_ROLE_ITEMS["english_website"]
PUBLIC_BODIES = DEFAULT_PUBLIC_BODIES_OPTION

#: Minimums (by role) used when the pack does not declare ``scoring.minimum`` on the item.
DEFAULT_ROLE_MINIMUMS: dict[str, float] = {
    "management_fte": 0.5,
    "committed_members": 15,
    "member_types": 2,
}
#: The same by the default pack's item ids.
DEFAULT_MINIMUMS: dict[str, float] = {
    LEGACY_ROLE_ITEMS[role]: minimum for role, minimum in DEFAULT_ROLE_MINIMUMS.items()
}
#: Roles that waive the ECCP validation criteria when met.
WAIVER_ROLES = ("programme_recognition", "social_economy")


@dataclass(frozen=True)
class Criterion:
    """One eligibility criterion with its status and the reason for it.

    ``role`` is the eligibility role; ``alternative`` marks a waiver, whose "no" is no
    failure; ``threshold_source`` says whether the criterion's minimum is a public figure
    or our assumption (None when it has no figure).
    """

    id: str
    label: str
    status: str
    reason: str
    fix: str = ""
    role: str = ""
    alternative: bool = False
    threshold_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The criterion as in the score result."""
        return {
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "reason": self.reason,
            "role": self.role,
            "alternative": self.alternative,
            "threshold_source": self.threshold_source,
        }


@dataclass(frozen=True)
class EligibilityResult:
    """The verdict, every criterion, and a sentence on what decides it."""

    status: str
    criteria: tuple[Criterion, ...]
    explanation: str
    minimums: Mapping[str, float]

    @property
    def eligible(self) -> bool:
        """Whether the cluster is eligible for a label."""
        return self.status == ELIGIBLE

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with ``criterion_id``."""
        return next(c for c in self.criteria if c.id == criterion_id)

    def to_dict(self) -> dict[str, Any]:
        """The ``eligibility`` part of the score result."""
        return {
            "status": self.status,
            "criteria": [c.to_dict() for c in self.criteria],
            "explanation": self.explanation,
            "minimums": dict(self.minimums),
        }


def role_items(pack: Pack | None) -> dict[str, str | None]:
    """The item id of every eligibility role (the default pack's ids without a pack)."""
    if pack is None:
        return dict(LEGACY_ROLE_ITEMS)
    roles: dict[str, str | None] = {}
    for role, fixed in LEGACY_ROLE_ITEMS.items():
        item_id = pack.rules.role_item(role)
        # A schema-1 pack without the item: the criterion keeps its fixed id, unanswerable,
        # as before packs declared their rules; the social-economy waiver is then absent.
        roles[role] = item_id if item_id is not None or role == "social_economy" else fixed
    return roles


def _number(value: AnswerValue) -> float | None:
    return float(value) if is_number(value) else None


def _yes_no(value: AnswerValue) -> bool | None:
    return value if isinstance(value, bool) else None


def _fmt(number: float, language: str = "en") -> str:
    return number_text(language, f"{number:g}")


def eligibility_minimums(pack: Pack | None) -> dict[str, float]:
    """The minimums in force by item id: the pack's ``scoring.minimum``, else defaults."""
    roles = role_items(pack)
    minimums: dict[str, float] = {}
    for role, default in DEFAULT_ROLE_MINIMUMS.items():
        item_id = roles[role]
        assert item_id is not None
        item = pack.item_index.get(item_id) if pack is not None else None
        declared = item.scoring.minimum if item is not None else None
        minimums[item_id] = float(declared) if declared is not None else default
    return minimums


def _minimum_source(pack: Pack | None, item_id: str) -> str:
    """Where a criterion's minimum comes from: the pack's rule source, else public (ECCP)."""
    item = pack.item_index.get(item_id) if pack is not None else None
    if item is None or item.scoring.minimum is None:
        return PUBLIC  # the ECCP figures of DEFAULT_ROLE_MINIMUMS
    return item.scoring.source


def _option_labels(pack: Pack | None, member_types: str, language: str) -> dict[str, str]:
    if pack is None:
        return {}
    item = pack.item_index.get(member_types)
    return {o.code: o.label.get(language) for o in item.options} if item else {}


def _at_least(
    criterion: Criterion,
    value: float | None,
    minimum: float,
    unit: str,
    language: str,
) -> Criterion:
    unit = say(language, unit)
    label = criterion.label
    if value is None:
        return _with(
            criterion,
            UNKNOWN,
            say(language, "Not answered yet (needs {minimum}).", minimum=_fmt(minimum, language)),
            say(language, "Answer: {label}.", label=label),
        )
    if value >= minimum:
        reason = say(
            language,
            "{value} {unit} (needs {minimum}).",
            value=_fmt(value, language),
            unit=unit,
            minimum=_fmt(minimum, language),
        )
        return _with(criterion, MET, reason)
    short = minimum - value
    return _with(
        criterion,
        NOT_MET,
        say(
            language,
            "{value} {unit}; at least {minimum} needed ({short} short).",
            value=_fmt(value, language),
            unit=unit,
            minimum=_fmt(minimum, language),
            short=_fmt(round(short, 6), language),
        ),
        say(
            language,
            "Reach at least {minimum} {unit} (now {value}).",
            minimum=_fmt(minimum, language),
            unit=unit,
            value=_fmt(value, language),
        ),
    )


def _with(criterion: Criterion, status: str, reason: str, fix: str = "") -> Criterion:
    return Criterion(
        criterion.id,
        criterion.label,
        status,
        reason,
        fix,
        criterion.role,
        criterion.alternative,
        criterion.threshold_source,
    )


def _eccp(base: Criterion, answers: Mapping[str, AnswerValue], language: str) -> Criterion:
    listed = _yes_no(answers.get(base.id))
    if listed is None:
        return _with(
            base,
            UNKNOWN,
            say(language, "Not answered yet."),
            say(language, "Answer whether the cluster is listed on the ECCP."),
        )
    if listed:
        return _with(base, MET, say(language, "The cluster is listed on the ECCP."))
    return _with(
        base,
        NOT_MET,
        say(
            language,
            "The cluster is not listed on the European Cluster Collaboration Platform; every "
            "label requires a validated ECCP profile.",
        ),
        say(language, "Register and validate a profile on the ECCP."),
    )


#: Reasons of the two waivers: (unknown, met, not met).
_WAIVER_REASONS: dict[str, tuple[str, str, str]] = {
    "programme_recognition": (
        "Not answered yet; recognition by a cluster programme would waive the criteria below.",
        "Officially recognised by a national or regional cluster programme; the ECCP "
        "validation criteria below are waived.",
        "Not recognised by a national or regional cluster programme; the criteria below apply.",
    ),
    "social_economy": (
        "Not answered yet; recognition as a social-economy cluster would waive the criteria below.",
        "Officially recognised as a social-economy cluster; the ECCP validation criteria below "
        "are waived.",
        "Not recognised as a social-economy cluster; the criteria below apply unless another "
        "recognition waives them.",
    ),
}
_WAIVED_BECAUSE: dict[str, str] = {
    "programme_recognition": "Waived: the cluster is recognised by a cluster programme.",
    "social_economy": "Waived: the cluster is recognised as a social-economy cluster.",
}


def _waiver(base: Criterion, answers: Mapping[str, AnswerValue], language: str) -> Criterion:
    unknown, met, not_met = _WAIVER_REASONS[base.role]
    recognised = _yes_no(answers.get(base.id))
    if recognised is None:
        return _with(base, UNKNOWN, say(language, unknown))
    if recognised:
        return _with(base, MET, say(language, met))
    return _with(base, NOT_MET, say(language, not_met))


def _public(
    base: Criterion,
    answers: Mapping[str, AnswerValue],
    member_types: str,
    public_option: str,
    labels: Mapping[str, str],
    language: str,
) -> Criterion:
    types = answers.get(member_types)
    has_types = isinstance(types, list)
    cooperation = _yes_no(answers.get(base.id))
    public_label = labels.get(public_option, "Public bodies")
    if has_types and public_option in types:  # type: ignore[operator]
        return _with(base, MET, say(language, "{bodies} are members.", bodies=public_label))
    if cooperation is True:
        reason = "No public bodies among the members, but visible cooperation with public bodies."
        return _with(base, MET, say(language, reason))
    if cooperation is False and has_types:
        return _with(
            base,
            NOT_MET,
            say(
                language, "No public bodies among the members and no visible cooperation with them."
            ),
            say(
                language,
                "Take public bodies on as members or show cooperation with public bodies.",
            ),
        )
    reason = (
        "Not answered yet: no public bodies among the members, so visible cooperation with "
        "public bodies is needed."
        if has_types
        else "Not answered yet (member types)."
    )
    return _with(
        base,
        UNKNOWN,
        say(language, reason),
        say(
            language,
            "Answer the member types and, without public bodies, the cooperation question.",
        ),
    )


def _website(base: Criterion, answers: Mapping[str, AnswerValue], language: str) -> Criterion:
    website = _yes_no(answers.get(base.id))
    if website is None:
        return _with(
            base,
            UNKNOWN,
            say(language, "Not answered yet."),
            say(language, "Answer whether there is an English-language website."),
        )
    if website:
        reason = say(language, "An English-language website shows real activity.")
        return _with(base, MET, reason)
    return _with(
        base,
        NOT_MET,
        say(
            language,
            "No English-language website showing real activity (machine translation is accepted).",
        ),
        say(language, "Publish an English-language website (machine translation is accepted)."),
    )


def check_eligibility(
    pack: Pack | None, answers: Mapping[str, AnswerValue], language: str = "en"
) -> EligibilityResult:
    """Apply the eligibility rule to ``answers`` (validated answer values; absent = unknown)."""
    roles = role_items(pack)
    minimums = eligibility_minimums(pack)

    def base(role: str, label: str, alternative: bool = False, figure: bool = False) -> Criterion:
        item_id = roles[role]
        assert item_id is not None
        source = _minimum_source(pack, item_id) if figure else None
        return Criterion(item_id, label, UNKNOWN, "", "", role, alternative, source)

    fte_id, members_id, types_id = (
        str(roles[r]) for r in ("management_fte", "committed_members", "member_types")
    )
    fte, members, kinds = minimums[fte_id], minimums[members_id], minimums[types_id]
    types = answers.get(types_id)
    type_count = float(len(types)) if isinstance(types, list) else None
    public_option = pack.rules.public_bodies_option if pack is not None else PUBLIC_BODIES
    eccp = _eccp(base("eccp_listing", say(language, "Listed on the ECCP")), answers, language)
    waivers = [
        _waiver(
            base(role, say(language, label), alternative=True),
            answers,
            language,
        )
        for role, label in (
            ("programme_recognition", "Recognised by a cluster programme"),
            ("social_economy", "Recognised as a social-economy cluster"),
        )
        if roles[role] is not None
    ]
    rest = [
        _at_least(
            base(
                "management_fte",
                say(
                    language,
                    "Cluster management team of at least {minimum} FTE",
                    minimum=_fmt(fte, language),
                ),
                figure=True,
            ),
            _number(answers.get(fte_id)),
            fte,
            "FTE",
            language,
        ),
        _at_least(
            base(
                "committed_members",
                say(
                    language,
                    "At least {minimum} committed members",
                    minimum=_fmt(members, language),
                ),
                figure=True,
            ),
            _number(answers.get(members_id)),
            members,
            "members",
            language,
        ),
        _at_least(
            base(
                "member_types",
                say(language, "At least {minimum} types of members", minimum=_fmt(kinds, language)),
                figure=True,
            ),
            type_count,
            kinds,
            "types of members",
            language,
        ),
        _public(
            base(
                "public_cooperation",
                say(language, "Public bodies among members or cooperation with them"),
            ),
            answers,
            types_id,
            public_option,
            _option_labels(pack, types_id, language),
            language,
        ),
        _website(
            base("english_website", say(language, "English-language website")), answers, language
        ),
    ]
    granted = next((w for w in waivers if w.status == MET), None)
    if granted is not None:
        rest = [_with(c, WAIVED, say(language, _WAIVED_BECAUSE[granted.role])) for c in rest]
    status, explanation = _verdict(eccp, waivers, rest, language)
    return EligibilityResult(status, (eccp, *waivers, *rest), explanation, minimums)


def _names(criteria: Sequence[Criterion]) -> str:
    return "; ".join(c.label for c in criteria)


def _verdict(
    eccp: Criterion, waivers: Sequence[Criterion], rest: Sequence[Criterion], language: str
) -> tuple[str, str]:
    failed = [c for c in rest if c.status == NOT_MET]
    unknown = [c for c in rest if c.status == UNKNOWN]
    granted = next((w for w in waivers if w.status == MET), None)
    social = any(w.role == "social_economy" for w in waivers)
    route_met = granted is not None or not (failed or unknown)
    route_failed = all(w.status == NOT_MET for w in waivers) and bool(failed)
    if eccp.status == NOT_MET or route_failed:
        blockers = ([eccp] if eccp.status == NOT_MET else []) + (failed if route_failed else [])
        fixes = " ".join(c.fix for c in blockers if c.fix)
        text = say(
            language,
            "Not eligible: {blockers} not met. To become eligible: {fixes}",
            blockers=_names(blockers),
            fixes=fixes,
        )
        if route_failed:
            text += say(
                language,
                " Alternatively, recognition by a national or regional cluster programme or as "
                "a social-economy cluster waives the ECCP validation criteria."
                if social
                else " Alternatively, recognition by a national or regional cluster programme "
                "waives the ECCP validation criteria.",
            )
        return NOT_ELIGIBLE, text
    if eccp.status == MET and route_met:
        if granted is not None and granted.role == "programme_recognition":
            return ELIGIBLE, say(
                language,
                "Eligible: listed on the ECCP and recognised by a cluster programme, which "
                "waives the ECCP validation criteria.",
            )
        if granted is not None:
            return ELIGIBLE, say(
                language,
                "Eligible: listed on the ECCP and recognised as a social-economy cluster, which "
                "waives the ECCP validation criteria.",
            )
        return ELIGIBLE, say(
            language, "Eligible: listed on the ECCP and all ECCP validation criteria are met."
        )
    open_points = ([eccp] if eccp.status == UNKNOWN else []) + unknown
    if failed and any(w.status == UNKNOWN for w in waivers):
        return INCOMPLETE, say(
            language,
            "Incomplete: {failed} not met, which only matters if the cluster is not recognised "
            "by a cluster programme or as a social-economy cluster; answer those questions to "
            "decide."
            if social
            else "Incomplete: {failed} not met, which only matters if the cluster is not "
            "recognised by a cluster programme; answer that question to decide.",
            failed=_names(failed),
        )
    template = (
        "Incomplete: no criterion has failed, but {count} is not answered yet: {open}."
        if len(open_points) == 1
        else "Incomplete: no criterion has failed, but {count} are not answered yet: {open}."
    )
    return INCOMPLETE, say(language, template, count=len(open_points), open=_names(open_points))
