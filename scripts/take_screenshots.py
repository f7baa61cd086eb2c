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
    from app.ui.application import create_app
    from app.ui.interview_window import InterviewWindow
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
    window.grab().save(str(OUT / "compact.png"))
    window.set_compact(False)
    window.close()
    home.close()
    store.close()
    app.processEvents()
    print(f"screenshots written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
