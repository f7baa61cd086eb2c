"""Vector charts for the report: the section radar and the Gold-share bar (reportlab Drawings).

The radar reads the ``"radar"`` key of a score result: one axis per section, the cluster
against its technology-area peers and the excellence group. A peer series that is null
(a group with fewer than 5 members) is left out and the chart says so. The progress radar
draws the cluster over its previous benchmarking (``series=PROGRESS_SERIES``). Given each
axis's ``coverage``, a section answered only in part gets an open dot and says how much of
it is answered, exactly as the app's live chart does.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from app.export.report_language import number, number_text, say, term
from app.paths import RESOURCES_DIR
from app.scoring.engine import Coverage

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
RINGS = (20, 40, 60, 80, 100)
NOT_SHOWN_NOTE = "{group}: fewer than 5 peers, not shown"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled DejaVu Sans faces (embedded, so every European name prints)."""
    folder = RESOURCES_DIR / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # No italic face is bundled: <i> falls back to the upright faces instead of failing.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT, FONT_BOLD


@dataclass(frozen=True)
class RadarSeries:
    """How one series is drawn (same colours as the app's live chart)."""

    key: str
    colour: str
    fill_alpha: float
    stroke_width: float
    dash: tuple[float, ...] | None = None


#: Drawn back to front: the cluster on top.
SERIES: tuple[RadarSeries, ...] = (
    RadarSeries("excellence", "#2e9e44", 0.12, 1.4),
    RadarSeries("technology_area", "#e8871e", 0.12, 1.4),
    RadarSeries("cluster", "#2563c9", 0.25, 2.2),
)
PREVIOUS = RadarSeries("previous", "#6b7280", 0.08, 1.6, (4, 2.5))
#: The progress radar: the previous benchmarking under the current one.
PROGRESS_SERIES: tuple[RadarSeries, ...] = (PREVIOUS, SERIES[-1])
GRID = colors.HexColor("#b8bec8")
TEXT = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")


def series_labels(
    scores: Mapping[str, Any], cluster_name: str, language: str = "en"
) -> dict[str, str]:
    """Legend text per series key, with peer group sizes where known, in ``language``."""
    groups = (scores.get("peers") or {}).get("groups") or {}
    tech = groups.get("technology_area") or {}
    excellence = groups.get("excellence") or {}
    area = tech.get("label") or scores.get("technology_area")
    tech_label = term(language, area) if area else say(language, "technology area")
    labels = {
        "cluster": cluster_name,
        "technology_area": say(language, "{area} peers", area=tech_label),
        "excellence": term(language, excellence["label"])
        if excellence.get("label")
        else say(language, "Excellence group"),
    }
    for key, group in (("technology_area", tech), ("excellence", excellence)):
        if group.get("size") is not None and group.get("shown", True):
            labels[key] += f" (n = {number(language, group['size'])})"
    previous_date = (scores.get("radar") or {}).get("previous_date")
    labels["previous"] = say(
        language,
        "Previous benchmarking, {date}",
        date=previous_date or say(language, "date unknown"),
    )
    return labels


