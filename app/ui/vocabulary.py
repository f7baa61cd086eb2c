"""The method's vocabularies in the interface language: countries, technology areas and
the names of peer groups.

Each is translated once, in the translation context "Vocabulary", and every window that
shows one calls these functions, so a name reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QCoreApplication, QLocale

from app.scoring.taxonomy import COUNTRIES


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def country_name(code: str) -> str:
    """The name of a country code in the interface language (the code itself when unknown)."""
    return _tr(COUNTRIES[code]) if code in COUNTRIES else code


def technology_area_name(area: str) -> str:
    """A technology area in the interface language (as written when unknown)."""
    return _tr(area)


def alphabetical_order() -> Callable[[str], Any]:
    """A sort key for names in the interface language's alphabetical order ("Österreich"
    among the O's in German, not after "Zypern" as by code point)."""
    return cmp_to_key(QCollator(QLocale()).compare)


def peer_group_name(label: str) -> str:
    """A peer group's name (its technology area, or a fixed name such as "All clusters")
    in the interface language."""
    return _tr(label)
