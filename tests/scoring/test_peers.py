"""Peer comparison: groups, percentile ranks, and never showing a group of fewer than 5."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from app.scoring.engine import score_interview
from app.scoring.pack import Pack
from app.scoring.peers import MIN_GROUP_SIZE, percentile_rank
from app.scoring.reference import ReferenceSet, default_reference, parse_reference
from app.scoring.taxonomy import TECHNOLOGY_AREAS

COLUMNS = ["structure.participants_total", "financing.public_share", "services.written_strategy"]


def make_reference(rows: list[tuple[str, str, list[Any]]]) -> ReferenceSet:
    """A small reference set: (technology area, label, values in COLUMNS order) per cluster."""
    document = {
        "format": "clusterbench-reference",
        "format_version": 1,
        "id": "peers-test",
        "version": "1",
        "synthetic": True,
        "indicators": COLUMNS,
        "clusters": [
            {
                "technology_area": area,
                "country": "XX",
                "label": label,
                "year": 2022,
                "values": values,
            }  # fmt: skip
            for area, label, values in rows
        ],
    }
    return parse_reference(json.dumps(document).encode(), "peers-test")


def _peers(pack: Pack, reference: ReferenceSet, area: str | None, **answers: Any) -> dict[str, Any]:
    named = {key.replace("__", "."): value for key, value in answers.items()}
    return score_interview(pack, named, reference, area).to_dict()


# --- percentile rank -----------------------------------------------------------------------


def test_percentile_rank_counts_ties_as_half() -> None:
    values = [10.0, 20.0, 30.0, 40.0]
    assert percentile_rank(values, 25) == 50.0
    assert percentile_rank(values, 10) == 12.5
    assert percentile_rank(values, 5) == 0.0
    assert percentile_rank(values, 50) == 100.0
    assert percentile_rank([7.0] * 5, 7) == 50.0


def test_percentile_rank_flips_for_lower_is_better() -> None:
    values = [10.0, 20.0, 30.0, 40.0]
    assert percentile_rank(values, 5, higher_is_better=False) == 100.0
    assert percentile_rank(values, 35, higher_is_better=False) == 25.0
    assert percentile_rank(values, 40, higher_is_better=False) == 12.5


def test_percentile_rank_of_an_empty_group_is_refused() -> None:
    with pytest.raises(ValueError):
        percentile_rank([], 1.0)


# --- groups ----------------------------------------------------------------------------------


def test_a_group_of_fewer_than_five_is_never_shown(default_pack: Pack) -> None:
    rows = [("ICT", "bronze", [40 + n, 50.0, True]) for n in range(MIN_GROUP_SIZE - 1)]
    rows += [("Biotechnology", "bronze", [60 + n, 30.0, False]) for n in range(20)]
    data = _peers(default_pack, make_reference(rows), "ICT", structure__participants_total=45)
    group = data["peers"]["groups"]["technology_area"]
    assert group["size"] == MIN_GROUP_SIZE - 1
    assert group["shown"] is False
    assert group["section_means"] is None
    for ranks in data["peers"]["indicators"].values():
        assert ranks["technology_area"] is None
    for ranks in data["peers"]["sections"].values():
        assert ranks["technology_area"] is None
    assert data["radar"]["technology_area"] is None
    # the whole set is big enough
    assert data["peers"]["groups"]["all"]["shown"] is True
    assert data["peers"]["indicators"]["structure.participants_total"]["all"] is not None


def test_a_group_of_exactly_five_is_shown(default_pack: Pack) -> None:
    rows = [("ICT", "bronze", [10 * (n + 1), 50.0, True]) for n in range(MIN_GROUP_SIZE)]
    data = _peers(default_pack, make_reference(rows), "ICT", structure__participants_total=35)
    group = data["peers"]["groups"]["technology_area"]
    assert (group["size"], group["shown"], group["label"]) == (5, True, "ICT")
    # 35 beats 10, 20, 30 of 10..50
    assert data["peers"]["indicators"]["structure.participants_total"]["technology_area"] == 60.0


def test_an_indicator_with_fewer_than_five_values_is_not_ranked(default_pack: Pack) -> None:
    rows = [("ICT", "bronze", [40, None if n < 8 else 30.0, True]) for n in range(10)]
    data = _peers(default_pack, make_reference(rows), "ICT", financing__public_share=20.0)
    assert data["peers"]["groups"]["technology_area"]["shown"] is True
    assert data["peers"]["indicators"]["financing.public_share"]["technology_area"] is None


def test_lower_is_better_indicator_ranks_low_values_high(default_pack: Pack) -> None:
    rows = [("ICT", "bronze", [40, float(share), True]) for share in range(10, 110, 10)]
    data = _peers(default_pack, make_reference(rows), "ICT", financing__public_share=15.0)
    # 15 % public funding is lower (better) than 9 of the 10 peers
    assert data["peers"]["indicators"]["financing.public_share"]["all"] == 90.0


def test_excellence_group_is_the_gold_labelled_clusters(default_pack: Pack) -> None:
    rows = [("ICT", "gold", [200, 20.0, True]) for _ in range(6)]
    rows += [("ICT", "bronze", [20 + n, 70.0, n % 2 == 0]) for n in range(30)]
    data = _peers(default_pack, make_reference(rows), "ICT", structure__participants_total=100)
    group = data["peers"]["groups"]["excellence"]
    assert (group["label"], group["size"], group["shown"]) == ("Gold-labelled clusters", 6, True)
    assert data["peers"]["indicators"]["structure.participants_total"]["excellence"] == 0.0
    assert data["peers"]["indicators"]["structure.participants_total"]["all"] > 80


def test_excellence_falls_back_to_the_top_quartile(default_pack: Pack) -> None:
    rows = [("ICT", "gold", [200, 20.0, True]) for _ in range(4)]
    rows += [("ICT", "bronze", [5 + n, 70.0, False]) for n in range(36)]
    data = _peers(default_pack, make_reference(rows), "ICT")
    group = data["peers"]["groups"]["excellence"]
    assert group["label"] == "Top quartile of all clusters"
    assert group["size"] == math.ceil(40 / 4)
    assert group["shown"] is True
    assert "top quartile" in group["definition"]


def test_tiny_reference_hides_every_group(default_pack: Pack) -> None:
    rows = [("ICT", "gold", [200, 20.0, True]) for _ in range(3)]
    data = _peers(default_pack, make_reference(rows), "ICT", structure__participants_total=10)
    assert {g["shown"] for g in data["peers"]["groups"].values()} == {False}
    assert data["radar"]["technology_area"] is None
    assert data["radar"]["excellence"] is None
    every_rank = [
        rank
        for ranks in (*data["peers"]["indicators"].values(), *data["peers"]["sections"].values())
        for rank in ranks.values()
    ]
    assert set(every_rank) == {None}


def test_no_technology_area_means_no_area_group(default_pack: Pack) -> None:
    data = _peers(default_pack, default_reference(), None, structure__participants_total=10)
    group = data["peers"]["groups"]["technology_area"]
    assert (group["shown"], group["size"]) == (False, 0)
    assert data["peers"]["groups"]["all"]["shown"] is True


def test_section_means_and_section_ranks(default_pack: Pack) -> None:
    rows = [("ICT", "bronze", [25, 50.0, True]) for _ in range(5)]
    rows += [("ICT", "bronze", [50, 50.0, True]) for _ in range(5)]
    data = _peers(default_pack, make_reference(rows), "ICT", structure__participants_total=50)
    group = data["peers"]["groups"]["technology_area"]
    # participants 25 score 0.5 and 50 score 1: structure section means 75
    assert group["section_means"]["structure"] == 75.0
    assert data["peers"]["sections"]["structure"]["technology_area"] == 75.0
    assert data["radar"]["technology_area"][0] == 75.0


# --- the shipped synthetic reference ----------------------------------------------------------


def test_every_technology_area_is_big_enough_in_the_shipped_set(default_pack: Pack) -> None:
    reference = default_reference()
    for area in TECHNOLOGY_AREAS:
        data = _peers(default_pack, reference, area, structure__participants_total=60)
        assert data["peers"]["groups"]["technology_area"]["shown"], area
    excellence = data["peers"]["groups"]["excellence"]
    assert excellence["label"] == "Gold-labelled clusters"
    assert excellence["size"] >= MIN_GROUP_SIZE


def test_ranks_match_a_brute_force_count(default_pack: Pack) -> None:
    reference = default_reference()
    column = reference.column("structure.participants_total")
    assert column is not None
    values = [v for c in reference.clusters if isinstance(v := c.values[column], (int, float))]
    data = _peers(default_pack, reference, None, structure__participants_total=70)
    below = sum(1 for v in values if v < 70)
    ties = sum(1 for v in values if v == 70)
    expected = round(100 * (below + ties / 2) / len(values), 1)
    assert data["peers"]["indicators"]["structure.participants_total"]["all"] == expected
