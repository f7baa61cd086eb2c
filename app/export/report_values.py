"""How the report writes figures, thresholds, gaps and statuses, in its language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors

from app.export.report_language import number, number_text, say
from app.export.report_pages import BAD, DASH, GOOD, MUTED, UNKNOWN, esc
from app.scoring.engine import answer_text
from app.scoring.pack import NUMERIC_TYPES, TEXT_TYPES, Item
from app.scoring.wording import unit_name


def plain_number(value: float | int, language: str = "en") -> str:
    if isinstance(value, bool):
        return say(language, "Yes" if value else "No")
    if isinstance(value, int) or float(value).is_integer():
        return number(language, int(value))
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return number_text(language, text)


def unit_of(item: Item | None, language: str = "en", count: float | None = None) -> str:
    if item is None:
        return ""
    if item.unit:
        return unit_name(language, item.unit, count)
    return "%" if item.type == "percent" else ""


def with_unit(value: float | int, item: Item | None, language: str = "en") -> str:
    if item is not None and item.type == "year" and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else plain_number(value, language)
    unit = unit_of(item, language, value)
    text = plain_number(value, language)
    if not unit:
        return text
    return f"{text} %" if unit == "%" else f"{text} {unit}"


def percent_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}"


def score_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}"


NOT_ANSWERED = "Not answered"


def indicator_value(
    indicator: Mapping[str, Any], item: Item | None, answer: Any, language: str
) -> str:
    """The cluster's figure for an indicator, read from its answer where there is one."""
    value = indicator.get("value")
    if indicator.get("relevant") is False:
        return say(language, "not asked")
    if answer is None and value is None:
        return say(language, "not answered")
    if item is None or answer is None:
        if isinstance(value, (int, float)):
            return with_unit(value, item, language)
        return DASH if value is None else str(value)
    if item.type == "multiple_choice":
        return say(language, "{count} selected", count=len(answer))
    if item.type == "group":
        return say(language, "{count} given", count=len(answer))
    if item.type in TEXT_TYPES:
        return say(language, "answered")
    return answer_text(item, answer, language) or say(language, NOT_ANSWERED)


def threshold_text(indicator: Mapping[str, Any], item: Item | None, language: str) -> str:
    threshold = indicator.get("gold_threshold")
    if threshold is None:
        if item is not None and item.scoring.kind == "boolean":
            return say(language, "No" if indicator.get("direction") == "lower" else "Yes")
        return DASH
    if item is not None and item.type == "single_choice":
        option = next((o for o in item.options if o.points == threshold), None)
        if option is not None:
            return say(language, "{option} or better", option=option.label.get(language))
    prefix = "≤ " if indicator.get("direction") == "lower" else "≥ "
    unit_item = item if item is not None and item.type in NUMERIC_TYPES else None
    return prefix + with_unit(threshold, unit_item, language)


def gap_text(indicator: Mapping[str, Any], item: Item | None, language: str) -> str:
    gap = indicator.get("gap")
    if gap is None:
        return DASH
    lower = indicator.get("direction") == "lower"
    if item is not None and item.type == "yes_no":
        return say(language, "needs No" if lower else "needs Yes")
    if item is not None and item.type == "single_choice":
        return say(language, "needs {target}", target=threshold_text(indicator, item, language))
    if item is not None and item.type == "year":
        template = "earlier by {years} years" if lower else "later by {years} years"
        return say(language, template, years=number_text(language, f"{abs(gap):g}"))
    unit_item = item if item is not None and item.type in NUMERIC_TYPES else None
    text = with_unit(abs(gap), unit_item, language)
    return say(language, "reduce by {amount}" if lower else "raise by {amount}", amount=text)


def is_assumed(indicator: Mapping[str, Any]) -> bool:
    """Whether the indicator's threshold or minimum is our assumption, not a public figure."""
    return indicator.get("threshold_source") == "assumption"


def marked_threshold(indicator: Mapping[str, Any], item: Item | None, language: str) -> str:
    """The Gold threshold, with ``*`` when the figure is our assumption."""
    text = threshold_text(indicator, item, language)
    return f"{text} *" if is_assumed(indicator) and text != DASH else text


def measure_text(item: Item | None, measure: Any, language: str) -> str:
    """A measure (as in the score result) for people: yes/no, an option, a count, a figure."""
    if measure is None:
        return DASH
    value = float(measure)
    if item is None:
        return plain_number(value, language)
    if item.type == "yes_no":
        return say(language, "Yes" if value >= 0.5 else "No")
    if item.type == "single_choice":
        option = next((o for o in item.options if o.points == value), None)
        return option.label.get(language) if option else plain_number(value, language)
    if item.type == "multiple_choice":
        return say(language, "{count} selected", count=int(value))
    if item.type == "group":
        return say(language, "{count} given", count=int(value))
    return with_unit(value, item, language)


def change_text(item: Item | None, change: Any, language: str) -> str:
    if change is None:
        return DASH
    value = float(change)
    if value == 0:
        return "±0"
    sign = "+" if value > 0 else "−"
    if item is not None and item.type in ("yes_no", "single_choice"):
        return say(language, "changed")
    unit_item = item if item is not None and item.type in NUMERIC_TYPES else None
    return sign + with_unit(abs(value), unit_item, language)


def coloured(text: str, colour: colors.Color) -> str:
    """Mark-up of ``text`` in bold and ``colour``."""
    return f'<font color="{colour.hexval()}"><b>{esc(text)}</b></font>'


def labelled(label: str, text: str) -> str:
    """ "Label: text", without a colon after a question mark."""
    return f"{label} {text}" if label.rstrip().endswith("?") else f"{label}: {text}"


def counts_against_gold(indicator: Mapping[str, Any], answer: Any) -> bool:
    """Whether an indicator fails Gold or, asked but unanswered, cannot pass it yet."""
    if indicator.get("passed") is False:
        return True
    if indicator.get("passed") is True or indicator.get("relevant") is False:
        return False
    has_rule = indicator.get("gold_threshold") is not None or indicator.get("kind") == "boolean"
    return has_rule and answer is None and indicator.get("value") is None


SHORT_GROUP_NAMES = {
    "technology_area": "area peers",
    "excellence": "excellence group",
    "all": "all clusters",
}

ELIGIBILITY_STATUS = {
    "eligible": ("Eligible", GOOD),
    "not_eligible": ("Not eligible", BAD),
    "incomplete": ("Incomplete: some criteria are not answered yet", UNKNOWN),
}
ALTERNATIVE_PATHS = {"eligibility.programme_recognised"}
CRITERION_STATUS = {
    "met": ("Met", GOOD),
    "not_met": ("Not met", BAD),
    "waived": ("Waived", MUTED),
    "unknown": ("Not answered", UNKNOWN),
}
GOLD_STATUS = {
    "ready": ("Gold-ready", GOOD),
    "not_ready": ("Not yet Gold-ready", BAD),
    "incomplete": ("Incomplete", UNKNOWN),
}
VERDICT_STATUS = {
    "passed": ("Passed", GOOD),
    "not_passed": ("Not passed", BAD),
    "incomplete": ("Incomplete", UNKNOWN),
}
TREND = {
    "improved": ("Improved", GOOD),
    "declined": ("Declined", BAD),
    "unchanged": ("Same", MUTED),
}
ASSUMED_NOTE = "* The threshold is our assumption, not a figure ESCA has published."
