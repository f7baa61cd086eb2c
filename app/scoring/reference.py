"""Peer reference data: anonymised per-cluster indicator values, versioned and checked at load.

The format is documented in ``docs/REFERENCE-FORMAT.md``. A reference file is JSON with a
format marker and version, its own id and version, a ``synthetic`` flag, the list of
indicator ids (the columns) and one row per cluster: technology area, country, label level,
year and the indicator values in column order. ``load_reference`` refuses a broken file with
every problem listed and located (``clusters[12].values[3]: ...``), and records the file's
SHA-256 so a score can name exactly which reference data it was compared with. Where
imported sets are kept, and which one is in use, is ``app.services.references``'s business.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.paths import default_reference_path
from app.scoring.pack import is_number
from app.scoring.taxonomy import TECHNOLOGY_AREAS

FORMAT_NAME = "clusterbench-reference"
FORMAT_VERSION = 1
LABEL_LEVELS = ("gold", "silver", "bronze", "none")
YEAR_RANGE = (1990, 2100)
MAX_LISTED_ERRORS = 25
_COUNTRY = re.compile(r"[A-Z]{2}")

#: One stored indicator value: a number, yes/no, an option code, or missing.
ReferenceValue = float | int | bool | str | None


class ReferenceDataError(AppError):
    """A reference file that cannot be used; ``errors`` lists every problem found."""

    exit_code = 2

    def __init__(self, source: str, errors: Sequence[str]) -> None:
        shown = list(errors[:MAX_LISTED_ERRORS])
        if len(errors) > MAX_LISTED_ERRORS:
            shown.append(f"... and {len(errors) - MAX_LISTED_ERRORS} more problems")
        listing = "\n".join(f"  - {e}" for e in shown)
        super().__init__(
            f"The reference data {source} is not valid: {errors[0]}"
            if len(errors) == 1
            else f"The reference data {source} is not valid:\n{listing}"
        )
        self.errors = list(errors)


@dataclass(frozen=True)
class ReferenceCluster:
    """One anonymised cluster: where it sits and its indicator values (column order)."""

    technology_area: str
    country: str
    label: str
    year: int
    values: tuple[ReferenceValue, ...]


@dataclass(frozen=True, eq=False)
class ReferenceSet:
    """A loaded reference data set. Compared and hashed by identity (it is large)."""

    id: str
    version: str
    title: str
    synthetic: bool
    indicators: tuple[str, ...]
    clusters: tuple[ReferenceCluster, ...]
    sha256: str
    description: str = ""
    pack_id: str = ""
    pack_version: str = ""
    source: str = ""
    _columns: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_columns", {ind: n for n, ind in enumerate(self.indicators)})

    @property
    def size(self) -> int:
        """Number of clusters."""
        return len(self.clusters)

    @property
    def ref(self) -> dict[str, Any]:
        """Identity of the data as stored with every score."""
        return {
            "id": self.id,
            "version": self.version,
            "sha256": self.sha256,
            "synthetic": self.synthetic,
            "size": self.size,
        }

    def column(self, indicator_id: str) -> int | None:
        """Position of ``indicator_id`` in every cluster's values, if the data has it."""
        return self._columns.get(indicator_id)

    def summary(self) -> dict[str, Any]:
        """Counts for display: per technology area, label level and year range."""
        years = [c.year for c in self.clusters]
        areas = Counter(c.technology_area for c in self.clusters)
        labels = Counter(c.label for c in self.clusters)
        return {
            **self.ref,
            "title": self.title,
            "description": self.description,
            "pack": {"id": self.pack_id, "version": self.pack_version},
            "indicators": len(self.indicators),
            "technology_areas": dict(sorted(areas.items())),
            "labels": {level: labels[level] for level in LABEL_LEVELS},
            "years": [min(years), max(years)] if years else None,
        }


# --- parsing ----------------------------------------------------------------------------


def _check_value(value: Any) -> str | None:
    if value is None or isinstance(value, (bool, str)):
        return None if not isinstance(value, str) or value else "an empty string is not a value"
    if is_number(value):
        return None if math.isfinite(value) else "expected a finite number"
    return f"expected a number, true/false, an option code or null, not {type(value).__name__}"


def _plain(values: list[Any]) -> bool:
    """Whether every value is fine (the fast path; ``_check_value`` explains a failure)."""
    for value in values:
        kind = type(value)
        if kind is float:
            if not math.isfinite(value):
                return False
        elif kind is str:
            if not value:
                return False
        elif kind is not int and kind is not bool and value is not None:
            return False
    return True


def _check_header(document: Mapping[str, Any], errors: list[str]) -> None:
    if document.get("format") != FORMAT_NAME:
        errors.append(f"format: expected {FORMAT_NAME!r}, found {document.get('format')!r}")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        errors.append(
            f"format_version: this ClusterBench reads format version {FORMAT_VERSION}, "
            f"the file has {version!r}"
        )
    for key in ("id", "version"):
        value = document.get(key)
        if not isinstance(value, str) or not value.strip():
            errors.append(f"{key}: expected a non-empty string")
    if not isinstance(document.get("synthetic"), bool):
        errors.append("synthetic: expected true or false")
    for key in ("title", "description"):
        if key in document and not isinstance(document[key], str):
            errors.append(f"{key}: expected a string")
    pack = document.get("pack")
    if pack is not None and (
        not isinstance(pack, dict)
        or not all(isinstance(pack.get(k), str) for k in ("id", "version"))
    ):
        errors.append('pack: expected {"id": ..., "version": ...} with strings')


