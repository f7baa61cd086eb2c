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
    interviews,
    keys,
    pack,
    practice,
    prefill,
    reference,
    report,
    score,
    verify,
)

#: Every verb's ``register`` function, in the order ``--help`` lists them.
VERBS = (
    decision.register,
    export.register,
    interviews.register,
    keys.register,
    pack.register,
    practice.register,
    prefill.register,
    reference.register,
    report.register,
    score.register,
    verify.register,
)
