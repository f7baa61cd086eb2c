"""Bounded, total parsers for values read from files someone else wrote.

Each takes text of any length and content and either returns the value or raises
``ValueError`` saying what is wrong: never ``OverflowError``, never a value outside its
range. Digits are ASCII digits only (``str.isdigit`` also accepts ``²`` and ``٣``, which
``int`` then refuses or reads).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

#: Longest date-time text accepted (``2026-01-05T10:00:00.123456+00:00`` is 32 characters).
MAX_TIME_LENGTH = 40
_MOMENT = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:\d{2})?)?",
    re.ASCII,
)
_COUNT = re.compile(r"[0-9]{1,18}", re.ASCII)


def parse_time(value: str, *, end_of_day: bool = False) -> datetime:
    """An ISO 8601 date or date-time as an aware UTC datetime; ``ValueError`` otherwise.

    A bare date means the start of that day (UTC), or its end when ``end_of_day``; a
    date-time without an offset is taken as UTC. A moment that cannot be expressed in UTC
    within the years 1 to 9999 (``9999-12-31T23:59:59-23:59``) is refused, not overflowed.
    """
    if not isinstance(value, str) or len(value) > MAX_TIME_LENGTH:
        raise ValueError("not a date")
    text = value.strip()
    match = _MOMENT.fullmatch(text)
    if match is None:
        raise ValueError(f"{text[:MAX_TIME_LENGTH]!r} is not an ISO 8601 date")
    try:
        if match[4] is None:
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return datetime.combine(day, time.max if end_of_day else time.min, tzinfo=UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    except (ValueError, OverflowError) as error:
        raise ValueError(f"{text!r} is not a date within the years 1 to 9999") from error


def is_time(value: object) -> bool:
    """Whether ``value`` is text ``parse_time`` reads."""
    try:
        parse_time(value)  # type: ignore[arg-type]
    except ValueError:
        return False
    return True


def parse_count(value: str, *, low: int, high: int) -> int:
    """A whole number written in ASCII digits (no sign, no spaces) within ``low..high``."""
    if not isinstance(value, str) or _COUNT.fullmatch(value) is None:
        raise ValueError(f"{str(value)[:20]!r} is not a number written in digits 0-9")
    number = int(value)
    if not low <= number <= high:
        raise ValueError(f"{number} is not between {low} and {high}")
    return number
