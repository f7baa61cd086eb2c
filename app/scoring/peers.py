"""Peer comparison from aggregated peer statistics, never from other clusters' rows.

Three groups, as in ESCA's benchmarking report:

- ``technology_area``: reference clusters of the same technology area;
- ``excellence``: the cluster excellence group, the Gold-labelled clusters, or the top
  quartile of all clusters by overall score when fewer than 5 are Gold-labelled;
- ``all``: every cluster of the reference set.

The reference rows are read **once** into ``PeerStatistics``: per group its size and, per
peer indicator and per section, the exact distribution of the members' values (each
distinct value with how many members have it) and its mean. Every comparison runs from
these statistics, in the app as in ``verify``: a bundle carries the statistics of the
cluster's three groups (``PeerStatistics.for_area(...).to_dict()``, documented in
``docs/REFERENCE-FORMAT.md``), never a row, an identifier, a country, a label or a year.

**Confidentiality:** a group with fewer than ``MIN_GROUP_SIZE`` (5) members carries nothing
but its size and is never shown (``shown`` false, all numbers null). A single indicator or
section with fewer than 5 values in a group carries no distribution and is not ranked.

The **percentile rank** of a value is the share of the group's values it beats, counting
ties as half (mid-rank), in per cent: 0..100. For lower-is-better indicators "beats" means
"is lower than". Section percentiles rank the cluster's section score among the members'
section scores, computed from their indicator values with the very same rules. From a
distribution the rank is one binary search over its distinct values, so it equals the rank
among the rows it came from exactly.
"""

from __future__ import annotations

import math
import operator
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypeAlias

from app.scoring.pack import Item, Pack
from app.scoring.rules import indicator_score, measure
from app.scoring.taxonomy import TECHNOLOGY_AREAS
from app.scoring.wording import say

if TYPE_CHECKING:
    from app.scoring.reference import ReferenceSet

MIN_GROUP_SIZE = 5
#: The fixed names of the peer groups (the technology-area group is named by its area);
#: the interface translates them.
GOLD_LABELLED = "Gold-labelled clusters"
TOP_QUARTILE = "Top quartile of all clusters"
ALL_CLUSTERS = "All clusters"
NO_AREA = "Technology area not set"
GROUP_LABELS = (GOLD_LABELLED, TOP_QUARTILE, ALL_CLUSTERS, NO_AREA)
GROUP_KEYS = ("technology_area", "excellence", "all")
EXCELLENCE_BASES = ("gold", "top_quartile")
STATISTICS_FORMAT = "clusterbench-peer-statistics"
STATISTICS_FORMAT_VERSION = 1
_CACHE_SIZE = 4
#: How many indicators' ranks ``PeerStatistics.compare`` keeps before starting afresh.
_RANKS_KEPT = 8192


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
    return _rank_value(beaten, high - low, count)


def _rank_value(beaten: int, ties: int, count: int) -> float:
    return round(100.0 * (beaten + 0.5 * ties) / count, 1)


# --- distributions and groups ------------------------------------------------------------------


@dataclass(frozen=True)
class Distribution:
    """A group's values for one indicator or section: each distinct value and its count.

    ``values`` ascend strictly; ``mean`` is the mean of the values it came from.
    """

    values: tuple[float, ...]
    counts: tuple[int, ...]
    mean: float
    _below: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        below = tuple(accumulate(self.counts, initial=0))[:-1]
        object.__setattr__(self, "_below", below)

    @property
    def n(self) -> int:
        """How many values the distribution holds."""
        return sum(self.counts)

    def rank(self, value: float, higher_is_better: bool = True) -> float:
        """The percentile rank of ``value`` (as ``percentile_rank`` over the rows)."""
        total = self.n
        index = bisect_left(self.values, value)
        below = self._below[index] if index < len(self.values) else total
        ties = self.counts[index] if index < len(self.values) and self.values[index] == value else 0
        beaten = below if higher_is_better else total - below - ties
        return _rank_value(beaten, ties, total)

    @classmethod
    def of(cls, sorted_values: Sequence[float]) -> Distribution:
        """The distribution of ascending ``sorted_values`` (at least one)."""
        counted = Counter(sorted_values)
        distinct = sorted(counted)
        mean = sum(sorted_values) / len(sorted_values)
        return cls(tuple(distinct), tuple(counted[v] for v in distinct), mean)

    def to_dict(self) -> dict[str, Any]:
        """Plain data as in ``docs/REFERENCE-FORMAT.md``."""
        return {
            "n": self.n,
            "mean": self.mean,
            "values": list(self.values),
            "counts": list(self.counts),
        }


