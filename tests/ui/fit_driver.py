"""Opens every top-level window and dialog on one screen size and reports what does not fit.

Run as ``python -m tests.ui.fit_driver`` with ``QT_QPA_PLATFORM=offscreen:configfile=FILE``
(the file gives the screen's size) and ``CLUSTERBENCH_DATA_DIR`` set to an empty folder.
Each window is opened as the app opens it and shown; then every tab of it is visited and
every visible button (and status bar) must lie on the screen and inside its window; a
button in a scroll area counts as reachable when the scroll area's viewport does. The
window itself must lie on the screen. Prints one JSON line per window, then
``{"done": N}``. The compact layout's round trip is checked too: the navigator keeps its
width and the Peers table its indicator column.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QScrollArea,
    QStatusBar,
    QTabWidget,
    QWidget,
)

from app.export.export_interview import export_interview
from app.export.keys import TrustedKey, TrustedKeys, default_trusted_keys_path, save_trusted_keys
from app.models import Store, open_store
from app.models import repository as repo
from app.models.errors import StoreLockedError
from app.paths import data_dir, default_pack_path
from app.scoring.pack import load_pack
from app.scoring.practice import load_practice_cases
from app.scoring.reference import default_reference
from app.services.practice import start_practice
from app.services.store_problems import assess_store_error
from app.ui.application import create_app, ensure_demo
from app.ui.main_window import MainWindow
from app.ui.window_fit import FRAME_ALLOWANCE
from tests.export.bundle_fixtures import PASSPHRASE, expert_material, install_key

Opener = Callable[[], QWidget | None]


def _say(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document) + "\n")
    sys.stdout.flush()


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def wait_for(signal: Any, timeout_ms: int = 120000) -> None:
    """Run the event loop until ``signal`` fires (a guard ends a wait that never does)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def problems_of(window: QWidget) -> list[str]:
    """What does not fit: the window itself, and its visible buttons and status bar."""
    screen = window.screen().availableGeometry()
    found = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        found.append(f"window {frame.getRect()} runs past the screen {screen.getRect()}")
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    room = screen.adjusted(*FRAME_ALLOWANCE[:2], -FRAME_ALLOWANCE[2], -FRAME_ALLOWANCE[3])
    if smallest.width() > room.width() or smallest.height() > room.height():
        found.append(
            f"cannot shrink below {smallest.toTuple()}, more than a framed window has "
            f"on this screen {room.size().toTuple()}"
        )
    inside = window.geometry()
    targets: list[QWidget] = [w for w in window.findChildren(QAbstractButton) if w.isVisible()]
    targets += [w for w in window.findChildren(QStatusBar) if w.isVisible()]
    for widget in targets:
        area = _scroll_area_of(widget)
        shown = area.viewport() if area is not None else widget
        rect = _global_rect(shown)
        name = (
            widget.accessibleName()
            or getattr(widget, "text", lambda: "")()
            or type(widget).__name__
        )
        if not screen.contains(rect):
            found.append(f"{name!r} at {rect.getRect()} is off the screen {screen.getRect()}")
        elif not inside.contains(rect):
            found.append(f"{name!r} at {rect.getRect()} is outside its window {inside.getRect()}")
    return found


