"""Screenshots of the main screens with fictional data, for the README, as they look on a
1366 x 768 laptop screen.

Run under a virtual display of that size, from the repository root:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/take_screenshots.py

Each window opens as the app opens it on that screen. A whole window (home, interview,
German interview, supervisor, calibration report) fills the screen as a maximized window
does and is pictured at 1366 x 768; a dialog or a panel is pictured at the size it has
there. The compact layout is shown beside a video call on the same screen. Uses a
temporary home folder of a fictional user (``screenshot_setup``), so no real store is
touched, and shows its paths as /home/expert/…. Writes PNG files to docs/screenshots/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QWidget
from screenshot_setup import (
    SCREEN,
    check_screen,
    fictional_home,
    ordinary_paths,
    settle,
    until,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TRAINEE = "Tina Trainee (fictional)"
PRACTICE_CASE = "valmora-food-valley"
#: The trainee's slips in the first session of the practice case (value per question).
FIRST_SLIPS: dict[str, object] = {
    "eligibility.committed_members": 31,
    "eligibility.english_website": True,
    "interaction.active_member_share": 45.2,
    "management.staff_fte": 2.5,
    "structure.sme_share": 60.0,
}
#: The slip left in the second session: the trend shows the trainee getting closer.
SECOND_SLIPS: dict[str, object] = {"eligibility.english_website": True}


def main() -> None:
    """Open each screen with fictional data and save a picture of it."""
    temp, home = fictional_home("clusterbench-shots-")
    sys.path.insert(0, str(ROOT))

    from app.export.export_interview import export_interview
    from app.export.keys import TrustedKey, TrustedKeys, save_trusted_keys
    from app.export.prefill import export_interview_workbook
    from app.models import open_store
    from app.models import repository as repo
    from app.paths import data_dir, default_pack_path
    from app.scoring.pack import load_pack
    from app.scoring.practice import practice_case_by_id
    from app.scoring.reference import default_reference
    from app.services.practice import start_practice
    from app.settings import settings
    from app.ui.application import create_app
    from app.ui.i18n import install_translator
    from app.ui.interview.window import InterviewWindow
    from app.ui.main_window import MainWindow
    from app.ui.practice_window import open_calibration_report
    from tests.export.bundle_fixtures import PASSPHRASE, expert_material, install_key
    from tests.ui.test_prefill_dialog import fill

    app = create_app()  # kept referenced for the whole run
    check_screen()
    OUT.mkdir(parents=True, exist_ok=True)
    settings().expert_name = "Demo expert"
    store = open_store(backup=False)
    pack = load_pack(default_pack_path())
    interview_id = repo.ensure_demo_interview(store, pack)
    assert interview_id is not None
    reference = default_reference()

    def save(widget: QWidget, name: str) -> None:
        ordinary_paths(widget, temp)
        settle(200)
        widget.grab().save(str(OUT / f"{name}.png"))

    def whole_screen(window: QWidget) -> QWidget:
        """The window as a maximized window fills the screen (no window manager here)."""
        screen = QGuiApplication.primaryScreen()
        assert screen is not None
        window.show()
        settle(200)
        window.setGeometry(screen.availableGeometry())
        settle(600)
        assert (window.width(), window.height()) == SCREEN, window.size()
        return window

    home_window = whole_screen(MainWindow(store, reference))
    save(home_window, "home")

    window = whole_screen(InterviewWindow(store, interview_id, reference))
    window.go_to_item("structure.sme_share")
    settle(600)
    save(window, "interview")
    save(window.scores_dock, "score-panel")
    save(window.scores_dock.radar, "radar")

    review = window.open_finalise_review()
    if review is not None:
        save(review, "finalise-review")
        review.close()

    share = window.toggle_share_view()
    save(share, "share-view")
    share.close()

    # A workbook the cluster filled in, with the usual mistakes.
    workbook = export_interview_workbook(
        store, interview_id, home / "Documents" / "filled-by-cluster.xlsx"
    )
    fill(
        workbook,
        {
            "eligibility.committed_members": "about 60",
            "structure.sme_share": 140,
            "management.legal_form": "cooperative",
            "financing.total_budget": "1.500",
            "eligibility.eccp_listed": "yes",
            "structure.participants_total": 112,
        },
    )
    prefill = window.open_prefill()
    done: list[bool] = []
    prefill.validated.connect(done.append)  # type: ignore[attr-defined]
    prefill.load_workbook(workbook)  # type: ignore[attr-defined]
    until(lambda: bool(done))
    save(prefill, "prefill")
    prefill.close()

    report = window.open_report()
    ready: list[object] = []
    report.report_ready.connect(ready.append)  # type: ignore[attr-defined]
    until(lambda: bool(ready), 120_000)
    settle(800)
    save(report, "report-preview")
    report.close()

    # The compact layout beside a video call, on the same screen.
    window.set_compact(True)
    settle(600)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    window.setGeometry(room.right() + 1 - window.width(), room.top(), window.width(), room.height())
    settle(600)
    ordinary_paths(window, temp)
    compact = window.grab()
    compact.save(str(OUT / "compact.png"))
    beside_a_call(compact).save(str(OUT / "compact-beside-call.png"))
    window.set_compact(False)
    window.close()

    # The same interview in German.
    install_translator("de")
    settings().language = "de"
    german = whole_screen(InterviewWindow(store, interview_id, reference))
    german.go_to_item("eligibility.member_types")
    settle(600)
    save(german, "german")
    german.close()
    install_translator("en")
    settings().language = "en"

    # A trainee's two sessions of a practice case and their calibration report.
    case = practice_case_by_id(PRACTICE_CASE)
    for slips in (FIRST_SLIPS, SECOND_SLIPS):
        practice = start_practice(store, case, trainee=TRAINEE)
        for item_id, value in {**case.reference_answers, **slips}.items():
            if item_id in pack.item_index:
                repo.save_answer(store, pack, practice, item_id, value, actor=TRAINEE)
    calibration = open_calibration_report(None, store, practice)
    assert calibration is not None
    until(lambda: calibration.view.overview is not None)  # type: ignore[attr-defined]
    whole_screen(calibration)
    save(calibration, "calibration")
    calibration.close()

    # The demo, finalised and signed, reviewed by a supervisor.
    repo.finalise_interview(store, interview_id, actor="Demo expert")
    install_key(expert_material(), data_dir())
    save_trusted_keys(
        TrustedKeys(
            keys=(
                TrustedKey("EXP-0042 (fictional)", expert_material().info.public_key, "2020-01-01"),
            )
        )
    )
    bundle = export_interview(
        store, interview_id, home / "Documents" / "ClusterBench bundles", passphrase=PASSPHRASE
    )
    supervisor = home_window.open_supervisor_view()
    verified: list[object] = []
    supervisor.verification_finished.connect(verified.append)
    whole_screen(supervisor)
    supervisor.open_bundle(bundle)
    until(lambda: bool(verified))
    settle(600)
    save(supervisor, "supervisor")
    supervisor.close()

    home_window.close()
    store.close()
    app.processEvents()
    print(f"screenshots written to {OUT.relative_to(ROOT)}")


def beside_a_call(compact: QPixmap) -> QPixmap:
    """The compact window on the right of the laptop screen, a video call on the left."""
    width, height = SCREEN
    screen = QPixmap(width, height)
    screen.fill(QColor("#d9dce1"))
    painter = QPainter(screen)
    try:
        call = QRect(0, 0, width - compact.width(), height)
        painter.fillRect(call.adjusted(10, 10, -10, -10), QColor("#1f2933"))
        painter.setPen(QColor("#e4e7eb"))
        painter.drawText(
            call,
            Qt.AlignmentFlag.AlignCenter,
            f"Video call window (placeholder)\n{width} x {height} screen",
        )
        painter.drawPixmap(width - compact.width(), 0, compact)
    finally:
        painter.end()
    return screen


if __name__ == "__main__":
    main()
