"""Command-line verbs. Each module in ``app.commands`` adds its own sub-command.

A verb and a button call the same plain function; this module only parses arguments,
prints, and turns ``AppError`` into one clear line and a non-zero exit code.

Only the verbs and actions named on the command line are built in full, since argparse
takes about a millisecond per verb to build every option and sub-command: the other
verbs are added by name and help for ``--help`` and the list of choices (and left out
when a verb is named), and their modules are not imported. The verb modules import what
a verb needs when it runs, so ``--help`` and the quick reads start fast.
"""

from __future__ import annotations

import argparse
import os
import sys

from app import __version__
from app.errors import AppError

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

EXIT_USAGE = 2


def _help_width() -> int:
    """The width of help text: the terminal's columns less 2, as argparse reckons it
    (``COLUMNS`` first, else the terminal of standard output, else 80)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    stdout = sys.__stdout__
    if columns <= 0 and stdout is not None:
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns
        except (ValueError, OSError):
            columns = 0
    return (columns if columns > 0 else 80) - 2


class _Formatter(argparse.HelpFormatter):
    """argparse's own layout at ``_help_width``. argparse makes a formatter for every option
    it adds, and its default one imports ``shutil`` (and with it the compression modules)
    to ask for the terminal's size: about 2 ms for every command, help or not."""

    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("width", _help_width())
        super().__init__(prog, **kwargs)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        """One line, like every other error: what is wrong and where to read more."""
        command = self.prog.removeprefix("clusterbench").strip()
        where = f"{command}: " if command else ""
        print(
            f"clusterbench: {where}{message} (see: clusterbench {command + ' ' if command else ''}"
            "--help)",
            file=sys.stderr,
        )
        sys.exit(EXIT_USAGE)


class _Unused:
    """The parser of a sub-command not on the command line: what is added to it is dropped."""

    def __getattr__(self, _name: str) -> Any:
        return self._drop

    def _drop(self, *_args: object, **_kwargs: object) -> _Unused:
        return self


class _Named:
    """Sub-commands as ``register`` sees them: those named on the command line get their
    real parser, every other one only its name and help (all ``--help`` shows of it)."""

    def __init__(self, sub: Any, words: frozenset[str]) -> None:
        self._sub = sub
        self._words = words

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name in self._words:
            return _Built(self._sub.add_parser(name, **kwargs), self._words)
        self._sub.add_parser(name, help=kwargs.get("help"), add_help=False)
        return _Unused()


class _Built:
    """A real sub-command parser whose own sub-commands are built the same way."""

    def __init__(self, parser: argparse.ArgumentParser, words: frozenset[str]) -> None:
        self._parser = parser
        self._words = words

    def __getattr__(self, name: str) -> Any:
        return getattr(self._parser, name)

    def add_subparsers(self, **kwargs: Any) -> _Named:
        return _Named(self._parser.add_subparsers(**kwargs), self._words)


def command_words(argv: Sequence[str]) -> frozenset[str]:
    """The words of the command line that may name a verb or action (not options)."""
    return frozenset(word for word in argv if not word.startswith("-"))


def build_parser(
    *, with_verbs: bool = True, words: frozenset[str] | None = None, named_only: bool = False
) -> argparse.ArgumentParser:
    """The parser with every verb of ``app.commands`` (or only the global options).

    With ``words`` (``command_words`` of the command line), only the verbs and actions
    named there are built in full; the others get their name and help. With
    ``named_only`` too, the others are left out when a verb is named (only a help or an
    unknown verb lists them).
    """
    parser = _Parser(prog="clusterbench", description="ECEI benchmarking interviews.")
    parser.add_argument("--version", action="version", version=f"clusterbench {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the GUI, print 'ready <ms>' once painted, and exit",
    )
    parser.add_argument("--debug", action="store_true", help="log at DEBUG level")
    if not with_verbs:
        parser.set_defaults(verb=None)
        return parser
    from app.commands import register_function, verb_help, verb_modules

    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    modules = verb_modules()
    named = {module for module, verbs in modules.items() if words and words.intersection(verbs)}
    for module, verbs in modules.items():
        if words is None:
            register_function(module)(sub)
        elif module in named:
            register_function(module)(_Named(sub, words))
        elif not (named_only and named):  # its name and help; its module is not imported
            for verb in verbs:
                sub.add_parser(verb, help=verb_help(verb), add_help=False)
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the verb (or the GUI); return the exit code."""
    argv = list(argv)
    # Starting the GUI needs no verb modules (and none of their imports): start faster.
    words = command_words(argv)
    wants_help = bool({"-h", "--help"} & set(argv))
    parser = build_parser(
        with_verbs=bool(words) or wants_help, words=words, named_only=not wants_help
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, or a usage error (already printed)
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_USAGE
    from app.export.workfolders import export_notes, remove_leftover_work_folders

    # A read-only verb sets up no log file, unless a killed export left something to tidy.
    tidy = bool(export_notes())
    if tidy or not _reads_only(args):
        from app.logsetup import configure_logging

        configure_logging(debug=args.debug)
    if tidy:
        remove_leftover_work_folders()
    if args.verb is None:
        from app.ui.launch import run_gui

        return run_gui(smoke=args.smoke)
    try:
        result: int = args.handler(args)
    except AppError as exc:
        print(f"clusterbench: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = environment_failure(exc)
        if message is None:
            raise
        import logging

        from app.logsetup import configure_logging

        configure_logging(debug=args.debug)  # not yet done for a read-only verb
        logging.getLogger(__name__).exception("%s failed", args.verb)
        print(f"clusterbench: {message}", file=sys.stderr)
        return EXIT_USAGE
    return result


def _reads_only(args: argparse.Namespace) -> bool:
    if args.verb is None:
        return False
    from app.commands import READ_ONLY_HANDLERS

    return args.handler in READ_ONLY_HANDLERS


def environment_failure(error: BaseException) -> str | None:
    """A message for a failure of the machine rather than of ClusterBench, else None.

    A file or folder that cannot be used, or a store that SQLite cannot read or write any
    more (a removed USB stick, a full disk, damage found halfway through a command).
    """
    import sqlite3

    if isinstance(error, BrokenPipeError):  # the reader went away: ``main`` ends quietly
        return None
    if isinstance(error, OSError):
        from app.fileio import describe_os_error

        return describe_os_error(error, error.filename or "A file ClusterBench needs")
    database_errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None:
        database_errors += (sqlalchemy_exc.DBAPIError,)
    if isinstance(error, database_errors):
        from app.models.store import STORE_FILE_NAME, store_error_for
        from app.paths import configured_data_dir

        return store_error_for(error, configured_data_dir() / STORE_FILE_NAME).user_message
    return None