@dataclass(frozen=True)
class GroupStatistics:
    """One peer group: its size and, when it has at least 5 members, its distributions."""

    size: int
    indicators: Mapping[str, Distribution]
    sections: Mapping[str, Distribution]

    @property
    def shown(self) -> bool:
        """Whether the group is large enough to be shown."""
        return self.size >= MIN_GROUP_SIZE

    def section_means(self) -> dict[str, float]:
        """Mean section score per section with enough values, rounded as shown."""
        return {k: round(d.mean, 1) for k, d in self.sections.items()}

    def to_dict(self) -> dict[str, Any]:
        """Plain data; a group too small to show carries its size only."""
        if not self.shown:
            return {"size": self.size}
        return {
            "size": self.size,
            "indicators": {k: d.to_dict() for k, d in sorted(self.indicators.items())},
            "sections": {k: d.to_dict() for k, d in sorted(self.sections.items())},
        }


def _group(
    size: int, indicators: Mapping[str, list[float]], sections: Mapping[str, list[float]]
) -> GroupStatistics:
    if size < MIN_GROUP_SIZE:
        return GroupStatistics(size, {}, {})
    return GroupStatistics(
        size,
        {k: Distribution.of(v) for k, v in indicators.items() if len(v) >= MIN_GROUP_SIZE},
        {k: Distribution.of(v) for k, v in sections.items() if len(v) >= MIN_GROUP_SIZE},
    )


def _area_key(area: str) -> str:
    return f"area:{area}"


#: Each group as shown, and its statistics (None when it is too small to show).
_GroupsShown: TypeAlias = tuple[dict[str, PeerGroup], dict[str, GroupStatistics | None]]


