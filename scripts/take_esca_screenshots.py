"""Screenshots of the label path and the way to ESCA, with fictional data and a real intake,
as they look on a 1366 x 768 laptop screen.

Run under a virtual display of that size with a window manager, from the repository root:

    Xvfb :71 -screen 0 1366x768x24 & DISPLAY=:71 openbox &
    DISPLAY=:71 .venv/bin/python scripts/take_esca_screenshots.py [FOLDER]

Uses temporary home folders of a fictional expert and supervisor (``screenshot_setup``) and
a temporary intake folder, so no real store is touched; paths show as /home/expert/….
Whole windows (the home window, the review queue) are maximized and pictured with the
whole screen, 1366 x 768 with the title bar; dialogs and panels are pictured as drawn
(``widget.grab``) at the size they have on that screen. Writes to docs/screenshots/ and,
with FOLDER, the whole screen after each step (``import -window root``) to FOLDER, to check
that every window fits the screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from screenshot_setup import (
    SCREEN,
    check_screen,
    data_folder,
    fictional_home,
    ordinary_paths,
    settle,
    until,
    user_home,
)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
EXPERT_PASSPHRASE = "fictional expert passphrase"
SUPERVISOR_PASSPHRASE = "fictional supervisor passphrase"


def main() -> None:
    """Build the fictional data, run the round trip, and picture each window."""
    screens = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    temp, expert_home = fictional_home("clusterbench-esca-shots-")
    expert_dir = data_folder(expert_home)
    supervisor_dir = data_folder(user_home(temp, "supervisor"))
    sys.path.insert(0, str(ROOT))

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from app.export import keys
    from app.export.keys import TrustedKey, TrustedKeys, dump_trusted_keys
    from app.models import open_store
    from app.models import repository as repo
    from app.paths import default_pack_path
    from app.scoring.labels import add_months
    from app.scoring.pack import load_pack
    from app.scoring.reference import default_reference
    from app.services.outbox import configure_intake
    from app.settings import settings
    from app.ui.application import create_app
    from app.ui.main_window import MainWindow
    from app.ui.outbox_sender import shared_sender
    from app.ui.supervisor.window import SupervisorWindow
    from tests.intake.harness import IntakeProcess
    from tests.models.label_path_fixtures import IMPROVEMENTS, benchmarked_twice

    app = create_app()  # kept referenced for the whole run
    check_screen()
    DOCS.mkdir(parents=True, exist_ok=True)

    def shot(name: str, widget: QWidget | None = None, *, whole: bool = False) -> None:
        """Picture ``widget`` as drawn, or (``whole``) the whole screen it is maximized on."""
        settle()
        if widget is not None:
            ordinary_paths(widget, temp)
            settle(200)
            screen = QGuiApplication.primaryScreen()
            picture = screen.grabWindow(0) if whole and screen is not None else widget.grab()
            if whole:
                assert (picture.width(), picture.height()) == SCREEN, picture.size()
            picture.save(str(DOCS / f"{name}.png"))
        if screens is not None:
            screens.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", "root", str(screens / f"{name}.png")], check=True)

    # Keys: the expert's here, the supervisor's in their own folder.
    expert_key = keys.create_key(EXPERT_PASSPHRASE)
    os.environ["CLUSTERBENCH_DATA_DIR"] = str(supervisor_dir)
    supervisor_key = keys.create_key(SUPERVISOR_PASSPHRASE)
    keys.save_trusted_keys(
        TrustedKeys((TrustedKey("EXP-0001 (fictional)", expert_key.public_key, "2020-01-01"),))
    )
    os.environ["CLUSTERBENCH_DATA_DIR"] = str(expert_dir)
    supervisors = TrustedKeys(
        (TrustedKey("SUP-0001 Maria Muster (fictional)", supervisor_key.public_key, "2020-01-01"),)
    )
    keys.save_trusted_keys(supervisors)
    intake_dir = temp / "intake"
    intake_dir.mkdir()
    experts = TrustedKeys(
        (TrustedKey("EXP-0001 (fictional)", expert_key.public_key, "2020-01-01"),)
    )
    (intake_dir / "trusted-keys.json").write_text(dump_trusted_keys(experts), encoding="utf-8")
    (intake_dir / "supervisors.json").write_text(dump_trusted_keys(supervisors), encoding="utf-8")
    intake = IntakeProcess(data=intake_dir).start()

    try:
        settings().expert_name = "Erika Example (fictional)"
        store = open_store(backup=False)
        pack = load_pack(default_pack_path())
        today = date.today()
        first, second = benchmarked_twice(
            store, pack, first=add_months(today, -20), second=today, improvements=False,
            finalise_second=False,
        )  # fmt: skip
        # The first benchmarking scored lower in a few places: the overlay shows the way up.
        repo.reopen_interview(store, first, reason="fictional data", actor="script")
        for item_id, value in (
            ("structure.participants_total", 40),
            ("structure.sme_share", 35.0),
            ("financing.public_share", 85.0),
            ("interaction.joint_projects", 1),
            ("achievements.press_articles", 2),
            ("services.events_per_year", 3),
        ):
            if item_id in pack.item_index:
                repo.save_answer(store, pack, first, item_id, value, actor="script")
        repo.finalise_interview(store, first, actor="script")
        repo.ensure_demo_interview(store, pack)
        configure_intake(store, intake.url, intake.key)

        home = MainWindow(store, default_reference())
        home.show()
        home.start_listening()  # as the app does once its first window is painted
        window = home.open_interview(second)
        assert window is not None
        window.showMaximized()
        dialog = window.open_improvements()
        for title, evidence, indicators in IMPROVEMENTS:
            dialog.start_new()  # type: ignore[attr-defined]
            dialog.title_edit.setText(title)  # type: ignore[attr-defined]
            dialog.evidence_edit.setPlainText(evidence)  # type: ignore[attr-defined]
            dialog.set_checked_indicators(indicators)  # type: ignore[attr-defined]
            dialog.save()  # type: ignore[attr-defined]
        shot("improvement-areas", dialog)
        dialog.close()
        panel = window.scores_dock.score_panel
        panel.tabs.setCurrentWidget(panel.label_page)
        shot("silver-verdict", window.scores_dock)
        window.scores_dock.radar.grab().save(str(DOCS / "progress-overlay.png"))
        # The panel's pages with the chart at its smallest, as the dock's handle allows.
        window.scores_dock.splitter.setSizes([0, window.scores_dock.height()])
        panel.tabs.setCurrentWidget(panel.gold_page)
        shot("gold-readiness", panel)
        panel.tabs.setCurrentWidget(panel.sections_page)
        shot("sections", panel)

        # Finalise, export with "Send to ESCA" and let the sender deliver it.
        window.session.finalise()
        export = window.open_export()
        export.send_to_esca.check.setChecked(True)  # type: ignore[attr-defined]
        sender = shared_sender(store)
        finished: list[object] = []
        sender.finished.connect(finished.append)
        bundles = expert_home / "Documents" / "ClusterBench bundles"
        export.start_export(passphrase=EXPERT_PASSPHRASE, out_dir=bundles)  # type: ignore[attr-defined]
        until(lambda: bool(finished))
        shot("export-send", export)
        export.close()
        window.close()
        home.showMaximized()
        settle(800)
        shot("home-received", home, whole=True)
        outbox = home.open_outbox()
        shot("outbox", outbox)
        outbox.close()

        # The supervisor, in their own folder and store.
        os.environ["CLUSTERBENCH_DATA_DIR"] = str(supervisor_dir)
        supervisor_store = open_store(supervisor_dir / "clusterbench.sqlite3", backup=False)
        review = SupervisorWindow(supervisor_store, keys.default_trusted_keys_path())
        review.showMaximized()
        review.connect_queue(intake.url, intake.key, SUPERVISOR_PASSPHRASE)
        until(lambda: review.queue_panel.model.rowCount() > 0)
        review.queue_panel.table.selectRow(0)
        review.queue_panel.claim_selected()
        until(review.is_verified)
        review.tabs.setCurrentWidget(review.scores_tab)
        review.scores_tab.score_panel.tabs.setCurrentWidget(
            review.scores_tab.score_panel.label_page
        )
        shot("review-queue", review, whole=True)
        review.close()
        supervisor_store.close()
        os.environ["CLUSTERBENCH_DATA_DIR"] = str(expert_dir)
        home.close()
        shared_sender(store).stop()
        store.close()
    finally:
        intake.stop()
    del app


if __name__ == "__main__":
    main()
