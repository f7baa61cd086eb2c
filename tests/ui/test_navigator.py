"""The navigator: whole titles, answered questions in normal text, readable state colours,
and an answer that redraws only its own rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QStyleOptionViewItem

from app.models import Store
from app.scoring.pack import Pack
from app.services.session import InterviewSession
from app.ui.contrast import AA_NORMAL_TEXT, contrast_ratio, readable
from app.ui.interview.navigator import SOFT_HYPHEN, NavigatorDock, breakable
from app.ui.navigator_model import NavigatorModel

ANSWERS = {
    "eligibility.eccp_listed": True,
    "eligibility.member_types": ["companies", "research"],
    "structure.sme_share": 64.0,
}
FLAGS = {"structure.sme_share": {"follow_up"}, "eligibility.management_fte": {"follow_up"}}

LIGHT = {"Base": "#ffffff", "Text": "#1a1a1a", "Window": "#efefef"}
DARK = {"Base": "#1e1e1e", "Text": "#e6e6e6", "Window": "#2d2d2d"}


@pytest.fixture(params=[LIGHT, DARK], ids=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application in a light or a dark palette (the system's choice)."""
    before = QApplication.palette()
    chosen = QPalette(before)
    for role, colour in request.param.items():
        chosen.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


def every_index(model: NavigatorModel) -> Iterator[QModelIndex]:
    for section_row in range(model.rowCount()):
        section = model.index(section_row, 0)
        for column in range(2):
            yield model.index(section_row, column)
        for row in range(model.rowCount(section)):
            for column in range(2):
                yield model.index(row, column, section)


def test_questions_show_their_whole_title_in_normal_text(default_pack: Pack) -> None:
    model = NavigatorModel(default_pack)
    model.set_state(ANSWERS, FLAGS)
    for index in every_index(model):
        if index.column() != 0 or index.parent() == QModelIndex():
            continue
        item = default_pack.item(str(index.data(Qt.ItemDataRole.UserRole + 1)))
        title = str(index.data())
        assert title.endswith(item.label.get("en"))  # never cut short
        assert item.label.get("en") in str(index.data(Qt.ItemDataRole.ToolTipRole))
        # Answered or not, the title is in the text colour of the palette.
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    answered = model.index_of_item("structure.sme_share", 1)
    assert answered.data() == "\u2713 \u2691"


def test_state_colours_meet_wcag_aa_in_light_and_dark(
    palette: QPalette, default_pack: Pack
) -> None:
    model = NavigatorModel(default_pack)
    complete = {item.id: 1 for item in default_pack.items if item.type == "integer"}
    model.set_state({**ANSWERS, **complete}, FLAGS, {"structure.participants_total"})
    background = palette.color(QPalette.ColorRole.Base)
    colours = {
        QColor(index.data(Qt.ItemDataRole.ForegroundRole)).name()
        for index in every_index(model)
        if index.data(Qt.ItemDataRole.ForegroundRole) is not None
    }
    assert len(colours) >= 3  # done, required and flagged all shown
    for colour in colours:
        assert contrast_ratio(QColor(colour), background) >= AA_NORMAL_TEXT, colour
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast_ratio(text, background) >= AA_NORMAL_TEXT


@pytest.mark.parametrize("background", ["#ffffff", "#f0f0f0", "#2b2b2b", "#000000", "#777777"])
@pytest.mark.parametrize("hue", ["#2e7d32", "#b3261e", "#b26a00", "#ffff00", "#0000ff"])
def test_readable_keeps_the_hue_and_reaches_the_contrast(hue: str, background: str) -> None:
    shade = readable(hue, QColor(background))
    assert contrast_ratio(shade, QColor(background)) >= AA_NORMAL_TEXT
    if contrast_ratio(QColor(hue), QColor(background)) >= AA_NORMAL_TEXT:
        assert shade == QColor(hue)  # a colour that reads already is kept
    elif shade.hslSaturationF() > 0 and QColor(hue).hslSaturationF() > 0:
        assert abs(shade.hslHueF() - QColor(hue).hslHueF()) < 0.02


def test_an_answer_announces_only_its_own_rows(default_pack: Pack) -> None:
    model = NavigatorModel(default_pack)
    model.set_state(ANSWERS, FLAGS)
    changed: list[tuple[str, int, int]] = []
    model.dataChanged.connect(
        lambda first, last, _roles=(): changed.append(
            (str(first.data(Qt.ItemDataRole.UserRole + 1)), first.column(), last.column())
        )
    )
    model.set_state({**ANSWERS, "structure.regional_share": 71.0}, FLAGS)
    assert sorted(changed) == [("structure", 0, 1), ("structure.regional_share", 0, 1)]
    progress = model.section_progress("structure")
    assert progress.answered == 2
    changed.clear()
    model.set_state({**ANSWERS, "structure.regional_share": 71.0}, FLAGS)
    assert changed == []  # nothing changed, nothing redrawn
    # A flag lowered elsewhere: that row and its section.
    lowered = {"structure.sme_share": {"follow_up"}}
    model.set_state({**ANSWERS, "structure.regional_share": 71.0}, lowered)
    assert sorted(changed) == [("eligibility", 0, 1), ("eligibility.management_fte", 0, 1)]
    assert model.section_progress("eligibility").flagged == 0