def _check_indicators(raw: Any, errors: list[str]) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        errors.append("indicators: expected a non-empty list of indicator ids")
        return ()
    seen: set[str] = set()
    for n, indicator in enumerate(raw):
        if not isinstance(indicator, str) or not indicator:
            errors.append(f"indicators[{n}]: expected an indicator id (string)")
        elif indicator in seen:
            errors.append(f"indicators[{n}]: duplicate indicator id {indicator!r}")
        else:
            seen.add(indicator)
    return tuple(str(i) for i in raw)


def _check_cluster(raw: Any, where: str, width: int, errors: list[str]) -> ReferenceCluster | None:
    if not isinstance(raw, dict):
        errors.append(f"{where}: expected an object")
        return None
    before = len(errors)
    unknown = sorted(set(raw) - {"id", "technology_area", "country", "label", "year", "values"})
    if unknown:
        errors.append(f"{where}: unknown field {unknown[0]!r}")
    area = raw.get("technology_area")
    if area not in TECHNOLOGY_AREAS:
        errors.append(f"{where}.technology_area: {area!r} is not a known technology area")
    country = raw.get("country")
    if not isinstance(country, str) or not _COUNTRY.fullmatch(country):
        errors.append(f"{where}.country: expected a two-letter country code, not {country!r}")
    label = raw.get("label")
    if label not in LABEL_LEVELS:
        errors.append(f"{where}.label: expected one of {', '.join(LABEL_LEVELS)}, not {label!r}")
    year = raw.get("year")
    if (
        not isinstance(year, int)
        or isinstance(year, bool)
        or not (YEAR_RANGE[0] <= year <= YEAR_RANGE[1])
    ):
        errors.append(f"{where}.year: expected a year between {YEAR_RANGE[0]} and {YEAR_RANGE[1]}")
    values = raw.get("values")
    if not isinstance(values, list):
        errors.append(f"{where}.values: expected a list")
    elif len(values) != width:
        errors.append(
            f"{where}.values: expected {width} values (one per indicator), found {len(values)}"
        )
    elif not _plain(values):
        for n, value in enumerate(values):
            problem = _check_value(value)
            if problem:
                errors.append(f"{where}.values[{n}]: {problem}")
    if len(errors) > before:
        return None
    return ReferenceCluster(
        technology_area=str(area),
        country=str(country),
        label=str(label),
        year=int(year),  # type: ignore[arg-type]
        values=tuple(values),  # type: ignore[arg-type]
    )


def parse_reference(data: bytes, source: str = "<data>") -> ReferenceSet:
    """Parse and validate reference JSON; raise ``ReferenceDataError`` listing every problem."""
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(source, ["the file is not UTF-8 text"]) from exc
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            source, [f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]
        ) from exc
    if not isinstance(document, dict):
        raise ReferenceDataError(source, ["(top level): expected a JSON object"])
    errors: list[str] = []
    _check_header(document, errors)
    indicators = _check_indicators(document.get("indicators"), errors)
    raw_clusters = document.get("clusters")
    clusters: list[ReferenceCluster] = []
    if not isinstance(raw_clusters, list):
        errors.append("clusters: expected a list of clusters")
    else:
        for n, raw in enumerate(raw_clusters):
            cluster = _check_cluster(raw, f"clusters[{n}]", len(indicators), errors)
            if cluster is not None:
                clusters.append(cluster)
    known = set(document) - {
        "format", "format_version", "id", "version", "title", "description", "synthetic",
        "pack", "created", "generator", "indicators", "clusters",
    }  # fmt: skip
    if known:
        errors.append(f"(top level): unknown field {sorted(known)[0]!r}")
    if errors:
        raise ReferenceDataError(source, errors)
    pack = document.get("pack") or {}
    return ReferenceSet(
        id=document["id"].strip(),
        version=document["version"].strip(),
        title=str(document.get("title") or document["id"]),
        synthetic=bool(document["synthetic"]),
        indicators=indicators,
        clusters=tuple(clusters),
        sha256=hashlib.sha256(data).hexdigest(),
        description=str(document.get("description", "")),
        pack_id=str(pack.get("id", "")),
        pack_version=str(pack.get("version", "")),
        source=source,
    )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(str(path), [f"cannot read the file ({exc.strerror})"]) from exc


def load_reference(path: Path | str) -> ReferenceSet:
    """Load and validate the reference file at ``path``."""
    path = Path(path)
    return parse_reference(_read(path), str(path))


@cache
def default_reference() -> ReferenceSet:
    """The synthetic reference set shipped with the app (loaded once)."""
    return load_reference(default_reference_path())
