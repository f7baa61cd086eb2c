"""Readable colours: WCAG 2 contrast between text and its background, in light and dark.

A colour the app chooses for meaning (done, required, flagged) is a hue, not a fixed
shade: ``readable`` keeps the hue and moves its lightness until the text reaches the
contrast WCAG AA asks of normal text (4.5:1) against the palette's background, so the
same meaning reads on a light and on a dark desktop.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: WCAG 2.1 AA for normal text.
AA_NORMAL_TEXT = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    red, green, blue = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(text: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1 to 21."""
    lighter, darker = sorted((relative_luminance(text), relative_luminance(background)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor | str, background: QColor, minimum: float = AA_NORMAL_TEXT) -> QColor:
    """``colour``'s hue at the nearest lightness that reads on ``background`` (darker on a
    light background, lighter on a dark one); black or white when no shade of it does."""
    wanted = QColor(colour)
    if contrast_ratio(wanted, background) >= minimum:
        return wanted
    hue, saturation = max(wanted.hslHueF(), 0.0), wanted.hslSaturationF()  # a grey: hue -1
    lightness, alpha = wanted.lightnessF(), wanted.alphaF()
    darken = relative_luminance(background) > 0.18
    step = -0.02 if darken else 0.02
    while 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        shade = QColor.fromHslF(hue, saturation, lightness, alpha)
        if contrast_ratio(shade, background) >= minimum:
            return shade
    return QColor("black" if darken else "white")
