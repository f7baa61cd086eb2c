"""Text contrast meets WCAG AA (4.5:1) for every colour the app sets, in light and dark
palettes; chart lines and areas reach 3:1. Every colour lives in ``app/ui/palette.py``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.scoring.engine import ScoreResult
from app.ui import palette
from app.ui.radar import RadarChart
from app.ui.share_view import ShareView
from app.ui.widgets import ERROR_COLOUR, set_colour
from tests.ui.shell_fixtures import sample_scores

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
#: (window, base, text) of the palettes checked: Fusion's light one, a light system
#: palette, and three dark ones (Fusion's, a darker desktop one, a near-black one).
PALETTES = {
    "fusion light": ("#efefef", "#ffffff", "#000000"),
    "white desktop": ("#ffffff", "#ffffff", "#1e1e1e"),
    "fusion dark": ("#353535", "#2a2a2a", "#ffffff"),
    "dark desktop": ("#2b2b2b", "#1e1e1e", "#e8e8e8"),
    "near black": ("#121212", "#000000", "#dddddd"),
}


def make_palette(window: str, base: str, text: str) -> QPalette:
    colours = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        # The system's own placeholder grey, often too faint: the app must not rely on it.
        (QPalette.ColorRole.PlaceholderText, "#808080"),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colours.setColor(group, role, QColor(colour))
    colours.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9e9e9e"))
    return colours


def test_the_contrast_ratio_is_wcags() -> None:
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_ratio("#c2c2c2", "#efefef") < 1.6  # the radar labels


@pytest.mark.parametrize("name", sorted(palette.TEXT_COLOURS))
def test_text_colours_reach_aa_in_light_palettes_as_they_are(name: str) -> None:
    colour = palette.TEXT_COLOURS[name]
    for window, base, _text in (PALETTES["fusion light"], PALETTES["white desktop"]):
        assert palette.contrast_ratio(colour, window) >= palette.AA_TEXT
        assert palette.contrast_ratio(colour, base) >= palette.AA_TEXT
        assert palette.readable(colour, window).name() == colour  # no change needed


@pytest.mark.parametrize("name", sorted(palette.TEXT_COLOURS))
@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_text_colours_are_made_readable_on_every_palette(name: str, scheme: str) -> None:
    colour = palette.TEXT_COLOURS[name]
    for background in PALETTES[scheme][:2]:
        shown = palette.readable(colour, background)
        assert palette.contrast_ratio(shown, background) >= palette.AA_TEXT


@pytest.mark.parametrize("name", sorted(palette.BANNER_BACKGROUNDS))
def test_banner_text_is_readable_on_every_banner(name: str) -> None:
    background = palette.BANNER_BACKGROUNDS[name]
    assert palette.contrast_ratio(palette.BANNER_TEXT, background) >= palette.AA_TEXT


@pytest.mark.parametrize("name", sorted(palette.CHART_COLOURS))
@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_chart_lines_stand_out_on_light_and_dark_charts(name: str, scheme: str) -> None:
    base = PALETTES[scheme][1]
    assert palette.contrast_ratio(palette.CHART_COLOURS[name], base) >= palette.AA_GRAPHICS


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_muted_text_is_quiet_but_readable(scheme: str) -> None:
    colours = make_palette(*PALETTES[scheme])
    muted = palette.muted_text(colours)
    window, base, text = PALETTES[scheme]
    for background in (window, base):
        assert palette.contrast_ratio(muted, background) >= palette.AA_TEXT
    assert muted.name() != QColor(text).name()  # quieter than the text itself


def test_no_module_of_the_windows_picks_a_colour_of_its_own() -> None:
    literal = re.compile(r"[\"']#[0-9a-fA-F]{6}[\"']")
    strays = [
        f"{path.relative_to(UI.parent.parent)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert strays == []


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_widgets_show_their_colours_readably(qtbot: Any, scheme: str) -> None:
    colours = make_palette(*PALETTES[scheme])
    window, base, _text = PALETTES[scheme]

    label = QLabel("The passphrase does not unlock the signing key.")
    qtbot.addWidget(label)
    label.setPalette(colours)
    set_colour(label, ERROR_COLOUR)
    shown = re.search(r"color: (#[0-9a-f]{6})", label.styleSheet())
    assert shown is not None
    assert palette.contrast_ratio(shown.group(1), window) >= palette.AA_TEXT

    share = ShareView()
    qtbot.addWidget(share)
    share.setPalette(colours)
    share.help.setPalette(colours)
    from app.ui.widgets import mute

    mute(share.help)
    help_colour = share.help.palette().color(QPalette.ColorRole.WindowText)
    assert palette.contrast_ratio(help_colour, window) >= palette.AA_TEXT


def test_radar_labels_are_readable_in_the_review_windows_disabled_tab(qtbot: Any) -> None:
    """The review window builds its chart in a disabled tab; the labels once looked greyed."""
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.setEnabled(False)  # as in the review window before a bundle verified
    scores: ScoreResult = sample_scores(0)
    chart.set_scores(scores)
    chart.setEnabled(True)
    chart.show()
    base = chart.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    labels = chart._label_items  # the axis titles drawn on the chart
    assert labels
    for item in labels:
        assert palette.contrast_ratio(item.color, base) >= palette.AA_TEXT
