"""Entry point: ``clusterbench`` / ``python -m app``."""

from __future__ import annotations

import sys

from app.cli import run


def main() -> None:
    """Run the command line, or the GUI when no verb is given."""
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
