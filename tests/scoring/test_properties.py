"""Properties of the scoring engine that must hold for any answers (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.paths import default_pack_path
from app.scoring.engine import score_interview
from app.scoring.pack import NUMERIC_TYPES, Item, load_pack
from app.scoring.reference import default_reference
from app.scoring.taxonomy import TECHNOLOGY_AREAS
from tests.scoring.test_engine import GOLD_ANSWERS

PACK = load_pack(default_pack_path())
NUMERIC_SCORED = [i for i in PACK.items if i.type in NUMERIC_TYPES and i.scoring.scored]
HIGHER = [i for i in NUMERIC_SCORED if i.scoring.higher_is_better]
LOWER = [i for i in NUMERIC_SCORED if not i.scoring.higher_is_better]
AREAS = st.one_of(st.none(), st.sampled_from(TECHNOLOGY_AREAS))


def _bounds(item: Item) -> tuple[float, float]:
    low = item.validation.min if item.validation.min is not None else 0.0
    high = item.validation.max
    if high is None:
        high = 100.0 if item.type == "percent" else 1_000_000.0
    return float(low), float(high)


def _values(item: Item) -> st.SearchStrategy[float | int]:
    low, high = _bounds(item)
    if item.type in {"integer", "year"}:
        return st.integers(int(low), int(high))
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


@st.composite
def numeric_pair(draw: st.DrawFn, items: list[Item]) -> tuple[Item, Any, Any]:
    item = draw(st.sampled_from(items))
    a, b = sorted((draw(_values(item)), draw(_values(item))))
    return item, a, b


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, Any]:
    """A subset of a complete interview with its numbers redrawn within bounds."""
    answers = {}
    for item_id, value in GOLD_ANSWERS.items():
        if not draw(st.booleans()):
            continue
        item = _item(item_id)
        answers[item_id] = draw(_values(item)) if item.type in NUMERIC_TYPES else value
    return answers


def _item(item_id: str) -> Item:
    return next(i for i in PACK.items if i.id == item_id)


def _scores(answers: dict[str, Any], item: Item) -> tuple[float, float, float]:
    result = score_interview(PACK, answers)
    indicator = result.indicator(item.id)
    section = result.section(item.section_id)
    return (indicator.score or 0.0, section.raw_score or 0.0, result.gold.share)


@settings(max_examples=200, deadline=None)
@given(pair=numeric_pair(HIGHER), base=answer_sets())
def test_raising_a_higher_is_better_value_never_lowers_its_score(
    pair: tuple[Item, Any, Any], base: dict[str, Any]
) -> None:
    item, low, high = pair
    before = _scores({**base, item.id: low}, item)
    after = _scores({**base, item.id: high}, item)
    for old, new in zip(before, after, strict=True):
        assert new >= old - 1e-9


@settings(max_examples=100, deadline=None)
@given(pair=numeric_pair(LOWER), base=answer_sets())
def test_lowering_a_lower_is_better_value_never_lowers_its_score(
    pair: tuple[Item, Any, Any], base: dict[str, Any]
) -> None:
    item, low, high = pair
    before = _scores({**base, item.id: high}, item)
    after = _scores({**base, item.id: low}, item)
    for old, new in zip(before, after, strict=True):
        assert new >= old - 1e-9


def _in_range(value: float | None) -> bool:
    return value is None or 0.0 <= value <= 100.0


@settings(max_examples=150, deadline=None)
@given(answers=answer_sets(), area=AREAS)
def test_percentiles_and_scores_stay_within_0_and_100(
    answers: dict[str, Any], area: str | None
) -> None:
    data = score_interview(PACK, answers, default_reference(), area).to_dict()
    peers = data["peers"]
    for table in (peers["indicators"], peers["sections"]):
        for ranks in table.values():
            assert all(_in_range(rank) for rank in ranks.values())
    for group in peers["groups"].values():
        assert all(_in_range(m) for m in (group["section_means"] or {}).values())
    assert all(_in_range(s["score"]) for s in data["sections"])
    assert all(row["score"] is None or 0 <= row["score"] <= 1 for row in data["indicators"])
    assert _in_range(data["gold"]["share"])


@settings(max_examples=100, deadline=None)
@given(
    order=st.permutations(sorted(GOLD_ANSWERS)),
    drop=st.sets(st.sampled_from(sorted(GOLD_ANSWERS))),
    area=AREAS,
)
def test_the_order_of_answers_does_not_matter(
    order: list[str], drop: set[str], area: str | None
) -> None:
    forward = {k: GOLD_ANSWERS[k] for k in sorted(GOLD_ANSWERS) if k not in drop}
    shuffled = {k: GOLD_ANSWERS[k] for k in order if k not in drop}
    reference = default_reference()
    assert (
        score_interview(PACK, forward, reference, area).to_dict()
        == score_interview(PACK, shuffled, reference, area).to_dict()
    )


@settings(max_examples=150, deadline=None)
@given(first=answer_sets(), then=answer_sets(), language=st.sampled_from(["en", "de"]))
def test_a_rescoring_that_reuses_remembered_rows_equals_a_fresh_one(
    first: dict[str, Any], then: dict[str, Any], language: str
) -> None:
    from app.scoring import engine

    score_interview(PACK, first, language=language)  # leaves its rows remembered
    remembered = score_interview(PACK, then, language=language).to_dict()
    engine._SCORED.clear()
    assert remembered == score_interview(PACK, then, language=language).to_dict()


def test_a_changed_choice_list_is_scored_again() -> None:
    item = next(i for i in PACK.items if i.type == "multiple_choice" and i.scoring.scored)
    codes = [option.code for option in item.options]
    few = score_interview(PACK, {item.id: codes[:1]}).indicator(item.id)
    more = score_interview(PACK, {item.id: codes[:3]}).indicator(item.id)
    assert few.measure != more.measure
