"""The complete shape of every data file a bundle carries, and the small checker that holds it.

A shape says, for every field: that it must be there (or may be absent), its JSON type, and
its range or length; a field not in the shape is refused. The same shapes hold whoever
signed the bundle. Each JSON member has one entry in ``MEMBER_SHAPES``: adding a member, or
replacing one, is one entry there.

A hand-written checker rather than JSON Schema: it is total (any JSON value in, a problem
or None out), names the first problem with its place (``[3].at``), and checks a bundle's
events in a fraction of the time a general validator takes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.export import bundle as layout
from app.export.values import is_time
from app.scoring.labels import MAX_IMPROVEMENT_TEXT, parse_date
from app.scoring.taxonomy import INTERVIEW_MODES, INTERVIEW_STATUSES

#: What any JSON integer a bundle holds may be at most (JavaScript's safe integers).
MAX_SAFE_INTEGER = 2**53 - 1
MAX_ITEMS = 5_000
MAX_EVENTS = 500_000
MAX_NAME = 500
MAX_TEXT = 200_000


class Shape(Protocol):
    """Something that can say what is wrong with a JSON value."""

    def problem(self, value: Any, where: str) -> str | None:
        """What is wrong with ``value`` (found at ``where``), or None."""


def _at(where: str) -> str:
    return where or "the document"


@dataclass(frozen=True)
class Text:
    """A string of bounded length, optionally matching a pattern, a set, or a test."""

    max_length: int
    min_length: int = 0
    pattern: re.Pattern[str] | None = None
    choices: frozenset[str] | None = None
    test: Callable[[str], bool] | None = None
    meaning: str = ""

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, str):
            return f"{_at(where)} must be text"
        if not self.min_length <= len(value) <= self.max_length:
            return f"{_at(where)} must have {self.min_length} to {self.max_length} characters"
        if self.choices is not None and value not in self.choices:
            return f"{_at(where)} must be one of {', '.join(sorted(self.choices))}"
        if self.pattern is not None and self.pattern.fullmatch(value) is None:
            return f"{_at(where)} must be {self.meaning or 'of the expected form'}"
        if self.test is not None and not self.test(value):
            return f"{_at(where)} must be {self.meaning or 'of the expected form'}"
        return None


@dataclass(frozen=True)
class Integer:
    """A JSON integer (not a boolean, not a float) within ``low..high``."""

    low: int = 0
    high: int = MAX_SAFE_INTEGER

    def problem(self, value: Any, where: str) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{_at(where)} must be a whole number"
        if not self.low <= value <= self.high:
            return f"{_at(where)} must be between {self.low} and {self.high}"
        return None


@dataclass(frozen=True)
class Boolean:
    """``true`` or ``false``."""

    def problem(self, value: Any, where: str) -> str | None:
        return None if isinstance(value, bool) else f"{_at(where)} must be true or false"


def _plainly_fine(value: Any) -> bool:
    """Whether ``value`` is JSON data with finite, exactly kept numbers: a quick walk without
    places; anything it is not sure of is left to the careful one, which says where."""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is int:
            if abs(item) > MAX_SAFE_INTEGER:
                return False
        elif kind is float:
            if not math.isfinite(item):
                return False
        elif kind is list:
            pending.extend(item)
        elif kind is dict:
            pending.extend(item.values())
        else:
            return False
    return True


@dataclass(frozen=True)
class JsonValue:
    """Any JSON value (nesting is capped when the file is parsed); numbers finite."""

    def problem(self, value: Any, where: str) -> str | None:
        if _plainly_fine(value):
            return None
        return self._problem(value, where)

    def _problem(self, value: Any, where: str) -> str | None:
        if isinstance(value, float) and not math.isfinite(value):
            return f"{_at(where)} must be a finite number"
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SAFE_INTEGER:
            return f"{_at(where)} is a number too large to keep exactly"
        if isinstance(value, list):
            for index, item in enumerate(value):
                problem = self._problem(item, f"{where}[{index}]")
                if problem is not None:
                    return problem
        if isinstance(value, dict):
            for key, item in value.items():
                problem = self._problem(item, f"{where}.{key}")
                if problem is not None:
                    return problem
        return None


@dataclass(frozen=True)
class Nullable:
    """``null``, or a value of the inner shape."""

    inner: Shape

    def problem(self, value: Any, where: str) -> str | None:
        return None if value is None else self.inner.problem(value, where)


@dataclass(frozen=True)
class ListOf:
    """A JSON list of at most ``max_items`` values of one shape."""

    item: Shape
    max_items: int = MAX_ITEMS
    #: What one entry is called in messages ("event 3"); without it, ``where[2]``.
    noun: str = ""

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, list):
            return f"{_at(where)} must be a list"
        if len(value) > self.max_items:
            return f"{_at(where)} has more than {self.max_items} entries"
        for index, item in enumerate(value):
            place = f"{self.noun} {index + 1}" if self.noun else f"{where}[{index}]"
            problem = self.item.problem(item, place)
            if problem is not None:
                return problem
        return None


@dataclass(frozen=True)
class MapOf:
    """A JSON object used as a map: keys of one shape, values of another."""

    key: Text
    value: Shape
    max_items: int = MAX_ITEMS

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, dict):
            return f"{_at(where)} must be an object"
        if len(value) > self.max_items:
            return f"{_at(where)} has more than {self.max_items} entries"
        for key, item in value.items():
            problem = self.key.problem(key, f"a key of {_at(where)}")
            if problem is None:
                problem = self.value.problem(item, f"{str(key)[:80]!r} in {_at(where)}")
            if problem is not None:
                return problem
        return None


@dataclass(frozen=True)
class Record:
    """A JSON object with known fields: every field required unless listed ``optional``;
    a field the record does not know is refused."""

    fields: Mapping[str, Shape]
    optional: frozenset[str] = field(default_factory=frozenset)

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, dict):
            return f"{_at(where)} must be an object"
        unknown = sorted(str(key) for key in value if key not in self.fields)
        if unknown:
            return f"{_at(where)} has an unknown field {unknown[0][:80]!r}"
        for name, shape in self.fields.items():
            place = f"{name} of {where}" if where else name
            if name not in value:
                if name in self.optional:
                    continue
                return f"{place} is missing"
            problem = shape.problem(value[name], place)
            if problem is not None:
                return problem
        return None


def problem_of(shape: Shape, value: Any) -> str | None:
    """What is wrong with ``value`` as a whole document of ``shape``, or None."""
    return shape.problem(value, "")


# --- the shapes of the bundle's members ------------------------------------------------------

UUID = Text(
    36,
    36,
    pattern=re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII),
    meaning="a UUID in lower case",
)
SHA256 = Text(64, 64, pattern=re.compile(r"[0-9a-f]{64}", re.ASCII), meaning="a SHA-256")
MOMENT = Text(40, 10, test=is_time, meaning="an ISO 8601 date-time")
ITEM_ID = Text(
    200,
    1,
    pattern=re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*(?:-[a-z0-9_]+)*", re.ASCII),
    meaning="an item id",
)
PACK_IDENTITY = Record({"id": Text(200, 1), "version": Text(50, 1)})

INTERVIEW = Record(
    {
        "uuid": UUID,
        "cluster_name": Text(MAX_NAME, 1),
        "country": Text(2, 2, pattern=re.compile(r"[A-Z]{2}", re.ASCII), meaning="a country code"),
        "technology_area": Nullable(Text(MAX_NAME)),
        "mode": Text(20, choices=frozenset(INTERVIEW_MODES)),
        "status": Text(20, choices=frozenset(INTERVIEW_STATUSES)),
        "expert": Text(MAX_NAME),
        "created_at": MOMENT,
        "finalised_at": Nullable(MOMENT),
        "fictional": Boolean(),
        "eccp_url": Text(2048),
    }
)

EVIDENCE = Record(
    {
        "item_id": ITEM_ID,
        "original_name": Text(MAX_NAME, 1),
        "media_type": Text(200),
        "sha256": SHA256,
        "size": Integer(0, 2**40),
        "file": Text(200, pattern=layout.EVIDENCE_NAME, meaning="an evidence file name"),
    }
)

ANSWERS = Record(
    {
        "format": Text(40, choices=frozenset({layout.ANSWERS_FORMAT})),
        "version": Integer(1, 1),
        "interview_uuid": UUID,
        "pack": PACK_IDENTITY,
        "answers": MapOf(ITEM_ID, JsonValue()),
        "notes": MapOf(ITEM_ID, Text(MAX_TEXT)),
        "recommendations": Text(MAX_TEXT),
        "evidence": ListOf(EVIDENCE, max_items=500, noun="evidence entry"),
    }
)

EVENT = Record(
    {
        "id": Integer(1),
        "at": MOMENT,
        "actor": Text(MAX_NAME),
        "kind": Text(40, 1, pattern=re.compile(r"[a-z][a-z_]*", re.ASCII), meaning="an event kind"),
        "item_id": Text(200),
        "old_value": JsonValue(),
        "new_value": JsonValue(),
        "detail": Text(MAX_TEXT),
    }
)
EVENTS = ListOf(EVENT, max_items=MAX_EVENTS, noun="event")


@dataclass(frozen=True)
class AnyObject:
    """A JSON object whose content another check pins down (finite numbers only)."""

    def problem(self, value: Any, where: str) -> str | None:
        if not isinstance(value, dict):
            return f"{_at(where)} must be an object"
        return JsonValue().problem(value, where)


#: ``scores.json`` must equal the scores recomputed from the answers and the pack (the
#: ``rescore`` check), which pins every value; the shape makes sure recomputing and comparing
#: meet the types they expect.
SCORES = Record(
    {
        "pack": Record({"id": Text(200, 1), "version": Text(50, 1), "content_hash": SHA256}),
        "reference": Nullable(AnyObject()),
        "technology_area": Nullable(Text(MAX_NAME)),
        "eligibility": AnyObject(),
        "indicators": ListOf(AnyObject()),
        "sections": ListOf(AnyObject()),
        "gold": AnyObject(),
        "silver_precheck": AnyObject(),
        "peers": AnyObject(),
        "radar": AnyObject(),
        "verdicts": AnyObject(),
        "progress": Nullable(AnyObject()),
        "assumptions": AnyObject(),
    }
)

DAY = Text(
    10,
    10,
    pattern=re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII),
    test=lambda text: parse_date(text) is not None,
    meaning="a date written YYYY-MM-DD",
)
#: The most improvement areas a label path may list.
MAX_IMPROVEMENT_AREAS = 100

#: ``label-path.json``: the previous benchmarking's answers and date, and the improvement
#: areas the expert recorded (``app.models.label_paths``).
LABEL_PATH = Record(
    {
        "format": Text(40, choices=frozenset({layout.LABEL_PATH_FORMAT})),
        "version": Integer(1, 1),
        "assessed_on": Nullable(DAY),
        "previous": Nullable(
            Record({"interview_uuid": UUID, "date": DAY, "answers": MapOf(ITEM_ID, JsonValue())})
        ),
        "improvements": ListOf(
            Record(
                {
                    "title": Text(500, 1),
                    "evidence": Text(MAX_IMPROVEMENT_TEXT),
                    "indicators": ListOf(ITEM_ID, max_items=MAX_ITEMS, noun="indicator"),
                }
            ),
            max_items=MAX_IMPROVEMENT_AREAS,
            noun="improvement area",
        ),
    }
)

_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,49}", re.ASCII)
_DIGITS = re.compile(r"[0-9]{1,7}", re.ASCII)
_PRINTABLE = re.compile(r"[ -~]+", re.ASCII)
_PACK_ID = re.compile(r"[a-z][a-z0-9_.-]*", re.ASCII)

#: Every label of ``bag-info.txt`` and what its value may be; a label not here is refused.
#: (Ranges and cross-checks, such as the revision's and the payload's, follow in the verifier.)
BAG_INFO: dict[str, Text] = {
    "Bag-Software-Agent": Text(200, 1, pattern=_PRINTABLE, meaning="plain text"),
    "Bagging-Date": Text(10, 10, test=is_time, meaning="a date"),
    "Bundle-Format": Text(
        40, choices=frozenset({f"{layout.BUNDLE_FORMAT}/{layout.BUNDLE_FORMAT_VERSION}"})
    ),
    "Bundle-Id": UUID,
    "Interview-Id": UUID,
    "Revision": Text(7, 1, pattern=_DIGITS, meaning="a number written in digits 0-9"),
    "App-Version": Text(50, 1, pattern=_VERSION, meaning="a version number"),
    "Pack-Id": Text(200, 1, pattern=_PACK_ID, meaning="a pack id"),
    "Pack-Version": Text(50, 1, pattern=_VERSION, meaning="a version number"),
    "Practice": Text(3, choices=frozenset({"yes", "no"})),
    "Draft": Text(3, choices=frozenset({"yes", "no"})),
    "Created": MOMENT,
    "Signer-Key": Text(
        56, 56, pattern=re.compile(r"RW[A-Za-z0-9+/]{54}", re.ASCII), meaning="a minisign key"
    ),
    "Payload-Oxum": Text(
        30, 3, pattern=re.compile(r"[0-9]{1,15}\.[0-9]{1,6}", re.ASCII), meaning="bytes.files"
    ),
}

#: The shape of each JSON member. ``data/peers.json`` is not here: its own parser
#: (``app.scoring.peers.parse_peer_statistics``) refuses anything but whole statistics.
MEMBER_SHAPES: dict[str, Shape] = {
    layout.INTERVIEW_JSON: INTERVIEW,
    layout.ANSWERS_JSON: ANSWERS,
    layout.SCORES_JSON: SCORES,
    layout.EVENTS_JSON: EVENTS,
    layout.LABEL_PATH_JSON: LABEL_PATH,
}