def _wrap(text: str, font: str, size: float, width: float, max_lines: int = 3) -> list[str]:
    """Greedy word wrap to ``width`` points; the last line is cut with an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def radar_drawing(
    radar: Mapping[str, Any],
    labels: Mapping[str, str],
    *,
    width: float = 480,
    height: float = 400,
    font_size: float = 8,
    series: Sequence[RadarSeries] = SERIES,
    language: str = "en",
    coverage: Sequence[Coverage] | None = None,
) -> Drawing:
    """The section radar: rings every 20 points, one spoke per axis, a legend below.

    ``labels`` maps series keys (``cluster``, ``technology_area``, ``excellence``,
    ``previous``) to legend text; ``series`` chooses what is drawn, back to front. Null
    values leave a gap in their series; a null peer series is listed in the legend as not
    shown. ``coverage`` (one per axis) marks partial sections: an open dot, "(4 of 6
    answered)" under the title.
    """
    register_fonts()
    axes = list(radar.get("axes") or [])
    drawing = _drawing(width, height)
    legend_rows = len(series)
    legend_height = legend_rows * (font_size + 6) + 6
    label_space = font_size * 4.2
    cx = width / 2
    radius = min(width / 2 - label_space * 2.2, (height - legend_height) / 2 - label_space)
    radius = max(radius, 40.0)
    cy = legend_height + label_space + radius
    if not axes:
        drawing.add(
            String(
                cx,
                cy,
                say(language, "No sections to chart."),
                fontName=FONT,
                fontSize=font_size,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        return drawing

    angles = [math.pi / 2 - 2 * math.pi * k / len(axes) for k in range(len(axes))]

    def point(k: int, value: float) -> tuple[float, float]:
        r = radius * max(0.0, min(100.0, value)) / 100.0
        return cx + r * math.cos(angles[k]), cy + r * math.sin(angles[k])

    grid = Group()
    for ring in RINGS:
        ring_points = [c for k in range(len(axes)) for c in point(k, ring)]
        grid.add(Polygon(ring_points, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
        if ring == 100:  # its label would collide with the top axis title
            continue
        grid.add(
            String(
                cx + 2,
                cy + radius * ring / 100 + 1.5,
                str(ring),
                fontName=FONT,
                fontSize=font_size - 2,
                fillColor=MUTED,
            )
        )
    for k in range(len(axes)):
        x, y = point(k, 100)
        grid.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
    drawing.add(grid)

    for style in series:
        values = radar.get(style.key)
        if values is None:
            continue
        partial = [c.partial for c in coverage] if coverage and style.key == "cluster" else None
        drawing.add(_series_group(style, list(values), point, partial))

    label_width = label_space * 2.3
    for k, axis in enumerate(axes):
        title = str(axis.get("title") or axis.get("id") or "")
        missing = radar.get("cluster") is not None and _value(radar["cluster"], k) is None
        lines = _wrap(title, FONT, font_size, label_width)
        part = coverage[k] if coverage is not None and k < len(coverage) else None
        note = ""
        if missing:
            note = say(language, "not scored")
        elif part is not None and part.partial:
            note = say(
                language,
                "{answered} of {indicators} answered",
                answered=part.answered,
                indicators=part.indicators,
            )
        if note:
            lines.append(say(language, "({note})", note=note))
        x, y = point(k, 100)
        cos, sin = math.cos(angles[k]), math.sin(angles[k])
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        x += 9 * cos
        y += 9 * sin
        line_height = font_size + 1.5
        block = line_height * len(lines)
        top = y + (block if sin > 0.2 else block / 2 if sin > -0.2 else 0) - font_size
        for n, line in enumerate(lines):
            is_note = bool(note) and n == len(lines) - 1
            drawing.add(
                String(
                    x,
                    top - n * line_height,
                    line,
                    textAnchor=anchor,
                    fontName=FONT if is_note else FONT_BOLD,
                    fontSize=font_size,
                    fillColor=MUTED if is_note else TEXT,
                )
            )

    _legend(drawing, radar, labels, font_size, legend_height, series, language)
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    # The renderer's default font is Helvetica, which would put an unembedded font in the PDF.
    return Drawing(width, height, initialFontName=FONT, initialFontSize=8)


def _value(values: Sequence[Any], k: int) -> float | None:
    if k >= len(values) or values[k] is None:
        return None
    return float(values[k])


def _series_group(
    style: RadarSeries, values: list[Any], point: Any, partial: Sequence[bool] | None = None
) -> Group:
    colour = colors.HexColor(style.colour)
    group = Group()
    count = len(values)
    present = [_value(values, k) for k in range(count)]
    if all(v is not None for v in present):
        coords = [c for k, v in enumerate(present) for c in point(k, v)]
        fill = colors.Color(colour.red, colour.green, colour.blue, alpha=style.fill_alpha)
        group.add(
            Polygon(
                coords,
                fillColor=fill,
                strokeColor=colour,
                strokeWidth=style.stroke_width,
                strokeLineJoin=1,
                strokeDashArray=style.dash,
            )
        )
    else:
        # A missing section breaks the outline instead of pretending it scored zero.
        for k in range(count):
            a, b = present[k], present[(k + 1) % count]
            if a is not None and b is not None:
                (x1, y1), (x2, y2) = point(k, a), point((k + 1) % count, b)
                group.add(
                    PolyLine(
                        [x1, y1, x2, y2],
                        strokeColor=colour,
                        strokeWidth=style.stroke_width,
                        strokeDashArray=style.dash,
                    )
                )
    for k, v in enumerate(present):
        if v is not None:
            x, y = point(k, v)
            open_dot = partial is not None and k < len(partial) and partial[k]
            group.add(
                Circle(
                    x,
                    y,
                    style.stroke_width + (1.4 if open_dot else 0.8),
                    fillColor=colors.white if open_dot else colour,
                    strokeColor=colour if open_dot else colors.white,
                    strokeWidth=1.2 if open_dot else 0.5,
                )
            )
    return group


def _legend(
    drawing: Drawing,
    radar: Mapping[str, Any],
    labels: Mapping[str, str],
    font_size: float,
    legend_height: float,
    series: Sequence[RadarSeries] = SERIES,
    language: str = "en",
) -> None:
    row = font_size + 6
    x0 = 24.0
    for n, style in enumerate(reversed(series)):
        y = legend_height - (n + 1) * row
        label = labels.get(style.key, style.key)
        shown = radar.get(style.key) is not None
        colour = colors.HexColor(style.colour) if shown else GRID
        drawing.add(Rect(x0, y + 1, 14, font_size - 1, fillColor=colour, strokeColor=None))
        text = label if shown else say(language, NOT_SHOWN_NOTE, group=label)
        drawing.add(
            String(
                x0 + 20,
                y + 1.5,
                text,
                fontName=FONT,
                fontSize=font_size,
                fillColor=TEXT if shown else MUTED,
            )
        )


def gold_share_bar(
    share: float | None,
    required: float,
    *,
    width: float = 480,
    height: float = 46,
    font_size: float = 8,
    language: str = "en",
) -> Drawing:
    """A 0-100 % bar with the cluster's Gold share filled and the required share marked."""
    register_fonts()
    drawing = _drawing(width, height)
    bar_y, bar_h = 16.0, 14.0
    left, right = 4.0, width - 4.0
    span = right - left
    drawing.add(
        Rect(
            left,
            bar_y,
            span,
            bar_h,
            fillColor=colors.HexColor("#eef0f3"),
            strokeColor=GRID,
            strokeWidth=0.5,
        )
    )
    if share is not None:
        clamped = max(0.0, min(100.0, share))
        ready = share >= required
        fill = colors.HexColor("#2e9e44" if ready else "#2563c9")
        drawing.add(
            Rect(left, bar_y, span * clamped / 100, bar_h, fillColor=fill, strokeColor=None)
        )
        text_x = left + span * clamped / 100
        anchor = "end" if clamped > 88 else "start"
        drawing.add(
            String(
                text_x + (-3 if anchor == "end" else 3),
                bar_y + bar_h + 3,
                f"{number(language, share, 1)} %",
                fontName=FONT_BOLD,
                fontSize=font_size,
                fillColor=TEXT,
                textAnchor=anchor,
            )
        )
    marker = left + span * required / 100
    drawing.add(
        Line(
            marker,
            bar_y - 4,
            marker,
            bar_y + bar_h + 4,
            strokeColor=colors.HexColor("#b42318"),
            strokeWidth=1.5,
        )
    )
    drawing.add(
        String(
            marker,
            bar_y - 4 - font_size,
            say(language, "Gold needs {share} %", share=number_text(language, f"{required:g}")),
            fontName=FONT,
            fontSize=font_size,
            fillColor=TEXT,
            textAnchor="middle",
        )
    )
    for tick in (0, 100):
        drawing.add(
            String(
                left + span * tick / 100,
                bar_y - 4 - font_size,
                f"{tick} %",
                fontName=FONT,
                fontSize=font_size - 1,
                fillColor=MUTED,
                textAnchor="start" if tick == 0 else "end",
            )
        )
    return drawing
