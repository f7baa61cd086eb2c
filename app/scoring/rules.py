"""The rule primitives shared by the engine and the peer index.

An answer's measure, its 0..1 indicator score and its Gold pass under the item's scoring
rule; ``app.scoring.engine`` spells the rules out and builds every result on them.
"""

from __future__ import annotations

import math
from typing import Any

from app.scoring.pack import Item

PASS_KINDS = frozenset({"threshold", "bands", "boolean", "choice_points", "count"})


def measure(item: Item, value: Any) -> float | None:
    """The number the rules compare for an answer (or a reference value); None if missing."""
    if value is None:
        return None
    if isinstance(value, bool):
        return (1.0 if value else 0.0) if item.type == "yes_no" else None
    if isinstance(value, (int, float)):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, str):
        option = item.option(value)
        return None if option is None or option.points is None else float(option.points)
    if isinstance(value, list):
        return float(len(value)) if item.type in {"multiple_choice", "group"} else None
    return None


def meets(item: Item, number: float, target: float) -> bool:
    """Whether ``number`` reaches ``target`` in the item's direction."""
    if item.scoring.higher_is_better:
        return number >= target
    return number <= target


def _clamp(number: float) -> float:
    return max(0.0, min(1.0, number))


def _threshold_score(item: Item, number: float, threshold: float) -> float:
    if meets(item, number, threshold):
        return 1.0
    span = max(abs(threshold), 1.0)
    if item.scoring.higher_is_better:
        floor = item.validation.min
        if floor is None:
            floor = 0.0
        if floor >= threshold:
            floor = threshold - span
        return _clamp((number - floor) / (threshold - floor))
    ceiling = item.validation.max
    if ceiling is None and item.type == "percent":
        ceiling = 100.0
    if ceiling is None or ceiling <= threshold:
        ceiling = threshold + span
    return _clamp((ceiling - number) / (ceiling - threshold))


def indicator_score(item: Item, number: float) -> float:
    """The 0..1 score of a measure under the item's rule (as ``app.scoring.engine`` says)."""
    rule = item.scoring
    kind = rule.kind
    if kind == "threshold" and rule.gold_threshold is not None:
        return _threshold_score(item, number, float(rule.gold_threshold))
    if kind == "bands":
        score = 0.0
        for band in rule.bands:
            if number >= band.min:
                score = band.score
        return _clamp(score)
    if kind == "boolean":
        yes = number >= 0.5
        return 1.0 if yes == rule.higher_is_better else 0.0
    if kind == "choice_points":
        return _clamp(number)
    if kind == "count":
        threshold = rule.gold_threshold or 0.0
        if rule.higher_is_better:
            return 1.0 if threshold <= 0 else _clamp(number / threshold)
        return 1.0 if number <= threshold else _clamp(threshold / number)
    return 0.0


def indicator_passes(item: Item, number: float) -> bool | None:
    """Whether the measure meets Gold; None when the rule has no pass/fail."""
    rule = item.scoring
    if rule.kind == "boolean":
        return indicator_score(item, number) >= 1.0
    if rule.kind not in PASS_KINDS or rule.gold_threshold is None:
        return None
    return meets(item, number, float(rule.gold_threshold))


def indicator_has_pass_rule(kind: str, gold_threshold: float | None) -> bool:
    """Whether an indicator of ``kind`` can pass or fail Gold."""
    return kind == "boolean" or (kind in PASS_KINDS and gold_threshold is not None)
