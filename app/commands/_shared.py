"""Helpers the verbs share: printing a line, the acting user, optional reference data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.scoring.reference import ReferenceSet

log = logging.getLogger(__name__)


def out(text: str) -> None:
    """Print one line on standard output."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """Print one line on standard error."""
    sys.stderr.write(text + "\n")


def actor_or_login(actor: str) -> str:
    """``actor`` when given, else the login name (``"expert"`` when there is none)."""
    if actor:
        return actor
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "expert"


def reference_or_none(path: Path) -> ReferenceSet | None:
    """The reference data at ``path``, or None when there is no file (peers not shown)."""
    from app.scoring.reference import load_reference

    if not path.exists():
        log.warning("no reference data at %s; peer groups not shown", path)
        return None
    return load_reference(path)
