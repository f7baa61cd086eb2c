"""PySide's import hook, spared from reading the source of every module.

Once PySide6 is loaded, every ``import`` statement in the process passes through its
hook, which reads the whole source of each module it has not seen
(``inspect.getsource``) to find out whether the module might switch on one of PySide's
opt-in ``__feature__`` modes (``snake_case``, ``true_property``). ClusterBench uses
neither, so the answer changes nothing: a module that might is set to PySide's default
mode, and one that does not is left in whatever mode is current, which is the default
here too. Reading the sources cost the start some 10 ms (about 50 files, ``typing`` and
``logging`` among them) and the loading after the first paint several hundred more.

``spare_source_reads`` enters each module in PySide's table before the hook looks, as one
that keeps the current mode (-1), so the hook has nothing left to read. Where PySide keeps
no such table (another version), it does nothing and PySide reads as before.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

#: Where PySide keeps each module's mode, by module name.
_FEATURE_MODULE = "shibokensupport.feature"
#: The mode that leaves a module in the current one (PySide's "ignore this module").
_KEEP_CURRENT_MODE = -1


class _EnterBeforeImport:
    """A finder that finds nothing: it enters each module in PySide's table as it is
    imported, ahead of the finders that load it."""

    def __init__(self, table: dict[str, int]) -> None:
        self._table = table

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        """Enter ``fullname``; the next finder imports it."""
        self._table.setdefault(fullname, _KEEP_CURRENT_MODE)
        return None


def spare_source_reads() -> bool:
    """Load PySide6 and enter every module, imported or still to come, in its table of
    modes (True); False where this PySide keeps no such table."""
    import PySide6  # noqa: F401 - installs the hook and its table

    table = getattr(sys.modules.get(_FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, _EnterBeforeImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _EnterBeforeImport(table))
    for name in list(sys.modules):
        table.setdefault(name, _KEEP_CURRENT_MODE)
    return True
