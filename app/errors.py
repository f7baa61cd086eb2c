"""The one base class for errors a user should see as a message, not a traceback.

Exit statuses of the command line: 2 when the input cannot be used (a wrong option or
argument, an unknown id, a file that is missing, unreadable or not what it should be, a
wrong passphrase, a missing key, an output that cannot be written, a store that cannot be
used); 1 when valid input failed a check (a bundle that does not verify, a decision or a
bundle the other side refused).
"""

from __future__ import annotations


class Phrase(str):
    """A sentence for the user that keeps its English template and values, so that the
    interface can say it in its own language (``app.ui.i18n.translated``).

    It is the English sentence to everything else (logs, the command line, f-strings).
    A value that is a ``Phrase`` itself is translated in turn.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Phrase:
        phrase = super().__new__(cls, template.format(**values) if values else template)
        phrase.template = template
        phrase.values = values
        return phrase


class AppError(Exception):
    """An expected failure with a message fit to show to the user."""

    #: The command line's exit status for this failure (2: bad input or unknown ids).
    exit_code = 1

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message

    def __str__(self) -> str:
        return self.user_message


class BadInputError(AppError):
    """Input the command cannot use; the message says what is wrong and what would do."""

    exit_code = 2
