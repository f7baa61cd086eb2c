"""The one base class for errors a user should see as a message, not a traceback."""

from __future__ import annotations


class AppError(Exception):
    """An expected failure with a message fit to show to the user."""

    #: The command line's exit status for this failure (2: bad input or unknown ids).
    exit_code = 1

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message

    def __str__(self) -> str:
        return self.user_message