@dataclass(frozen=True, eq=False)
class PeerStatistics:
    """Aggregated peer statistics of a reference set under one pack.

    ``groups`` holds ``all``, ``excellence`` and ``area:<technology area>`` for each area
    present (a bundle's statistics hold one area only). ``reference`` and ``pack`` identify
    the data and the pack they were computed from.
    """

    reference: Mapping[str, Any]
    pack: Mapping[str, str]
    excellence_basis: str
    gold_count: int
    groups: Mapping[str, GroupStatistics]
    #: An indicator's ranks per group, by (area, item, value, direction): a rescoring
    #: after one answer ranks only what changed.
    _ranks: dict[tuple[str | None, str, float | None, bool], dict[str, float | None]] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )
    #: The groups as shown, and their statistics, by (area, language).
    _shown: dict[tuple[str | None, str], _GroupsShown] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )

    @property
    def ref(self) -> dict[str, Any]:
        """Identity of the reference data, as stored with every score."""
        return dict(self.reference)

    def areas(self) -> list[str]:
        """The technology areas these statistics hold a group for."""
        return [key[5:] for key in self.groups if key.startswith("area:")]

    def area_group(self, technology_area: str) -> GroupStatistics:
        """The technology-area group (empty when the reference set has none of that area)."""
        return self.groups.get(_area_key(technology_area), GroupStatistics(0, {}, {}))

    def for_area(self, technology_area: str | None) -> PeerStatistics:
        """Only what one cluster's comparison needs: its area, the excellence group, all."""
        groups = {key: self.groups[key] for key in ("all", "excellence")}
        if technology_area is not None:
            groups[_area_key(technology_area)] = self.area_group(technology_area)
        return PeerStatistics(
            self.reference, self.pack, self.excellence_basis, self.gold_count, groups
        )

    def to_dict(self, technology_area: str | None) -> dict[str, Any]:
        """The statistics one bundle carries (``docs/REFERENCE-FORMAT.md``)."""
        area_group = (
            {"area": None, "size": 0}
            if technology_area is None
            else {"area": technology_area, **self.area_group(technology_area).to_dict()}
        )
        return {
            "format": STATISTICS_FORMAT,
            "format_version": STATISTICS_FORMAT_VERSION,
            "reference": dict(self.reference),
            "pack": dict(self.pack),
            "min_group_size": MIN_GROUP_SIZE,
            "excellence": {"basis": self.excellence_basis, "gold_count": self.gold_count},
            "groups": {
                "technology_area": area_group,
                "excellence": self.groups["excellence"].to_dict(),
                "all": self.groups["all"].to_dict(),
            },
        }

    def excellence_definition(self, language: str = "en") -> str:
        """What the excellence group is for this reference set, in ``language``."""
        if self.excellence_basis == "gold":
            template = "The {count} Gold-labelled clusters of the reference set."
        else:
            template = (
                "Only {count} Gold-labelled clusters, so the top quartile of all clusters by "
                "overall score stands in."
            )
        return say(language, template, count=self.gold_count)

    def compare(
        self,
        pack: Pack,
        technology_area: str | None,
        measures: Mapping[str, float],
        section_scores: Mapping[str, float],
        language: str = "en",
    ) -> PeerComparison:
        """Rank a cluster's measures and section scores within each group.

        The definitions are in ``language``; the group labels stay English (the interface
        translates them).
        """
        shown = self._shown.get((technology_area, language))
        if shown is None:
            shown = self._shown[(technology_area, language)] = self._groups_shown(
                technology_area, language
            )
        groups, datas = shown
        known = self._ranks
        if len(known) >= _RANKS_KEPT:
            known.clear()
        indicators: dict[str, dict[str, float | None]] = {}
        for item in pack.items:
            if not item.scoring.peer:
                continue
            value = measures.get(item.id)
            higher = item.scoring.higher_is_better
            ranks = known.get((technology_area, item.id, value, higher))
            if ranks is None:
                ranks = known[(technology_area, item.id, value, higher)] = {
                    key: _rank(data.indicators.get(item.id) if data else None, value, higher)
                    for key, data in datas.items()
                }
            indicators[item.id] = dict(ranks)  # the caller's own: the kept ones stay as they are
        sections: dict[str, dict[str, float | None]] = {}
        for section_id in scored_section_ids(pack):
            value = section_scores.get(section_id)
            sections[section_id] = {
                key: _rank(data.sections.get(section_id) if data else None, value, True)
                for key, data in datas.items()
            }
        return PeerComparison(dict(groups), indicators, sections)

    def _groups_shown(self, technology_area: str | None, language: str) -> _GroupsShown:
        """Each group as shown, and its statistics (None when it is too small to show)."""
        groups: dict[str, PeerGroup] = {}
        datas: dict[str, GroupStatistics | None] = {}
        for key in GROUP_KEYS:
            if key == "technology_area" and technology_area is None:
                datas[key] = None
                definition = say(language, "No technology area given for the cluster.")
                groups[key] = PeerGroup(key, NO_AREA, 0, False, None, definition)
                continue
            if key == "technology_area":
                assert technology_area is not None
                data = self.area_group(technology_area)
                label = technology_area
                definition = say(
                    language,
                    "Reference clusters in {area}.",
                    area=say(language, technology_area),
                )
            elif key == "excellence":
                data = self.groups[key]
                label = GOLD_LABELLED if self.excellence_basis == "gold" else TOP_QUARTILE
                definition = self.excellence_definition(language)
            else:
                data = self.groups[key]
                label = ALL_CLUSTERS
                definition = say(language, "Every cluster of the reference set.")
            datas[key] = data if data.shown else None
            if not data.shown:
                definition += say(
                    language, " Fewer than {minimum} members: not shown.", minimum=MIN_GROUP_SIZE
                )
            means = data.section_means() if data.shown else None
            groups[key] = PeerGroup(key, label, data.size, data.shown, means, definition)
        return groups, datas


