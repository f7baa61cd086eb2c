"""Sub-commands of the ``clusterbench`` CLI: argument parsing and printing around services.

Each module defines ``register(subparsers)``, which adds its verbs with
``set_defaults(handler=fn)``; ``fn(args) -> int`` is the exit status. ``VERBS`` names
every verb with its module and its one-line help, so that ``--help`` and the parser of one
verb import no other verb's module (a new verb is added here). A handler that only reads
is marked ``@read_only``: it then runs without setting up the log file. Modules
whose names start with an underscore hold helpers the verbs share.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing itself is not imported: the quick reads start without it
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    Handler = TypeVar("Handler", bound=Callable[..., int])

#: Every verb, in the order ``--help`` lists them: its module here and its one-line help.
VERBS: dict[str, tuple[str, str]] = {
    "decide": (
        "decision",
        "supervisor: approve or return a verified bundle (signed decision file)",
    ),
    "import-decision": (
        "decision",
        "expert: import a supervisor's decision (a returned interview reopens)",
    ),
    "clusters": ("clusters", "recorded cluster organisations; merge duplicates"),
    "export": ("export", "write the signed report bundle of an interview (a new revision)"),
    "intake": ("intake", "ESCA: receive bundles over the network"),
    "interviews": ("interviews", "list (the default), show or start interviews"),
    "keys": ("keys", "the signing key of this installation"),
    "outbox": ("outbox", "bundles to send to ESCA, with their states"),
    "pack": ("pack", "work with questionnaire packs"),
    "practice": ("practice", "practice cases for trainees and their calibration"),
    "prefill": ("prefill", "pre-fill questionnaires (XLSX) for clusters"),
    "reference": ("reference", "peer reference data: import and show"),
    "report": ("report", "write the benchmarking report (PDF) of an interview"),
    "score": ("score", "score an answer set (JSON) and print the full result as JSON"),
    "send": ("send", "send bundles (and everything queued) to ESCA's intake"),
    "sync": ("sync", "send queued bundles to ESCA and apply supervisors' decisions"),
    "verify": ("verify", "check bundles: intact, signed by a trusted key, scores recompute"),
}


#: The handlers marked ``@read_only``.
READ_ONLY_HANDLERS: set[Callable[..., int]] = set()


def read_only(handler: Handler) -> Handler:
    """Mark a verb's handler as one that only reads: it runs without setting up the log file
    (which a killed export's tidying, or an unexpected error, still sets up)."""
    READ_ONLY_HANDLERS.add(handler)
    return handler


def verb_help(verb: str) -> str:
    """The one-line help of ``verb``."""
    return VERBS[verb][1]


def verb_modules() -> dict[str, list[str]]:
    """Each verb module with its verbs, in the order ``--help`` lists them."""
    modules: dict[str, list[str]] = {}
    for verb, (module, _help) in VERBS.items():
        modules.setdefault(module, []).append(verb)
    return modules


def register_function(module: str) -> Callable[[Any], None]:
    """The ``register`` function of the verb module ``module`` (imported now, and only it).

    One plain import per module, so that the import contracts and mypy see each of them.
    """
    if module == "decision":
        from app.commands import decision

        return decision.register
    if module == "clusters":
        from app.commands import clusters

        return clusters.register
    if module == "export":
        from app.commands import export

        return export.register
    if module == "intake":
        from app.commands import intake

        return intake.register
    if module == "interviews":
        from app.commands import interviews

        return interviews.register
    if module == "keys":
        from app.commands import keys

        return keys.register
    if module == "outbox":
        from app.commands import outbox

        return outbox.register
    if module == "pack":
        from app.commands import pack

        return pack.register
    if module == "practice":
        from app.commands import practice

        return practice.register
    if module == "prefill":
        from app.commands import prefill

        return prefill.register
    if module == "reference":
        from app.commands import reference

        return reference.register
    if module == "report":
        from app.commands import report

        return report.register
    if module == "score":
        from app.commands import score

        return score.register
    if module == "send":
        from app.commands import send

        return send.register
    if module == "sync":
        from app.commands import sync

        return sync.register
    if module == "verify":
        from app.commands import verify

        return verify.register
    raise KeyError(module)