def check(name: str, open_window: Opener, checked: list[str]) -> None:
    """Open, visit every tab, report, close."""
    window = open_window()
    if window is None:
        _say({"window": name, "problems": ["did not open"]})
        return
    window = window.window()
    settle()
    problems = problems_of(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                settle(2)
                problems += [f"tab {tabs.tabText(index)!r}: {p}" for p in problems_of(window)]
        tabs.setCurrentIndex(0)
    _say({"window": name, "problems": sorted(set(problems)), "title": window.windowTitle()})
    checked.append(name)


def prepare(store: Store) -> dict[str, int]:
    """The demo, a practice interview, and a finalised interview exported as a bundle."""
    pack = load_pack(default_pack_path())
    ensure_demo(store)
    demo = repo.demo_interview_id(store)
    assert demo is not None
    practice = start_practice(store, load_practice_cases()[0], trainee="Tess Trainee")
    cluster = repo.create_cluster(
        store, name="Fictional Fjordline Cluster", country="NO", technology_area="ICT"
    )
    final = repo.create_interview(
        store, cluster_id=cluster, pack=pack, mode="on_site", expert="Erika Example", actor="e"
    )
    repo.save_answer(store, pack, final, "eligibility.eccp_listed", True, actor="e")
    repo.finalise_interview(store, final, actor="e")
    install_key(expert_material(), data_dir())
    save_trusted_keys(
        TrustedKeys(
            keys=(TrustedKey("EXP-1 (fictional)", expert_material().info.public_key, "2020-01-01"),)
        ),
        default_trusted_keys_path(),
    )
    return {"demo": demo, "practice": practice, "final": final}


def compact_round_trip(main: MainWindow, interview_id: int) -> dict[str, int]:
    """The navigator's width and the Peers table's first column before and after."""
    window = main.open_interview(interview_id)
    assert window is not None
    settle()
    tabs = window.scores_dock.score_panel.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    settle()
    peers = window.scores_dock.score_panel.percentile_view
    before = (window.navigator_dock.width(), peers.columnWidth(0))
    window.set_compact(True)
    settle()
    window.set_compact(False)
    settle()
    after = (window.navigator_dock.width(), peers.columnWidth(0))
    window.close()
    settle()
    return {
        "navigator_before": before[0],
        "navigator_after": after[0],
        "peers_column_before": before[1],
        "peers_column_after": after[1],
    }


def main() -> int:
    create_app()
    store = open_store(backup=False)
    ids = prepare(store)
    bundle = export_interview(store, ids["final"], Path(data_dir()) / "out", passphrase=PASSPHRASE)
    home = MainWindow(store, default_reference())
    home.show()
    settle()
    checked: list[str] = []
    check("home", lambda: home, checked)

    from app.settings import settings
    from app.ui.backups_dialog import BackupsDialog
    from app.ui.crash_dialog import CrashDialog
    from app.ui.key_widgets import CreateKeyDialog, PassphraseDialog
    from app.ui.new_interview_dialog import NewInterviewDialog
    from app.ui.settings import SettingsDialog
    from app.ui.store_dialogs import StoreProblemDialog

    def shown(widget: QWidget) -> QWidget:
        widget.show()
        return widget

    check("new interview", lambda: shown(NewInterviewDialog(store, home)), checked)
    check("settings", lambda: shown(SettingsDialog(settings(), home)), checked)
    check("backups", lambda: shown(BackupsDialog(store, home.replace_store, home)), checked)
    check("keys and trust", home.open_keys, checked)
    check("create key", lambda: shown(CreateKeyDialog(home)), checked)
    check("passphrase", lambda: shown(PassphraseDialog("Sign the decision.", home)), checked)
    check("user guide", home.open_user_guide, checked)
    check("about", home.show_about, checked)
    check("home shortcuts", home.open_shortcut_sheet, checked)
    check("crash", lambda: shown(CrashDialog("Traceback (fictional)\n" * 80, home)), checked)
    problem = assess_store_error(StoreLockedError("The store is open elsewhere."), store.path)
    check("store problem", lambda: shown(StoreProblemDialog(problem)), checked)
    check("practice cases", home.open_practice, checked)

    def supervisor() -> QWidget:
        window = home.open_supervisor_view()
        finished = window.verification_finished  # type: ignore[attr-defined]
        QTimer.singleShot(0, lambda: window.open_bundle(bundle))  # type: ignore[attr-defined]
        wait_for(finished)
        return window

    check("review a bundle", supervisor, checked)

    for compact in (False, True):
        settings().compact_layout = compact
        suffix = " (compact)" if compact else ""
        interview = home.open_interview(ids["demo"])
        assert interview is not None
        check("interview" + suffix, lambda w=interview: w, checked)  # type: ignore[misc]
        if compact:
            interview.close()
            settle()
            continue
        check("share view", interview.toggle_share_view, checked)
        check("command palette", interview.open_command_palette, checked)
        check("shortcuts", interview.open_shortcut_sheet, checked)
        check("finalise review", interview.open_finalise_review, checked)
        check("recommendations", interview.open_recommendations, checked)
        check("export", interview.open_export, checked)
        check("pre-fill import", interview.open_prefill, checked)

        def report(window: Any = interview) -> QWidget:
            dialog: QWidget = window.open_report()
            wait_for(dialog.report_ready)  # type: ignore[attr-defined]
            return dialog

        check("report preview", report, checked)
        interview.close()
        settle()

    final = home.open_interview(ids["final"])
    assert final is not None
    check("reopen", final.open_reopen_dialog, checked)
    final.close()
    practice = home.open_interview(ids["practice"])
    assert practice is not None
    check("calibration report", practice.open_calibration, checked)
    from app.ui.case_narrative import NarrativeWindow

    case = load_practice_cases()[0]
    check("case narrative", lambda: shown(NarrativeWindow(case)), checked)
    practice.close()
    settle()
    settings().compact_layout = False
    _say({"round_trip": compact_round_trip(home, ids["demo"])})
    _say({"done": len(checked), "windows": checked})
    for widget in QApplication.topLevelWidgets():
        widget.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