def scored_section_ids(pack: Pack) -> list[str]:
    """Sections with at least one scored item (the ones ranked against peers)."""
    return [s.id for s in pack.sections if any(i.scoring.scored for i in s.items)]


def _rank(distribution: Distribution | None, value: float | None, higher: bool) -> float | None:
    if value is None or distribution is None or distribution.n < MIN_GROUP_SIZE:
        return None
    return distribution.rank(value, higher)


# --- building the statistics from the reference rows ----------------------------------------


def _sorted_column(column: Sequence[float | None], members: Iterable[int] | None) -> list[float]:
    if members is None:
        return sorted(v for v in column if v is not None)
    return sorted(v for i in members if (v := column[i]) is not None)


def build_peer_statistics(reference: ReferenceSet, pack: Pack) -> PeerStatistics:
    """Score every reference cluster under ``pack`` once and aggregate it per group."""
    clusters = reference.clusters
    scored: list[tuple[Item, int]] = []
    for item in pack.items:
        column = reference.column(item.id)
        if item.scoring.scored and column is not None:
            scored.append((item, column))
    section_ids = scored_section_ids(pack)
    measures: dict[str, list[float | None]] = {}
    sums = {sid: [0.0] * len(clusters) for sid in section_ids}
    weights = {sid: [0.0] * len(clusters) for sid in section_ids}
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
        if item.scoring.peer:
            measures[item.id] = values
    sections: dict[str, list[float | None]] = {
        sid: [
            100.0 * s / w if w > 0 else None for s, w in zip(sums[sid], weights[sid], strict=True)
        ]
        for sid in section_ids
    }
    composite = [100.0 * s / w if w > 0 else None for s, w in zip(total, total_weight, strict=True)]
    gold = [n for n, c in enumerate(clusters) if c.label == "gold"]
    if len(gold) >= MIN_GROUP_SIZE:
        excellence, basis = gold, "gold"
    else:
        ranked = sorted(
            (n for n, v in enumerate(composite) if v is not None),
            key=lambda n: (-(composite[n] or 0.0), n),
        )
        excellence, basis = ranked[: math.ceil(len(ranked) / 4)], "top_quartile"

    def group(members: Sequence[int] | None) -> GroupStatistics:
        size = len(clusters) if members is None else len(members)
        return _group(
            size,
            {k: _sorted_column(col, members) for k, col in measures.items()},
            {k: _sorted_column(col, members) for k, col in sections.items()},
        )

    groups = {"all": group(None), "excellence": group(excellence)}
    by_area: dict[str, list[int]] = {}
    for n, cluster in enumerate(clusters):
        by_area.setdefault(cluster.technology_area, []).append(n)
    for area, members in sorted(by_area.items()):
        groups[_area_key(area)] = group(members)
    return PeerStatistics(reference.ref, pack.ref, basis, len(gold), groups)


_cache: dict[tuple[int, str], tuple[ReferenceSet, PeerStatistics]] = {}
_cache_lock = threading.Lock()


def peer_statistics(reference: ReferenceSet, pack: Pack) -> PeerStatistics:
    """The reference set aggregated under ``pack`` (built once, cached for a few pairs)."""
    key = (id(reference), pack.content_hash)
    with _cache_lock:
        known = _cache.get(key)
        if known is not None and known[0] is reference:
            return known[1]
    statistics = build_peer_statistics(reference, pack)
    with _cache_lock:
        _cache[key] = (reference, statistics)
        while len(_cache) > _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
    return statistics


def compare_with_peers(
    peers: ReferenceSet | PeerStatistics,
    pack: Pack,
    technology_area: str | None,
    measures: Mapping[str, float],
    section_scores: Mapping[str, float],
    language: str = "en",
) -> PeerComparison:
    """Percentile ranks of a cluster (its measures and section scores) against its peers."""
    statistics = peers if isinstance(peers, PeerStatistics) else peer_statistics(peers, pack)
    return statistics.compare(pack, technology_area, measures, section_scores, language)


