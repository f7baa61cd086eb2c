"""Peer statistics: aggregates that reproduce the percentiles of the rows they came from,
carry nothing for groups under 5, and are refused when malformed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.scoring.engine import score_interview
from app.scoring.pack import Pack
from app.scoring.peers import (
    MIN_GROUP_SIZE,
    Distribution,
    PeerStatisticsError,
    build_peer_statistics,
    parse_peer_statistics,
    peer_statistics,
    percentile_rank,
)
from app.scoring.reference import ReferenceSet, default_reference, parse_reference
from app.scoring.taxonomy import TECHNOLOGY_AREAS
from tests.scoring.test_engine import GOLD_ANSWERS

COLUMNS = [
    "structure.participants_total",
    "financing.public_share",
    "services.written_strategy",
    "interaction.contact_frequency",
]
AREAS = ["ICT", "Biotechnology", "Construction"]
FINITE = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


def _reference(rows: list[tuple[str, str, list[Any]]]) -> ReferenceSet:
    document = {
        "format": "clusterbench-reference",
        "format_version": 1,
        "id": "aggregates-test",
        "version": "1",
        "synthetic": True,
        "indicators": COLUMNS,
        "clusters": [
            {
                "id": f"ROW-{n:05d}",
                "technology_area": area,
                "country": "XX",
                "label": label,
                "year": 2022,
                "values": values,
            }  # fmt: skip
            for n, (area, label, values) in enumerate(rows)
        ],
    }
    return parse_reference(json.dumps(document).encode(), "aggregates-test")


@st.composite
def reference_sets(draw: st.DrawFn) -> ReferenceSet:
    count = draw(st.integers(0, 40))
    rows = []
    for _ in range(count):
        participants = draw(st.one_of(st.none(), st.integers(0, 60)))
        share = draw(st.one_of(st.none(), st.sampled_from([10.0, 35.5, 55.0, 60.0, 90.0])))
        strategy = draw(st.one_of(st.none(), st.booleans()))
        contact = draw(st.one_of(st.none(), st.sampled_from(["yearly", "monthly", "weekly"])))
        rows.append(
            (
                draw(st.sampled_from(AREAS)),
                draw(st.sampled_from(["gold", "bronze", "none"])),
                [participants, share, strategy, contact],
            )
        )
    return _reference(rows)


# --- the property the whole design rests on ---------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(FINITE, min_size=1, max_size=60), FINITE, st.booleans())
def test_a_distribution_ranks_exactly_as_the_rows_do(
    values: list[float], probe: float, higher: bool
) -> None:
    rows = sorted(values)
    distribution = Distribution.of(rows)
    for value in [probe, *values]:
        assert distribution.rank(value, higher) == percentile_rank(rows, value, higher)
    assert distribution.n == len(values)
    assert distribution.mean == sum(rows) / len(rows)


@settings(max_examples=60, deadline=None)
@given(reference_sets(), st.sampled_from([None, *AREAS]), st.integers(0, 60), st.booleans())
def test_aggregates_reproduce_the_comparison_of_the_rows(
    default_pack: Pack, reference: ReferenceSet, area: str | None, members: int, strategy: bool
) -> None:
    """Ranking from a bundle's statistics (after JSON and the strict parser) gives exactly
    what ranking from every row gives."""
    answers = {
        **GOLD_ANSWERS,
        "structure.participants_total": members,
        "services.written_strategy": strategy,
    }
    from_rows = score_interview(default_pack, answers, reference, area).to_dict()
    carried = json.loads(json.dumps(peer_statistics(reference, default_pack).to_dict(area)))
    statistics, carried_area = parse_peer_statistics(carried)
    assert carried_area == area
    from_aggregates = score_interview(default_pack, answers, statistics, area).to_dict()
    assert from_aggregates == from_rows


def test_the_shipped_reference_set_gives_the_same_scores_from_its_aggregates(
    default_pack: Pack,
) -> None:
    reference = default_reference()
    for area in TECHNOLOGY_AREAS:
        from_rows = score_interview(default_pack, GOLD_ANSWERS, reference, area).to_dict()
        document = json.loads(json.dumps(peer_statistics(reference, default_pack).to_dict(area)))
        statistics, _ = parse_peer_statistics(document)
        assert score_interview(default_pack, GOLD_ANSWERS, statistics, area).to_dict() == (
            from_rows
        )


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, *AREAS]), st.integers(0, 60), st.sampled_from(["en", "de"])
        ),
        min_size=2,
        max_size=6,
    ),
)
def test_a_rescoring_ranks_as_a_fresh_start_does(
    default_pack: Pack, answers_in_turn: list[tuple[str | None, int, str]]
) -> None:
    """The statistics remember ranks between rescorings (an answer at a time): every
    result is the one statistics built afresh give, and each result's ranks are its own."""
    reference = default_reference()
    kept = build_peer_statistics(reference, default_pack)
    for area, members, language in answers_in_turn:
        answers = {**GOLD_ANSWERS, "structure.participants_total": members}
        fresh = build_peer_statistics(reference, default_pack)
        expected = score_interview(default_pack, answers, fresh, area, language).to_dict()
        result = score_interview(default_pack, answers, kept, area, language)
        assert result.to_dict() == expected
        for ranks in result.peers.indicators.values():  # a caller's change stays its own
            for group in ranks:
                ranks[group] = -1.0  # type: ignore[index]


# --- what the aggregates carry ------------------------------------------------------------------


