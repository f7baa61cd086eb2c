"""The first hour: the welcome on the home screen, the Help menu and the offline user guide."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMenu

from app.models import Store
from app.models import repository as repo
from app.settings import settings
from app.ui.application import ensure_demo
from app.ui.command_palette import ShortcutSheet
from app.ui.help_window import (
    GUIDE_FOLDER,
    MARKDOWN_FEATURES,
    UserGuide,
    guide_pages,
    open_user_guide,
)
from app.ui.interview.window import InterviewWindow
from app.ui.main_window import MainWindow
from tests.ui.geometry import entries_cut_off, tallest_entry_in_lines


def home(qtbot: Any, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_welcome_offers_the_demo_an_interview_the_data_folder_and_help(
    qtbot: Any, store: Store, data_dir: Path
) -> None:
    ensure_demo(store)
    window = home(qtbot, store)
    welcome = window.welcome
    assert welcome.isVisible()
    assert str(data_dir) in welcome.folder_label.text()
    texts = " ".join(b.text() for b in (welcome.demo_button, welcome.new_button))
    assert "demo" in texts
    assert "interview" in texts
    assert welcome.guide_button.isVisible()

    welcome.demo_button.click()
    demo = repo.demo_interview_id(store)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, InterviewWindow)]
    assert [w.interview_id for w in opened if w.isVisible()] == [demo]
    for interview in opened:
        interview.close()


def test_hiding_the_welcome_lasts_and_help_brings_it_back(qtbot: Any, store: Store) -> None:
    window = home(qtbot, store)
    window.welcome.hide_button.click()
    assert not window.welcome.isVisible()
    assert settings().show_welcome is False
    again = home(qtbot, store)
    assert not again.welcome.isVisible()
    again.welcome_action.trigger()
    assert again.welcome.isVisible()
    assert settings().show_welcome is True


def test_without_the_demo_the_welcome_does_not_offer_it(qtbot: Any, store: Store) -> None:
    window = home(qtbot, store)  # an empty store: no demo
    assert not window.welcome.demo_button.isEnabled()
    assert window.welcome.new_button.isEnabled()


def test_the_help_menu_has_the_guide_the_shortcuts_and_about(qtbot: Any, store: Store) -> None:
    window = home(qtbot, store)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    assert isinstance(help_menu, QMenu)
    titles = [a.text().replace("&", "") for a in help_menu.actions() if a.text()]
    assert titles[:2] == ["User guide", "Keyboard shortcuts"]
    assert "About ClusterBench" in titles

    window.shortcuts_action.trigger()
    sheet = window.shortcut_sheet
    assert isinstance(sheet, ShortcutSheet)
    shortcuts = dict(sheet.model.shortcuts())
    assert shortcuts["New interview"]
    assert shortcuts["User guide"]
    sheet.close()

    window.guide_action.trigger()
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UserGuide))
    qtbot.addWidget(guide)
    assert guide.isVisible()
    assert guide.page_list.count() >= 6


def test_the_guide_reads_offline_and_follows_its_own_links(
    qtbot: Any, store: Store, data_dir: Path
) -> None:
    guide = open_user_guide()
    qtbot.addWidget(guide)
    first = guide.current_page()
    assert first is not None
    assert first.id == "getting-started"
    text = guide.browser.toPlainText()
    assert "demo" in text.lower()
    assert str(data_dir) in text  # where the data lives
    assert "{data_folder}" not in text

    guide.browser.anchorClicked.emit(QUrl("page:scores"))
    current = guide.current_page()
    assert current is not None
    assert current.id == "scores"
    assert "synthetic" in guide.browser.toPlainText()
    guide.browser.anchorClicked.emit(QUrl("https://example.org/elsewhere"))
    assert guide.current_page() == current  # nothing leaves the app


def test_every_guide_page_exists_in_german_and_every_link_leads_somewhere() -> None:
    english = guide_pages("en")
    german = guide_pages("de")
    assert [p.id for p in german] == [p.id for p in english]
    ids = {p.id for p in english}
    for page in english + german:
        assert page.title
        assert not page.title.startswith("#")
        assert set(re.findall(r"\(page:([a-z-]+)\)", page.markdown)) <= ids
        # We write the pages ourselves: Markdown only, no HTML.
        assert not re.search(r"<[a-zA-Z/]", page.markdown), page.id
    assert {p.parent.name for p in GUIDE_FOLDER.glob("*/*.md")} == {"en", "de"}


def test_a_long_german_page_title_wraps_inside_the_page_list(qtbot: Any, store: Store) -> None:
    guide = UserGuide("de")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    guide.page_list.setFixedWidth(200)
    qtbot.waitUntil(lambda: guide.page_list.viewport().width() < 200)
    assert entries_cut_off(guide.page_list) == []
    # "Daten, Sicherungen und Befehlszeile" does not fit in 200 pixels: it takes two lines.
    assert tallest_entry_in_lines(guide.page_list) > 1.5


def test_html_in_a_guide_page_would_be_shown_as_text(qtbot: Any) -> None:
    guide = UserGuide("en")
    qtbot.addWidget(guide)
    guide.browser.document().setMarkdown("A <b>bold</b> <img src=x> claim", MARKDOWN_FEATURES)
    assert "<b>bold</b>" in guide.browser.toPlainText()