# --- reading statistics back (bundles) -----------------------------------------------------------


class PeerStatisticsError(ValueError):
    """Peer statistics that are malformed; the message names the first problem and where."""


_DISTRIBUTION_KEYS = {"n", "mean", "values", "counts"}
_MAX_DISTINCT = 1_000_000


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


_NUMBER_TYPES = frozenset({int, float})


def _distribution(raw: Any, where: str, size: int) -> Distribution:
    # Built-in iteration throughout (map, min, set): a bundle's file holds ~15,000 values.
    if not isinstance(raw, dict) or set(raw) != _DISTRIBUTION_KEYS:
        raise PeerStatisticsError(f"{where}: expected exactly n, mean, values and counts")
    values, counts, n, mean = raw["values"], raw["counts"], raw["n"], raw["mean"]
    if not isinstance(values, list) or not isinstance(counts, list) or len(values) != len(counts):
        raise PeerStatisticsError(f"{where}: values and counts must be lists of equal length")
    if not values or len(values) > _MAX_DISTINCT:
        raise PeerStatisticsError(f"{where}: expected at least one value")
    if not set(map(type, values)) <= _NUMBER_TYPES or not all(map(math.isfinite, values)):
        raise PeerStatisticsError(f"{where}.values: expected finite numbers")
    if not all(map(operator.lt, values, values[1:])):
        raise PeerStatisticsError(f"{where}.values: expected distinct values in ascending order")
    if set(map(type, counts)) != {int} or min(counts) < 1:
        raise PeerStatisticsError(f"{where}.counts: expected positive whole numbers")
    if not _count(n) or n != sum(counts):
        raise PeerStatisticsError(f"{where}.n: must be the sum of the counts")
    if n < MIN_GROUP_SIZE or n > size:
        raise PeerStatisticsError(
            f"{where}.n: {n} values, but a distribution holds {MIN_GROUP_SIZE} to {size} "
            "(the group's size)"
        )
    if type(mean) not in _NUMBER_TYPES or not math.isfinite(mean):
        raise PeerStatisticsError(f"{where}.mean: expected a finite number")
    exact = math.fsum(map(operator.mul, values, counts)) / n
    if abs(mean - exact) > 1e-6 * max(1.0, abs(exact)):
        raise PeerStatisticsError(f"{where}.mean: is not the mean of the values")
    return Distribution(tuple(map(float, values)), tuple(counts), float(mean))


def _group_from(raw: Any, where: str, with_area: bool) -> tuple[GroupStatistics, str | None]:
    allowed = {"size", "indicators", "sections"} | ({"area"} if with_area else set())
    if not isinstance(raw, dict) or not set(raw) <= allowed or "size" not in raw:
        keys = ", ".join(sorted(allowed))
        raise PeerStatisticsError(f"{where}: expected an object with {keys}")
    size = raw["size"]
    if not _count(size):
        raise PeerStatisticsError(f"{where}.size: expected a whole number")
    area = raw.get("area") if with_area else None
    if with_area:
        if "area" not in raw or not (area is None or area in TECHNOLOGY_AREAS):
            raise PeerStatisticsError(f"{where}.area: expected a technology area or null")
        if area is None and size != 0:
            raise PeerStatisticsError(f"{where}: without a technology area the size is 0")
    has_data = "indicators" in raw or "sections" in raw
    if size < MIN_GROUP_SIZE:
        if has_data:
            raise PeerStatisticsError(
                f"{where}: a group of fewer than {MIN_GROUP_SIZE} members carries nothing but "
                "its size"
            )
        return GroupStatistics(size, {}, {}), area
    if set(raw) - {"area"} != {"size", "indicators", "sections"}:
        raise PeerStatisticsError(f"{where}: expected size, indicators and sections")
    parts: list[dict[str, Distribution]] = []
    for part in ("indicators", "sections"):
        entries = raw[part]
        if not isinstance(entries, dict):
            raise PeerStatisticsError(f"{where}.{part}: expected an object")
        parts.append(
            {str(k): _distribution(v, f"{where}.{part}.{k}", size) for k, v in entries.items()}
        )
    return GroupStatistics(size, parts[0], parts[1]), area


