"""Peer comparison: percentile ranks of a cluster within its peer groups of a reference set.

Three groups, as in ESCA's benchmarking report:

- ``technology_area``: reference clusters of the same technology area;
- ``excellence``: the cluster excellence group, the Gold-labelled clusters, or the top
  quartile of all clusters by overall score when fewer than 5 are Gold-labelled;
- ``all``: every cluster of the reference set.

**Confidentiality:** a group with fewer than ``MIN_GROUP_SIZE`` (5) members is never shown:
``shown`` is false and all its numbers are null. The same holds for a single indicator or
section when fewer than 5 members of a group have a value for it.

The **percentile rank** of a value is the share of the group's values it beats, counting
ties as half (mid-rank), in per cent: 0..100. For lower-is-better indicators "beats" means
"is lower than". Section percentiles rank the cluster's section score among the members'
section scores, computed from their indicator values with the very same rules.

Reference clusters are scored once per (reference set, pack) into pre-sorted arrays; each
ranking is then a binary search (``bisect``), so ranking against 100,000 clusters takes
microseconds.
"""

from __future__ import annotations

import math
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.scoring.pack import Item, Pack
from app.scoring.reference import ReferenceSet
from app.scoring.rules import indicator_score, measure
from app.scoring.wording import say

MIN_GROUP_SIZE = 5
#: The fixed names of the peer groups (the technology-area group is named by its area);
#: the interface translates them.
GOLD_LABELLED = "Gold-labelled clusters"
TOP_QUARTILE = "Top quartile of all clusters"
ALL_CLUSTERS = "All clusters"
NO_AREA = "Technology area not set"
GROUP_LABELS = (GOLD_LABELLED, TOP_QUARTILE, ALL_CLUSTERS, NO_AREA)
GROUP_KEYS = ("technology_area", "excellence", "all")
_CACHE_SIZE = 4


@dataclass(frozen=True)
class PeerGroup:
    """A peer group as shown: its label, size and (only when shown) section means."""

    key: str
    label: str
    size: int
    shown: bool
    section_means: Mapping[str, float | None] | None
    definition: str

    def to_dict(self) -> dict[str, Any]:
        """The group entry of the score result."""
        return {
            "label": self.label,
            "size": self.size,
            "shown": self.shown,
            "section_means": dict(self.section_means) if self.section_means is not None else None,
            "definition": self.definition,
        }


@dataclass(frozen=True)
class PeerComparison:
    """Percentile ranks of one cluster per indicator and per section, per group."""

    groups: Mapping[str, PeerGroup]
    indicators: Mapping[str, Mapping[str, float | None]]
    sections: Mapping[str, Mapping[str, float | None]]

    def to_dict(self) -> dict[str, Any]:
        """The ``peers`` part of the score result."""
        return {
            "groups": {key: group.to_dict() for key, group in self.groups.items()},
            "indicators": {k: dict(v) for k, v in self.indicators.items()},
            "sections": {k: dict(v) for k, v in self.sections.items()},
        }


def no_peers() -> PeerComparison:
    """The comparison when no reference data is loaded."""
    return PeerComparison(groups={}, indicators={}, sections={})


def percentile_rank(
    sorted_values: Sequence[float], value: float, higher_is_better: bool = True
) -> float:
    """Share of ``sorted_values`` that ``value`` beats (ties count half), 0..100."""
    count = len(sorted_values)
    if count == 0:
        raise ValueError("cannot rank against an empty group")
    low = bisect_left(sorted_values, value)
    high = bisect_right(sorted_values, value)
    beaten = low if higher_is_better else count - high
    return round(100.0 * (beaten + 0.5 * (high - low)) / count, 1)


@dataclass(frozen=True)
class _GroupData:
    """Pre-sorted values of one group's members."""

    size: int
    indicators: Mapping[str, list[float]]
    sections: Mapping[str, list[float]]
    section_means: Mapping[str, float]