def test_a_group_under_five_carries_nothing_but_its_size(default_pack: Pack) -> None:
    rows = [("ICT", "bronze", [10 + n, 50.0, True, "monthly"]) for n in range(MIN_GROUP_SIZE - 1)]
    rows += [("Biotechnology", "bronze", [60 + n, 30.0, False, "weekly"]) for n in range(12)]
    document = build_peer_statistics(_reference(rows), default_pack).to_dict("ICT")
    assert document["groups"]["technology_area"] == {"area": "ICT", "size": MIN_GROUP_SIZE - 1}
    assert document["groups"]["excellence"] == {"size": 4}  # top quartile of 16
    everything = document["groups"]["all"]
    assert everything["size"] == 16
    assert set(everything["indicators"]) <= {i.id for i in default_pack.items if i.scoring.peer}


def test_an_indicator_with_fewer_than_five_values_carries_no_distribution(
    default_pack: Pack,
) -> None:
    rows = [("ICT", "gold", [40 + n, None if n < 8 else 30.0, True, None]) for n in range(10)]
    group = build_peer_statistics(_reference(rows), default_pack).to_dict("ICT")["groups"]["all"]
    assert "financing.public_share" not in group["indicators"]
    assert "interaction.contact_frequency" not in group["indicators"]
    participants = group["indicators"]["structure.participants_total"]
    assert participants["n"] == 10
    assert participants["counts"] == [1] * 10


def test_the_document_holds_only_counts_of_values_never_rows(default_pack: Pack) -> None:
    reference = default_reference()
    document = peer_statistics(reference, default_pack).to_dict("ICT")
    assert set(document) == {"format", "format_version", "reference", "pack",
                             "min_group_size", "excellence", "groups"}  # fmt: skip
    for group in document["groups"].values():
        assert set(group) <= {"area", "size", "indicators", "sections"}
        for part in ("indicators", "sections"):
            for distribution in group.get(part, {}).values():
                assert set(distribution) == {"n", "mean", "values", "counts"}
    text = json.dumps(document)
    for word in ('"country"', '"label"', '"year"', '"clusters"', '"values": [[', '"id": "ROW'):
        assert word not in text


def test_statistics_are_built_once_per_reference_and_pack(default_pack: Pack) -> None:
    reference = default_reference()
    assert peer_statistics(reference, default_pack) is peer_statistics(reference, default_pack)


# --- the strict parser ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def carried(default_pack: Pack) -> dict[str, Any]:
    document = peer_statistics(default_reference(), default_pack).to_dict("ICT")
    loaded: dict[str, Any] = json.loads(json.dumps(document))
    return loaded


def _first_distribution(document: dict[str, Any]) -> dict[str, Any]:
    indicators = document["groups"]["all"]["indicators"]
    distribution: dict[str, Any] = indicators[sorted(indicators)[0]]
    return distribution


def _set(path: list[Any], value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(path: list[Any]) -> Any:
    def change(document: dict[str, Any]) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def _distribution_change(key: str, how: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        distribution = _first_distribution(document)
        distribution[key] = how(distribution[key])

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set(["format"], "clusterbench-reference"), "format:"),
        (_set(["format_version"], 2), "format_version:"),
        (_set(["min_group_size"], 3), "min_group_size:"),
        (_set(["extra"], 1), "(top level)"),
        (_drop(["pack"]), "(top level)"),
        (_set(["reference", "sha256"], "not-a-hash"), "reference:"),
        (_set(["reference", "size"], -1), "reference:"),
        (_set(["pack", "content_hash"], 7), "pack:"),
        (_set(["excellence", "basis"], "best"), "excellence:"),
        (_set(["groups", "technology_area", "area"], "Robotics"), "groups.technology_area.area"),
        (_set(["groups", "all", "size"], 12), "groups.all"),
        (_set(["groups", "all", "rows"], []), "groups.all: expected an object"),
        (_set(["groups", "excellence", "size"], 2), "groups.excellence"),
        (_distribution_change("values", lambda v: list(reversed(v))), "ascending order"),
        (_distribution_change("values", lambda v: [*v, v[-1]]), "equal length"),
        (_distribution_change("counts", lambda c: [0, *c[1:]]), "positive whole numbers"),
        (_distribution_change("n", lambda n: n + 1), ".n: must be the sum of the counts"),
        (_distribution_change("mean", lambda m: m + 1000), ".mean: is not the mean"),
        (_distribution_change("values", lambda v: ["7", *v[1:]]), "expected finite numbers"),
        (_distribution_change("counts", lambda c: [True, *c[1:]]), "positive whole numbers"),
    ],
)
def test_malformed_statistics_are_refused_with_a_location(
    carried: dict[str, Any], change: Any, message: str
) -> None:
    document = copy.deepcopy(carried)
    change(document)
    with pytest.raises(PeerStatisticsError) as caught:
        parse_peer_statistics(document)
    assert message in str(caught.value)


def test_a_small_group_that_carries_data_is_refused(carried: dict[str, Any]) -> None:
    document = copy.deepcopy(carried)
    area = document["groups"]["technology_area"]
    area["size"] = 4
    with pytest.raises(PeerStatisticsError, match="carries nothing but its size"):
        parse_peer_statistics(document)


def test_a_distribution_larger_than_its_group_is_refused(carried: dict[str, Any]) -> None:
    document = copy.deepcopy(carried)
    distribution = _first_distribution(document)
    distribution["counts"] = [c * 1000 for c in distribution["counts"]]
    distribution["n"] = sum(distribution["counts"])
    with pytest.raises(PeerStatisticsError, match="the group's size"):
        parse_peer_statistics(document)


def test_the_carried_document_parses_back(carried: dict[str, Any]) -> None:
    statistics, area = parse_peer_statistics(copy.deepcopy(carried))
    assert area == "ICT"
    assert statistics.ref == carried["reference"]
    assert set(statistics.groups) == {"all", "excellence", "area:ICT"}