def shown_dock(qtbot: Any, store: Store, interview_id: int) -> tuple[QMainWindow, NavigatorDock]:
    """The navigator of an interview, shown in a narrow window (titles wrap)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = NavigatorDock(InterviewSession(store, interview_id), window)
    window.setCentralWidget(dock)
    window.resize(360, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, dock


def test_long_titles_wrap_in_the_dock(qtbot: Any, store: Store, interview_id: int) -> None:
    window, dock = shown_dock(qtbot, store, interview_id)
    tree = dock.tree
    index = dock.model.index_of_item("eligibility.eccp_listed")
    one_line = tree.fontMetrics().height()
    qtbot.waitUntil(lambda: tree.visualRect(index).height() > 2 * one_line)
    # Wider, it needs fewer lines; the progress column keeps its width.
    progress_width = tree.columnWidth(1)
    tall = tree.visualRect(index).height()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: tree.visualRect(index).height() < tall)
    assert tree.columnWidth(1) == progress_width
    for text in dock.model.progress_texts():
        assert tree.fontMetrics().horizontalAdvance(text) < progress_width


def test_rows_shown_or_hidden_by_an_answer_keep_heights_that_fit_their_titles(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    """Row heights are measured once and kept; a row a condition shows or hides shifts the
    rows after it, and each of them is as tall as a fresh measurement says."""
    _window, dock = shown_dock(qtbot, store, interview_id)
    tree, model = dock.tree, dock.model

    def heights() -> list[int]:
        return [tree.visualRect(index).height() for index in every_index(model)]

    for public in (True, False, True):
        types = ["companies", "public_bodies"] if public else ["companies"]
        model.set_state({**ANSWERS, "eligibility.member_types": types})
        QApplication.processEvents()
        kept = heights()
        assert model.index_of_item("eligibility.public_cooperation").isValid() is not public
        assert len(set(kept)) > 2  # titles of one, two and more lines
        dock._titles.forget()  # measured afresh
        tree.doItemsLayout()
        assert heights() == kept


def test_a_hidden_tree_measures_its_titles_only_once_shown(
    qtbot: Any, store: Store, interview_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before it is shown, the tree's column is not yet as wide as it will be: titles
    measured then would be measured again. Once shown, the rows fit their wrapped titles
    at the width the column has, and the current question is in view."""
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = NavigatorDock(InterviewSession(store, interview_id), window)
    window.setCentralWidget(dock)
    measured: list[int] = []
    measure = dock._titles._measure

    def counted(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QSize:
        measured.append(width)
        return measure(option, index, width)

    monkeypatch.setattr(dock._titles, "_measure", counted)
    dock.select("structure.sme_share")
    dock.tree.expandAll()
    QApplication.processEvents()
    assert measured == []
    window.resize(360, 700)
    window.show()
    qtbot.waitExposed(window)
    tree = dock.tree
    width = tree.columnWidth(0)
    assert measured
    assert set(measured) == {width}
    index = dock.model.index_of_item("eligibility.eccp_listed")
    assert tree.visualRect(index).height() > 2 * tree.fontMetrics().height()
    current = tree.visualRect(dock.model.index_of_item("structure.sme_share"))
    assert tree.viewport().rect().contains(current)
    # Each row as tall as a fresh measurement at that width says.
    kept = [tree.visualRect(i).height() for i in every_index(dock.model)]
    dock._titles.forget()
    tree.doItemsLayout()
    assert [tree.visualRect(i).height() for i in every_index(dock.model)] == kept


def test_a_word_wider_than_the_column_breaks_with_a_hyphen_instead_of_an_ellipsis(
    qtbot: Any, store: Store, interview_id: int
) -> None:
    """ "Unternehmensteilnehmern" is wider than the navigator's narrowest column: Qt would
    cut the title short with "…" there. Soft hyphens let it wrap, and only such words get
    them."""
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = NavigatorDock(InterviewSession(store, interview_id, language="de"), window)
    window.setCentralWidget(dock)
    window.resize(300, 700)  # as narrow as the dock gets beside a question
    window.show()
    qtbot.waitExposed(window)
    tree = dock.tree
    index = dock.model.index_of_item("structure.sme_share")
    title = str(index.data())
    assert "Unternehmensteilnehmern" in title
    option = QStyleOptionViewItem()
    option.font = tree.font()
    dock._titles.initStyleOption(option, index)
    width = dock._titles._text_width(index, tree.columnWidth(0))
    metrics = option.fontMetrics
    assert metrics.horizontalAdvance("Unternehmensteilnehmern") > width  # too wide as it is

    def laid_out(text: str) -> QRect:
        return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)

    assert laid_out(title).width() > width  # plain, one word sticks out: Qt would elide it
    assert option.text.replace(SOFT_HYPHEN, "") == title
    assert laid_out(option.text).width() <= width
    assert tree.visualRect(index).height() >= laid_out(option.text).height()
    # Words that fit are left alone.
    assert breakable("Anteil der KMU", metrics, width) == "Anteil der KMU"
