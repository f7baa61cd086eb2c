"""Screenshots of the main screens with the fictional demo interview, for the README.

Run under a virtual display, from the repository root:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/take_screenshots.py

Uses a temporary data folder, so the user's own store is never touched. Writes PNG files
to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    """Open each screen with demo data and save a picture of it."""
    temp = Path(tempfile.mkdtemp(prefix="clusterbench-shots-"))
    os.environ["CLUSTERBENCH_DATA_DIR"] = str(temp / "data")
    os.environ["CLUSTERBENCH_CONFIG_DIR"] = str(temp / "config")
    sys.path.insert(0, str(ROOT))

    from app.models import open_store
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack
    from app.scoring.reference import default_reference
    from app.settings import settings
    from app.ui.application import create_app
    from app.ui.i18n import install_translator
    from app.ui.interview.window import InterviewWindow
    from app.ui.main_window import MainWindow

    app = create_app()  # kept referenced for the whole run
    OUT.mkdir(parents=True, exist_ok=True)
    store = open_store(backup=False)
    pack = load_pack(default_pack_path())
    interview_id = repo.ensure_demo_interview(store, pack)
    assert interview_id is not None
    reference = default_reference()

    def settle(ms: int = 300) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    home = MainWindow(store, reference)
    home.resize(1200, 720)
    home.show()
    settle()
    home.grab().save(str(OUT / "home.png"))

    window = InterviewWindow(store, interview_id, reference)
    window.resize(1500, 900)
    window.show()
    window.go_to_item("structure.sme_share")
    settle(600)
    window.grab().save(str(OUT / "interview.png"))
    window.scores_dock.grab().save(str(OUT / "score-panel.png"))
    window.radar.grab().save(str(OUT / "radar.png"))

    review = window.open_finalise_review()
    if review is not None:
        settle()
        review.grab().save(str(OUT / "finalise-review.png"))
        review.close()

    share = window.toggle_share_view()
    share.resize(900, 600)
    settle()
    share.grab().save(str(OUT / "share-view.png"))
    share.close()

    window.set_compact(True)
    window.resize(620, 780)
    settle(600)
    compact = window.grab()
    compact.save(str(OUT / "compact.png"))
    beside_a_call(compact).save(str(OUT / "compact-beside-call.png"))
    window.set_compact(False)
    window.close()

    # The same screens in German.
    install_translator("de")
    settings().language = "de"
    german_home = MainWindow(store, reference)
    german_home.resize(1400, 420)
    german_home.show()
    german = InterviewWindow(store, interview_id, reference)
    german.resize(1400, 860)
    german.show()
    german.go_to_item("eligibility.member_types")
    settle(600)
    stacked(german_home.grab(), german.grab()).save(str(OUT / "german.png"))
    german.close()
    german_home.close()
    home.close()
    store.close()
    app.processEvents()
    print(f"screenshots written to {OUT.relative_to(ROOT)}")


def beside_a_call(compact: QPixmap) -> QPixmap:
    """The compact window on the right of a 1280 x 800 screen, a video call on the left."""
    screen = QPixmap(1280, 800)
    screen.fill(QColor("#d9dce1"))
    painter = QPainter(screen)
    try:
        call = QRect(10, 10, 1280 - compact.width() - 30, 780)
        painter.fillRect(call, QColor("#1f2933"))
        painter.setPen(QColor("#e4e7eb"))
        painter.drawText(
            call, Qt.AlignmentFlag.AlignCenter, "Video call window (placeholder)\n1280 x 800 screen"
        )
        painter.drawPixmap(1280 - compact.width() - 10, 10, compact.scaledToHeight(780))
    finally:
        painter.end()
    return screen


def stacked(top: QPixmap, bottom: QPixmap) -> QPixmap:
    """Two window pictures, one above the other."""
    both = QPixmap(max(top.width(), bottom.width()), top.height() + bottom.height() + 8)
    both.fill(QColor("#888888"))
    painter = QPainter(both)
    try:
        painter.drawPixmap(0, 0, top)
        painter.drawPixmap(0, top.height() + 8, bottom)
    finally:
        painter.end()
    return both


if __name__ == "__main__":
    main()