def parse_peer_statistics(document: Any) -> tuple[PeerStatistics, str | None]:
    """Statistics as a bundle carries them, strictly checked; with the technology area.

    Raises ``PeerStatisticsError`` naming the first problem and its location.
    """
    top = {"format", "format_version", "reference", "pack", "min_group_size", "excellence",
           "groups"}  # fmt: skip
    if not isinstance(document, dict) or set(document) != top:
        raise PeerStatisticsError("(top level): expected exactly " + ", ".join(sorted(top)))
    if document["format"] != STATISTICS_FORMAT:
        raise PeerStatisticsError(f"format: expected {STATISTICS_FORMAT!r}")
    if document["format_version"] != STATISTICS_FORMAT_VERSION:
        raise PeerStatisticsError(f"format_version: expected {STATISTICS_FORMAT_VERSION}")
    if document["min_group_size"] != MIN_GROUP_SIZE:
        raise PeerStatisticsError(f"min_group_size: expected {MIN_GROUP_SIZE}")
    reference = document["reference"]
    if not (
        isinstance(reference, dict)
        and set(reference) == {"id", "version", "sha256", "synthetic", "size"}
        and all(isinstance(reference[k], str) for k in ("id", "version", "sha256"))
        and re.fullmatch(r"[0-9a-f]{64}", reference["sha256"]) is not None
        and isinstance(reference["synthetic"], bool)
        and _count(reference["size"])
    ):
        raise PeerStatisticsError(
            "reference: expected id, version, sha256 (text), synthetic (true/false) and size"
        )
    pack = document["pack"]
    if not (
        isinstance(pack, dict)
        and set(pack) == {"id", "version", "content_hash"}
        and all(isinstance(v, str) for v in pack.values())
    ):
        raise PeerStatisticsError("pack: expected id, version and content_hash (text)")
    excellence = document["excellence"]
    if not (
        isinstance(excellence, dict)
        and set(excellence) == {"basis", "gold_count"}
        and excellence["basis"] in EXCELLENCE_BASES
        and _count(excellence["gold_count"])
    ):
        raise PeerStatisticsError("excellence: expected basis (gold or top_quartile), gold_count")
    groups = document["groups"]
    if not isinstance(groups, dict) or set(groups) != set(GROUP_KEYS):
        raise PeerStatisticsError("groups: expected technology_area, excellence and all")
    area_group, area = _group_from(groups["technology_area"], "groups.technology_area", True)
    excellence_group, _ = _group_from(groups["excellence"], "groups.excellence", False)
    all_group, _ = _group_from(groups["all"], "groups.all", False)
    if excellence["basis"] == "gold" and excellence_group.size != excellence["gold_count"]:
        raise PeerStatisticsError("groups.excellence.size: is not the number of Gold labels")
    if excellence["basis"] == "top_quartile" and excellence["gold_count"] >= MIN_GROUP_SIZE:
        raise PeerStatisticsError("excellence.basis: with 5 Gold labels or more the group is Gold")
    for name, group in (("technology_area", area_group), ("excellence", excellence_group)):
        if group.size > all_group.size:
            raise PeerStatisticsError(f"groups.{name}.size: larger than the whole set")
    if all_group.size != reference["size"]:
        raise PeerStatisticsError("groups.all.size: is not the size of the reference set")
    statistics = {"all": all_group, "excellence": excellence_group}
    if area is not None:
        statistics[_area_key(area)] = area_group
    return (
        PeerStatistics(
            dict(reference),
            dict(pack),
            str(excellence["basis"]),
            int(excellence["gold_count"]),
            statistics,
        ),
        area,
    )
