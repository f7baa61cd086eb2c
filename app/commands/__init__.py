"""Sub-commands of the ``clusterbench`` CLI: argument parsing and printing around services.

Each module defines ``register(subparsers)``, which adds its verb with
``set_defaults(handler=fn)``; ``fn(args) -> int`` is the exit status. ``VERBS`` lists them
all (a new verb is added here). Modules whose names start with an underscore hold helpers
the verbs share.
"""

from __future__ import annotations

from app.commands import (
    decision,
    export,
    intake,
    interviews,
    keys,
    outbox,
    pack,
    practice,
    prefill,
    reference,
    report,
    score,
    send,
    sync,
    verify,
)

#: Every verb's ``register`` function, in the order ``--help`` lists them.
VERBS = (
    decision.register,
    export.register,
    intake.register,
    interviews.register,
    keys.register,
    outbox.register,
    pack.register,
    practice.register,
    prefill.register,
    reference.register,
    report.register,
    score.register,
    send.register,
    sync.register,
    verify.register,
)
