"""Entry point: ``clusterbench`` / ``python -m app``."""

from __future__ import annotations

import os
import sys

from app.cli import run


def main() -> None:
    """Run the command line, or the GUI when no verb is given."""
    try:
        code = run(sys.argv[1:])
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`clusterbench ... | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    main()
