"""Logging to a rotating file in the per-user log folder."""

from __future__ import annotations

import logging
import logging.handlers

from app.paths import log_dir

_configured = False


def configure_logging(debug: bool = False) -> None:
    """Send log records to ``clusterbench.log`` (rotating, 5 x 1 MB)."""
    global _configured
    if _configured:
        return
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / "clusterbench.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    _configured = True
