"""Helpers the verbs share: printing one line, checking a language option."""

from __future__ import annotations

import sys


def out(text: str) -> None:
    """Print one line on standard output."""
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """Print one line on standard error."""
    sys.stderr.write(text + "\n")


def checked_language(language: str | None) -> str | None:
    """``--language`` as given (None: not given), or ``BadInputError`` naming the valid ones.

    Checked when the verb runs, not by argparse ``choices``, so that a verb's ``--help``
    loads no settings.
    """
    from app.errors import BadInputError
    from app.settings import LANGUAGES

    if language is not None and language not in LANGUAGES:
        raise BadInputError(f"--language must be one of {', '.join(LANGUAGES)}, not {language!r}.")
    return language
