"""Start the desktop application: the Qt application, the store, and the home window.

Only what the home window needs is imported before it is painted: the store is opened and
listed with plain ``sqlite3``. The ORM, the scoring engine, the peer reference data and
the plotting library are loaded once it is on screen (``app.ui.warm_up``), as is the demo
interview on the first start.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.paths import APP_NAME, RESOURCES_DIR

if TYPE_CHECKING:
    from app.models import Store

log = logging.getLogger(__name__)

ICON_PATH = RESOURCES_DIR / "icons" / "clusterbench.svg"
#: When this module was imported: the fallback start time where /proc is not available.
_IMPORTED_AT = time.monotonic()
#: The exit status when the store cannot be opened (as the command line's for a StoreError).
STORE_UNUSABLE_EXIT = 2
#: How long the end of the application waits for work still running in the background.
BACKGROUND_WORK_GRACE_MS = 10_000


def milliseconds_since_process_start() -> int:
    """Wall-clock time since the operating system started this process."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat_file:
            # Field 22 (after the parenthesised command name) is the start time in ticks.
            fields = stat_file.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
        ticks_per_second = os.sysconf("SC_CLK_TCK")
        return max(0, round((uptime - started_ticks / ticks_per_second) * 1000))
    except (OSError, ValueError, IndexError):
        return round((time.monotonic() - _IMPORTED_AT) * 1000)


#: Whether the user asked for ClusterBench to start again once it ends (``request_restart``).
_restart = False


def request_restart(home: QWidget) -> bool:
    """End the application by closing ``home`` (every window keeps what was typed) and start
    it again afterwards (``app.ui.launch``); False when the window stayed open."""
    global _restart
    _restart = True
    home.close()
    if home.isVisible():
        _restart = False
    return _restart


def restart_requested() -> bool:
    """Whether the application that just ended is to start again."""
    return _restart


def create_app() -> QApplication:
    """The QApplication, with names, icon and the user's language (created once)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from app.ui.pyside_hook import spare_source_reads

    spare_source_reads()  # (done already when started by app.ui.launch)
    # (Qt 6 rounds no scale factor by default: fractional scaling needs no setting.)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("clusterbench")
    if ICON_PATH.exists():
        app.setWindowIcon(QIcon(str(ICON_PATH)))
    # No fixed palette: Qt follows the system's light or dark scheme, and widgets that
    # paint their own colours (the radar chart) redraw on palette changes.
    from app.settings import settings
    from app.ui.i18n import choose_interface_language, install_translator

    install_translator(choose_interface_language(settings()))
    return app


def open_store_interactively(smoke: bool = False) -> Store | None:
    """Open the store; on a known problem explain it and let the user decide.

    Returns the store, or None when the user chose to quit (or, in smoke mode, on any
    problem, since nobody could answer a dialog: the message goes to stderr).
    """
    from app.models.errors import StoreError
    from app.models.store import STORE_FILE_NAME
    from app.paths import configured_data_dir
    from app.ui.launch import open_configured_store

    while True:
        path = configured_data_dir() / STORE_FILE_NAME
        try:
            return open_configured_store()
        except StoreError as error:
            if smoke:
                sys.stderr.write(f"clusterbench: {error.user_message}\n")
                return None
            from PySide6.QtWidgets import QMessageBox

            from app.services.store_problems import Choice, apply_choice, assess_store_error
            from app.ui.i18n import translated
            from app.ui.store_dialogs import StoreProblemDialog

            problem = assess_store_error(error, path)
            dialog = StoreProblemDialog(problem)
            dialog.exec()
            if dialog.choice is Choice.QUIT:
                return None
            try:
                apply_choice(problem, dialog.choice, dialog.selected_backup())
            except StoreError as refused:
                QMessageBox.warning(None, dialog.windowTitle(), translated(refused.user_message))


def needs_demo(store: Store) -> bool:
    """Whether the store is empty, so the first start should create the demo interview."""
    from app.models.quick_reads import list_interviews

    return not list_interviews(store)


def ensure_demo(store: Store) -> int | None:
    """Create the fictional demo cluster and its practice interview; return its id.

    Only an empty store needs it (``needs_demo``); it is made after the first paint,
    since loading the pack and the ORM takes longer than showing the window.
    """
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack
    from app.settings import settings

    created = repo.ensure_demo_interview(
        store, load_pack(default_pack_path()), language=settings().language
    )
    if created is not None:
        log.info("created the demo practice interview %s", created)
    return created


def run_windows(smoke: bool = False, store: Store | None = None) -> int:
    """Run the application on ``store`` (opened here when None, explaining any problem);
    with ``smoke``, print ``ready <ms>`` once painted and exit 0 (``app.ui.launch``)."""
    from app.ui.crash_dialog import install_excepthook
    from app.ui.first_paint import FirstPaint

    app = create_app()
    install_excepthook()
    if store is None:
        store = open_store_interactively(smoke)
    if store is None:
        return STORE_UNUSABLE_EXIT
    try:
        first_start = needs_demo(store)
        from app.ui.main_window import MainWindow

        window = MainWindow(store)

        def on_first_paint() -> None:
            if smoke:
                sys.stdout.write(f"ready {milliseconds_since_process_start()}\n")
                sys.stdout.flush()
                if first_start:  # so that the next start finds what a first start leaves
                    ensure_demo(store)
                window.close()
                app.quit()
            else:
                from app.ui.warm_up import warm_up

                warm_up(window, make_demo=first_start)

        FirstPaint(window, on_first_paint)
        window.show()
        code = int(app.exec())
        # Work still running in the background (the loading after the first paint, a
        # report) ends before its store closes and the process ends or starts again.
        QThreadPool.globalInstance().waitForDone(BACKGROUND_WORK_GRACE_MS)
        return code
    finally:
        store.close()