def _sorted_column(column: Sequence[float | None], members: Sequence[int] | None) -> list[float]:
    if members is None:
        return sorted(v for v in column if v is not None)
    return sorted(v for i in members if (v := column[i]) is not None)


class PeerIndex:
    """A reference set scored under one pack, with groups built on first use."""

    def __init__(self, reference: ReferenceSet, pack: Pack) -> None:
        self.reference = reference
        clusters = reference.clusters
        self._areas = [c.technology_area for c in clusters]
        scored: list[tuple[Item, int]] = []
        for item in pack.items:
            column = reference.column(item.id)
            if item.scoring.scored and column is not None:
                scored.append((item, column))
        self.peer_items: dict[str, Item] = {i.id: i for i in pack.items if i.scoring.peer}
        self.section_ids = [s.id for s in pack.sections if any(i.scoring.scored for i in s.items)]
        self._measures: dict[str, list[float | None]] = {}
        sums = {sid: [0.0] * len(clusters) for sid in self.section_ids}
        weights = {sid: [0.0] * len(clusters) for sid in self.section_ids}
        total = [0.0] * len(clusters)
        total_weight = [0.0] * len(clusters)
        for item, column in scored:
            # Reference values repeat a lot (counts, codes, yes/no): score each distinct one once.
            memo: dict[tuple[type, Any], tuple[float | None, float]] = {}
            values: list[float | None] = []
            weight = item.scoring.weight
            section_sum, section_weight = sums[item.section_id], weights[item.section_id]
            for n, cluster in enumerate(clusters):
                raw = cluster.values[column]
                key = (type(raw), raw)
                known = memo.get(key)
                if known is None:
                    number = measure(item, raw)
                    score = 0.0 if number is None else indicator_score(item, number) * weight
                    known = memo[key] = (number, score)
                number, score = known
                values.append(number)
                if number is None:
                    continue
                section_sum[n] += score
                section_weight[n] += weight
                total[n] += score
                total_weight[n] += weight
            if item.id in self.peer_items:
                self._measures[item.id] = values
        self._sections: dict[str, list[float | None]] = {
            sid: [
                100.0 * s / w if w > 0 else None
                for s, w in zip(sums[sid], weights[sid], strict=True)
            ]
            for sid in self.section_ids
        }
        composite = [
            100.0 * s / w if w > 0 else None for s, w in zip(total, total_weight, strict=True)
        ]
        gold = [n for n, c in enumerate(clusters) if c.label == "gold"]
        self.gold_count = len(gold)
        if len(gold) >= MIN_GROUP_SIZE:
            self.excellence_members = gold
            self.excellence_label = GOLD_LABELLED
        else:
            ranked = sorted(
                (n for n, v in enumerate(composite) if v is not None),
                key=lambda n: (-(composite[n] or 0.0), n),
            )
            self.excellence_members = ranked[: math.ceil(len(ranked) / 4)]
            self.excellence_label = TOP_QUARTILE
        self._lock = threading.Lock()
        self._groups: dict[str, _GroupData] = {}

    def _build(self, members: Sequence[int] | None) -> _GroupData:
        size = len(self._areas) if members is None else len(members)
        indicators = {k: _sorted_column(col, members) for k, col in self._measures.items()}
        sections = {k: _sorted_column(col, members) for k, col in self._sections.items()}
        means = {
            k: round(sum(values) / len(values), 1)
            for k, values in sections.items()
            if len(values) >= MIN_GROUP_SIZE
        }
        return _GroupData(size, indicators, sections, means)

    def excellence_definition(self, language: str = "en") -> str:
        """What the excellence group is for this reference set, in ``language``."""
        if self.gold_count >= MIN_GROUP_SIZE:
            template = "The {count} Gold-labelled clusters of the reference set."
        else:
            template = (
                "Only {count} Gold-labelled clusters, so the top quartile of all clusters by "
                "overall score stands in."
            )
        return say(language, template, count=self.gold_count)

    def group(self, key: str, technology_area: str | None = None) -> _GroupData:
        """The pre-sorted data of group ``key`` (built once, then reused)."""
        name = f"area:{technology_area}" if key == "technology_area" else key
        with self._lock:
            data = self._groups.get(name)
            if data is None:
                if key == "all":
                    members: Sequence[int] | None = None
                elif key == "excellence":
                    members = self.excellence_members
                else:
                    members = [n for n, a in enumerate(self._areas) if a == technology_area]
                data = self._groups[name] = self._build(members)
            return data

    def compare(
        self,
        technology_area: str | None,
        measures: Mapping[str, float],
        section_scores: Mapping[str, float],
        language: str = "en",
    ) -> PeerComparison:
        """Rank a cluster's measures and section scores within each group.

        The definitions are in ``language``; the group labels stay English (the interface
        translates them).
        """
        groups: dict[str, PeerGroup] = {}
        datas: dict[str, _GroupData | None] = {}
        for key in GROUP_KEYS:
            if key == "technology_area" and technology_area is None:
                datas[key] = None
                definition = say(language, "No technology area given for the cluster.")
                groups[key] = PeerGroup(key, NO_AREA, 0, False, None, definition)
                continue
            data = self.group(key, technology_area)
            shown = data.size >= MIN_GROUP_SIZE
            datas[key] = data if shown else None
            if key == "technology_area":
                label = area = str(technology_area)
                definition = say(
                    language, "Reference clusters in {area}.", area=say(language, area)
                )
            elif key == "excellence":
                label = self.excellence_label
                definition = self.excellence_definition(language)
            else:
                label = ALL_CLUSTERS
                definition = say(language, "Every cluster of the reference set.")
            if not shown:
                definition += say(
                    language, " Fewer than {minimum} members: not shown.", minimum=MIN_GROUP_SIZE
                )
            groups[key] = PeerGroup(
                key,
                label,
                data.size,
                shown,
                dict(data.section_means) if shown else None,
                definition,
            )
        indicators: dict[str, dict[str, float | None]] = {}
        for item_id, item in self.peer_items.items():
            value = measures.get(item_id)
            indicators[item_id] = {
                key: _rank(
                    data.indicators.get(item_id) if data else None,
                    value,
                    item.scoring.higher_is_better,
                )  # fmt: skip
                for key, data in datas.items()
            }
        sections: dict[str, dict[str, float | None]] = {}
        for section_id in self.section_ids:
            value = section_scores.get(section_id)
            sections[section_id] = {
                key: _rank(data.sections.get(section_id) if data else None, value, True)
                for key, data in datas.items()
            }
        return PeerComparison(groups, indicators, sections)


def _rank(values: Sequence[float] | None, value: float | None, higher: bool) -> float | None:
    if value is None or values is None or len(values) < MIN_GROUP_SIZE:
        return None
    return percentile_rank(values, value, higher)


_cache: dict[tuple[int, str], PeerIndex] = {}
_cache_lock = threading.Lock()


def peer_index(reference: ReferenceSet, pack: Pack) -> PeerIndex:
    """The reference set scored under ``pack`` (cached for the last few pairs)."""
    key = (id(reference), pack.content_hash)
    with _cache_lock:
        index = _cache.get(key)
        if index is not None and index.reference is reference:
            return index
    index = PeerIndex(reference, pack)
    with _cache_lock:
        _cache[key] = index
        while len(_cache) > _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
    return index


def compare_with_peers(
    reference: ReferenceSet,
    pack: Pack,
    technology_area: str | None,
    measures: Mapping[str, float],
    section_scores: Mapping[str, float],
    language: str = "en",
) -> PeerComparison:
    """Percentile ranks of a cluster (its measures and section scores) against ``reference``."""
    index = peer_index(reference, pack)
    return index.compare(technology_area, measures, section_scores, language)
