"""Every colour ClusterBench sets, in one place, each held to WCAG AA contrast.

Text colours are written for a light palette, where each reaches 4.5:1 on its own. On any
other background (a dark palette) ``readable`` moves a colour towards the palette's text
colour until it reaches 4.5:1 there too; ``muted_text`` is the quietest text colour that
still does. Banner backgrounds stay light in every palette and carry dark text. Chart
colours draw lines and areas, which need 3:1 against the chart's background in either
palette. ``tests/ui/test_contrast.py`` checks all of them, and that no other module writes
a colour of its own.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: WCAG 2.1 AA: normal text, and graphics (lines, areas).
AA_TEXT = 4.5
AA_GRAPHICS = 3.0

# --- text, as written for a light palette -----------------------------------------------
ERROR = "#b3261e"
OK = "#256b2b"
WARN = "#8a5300"
UNKNOWN = "#7a5f00"
MUTED = "#5f6470"
NEUTRAL = "#6b6b6b"
TEXT_COLOURS = {
    "error": ERROR,
    "ok": OK,
    "warn": WARN,
    "unknown": UNKNOWN,
    "muted": MUTED,
    "neutral": NEUTRAL,
}

# --- banners: light strips with dark text, in every palette -------------------------------
BANNER_TEXT = "#202124"
INFO_BACKGROUND = "#e8f0fe"
ATTENTION_BACKGROUND = "#fff4d6"
COMMENT_BACKGROUND = "#f3e8fd"
LOCKED_BACKGROUND = "#fde8e7"
NEUTRAL_BACKGROUND = "#eceff3"
PASSED_BACKGROUND = "#dcefe0"
PRACTICE_BACKGROUND = "#ffd8a8"
SAME_BACKGROUND = "#e3f1e4"
DIFFERENT_BACKGROUND = "#fbe3e1"
BANNER_BACKGROUNDS = {
    "info": INFO_BACKGROUND,
    "attention": ATTENTION_BACKGROUND,
    "comment": COMMENT_BACKGROUND,
    "locked": LOCKED_BACKGROUND,
    "neutral": NEUTRAL_BACKGROUND,
    "passed": PASSED_BACKGROUND,
    "practice": PRACTICE_BACKGROUND,
    "same": SAME_BACKGROUND,
    "different": DIFFERENT_BACKGROUND,
}

# --- charts: the radar's series (lines and translucent areas) ----------------------------
CLUSTER_SERIES = "#4a80dd"
AREA_SERIES = "#c96a0c"
EXCELLENCE_SERIES = "#2e9e44"
PREVIOUS_SERIES = "#737b87"
CHART_COLOURS = {
    "previous": PREVIOUS_SERIES,
    "cluster": CLUSTER_SERIES,
    "technology_area": AREA_SERIES,
    "excellence": EXCELLENCE_SERIES,
}


def relative_luminance(colour: QColor | str) -> float:
    """WCAG's relative luminance of an opaque colour."""
    rgb = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG's contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def _blend(start: QColor, end: QColor, share: float) -> QColor:
    """``start`` moved ``share`` (0..1) of the way to ``end``."""
    return QColor.fromRgbF(
        start.redF() + (end.redF() - start.redF()) * share,
        start.greenF() + (end.greenF() - start.greenF()) * share,
        start.blueF() + (end.blueF() - start.blueF()) * share,
    )


def _towards_contrast(colour: QColor, background: QColor, target: float) -> QColor:
    """``colour`` moved towards black or white, whichever contrasts with ``background``,
    just far enough to reach ``target``."""
    extreme = QColor("#000000") if relative_luminance(background) > 0.18 else QColor("#ffffff")
    for step in range(21):
        candidate = _blend(colour, extreme, step / 20)
        if contrast_ratio(candidate, background) >= target:
            return candidate
    return extreme


def readable(colour: QColor | str, background: QColor | str) -> QColor:
    """``colour`` as text on ``background``: unchanged where it reaches 4.5:1, else shifted
    (on a dark background, lightened) just enough to reach it."""
    return QColor.fromRgba(_readable_rgba(QColor(colour).rgba(), QColor(background).rgba()))


@cache
def _readable_rgba(colour: int, background: int) -> int:
    """``readable`` for colours as RGBA numbers (the tables ask for a few pairs, often)."""
    wanted, behind = QColor.fromRgba(colour), QColor.fromRgba(background)
    if contrast_ratio(wanted, behind) >= AA_TEXT:
        return colour
    return _towards_contrast(wanted, behind, AA_TEXT).rgba()


def muted_text(palette: QPalette | None = None) -> QColor:
    """The quietest text colour that still reaches 4.5:1 on the palette's window and base
    (for help lines and captions; the palette's own placeholder grey often does not)."""
    palette = palette or QGuiApplication.palette()
    active = QPalette.ColorGroup.Active
    text = palette.color(active, QPalette.ColorRole.WindowText)
    backgrounds = (
        palette.color(active, QPalette.ColorRole.Window),
        palette.color(active, QPalette.ColorRole.Base),
    )
    for step in range(10, -1, -1):
        candidate = _blend(text, backgrounds[0], step / 20)
        if all(contrast_ratio(candidate, b) >= AA_TEXT + 0.1 for b in backgrounds):
            return candidate
    return text


def text_on_base(colour: QColor | str) -> QColor:
    """``colour`` made readable on the application palette's base (lists and tables)."""
    base = QGuiApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    return readable(colour, base)
