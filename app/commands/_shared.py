"""Helpers the verbs share: printing one line."""

from __future__ import annotations

import sys


def out(text: str) -> None:
    """Print one line on standard output."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """Print one line on standard error."""
    sys.stderr.write(text + "\n")
