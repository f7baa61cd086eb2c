"""A one-line label that shortens its text to its width (``app.ui.widgets.ElidedLabel``)."""

from __future__ import annotations

from typing import Any

import pytest

from app.ui.widgets import ElidedLabel

NAME = "Upper Rhine Valley Advanced Photonics and Quantum Sensing Cluster (fictional)"
TITLE = f"{NAME} \u00b7 Micro-, nano- & optical technologies"


@pytest.fixture
def label(qtbot: Any) -> ElidedLabel:
    widget = ElidedLabel()
    qtbot.addWidget(widget)
    widget.set_full_text(TITLE, essential=NAME)
    widget.show()
    return widget


def _shown_at(label: ElidedLabel, width: int) -> str:
    label.resize(width, label.height())
    return label.text()


def test_the_whole_text_where_it_fits(label: ElidedLabel) -> None:
    assert _shown_at(label, label.fontMetrics().horizontalAdvance(TITLE) + 20) == TITLE


def test_the_end_goes_first_while_the_essential_beginning_fits(label: ElidedLabel) -> None:
    width = label.fontMetrics().horizontalAdvance(NAME + " \u00b7 Micro") + 4
    shown = _shown_at(label, width)
    assert shown.startswith(NAME)
    assert shown.endswith("\u2026")


def test_an_essential_beginning_too_long_keeps_both_its_ends(label: ElidedLabel) -> None:
    shown = _shown_at(label, label.fontMetrics().horizontalAdvance(NAME) // 2)
    assert shown.startswith("Upper")
    assert shown.endswith("(fictional)")
    assert "\u2026" in shown
    assert label.toolTip() == TITLE  # the whole text stays readable
    assert label.full_text() == TITLE


def test_without_an_essential_part_it_is_cut_at_the_end(qtbot: Any) -> None:
    label = ElidedLabel(TITLE)
    qtbot.addWidget(label)
    label.show()
    shown = _shown_at(label, label.fontMetrics().horizontalAdvance(NAME) // 2)
    assert shown.startswith("Upper")
    assert shown.endswith("\u2026")


def test_an_essential_beginning_that_just_fits_is_shown_whole(label: ElidedLabel) -> None:
    """No room for the rest and its "…": the beginning alone, not cut short."""
    assert _shown_at(label, label.fontMetrics().horizontalAdvance(NAME) + 2) == NAME
